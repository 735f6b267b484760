package parser

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDbgLayoutCount(t *testing.T) {
	if os.Getenv("COUNT") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../testdata/corpus/*/*.layout.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		p, err := ParseText(f, data)
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		d := diffPlans(asExpected(t, p), loadExpected(t, filepath.Join(filepath.Dir(f), "expected.json")))
		fmt.Println(len(d), f)
		if os.Getenv("COUNT") == f {
			for _, x := range d {
				fmt.Println(x)
			}
		}
	}
}
