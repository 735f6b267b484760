package parser

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Column-aligned text places each row's columns a little off the header's,
// and differently from row to row, and a long line can leave a single space
// before the next column. Within one row, though, a column's lines start
// at the same character (or are centred on the same one). So the words of
// a row are cut into segments at gaps of two spaces or more, segments are
// cut again where a word starts in line with another line's segment, and
// each segment goes to the column its position and its neighbours say.

// Tolerances in characters.
const (
	segmentGap     = 2.0 // a gap this wide separates two cells' text on a line
	alignTolerance = 2.0 // starts this close are aligned
	minCellShift   = 6.0 // a split point lies at least this far into a segment
)

// segment is a run of a line's words with no wide gap, by word index.
type segment struct {
	from, to int // words [from, to)
	x0, x1   float64
	col      int  // for a segment cut off where another line's cell starts, that cell's column; else -1
	time     bool // reads as a time only ("Quý IV/2025", "Thường xuyên")
	unit     bool // opens like a unit's name ("Sở …", "Ủy ban …")
	cutOff   bool // cut off inside a segment: starts after a single space
}

func lineSegments(ws []word) []segment {
	var out []segment
	for i, w := range ws {
		if n := len(out); n > 0 && w.x0-ws[i-1].x1 < segmentGap {
			out[n-1].to, out[n-1].x1 = i+1, w.x1
			continue
		}
		out = append(out, segment{from: i, to: i + 1, x0: w.x0, x1: w.x1, col: -1})
	}
	return out
}

// alignedColumns assigns each word of a row's lines to a column.
func alignedColumns(ls []textLine, xs []float64) [][]int {
	return alignedColumnsTime(ls, xs, -1, nil)
}

// alignedColumnsTime is alignedColumns knowing which column holds times
// (-1: none): a time ("Thường xuyên", "Quý II/2026") run on after another
// cell's last word with one space starts its own cell when it stands near
// the time column.
//
// unitCols lists the unit columns (lead, coordinating): a unit's name
// ("Các sở", "Ủy ban", "UBND") run on after a bare word with one space starts
// its own cell when it stands near one of them.
func alignedColumnsTime(ls []textLine, xs []float64, timeCol int, unitCols []int) [][]int {
	segs := make([][]segment, len(ls))
	natural := make([][]int, len(ls)) // columns of the segments as the gaps cut them
	timeAbove := math.NaN()           // where the line above's time segment starts
	timeX := make([]float64, len(ls))
	for i, l := range ls {
		segs[i] = lineSegments(l.words)
		timeX[i] = markTimes(segs[i], l.words, timeAbove)
		markUnits(segs[i], l.words)
		timeAbove = timeX[i]
		natural[i] = assignSegments(segs[i], xs, timeCol, unitCols)
	}
	// A word may start a cell when it starts in line with another line's
	// segment (left-aligned cells); it then goes to that segment's column.
	// It may also start right under a time cell cut off inside the line
	// above ("Sau khi có Quy" / "chế của TW").
	timeCutAbove := math.NaN()
	alignedElsewhere := func(line int, x0 float64) (int, bool) {
		for j := range segs {
			if j == line {
				continue
			}
			for n, s := range segs[j] {
				if math.Abs(s.x0-x0) <= alignTolerance {
					return natural[j][n], true
				}
			}
		}
		if math.Abs(timeCutAbove-x0) <= cutOffAlignTolerance {
			return timeCol, true
		}
		return 0, false
	}
	out := make([][]int, len(ls))
	for i, l := range ls {
		cut := cutLine(l.words, segs[i], xs, func(k, end int) (int, bool) {
			w := l.words[k]
			c, ok := alignedElsewhere(i, w.x0)
			if !ok && timeCol > 0 && math.Abs(w.x0-xs[timeCol]) <= driftTolerance && startsLikeTimeOnly(wordsText(l.words[k:end])) {
				c, ok = timeCol, true
			}
			if !ok {
				c, ok = unitStartNear(l.words, k, end, xs, unitCols)
			}
			return c, ok
		})
		above := math.NaN()
		if i > 0 {
			above = timeX[i-1]
		}
		markTimes(cut, l.words, above)
		markUnits(cut, l.words)
		out[i] = make([]int, len(l.words))
		timeCutAbove = math.NaN()
		for j, k := range assignSegments(cut, xs, timeCol, unitCols) {
			for w := cut[j].from; w < cut[j].to; w++ {
				out[i][w] = k
			}
			if cut[j].cutOff && k == timeCol {
				timeCutAbove = cut[j].x0
			}
		}
	}
	return out
}

// cutOffAlignTolerance is how closely a word must line up with a time cell
// cut off inside the line above to start a cell there: a cut-off cell's
// position is itself a guess, so it is trusted within a character only.
const cutOffAlignTolerance = 1.0

// cutLine cuts a line's segments again where startsCell says a word starts
// another cell (returning that cell's column), at least minCellShift into
// the segment and across a column boundary.
func cutLine(ws []word, segs []segment, xs []float64, startsCell func(k, end int) (int, bool)) []segment {
	var cut []segment
	for _, s := range segs {
		from, col := s.from, -1
		for k := s.from + 1; k < s.to; k++ {
			if ws[k].x0-ws[from].x0 < minCellShift || !crossesBoundary(ws[from].x0, ws[k].x0, xs) {
				continue
			}
			if c, ok := startsCell(k, s.to); ok {
				cut = append(cut, segment{from: from, to: k, x0: ws[from].x0, x1: ws[k-1].x1, col: col, cutOff: from != s.from})
				from, col = k, c
			}
		}
		cut = append(cut, segment{from: from, to: s.to, x0: ws[from].x0, x1: ws[s.to-1].x1, col: col, cutOff: from != s.from})
	}
	return cut
}

