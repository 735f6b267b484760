package parser

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// Tables drawn without rules are laid out from their text alone: the
// header's words give the columns, the gaps that no body word crosses give
// the boundaries between them, and the numbers in the number column start
// the rows.

// Tolerances of the unruled layout, as shares of the font size.
const (
	phraseGapShare  = glueShare // words closer than this on one header line are one header cell
	maxHeaderSpan   = 12        // lines a header may wrap over (a narrow column broke "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM" inside three words: nine)
	pageNumberGap   = 2.5       // a lone number this many lines away from the table is a page number
	minHeaderHeads  = 2         // head phrases on the header's first line
	columnEdgeSlack = 1.0       // points added outside the outermost words
)

// unruledPage lays out a page without table rules.
func (lo *pdfLayout) unruledPage(pageNum int, words []word, lines []textLine, lineNo func(float64) int) {
	if lo.endsAtAnotherAnnex(pageNum, lines, lineNo) {
		return
	}
	var start, end int
	if lo.cols == nil {
		start, end = findUnruledHeader(lines)
	} else {
		start, end = lo.repeatedUnruledHeader(lines)
	}
	bodyFrom := 0
	if start >= 0 {
		bodyFrom = end
		if lo.cols == nil {
			for _, l := range lines[:start] {
				lo.heading = append(lo.heading, line{text: l.text(), num: lineNo(l.y), page: pageNum})
			}
			xs := columnBoundaries(lines[start:end], lines[end:], lo.noGlue)
			lo.tryHeader(lo.headerCells(lines[start:end], lines[end:], xs, pageNum, lineNo))
			lo.headerPage = pageNum
			if lo.cols == nil {
				return
			}
			if raw := headerKeysOf(plainLines(lines[start:end])); len(raw) > len(lo.headerKeys) {
				lo.headerKeys = raw // a group head's name, in no column (splitGroupHeads), is printed again with the header
			}
		}
	}
	if lo.cols == nil {
		return
	}
	xs := lo.boundariesX()
	if start >= 0 {
		// The header printed again on this page places this page's columns.
		if here := columnBoundaries(lines[start:end], lines[end:], lo.noGlue); len(here) == len(xs) {
			xs = here
		}
	}
	xs = shiftedColumns(xs, lo.shifts.on(pageNum))
	body := dropPageNumbers(lines[bodyFrom:], pageNum)
	if lo.noGlue {
		xs = pageNumberEdge(body, pageEdges(body, xs), lo.numberColumn())
		if lo.pageXs == nil {
			lo.pageXs = map[int][]float64{}
		}
		lo.pageXs[pageNum] = xs
		body = unglueLines(body, xs)
	}
	body = dropColumnNumbers(body)
	if lo.learn != nil {
		lo.learn.add(pageNum, body, xs)
		return
	}
	numCol := lo.numberColumn()
	lo.tailPage = start < 0 && !slices.ContainsFunc(body, func(l textLine) bool { return startsUnruledRow(l, xs, numCol) })
	var cur []textLine
	firstBody := true
	flush := func() {
		if len(cur) == 0 {
			return
		}
		b := lo.cellsBand(cur, xs, pageNum, lineNo)
		if !lo.isFurniture(b) {
			lo.body(b, firstBody, grid{}, 0)
			firstBody = false
		}
		cur = nil
	}
	for _, l := range body {
		if (startsUnruledRow(l, xs, numCol) || opensMergedHeading(l, xs, numCol)) && !endsBrokenNumber(cur, l, xs, numCol) && !endsOrdinal(cur, l) {
			flush()
		}
		cur = append(cur, l)
	}
	lo.pageEnd = true
	flush()
	lo.pageEnd = false
}

// pageEdges widens the table's outer boundaries (xs's first and last) to
// hold every word of a page's body: pdftotext sets each page on its own
// grid of characters, and a page that stands left of the header's page has
// its row numbers left of the table's edge, where no line starts a row.
func pageEdges(body []textLine, xs []float64) []float64 {
	left, right := xs[0], xs[len(xs)-1]
	for _, l := range body {
		if len(l.words) == 0 {
			continue
		}
		left = math.Min(left, l.words[0].x0-columnEdgeSlack)
		right = math.Max(right, l.words[len(l.words)-1].x1+columnEdgeSlack)
	}
	if left == xs[0] && right == xs[len(xs)-1] {
		return xs
	}
	out := append([]float64(nil), xs...)
	out[0], out[len(out)-1] = left, right
	return out
}

// pageNumberEdge moves the boundary after the number column (xs[numCol+1])
// left to where this page's content lines start, when most of them start
// left of it: pdftotext sets each page on its own grid of characters, so a
// page may stand a character or two left of the header's page, and there a
// content line that opens with a number ("10 năm 2021-2030") would read as
// a new row's number. The lines counted are those whose first word, not a
// row number, starts within numberEdgeReach characters of the boundary;
// their commonest start is the content's edge, taken when at least
// minEdgeLines lines start there and the page's row numbers all end before
// it (a section's numeral need only start before it: markerEnd). The
// boundary is set midway between the numbers' ends and the edge.
func pageNumberEdge(body []textLine, xs []float64, numCol int) []float64 {
	if numCol+2 >= len(xs) {
		return xs
	}
	b := xs[numCol+1]
	starts := map[float64]int{}
	for _, l := range body {
		if len(l.words) == 0 {
			continue
		}
		w := l.words[0]
		if w.x0 < xs[numCol] || w.x0 >= b+numberEdgeReach {
			continue
		}
		if _, ok := parseMarker(w.text); !ok {
			starts[w.x0]++
		}
	}
	edge, most := b, 0
	for x, n := range starts {
		if n > most || n == most && x < edge {
			edge, most = x, n
		}
	}
	if most < minEdgeLines || edge >= b {
		return xs
	}
	// Numbers starting at the edge are the content's; the others must end
	// before it.
	numbersEnd := xs[numCol]
	for _, l := range body {
		if len(l.words) == 0 {
			continue
		}
		w := l.words[0]
		if m, ok := parseMarker(w.text); ok && w.x0 < edge {
			numbersEnd = math.Max(numbersEnd, markerEnd(w, m))
		}
	}
	if numbersEnd >= edge {
		return xs
	}
	out := append([]float64(nil), xs...)
	out[numCol+1] = numbersEnd + (edge-numbersEnd)/2
	return out
}

// markerEnd is where a row number w, read as m, must stand left of the
// number column's boundary: a task's number whole (its cells' words
// start after it), a section's numeral by its start only ("I" centred
// under "TT", "II." / "III." of a heading whose title runs across the
// table may reach past the content's edge though the tasks' "1" end
// before it): a line opens a row by the number column its first word
// starts in (startsUnruledRow), and the boundary is set midway between
// the numbers' ends and the edge, so right of every numeral's start.
func markerEnd(w word, m marker) float64 {
	if m.kind.holdsCells() {
		return w.x1
	}
	return w.x0
}

// Bounds of pageNumberEdge, in characters and lines.
const (
	numberEdgeReach = 3.0
	minEdgeLines    = 3
)

// dropColumnNumbers returns lines without the row of column numbers
// (columnNumberLen), whole or broken before a ")".
func dropColumnNumbers(lines []textLine) []textLine {
	texts := textsOf(lines)
	var out []textLine
	for i := 0; i < len(lines); {
		if n := columnNumberLen(texts, i); n > 0 {
			i += n
			continue
		}
		out = append(out, lines[i])
		i++
	}
	return out
}

// textsOf returns the text of each line.
func textsOf(lines []textLine) []string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text()
	}
	return texts
}

// endsBrokenNumber reports whether line l, whose number column holds a
// number, holds the end of the number the band cur opened with instead:
// cur is one line so far, its number ends in a dot, and l has nothing but
// the part after it ("II. Đội ngũ giảng viên" / "1": joinBrokenNumber).
func endsBrokenNumber(cur []textLine, l textLine, xs []float64, numCol int) bool {
	if len(cur) != 1 || len(l.words) != 1 || len(cur[0].words) == 0 {
		return false
	}
	first := cur[0].words[0]
	if columnAt(first.center(), xs) != numCol {
		return false
	}
	_, ok := joinBrokenNumber(first.text, l.words[0].text)
	return ok
}

// endsOrdinal reports whether line l's first word, a numeral, is the
// ordinal the line above waits for: it stands under a run of that line's
// words ending in "thứ" ("Tây Bắc lần thứ" / "XV", "Đông Nam Á lần thứ" /
// "34"), inside the column of that run, where a narrow number column lets
// a row number's test reach. A row's number stands left of the content's
// runs, in its own column. (Cell-block text: endsNumberedText.)
func endsOrdinal(cur []textLine, l textLine) bool {
	if len(cur) == 0 || len(l.words) == 0 {
		return false
	}
	w := l.words[0]
	prev := cur[len(cur)-1].words
	for _, s := range lineSegments(prev) {
		if w.x0 >= s.x0-ordinalDrift && w.x0 < s.x1 {
			return lowerHash(prev[s.to-1].text) == hThu
		}
	}
	return false
}

// ordinalDrift is how far left of the run above it an ordinal on a line of
// its own may start, in characters: pdftotext sets the lines of one cell
// at one start, give or take rounding.
const ordinalDrift = 0.5

// startsUnruledRow reports whether a line opens a row: its word in the
// number column is a row number. A word standing in the number column by
// its centre is; so is the line's first word when it starts inside the
// column, since a centred "I" in a narrow number column can reach past the
// column's boundary (column-aligned text rounds it to a character).
func startsUnruledRow(l textLine, xs []float64, numCol int) bool {
	for i, w := range l.words {
		c := w.center()
		inside := c >= xs[numCol] && c < xs[numCol+1]
		if i == 0 && w.x0 >= xs[numCol] && w.x0 < xs[numCol+1] {
			inside = true
		}
		if inside {
			_, ok := parseNumberCell(w.text)
			return ok
		}
	}
	return false
}

// opensMergedHeading reports whether a line is a section's heading set in
// one cell across the table ("I. CÔNG TÁC LÃNH ĐẠO"), centred or
// otherwise standing right of the number column, where startsUnruledRow
// does not look: its first word a part, roman or dotted roman numeral
// with its full stop, the words after it a capitalised title, all in one
// run of words one space apart. A content line goes on its cell and
// never opens so; a row's cells stand apart by wider gaps.
func opensMergedHeading(l textLine, xs []float64, numCol int) bool {
	if numCol+1 >= len(xs) || !isMergedHeadingRun(l) || l.words[0].x0 < xs[numCol+1] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.words[1].text)
	return unicode.IsUpper(r)
}

// mergedHeadingColumns is where a merged heading's n words go: its
// numeral to the number column, its title to the column after.
func mergedHeadingColumns(n, numCol int) []int {
	cols := make([]int, n)
	cols[0] = numCol
	for i := 1; i < n; i++ {
		cols[i] = numCol + 1
	}
	return cols
}

