package parser

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"annex/model"
	"annex/parser/pdfread"
)

// The generated tables drawn as PDF pages the way a word processor prints
// them: ruled cells, text in synthetic glyphs (synthText: synthAdvance a
// character), the header row at the top of each page, a row that does not
// fit split over two pages, the page number at the foot.

const (
	genPDFTop       = 80.0  // where the table starts on a page
	genPDFBottom    = 760.0 // the lowest a row may reach
	genPDFLine      = 12.0  // line pitch
	genPDFPad       = 3.0   // cell padding
	genPDFEmPoints  = 0.011 // points per thousandth of an em: column widths on the page
	genPDFPageWidth = 595.0
)

// pdfColumns returns the columns' x boundaries and how many characters fit
// in each.
func (t genTable) pdfColumns() ([]float64, []int) {
	xs := []float64{20}
	chars := make([]int, len(t.cols))
	for i, c := range t.cols {
		w := float64(c.width) * genPDFEmPoints
		if c.key == model.RoleNumber {
			w = 30
		}
		chars[i] = int((w - 2*genPDFPad) / synthAdvance)
		xs = append(xs, xs[i]+w)
	}
	return xs, chars
}

// wrapRunes wraps text greedily at n characters a line.
func wrapRunes(text string, n int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(text) {
		switch {
		case cur == "":
			cur = w
		case utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) <= n:
			cur += " " + w
		default:
			lines, cur = append(lines, cur), w
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// pdfRow is one printed row: each column's lines, or for a section one
// line set across the columns after the number.
type pdfRow struct {
	cells [][]string
	spans bool
}

func (t genTable) pdfRows(chars []int) []pdfRow {
	var out []pdfRow
	for _, row := range t.rows {
		if row.kind.IsHeading() {
			n := 0
			for _, c := range chars[1:] {
				n += c
			}
			out = append(out, pdfRow{cells: [][]string{{row.cells[0]}, wrapRunes(row.cells[1], n)}, spans: true})
			continue
		}
		r := pdfRow{}
		for i, text := range row.cells {
			r.cells = append(r.cells, wrapRunes(text, chars[i]))
		}
		out = append(out, r)
	}
	return out
}

func (r pdfRow) height() int { return max(1, linesHeight(r.cells)) }

// part is the row's lines [from, to).
func (r pdfRow) part(from, to int) pdfRow {
	p := pdfRow{spans: r.spans}
	for _, ls := range r.cells {
		p.cells = append(p.cells, ls[min(from, len(ls)):min(to, len(ls))])
	}
	return p
}

func (t genTable) renderPDF(r *rand.Rand) []pdfread.Page {
	xs, chars := t.pdfColumns()
	header := pdfRow{}
	for i, c := range t.cols {
		header.cells = append(header.cells, wrapRunes(c.header, chars[i]))
	}
	var pages []pdfread.Page
	var page *pdfread.Page
	y := 0.0
	newPage := func() {
		pages = append(pages, pdfread.Page{Number: len(pages) + 1, Width: genPDFPageWidth, Height: 842})
		page = &pages[len(pages)-1]
		n := fmt.Sprint(page.Number)
		page.Glyphs = append(page.Glyphs, synthText(genPDFPageWidth/2, 800, n)...)
		y = genPDFTop
		if page.Number == 1 {
			page.Glyphs = append(page.Glyphs, synthText(250, 30, "PHỤ LỤC")...)
			page.Glyphs = append(page.Glyphs, synthText(200, 45, "DANH MỤC NHIỆM VỤ")...)
		}
		if page.Number == 1 || r.IntN(3) > 0 {
			y = drawPDFRow(page, header, xs, y)
		}
	}
	newPage()
	for _, row := range t.pdfRows(chars) {
		for from, h := 0, row.height(); from < h; {
			room := int((genPDFBottom - y - 2*genPDFPad) / genPDFLine)
			if room < 1 {
				newPage()
				continue
			}
			to := min(h, from+room)
			y = drawPDFRow(page, row.part(from, to), xs, y)
			from = to
		}
	}
	return pages
}

// drawPDFRow draws one row's text and rules from y down, returning its
// bottom.
func drawPDFRow(p *pdfread.Page, r pdfRow, xs []float64, y float64) float64 {
	bottom := y + float64(r.height())*genPDFLine + 2*genPDFPad
	for i, ls := range r.cells {
		for k, l := range ls {
			p.Glyphs = append(p.Glyphs, synthText(xs[i]+genPDFPad, y+genPDFPad+float64(k+1)*genPDFLine-2, l)...)
		}
	}
	right := xs[len(xs)-1]
	p.Rules = append(p.Rules, pdfread.Rule{X0: xs[0], Y0: y, X1: right, Y1: y}, pdfread.Rule{X0: xs[0], Y0: bottom, X1: right, Y1: bottom})
	verticals := xs
	if r.spans {
		verticals = []float64{xs[0], xs[1], right}
	}
	for _, x := range verticals {
		p.Rules = append(p.Rules, pdfread.Rule{X0: x, Y0: y, X1: x, Y1: bottom})
	}
	return bottom
}

func TestPropertyPDF(t *testing.T) {
	n := *genTables
	if testing.Short() && *genSeed == 0 {
		*genTables = 200
		defer func() { *genTables = n }()
	}
	runPropertyOn(t, false, func(tb genTable, r *rand.Rand) (*model.Plan, string, error) {
		pages := tb.renderPDF(r)
		p, err := parsePages("gen.pdf", pages)
		return p, describePages(pages), err
	})
}

// describePages prints the pages' text, line by line, for a failure.
func describePages(pages []pdfread.Page) string {
	var b strings.Builder
	for _, p := range pages {
		fmt.Fprintf(&b, "page %d: %d glyphs, %d rules\n", p.Number, len(p.Glyphs), len(p.Rules))
	}
	return b.String()
}