// forcedColumnCost keeps a segment in the column of the cell it lines up
// with, unless the order of the line's cells makes that impossible.
const forcedColumnCost = 100.0

// wideGap: segments of one line this far apart are two cells; a justified
// line spreads its words by two or three spaces at most.
const wideGap = 4.0

// markTimes flags the segments that read as a time only, and a line's
// last segment that starts in line with the time segment above (at
// timeAbove, NaN if none): the time cell's next line ("Thường" / "xuyên").
// It returns where this line's time segment starts, or NaN.
func markTimes(segs []segment, ws []word, timeAbove float64) float64 {
	at := math.NaN()
	for i := range segs {
		s := &segs[i]
		s.time = startsLikeTimeOnly(wordsText(ws[s.from:s.to])) ||
			i == len(segs)-1 && math.Abs(s.x0-timeAbove) <= alignTolerance
		if s.time {
			at = s.x0
		}
	}
	return at
}

// markUnits flags the segments that open like a unit's name: a capital and
// a unit word, two words at least.
func markUnits(segs []segment, ws []word) {
	for i := range segs {
		segs[i].unit = opensUnitName(ws[segs[i].from:segs[i].to])
	}
}

// opensUnitName reports whether words open a unit's name: a capital and a
// unit word ("Sở …", "Ủy ban …"), two words at least, as one word alone is
// too little to move it to another column.
func opensUnitName(ws []word) bool {
	text := wordsText(ws)
	r, _ := utf8.DecodeRuneInString(text)
	return len(ws) >= 2 && unicode.IsUpper(r) && cellStart(text, false) == startUsual
}

// unitElsewhereCost is what placing a unit's name that starts near a unit
// column (within driftTolerance) in another column costs, in characters:
// a long content line leaves two or three spaces before the lead cell,
// which then starts a little left of its column.
const unitElsewhereCost = 6.0

// timeElsewhereCost is what placing a segment that reads as a time only
// outside the time column costs, in characters of distance: pdftotext
// -layout moves columns from page to page, so a time cell may stand nearer
// the column before it than its own, but it still reads as a time.
const timeElsewhereCost = 15.0

// assignSegments gives a line's segments columns, left to right, each as
// near its start as the header's boundaries allow, never two cells in one
// column across a wide gap; a time goes to the time column (timeCol, or -1)
// unless that is far off.
func assignSegments(segs []segment, xs []float64, timeCol int, unitCols []int) []int {
	nearUnitCol := func(x float64) bool {
		for _, u := range unitCols {
			if math.Abs(x-xs[u]) <= driftTolerance {
				return true
			}
		}
		return false
	}

	K, n := len(xs)-1, len(segs)
	cost := func(s segment, k int) float64 {
		if s.col >= 0 {
			if k == s.col {
				return 0
			}
			return forcedColumnCost
		}
		extra := 0.0
		if s.time && timeCol >= 0 && k != timeCol {
			extra = timeElsewhereCost
		}
		if s.unit && !slices.Contains(unitCols, k) && nearUnitCol(s.x0) {
			extra += unitElsewhereCost
		}
		x := s.x0 + alignTolerance
		switch {
		case x < xs[k]:
			return extra + xs[k] - x
		case x >= xs[k+1]:
			return extra + x - xs[k+1]
		}
		return extra
	}
	inf := math.Inf(1)
	dp := make([][]float64, n)
	from := make([][]int, n)
	for j := range dp {
		dp[j], from[j] = make([]float64, K), make([]int, K)
		for k := 0; k < K; k++ {
			dp[j][k] = inf
			c := cost(segs[j], k)
			if j == 0 {
				dp[j][k] = c
				continue
			}
			apart := segs[j].x0-segs[j-1].x1 >= wideGap
			for pk := 0; pk <= k; pk++ {
				if apart && pk == k {
					continue
				}
				if v := dp[j-1][pk] + c; v < dp[j][k] {
					dp[j][k], from[j][k] = v, pk
				}
			}
		}
	}
	best := 0
	for k := 1; k < K; k++ {
		if dp[n-1][k] < dp[n-1][best] {
			best = k
		}
	}
	out := make([]int, n)
	for j := n - 1; j >= 0; j-- {
		out[j] = best
		best = from[j][best]
	}
	return out
}

// crossesBoundary reports whether a column boundary lies between two
// positions, give or take a column's drift: only there may a segment hold
// two cells.
func crossesBoundary(a, b float64, xs []float64) bool {
	for _, x := range xs[1 : len(xs)-1] {
		if x > a+minCellShift && x < b+driftTolerance {
			return true
		}
	}
	return false
}

// driftTolerance is how far a row's columns may stand from the header's.
const driftTolerance = 12.0

func wordsText(ws []word) string {
	return textLine{words: ws}.text()
}

// unitNear is how near a unit column's boundary a run-on unit name must
// start, in characters.
const unitNear = 8.0

// unitStartNear reports whether the words from k start a unit's name right
// where a unit column begins, after a bare word (not "của", "và" … which
// lead into a name inside a sentence), and returns that column.
func unitStartNear(ws []word, k, end int, xs []float64, unitCols []int) (int, bool) {
	if !opensUnitName(ws[k:end]) || !endsOpen(ws[k-1].text) {
		return 0, false
	}
	for _, c := range unitCols {
		if math.Abs(ws[k].x0-xs[c]) <= unitNear {
			return c, true
		}
	}
	return 0, false
}
