package parser

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// Column-aligned text, as pdftotext -layout writes it, is read as a page of
// words whose positions are character columns: each printed line is one
// text line, a form feed starts a new page. The table is then laid out as a
// PDF printed without rules.

// layoutCharSize is the "font size" of a character cell: the header's words
// one space apart are one header cell, two spaces apart two.
const layoutCharSize = 2.5

// ParseLayoutText parses an annex in column-aligned text.
func ParseLayoutText(name string, data []byte) (plan *model.Plan, err error) {
	defer func() {
		if r := recover(); r != nil {
			plan, err = nil, internalError(r)
		}
	}()
	if err := checkText(data); err != nil {
		return nil, err
	}
	return parseLayoutTraced(name, data, nil, nil)
}

func parseLayoutTraced(name string, data []byte, tr *trace, ins *Inspection) (*model.Plan, error) {
	pages := layoutPages(data)
	// A first look finds the header and learns each column's width from
	// the lines that stand plainly in columns; then the rows are read.
	lw := &layoutWidths{}
	probe := &pdfLayout{doc: &document{}, noGlue: true, learn: lw}
	layOutPages(probe, pages)
	if probe.cols == nil {
		return nil, ErrNoTable
	}
	guess := lw.guess()
	pieces := pieceCache{} // a line's words make the same pieces whatever their columns
	header := readLayout(probe, lw, guess, pages, columnShifts{}, pieces)
	// The header may stand left of its columns: read the rows again with
	// the columns further right, and keep the reading that scores best
	// (shiftScore) if it beats the header's by minShiftGain.
	best, chosen := header, header
	var cands []columnShifts
	for _, s := range headerShifts(pages, lw.xs) {
		cands = append(cands, columnShifts{all: s})
	}
	if ps := pageShifts(lw, nil); ps != nil {
		cands = append(cands, columnShifts{page: ps})
	}
	for _, place := range []placeBoundary{densestStart, clusterStart} {
		if ps := pageNumberedShifts(pages, lw, place); ps != nil {
			cands = append(cands, columnShifts{page: ps})
		}
	}
	var bestAll *layoutReading // the best reading of the whole document's shifts
	try := func(shifts columnShifts) {
		lwAlt := &layoutWidths{perChar: lw.perChar, xs: shiftedColumns(lw.xs, shifts.on(lw.firstPage))}
		alt := readLayout(probe, lwAlt, guess, pages, shifts, pieces)
		if alt.lo.cols == nil || len(alt.lo.doc.rows) != len(header.lo.doc.rows) {
			return
		}
		if shifts.page == nil && (bestAll == nil || alt.lo.shiftScore() < bestAll.lo.shiftScore()) {
			bestAll = &alt
		}
		if alt.lo.shiftScore() < best.lo.shiftScore() {
			best = alt
		}
	}
	for _, shifts := range cands {
		try(shifts)
	}
	if bestAll != nil {
		// Pages set apart from the first by their own amounts stand apart
		// from its shifted columns too.
		if ps := pageShifts(lw, bestAll.shifts.all); ps != nil {
			try(columnShifts{all: bestAll.shifts.all, page: ps})
		}
	}
	if best.lo.shiftScore() < header.lo.shiftScore()-minShiftGain {
		chosen = best
	}
	chosen = chosen.knowingMissed(probe, guess, pages, pieces)
	// The columns chosen, each band of rows may stand a little off them;
	// what the rows say read so teaches the widths once more.
	banded := chosen.relearn(probe, pages, pieces, guess)
	lo, widths := banded.readFinal(probe, pages, pieces, tr), banded.widths
	if lo.cols == nil || len(lo.doc.rows) == 0 {
		return nil, ErrNoTable
	}
	if ins != nil {
		ins.Columns = lo.inspectedColumns()
		ins.Pages = lo.inspectedPages()
		ins.Bands = lo.ownBands
		for i := range ins.Columns {
			if i < len(widths) {
				ins.Columns[i].WidthEm = widths[i] / 1000 // the learned widths the rows were read with
			}
		}
	}
	return lo.finish(name, "layout")
}

// readLayout reads the rows of column-aligned text whose header and first
// look the probe found, each boundary after the content's start moved
// right by its shift (shiftedColumns; nil: where the header says). The
// first trial reads without widths: positions and the cells' words only,
// which a wrong guess cannot mislead. Each later one reads with the widths
// the one before taught; the last reading is the one returned, with the
// widths it was read with.
func readLayout(probe *pdfLayout, lw *layoutWidths, guess []float64, pages []layoutPage, shifts columnShifts, pieces pieceCache) layoutReading {
	widths := make([]float64, len(guess))
	for round := range layoutTrials {
		widths = trialRead(probe, lw, guess, widths, pages, shifts, pieces, round == 0)
	}
	r := layoutReading{widths: widths, lw: lw, shifts: shifts}
	r.lo = r.read(probe, pages, pieces, nil, false)
	return r
}

// trialRead reads the rows with widths (without: first), recording in lw
// what they teach, and returns the widths learned.
func trialRead(probe *pdfLayout, lw *layoutWidths, guess, widths []float64, pages []layoutPage, shifts columnShifts, pieces pieceCache, first bool) []float64 {
	lw.evidence, lw.openings, lw.across = nil, nil, nil
	lw.rows, lw.filled, lw.unfilled = 0, nil, nil
	trial := &pdfLayout{doc: &document{}, noGlue: true, widthsFrom: lw, trial: first, shifts: shifts,
		reader: newLayoutSplitter(probe.cols, widths, pages, lw.xs), pieces: pieces, missed: lw.missed}
	layOutPages(trial, pages)
	return probe.bounded(lw.learned(guess))
}

