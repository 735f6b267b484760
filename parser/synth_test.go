package parser

import (
	"strings"
	"testing"

	"annex/parser/pdfread"
)

// synthPage draws a table on a page: columns at xs, rows at ys, each cell's
// text lines (a cell "" is empty; "|" in a cell separates lines), and the
// rules, leaving out the horizontal rule segments listed in open (row
// index, column index): a cell merged down from the row above.
type synthPage struct {
	xs, ys []float64
	cells  [][]string
	open   map[[2]int]bool
	noRule bool
	extra  []pdfread.Glyph
}

const synthSize, synthAdvance = 10.0, 5.0

func synthText(x, y float64, s string) []pdfread.Glyph {
	var out []pdfread.Glyph
	for _, r := range s {
		out = append(out, pdfread.Glyph{X: x, Y: y, W: synthAdvance, Size: synthSize, Text: string(r)})
		x += synthAdvance
	}
	return out
}

func (s synthPage) page(n int) pdfread.Page {
	p := pdfread.Page{Number: n, Width: 600, Height: 800, Glyphs: append([]pdfread.Glyph(nil), s.extra...)}
	for i, row := range s.cells {
		for j, cell := range row {
			if cell == "" {
				continue
			}
			for k, l := range strings.Split(cell, "|") {
				p.Glyphs = append(p.Glyphs, synthText(s.xs[j]+3, s.ys[i]+12+float64(k)*12, l)...)
			}
		}
	}
	if s.noRule {
		return p
	}
	for _, x := range s.xs {
		p.Rules = append(p.Rules, pdfread.Rule{X0: x, Y0: s.ys[0], X1: x, Y1: s.ys[len(s.ys)-1]})
	}
	for i, y := range s.ys {
		for j := 0; j+1 < len(s.xs); j++ {
			if !s.open[[2]int{i, j}] {
				p.Rules = append(p.Rules, pdfread.Rule{X0: s.xs[j], Y0: y, X1: s.xs[j+1], Y1: y})
			}
		}
	}
	return p
}

var synthHeader = []string{"STT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian"}

func TestPDFRowspanCell(t *testing.T) {
	pg := synthPage{
		xs: []float64{20, 50, 300, 420, 520},
		ys: []float64{100, 130, 170, 210},
		cells: [][]string{
			synthHeader,
			{"1", "Rà soát quy hoạch", "Sở Xây dựng|và Sở Tài chính", "Quý I"},
			{"2", "Lập kế hoạch", "", "Quý II"},
		},
		open: map[[2]int]bool{{2, 2}: true}, // the lead cell spans tasks 1 and 2
	}
	p, err := parsePages("synth.pdf", []pdfread.Page{pg.page(1)})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(flat(p), "\n")
	want := "1 task | Rà soát quy hoạch | Sở Xây dựng và Sở Tài chính | Quý I\n2 task | Lập kế hoạch |  | Quý II"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	merged := false
	for _, w := range p.Warnings {
		merged = merged || strings.Contains(w.Message, "merged")
	}
	if !merged {
		t.Errorf("no warning that the cell spans rows: %v", p.Warnings)
	}
}

func TestPDFRowAcrossPages(t *testing.T) {
	first := synthPage{
		xs: []float64{20, 50, 300, 420, 520}, ys: []float64{100, 130, 170},
		cells: [][]string{synthHeader, {"1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý I"}},
		extra: synthText(300, 60, "PHỤ LỤC"),
	}
	second := synthPage{
		xs: []float64{20, 50, 300, 420, 520}, ys: []float64{100, 130, 160, 190},
		cells: [][]string{synthHeader, {"", "và ban hành kế hoạch", "", ""}, {"2", "Lập kế hoạch", "Sở Tài chính", "Quý II"}},
		extra: synthText(300, 780, "2"),
	}
	p, err := parsePages("synth.pdf", []pdfread.Page{first.page(1), second.page(2)})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(flat(p), "\n")
	want := "1 task | Rà soát quy hoạch và ban hành kế hoạch | Sở Xây dựng | Quý I\n2 task | Lập kế hoạch | Sở Tài chính | Quý II"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if p.Items[1].Source.Page != 2 {
		t.Errorf("task 2 on page %d", p.Items[1].Source.Page)
	}
	for _, w := range p.Warnings {
		if strings.HasPrefix(w.Message, "text ") {
			t.Error(w)
		}
	}
}