// columnOf returns the index of the column with the given role, or -1.
func (lo *pdfLayout) columnOf(role string) int {
	for i, c := range lo.cols {
		if c.Key == role {
			return i
		}
	}
	return -1
}

// boundariesX returns the column boundaries learned from the header.
func (lo *pdfLayout) boundariesX() []float64 {
	xs := []float64{lo.colX[0][0]}
	for _, c := range lo.colX {
		xs = append(xs, c[1])
	}
	return xs
}

// headerCells makes the header's band: in column-aligned text, of the
// cells its words were stacked into (a header's lines drift from line to
// line as pdftotext sets them, and no one boundary parts the cells on
// every line); else cut at the boundaries xs.
func (lo *pdfLayout) headerCells(ls, body []textLine, xs []float64, page int, lineNo func(float64) int) band {
	if lo.noGlue {
		if cols := numberedHeader(ls, body); len(cols)+1 == len(xs) {
			return headerBand(cols, xs, page, lineNo)
		}
	}
	return lo.cellsBand(ls, xs, page, lineNo)
}

// cellsBand cuts lines into cells at the boundaries xs.
func (lo *pdfLayout) cellsBand(ls []textLine, xs []float64, page int, lineNo func(float64) int) band {
	b := band{page: page}
	for _, l := range ls {
		b.lines = append(b.lines, line{text: l.text(), num: lineNo(l.y), page: page})
	}
	var assigned [][]int
	merged := lo.cols != nil && opensMergedHeading(ls[0], xs, lo.numberColumn())
	if lo.noGlue && lo.reader != nil && lo.cols != nil && !merged && !isHeadingBand(ls[0], startsUnruledRow(ls[0], xs, lo.numberColumn()), lo.cur) {
		rr := lo.readBand(ls, xs)
		assigned = rr.assigned
		if !slices.Equal(rr.xs, xs) {
			lo.ownBands = append(lo.ownBands, InspectedBand{Page: page, Line: lineNo(ls[0].y), X: rr.xs})
		}
		lo.roleCost += rr.roleCost()
		lo.readingCost += rr.rowCost()
		if lo.widthsFrom != nil {
			lo.widthsFrom.recordRow(rr)
		}
	}
	for k := 0; k+1 < len(xs); k++ {
		c := bandCell{x0: xs[k], x1: xs[k+1], col: -1}
		if lo.cols != nil && len(xs) == len(lo.cols)+1 {
			c.col = k // the page's own boundaries of the table's columns
		}
		for li, l := range ls {
			var in []word
			var cols []int
			if assigned != nil {
				cols = assigned[li]
			} else {
				cols = wordColumns(l.words, xs, !lo.noGlue)
				switch {
				case li == 0 && merged:
					cols = mergedHeadingColumns(len(l.words), lo.numberColumn())
				case li == 0 && lo.cols != nil && startsUnruledRow(l, xs, lo.numberColumn()):
					cols[0] = lo.numberColumn() // the row's number, wherever its centre fell
				}
			}
			for i, w := range l.words {
				if cols[i] == k {
					in = append(in, w)
				}
			}
			if len(in) > 0 {
				tl := textLine{words: in, y: l.y}
				c.lines = append(c.lines, line{text: tl.text(), num: lineNo(l.y), page: page})
			}
		}
		b.cells = append(b.cells, c)
	}
	return b
}

// carriedEnds returns, per column of n, the last line of the current
// row's cell so far (nil where it has none), for a band that may go on
// it (rowReader.carried); nil when there is no row or the band's columns
// are not the table's.
func (lo *pdfLayout) carriedEnds(n int) []*piece {
	r := lo.cur
	if r == nil || r.given == nil || n != len(lo.cols) {
		return nil
	}
	out := make([]*piece, n)
	for c := range out {
		if c < len(r.given) && len(r.given[c]) > 0 {
			out[c] = &r.given[c][len(r.given[c])-1]
		}
	}
	return out
}

// readBand reads a band of column-aligned text's lines into columns at
// the page's boundaries xs, or, when the layout reads by band, at the
// band's own (bandBoundaries) if that reading is bandGain cheaper.
func (lo *pdfLayout) readBand(ls []textLine, xs []float64) *rowReader {
	numCol := lo.numberColumn()
	_, marked := parseNumberCell(ls[0].words[0].text)
	kept := perState
	if lo.final {
		kept = finalPerState
	}
	read := func(xs []float64) *rowReader {
		rr := &rowReader{xs: xs, sp: lo.reader, numCol: numCol, lines: ls, trial: lo.trial, cache: lo.pieces, openings: lo.openings, missedCols: lo.missed,
			marker: marked && startsUnruledRow(ls[0], xs, numCol), kept: kept, final: lo.final, ended: !lo.pageEnd}
		if !rr.marker {
			rr.carried = lo.carriedEnds(len(xs) - 1)
		}
		rr.assigned = rr.readRow()
		return rr
	}
	rr := lo.prior.bandRead(ls, xs, kept)
	if rr == nil {
		rr = read(xs)
	}
	if !lo.trial {
		if lo.bandReads == nil {
			lo.bandReads = map[float64]*rowReader{}
		}
		lo.bandReads[ls[0].y] = rr
	}
	if !lo.byBand {
		return rr
	}
	var best *rowReader
	alts := bandBoundaries(ls, xs)
	if !marked && lo.tailPage {
		alts = append(alts, runOrderBoundaries(ls[0], xs, numCol)...)
	}
	for _, alt := range alts {
		if r := read(alt); best == nil || r.bandCost() < best.bandCost() {
			best = r
		}
	}
	if best != nil && best.bandCost() < rr.bandCost()-bandGain {
		return best
	}
	return rr
}

// bandRead returns the reading of the band of lines ls at boundaries xs
// that lo made (lo nil: none).
func (lo *pdfLayout) bandRead(ls []textLine, xs []float64, kept int) *rowReader {
	if lo == nil {
		return nil
	}
	if rr := lo.bandReads[ls[0].y]; rr != nil && rr.keptPerState() == kept && sameLines(rr.lines, ls) && slices.Equal(rr.xs, xs) {
		return rr
	}
	return nil
}

// sameLines reports whether two bands hold the same lines, word for word
// (a line cut by a form feed puts two pages' texts on one line number).
func sameLines(a, b []textLine) bool {
	return slices.EqualFunc(a, b, func(l, m textLine) bool {
		return l.y == m.y && slices.Equal(l.words, m.words)
	})
}

// repeatedUnruledHeader finds the table header printed again at the top of
// a later page: lines whose header words are exactly the first page's.
// The words are compared as a multiset: read line by line across the
// page, they come in another order than cell by cell.
func (lo *pdfLayout) repeatedUnruledHeader(lines []textLine) (start, end int) {
	want := map[string]int{}
	for _, k := range lo.headerKeys {
		want[k]++
	}
	for i := 0; i < len(lines) && i < maxHeadingLines; i++ {
		left := maps.Clone(want)
		remaining := len(lo.headerKeys)
		for j := i; j < len(lines) && j-i < maxHeaderSpan; j++ {
			ok := true
			for _, k := range headerKeysOf([]line{{text: lines[j].text()}}) {
				if left[k] == 0 {
					ok = false
					break
				}
				left[k]--
				remaining--
			}
			if !ok {
				break
			}
			if remaining == 0 {
				return i, j + 1
			}
		}
	}
	return -1, -1
}

// glueShare: words closer than this share of the font size are in one
// cell even across a column boundary (a title or task merged across the
// table); columns are set further apart than that.
const glueShare = 0.6

// wordColumns assigns each word of a line to a column: by its centre, but a
// word glued to the one before it by ordinary word spacing stays in that
// word's column.
func wordColumns(ws []word, xs []float64, glue bool) []int {
	out := make([]int, len(ws))
	for i, w := range ws {
		out[i] = columnAt(w.center(), xs)
		if glue && i > 0 && w.x0-ws[i-1].x1 < glueShare*w.size && out[i] > out[i-1] {
			out[i] = out[i-1]
		}
	}
	return out
}

func columnAt(x float64, xs []float64) int {
	for k := 0; k+1 < len(xs); k++ {
		if x < xs[k+1] {
			return k
		}
	}
	return len(xs) - 2
}

// findUnruledHeader returns the lines [start, end) of the table header: it
// starts at the first line naming at least minHeaderHeads columns, or
// opening with a number column ("STT"), and ends before the first row
// number or column-number row.
func findUnruledHeader(lines []textLine) (start, end int) {
	start = -1
	for i, l := range lines {
		toks := tokenizeHeader([]line{{text: l.text()}})
		heads, first := 0, ""
		for j := 0; j < len(toks); j++ {
			if p, ok := matchHead(toks, j); ok {
				if heads == 0 && j == 0 {
					first = p.role
				}
				heads++
				j += len(p.words) - 1
			}
		}
		if heads >= minHeaderHeads && standsApart(l) || first == model.RoleNumber {
			start = i
			break
		}
	}
	if start < 0 {
		return -1, -1
	}
	for start > 0 && headerLineAbove(lines[start-1], lines[start:]) {
		start--
	}
	end = start + 1
	for end < len(lines) && end-start < maxHeaderSpan {
		t := lines[end].text()
		if opensTable(firstWord(t)) || columnNumberLen(textsOf(lines[end:min(end+columnNumberLookahead, len(lines))]), 0) > 0 {
			break
		}
		end++
	}
	return start, end
}

// headerLineAbove reports whether the line above a header's first line
// found (first[0]) is the header's too: a narrow column stacks a long head
// word by word ("Số" / "TT", "Cơ" / "quan" / "chủ trì"), so the header's
// top line may hold no whole head, only their openings. The line stands
// apart in runs as a header line does, no farther above than the header's
// next line stands below it, and its words read wholly as openings of at
// least minHeaderHeads column heads (headOpenings) — a title line is one
// run, and a heading's words ("DANH MỤC", "CỘNG HÒA") open no head.
func headerLineAbove(l textLine, first []textLine) bool {
	if len(first) < 2 || !standsApart(l) || first[0].y-l.y > first[1].y-first[0].y {
		return false
	}
	return headOpenings(tokenizeHeader([]line{{text: l.text()}})) >= minHeaderHeads
}

// headOpenings reads toks left to right as runs that each open or make a
// head phrase of the vocabulary, each run as long as it can be ("Số" |
// "Nội dung nhiệm" | "Cơ" | "Cơ quan" | "Thời"), and returns how many runs
// there are; 0 when a word opens no head.
func headOpenings(toks []headerToken) int {
	runs := 0
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && isHeadPrefix(toks[i:j+1]) {
			j++
		}
		if j == i {
			return 0
		}
		runs, i = runs+1, j
	}
	return runs
}