// knowingMissed returns r, or, when r's trial missed a column
// (missedColumns), r read again from a new trial that knows it: the
// widths the first taught hold the missed cells' words in the column
// before them. Only the columns' places chosen: a reading at wrong
// places misses columns too, and filled, would score as well as the
// right places' (shiftScore).
func (r layoutReading) knowingMissed(probe *pdfLayout, guess []float64, pages []layoutPage, pieces pieceCache) layoutReading {
	m := r.lw.missedColumns(probe.cols)
	if !slices.Contains(m, true) {
		return r
	}
	lw := &layoutWidths{perChar: r.lw.perChar, xs: r.lw.xs, missed: m}
	out := layoutReading{widths: trialRead(probe, lw, guess, make([]float64, len(guess)), pages, r.shifts, pieces, true), lw: lw, shifts: r.shifts}
	out.lo = out.read(probe, pages, pieces, nil, false)
	return out
}

// layoutReading is a reading of column-aligned text's rows (lo) with the
// boundaries moved by shifts, and the widths its trials learned (lw).
type layoutReading struct {
	lo     *pdfLayout
	shifts columnShifts
	widths []float64
	lw     *layoutWidths
}

// relearn reads the rows again as r did but each band at its own
// boundaries where they read it better (readBand), and returns the widths
// that reading teaches. (LibreOffice re-renderings 1-48, column-aligned
// fields wrong: 495 -> 478; held-out 49-64: 220 -> 195; a second round:
// 484 and 197.)
func (r layoutReading) relearn(probe *pdfLayout, pages []layoutPage, pieces pieceCache, guess []float64) layoutReading {
	lw := &layoutWidths{perChar: r.lw.perChar, xs: r.lw.xs, missed: r.lw.missed}
	lo := r.layout(probe, pages, pieces, nil, true)
	lo.widthsFrom = lw
	layOutPages(lo, pages)
	return layoutReading{widths: probe.bounded(lw.learned(guess)), lw: lw, shifts: r.shifts}
}

// read reads the rows again with what r's trials learned; byBand lets
// each band move the boundaries a little (bandBoundaries).
func (r layoutReading) read(probe *pdfLayout, pages []layoutPage, pieces pieceCache, tr *trace, byBand bool) *pdfLayout {
	lo := r.layout(probe, pages, pieces, tr, byBand)
	layOutPages(lo, pages)
	return lo
}

// readFinal reads the rows as read does, each band at its own boundaries
// where they read it better, searching each line's readings more widely
// (finalPerState) and knowing the lexicon's capitalized words
// (addCapitalizedLexicon): the reading returned.
func (r layoutReading) readFinal(probe *pdfLayout, pages []layoutPage, pieces pieceCache, tr *trace) *pdfLayout {
	lo := r.layout(probe, pages, pieces, tr, true)
	lo.final = true
	lo.reader.bonds.addCapitalizedLexicon()
	layOutPages(lo, pages)
	return lo
}

// layout is a layout to read the rows with r's widths and boundaries.
func (r layoutReading) layout(probe *pdfLayout, pages []layoutPage, pieces pieceCache, tr *trace, byBand bool) *pdfLayout {
	reader := newLayoutSplitter(probe.cols, r.widths, pages, r.lw.xs)
	reader.pairs = reader.pairs.withAcross(r.lw.across)
	return &pdfLayout{doc: &document{trace: tr}, noGlue: true, shifts: r.shifts, byBand: byBand, prior: r.lo,
		reader: reader, pieces: pieces, openings: r.lw.openings, missed: r.lw.missed}
}

// shiftScore is what a reading of the rows says against the columns it
// was read with: what its cells say of their columns' kinds (roleCost),
// and a little of what its lines say of their cells all told
// (readingCost), positions included. Neither alone tells a reading of
// the right columns from one of the header's: a wrong reading's cells may
// fit their columns' kinds as well (roleCost ties), and the positions
// the header gives cost the right reading more (readingCost).
func (lo *pdfLayout) shiftScore() float64 {
	return lo.roleCost + readingCostShare*lo.readingCost
}

// headerShifts returns how far right of where the header says the columns
// after the content may start, each boundary's shift (xs's indices), to
// read the rows with: pdftotext can set a header whose cells' lines run
// together a dozen characters left of the columns they head (a word
// processor's narrow centred headers), by one amount or by one per
// column. The body's texts that stand where pdftotext found them (after a
// gap, not pushed by a run-on) start where their column starts: a
// boundary's shift, of minHeaderShift to maxHeaderShift characters, is
// the one after which the most of them start, when more do than after
// the header's own boundary give or take less than minHeaderShift. The
// candidates: all boundaries by the one shift that does best over all
// (uniformShift), each by its own (ownShifts), in order still, all
// placed together (jointShifts), and where a row of column numbers stands
// under the header, each between the numbers of the two columns it parts
// (numberedShifts, at the densest start and before the largest cluster of
// starts); none when the header's boundaries do best. (pageShifts adds one
// more: each page's own; pageNumberedShifts two: each page's by its own
// column numbers.)
func headerShifts(pages []layoutPage, xs []float64) [][]float64 {
	if len(xs) < 4 {
		return nil
	}
	var lines []textLine
	for _, pg := range pages {
		lines = append(lines, pg.lines...)
	}
	after, edge := columnEdges(lines)
	var out [][]float64
	if u := uniformShift(xs, after); u != nil {
		out = append(out, u)
	}
	if o := ownShifts(xs, after); o != nil && (len(out) == 0 || !slices.Equal(o, out[0])) {
		out = append(out, o)
	}
	centres := columnNumberCentres(pages, len(xs)-1)
	for _, j := range [][]float64{jointShifts(xs, edge), documentShifts(xs, edge),
		numberedShifts(xs, centres, after, densestStart), numberedShifts(xs, centres, after, clusterStart)} {
		if j != nil && !slices.ContainsFunc(out, func(o []float64) bool { return slices.Equal(o, j) }) {
			out = append(out, j)
		}
	}
	return out
}

