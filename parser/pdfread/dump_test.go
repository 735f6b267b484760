package pdfread

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

func TestDump(t *testing.T) {
	f := os.Getenv("PDF")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	pages, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pages[:1] {
		fmt.Println("page", p.Number, p.Width, p.Height, len(p.Glyphs), len(p.Rules), p.Err)
		gs := p.Glyphs
		sort.SliceStable(gs, func(i, j int) bool {
			if int(gs[i].Y) != int(gs[j].Y) {
				return gs[i].Y < gs[j].Y
			}
			return gs[i].X < gs[j].X
		})
		line, y := "", -1.0
		for _, g := range gs {
			if int(g.Y) != int(y) {
				fmt.Printf("%6.1f %s\n", y, line)
				line, y = "", g.Y
			}
			line += g.Text
		}
		fmt.Printf("%6.1f %s\n", y, line)
		for _, r := range p.Rules {
			fmt.Println(r)
		}
	}
}