// standsApart reports whether a line's words stand in two or more runs
// apart, as a header's first line does, its cells' heads side by side:
// a title line is one run of words, and one that names heads ("… CÁC
// NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA …") opens no table.
func standsApart(l textLine) bool {
	return len(lineSegments(l.words)) >= 2
}

// span is a stretch of a line, x0 to x1; a header phrase's also holds its
// words' header keys.
type span struct {
	x0, x1 float64
	keys   []string
	size   float64 // the font size of its words
	words  []word  // its words, line by line
	pushed bool    // it began in a run of words one space apart: pushed left of where it stands
}

// stackHeader groups a header's words into its cells, left to right:
// words close on a line make a phrase (phrases), and each line's phrases
// go on the cells of the lines above they stand under (stackedOn). Where
// a phrase does not read as the rest of that cell's head, the lower lines
// of neighbouring heads have run on ("phối hợp hoàn thành dự kiến"): word
// by word, each goes on the cell whose head it goes on (headCellOf), or
// with the word before it.
func stackHeader(header []textLine) []span {
	var cols []span
	add := func(i int, ph span) int {
		if i < 0 {
			cols = append(cols, ph)
			return len(cols) - 1
		}
		cols[i] = joinSpans(cols[i], ph)
		return i
	}
	for _, l := range header {
		l.words = unglueWords(l.words)
		prevCell := -1 // the cell the line's phrase before went on
		for _, ph := range splitAfterSecondNames(cols, splitAtHeadEdges(cols, phrases(l))) {
			if i := pushedOpening(cols, ph); i >= 0 {
				prevCell = add(i, ph)
				continue
			}
			if i := secondNameOf(cols, ph); i >= 0 {
				prevCell = add(i, ph)
				continue
			}
			if i := unknownHeadOver(cols, ph); i >= 0 {
				prevCell = add(i, ph)
				continue
			}
			if i := unknownHeadBeside(cols, ph); i >= 0 {
				prevCell = add(i, ph)
				continue
			}
			if i := qualifiedCellOf(cols, ph); i >= 0 {
				prevCell = add(i, ph)
				continue
			}
			if i := stackedOn(cols, ph); i >= 0 && headFit(cols[i], ph) == fitsHead && !tailFitsBelow(cols, i, ph) || i < 0 && !anyAbove(cols, ph) {
				prevCell = add(i, ph)
				continue
			}
			if opensHeadBeside(cols, ph) {
				prevCell = add(-1, ph)
				continue
			}
			last := -1
			for k, w := range ph.words {
				ws := wordSpan(w)
				if j := brokenHeadOf(cols, w); j >= 0 {
					cols[j], last = mendedLastWord(cols[j], w), j
					continue
				}
				i, open := headCellOf(cols, ws, k > 0), pushedOpening(cols, ws)
				before := last // the cell of the word before, in the phrase or the run it goes on
				if k == 0 && ph.pushed {
					before = prevCell
				}
				below := stackedOn(cols, ws)
				switch {
				case last >= 0 && headFit(cols[last], ws) == fitsHead && !fitsBelowToo(cols, below, last, ws):
				case k > 0 && last >= 0 && bondedHeadWords(ph.words[k-1].text, w.text) && !givesOpenHead(cols, last, open) && !fitsBelowToo(cols, below, last, ws):
				case open >= 0 && !fitsBelowToo(cols, below, open, ws):
					last = open
				case i >= 0 && headFit(cols[i], ws) == fitsHead:
					last = i
				case before >= 0 && nextOpening(cols, before, ws) >= 0:
					last = nextOpening(cols, before, ws)
				case k > 0 && runsOnUnknownHead(cols, last, ws):
				case i >= 0:
					last = i
				case below < 0 && qualifiedHeadOf(cols, ws) >= 0:
					last = qualifiedHeadOf(cols, ws)
				default:
					if j := stackedOn(cols, ws); j >= 0 && (last < 0 || betterCell(cols[j], cols[last], ws)) {
						last = j
					}
				}
				last = add(last, ws)
			}
			prevCell = last
		}
	}
	sortSpans(cols)
	return splitGroupHeads(cols)
}

// qualifiedHeadOf returns the head cell that word ws, opening a
// parenthesis on a lower line of the header (qualifiesHead) and standing
// under no cell, qualifies: the cell of the lines above that starts
// nearest left of it; or -1. A header cell never opens with a
// parenthesis, which gives the head before it a unit or a condition
// ("Kinh phí" / "(triệu" / "đồng)", "(nếu có)"); pdftotext sets a head's
// first line left of its lower lines when the heads beside it run on one
// space apart, and the parenthesis, touching no cell (stackedOn) and
// under nothing, opened a column "(triệu đồng)" of its own.
func qualifiedHeadOf(cols []span, ws span) int {
	if !qualifiesHead(ws) {
		return -1
	}
	best := -1
	for i, c := range cols {
		if above(c, ws) && c.x0 < ws.x0 && (best < 0 || c.x0 > cols[best].x0) {
			best = i
		}
	}
	return best
}

// qualifiedCellOf returns the cell that ph, opening with words in
// brackets (qualifiesHead), qualifies when it stands under two cells of
// the lines above, one of whose heads is unfinished: the other one, or
// -1. A head the vocabulary knows only with more words ("Đơn vị tổ",
// its "chức" to come) takes no qualifier in the middle; pdftotext
// squeezes a header line whose heads run on one space apart, and
// "(người)" of "Số lượng" then stood under both "Số lượng" and "Đơn vị
// tổ", more under the latter, which it joined: "chức" opened a column of
// its own.
func qualifiedCellOf(cols []span, ph span) int {
	if !qualifiesHead(ph) {
		return -1
	}
	var under []int
	for i, c := range cols {
		if overlapAbove(c, ph) > 0 {
			under = append(under, i)
		}
	}
	if len(under) != 2 {
		return -1
	}
	a, b := under[0], under[1]
	switch {
	case unfinishedHead(cols[a]) && !unfinishedHead(cols[b]):
		return b
	case unfinishedHead(cols[b]) && !unfinishedHead(cols[a]):
		return a
	}
	return -1
}

// unfinishedHead reports whether c's words open a head phrase of the
// vocabulary and make none whole ("Đơn vị tổ", "Thời gian hoàn").
func unfinishedHead(c span) bool {
	return isHeadPrefix(keyTokens(c.keys)) && !isWholeHead(c)
}

// isWholeHead reports whether c's words make a head phrase of the
// vocabulary, all of them.
func isWholeHead(c span) bool {
	toks := keyTokens(c.keys)
	p, ok := matchHead(toks, 0)
	return ok && len(p.words) == len(toks)
}

// brokenHeadOf returns the cell among cols whose last word, on a line
// above w's, w ends: neither a header word, together one (splitsHeadKey,
// "Nguồ" / "n"); or -1. A column narrower than a bold head word wraps it
// inside the word, and pdftotext sets the tail by what stands left of it
// on its line ("phí dự n kinh": "n" one space after the next column's
// "dự", as far from "Nguồ" as from it).
func brokenHeadOf(cols []span, w word) int {
	for j, c := range cols {
		end := c.words[len(c.words)-1]
		ka, kb := headerKeys(end.text), headerKeys(w.text)
		if end.y < w.y && len(ka) == 1 && len(kb) == 1 && splitsHeadKey(ka[0], kb[0]) {
			return j
		}
	}
	return -1
}

// mendedLastWord returns cell c with its last word w's head mended: w's
// text joined on without a space.
func mendedLastWord(c span, w word) span {
	words := slices.Clone(c.words)
	end := &words[len(words)-1]
	end.text += w.text
	end.x1 = math.Max(end.x1, w.x1)
	out := spanOfWords(words)
	out.pushed, out.size = c.pushed, c.size
	return out
}

// runsOnUnknownHead reports whether word ws, opening no head, goes on
// cell last, the cell of the word before it in its run, whose head the
// vocabulary does not know: no head tells where such a head's words end,
// and a run of words one space apart is one cell's until a head opens
// ("tỉnh phụ" of "Lãnh đạo UBND tỉnh phụ trách", "phụ" standing under
// the next column's "Cơ quan").
func runsOnUnknownHead(cols []span, last int, ws span) bool {
	if last < 0 || isHeadPrefix(keyTokens(ws.keys)) {
		return false
	}
	_, known := matchHead(keyTokens(cols[last].keys), 0)
	return !known && !isHeadPrefix(keyTokens(cols[last].keys))
}

// tailFitsBelow reports whether the words of phrase ph from one after its
// first on, which with the rest go on the head of cell i, stand under
// another cell whose head they go on (fitsBelowToo, for the phrase's
// tail): then ph is read word by word.
func tailFitsBelow(cols []span, i int, ph span) bool {
	for k := 1; k < len(ph.words); k++ {
		if fitsBelowToo(cols, stackedOn(cols, wordSpan(ph.words[k])), i, spanOfWords(ph.words[k:])) {
			return true
		}
	}
	return false
}

// fitsBelowToo reports whether word ws, which goes on the head of cell
// last, the cell of the word before it in its run, goes on the whole head
// of cell i it stands under as well: then where it stands tells. A lower
// line run together may carry a head's words on into the next column's
// ("phối hợp thực hiện" under "Cơ quan" and "Thời gian"): "thực hiện"
// ends "Cơ quan phối hợp thực hiện" and "Thời gian thực hiện" alike. A
// head that wants more words ("Đơn vị") does not tell: a run of narrow
// heads stands left of its columns, and the words under the second
// "Đơn vị" are the first's (pushedOpening).
func fitsBelowToo(cols []span, i, last int, ws span) bool {
	return i >= 0 && i != last && !wantsMore(cols[i]) && headFit(cols[i], ws) == fitsHead
}

// unknownHeadBeside returns the cell of the lines above that phrase ph,
// standing under no cell, goes on from beside it, or -1: the cell ends at
// most besideGap characters left of ph, holds no word on ph's line
// (tookLineOf), and neither its words nor ph's make a head of the
// vocabulary ("Tiêu chí" over "đánh" / "giá", the narrow head's centred
// lower lines set right of its first by pdftotext's character columns).
// Such words open no column; a whole head beside them ("Thời gian") is
// complete, and a head's words under no cell ("Ghi chú" set in the
// middle of a tall header) open one.
func unknownHeadBeside(cols []span, ph span) int {
	if stackedOn(cols, ph) >= 0 || isHeadPrefix(keyTokens(ph.keys)) {
		return -1
	}
	best := -1
	for i, c := range cols {
		if gap := ph.x0 - c.x1; gap < 0 || gap > besideGap || !above(c, ph) || tookLineOf(c, ph) {
			continue
		}
		if _, whole := wholeHead(c.keys); whole {
			continue
		}
		if best < 0 || c.x1 > cols[best].x1 {
			best = i
		}
	}
	return best
}