// columnEdges returns, for lines of column-aligned text, how many texts
// start a column at x (after: standing after a gap, not run on, within
// columnStartReach right of x), and what x scores as a column's left edge
// (edge: those starts, less crossedShare of the runs of words one space
// apart that a boundary at x would cut).
func columnEdges(lines []textLine) (after func(float64) int, edge func(float64) float64) {
	starts := segmentStarts(lines)
	var runs [][2]float64
	for _, l := range lines {
		for _, s := range lineSegments(l.words) {
			runs = append(runs, [2]float64{s.x0, s.x1})
		}
	}
	after = func(x float64) int {
		n := 0
		for _, s := range starts {
			if s >= x && s < x+columnStartReach {
				n++
			}
		}
		return n
	}
	crossed := func(x float64) int {
		n := 0
		for _, r := range runs {
			if r[0] < x && r[1] > x+1 {
				n++
			}
		}
		return n
	}
	edge = func(x float64) float64 { return float64(after(x)) - crossedShare*float64(crossed(x)) }
	return after, edge
}

// numberedShifts is headerShifts' candidate where the header is followed
// by a row of column numbers, "(1) (2) …" (centres, one per column; nil:
// none): each number stands centred over its column, set at the scale of
// the rows beneath it, while pdftotext may set the header's words, bolder
// and wrapped, closer together than the columns they head. The boundary
// between two columns then stands between their numbers' centres, where
// place puts it among the texts starting there (after); nil when none
// moves minHeaderShift or more, the header's own drift.
func numberedShifts(xs, centres []float64, after func(float64) int, place placeBoundary) []float64 {
	if len(centres) != len(xs)-1 {
		return nil
	}
	shifts := make([]float64, len(xs))
	moved := false
	for k := 2; k < len(xs)-1; k++ {
		shifts[k] = place(centres[k-1], centres[k], after) - xs[k]
		moved = moved || math.Abs(shifts[k]) >= minHeaderShift
	}
	if !moved {
		return nil
	}
	return shifts
}

// placeBoundary places the boundary between two columns whose centres
// stand at lo and hi, among the texts starting there (after).
type placeBoundary func(lo, hi float64, after func(float64) int) float64

// densestStart places a boundary between two columns' centres lo and hi
// where the most texts start within columnStartReach of it, the leftmost
// of equals: a column's texts start at its left edge, and the column
// before has none starting right of its centre but those it centres.
// Halfway when none starts there.
func densestStart(lo, hi float64, after func(float64) int) float64 {
	best, at := 0, (lo+hi)/2
	for x := math.Floor(lo) + 1; x < hi; x++ {
		if n := after(x); n > best {
			best, at = n, x
		}
	}
	return at
}

// clusterStart places a boundary between two columns' centres lo and hi
// before the largest cluster of texts starting there (places each within
// columnStartReach of the next), the leftmost of equals. Where pdftotext
// sets each row's cells a character or two off the others', a column's
// starts spread over several places, and the densest of them may stand
// right of some (densestStart); the cluster's first does not. Halfway when
// none starts there.
func clusterStart(lo, hi float64, after func(float64) int) float64 {
	best, at := 0, (lo+hi)/2
	for x := math.Floor(lo) + 1; x < hi; x++ {
		if after(x) == 0 {
			continue
		}
		first, n := x, 0
		for ; x < hi && after(x) > 0; x++ {
			n += after(x)
		}
		if n > best {
			best, at = n, first
		}
	}
	return at
}

// columnNumberCentres returns the centres of the first row of column
// numbers "(1)" to "(n)", one word each, among the first lines of the
// document's first page that has one (pageColumnNumbers); nil when none
// has.
func columnNumberCentres(pages []layoutPage, n int) []float64 {
	for _, pg := range pages {
		if cs := pageColumnNumbers(pg, n); cs != nil {
			return cs
		}
	}
	return nil
}

// pageColumnNumbers returns the centres of a page's row of column numbers
// "(1)" to "(n)" among its first columnNumberReach lines, nil if it has
// none.
func pageColumnNumbers(pg layoutPage, n int) []float64 {
	for _, l := range pg.lines[:min(len(pg.lines), columnNumberReach)] {
		if numbersEachColumn(l, n) {
			cs := make([]float64, n)
			for i, w := range l.words {
				cs[i] = w.center()
			}
			return cs
		}
	}
	return nil
}

// pageNumberedShifts is numberedShifts of each page with its own row of
// column numbers, by its own lines: pdftotext sets each page's rows, and
// numbers, by what stands on that page. Nil when no page's boundaries
// move.
func pageNumberedShifts(pages []layoutPage, lw *layoutWidths, place placeBoundary) map[int][]float64 {
	var out map[int][]float64
	for page, xs := range lw.pageXs {
		if page < 1 || page > len(pages) {
			continue
		}
		after, _ := columnEdges(lw.pageLines[page])
		s := numberedShifts(xs, pageColumnNumbers(pages[page-1], len(xs)-1), after, place)
		if s == nil {
			continue
		}
		if out == nil {
			out = map[int][]float64{}
		}
		out[page] = s
	}
	return out
}

// numbersEachColumn reports whether l is the row of column numbers with
// one word for each of n columns, "(1)" to "(n)" in turn.
func numbersEachColumn(l textLine, n int) bool {
	if len(l.words) != n {
		return false
	}
	for i, w := range l.words {
		if w.text != "("+strconv.Itoa(i+1)+")" {
			return false
		}
	}
	return true
}

