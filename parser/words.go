package parser

import (
	"math"
	"slices"
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
	order := make([]int, len(gs)) // glyph indices, in the content stream's order
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return gs[order[i]].Y < gs[order[j]].Y })
	var lines [][]int
	for _, i := range order {
		g := gs[i]
		if g.Size <= 0 {
			continue
		}
		if n := len(lines); n > 0 && math.Abs(gs[lines[n-1][0]].Y-g.Y) < baselineShare*g.Size {
			lines[n-1] = append(lines[n-1], i)
			continue
		}
		lines = append(lines, []int{i})
	}
	var words []word
	line := []pdfread.Glyph{}
	for _, l := range lines {
		slices.Sort(l) // back in the stream's order: overlaidRuns reads runs in it
		line = line[:0]
		for _, i := range l {
			line = append(line, gs[i])
		}
		y := leftmost(line).Y
		for _, t := range overlaidRuns(line) {
			words = appendWords(words, t, y)
		}
	}
	return words
}

// leftmost returns the glyph of l that stands furthest left (the first
// of several there): its baseline is its line's.
func leftmost(l []pdfread.Glyph) pdfread.Glyph {
	g := l[0]
	for _, h := range l[1:] {
		if h.X < g.X {
			g = h
		}
	}
	return g
}

// overlapShare: a run of glyphs (consecutive in the content stream, each
// right of the one before) that starts more than this share of the font
// size left of where the text before it on its line ends is set over
// that text, not after it.
const overlapShare = 0.3

// overlaidRuns parts one line's glyphs, in content-stream order, into
// texts set over each other, each in x order: a word too wide for its
// narrow cell runs on into the next cell's text on the same baseline
// ("20/02/2036" over "bản"), and read together by x their glyphs
// interleave ("20/02/20b3ả6n"). Most lines are one text; glyphs written
// in any order make runs of a glyph or a word, which go on one text
// where they do not overlap.
func overlaidRuns(line []pdfread.Glyph) [][]pdfread.Glyph {
	var runs [][]pdfread.Glyph
	for i, g := range line {
		if i == 0 || !followsOn(line[i-1], g) {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], g)
	}
	if len(runs) == 1 {
		return runs // most lines
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i][0].X < runs[j][0].X })
	var texts [][]pdfread.Glyph
	var ends []float64
	for _, r := range runs {
		k := 0
		for k < len(texts) && r[0].X < ends[k]-overlapShare*r[0].Size {
			k++
		}
		if k == len(texts) {
			texts, ends = append(texts, nil), append(ends, 0)
		}
		last := r[len(r)-1]
		texts[k], ends[k] = append(texts[k], r...), math.Max(ends[k], last.X+last.W)
	}
	for _, t := range texts {
		sort.SliceStable(t, func(i, j int) bool { return t[i].X < t[j].X })
	}
	return texts
}

// followsOn reports whether glyph g, next in the content stream, goes on
// the run of the glyph before it: it stands right of it, no further than
// a word's gap after it.
func followsOn(prev, g pdfread.Glyph) bool {
	return g.X >= prev.X && g.X <= prev.X+prev.W+wordGapShare*g.Size
}

// appendWords appends the words of glyphs l, in x order, at baseline y.
func appendWords(words []word, l []pdfread.Glyph, y float64) []word {
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
			cur = &word{x0: g.X, x1: g.X + g.W, y: y, size: g.Size}
		}
		cur.x1 = math.Max(cur.x1, g.X+g.W)
		cur.size = math.Max(cur.size, g.Size)
		b.WriteString(g.Text)
	}
	flush()
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