// opensHeadBeside reports whether phrase ph, on a line below the first,
// opens a head of the vocabulary of its own beside the cell above it: its
// words open a head, they do not go on that cell's (headFit), which is
// not whole yet, and it starts right of the cell's start and stands
// mostly out from under it (less than ownHeadOverlap of its width under
// it). pdftotext sets a narrow column's head a line lower when the head
// beside it is shorter ("Khoa/phòng" over "chủ trì", "Người phụ" over
// "trách" a line down and two characters under "Khoa/phòng"), and the
// phrase went on the cell it touched: "Khoa/phòng Người phụ chủ trì
// trách", one column for two.
func opensHeadBeside(cols []span, ph span) bool {
	i := headCellOver(cols, ph)
	if i < 0 || ph.x0 <= cols[i].x0 || !isHeadPrefix(keyTokens(ph.keys)) || headFit(cols[i], ph) != fitsNot {
		return false
	}
	if _, whole := wholeHead(cols[i].keys); whole {
		return false // a group's head over its parts ("Đơn vị thực hiện" over "Chủ trì", "Phối hợp"), or a whole head whose lower line is its own
	}
	return overlapAbove(cols[i], ph) < ownHeadOverlap*(ph.x1-ph.x0)
}

// ownHeadOverlap is the share of a phrase's width that may stand under
// the cell beside which it opens a head of its own (opensHeadBeside): a
// centred lower line of that cell's own head stands mostly under it.
const ownHeadOverlap = 0.5

// besideGap is how far, in characters, right of a cell's end the lower
// lines of its head may start (unknownHeadBeside): column-aligned text
// parts two columns' heads by two spaces or more, and a centred lower
// line set beside its first line stands as close.
const besideGap = 3.0

// unknownHeadOver returns the cell of the lines above that phrase ph
// stands under when it stands under that cell alone and the cell's words
// open no head of the vocabulary ("Lãnh đạo UBND" over "tỉnh phụ
// trách"), or -1: nothing but where it stands tells where such a head's
// lower line goes, and a line of heads run on together reaches under two
// cells at least (a character's overlap, stackTouchShare, is pdftotext
// setting a centred line a column off: "tỉnh phụ" under "Lãnh" and one
// character under the "Cơ quan" beside it). By their words, "tỉnh phụ"
// would read as words after the whole head "Cơ quan chủ trì" and "phụ
// trách" go on it ("Cơ quan phụ trách").
func unknownHeadOver(cols []span, ph span) int {
	best := headCellOver(cols, ph)
	if best < 0 || isHeadPrefix(keyTokens(cols[best].keys)) {
		return -1
	}
	for j, c := range cols {
		if j != best && overlapAbove(c, ph) > stackTouchShare*ph.size {
			return -1 // under two cells
		}
	}
	return best
}

// overlapAbove is how much of phrase ph's x-range head cell c, from the
// lines above ph, stands over: 0 when it is not above ph, negative when
// it stands beside it.
func overlapAbove(c, ph span) float64 {
	if !above(c, ph) {
		return 0
	}
	return math.Min(ph.x1, c.x1) - math.Max(ph.x0, c.x0)
}

// headCellOver returns the index of the head cell of cols, from the
// lines above ph, that stands over the most of ph's x-range (the first
// of several alike), or -1 when none stands over any of it.
func headCellOver(cols []span, ph span) int {
	best, most := -1, 0.0
	for j, c := range cols {
		if over := overlapAbove(c, ph); over > most {
			best, most = j, over
		}
	}
	return best
}

// splitAtHeadEdges parts each phrase of phs before every word after its
// first that starts where a head cell of the lines above starts (within
// runStartAlign): pdftotext ran two heads' lower lines together one space
// apart ("quan, thực hiện", "thực" right under "Thời gian" of the next
// head), and the word at another head's left edge is that head's when the
// rest of the phrase goes on that head ("Thời gian thực hiện"), though the
// phrase would read as one head ("Cơ quan thực hiện"). A word merely in
// line with another head's start ("phối hợp hoàn thành", "hợp" under
// "Thời gian") stays.
func splitAtHeadEdges(cols []span, phs []span) []span {
	var out []span
	for _, ph := range phs {
		from := 0
		for k := 1; k < len(ph.words); k++ {
			if i := headCellStartingAt(cols, ph.words[k]); i >= 0 && headFit(cols[i], subSpan(ph, k, len(ph.words))) == fitsHead || partsUnderTwoHeads(cols, ph, from, k) {
				out = append(out, subSpan(ph, from, k))
				from = k
			}
		}
		out = append(out, subSpan(ph, from, len(ph.words)))
	}
	return out
}

// partsUnderTwoHeads reports whether phrase ph, from its word from on,
// parts before word k into two heads' lower lines that pdftotext ran
// together one space apart: the words before k stand under one head
// cell of the lines above and go on it, word k and the rest under
// another and go on that ("đơn vị phối hợp", "đơn vị" under "Cơ quan,"
// and "phối hợp" under the "Cơ quan, đơn vị" beside it). Read whole, the
// phrase went on the first head as a head of its own ("Cơ quan, đơn vị
// phối hợp"), and the second lost its end.
func partsUnderTwoHeads(cols []span, ph span, from, k int) bool {
	left, right := headCellOver(cols, wordSpan(ph.words[k-1])), headCellOver(cols, wordSpan(ph.words[k]))
	if left < 0 || right < 0 || left == right {
		return false
	}
	return headFit(cols[left], subSpan(ph, from, k)) == fitsHead && headFit(cols[right], subSpan(ph, k, len(ph.words))) == fitsHead
}

// headCellStartingAt returns the index of the head cell of cols, from the
// lines above w, that starts where w does, or -1.
func headCellStartingAt(cols []span, w word) int {
	for i, c := range cols {
		if math.Abs(c.x0-w.x0) < runStartAlign && c.words[0].y < w.y {
			return i
		}
	}
	return -1
}

// subSpan is the part of phrase ph made of its words [from, to); a part
// after the first runs on from the word before it (pushed).
func subSpan(ph span, from, to int) span {
	if from == 0 && to == len(ph.words) {
		return ph
	}
	out := wordSpan(ph.words[from])
	out.pushed = from > 0 || ph.pushed
	for _, w := range ph.words[from+1 : to] {
		out.x1 = w.x1
		out.keys = append(out.keys, headerKeys(w.text)...)
		out.words = append(out.words, w)
	}
	return out
}

// bondedHeadWords reports whether header words a and b, one after the
// other in a phrase, stand side by side in some head of the vocabulary
// ("thực hiện", "hoàn thành", "dự kiến"): then b goes on a's cell. A
// lower line's "thực hiện" under "Cơ quan phối hợp" is that head's end,
// not "thực" there and "hiện" on a head further right that wants it
// ("Lộ trình thực").
func bondedHeadWords(a, b string) bool {
	ka, kb := headerKeys(a), headerKeys(b)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	return headWordPairs[ka[len(ka)-1]+" "+kb[0]]
}

// givesOpenHead reports whether a word bonded to the words before it on
// cell last (bondedHeadWords) goes instead on open, another cell's head
// that wants it (pushedOpening), because last's head is whole already:
// pdftotext ran two heads' lower lines together one space apart ("dự
// kiến kinh phí", the first two words "Kinh phí dự kiến"'s end, the last
// two "Nguồn kinh phí"'s), and "kiến kinh" side by side in the
// vocabulary's "Dự kiến kinh phí" does not make them one head.
func givesOpenHead(cols []span, last, open int) bool {
	if open < 0 || open == last {
		return false
	}
	_, whole := wholeHead(cols[last].keys)
	return whole
}

// headWordPairs holds every two words side by side in a head of the
// vocabulary.
var headWordPairs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range headVocabulary {
		for i := 1; i < len(p.words); i++ {
			m[p.words[i-1]+" "+p.words[i]] = true
		}
	}
	return m
}()

// plainLines returns ls as lines of text.
func plainLines(ls []textLine) []line {
	out := make([]line, len(ls))
	for i, l := range ls {
		out[i] = line{text: l.text()}
	}
	return out
}

// splitGroupHeads splits each header cell that heads a group of columns:
// a head over two rows, its upper line a group's name spanning the cells
// below ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"). A lower line
// of the cell set as two or more phrases apart, each opening a head
// (groupParts), makes a column each; the group's name goes on none, and
// the lines under each phrase go on it.
func splitGroupHeads(cols []span) []span {
	var out []span
	for _, c := range cols {
		parts := groupParts(c)
		if parts == nil {
			out = append(out, c)
			continue
		}
		for _, p := range parts {
			p.pushed = c.pushed
			out = append(out, p)
		}
	}
	return out
}

// groupParts returns the cells a group head's cell c splits into, or nil.
// c's words, all of them, make no head (isHeadPrefix), and one of its
// lower lines either parts into two or more phrases (a gap of
// phraseGapShare of the font size) that each open a head, not all of one
// role, or is one whole head of a role other than the whole head its top
// line makes (the group's other cells standing apart already: "Đơn vị
// thực hiện" over "Phối hợp", beside "Chủ trì"). Each word after that line
// goes on the phrase it stands under.
func groupParts(c span) []span {
	if isHeadPrefix(keyTokens(c.keys)) {
		return nil
	}
	top := c.words[0].y
	for i := 0; i < len(c.words); {
		j := i + 1
		for j < len(c.words) && c.words[j].y == c.words[i].y {
			j++
		}
		if c.words[i].y == top {
			i = j
			continue
		}
		if parts := phrasesOpeningHeads(c.words[i:j]); parts != nil {
			for _, w := range c.words[j:] {
				k := nearestSpan(parts, wordSpan(w))
				parts[k] = joinSpans(parts[k], wordSpan(w))
			}
			return parts
		}
		if i == firstBelow(c) {
			if part := wholeHeadBelow(c, i); part != nil {
				return part
			}
		}
		i = j
	}
	return nil
}

// firstBelow returns the index of c's first word below its top line.
func firstBelow(c span) int {
	for i, w := range c.words {
		if w.y != c.words[0].y {
			return i
		}
	}
	return len(c.words)
}

// wholeHeadBelow returns c's words from i on, its lower lines, as one
// cell when they make a whole head of one role and c's words above them a
// whole head of another; else nil.
func wholeHeadBelow(c span, i int) []span {
	var above, below []string
	for _, w := range c.words[:i] {
		above = append(above, headerKeys(w.text)...)
	}
	part := spanOfWords(c.words[i:])
	below = part.keys
	a, okA := matchHead(keyTokens(above), 0)
	b, okB := matchHead(keyTokens(below), 0)
	if !okA || !okB || len(a.words) != len(above) || len(b.words) != len(below) || a.role == b.role {
		return nil
	}
	return []span{part}
}