// pageShifts is headerShifts' candidate of a shift per page: on each
// page, jointShifts of that page's own header boundaries (or the first
// page's), moved by base first (nil: none), by that page's own lines,
// scored by the starts alone (startsAfter); each page's shifts are base's
// and its own together. pdftotext places a header by what stands left of
// it on its page, so a header printed again on each page can stand a
// column left of its columns on one page and over them on the next. And
// from where the header put them a column whose head is set wider than
// its cells may stand too narrow for its cells' starts on a page
// (narrowestShifted), where from the whole document's shifted columns
// (base) it does not. Nil when no page's boundaries move.
func pageShifts(lw *layoutWidths, base []float64) map[int][]float64 {
	var out map[int][]float64
	for page, xs := range lw.pageXs {
		edge := startsAfter(lw.pageLines[page])
		j := jointShifts(shiftedColumns(xs, base), edge)
		if j != nil {
			for k := range min(len(j), len(base)) {
				j[k] += base[k]
			}
		}
		if own := ownPageShifts(xs, base, j, edge); own != nil {
			j = own
		}
		if j == nil {
			continue
		}
		if out == nil {
			out = map[int][]float64{}
		}
		out[page] = j
	}
	return out
}

// ownPageShifts returns the shifts of a page's boundaries xs found from
// its own header alone (jointShifts; none: all zero) when the page's
// texts start at them more than at the boundaries from base (the
// document's shifts, with the page's own moves from there: fromBase, nil
// for base alone); nil when base is nil or its boundaries do as well.
// pdftotext sets the header of each page by what stands left of it there,
// so a header standing a column left of its columns on the first page,
// which the whole document's shifts move right, may stand over them on the
// next page, where the same shifts move every boundary a column too far.
func ownPageShifts(xs, base, fromBase []float64, edge func(float64) float64) []float64 {
	if base == nil {
		return nil
	}
	if fromBase == nil {
		fromBase = base
	}
	own := jointShifts(xs, edge)
	if own == nil {
		own = make([]float64, len(xs))
	}
	if startsAtBoundaries(shiftedColumns(xs, own), edge) > startsAtBoundaries(shiftedColumns(xs, fromBase), edge) {
		return own
	}
	return nil
}

// startsAtBoundaries is the edge score of boundaries xs after the
// content's start (xs[2] to the one before the table's right edge), as
// jointShifts sums it.
func startsAtBoundaries(xs []float64, edge func(float64) float64) float64 {
	sum := 0.0
	for k := 2; k < len(xs)-1; k++ {
		sum += edge(xs[k])
	}
	return sum
}

// startsAfter is columnEdges' edge of a page's or a band's lines without
// what the runs it cuts take off: on a page, and more so in a row, where
// the cells run on with one space, every place of a boundary cuts some run,
// and the fewest cuts stand past the runs' ends, a column away from the
// starts. (Column-aligned fields wrong, runs taking crossedShare off /
// nothing, in pages and bands: LibreOffice re-renderings 1-64 470 / 413,
// never-read 65-80 108 / 106; off in the whole document too: 425 / 114;
// Chromium 201-232 86 each way.)
func startsAfter(lines []textLine) func(float64) float64 {
	after, _ := columnEdges(lines)
	return func(x float64) float64 { return float64(after(x)) }
}

// columnShifts says how far right of where the header puts them each
// boundary after the content's start stands (headerShifts): on the pages
// that page holds, by each one's own; on the others, all alike (all).
type columnShifts struct {
	all  []float64
	page map[int][]float64
}

// on returns the shifts of page n.
func (cs columnShifts) on(n int) []float64 {
	if s, ok := cs.page[n]; ok {
		return s
	}
	return cs.all
}

// jointShifts is headerShifts' shift of every boundary at once: the
// boundaries, in order and at least minShiftedWidth apart, each up to
// maxHeaderShift right of (or less than minHeaderShift left of) where the
// header puts them, where texts start the most and runs of words cross
// the least (edge, summed over the boundaries); nil when that leaves them
// all where the header puts them, give or take its drift. Where the
// header runs together a column's width left of its columns, a
// cluster of starts near a boundary may be the next column's: one
// boundary at a time (ownShifts) cannot tell, the order of them all can.
func jointShifts(xs []float64, edge func(float64) float64) []float64 {
	return placeBoundaries(xs, edge, 1-minHeaderShift, maxHeaderShift, minHeaderShift, shiftTieBreak)
}

// documentShifts is jointShifts over the whole document's lines, which
// may move a boundary as far as maxDocumentShift: a wide table's narrow
// centred heads, run together, may stand well over a column's width left
// of their columns on every page (the texts of all pages tell it
// together), where a page's own lines, fewer, place a boundary so far off
// at the wrong start as often as at the right one.
func documentShifts(xs []float64, edge func(float64) float64) []float64 {
	return placeBoundaries(xs, edge, 1-minHeaderShift, maxDocumentShift, minHeaderShift, shiftTieBreak)
}

// placeBoundaries is jointShifts with its bounds: each boundary lo to hi
// characters right of xs's, nil unless one moves minMove or more.
func placeBoundaries(xs []float64, edge func(float64) float64, lo, hi, minMove, perChar float64) []float64 {
	return placeBoundariesWithin(xs, edge, lo, hi, minMove, perChar, nil)
}

