package parser

import (
	"math"
	"sort"
	"strings"

	"annex/parser/pdfread"
)

// word is a run of glyphs on one baseline with no gap between them, in
// page coordinates (points, y down).
type word struct {
	x0, x1, y float64 // left, right, baseline
	size      float64
	text      string
}

func (w word) center() float64 { return (w.x0 + w.x1) / 2 }

// Tolerances of word and line building, as shares of the font size.
const (
	baselineShare = 0.4  // glyphs whose baselines differ by less are on one line
	wordGapShare  = 0.12 // a gap wider than this between glyphs separates words (pdftotext: 0.1); a text overflowing a narrow cell stops this short of the next cell's ("STT" / "NỘI DUNG")
)

// buildWords groups a page's glyphs into words.
func buildWords(gs []pdfread.Glyph) []word {
	gs = append([]pdfread.Glyph(nil), gs...)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Y < gs[j].Y })
	var lines [][]pdfread.Glyph
	for _, g := range gs {
		if g.Size <= 0 {
			continue
		}
		if n := len(lines); n > 0 && math.Abs(lines[n-1][0].Y-g.Y) < baselineShare*g.Size {
			lines[n-1] = append(lines[n-1], g)
			continue
		}
		lines = append(lines, []pdfread.Glyph{g})
	}
	var words []word
	for _, l := range lines {
		sort.SliceStable(l, func(i, j int) bool { return l[i].X < l[j].X })
		var cur *word
		var b strings.Builder
		flush := func() {
			if cur != nil && strings.TrimSpace(b.String()) != "" {
				cur.text = b.String()
				words = append(words, *cur)
			}
			cur = nil
			b.Reset()
		}
		for _, g := range l {
			if strings.TrimSpace(g.Text) == "" {
				flush()
				continue
			}
			if cur != nil && g.X-cur.x1 > wordGapShare*g.Size {
				flush()
			}
			if cur == nil {
				cur = &word{x0: g.X, x1: g.X + g.W, y: l[0].Y, size: g.Size}
			}
			cur.x1 = math.Max(cur.x1, g.X+g.W)
			cur.size = math.Max(cur.size, g.Size)
			b.WriteString(g.Text)
		}
		flush()
	}
	return words
}

// textLine is words on one baseline, in reading order.
type textLine struct {
	words []word
	y     float64
}

func (l textLine) text() string {
	parts := make([]string, len(l.words))
	for i, w := range l.words {
		parts[i] = w.text
	}
	return normalize(strings.Join(parts, " "))
}

func (l textLine) x0() float64 { return l.words[0].x0 }
func (l textLine) x1() float64 { return l.words[len(l.words)-1].x1 }

func (l textLine) size() float64 {
	s := 0.0
	for _, w := range l.words {
		s = math.Max(s, w.size)
	}
	return s
}

// groupLines puts words into lines by baseline, top to bottom.
func groupLines(ws []word) []textLine {
	ws = append([]word(nil), ws...)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].y < ws[j].y })
	var out []textLine
	for _, w := range ws {
		if n := len(out); n > 0 && math.Abs(out[n-1].y-w.y) < baselineShare*w.size {
			out[n-1].words = append(out[n-1].words, w)
			continue
		}
		out = append(out, textLine{words: []word{w}, y: w.y})
	}
	for i := range out {
		sort.SliceStable(out[i].words, func(a, b int) bool { return out[i].words[a].x0 < out[i].words[b].x0 })
	}
	return out
}