// phrasesOpeningHeads parts a header line's words into phrases apart and
// returns them when there are two or more and each opens a head phrase of
// its own role (isHeadPrefix; "Chủ trì", "Phối" of "Phối hợp"), the roles
// not all one; else nil.
func phrasesOpeningHeads(ws []word) []span {
	var parts []span
	for k, w := range ws {
		if n := len(parts); n > 0 && w.x0-parts[n-1].x1 < phraseGapShare*w.size {
			parts[n-1].x1 = w.x1
			parts[n-1].keys = append(parts[n-1].keys, headerKeys(w.text)...)
			parts[n-1].words = append(parts[n-1].words, ws[k])
			continue
		}
		parts = append(parts, wordSpan(w))
	}
	if len(parts) < 2 {
		return nil
	}
	roles := map[string]bool{}
	for _, p := range parts {
		role := headRoleOpened(keyTokens(p.keys))
		if role == "" {
			return nil
		}
		roles[role] = true
	}
	if len(roles) < 2 {
		return nil
	}
	return parts
}

// headRoleOpened returns the role of the first head phrase of the
// vocabulary that toks open or make, or "".
func headRoleOpened(toks []headerToken) string {
	for _, p := range headVocabulary {
		if len(p.words) < len(toks) {
			continue
		}
		ok := true
		for i, t := range toks {
			if p.words[i] != t.key {
				ok = false
				break
			}
		}
		if ok {
			return p.role
		}
	}
	return ""
}

// nearestSpan returns the index of the span among parts that w overlaps
// most, or the nearest one.
func nearestSpan(parts []span, w span) int {
	best, score := 0, math.Inf(-1)
	for k, p := range parts {
		if v := math.Min(w.x1, p.x1) - math.Max(w.x0, p.x0); v > score {
			best, score = k, v
		}
	}
	return best
}

// nextOpening returns, for word ws of a lower header line's run that does
// not go on cell last (the cell of the run's word before it), the nearest
// cell right of last, from the lines above, that opens a head without
// making one (wantsMore) and whose head ws goes on; or -1. pdftotext may
// set a bold lower line as one run of words one space apart, each head
// further left of its column the more heads before it ("ĐỨNG ĐẦU CHỦ TRÌ
// PHỐI HỢP" under "NGƯỜI", "ĐƠN VỊ", "ĐƠN VỊ"): the run keeps the heads'
// order, so each head it holds goes on the next open one.
func nextOpening(cols []span, last int, ws span) int {
	best := -1
	from := cols[last].words[0].x0
	for j, c := range cols {
		x := c.words[0].x0
		if x <= from || !above(c, ws) || !wantsMore(c) || headFit(c, ws) != fitsHead {
			continue
		}
		if best < 0 || x < cols[best].words[0].x0 {
			best = j
		}
	}
	return best
}

// pushedOpening returns the leftmost cell among cols, from the lines
// above, that began in a run of words one space apart (pushed), opens a
// head without making one (wantsMore), stands left of phrase ph and whose
// head ph goes on; or -1. A row of narrow heads set as one run ("ĐƠN VỊ
// ĐƠN VỊ SẢN") stands left of its columns, each head the further the
// more heads before it, while the lines under it stand where they are:
// their phrases go on the run's open heads in order ("CHỦ TRÌ" on the
// first "ĐƠN VỊ", though it stands under the second; "PHỐI" on the
// second), not on the head each stands under.
func pushedOpening(cols []span, ph span) int {
	for i, c := range cols {
		if c.pushed && above(c, ph) && c.x0 <= ph.x0 && wantsMore(c) && !tookLineOf(c, ph) && headFit(c, ph) == fitsHead && !tailFitsBelow(cols, i, ph) {
			return i
		}
	}
	return -1
}

// tookLineOf reports whether cell c already holds a word of ph's line: a
// head's words on one line stand together, so a phrase set apart from them
// on that line is another cell's, though it reads on from c's ("ĐƠN" /
// "VỊ" then "PHỐI" further right on the same line, under the next "ĐƠN VỊ"
// of the run above).
func tookLineOf(c, ph span) bool {
	return c.words[len(c.words)-1].y == ph.words[0].y
}

// anyAbove reports whether a cell among cols began on a line above ph.
func anyAbove(cols []span, ph span) bool {
	for _, c := range cols {
		if above(c, ph) {
			return true
		}
	}
	return false
}

// betterCell reports whether word ws goes on cell c rather than on prev,
// the cell of the word before it: it fits c's head better, or as well
// and stands outside prev.
func betterCell(c, prev, ws span) bool {
	fc, fp := headFit(c, ws), headFit(prev, ws)
	return fc > fp || fc == fp && (ws.x1 <= prev.x0 || ws.x0 >= prev.x1)
}

// headCellOf returns the cell of the lines above (among cols) whose head
// ph goes on, or -1: one it stands under and goes on (the best fitting);
// else one beside it, no further than stackNearShare of the font size,
// whose head's next words it is, the nearest of several (two heads' lower
// lines run together: "dự kiến" touching "Kinh phí" goes on it, not on
// "Thời gian" a head before, whose "Thời gian dự kiến …" it would open
// too). A phrase run on after the word before it (pushed) may stand
// further left of its cell, by stackPushedShare.
func headCellOf(cols []span, ph span, pushed bool) int {
	best, bestFit, most := -1, fitsNot, 0.0
	for i, c := range cols {
		over := math.Min(ph.x1, c.x1) - math.Max(ph.x0, c.x0)
		if over <= 0 || !above(c, ph) {
			continue
		}
		if fit := headFit(c, ph); fit > bestFit || fit == bestFit && fit > fitsNot && over > most {
			best, bestFit, most = i, fit, over
		}
	}
	if best >= 0 && bestFit == fitsHead {
		return best
	}
	nearest, nearestGap := -1, math.Inf(1)
	for i, c := range cols {
		near := stackNearShare * ph.size
		if pushed && c.x0 >= ph.x1 || c.pushed && ph.x0 >= c.x1 {
			near = stackPushedShare * ph.size // one of them stands left of where it is
		}
		gap := math.Max(ph.x0-c.x1, c.x0-ph.x1)
		if above(c, ph) && gap >= 0 && gap <= near && !tookLineOf(c, ph) && headFit(c, ph) == fitsHead {
			if (best < 0 || wantsMore(c) || pushedOnto(c, ph, pushed, bestFit)) && gap < nearestGap {
				nearest, nearestGap = i, gap
			}
		}
	}
	if nearest >= 0 {
		return nearest
	}
	return best
}

// pushedOnto reports whether ph, run on after the word before it
// (pushed), goes on cell c beside it rather than on the cell it stands
// under, whose whole head it only follows (fitsAfter): pdftotext sets a
// run-on word left of where it stands, under the cell before its own
// ("quan phối hợp đầu ra", "đầu" under "Cơ quan phối hợp", beside "Kết
// quả" whose head it goes on: "Kết quả đầu ra").
func pushedOnto(c, ph span, pushed bool, under int) bool {
	return pushed && under == fitsAfter && c.x0 >= ph.x0
}

// wantsMore reports whether a header cell's words open a head without
// making one ("ĐƠN VỊ PHỐI", "SẢN"): the rest of its head is on the lines
// below, so a word that goes on it is its, before a cell it merely stands
// under whose head is whole ("SẢN PHẨM" above the "HỢP" of "ĐƠN VỊ PHỐI"
// / "HỢP", run into the next column by a narrow centred header).
func wantsMore(c span) bool {
	if alt := afterSlash(c); alt != nil && opensHeadOnly(keyTokens(alt)) {
		return true // "Kết quả/Sản": the alternative after the slash wants "phẩm"
	}
	return opensHeadOnly(keyTokens(c.keys))
}

// opensHeadOnly reports whether toks open a head phrase without making
// one.
func opensHeadOnly(toks []headerToken) bool {
	if p, ok := matchHead(toks, 0); ok && len(p.words) == len(toks) {
		return false
	}
	return isHeadPrefix(toks)
}

// stackNearShare is how far, as a share of the font size, a head's lower
// line may stand beside its upper line: pdftotext sets each line's text
// at its own character columns, a centred line a character or two off.
// stackPushedShare is how far left a word run on after another may stand:
// pdftotext sets it one space after the word before, wherever the PDF has
// it (runOnReach characters of column-aligned text).
const (
	stackNearShare   = 1.2
	stackPushedShare = runOnReach / layoutCharSize
)

// above reports whether cell c began on a line above phrase ph.
func above(c, ph span) bool { return c.words[0].y < ph.words[0].y }

// unglueWords returns ws with each word that runs a number column's head
// into the next column's split in two (splitGluedHead); ws itself when
// none does.
func unglueWords(ws []word) []word {
	var out []word
	for i, w := range ws {
		a, b, ok := splitGluedHead(w)
		if !ok {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(out, ws[:i]...)
		}
		out = append(out, a, b)
	}
	if out == nil {
		return ws
	}
	return out
}

// splitGluedHead splits a word that runs a number column's head into the
// next column's ("STTNỘI": gluedNumberHead) in two, its width shared by
// their letters: a number column narrower than its bold "STT" lets the
// head run over the rule into the next cell, with no space between.
func splitGluedHead(w word) (word, word, bool) {
	if len(w.text) < 3 || !opensNumberHead(w.text[0]) {
		return w, w, false // most words: not even a start like "STT" or "TT"
	}
	head, rest, ok := gluedNumberHead(strings.ToUpper(w.text))
	if !ok || len(w.text) != len(head)+len(rest) {
		return w, w, false
	}
	split := w.x0 + (w.x1-w.x0)*float64(len(head))/float64(len(head)+utf8.RuneCountInString(rest))
	a, b := w, w
	a.x1, a.text = split, w.text[:len(head)]
	b.x0, b.text = split, w.text[len(head):]
	return a, b, true
}

// opensNumberHead reports whether b, in either case, is the first letter
// of a number column's one-word head (numberHeads).
func opensNumberHead(b byte) bool {
	for _, h := range numberHeads {
		if b|0x20 == h[0]|0x20 {
			return true
		}
	}
	return false
}

// wordSpan is the header phrase of one word.
func wordSpan(w word) span {
	return span{x0: w.x0, x1: w.x1, keys: headerKeys(w.text), size: w.size, words: []word{w}}
}

// spanOfWords is the header cell made of words ws (one or more), in
// their order.
func spanOfWords(ws []word) span {
	out := wordSpan(ws[0])
	for _, w := range ws[1:] {
		out = joinSpans(out, wordSpan(w))
	}
	return out
}

// joinSpans returns cell c with phrase ph's words added, its stretch
// grown to hold them; c's slices are not written to.
func joinSpans(c, ph span) span {
	c.x0, c.x1 = math.Min(c.x0, ph.x0), math.Max(c.x1, ph.x1)
	c.keys = append(slices.Clip(c.keys), ph.keys...)
	c.words = append(slices.Clip(c.words), ph.words...)
	return c
}