// placeBoundariesWithin is placeBoundaries with boundary k kept where
// within(k, x) holds (nil: anywhere).
func placeBoundariesWithin(xs []float64, edge func(float64) float64, lo, hi, minMove, perChar float64, within func(k int, x float64) bool) []float64 {
	n := int(hi-lo) + 1
	last := len(xs) - 2 // boundaries 2 … last move
	if last < 2 {
		return nil
	}
	at := func(k, i int) float64 { return xs[k] + lo + float64(i) }
	// best[k][i]: the most edge boundaries 2…k can score with boundary k
	// at at(k, i); from[k][i]: boundary k-1's place then.
	best := make([][]float64, last+1)
	from := make([][]int, last+1)
	for k := 2; k <= last; k++ {
		best[k], from[k] = make([]float64, n), make([]int, n)
		for i := range n {
			best[k][i], from[k][i] = math.Inf(-1), -1
			if k == last && at(k, i)+narrowestShifted(xs, len(xs)-1) > xs[len(xs)-1] {
				continue // the last column must keep some width before the table's right edge
			}
			if within != nil && !within(k, at(k, i)) {
				continue
			}
			e := edge(at(k, i)) - perChar*math.Abs(lo+float64(i))
			if k == 2 {
				best[k][i] = e
				continue
			}
			for j := range n {
				if at(k-1, j)+narrowestShifted(xs, k) <= at(k, i) && best[k-1][j]+e > best[k][i] {
					best[k][i], from[k][i] = best[k-1][j]+e, j
				}
			}
		}
	}
	i := 0
	for j := range n {
		if best[last][j] > best[last][i] {
			i = j
		}
	}
	if math.IsInf(best[last][i], -1) {
		return nil
	}
	return shiftsFrom(from, i, lo, len(xs), minMove)
}

// shiftsFrom reads jointShifts' search back from the last boundary's place
// i: each boundary's shift, or nil when none moves minMove or more.
func shiftsFrom(from [][]int, i int, lo float64, n int, minMove float64) []float64 {
	shifts := make([]float64, n)
	moved := false
	for k := len(from) - 1; k >= 2; k-- {
		shifts[k] = lo + float64(i)
		moved = moved || math.Abs(shifts[k]) >= minMove
		i = from[k][i]
	}
	if !moved {
		return nil
	}
	return shifts
}

// bandBoundaries returns the boundaries a band of lines (a row, or the
// part of one a page holds) may stand at besides the page's xs: pdftotext
// places each band's cells by what stands left of them, so a row's columns
// can stand several characters off its page's, and off its neighbours'.
// Where the band's texts start (startsAfter, placeBoundaries), each
// boundary after the content's start from
// bandShiftLeft left to bandShiftRight right of the page's: once with ties
// going to the page's boundaries, once away from them, since a band has
// few starts and a cluster of them may be either of two columns' (a unit
// cell's start the lead's or the coordinating column's). Only boundaries
// that put some word in another column than xs and the ones before do
// (movesPastWord) are returned: others have nothing new to read.
func bandBoundaries(ls []textLine, xs []float64) [][]float64 {
	if len(xs) < 4 {
		return nil
	}
	edge := startsAfter(ls)
	var out [][]float64
	for _, tie := range []float64{shiftTieBreak, -shiftTieBreak} {
		s := placeBoundaries(xs, edge, -bandShiftLeft, bandShiftRight, 1, tie)
		if s == nil {
			continue
		}
		out = addBoundaries(out, ls, xs, shiftedColumns(xs, s))
	}
	added := 0
	for _, alt := range clusterBoundaries(ls, xs) {
		if n := len(out); added < maxClusterReadings {
			out = addBoundaries(out, ls, xs, alt)
			added += len(out) - n
		}
	}
	return out
}

// runOrderBoundaries returns boundaries for a band going on a row from the
// page before whose first line l crowds its runs of words (lineSegments)
// into fewer columns than it has runs at the page's boundaries xs: each
// way of giving the runs, in order, a column each after the number's
// (numCol), every run's column starting where the run starts, the columns
// given none left no wider than nothing. pdftotext sets a page it finds
// few texts on by their order, not their places: the tail of a row that
// spills onto a last page of its own ("lễ hội   thực phẩm   nghiệp và Môi
// trường; Công   3/2026   tra") stands at the page's left edge, its
// cells a few spaces apart, far from every column. None when the runs fit
// the columns, or are more than the columns after the number's, or the
// ways are more than maxOrderedReadings.
func runOrderBoundaries(l textLine, xs []float64, numCol int) [][]float64 {
	segs := lineSegments(l.words)
	first := numCol + 1
	cols := len(xs) - 1 - first
	m := len(segs)
	if m < 2 || m > cols || !crowdsColumns(segs, xs) || binomial(cols, m) > maxOrderedReadings {
		return nil
	}
	var out [][]float64
	pick := make([]int, 0, m)
	var choose func(from int)
	choose = func(from int) {
		if len(pick) == m {
			out = append(out, runBoundaries(segs, pick, xs, first))
			return
		}
		for c := from; c <= len(xs)-2-(m-1-len(pick)); c++ {
			pick = append(pick, c)
			choose(c + 1)
			pick = pick[:len(pick)-1]
		}
	}
	choose(first)
	return out
}

// maxOrderedReadings bounds runOrderBoundaries: the ways of giving a
// crowded line's runs their columns, each read in full.
const maxOrderedReadings = 35

// crowdsColumns reports whether two runs of words segs start in one
// column at boundaries xs (charsOutside's tolerance allowed).
func crowdsColumns(segs []segment, xs []float64) bool {
	prev := -1
	for _, sg := range segs {
		k := columnAt(sg.x0+startTolerance, xs)
		if k == prev {
			return true
		}
		prev = k
	}
	return false
}

