package parser

import (
	"slices"
	"sort"

	"annex/model"
)

// Inspection is how the parser saw an input: the columns it found and, for
// every line it placed, the row and column it placed it in. It is for
// understanding a wrong parse without reading code (annex inspect).
type Inspection struct {
	Format  string
	Columns []InspectedColumn
	Pages   []InspectedPage // column-aligned text: the pages whose columns stand elsewhere than Columns says
	Bands   []InspectedBand // column-aligned text: the rows read at their own boundaries, not their page's
	Lines   []InspectedLine
	Plan    *model.Plan
}

// InspectedPage is where the columns of one page of column-aligned text
// stand, when not where the header's page has them: pdftotext places each
// page's text, and a header printed again, by what stands left of it on
// that page. X holds the boundaries, left edge first, in characters.
type InspectedPage struct {
	Page int
	X    []float64
}

// InspectedBand is a row of column-aligned text (or the part of one a
// page holds) read at its own boundaries, not its page's: pdftotext places
// each row's cells by what stands left of them. X holds the boundaries,
// left edge first, in characters.
type InspectedBand struct {
	Page, Line int // the band's first line
	X          []float64
}

// InspectedColumn is one column as found: its role and header, and where it
// lies: an x-range in points (PDF) or characters (column-aligned text), or
// the width learned from the wrapping (text, in ems of the body font).
type InspectedColumn struct {
	Key, Header string
	X0, X1      float64 // positions, when the input has them
	WidthEm     float64 // learned width, for text in cell-block order and column-aligned text
}

// InspectedLine is one placed line (or piece of a line).
type InspectedLine struct {
	Page, Line int
	Row        string // the row's full number ("IV.1.a")
	Column     string // a column key, "number", or "title"
	Text       string
}

// trace collects the placed lines as the plan is built.
type trace struct{ lines []InspectedLine }

func (t *trace) add(l line, row, col, text string) {
	t.lines = append(t.lines, InspectedLine{Page: l.page, Line: l.num, Row: row, Column: col, Text: text})
}

func (t *trace) sorted() []InspectedLine {
	out := append([]InspectedLine(nil), t.lines...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Page != out[j].Page {
			return out[i].Page < out[j].Page
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// Inspect parses an input like ParseText or ParsePDF (by its content) and
// reports how it saw it.
func Inspect(name string, data []byte, isPDF bool) (*Inspection, error) {
	tr := &trace{}
	var ins Inspection
	var err error
	switch {
	case isPDF:
		ins.Format = "pdf"
		ins.Plan, err = parsePDFTraced(name, data, tr, &ins)
	default:
		if err = checkText(data); err != nil {
			return nil, err
		}
		if looksColumnAligned(data) {
			ins.Format = "layout"
			ins.Plan, err = parseLayoutTraced(name, data, tr, &ins)
		} else {
			ins.Format = "text"
			ins.Plan, err = parseTextTraced(name, data, tr, &ins)
		}
	}
	if err != nil {
		return nil, err
	}
	ins.Lines = tr.sorted()
	return &ins, nil
}

// parseTextTraced parses cell-block text, recording what it placed where in
// tr and ins when they are not nil.
func parseTextTraced(name string, data []byte, tr *trace, ins *Inspection) (*model.Plan, error) {
	doc, err := scanDocument(readLines(data))
	if err != nil {
		return nil, err
	}
	doc.trace = tr
	t := newTable(doc)
	t.learnWidths()
	t.setShares()
	p := buildPlan(doc, t)
	t.sp.returnScratch()
	p.Source = model.Source{File: name, Format: "text"}
	p.Warnings = append(doc.warnings, verifyText(doc.body, p)...)
	model.SortWarnings(p.Warnings)
	if ins == nil {
		return p, nil
	}
	for _, c := range doc.columns {
		ic := InspectedColumn{Key: c.Key, Header: c.Header}
		for i, ci := range t.cellCol {
			if doc.columns[ci].Header == c.Header && doc.columns[ci].Key == c.Key {
				ic.WidthEm = t.sp.cols[i].width / 1000
			}
		}
		ins.Columns = append(ins.Columns, ic)
	}
	return p, nil
}

// inspectedPages lists the pages read with other boundaries than the
// header's page (inspectedColumns), in page order.
func (lo *pdfLayout) inspectedPages() []InspectedPage {
	first := lo.pageXs[lo.headerPage]
	var out []InspectedPage
	for page, xs := range lo.pageXs {
		if !slices.Equal(xs, first) {
			out = append(out, InspectedPage{Page: page, X: xs})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Page < out[j].Page })
	return out
}

func (lo *pdfLayout) inspectedColumns() []InspectedColumn {
	var out []InspectedColumn
	xs := shiftedColumns(lo.boundariesX(), lo.shifts.on(lo.headerPage)) // where the rows were read, on the header's page
	for i, c := range lo.cols {
		out = append(out, InspectedColumn{Key: c.Key, Header: c.Header, X0: xs[i], X1: xs[i+1]})
	}
	return out
}
