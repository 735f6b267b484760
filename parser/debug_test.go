package parser

import (
	"fmt"
	"os"
	"testing"
)

// TestDebugDump prints how the parser saw a file: go test -run DebugDump -file F
func TestDebugDump(t *testing.T) {
	f := os.Getenv("ANNEX_DUMP")
	if f == "" {
		t.Skip("set ANNEX_DUMP=file")
	}
	data, _ := os.ReadFile(f)
	doc, err := scanDocument(readLines(data))
	if err != nil {
		t.Fatal(err)
	}
	tb := newTable(doc)
	tb.learnWidths()
	fmt.Println("widths:", tb.describeWidths())
	for _, r := range doc.rows {
		fmt.Printf("== %s %s (line %d) breaks=%v\n", r.mark.kind, r.mark.number, r.at.num, r.breaks)
		if r.mark.kind != markTask && r.mark.kind != markLetter {
			continue
		}
		cells, notes := tb.splitRow(r, true)
		for c, ps := range cells {
			for _, p := range ps {
				fmt.Printf("   %-12s %5d %s\n", doc.columns[tb.cellCol[c]].Key, p.w, p.text)
			}
		}
		fmt.Printf("   cost %.1f\n", notes.cost)
	}
}