// runBoundaries is the boundaries that start column cols[i] where run
// segs[i] starts, each column between two given ones, and those before
// the first, as wide as nothing at the next given one's start, those
// after the last at the table's right edge; columns before first stay.
func runBoundaries(segs []segment, cols []int, xs []float64, first int) []float64 {
	out := append([]float64(nil), xs...)
	right := max(xs[len(xs)-1], segs[len(segs)-1].x1+1)
	out[len(out)-1] = right
	k := first
	for i, c := range cols {
		for ; k <= c; k++ {
			out[k] = segs[i].x0
		}
	}
	for ; k < len(out)-1; k++ {
		out[k] = right
	}
	return out
}

// binomial is n choose k.
func binomial(n, k int) int {
	if k < 0 || k > n {
		return 0
	}
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

// addBoundaries adds alt to out unless it reads no word of ls in another
// column than xs or one of out does.
func addBoundaries(out [][]float64, ls []textLine, xs, alt []float64) [][]float64 {
	same := func(o []float64) bool { return !movesPastWord(ls, o, alt) }
	if same(xs) || slices.ContainsFunc(out, same) {
		return out
	}
	return append(out, alt)
}

// segmentStarts returns where the runs of words of lines start, but each
// line's first run (a content line's, mostly).
func segmentStarts(lines []textLine) []float64 {
	var starts []float64
	for _, l := range lines {
		for i, s := range lineSegments(l.words) {
			if i > 0 {
				starts = append(starts, l.words[s.from].x0)
			}
		}
	}
	return starts
}

// startClusters returns the places runs of words start in a band, those
// less than columnStartReach apart taken as one (at the leftmost), left
// to right.
func startClusters(ls []textLine) []float64 {
	starts := segmentStarts(ls)
	slices.Sort(starts)
	var out []float64
	for _, x := range starts {
		if len(out) == 0 || x >= out[len(out)-1]+columnStartReach {
			out = append(out, x)
		}
	}
	return out
}

// clusterBoundaries returns boundaries that put each place runs of words
// start in the band (startClusters) at the left edge of a column of its
// own, each within bandShiftLeft and bandShiftRight of that column's
// boundary on the page, the other boundaries where the page has them:
// the most starts placed first, then the least shift in all.
// placeBoundaries gives one placement per tie-break, but a band has few
// starts, and which column each cluster of them opens is told by the
// texts rather than their places: where a row's first line runs the
// content, the lead and the coordinating unit together ("… số Sở KH&CN
// Các sở,"), the coordinating unit's lines below start where either
// column may. readBand reads each placement and keeps the cheapest.
func clusterBoundaries(ls []textLine, xs []float64) [][]float64 {
	cs := startClusters(ls)
	if len(xs) < 4 || len(cs) == 0 || len(cs) > maxStartClusters {
		return nil
	}
	var found []clusterPlacement
	cur := append([]float64(nil), xs...)
	var place func(c, k, placed int, shift float64)
	place = func(c, k, placed int, shift float64) {
		if c == len(cs) {
			if placed > 0 && orderedBoundaries(cur, xs) {
				found = append(found, clusterPlacement{append([]float64(nil), cur...), placed, shift})
			}
			return
		}
		place(c+1, k, placed, shift) // a start inside a column: a justified line's, a centred cell's
		for b := k; b < len(xs)-1; b++ {
			at := cs[c]
			if d := at - xs[b]; d >= -bandShiftLeft && d <= bandShiftRight {
				cur[b] = at
				place(c+1, b+1, placed+1, shift+math.Abs(d))
				cur[b] = xs[b]
			}
		}
	}
	place(0, 2, 0, 0)
	slices.SortStableFunc(found, func(a, b clusterPlacement) int {
		return cmp.Or(cmp.Compare(b.placed, a.placed), cmp.Compare(a.shift, b.shift))
	})
	var out [][]float64
	for _, f := range found {
		out = append(out, f.xs)
	}
	return out
}

// clusterPlacement is one of clusterBoundaries' placements and its shift
// in all.
type clusterPlacement struct {
	xs     []float64
	placed int // starts at a column's edge
	shift  float64
}

// orderedBoundaries reports whether the columns of shifted boundaries
// after the content are each as wide as narrowestShifted lets them be
// against the boundaries xs they were moved from, the last one to the
// table's right edge.
func orderedBoundaries(shifted, xs []float64) bool {
	for k := 3; k < len(xs); k++ {
		if shifted[k] < shifted[k-1]+narrowestShifted(xs, k) {
			return false
		}
	}
	return true
}

// narrowestShifted is how narrow moving the boundaries may leave the
// column left of boundary k of xs: minShiftedWidth, and minShiftedShare
// of its width at xs. Scored by where texts start, a boundary would
// otherwise jump to the next column's starts and leave its own column a
// few characters wide, reading a unit's lines into the column before
// (LibreOffice rendering seed-3 in testdata: the lead's boundary moved
// 18 characters right, 6 left of the coordinating unit's). The last
// column keeps minShiftedWidth only: the table's right edge is where its
// longest line ends, so the column's width there is no column's.
func narrowestShifted(xs []float64, k int) float64 {
	if k == len(xs)-1 {
		return minShiftedWidth
	}
	return max(minShiftedWidth, minShiftedShare*(xs[k]-xs[k-1]))
}

// Bounds of clusterBoundaries: how many places of starts a band may have
// (a band with more has its columns plain) and how many placements that
// read some word elsewhere (movesPastWord) bandBoundaries returns.
// (Column-aligned fields wrong, with none of them / the best 1 / 3 / 5,
// before startsAfter and minShiftedShare: LibreOffice re-renderings 1-64
// 515 / 473 / 470 / 470, never-read 65-80 155 / 118 / 108 / 104; Chromium
// 201-232 86 throughout. A boundary one character left of its start
// rather than at it: a few more wrong.)
const (
	maxStartClusters   = 6
	maxClusterReadings = 3
)

// movesPastWord reports whether boundaries alt put the start of some word
// of ls on the other side of a boundary than xs do.
func movesPastWord(ls []textLine, xs, alt []float64) bool {
	for k := range xs {
		lo, hi := min(xs[k], alt[k]), max(xs[k], alt[k])
		for _, l := range ls {
			for _, w := range l.words {
				if w.x0 >= lo && w.x0 < hi {
					return true
				}
			}
		}
	}
	return false
}

// Bounds of bandBoundaries, in characters, and what a band's own reading
// must save to be taken (readBand). (LibreOffice re-renderings 1-48:
// 675 column-aligned fields wrong read at the page's boundaries only;
// reaches 8 and 8: 613, 20 and 20: 520, 8 and 20: 511, then ties broken
// both ways: 485; gains 0.5 and 1 alike, and 1 keeps a row of the corpus's
// dongthap_617 whose lead and coordinating units overlap; held-out
// renderings 49-64: 265 -> 220; Chromium 201-232 unchanged. Reaching 10
// left, as far as a row whose cells are all narrow stands off its page's,
// a water plan's nine: 1,192 -> 1,159 of 67,160 column-aligned fields
// wrong over every rendering set, two renderings worse by two; 9: 1,174;
// 12: 1,164.)
const (
	bandShiftLeft  = 10.0
	bandShiftRight = 20.0
	bandGain       = 1.0
)

// uniformShift is headerShifts' one shift for all boundaries, or nil.
func uniformShift(xs []float64, after func(float64) int) []float64 {
	best := bestShift(func(s float64) int {
		n := 0
		for k := 2; k < len(xs)-1; k++ {
			n += after(xs[k] + s)
		}
		return n
	}, func(float64) bool { return true })
	if best == 0 {
		return nil
	}
	shifts := make([]float64, len(xs))
	for k := 2; k < len(xs)-1; k++ {
		shifts[k] = best
	}
	return shifts
}

// ownShifts is headerShifts' shift for each boundary on its own, or nil;
// a boundary whose shift would take it to the next one's keeps its place.
func ownShifts(xs []float64, after func(float64) int) []float64 {
	shifts := make([]float64, len(xs))
	moved := false
	for k := len(xs) - 2; k >= 2; k-- {
		shifts[k] = bestShift(func(s float64) int { return after(xs[k] + s) },
			func(s float64) bool { return xs[k]+s+minShiftedWidth <= xs[k+1]+shifts[k+1] })
		moved = moved || shifts[k] != 0
	}
	if !moved {
		return nil
	}
	return shifts
}

// bestShift returns the shift, of minHeaderShift to maxHeaderShift
// characters (and allowed by ok), at which count (the texts starting their
// columns) is highest, if higher than at any shift under minHeaderShift
// either way (the header's own drift); else 0.
func bestShift(count func(float64) int, ok func(float64) bool) float64 {
	most := 0
	for s := 1 - minHeaderShift; s < minHeaderShift; s++ {
		most = max(most, count(s))
	}
	best := 0.0
	for s := minHeaderShift; s <= maxHeaderShift; s++ {
		if n := count(s); n > most && ok(s) {
			best, most = s, n
		}
	}
	return best
}

// Bounds of headerShifts, in characters; columnStartReach is how far right
// of a boundary a text starting its column stands; minShiftedWidth is how
// narrow a column the shifts may leave. (minHeaderShift 3 rather than 6:
// LibreOffice re-renderings 1-32, with the shifted readings then taken,
// 825 -> 753 column-aligned fields wrong; Chromium ones unchanged.
// maxDocumentShift 28, where the whole document's lines place the
// boundaries together (documentShifts): a wide landscape table's narrow
// centred heads, run together, stood 13 to 26 characters left of their
// columns (held-out seaeco_2026 rendering 2202: 38 fields wrong -> 0).
// Every shift up to 28 moved a page's boundaries a column too far in
// another rendering (content-by-place-layout-epidemic-1801).)
const (
	crossedShare      = 0.5  // what a run cut by a boundary takes off its jointShifts score, as a share of a text starting after it (LibreOffice re-renderings 1-48: 0: 1056 fields wrong, 0.25: 1043, 0.5 and 1: 1015)
	shiftTieBreak     = 1e-3 // what each character of shift takes off a jointShifts score: of places that score alike, the header's nearest
	minHeaderShift    = 3.0
	maxHeaderShift    = 20.0
	maxDocumentShift  = 28.0
	columnNumberReach = 40 // lines from a page's top a row of column numbers may stand at, under a header of many lines
	columnStartReach  = 2.0
	minShiftedWidth   = 4.0
)

// minShiftedShare is the least share of its width a column keeps when its
// boundaries move (narrowestShifted). (Column-aligned fields wrong, with
// none / 0.5 / 0.65 / 0.8 / 0.9 / 1: LibreOffice re-renderings 1-64 413 /
// 383 / 384 / 354 / 365 / 412, 65-80 106 / 86 / 95 / 86 / 89 / 94, the
// repository's LibreOffice renderings 18 / 14 / 16 / 16 / 12 / 16;
// Chromium 201-232 86 throughout.)
const minShiftedShare = 0.8

// A reading with the columns shifted (headerShifts) is taken when its
// shiftScore is minShiftGain below the header's reading's; readingCost
// counts readingCostShare of it. (LibreOffice re-renderings 1-48, the best
// of the readings against role cost 10% and 1.5 lower alone: 983 -> 867
// column-aligned fields wrong; shares 0.02 to 0.07 and gains 0 to 1 all
// 852-870; Chromium re-renderings unchanged. Over every rendering set
// later, 71,089 fields: gains 1 / 0.95 / 0.9 / 0.8, 1,164 / 1,152 / 1,152 /
// 1,150 wrong; at 0.9, 4 renderings better and 1 worse, among them a
// portrait page of eight columns whose header pdftotext squeezed a dozen
// characters left of the column numbers, read by them at a gain of 0.99.)
const (
	readingCostShare = 0.05
	minShiftGain     = 0.9
)

// shiftedColumns moves each boundary after the content column's start
// (xs[2] to the one before the table's right edge) shifts[k] characters
// right; nil shifts keep xs.
func shiftedColumns(xs, shifts []float64) []float64 {
	if shifts == nil || len(xs) < 4 {
		return xs
	}
	out := append([]float64(nil), xs...)
	for k := 2; k < len(out)-1 && k < len(shifts); k++ {
		out[k] += shifts[k]
	}
	out[len(out)-1] = max(out[len(out)-1], out[len(out)-2]+1)
	return out
}

// bounded returns widths held within what the header says of each
// column: at least its floor (headerFloor), at most its cap (headerCap).
func (lo *pdfLayout) bounded(widths []float64) []float64 {
	for i := range widths {
		if i < len(lo.headFloors) {
			widths[i] = max(widths[i], lo.headFloors[i])
		}
	}
	return atMost(widths, lo.headCaps)
}

// atMost lowers each width to its header's bound (headerCap), where
// there is one: a trial reading that ran two cells' texts into one column
// learned it too wide.
func atMost(widths, caps []float64) []float64 {
	for i := range widths {
		if i < len(caps) && caps[i] > 0 {
			widths[i] = min(widths[i], caps[i])
		}
	}
	return widths
}

// layoutTrials is how many times the rows are read to learn the
// columns' widths before the reading that counts.
const layoutTrials = 1

// layOutPages lays out each page of column-aligned text, y being the
// line's number in the file.
func layOutPages(lo *pdfLayout, pages []layoutPage) {
	for i, page := range pages {
		lines := page.lines
		lineNo := func(y float64) int { return int(y) }
		var words []word
		for _, l := range lines {
			words = append(words, l.words...)
		}
		lo.unruledPage(i+1, words, lines, lineNo)
	}
}

type layoutPage struct{ lines []textLine }

// layoutPages splits column-aligned text into pages of lines of words, y
// being the line's number in the file.
func layoutPages(data []byte) []layoutPage {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	if !plainlyNFC(s) {
		s = normalizeNFC(s)
	}
	var pages []layoutPage
	cur := layoutPage{}
	for i, raw := range strings.Split(s, "\n") {
		parts := strings.Split(raw, "\f")
		for k, part := range parts {
			if k > 0 {
				pages = append(pages, cur)
				cur = layoutPage{}
			}
			if ws := layoutWords(part, float64(i+1)); len(ws) > 0 {
				cur.lines = append(cur.lines, textLine{words: ws, y: float64(i + 1)})
			}
		}
	}
	if len(cur.lines) > 0 {
		pages = append(pages, cur)
	}
	return pages
}

// layoutWords cuts one line into words at spaces; x is the rune column.
func layoutWords(s string, y float64) []word {
	var out []word
	col, start := 0, -1
	var b strings.Builder
	flush := func(end int) {
		if start >= 0 {
			out = append(out, word{x0: float64(start), x1: float64(end), y: y, size: layoutCharSize, text: b.String()})
			b.Reset()
			start = -1
		}
	}
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(r) || r == 0xa0 {
			flush(col)
		} else {
			if start < 0 {
				start = col
			}
			b.WriteRune(r)
		}
		if !unicode.Is(unicode.Mn, r) {
			col++
		}
	}
	flush(col)
	return out
}