// headerBand makes the header's band of the cells stackHeader found,
// bounded by xs (one cell per column).
func headerBand(cols []span, xs []float64, page int, lineNo func(float64) int) band {
	b := band{page: page}
	for k, c := range cols {
		bc := bandCell{x0: xs[k], x1: xs[k+1], col: -1}
		for i := 0; i < len(c.words); {
			j := i + 1
			for j < len(c.words) && c.words[j].y == c.words[i].y {
				j++
			}
			tl := textLine{words: c.words[i:j], y: c.words[i].y}
			bc.lines = append(bc.lines, line{text: tl.text(), num: lineNo(tl.y), page: page})
			i = j
		}
		b.cells = append(b.cells, bc)
	}
	return b
}

// stackedOn returns the index of the header cell (among cols, from the
// lines above) that phrase ph goes on, or -1: among those it overlaps, the
// one whose head it goes on, else the one it overlaps most; or, when it
// overlaps none, one it touches whose head it goes on ("ĐƠN VỊ"
// above "PHỐI" of "ĐƠN VỊ PHỐI HỢP": pdftotext's character columns can
// set a centred line's text beside the line above, not under it), or
// whose whole head its words in brackets qualify (qualifiesHead).
func stackedOn(cols []span, ph span) int {
	best, bestFit, most := -1, 0, 0.0
	for i, c := range cols {
		over := math.Min(ph.x1, c.x1) - math.Max(ph.x0, c.x0)
		if over <= 0 || !above(c, ph) {
			continue
		}
		if fit := headFit(c, ph); best < 0 || fit > bestFit || fit == bestFit && over > most {
			best, bestFit, most = i, fit, over
		}
	}
	if best >= 0 && bestFit == fitsHead {
		return best
	}
	for i, c := range cols {
		gap := math.Max(ph.x0-c.x1, c.x0-ph.x1)
		if gap < 0 || gap > stackTouchShare*ph.size || !above(c, ph) {
			continue
		}
		if fit := headFit(c, ph); fit == fitsHead || fit == fitsAfter && qualifiesHead(ph) {
			if best < 0 || wantsMore(c) {
				return i
			}
		}
	}
	return best
}

// splitAfterSecondNames parts each phrase of phs that opens with a
// second name of a cell above (secondNameOf: "sản phẩm" under "Kết quả,")
// after that name, so that the rest ("thực hiện", run on after it on the
// lower line) goes on the cell it belongs to.
func splitAfterSecondNames(cols []span, phs []span) []span {
	var out []span
	for _, ph := range phs {
		if n, _ := secondNameWords(ph); n > 0 && n < len(ph.words) && secondNameOf(cols, subSpan(ph, 0, n)) >= 0 {
			rest := subSpan(ph, n, len(ph.words))
			out = append(out, subSpan(ph, 0, n), rest)
			continue
		}
		out = append(out, ph)
	}
	return out
}

// secondNameWords returns how many of ph's words the head phrase it opens
// takes, and its role; 0 when it opens none.
func secondNameWords(ph span) (int, string) {
	p, ok := matchHead(keyTokens(ph.keys), 0)
	if !ok {
		return 0, ""
	}
	keys := 0
	for k, w := range ph.words {
		keys += len(headerKeys(w.text))
		if keys >= len(p.words) {
			return k + 1, p.role
		}
	}
	return 0, ""
}

// secondNameOf returns the cell of the lines above, under or touching
// phrase ph, whose head ph names again after the list separator it ends
// with ("Kết quả," / "sản phẩm": one column named twice, as
// listsSameHead reads it on one line), or -1.
func secondNameOf(cols []span, ph span) int {
	n, role := secondNameWords(ph)
	if n == 0 || n != len(ph.words) {
		return -1
	}
	for i, c := range cols {
		gap := math.Max(ph.x0-c.x1, c.x0-ph.x1)
		if gap > stackTouchShare*ph.size || !above(c, ph) || len(c.words) == 0 || len(c.keys) == 0 {
			continue
		}
		prev := headerToken{text: c.words[len(c.words)-1].text, key: c.keys[len(c.keys)-1]}
		next := headerToken{text: ph.words[0].text, key: ph.keys[0]}
		if listsSameHead(prev, next, headRoleOpened(keyTokens(c.keys)), role) {
			return i
		}
	}
	return -1
}

// qualifiesHead reports whether a header phrase opens with words in
// brackets, which qualify the whole head beside them ("Kinh phí" /
// "(triệu" / "đồng)": the unit its amounts are given in) and head no
// column of their own. A column number ("(7)") is no such phrase.
func qualifiesHead(ph span) bool {
	if len(ph.words) == 0 {
		return false
	}
	w := ph.words[0].text
	return strings.HasPrefix(w, "(") && !isColumnNumberRow(w)
}

// How a header phrase goes on a cell's head (headFit): not at all; as
// words after a whole head ("THỜI GIAN" and "THỰC HIỆN"); as the head's
// next words ("ĐƠN VỊ" and "PHỐI HỢP").
const (
	fitsNot = iota
	fitsAfter
	fitsHead
)

// headFit tells how phrase ph goes on the head of cell c: c's words and
// ph's open some head phrase (fitsHead); or c holds a whole head and ph
// opens none (fitsAfter).
func headFit(c, ph span) int {
	if isHeadPrefix(keyTokens(append(append([]string(nil), c.keys...), ph.keys...))) {
		return fitsHead
	}
	if alt := afterSlash(c); alt != nil && isHeadPrefix(keyTokens(append(alt, ph.keys...))) {
		return fitsHead // "Người/đơn vị" and "chủ trì": the person or the unit who leads
	}
	if completesBeforeSlash(c, ph) {
		return fitsHead // "Kết" and "quả/Sản": the result or the product
	}
	if namesAgain(c, ph) {
		return fitsHead // "Kết quả," and "sản phẩm": the result, or the product
	}
	phToks := keyTokens(ph.keys)
	if _, ok := matchHead(keyTokens(c.keys), 0); ok && len(phToks) > 0 && !isHeadPrefix(phToks[:1]) {
		return fitsAfter
	}
	return fitsNot
}

// namesAgain reports whether phrase ph opens a second name of cell c's
// role after a list separator ending c ("Kết quả," / "sản phẩm"): one
// cell's header may give two names of its role (listsSameHead), which
// together the vocabulary does not hold as one head.
func namesAgain(c, ph span) bool {
	if len(c.words) == 0 || len(ph.words) == 0 {
		return false
	}
	p, ok := matchHead(keyTokens(c.keys), 0)
	if !ok || len(p.words) != len(c.keys) {
		return false
	}
	last := c.words[len(c.words)-1].text
	prev := headerToken{text: last, key: c.keys[len(c.keys)-1]}
	next := headerToken{text: ph.words[0].text}
	return listsSameHead(prev, next, p.role, p.role) && isHeadPrefixOf(keyTokens(ph.keys), p.role)
}

// afterSlash returns cell c's keys from the alternative after the first
// slash in its words ("Người/đơn vị" → ĐƠN VỊ, "Kết quả/Sản" → SẢN),
// which a head phrase may open where the whole does not (splitFromWord);
// nil when no word has a slash, or nothing follows it.
func afterSlash(c span) []string {
	skip, ok := slashKeys(c)
	if !ok || skip == 0 || skip >= len(c.keys) {
		return nil
	}
	return append([]string(nil), c.keys[skip:]...)
}

// completesBeforeSlash reports whether phrase ph holds a slash between
// two heads' words and its words before the slash go on cell c's head
// ("Kết" and "quả/Sản": "Kết quả" or "Sản phẩm"): pdftotext set the
// alternatives' slash word on the line under the head it completes, and
// the phrase as a whole ("KẾT QUẢ SẢN") opens no head.
func completesBeforeSlash(c, ph span) bool {
	pre := beforeSlash(ph)
	if pre == nil {
		return false
	}
	return isHeadPrefix(keyTokens(append(append([]string(nil), c.keys...), pre...))) && isHeadPrefix(keyTokens(afterSlash(ph)))
}

// beforeSlash returns phrase ph's keys before the first slash in its
// words ("quả/Sản" → QUẢ), nil when no word has one or none precedes it.
func beforeSlash(ph span) []string {
	skip, ok := slashKeys(ph)
	if !ok || skip == 0 {
		return nil
	}
	return ph.keys[:skip]
}

// slashKeys returns how many of span c's keys stand before the slash of
// the first word that has one (its last slash, in a word with two), and
// whether a word has one.
func slashKeys(c span) (int, bool) {
	skip := 0
	for _, w := range c.words {
		i := strings.LastIndexByte(w.text, '/')
		if i < 0 {
			skip += len(headerKeys(w.text))
			continue
		}
		return skip + len(headerKeys(w.text[:i])), true
	}
	return 0, false
}

// stackTouchShare is how close, as a share of the font size, a header
// line's phrase may stand beside a cell's text above it and still go on
// that cell: a character's width.
const stackTouchShare = 0.4

// keyTokens makes header tokens of keys.
func keyTokens(keys []string) []headerToken {
	toks := make([]headerToken, len(keys))
	for i, k := range keys {
		toks[i] = headerToken{key: k}
	}
	return toks
}

// columnBoundaries finds the columns of an unruled table: the header's
// words grouped into cells (words close on a line, and cells overlapping
// from line to line), and between each two neighbours the position that
// the fewest body words cross. In column-aligned text (aligned), runs of
// words one space apart count as one word.
func columnBoundaries(header, body []textLine, aligned bool) []float64 {
	cols := numberedHeader(header, body)
	var bodyWords []word
	left, right := math.Inf(1), math.Inf(-1)
	for _, l := range append(append([]textLine(nil), header...), body...) {
		for _, w := range l.words {
			left, right = math.Min(left, w.x0), math.Max(right, w.x1)
		}
	}
	var gutters []word
	for _, l := range taskLines(body) {
		if aligned {
			// Column-aligned text: a run of words one space apart is
			// crossed by a boundary only where two cells run on, so the
			// runs, not their words, say where columns part; and the
			// gaps between runs are where they part.
			runs := segmentWords(l.words)
			bodyWords = append(bodyWords, runs...)
			for i := 1; i < len(runs); i++ {
				gutters = append(gutters, word{x0: runs[i-1].x1, x1: runs[i].x0})
			}
			continue
		}
		bodyWords = append(bodyWords, l.words...)
	}
	xs := []float64{left - columnEdgeSlack}
	for i := 0; i+1 < len(cols); i++ {
		// A header cell's text stays inside its column, so the boundary lies
		// between the two headers' texts.
		a, b := cols[i].x1, cols[i+1].x0
		switch {
		case b <= a && a-b <= touchingHeads:
			a, b = b-1, a+1 // touching: part them where they meet
		case b <= a:
			if l, r, ok := linewiseGap(cols[i], cols[i+1]); ok {
				a, b = l, r // the two heads part on each line, a little apart from line to line
			} else {
				a, b = (cols[i].x0+cols[i].x1)/2, (cols[i+1].x0+cols[i+1].x1)/2
			}
		}
		if aligned {
			// pdftotext pushes a cell's text right of where it stands,
			// never left: a column's texts start near the stretch's right end.
			x0, x1 := emptiestStretch(bodyWords, gutters, a, b, grazeChars)
			xs = append(xs, x0+stretchLean*(x1-x0))
			continue
		}
		xs = append(xs, emptiestCut(bodyWords, gutters, a, b))
	}
	xs = append(xs, right+columnEdgeSlack)
	if len(cols) > 1 && len(xs) > 2 {
		if isNumberHead(cols[0].keys) {
			xs[1] = numberBoundary(body, xs[1])
		}
	}
	return xs
}

