package parser

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"annex/internal/metrics"
	"annex/model"
)

// The generated tables as pdftotext -layout prints a PDF of them, the way
// it places text rather than the way the table looks: each run of text on
// a baseline is put at the character column its x gives (x divided by a
// character width that pdftotext guesses per page), pushed right to leave
// one space after the text before it; and two cells' texts that come
// closer than about an em on one baseline are one run, one space apart.
// So a full content line runs on into the unit beside it, a centred cell
// wanders from line to line, and a page's columns stand a few characters
// off another's.

// pdftotextStyle is how one generated table is printed and read back.
type pdftotextStyle struct {
	pad      int       // cell padding, thousandths of an em
	charW    float64   // thousandths of an em a character column stands for
	mergeGap int       // texts closer than this on a baseline are one run
	centred  []bool    // per column: text centred (else left; content is justified)
	jitter   []float64 // per page: factor on charW
}

func drawPdftotextStyle(r *rand.Rand, t genTable) pdftotextStyle {
	s := pdftotextStyle{pad: 150 + r.IntN(400), charW: 430 + float64(r.IntN(120)), mergeGap: 600 + r.IntN(500)}
	s.centred = make([]bool, len(t.cols))
	for i, c := range t.cols {
		s.centred[i] = c.key == model.RoleNumber || c.key != model.RoleContent && r.IntN(5) < 2
	}
	for range 64 {
		s.jitter = append(s.jitter, 1+0.06*(r.Float64()-0.5))
	}
	return s
}

// layoutFrag is one cell line on a printed line: where it starts and ends
// on the page, and its text.
type layoutFrag struct {
	x0, x1 int
	text   string
}

// renderPdftotext writes the table as pdftotext -layout would print its PDF.
func (t genTable) renderPdftotext(r *rand.Rand) string {
	st := drawPdftotextStyle(r, t)
	xs := []int{0}
	for _, c := range t.cols {
		xs = append(xs, xs[len(xs)-1]+c.width+2*st.pad)
	}
	var b strings.Builder
	page := 1
	charW := func() float64 { return st.charW * st.jitter[(page-1)%len(st.jitter)] }
	centreLine := func(text string) {
		w := metrics.TextWidth(text)
		writeFrags(&b, []layoutFrag{{(xs[len(xs)-1] - w) / 2, (xs[len(xs)-1] + w) / 2, text}}, charW(), st.mergeGap)
	}
	centreLine("PHỤ LỤC")
	centreLine("DANH MỤC NHIỆM VỤ")
	centreLine("(Kèm theo Kế hoạch số /KH-UBND ngày / /2025)")
	b.WriteString("\n")
	header := func() {
		cols := make([][]string, len(t.cols))
		for i, c := range t.cols {
			cols[i] = wrapText(c.header, c.width)
		}
		centred := make([]bool, len(t.cols))
		for i := range centred {
			centred[i] = true
		}
		t.writePrintedLines(&b, cols, xs, st, centred, false, charW())
	}
	header()
	footer := func() {
		fmt.Fprintf(&b, "\n%s%d\n\f", strings.Repeat(" ", 50), page)
		page++
	}
	t.paginate(r, footer, header, func(row genRow, part [][]string) {
		t.writePrintedLines(&b, part, xs, st, st.centred, row.kind.IsHeading(), charW())
	})
	footer()
	return b.String()
}

// writePrintedLines prints the lines of one row side by side. A heading's
// title (spans) runs from the content column across the table. justified
// content lines reach their column's right edge but the last.
func (t genTable) writePrintedLines(b *strings.Builder, cols [][]string, xs []int, st pdftotextStyle, centred []bool, spans bool, charW float64) {
	for k := range linesHeight(cols) {
		var frags []layoutFrag
		for i, ls := range cols {
			if k >= len(ls) {
				continue
			}
			left, right := xs[i]+st.pad, xs[i+1]-st.pad
			if spans && i > 0 {
				right = xs[len(xs)-1] - st.pad
			}
			w := metrics.TextWidth(ls[k])
			f := layoutFrag{left, left + w, ls[k]}
			switch {
			case centred[i] && !spans:
				f.x0 = left + (right-left-w)/2
				f.x1 = f.x0 + w
			case t.cols[i].key == model.RoleContent && k+1 < len(ls):
				f.x1 = right // justified
			}
			frags = append(frags, f)
		}
		writeFrags(b, frags, charW, st.mergeGap)
	}
}

// writeFrags prints one baseline's texts, left to right: texts closer than
// mergeGap become one run, each run starts at the character column of its
// x, but at least one space after the text before it.
func writeFrags(b *strings.Builder, frags []layoutFrag, charW float64, mergeGap int) {
	var runs []layoutFrag
	for _, f := range frags {
		if n := len(runs); n > 0 && f.x0-runs[n-1].x1 < mergeGap {
			runs[n-1].text += " " + f.text
			runs[n-1].x1 = f.x1
			continue
		}
		runs = append(runs, f)
	}
	n := 0
	for _, run := range runs {
		col := int(math.Round(float64(run.x0) / charW))
		if n > 0 {
			col = max(col, n+1)
		}
		b.WriteString(strings.Repeat(" ", col-n))
		b.WriteString(run.text)
		n = col + utf8.RuneCountInString(run.text)
	}
	b.WriteString("\n")
}

// TestPropertyPdftotext parses generated tables printed as pdftotext
// -layout prints them (renderPdftotext).
func TestPropertyPdftotext(t *testing.T) {
	n := *genTables
	if testing.Short() && *genSeed == 0 {
		*genTables = 200
		defer func() { *genTables = n }()
	}
	runPropertyAt(t, minExactPdftotextRows, genTable.renderPdftotext, ParseText)
}

// minExactPdftotextRows is the share of rows the parser must recover
// exactly from pdftotext-like text (renderPdftotext), where two cells'
// texts run on with one space between them. The goal is every row; the bar
// keeps what has been reached.
const minExactPdftotextRows = 0.9