// looksColumnAligned reports whether text is column-aligned rather than in
// cell-block order: many of its lines hold runs of spaces between words, as
// columns set side by side leave.
func looksColumnAligned(data []byte) bool {
	if !hasInnerGap(data) {
		return false // most cell-block text: no line to look at
	}
	lines, aligned := 0, 0
	text, run, gap := false, 0, false // this line: a word seen; spaces since it; a wide gap inside
	endLine := func() {
		if text {
			lines++
			if gap {
				aligned++
			}
		}
		text, run, gap = false, 0, false
	}
	for _, b := range data {
		switch b {
		case '\n':
			endLine()
		case ' ':
			run++
		case '\t', '\r', '\v', '\f':
			run = 0 // white space, but not a run of spaces
		default:
			if run >= columnGapSpaces {
				gap = true // a gap inside the line, or an indent: a cell of a column to the right
			}
			text, run = true, 0
		}
	}
	endLine()
	return lines > 0 && float64(aligned) >= columnAlignedShare*float64(lines)
}

// hasInnerGap reports whether any line of data holds columnGapSpaces
// spaces before a word (between two words, or as an indent), jumping from
// one run of spaces to the next.
func hasInnerGap(data []byte) bool {
	gap := bytes.Repeat([]byte{' '}, columnGapSpaces)
	for from := 0; ; {
		i := bytes.Index(data[from:], gap)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(gap)
		for end < len(data) && data[end] == ' ' {
			end++
		}
		if end < len(data) && !isSpaceByte(data[end]) {
			return true // text after the gap: inside a line, or indented
		}
		from = end
	}
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\v' || b == '\f'
}

// A line with columnGapSpaces spaces inside, or indented by as many, is
// set in columns; text with columnAlignedShare of such lines is
// column-aligned. Justified lines of cell-block text have two spaces
// between words, never four, and cell-block lines start at the margin.
const (
	columnGapSpaces    = 4
	columnAlignedShare = 0.2
)