// isNumberHead reports whether a header cell's words are the number
// column's ("STT", "TT").
func isNumberHead(keys []string) bool {
	p, ok := matchHead(keyTokens(keys), 0)
	return ok && p.role == model.RoleNumber
}

// isMergedHeadingRun reports whether a line is a section's heading set
// in one cell across the table from its left edge ("III. BẢO ĐẢM NGUỒN
// LỰC"): a section's numeral with its full stop, run on with one space
// into its title and nothing else. Its numeral stands in no number
// column, and says nothing of where the column ends (numberBoundary): a
// narrow one's rows open their content right after the task's number,
// left of where "III." ends.
func isMergedHeadingRun(l textLine) bool {
	ws := l.words
	if len(ws) < 2 || !strings.HasSuffix(ws[0].text, ".") {
		return false
	}
	m, ok := parseMarker(ws[0].text)
	return ok && !m.kind.holdsCells() && m.kind != markLetter && len(lineSegments(ws)) == 1
}

// numberBoundary moves the boundary after the number column right of the
// rows' numbers where they reach past it: a centred "I" or "1" under a
// narrow "STT" stands a character or two right of the header's text. Each
// number crossing the boundary asks for it between the number's end and
// the text after it; the place most of them agree on is taken, in the
// middle of the gap they leave ("III" may be wider than its gap allows).
func numberBoundary(body []textLine, x float64) float64 {
	type want struct{ end, next float64 }
	var wants []want
	for _, l := range body {
		w := l.words[0]
		if _, ok := parseMarker(w.text); !ok || w.x0 > x || w.x1 <= x || isMergedHeadingRun(l) {
			continue // no row number across the boundary, or starting on it
		}
		next := w.x1 + numberGapShare*w.size
		if len(l.words) > 1 {
			next = math.Min(next, l.words[1].x0)
		}
		wants = append(wants, want{w.x1, next})
	}
	best, bestEnd, agree := x, math.Inf(1), 0
	for _, c := range wants {
		n, next := 0, math.Inf(1)
		for _, o := range wants {
			if o.end <= c.end && o.next > c.end {
				n, next = n+1, math.Min(next, o.next)
			}
		}
		if n > agree || n == agree && c.end < bestEnd {
			best, bestEnd, agree = c.end+(next-c.end)/2, c.end, n
		}
	}
	return best
}

// numberGapShare bounds, as a share of the font size, the gap after the
// rows' numbers that the number column's boundary is set in the middle of.
const numberGapShare = 1.0

// linewiseGap returns the stretch where two neighbouring header cells
// part, from the lines that hold words of both: from the leftmost end of
// the left cell's words on such a line to the rightmost start of the right
// cell's. The cells' whole extents overlap when pdftotext sets their lines
// at different character columns ("Thời gian" / "hoàn thành" beside "Sản
// phẩm" / "dự kiến"), but on each line the left one's words end before the
// right one's start.
func linewiseGap(left, right span) (a, b float64, ok bool) {
	a, b = math.Inf(1), math.Inf(-1)
	for _, lw := range left.words {
		end, start := lw.x1, math.Inf(1)
		for _, o := range left.words {
			if o.y == lw.y {
				end = math.Max(end, o.x1)
			}
		}
		for _, rw := range right.words {
			if rw.y == lw.y {
				start = math.Min(start, rw.x0)
			}
		}
		if math.IsInf(start, 1) || start <= end {
			continue
		}
		a, b, ok = math.Min(a, end), math.Max(b, start), true
	}
	return a, b, ok
}

// stretchLean is how far across the emptiest stretch between two
// columns' headers a column-aligned boundary is set: near its right end,
// where the right column's texts start (pdftotext pushes them right, never
// left), but a little short of it, as a column's left-aligned texts may
// start there.
const stretchLean = 0.9

// touchingHeads is how far, in characters, two columns' headers may
// overlap and still be parted where they meet: a wrapped header's second
// line, centred, may reach a character into the column before.
const touchingHeads = 2.0

// taskLines returns the body lines outside heading rows: a section's title
// runs across the table's columns and says nothing of where they part.
func taskLines(body []textLine) []textLine {
	var out []textLine
	heading := false
	for _, l := range body {
		if m, ok := parseMarker(l.words[0].text); ok {
			heading = m.kind == markRoman || m.kind == markPart || m.kind == markSubsection
		}
		if !heading {
			out = append(out, l)
		}
	}
	return out
}

// phrases splits a header line into cells: runs of words with small gaps,
// and a new run wherever a column's head phrase starts ("Cơ quan chủ" and
// "Cơ quan phối" side by side in narrow columns).
func phrases(l textLine) []span {
	heads := headStarts(l)
	var out []span
	for j, w := range l.words {
		if n := len(out); n > 0 && !heads[j] && w.x0-out[n-1].x1 < phraseGapShare*w.size {
			out[n-1].x1 = w.x1
			out[n-1].keys = append(out[n-1].keys, headerKeys(w.text)...)
			out[n-1].words = append(out[n-1].words, w)
			continue
		}
		ph := wordSpan(w)
		ph.pushed = runsOn(l.words, j)
		out = append(out, ph)
	}
	return out
}

// headStarts marks the words of a line at which a header head phrase
// begins.
func headStarts(l textLine) map[int]bool {
	var toks []headerToken
	var wordOf []int
	for j, w := range l.words {
		for n, k := range headerKeys(w.text) {
			t := headerToken{key: k}
			if n == 0 {
				t.text = w.text
			}
			toks = append(toks, t)
			wordOf = append(wordOf, j)
		}
	}
	sentence := hasLower(l.text())
	for i := range toks {
		toks[i].sentence = sentence
	}
	inHead := make([]bool, len(toks)) // the token is a matched head phrase's
	headLen := make([]int, len(toks)) // the length of the head phrase matched at the token
	out := map[int]bool{}
	defer func() {
		for i := range toks {
			if out[wordOf[i]] && splitInsideHead(toks, inHead, headLen, i) {
				out[wordOf[i]] = false // "Nhiệm vụ/Hoạt": the word stands in the head its first part ends
			}
			if out[wordOf[i]] && toks[i].text != "" && goesOnOwnWords(toks, inHead, i) {
				out[wordOf[i]] = false
				for k := i; k < i+headLen[i]; k++ {
					inHead[k] = false // a phrase gone on the words before it heads nothing of its own
				}
			}
		}
	}()
	lastHead := -1 // where the head phrase matched just before i starts
	open := 0      // where the phrase i would go on starts
	openRole := "" // the role of the head phrase last matched
	for i := 0; i < len(toks); i++ {
		if p, ok := matchHead(toks, i); ok {
			if i == 0 || !listsSameHead(toks[i-1], toks[i], openRole, p.role) && !goesOnWholeHead(toks, lastHead, i) {
				out[wordOf[i]] = true
				open = i
			}
			lastHead, openRole, headLen[i] = i, p.role, len(p.words)
			for k := range p.words {
				inHead[i+k] = true
			}
			i += len(p.words) - 1
			continue
		}
		if opensAfterWholeHead(toks, inHead, i) {
			out[wordOf[i]] = true // "Kết quả cần đạt Tổng kinh phí": a head of words of its own
			lastHead, open, openRole = -1, i, ""
			continue
		}
		next := nextWholeHead(toks, i)
		if listsNameOfRole(toks[:next], i, openRole) {
			i = next - 1 // "Kết quả, sản" / "phẩm": the column's second name, wrapped
			continue
		}
		if goesOnWholeHead(toks, lastHead, i) {
			continue // "Nội dung hoạt" / "động": a lowercase word goes on the head before it
		}
		if lastHead >= 0 {
			if opensLastHead(toks[:next], lastHead, i) {
				// "Thời gian Sản" / "hoàn phẩm dự": one word of a head, cut by
				// the line's end; "Cơ quan phối hợp Thời  Sản phẩm dự kiến":
				// or by the next column's whole head
				out[wordOf[i]] = true
				lastHead, open, openRole, i = -1, i, "", next-1
				continue
			}
		}
		lastHead = -1
		if m := wrappedHeadLen(toks, i); m > 0 {
			out[wordOf[i]] = i > 0 // "Đơn vị phối" / "hợp": a head wrapped below
			open, openRole = i, ""
			if i+m < len(toks) {
				out[wordOf[i+m]] = true // the next column's head, run on after it
				open = i + m
			}
			i += m - 1
			continue
		}
		if opensRunOnHead(toks, open, i) {
			out[wordOf[i]] = true
			open, openRole = i, ""
		}
	}
	return out
}

// splitInsideHead reports whether toks[i], split from its printed word
// (splitFromWord: "vụ/Hoạt" reads VỤ HOẠT), belongs to a word whose first
// part is inside the head phrase matched before it and does not open it
// ("Nhiệm vụ/Hoạt" / "động", the task or the activity: NHIỆM VỤ, then
// HOẠT): the word stands in that head's cell, and a column does not open
// inside a word, though a head opens at its second part ("HOẠT ĐỘNG").
// A word whose first part opens no head ("Người/bộ phận chủ trì") opens
// the column its second part names.
func splitInsideHead(toks []headerToken, inHead []bool, headLen []int, i int) bool {
	if !splitFromWord(toks[i]) {
		return false
	}
	f := i
	for f > 0 && splitFromWord(toks[f]) {
		f--
	}
	return inHead[f] && headLen[f] == 0
}

