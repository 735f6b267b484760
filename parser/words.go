package parser

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
func buildWords(gs []pdfread.Glyph) []word { return buildWordsBetween(gs, nil) }

// buildWordsBetween groups a page's glyphs into words, parted where a
// text runs over a rule into the text of the cell after it (splitsAtRule).
func buildWordsBetween(gs []pdfread.Glyph, starts []textStart) []word {
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
			words = appendWords(words, t, y, starts)
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

// appendWords appends the words of glyphs l, in x order, at baseline y,
// parted where a text runs into the next cell's (splitsAtRule).
func appendWords(words []word, l []pdfread.Glyph, y float64, starts []textStart) []word {
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
	var prev pdfread.Glyph
	for _, g := range l {
		if strings.TrimSpace(g.Text) == "" {
			flush()
			continue
		}
		if cur != nil && (g.X-cur.x1 > wordGapShare*g.Size || splitsAtRule(prev, g, y, starts)) {
			flush()
		}
		prev = g
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

// textStart is where left-aligned cells' texts start right of a
// vertical rule: the rule and its cell padding.
type textStart struct {
	rule ruleLine
	x    float64
}

// splitsAtRule reports whether glyph g, after prev on baseline y, opens
// another cell's text: a vertical rule that reaches y stands between
// their starts, and g starts where that rule's cells start their texts
// (textStarts, within cellTextTolerance). A text too wide for its narrow
// cell runs over the rule into the next cell's ("Quý IV/2037" beside "Bộ
// trưởng", "Thường" beside "Báo cáo"), with no gap to part words, and read
// as one word ("IV/2037Bộ") it would put into the plan a word the annex
// does not print. A text that runs over a rule with nothing beside it
// ("28/02/2026" past its cell's edge) stands anywhere past it.
func splitsAtRule(prev, g pdfread.Glyph, y float64, starts []textStart) bool {
	for _, s := range starts {
		if prev.X < s.rule.pos && math.Abs(g.X-s.x) <= cellTextTolerance && s.rule.covers(y) {
			return !goesOnSyllable(prev, g)
		}
	}
	return false
}

// goesOnSyllable reports whether g, a lowercase letter after a letter,
// goes on the syllable prev ends ("luân chuyển/nă" + "m"): a cell's text
// opens with a capital or a digit, and a text run over a rule whose next
// letter happens to stand where the next cell's texts start is one word.
func goesOnSyllable(prev, g pdfread.Glyph) bool {
	a, _ := utf8.DecodeLastRuneInString(prev.Text)
	b, _ := utf8.DecodeRuneInString(g.Text)
	return unicode.IsLetter(a) && unicode.IsLower(b)
}

// cellTextTolerance is how far, in points, a glyph may stand from where a
// rule's cells start their texts and still start one (splitsAtRule): a
// word processor sets every left-aligned cell's text at one padding.
const cellTextTolerance = 0.3

// textStarts finds, for each vertical rule of vs that a word of ws runs
// over (crossesRule), where the cells right of it start their texts: the
// place most words starting within maxCellPadding after it start at, when
// minPaddingWords or more do. None when no word runs over a rule, as on
// most pages.
func textStarts(ws []word, vs []ruleLine) []textStart {
	var out []textStart
	for _, v := range vs {
		if !crossesRule(ws, v) {
			continue
		}
		counts := map[float64]int{}
		for _, w := range ws {
			if d := w.x0 - v.pos; d > 0 && d <= maxCellPadding && v.covers(w.y) {
				counts[math.Round(w.x0/cellTextTolerance)*cellTextTolerance]++
			}
		}
		best, n := 0.0, 0
		for x, c := range counts {
			if c > n || c == n && x < best {
				best, n = x, c
			}
		}
		if n >= minPaddingWords {
			out = append(out, textStart{v, best})
		}
	}
	return out
}

// crossesRule reports whether a word of ws runs over rule v.
func crossesRule(ws []word, v ruleLine) bool {
	for _, w := range ws {
		if w.x0 < v.pos && v.pos < w.x1 && v.covers(w.y) {
			return true
		}
	}
	return false
}

// Where textStarts looks for the cells' texts after a rule: within
// maxCellPadding points of it, and at one place for minPaddingWords
// words at least.
const (
	maxCellPadding  = 10.0
	minPaddingWords = 3
)