// goesOnWholeHead reports whether the head phrase at toks[i], opening in
// lowercase on a sentence-case header line (goesOnHeadBefore), goes on
// the head phrase matched right before it, which opened with a capital
// on this line: "Nội dung hoạt động" is one cell's head, as each cell's
// head opens with a capital; so is "Nội dung hoạt" / "động", whose
// lowercase word opens no head of its own, whether as one cut by the
// cell's edge (opensLastHead) or as one run on (opensRunOnHead). After a
// lowercase phrase the words are a lower line of heads that run on ("chủ
// trì phối hợp"), and each opens its own.
func goesOnWholeHead(toks []headerToken, lastHead, i int) bool {
	if lastHead < 0 || toks[lastHead].text == "" || !goesOnUnknownHead(toks[i]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[lastHead].text)
	return unicode.IsUpper(r)
}

// opensAfterWholeHead reports whether toks[i], a capitalised word right
// after a lowercase one on a sentence-case header line ("Kết quả cần đạt
// Tổng kinh phí", "Kết quả cần Tổng kinh": heads run on with one space),
// opens the next column's head though no head phrase starts with it: in
// such a header a head's own words go on in lowercase and each head opens
// with a capital (goesOnOwnWords keeps the words after it in its head). A
// title-case header has no lowercase word to follow, and an abbreviation
// is capitalised wherever it stands ("Lãnh đạo UBND" / "tỉnh phụ
// trách": abbreviationGoesOn).
func opensAfterWholeHead(toks []headerToken, inHead []bool, i int) bool {
	if i == 0 || inHead[i] || !toks[i].sentence || toks[i].text == "" || toks[i-1].text == "" {
		return false
	}
	prev, _ := utf8.DecodeRuneInString(toks[i-1].text)
	r, _ := utf8.DecodeRuneInString(toks[i].text)
	return unicode.IsLower(prev) && unicode.IsUpper(r) && !abbreviationGoesOn(toks[i])
}

// goesOnOwnWords reports whether toks[i], a lowercase word of a
// sentence-case header line (goesOnUnknownHead), goes on the words before
// it on the line rather than open a head: they were opened by a
// capitalised word that no head phrase holds ("Trách nhiệm chủ trì",
// "Cơ quan cùng phối hợp"). Each column's head opens with a capital in
// such a header; its own words may name its role after words of its own.
func goesOnOwnWords(toks []headerToken, inHead []bool, i int) bool {
	if !goesOnUnknownHead(toks[i]) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if inHead[j] {
			return false
		}
		if toks[j].text == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(toks[j].text); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// opensRunOnHead reports whether toks[i] opens a head of its own after
// the phrase from toks[open] (-1: none): it opens some head phrase, and
// the phrase with it opens none. A narrow column's head wraps after its
// first word, and that word runs on after the head before it with one
// space ("NỘI DUNG NHIỆM VỤ ĐƠN" over "VỊ" / "CHỦ TRÌ"; "ĐƠN SẢN" where
// the coordinating unit's "ĐƠN" and the product's "SẢN" run on).
func opensRunOnHead(toks []headerToken, open, i int) bool {
	return open >= 0 && opensHead(toks[i].key) && !isHeadPrefix(toks[open:i+1]) && !loneLowerOpening(toks, i)
}

// loneLowerOpening reports whether toks[i] is a lowercase word of a
// sentence-case header line that opens a head phrase alone, the words
// after it opening none with it ("phận chủ" / "trì" under "Người/bộ": the
// lead's "Người/bộ phận chủ trì" wrapped, "chủ" no run-on "Chủ trì"): a
// column's head opens with a capital there, and a lowercase one run on
// after the head before it shows two words of its phrase at least ("quan,
// đơn vị phối": the coordinating head's lower line).
func loneLowerOpening(toks []headerToken, i int) bool {
	return goesOnUnknownHead(toks[i]) && (i+1 >= len(toks) || !isHeadPrefix(toks[i:i+2]))
}

// nextWholeHead returns where the first whole head phrase after toks[i]
// starts, or len(toks).
func nextWholeHead(toks []headerToken, i int) int {
	for j := i + 1; j < len(toks); j++ {
		if _, ok := matchHead(toks, j); ok {
			return j
		}
	}
	return len(toks)
}

// opensLastHead reports whether toks[i:], the rest of a header line after
// a whole head phrase (from toks[head]), open another head though they
// are one word ("SẢN" of "SẢN PHẨM", wrapped after one word in a narrow
// column): the head before is whole, and the two do not read as one head
// ("SẢN PHẨM" and "DỰ" open "SẢN PHẨM DỰ KIẾN").
func opensLastHead(toks []headerToken, head, i int) bool {
	return isHeadPrefix(toks[i:]) && !isHeadPrefix(toks[head:])
}

// wrappedHeadLen returns the length of the head phrase's opening that
// toks[i:] start with, when it is cut short by the line's end or by the
// next column's head ("ĐƠN VỊ PHỐI" of "ĐƠN VỊ PHỐI HỢP", wrapped in a
// narrow column), or by a word opening another head ("ĐƠN VỊ CHỦ" before
// "ĐƠN VỊ" of "ĐƠN VỊ PHỐI HỢP", run on with one space): two words at
// least; 0 if none.
func wrappedHeadLen(toks []headerToken, i int) int {
	if _, ok := matchHead(toks, i); ok {
		return 0
	}
	for _, p := range headVocabulary {
		m := 0
		for m < len(p.words)-1 && i+m < len(toks) && toks[i+m].key == p.words[m] {
			m++
		}
		if m < 2 || m == len(p.words) {
			continue
		}
		if i+m == len(toks) {
			return m
		}
		if _, ok := matchHead(toks, i+m); ok {
			return m
		}
		if opensHead(toks[i+m].key) && !isHeadPrefix(toks[i:i+m+1]) {
			return m
		}
	}
	return 0
}

// opensHead reports whether a header word is the first of some head
// phrase.
func opensHead(key string) bool {
	for _, p := range headVocabulary {
		if p.words[0] == key {
			return true
		}
	}
	return false
}

// isHeadPrefix reports whether toks open some head phrase ("CƠ QUAN ĐƠN"
// of "CƠ QUAN ĐƠN VỊ CHỦ TRÌ"): then a word among them opening a head
// does not start another column.
func isHeadPrefix(toks []headerToken) bool { return isHeadPrefixOf(toks, "") }

// listsNameOfRole reports whether toks[i:], cut short by the line's end,
// open a second name of a column of role after a list separator ("Kết
// quả, sản" / "phẩm"), which goes on naming that column (listsSameHead).
func listsNameOfRole(toks []headerToken, i int, role string) bool {
	return i > 0 && role != "" && listsSameHead(toks[i-1], toks[i], role, role) && isHeadPrefixOf(toks[i:], role)
}

// isHeadPrefixOf reports whether toks open a head phrase of role, or of
// any role when role is "".
func isHeadPrefixOf(toks []headerToken, role string) bool {
	for _, p := range headVocabulary {
		if len(p.words) < len(toks) || role != "" && p.role != role {
			continue
		}
		ok := true
		for j, t := range toks {
			if p.words[j] != t.key {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func sortSpans(s []span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].x0 < s[j-1].x0; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// cutStep is the resolution, in points, at which boundaries are searched.
const cutStep = 0.5

// emptiestCut returns the x in [a, b] that the fewest words cross, a
// crossing counting 1 and each gutter (a gap between two cells' texts on
// a line) that x falls in -1; the middle of the widest best stretch.
func emptiestCut(ws, gutters []word, a, b float64) float64 {
	x0, x1 := emptiestStretch(ws, gutters, a, b, 0)
	return (x0 + x1) / 2
}

// emptiestStretch returns the widest stretch [x0, x1] of emptiestCut's
// best positions. With graze > 0, a word crossed less than graze
// characters from either end counts only that share of a crossing.
func emptiestStretch(ws, gutters []word, a, b, graze float64) (float64, float64) {
	lo, hi := a, b
	best, bestRun, bestStart := math.Inf(1), 0, a
	run, runStart := 0, a
	for x := lo; x <= hi; x += cutStep {
		n := 0.0
		for _, w := range ws {
			if w.x0 < x && w.x1 > x {
				n += crossing(w, x, graze)
			}
		}
		for _, g := range gutters {
			if g.x0 < x && g.x1 > x {
				n--
			}
		}
		switch {
		case n < best-1e-9:
			best, bestRun, bestStart, run, runStart = n, 1, x, 1, x
		case math.Abs(n-best) <= 1e-9:
			if run == 0 {
				runStart = x
			}
			run++
			if run > bestRun {
				bestRun, bestStart = run, runStart
			}
		default:
			run = 0
		}
	}
	return bestStart, bestStart + float64(bestRun-1)*cutStep
}

// grazeChars: in column-aligned text a boundary may graze a run of words
// by a character or two (a column's lines stand a little off from line to
// line, and pdftotext sets them one space from the next column's), so a
// run crossed within grazeChars of its end counts only partly as crossed.
const grazeChars = 2.0

// crossing is how much a cut at x through word w counts: 1, or with
// graze > 0, the share of graze that x lies inside w from its nearer end.
func crossing(w word, x, graze float64) float64 {
	if graze <= 0 {
		return 1
	}
	return min(1, min(x-w.x0, w.x1-x)/graze)
}

// dropPageNumbers removes the page number printed at the top or the bottom
// of the page: a lone number that is the page's own, or any lone number
// set apart from the table.
func dropPageNumbers(ls []textLine, page int) []textLine {
	isLoneNumber := func(i int) bool {
		n, ok := pageNumberValue(ls[i].text())
		if !ok || (i != 0 && i != len(ls)-1) {
			return false
		}
		if n == page {
			return true
		}
		gap := pageNumberGap * ls[i].size()
		return (i == 0 && len(ls) > 1 && ls[1].y-ls[0].y > gap) ||
			(i == len(ls)-1 && i > 0 && ls[i].y-ls[i-1].y > gap)
	}
	var out []textLine
	for i := range ls {
		if !isLoneNumber(i) {
			out = append(out, ls[i])
		}
	}
	return out
}

// isHeadingBand reports whether a band of lines is (the rest of) a
// heading row: a part, section or subsection title, whose lines run
// across the table.
func isHeadingBand(first textLine, marker bool, cur *row) bool {
	if marker {
		m, _ := parseNumberCell(first.words[0].text)
		return !m.kind.holdsCells()
	}
	return cur != nil && !cur.mark.kind.holdsCells()
}

// segmentWords returns each run of words one space apart (lineSegments) as
// one word spanning them; a row number opening the line is a run of its
// own, however close the text after it.
func segmentWords(ws []word) []word {
	var out []word
	for _, s := range lineSegments(ws) {
		if _, ok := parseMarker(ws[0].text); ok && s.from == 0 && s.to > 1 {
			out = append(out, word{x0: ws[0].x0, x1: ws[0].x1, y: ws[0].y, size: ws[0].size})
			s.x0 = ws[1].x0
		}
		out = append(out, word{x0: s.x0, x1: s.x1, y: ws[s.from].y, size: ws[s.from].size})
	}
	return out
}
