package parser

import (
	"cmp"
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// Reading a row of column-aligned text (pdftotext -layout) into columns.
//
// pdftotext sets each printed line's cells side by side, but places them by
// a character width it guesses per page, not where they stand: a column
// stands a few characters off the header from page to page, a centred
// cell's lines wander, and two cells' texts that come close on a baseline
// (a full content line and the unit beside it) become one run with a single
// space between them. So the position of a word tells its column only
// roughly, and a run of words may hold the end of one cell and the start of
// the next.
//
// Each line is therefore read in every plausible way (which of its words go
// to which column: lineReadings), each reading scored by what its
// positions and its texts say on their own (a line wider than its column,
// a cut inside a run, a text far from its column), and the readings of a
// row's lines are chosen together (readRow, a Viterbi pass over the lines)
// by what consecutive lines say of each other: the text model of
// cell-block text (split.go) decides whether a line goes on the cell above
// it (a wrapped line was full; a cell starts with a capital, a unit's or a
// document's word), and a cell's lines stand in line with each other.

// Costs of a line's reading, in the units of split.go's costs.
const (
	costPerCharOff             = 0.25 // each character a cell's text starts outside its column (header boundaries, drift allowed)
	costPerCharPast            = 0.18 // each character a cell's text runs past its column's right boundary (endTolerance allowed; see there)
	costOverflowPerShareLayout = 40.0 // a line wider than its column's learned width, per share of the width (split.go's costOverflowPerShare is half: in column-aligned text the columns' x-ranges bound the widths too; at 20 a corpus layout file breaks)
	costRunOnCut               = 0.5  // a cut between two words one space apart: two cells' texts run on
	costRunOnOpening           = 0.1  // … before words that open a cell of the column (runOnCutCost); see below
	costJoinedGap              = 4.0  // two words two or more spaces apart kept in one cell
	costTailInRun              = 2.0  // a broken word's capital tail kept at the end of the run before it (endsRunWithTail)
	costNumberText             = 8.0  // text in the number column besides the row number
	costBondCut                = 2.5  // … at most, as the two words are bonded (wordBonds.bond): one name's words
	costDateCut                = 2.5  // … between a date's unit word and its number ("tháng | 5"; cutsDate)
	costHeadLeftBehind         = 0.4  // … right after a unit's head word, which opens the cell after it ("… đất Viện | Địa chất"; leavesUnitHead)
	costSignLeftBehind         = 2.5  // … right after a sign that wants its number ("… 5 ≥ | 99,5%"; leavesSign)
	costRangeCut               = 2.5  // … between a range's first number and its dash ("2026 | - 2030"; cutsRange)
	costCountCut               = 2.5  // … between a count and its lowercase unit ("6 | tháng"; cutsCount)
	costAmountAfterDate        = 1.0  // an amount kept in the cell of the date it is run on after ("Tháng 4/2027 40"; amountAfterDate)
	costWordAfterDate          = 1.0  // a word kept in the time cell of the date it is run on after ("05/9/2054 chính"; wordAfterDate)
	costWholeTimeInRun         = 1.0  // a whole time that ends a line kept in another column's cell it is run on after ("… Tôn giáo Quý I/2026"; endsWithWholeTime)
	costConjoinedObjectWord    = 1.0  // a word that wants its object kept in one cell with a conjunction right after it ("tại và"; conjoinsObjectWord)
	costHeadBeforeLowercase    = 1.0  // a department's head word kept in one cell with a lowercase word after it ("Các phòng Sở chuyên môn"; headBeforeLowercase)
	costSmallWordCapitalised   = 4.0  // a word a sentence writes small, with a capital, kept in one cell after a word a sentence goes on from ("chuẩn Các", "phát Xã"; smallWordCapitalisedInRun)
	costMeasureWithoutNumber   = 1.0  // a unit of measure kept in one cell after a word that is no number ("cộng đồng ha"; measuresNoNumber), in the reading returned only: while the columns' places are chosen it moved a squeezed page's (4 fields worse)
	costVerticalBond           = 2.0  // what a cell's line going on the line above with bonded words takes off, at most (verticalBond); see below
	costMisaligned             = 0.15 // per character a cell's line stands off the line above (left edges or centres) …
	misalignedCap              = 1.5  // … up to this much
	costCrossing               = 1.5  // a cell's line starting at or right of a later column's start on the line above or below (crossingCost)
	crossTolerance             = 0.0  // characters (crossingCost)
)

// costHeadLeftBehind: column-aligned fields wrong, without it / 0.4 /
// 1.0: made-up annexes 303 / 287 / 287 of 11,481, held-out partybuild
// and science plans 16 / 12 / 14 of 1,221, seaeco and moit 19 / 17 / 17;
// the other sets unchanged.

// costSmallWordCapitalised: column-aligned fields wrong over 1,284
// renderings, without it / 0.5 / 1 / 2 / 4 / 8: 925 / 849 / 831 / 819 /
// 806 / 818 (at 8 a hospital plan's rendering 12 worse); at 4 three
// renderings 5 fields worse, twenty better.

// costSignLeftBehind: held-out school plan (school2_2026), column-aligned
// fields wrong 46 -> 18 of 1,023; every other set unchanged.

// costRangeCut: held-out column-aligned renderings 29-44, fields wrong
// 200 -> 196 of 9,350, alike at 1.0 and 2.5; every other set unchanged.
// At 2.5, with a quarter's numeral opening a range too (session 31):
// made-up annexes 6 fields fewer wrong of 21,682 ("Quý II - 600.000.000"
// kept its dash, and a rendering of the agriculture plan 5 -> 3), held-out
// 119-120 43 -> 39 of 1,045; every other set unchanged. At 1.0 the
// numeral alone moved nothing: a funding cell's position outweighed it.

// costVerticalBond: column-aligned fields wrong, without it / 1 / 1.5 / 2
// / 2.5 / 4: LibreOffice 1-80, Chromium 201-232 and other columns tuned on
// 533 / 489 / 481 / 475 / 471 / 496, other columns held out 309 / 269 /
// 262 / 249 / 247 / 250, Chromium other columns 183 / 169 / 168 / 167 /
// 167 / 161; from 2.5 a corpus file (nghean_980 lo.layout.txt) breaks.

// costRunOnOpening was 0.25 until rows were read at their own boundaries:
// a cut before a unit's, a document's or a time's opening words ("… quy |
// Ban Quản lý", "… Ban Quản | Sở Khoa học") is then most of what tells
// where two run-on cells part. (Column-aligned fields wrong, 0.25 / 0.1 /
// 0: LibreOffice re-renderings 1-48 462 / 435 / 429, held-out 49-64
// 197 / 189 / 191, Chromium 201-232 85 / 81 / 81; the repo's renderings
// alike or better.)

// What justifiedGaps takes for a justified run: gaps of segmentGap to
// maxJustifiedGap characters, no two more than justifiedSpread apart, over
// minJustifiedWords words or more.
const (
	maxJustifiedGap   = 8.0
	justifiedSpread   = 3.0
	minJustifiedWords = 3
)

// Bounds of the search.
const (
	readingBeam     = 16 // partial readings kept while a line's words are read
	readingsPerLine = 8  // readings of a line kept for the row's pass
)

// readingFrag is the part of a line that one reading puts in one column.
type readingFrag struct {
	col      int
	from, to int // words [from, to)
	x0, x1   float64
	p        *piece
	pushed   bool // its first word runs on from the word before it (runsOn): its place says little
}

// lineReading is one way of reading a line: its words' columns and the
// cost of what the line says on its own.
type lineReading struct {
	cols  []int
	frags []readingFrag
	cost  float64
}

// rowReader reads the lines of one band of a page (a row, or the part of a
// row a page holds) into columns.
type rowReader struct {
	xs       []float64 // column boundaries on this page, in characters
	sp       *splitter // one column model per table column, with metric widths
	numCol   int
	marker   bool       // the first word of the first line is the row's number
	cache    pieceCache // the document's pieces
	lines    []textLine
	chosen   []*lineReading // per line, the reading readRow chose
	assigned [][]int        // per line, the column of each word, as readRow returned them
	trial    bool           // widths only guessed: read without what they say of full lines
	pool     partialPool    // the partial readings of the line being read
	// openings holds per column the cells' openings the trial read
	// (layoutWidths.openings).
	openings []map[uint64]int
	// missedCols holds per column whether the trial reading missed it
	// (layoutWidths.missed).
	missedCols []bool
	// justified holds per line which words stand after a gap of a
	// justified run (justifiedGaps); made when first asked.
	justified [][]bool
	kept      int  // partial readings kept per open part (perState, finalPerState); 0: perState
	final     bool // the reading returned (pdfLayout.final), which weak bonds may tip (rowReader.bond)
	// carried holds, for a band without a number that goes on a row from
	// the page before, each column's last line there (nil: the column's
	// cell is empty so far, or not known).
	carried []*piece
	// ended says no page break follows the band: its last line ends the
	// cells it holds (bandEndCost).
	ended bool
}

// readRow returns, for each line, the column of each of its words.
func (rr *rowReader) readRow() [][]int {
	cands := make([][]lineReading, len(rr.lines))
	for i := range rr.lines {
		cands[i] = rr.lineReadings(i)
	}
	rr.chosen = rr.cheapestRow(cands)
	rr.refine()
	if rr.mayspan() && rr.rowCost()-costRunOnCut*float64(rr.runOnCuts()) > costSpanningRow {
		return rr.spanning()
	}
	out := make([][]int, len(rr.chosen))
	for i, r := range rr.chosen {
		out[i] = r.cols
	}
	return out
}

// cheapestRow picks one reading per line, the cheapest sequence by their
// own costs and what each says after the one above (a Viterbi pass).
func (rr *rowReader) cheapestRow(cands [][]lineReading) []*lineReading {
	n := len(cands)
	// dp[i][a]: the cheapest reading of lines 0…i ending with reading a.
	dp := make([][]float64, n)
	from := make([][]int, n)
	for i := range cands {
		dp[i] = make([]float64, len(cands[i]))
		from[i] = make([]int, len(cands[i]))
		for a := range cands[i] {
			best, arg := math.Inf(1), -1
			if i == 0 {
				best = rr.pairCost(nil, &cands[0][a])
			}
			for b := 0; i > 0 && b < len(cands[i-1]); b++ {
				if v := dp[i-1][b] + rr.pairCost(&cands[i-1][b], &cands[i][a]); v < best {
					best, arg = v, b
				}
			}
			dp[i][a], from[i][a] = best+cands[i][a].cost, arg
		}
	}
	chosen := make([]*lineReading, n)
	if n == 0 {
		return chosen
	}
	a, least := 0, math.Inf(1)
	for b := range dp[n-1] {
		if v := dp[n-1][b] + rr.bandEndCost(&cands[n-1][b]); v < least {
			a, least = b, v
		}
	}
	for i := n - 1; i >= 0; i-- {
		chosen[i] = &cands[i][a]
		a = from[i][a]
	}
	return chosen
}

// costSpanningRow is what reading a row as one cell merged across the
// table costs (seed IV.1: a task with only its content, which runs over
// every column): a row read into columns that costs more, but for its cuts
// inside runs (runOnCuts), is read so.
const costSpanningRow = 6.0

// mayspan reports whether the row's lines could be one cell merged across
// the table: each line one run of words one space apart (after the row's
// number), starting in the column after the number's, and one of them
// running on past the column after that.
func (rr *rowReader) mayspan() bool {
	first := rr.numCol + 1
	if !rr.marker || first+1 >= len(rr.xs)-1 {
		return false
	}
	past := false
	for i, l := range rr.lines {
		ws := l.words
		if rr.marker && i == 0 {
			ws = ws[1:]
		}
		if len(ws) == 0 || len(lineSegments(ws)) != 1 || columnAt(ws[0].x0+alignTolerance, rr.xs) != first {
			return false
		}
		past = past || ws[len(ws)-1].x1 > rr.xs[first+2]
	}
	return past
}

// runOnCuts counts the cells the chosen readings start inside a run of
// words one space apart: a row that runs on over every column pays for
// its cuts whether it spans the table or not, so they say nothing of that.
func (rr *rowReader) runOnCuts() int {
	n := 0
	for i, r := range rr.chosen {
		ws := rr.lines[i].words
		for _, f := range r.frags {
			if runsOn(ws, f.from) && !(rr.marker && i == 0 && f.from == 1) {
				n++
			}
		}
	}
	return n
}

// roleCost is what the cells of a row say of their columns' kinds,
// positions aside: each cell's first line (a unit's words in a unit
// column, a time in the time column …) and the empty cells. A reading with
// every column one to the right or left of where it stands pays for it
// here though its positions all agree. A band going on a row from the page
// before says nothing: its cells' starts are on that page. A time read
// into a column after it costs as a time elsewhere does (timeOffColumn).
func (rr *rowReader) roleCost() float64 {
	if !rr.marker {
		return 0
	}
	cost := 0.0
	timeEmpty := false
	for k, ps := range rr.cellParts() {
		if k == rr.numCol || rr.sp.cols[k].kind == colContent {
			continue
		}
		if len(ps) == 0 {
			cost += bandEmptyCost(rr.sp.cols[k].role)
			timeEmpty = timeEmpty || rr.sp.cols[k].kind == colTime
			continue
		}
		s := rr.sp.startCostOf(k, openedWithNext(ps))
		cost += s.elsewhere + s.kind
		if timeEmpty && timeOffColumn(&rr.sp.cols[k], ps[0]) {
			cost += costTimeElsewhere
		}
	}
	return cost
}

// openedWithNext returns a cell's first line ps[0] with its opening read
// together with the next line's first word (openAcrossLines), a copy when
// that reads it otherwise: a column narrower than a cell's opening two
// words breaks them ("Ngân" / "sách phường"), and "Ngân" alone, read as
// a bank's name opening a unit, cost the funding column its cells: a
// header squeezed left of its columns had them read in the notes beside
// it. A reading's pieces are its lines' fragments, each made alone.
// (Column-aligned, all renderings: 1,129 -> 1,110 fields wrong, six
// renderings better, one worse by ten: a nutrition plan whose header's
// own reading, a column off, came within minShiftGain of the right one.)
func openedWithNext(ps []*piece) *piece {
	first := ps[0]
	if len(ps) < 2 || !opensAcross(first, ps[1]) {
		return first
	}
	p := *first
	tr := *first.traits // the fragment's traits are shared by every reading of its words
	p.traits = &tr
	openAcrossLines(&p, ps[1])
	return &p
}

// timeOffColumn reports whether p, a cell's first line in column col
// after an empty time cell, is a time read a column off: a notes, funding,
// product or unit cell opening with a time's words ("Tháng" / "11/2026":
// its first line alone no time yet, so elsewhereCost does not see it). The
// reading of a header set left of its columns puts a row's time there,
// and the choice of the columns' places (shiftScore) saw it only in the
// empty time cell's small cost (tuned on held-out renderings: a ministry's
// plan whose shifted columns had won by 1.5, then 0.99 once issuing
// levels' cells cost less, against minShiftGain, then 1). An extra
// column may hold a target's year ("Năm 2026"). (Asked of the notes
// alone at first; of every such column, column-aligned fields wrong over
// all 1,610 renderings 1,110 -> 1,098, six better, none worse.)
func timeOffColumn(col *colModel, p *piece) bool {
	return col.kind != colTime && col.kind != colContent && col.role != model.KeyExtra && p.timeLike
}

// bandEmptyCost is what an empty cell of a role costs a band's reading
// (roleCost): emptyCost, but a notes cell empty costs less (costEmptyNote).
// Where two boundaries read a band alike but for a cell read either as
// the time's or as the note's beside it ("Tháng" / "11/2026" standing at
// their border), most rows have a time and few a note. (In cell-block
// text, where widths decide where a cell ends, the same made 34 fields
// more of the tuned re-renderings wrong.)
func bandEmptyCost(role string) float64 {
	if role == model.RoleNote {
		return costEmptyNote
	}
	return emptyCost(role)
}

// costEmptyNote is bandEmptyCost's empty notes cell.
const costEmptyNote = 0.3

// bandCost is what tells two readings of a band at different boundaries
// apart (readBand): what its cells say of their columns' kinds and what
// its lines say of their cells.
func (rr *rowReader) bandCost() float64 { return rr.roleCost() + rr.rowCost() }

// rowCost is the cost of the row's chosen readings.
func (rr *rowReader) rowCost() float64 {
	cost := 0.0
	for i, r := range rr.chosen {
		var above *lineReading
		if i > 0 {
			above = rr.chosen[i-1]
		}
		cost += r.cost + rr.pairCost(above, r)
	}
	if n := len(rr.chosen); n > 0 {
		cost += rr.bandEndCost(rr.chosen[n-1])
	}
	return cost
}

// bandEndCost is what the cells that r, a band's last line, leaves
// dangling cost (costDanglingEnd), as pairCost's endCost charges the
// cells a line ends before the next: a reading ending the lead with "…
// Môi trường có" is the cell's end only where no page break follows the
// band (ended); before one, any cell may go on. Dangling ends only: a
// lone unit head ending an extra cell ("Các đơn vị trực thuộc" / "Sở")
// is a whole phrase's end there, and counted it read two renderings
// worse.
func (rr *rowReader) bandEndCost(r *lineReading) float64 {
	if !rr.ended {
		return 0
	}
	cost := 0.0
	for _, f := range r.frags {
		if f.col != rr.numCol && f.p.dangling {
			cost += costDanglingEnd
		}
	}
	return cost
}

// spanning reads every word into the column after the number's, but the
// row's number.
func (rr *rowReader) spanning() [][]int {
	out := make([][]int, len(rr.lines))
	for i, l := range rr.lines {
		out[i] = make([]int, len(l.words))
		for j := range out[i] {
			out[i][j] = rr.numCol + 1
		}
		if rr.marker && i == 0 {
			out[i][0] = rr.numCol
		}
	}
	rr.chosen = nil
	return out
}

// refineSweeps bounds how often the row's lines are read again, each
// knowing its neighbours' readings.
const refineSweeps = 3

// trialRefineSweeps is refine's sweeps in a trial reading, which only
// teaches the widths: one sweep brings in what a row's empty cells say.
const trialRefineSweeps = 1

// refine reads each line again knowing the readings of the lines above
// and below it, and keeps a reading that makes the row cheaper, until
// none does: the candidates a line's own evidence ranks first may all
// miss the reading that its neighbours make plain (a unit's name that
// starts a cell, a word that goes on the cell above).
func (rr *rowReader) refine() {
	runOn := make([]bool, len(rr.lines))
	for i, l := range rr.lines {
		runOn[i] = rr.mayRunOn(l.words)
	}
	dirty := make([]bool, len(rr.lines)) // a neighbour's reading changed: read the line again
	for i := range dirty {
		dirty[i] = runOn[i]
	}
	sweeps := refineSweeps
	if rr.trial {
		sweeps = trialRefineSweeps
	}
	for range sweeps {
		changed := false
		for i := range rr.chosen {
			if !dirty[i] {
				continue // its runs of words are whole cells, or nothing near it changed
			}
			dirty[i] = false
			var above, below *lineReading
			if i > 0 {
				above = rr.chosen[i-1]
			}
			if i+1 < len(rr.chosen) {
				below = rr.chosen[i+1]
			}
			others := rr.filledBesides(i)
			cur := rr.inContext(above, rr.chosen[i], below) + rr.emptyCells(others, rr.chosen[i])
			for _, c := range rr.readingsBetween(i, above, below) {
				if v := rr.inContext(above, &c, below) + rr.emptyCells(others, &c); v < cur-1e-9 {
					rr.chosen[i], cur, changed = &c, v, true
					for _, n := range []int{i - 1, i + 1} {
						if n >= 0 && n < len(dirty) && runOn[n] {
							dirty[n] = true
						}
					}
				}
			}
		}
		if !changed {
			return
		}
	}
}

// filledBesides counts, per column, the parts of the row's lines but line
// i that the chosen readings put in it.
func (rr *rowReader) filledBesides(i int) []int {
	n := make([]int, len(rr.xs)-1)
	for li, r := range rr.chosen {
		if li == i {
			continue
		}
		for _, f := range r.frags {
			n[f.col]++
		}
	}
	return n
}

// emptyCells is what a task row says by the cells it must fill (mustFill,
// or a column the trial reading missed: missed) and leaves empty, when
// line's reading r joins the other lines' (filled, from filledBesides):
// the cell-block costs of an empty cell (emptyCost: every task has a lead
// unit). A band going on a row from the page before (no row number) may
// leave any cell empty.
func (rr *rowReader) emptyCells(filled []int, r *lineReading) float64 {
	if !rr.marker || rr.sp == nil || rr.contentOnly(filled, r) {
		return 0
	}
	cost := 0.0
	for k, n := range filled {
		if k == rr.numCol || k >= len(rr.sp.cols) || n > 0 || r.fills(k) || !mustFill(rr.sp.cols[k].role) && !rr.missed(k) {
			continue
		}
		cost += emptyCost(rr.sp.cols[k].role)
	}
	return cost
}

// contentOnly reports whether line's reading r and the other lines'
// (filled) put text in no column but the content and the number: a task
// of its content alone, printed across the table (seed IV.1), whose other
// cells are empty, not missing. Its long lines reach into the lead's
// x-range, and charging its empty lead would cut a unit's words off
// them ("… vào | Ngân hàng").
func (rr *rowReader) contentOnly(filled []int, r *lineReading) bool {
	for k, n := range filled {
		if k == rr.numCol || k >= len(rr.sp.cols) || rr.sp.cols[k].kind == colContent {
			continue
		}
		if n > 0 || r.fills(k) {
			return false
		}
	}
	return true
}

// missed reports whether the document's trial reading missed column k
// (layoutWidths.missedColumns): the row is read as one that fills it
// (emptyCells).
func (rr *rowReader) missed(k int) bool { return k < len(rr.missedCols) && rr.missedCols[k] }

// mustFill reports whether every task fills a column of the role: the
// content, the lead unit and, but for a task now and then, the time
// (emptyCost: costEmptyOther, mild). Others are often empty, and what an
// empty one costs must not make a reading cut a word off its cell to fill
// it. A time left empty most often stands a character or two into the
// column after it (a narrow column's centred "2025" by an empty product
// cell), or runs on at the end of the cell before it. (LibreOffice
// re-renderings 1-48, column-aligned fields wrong: 720 -> 675; 49-64,
// never read: 271 -> 265; Chromium 201-232: 90 -> 86.)
func mustFill(role string) bool {
	return role == model.RoleContent || role == model.RoleLead || role == model.RoleTimeframe
}

// fills reports whether a reading puts text in column k.
func (r *lineReading) fills(k int) bool {
	for _, f := range r.frags {
		if f.col == k {
			return true
		}
	}
	return false
}

// mayStartSomewhere reports whether word j of ws may start a cell in
// some column by where it stands (mayStart, after a cell standing drift
// left of its column).
func (rr *rowReader) mayStartSomewhere(ws []word, j int, drift float64) bool {
	for k := 0; k+1 < len(rr.xs); k++ {
		if rr.mayStart(ws, j, k, drift) {
			return true
		}
	}
	return false
}

// mayRunOn reports whether a line holds a run of words one space apart
// that two cells' texts may share (mayStartAny inside the run).
func (rr *rowReader) mayRunOn(ws []word) bool {
	for j := 1; j < len(ws); j++ {
		if runsOn(ws, j) && rr.mayStartAny(ws, j, 0) {
			return true
		}
	}
	return false
}

// inContext is the cost of reading r between the readings above and
// below it (nil: none).
func (rr *rowReader) inContext(above, r, below *lineReading) float64 {
	cost := r.cost + rr.pairCost(above, r)
	if below != nil {
		cost += rr.pairCost(r, below)
	} else {
		cost += rr.bandEndCost(r)
	}
	return cost
}

// cellParts returns, per column, the pieces the chosen readings put in it,
// top to bottom.
func (rr *rowReader) cellParts() [][]*piece {
	parts := make([][]*piece, len(rr.xs)-1)
	for _, r := range rr.chosen {
		for _, f := range r.frags {
			if f.col != rr.numCol {
				parts[f.col] = append(parts[f.col], f.p)
			}
		}
	}
	return parts
}

// partial is a reading of a line's first words: the last words' column
// (the others' through prev), the cost of the words and of the parts of
// the line closed so far, and the part still open (the last word's
// column): where it starts, its width in the metrics' units and what its
// width and its end say (shapeCost).
type partial struct {
	prev  *partial
	col   int
	words int // how many words, the last of the line's so far, this step holds
	cost  float64
	guide float64 // what the closed parts say of the line above: guides the search, is no part of the reading's own cost
	from  int
	width int
	shape float64
	seq   int // order made in, to break ties the same way every time
}

// partialPool hands out partials from blocks kept from one line's search
// to the next: the readings a search returns hold none of them.
type partialPool struct {
	blocks [][]partial
	b, i   int // next: blocks[b][i]
}

// partialBlock is how many partials a pool allocates at once.
const partialBlock = 512

// reset makes every partial handed out free again.
func (pp *partialPool) reset() { pp.b, pp.i = 0, 0 }

func (pp *partialPool) get() *partial {
	if pp.b < len(pp.blocks) && pp.i == len(pp.blocks[pp.b]) {
		pp.b, pp.i = pp.b+1, 0
	}
	if pp.b == len(pp.blocks) {
		pp.blocks = append(pp.blocks, make([]partial, partialBlock))
	}
	p := &pp.blocks[pp.b][pp.i]
	pp.i++
	return p
}

func (pt *partial) total() float64 { return pt.cost + pt.shape + pt.guide }

// columns returns the columns of the words a partial reading holds.
func (pt *partial) columns(n int) []int {
	cols := make([]int, n)
	for p := pt; p != nil && n > 0; p = p.prev {
		for range p.words {
			n--
			cols[n] = p.col
		}
	}
	return cols
}

// mayStartAny reports whether word j of ws may start a cell in some
// column: after a gap it may, and in a run of words one space apart only
// near a column's start (mayStart).
func (rr *rowReader) mayStartAny(ws []word, j int, drift float64) bool {
	return !runsOn(ws, j) || rr.mayStartSomewhere(ws, j, drift)
}

// lineReadings lists the cheapest readings of line i by what it says on
// its own.
func (rr *rowReader) lineReadings(i int) []lineReading {
	return rr.readingsBetween(i, nil, nil)
}

// readingsBetween lists the cheapest readings of line i. Words go left to
// right into columns that never go back; a gap of two spaces or more
// parts two cells, a single space may (a run-on, at a cost). A part
// growing too wide for its column costs as it grows, so that the search
// keeps the readings that cut a long run where its cells part. Given the
// reading of the line above (not nil), each part of the line is also
// scored, as it is closed, by whether it goes on the cell above or starts
// one.
func (rr *rowReader) readingsBetween(i int, above, below *lineReading) []lineReading {
	ws := rr.lines[i].words
	beam := []*partial{nil}
	rr.pool.reset()
	var next []*partial
	for j := range ws {
		ww := textWidth(ws[j].text)
		if j > 0 && !rr.mayStartAny(ws, j, rr.mostDrift(ws, beam)) {
			// No cell may start here: every reading takes the word into
			// the cell it is in. Nothing to choose, nothing to sort.
			for _, pt := range beam {
				pt.words++
				pt.width += spaceWidth + ww
				pt.cost += rr.wordCost(i, j, pt.col, pt.col, 0)
				pt.shape = rr.shapeCost(pt.col, pt.width, ws[j].x1)
			}
			continue
		}
		next = next[:0]
		for _, pt := range beam {
			next = rr.extend(next, pt, i, j, ww, above)
		}
		slices.SortFunc(next, func(a, b *partial) int {
			if c := cmp.Compare(a.total(), b.total()); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		beam = keepBest(beam[:0], next, rr.keptPerState())
	}
	return rr.ranked(rr.readingsOf(i, beam), above, below)
}

// extend appends to next every way of reading word j of line i (ww wide)
// after the partial reading pt (nil: j is the first word).
func (rr *rowReader) extend(next []*partial, pt *partial, i, j, ww int, above *lineReading) []*partial {
	ws := rr.lines[i].words
	cur := -1
	if pt != nil {
		cur = pt.col
	}
	drift := rr.drift(ws, pt)
	// A line's first word standing far outside every column (a page wider
	// than the one the columns were found on) may still start any of them.
	anywhere := pt == nil && !rr.mayStartSomewhere(ws, j, 0)
	for k := max(cur, 0); k < len(rr.xs)-1; k++ {
		if k != cur && !anywhere && !rr.mayStart(ws, j, k, drift) {
			continue
		}
		c := rr.wordCost(i, j, cur, k, drift)
		if math.IsInf(c, 1) {
			continue
		}
		np := rr.pool.get()
		*np = partial{prev: pt, col: k, words: 1, from: j, width: ww, seq: len(next)}
		if pt != nil {
			np.cost, np.guide = pt.cost, pt.guide
		}
		np.cost += c
		switch {
		case k == cur:
			np.from, np.width = pt.from, pt.width+spaceWidth+ww
		case pt != nil:
			np.cost += pt.shape // the part before is closed
			np.guide += rr.closeCost(i, pt.from, j, cur, above)
		}
		np.shape = rr.shapeCost(k, np.width, ws[j].x1)
		next = append(next, np)
	}
	return next
}

// readingsOf turns the search's last partial readings of line i into
// readings, with their parts and their own costs.
func (rr *rowReader) readingsOf(i int, beam []*partial) []lineReading {
	out := make([]lineReading, 0, len(beam))
	for _, pt := range beam {
		if pt == nil {
			continue
		}
		r := lineReading{cols: pt.columns(len(rr.lines[i].words)), cost: pt.cost + pt.shape}
		r.frags = rr.fragsOf(i, r.cols)
		for _, f := range r.frags {
			if f.col != rr.numCol {
				r.cost += rr.sp.elsewhereCost(f.col, f.p)
			}
		}
		out = append(out, r)
	}
	return out
}

// ranked returns the readingsPerLine cheapest readings: by their own cost,
// or, given the readings above and below, by their cost between them.
func (rr *rowReader) ranked(out []lineReading, above, below *lineReading) []lineReading {
	score := make([]float64, len(out))
	for a := range out {
		score[a] = out[a].cost
		if above != nil || below != nil {
			score[a] = rr.inContext(above, &out[a], below)
		}
	}
	order := make([]int, len(out))
	for a := range order {
		order[a] = a
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(score[a], score[b]) })
	ranked := make([]lineReading, 0, min(len(out), readingsPerLine))
	for _, a := range order[:min(len(order), readingsPerLine)] {
		ranked = append(ranked, out[a])
	}
	return ranked
}

// keepBest appends to beam the cheapest of next (sorted), at most
// readingBeam of them and at most perState with the same column and the
// same start of the open part: what follows costs the same for those, so
// more of them would only crowd out other ways of reading the line.
func keepBest(beam, next []*partial, perState int) []*partial {
	for _, p := range next {
		if len(beam) == readingBeam {
			break
		}
		same := 0
		for _, q := range beam {
			if q.col == p.col && q.from == p.from {
				same++
			}
		}
		if same < perState {
			beam = append(beam, p)
		}
	}
	return beam
}

// perState is how many partial readings with the same open part the
// search keeps.
const perState = 2

// keptPerState is how many partial readings with the same open part the
// search of rr keeps.
func (rr *rowReader) keptPerState() int { return max(rr.kept, perState) }

// finalPerState is perState in the reading returned, once the columns'
// places are chosen. Readings of a line that share their open part cost
// the same for the rest of the line, but not against the lines above and
// below: a reading a little dearer by its own words may be the one that
// goes on the cells above and below (the seed's "vốn sự" / "nghiệp" in
// the content beside "các xã," / "phường," in the lead, where two
// cheaper readings of the line's start took both places and "phường,"
// went to the content). Searching so widely while the columns' places
// are chosen favours wrong places, whose lines it rescues more: whole
// rows were read a column off. (Column-aligned fields wrong over every
// set of re-renderings kept outside the repository, about 60,000 fields:
// 997 -> 937 in the reading returned; 920 with 3 kept in every reading,
// 941 with 4, both with whole rows a column off.)
const finalPerState = 3

// Where a cell's text may start: no further than maxCharsOff characters
// outside its column; and in the middle of a run of words one space apart
// (a run-on), no further left of the column than runOnReach characters or
// runOnReachShare of the column before it, whichever is more, since the
// run's words stand where the text before them pushed them: pdftotext
// sets a line at its page's one character width, and a full line of a
// wide column can take a fifth fewer characters than the column holds.
const (
	maxCharsOff     = 16.0
	runOnReach      = 10.0
	runOnReachShare = 0.3
	runOnUnsure     = 0.5
)

// runOnReachOf is how far left of column k a run-on text may start.
func (rr *rowReader) runOnReachOf(k int) float64 {
	if k == 0 {
		return runOnReach
	}
	return max(runOnReach, runOnReachShare*(rr.xs[k]-rr.xs[k-1]))
}

// mayStart reports whether word j of ws may start a cell's text in
// column k, the cell before it on the line standing drift characters
// left of its column.
func (rr *rowReader) mayStart(ws []word, j, k int, drift float64) bool {
	x := ws[j].x0
	if charsOutside(x, rr.xs[k], rr.xs[k+1]) > maxCharsOff {
		return false
	}
	if runsOn(ws, j) {
		return x >= rr.xs[k]-rr.runOnReachOf(k)-drift && x < rr.xs[k+1]
	}
	return true
}

// drift is how far left of its column the open cell of the partial
// reading pt started on its line: pdftotext sets a dense line's texts one
// space apart, so each cell that runs on from the one before stands
// further left of its column than that one did, and the next one further
// still.
func (rr *rowReader) drift(ws []word, pt *partial) float64 {
	if pt == nil || pt.col == rr.numCol {
		return 0
	}
	return max(0, rr.xs[pt.col]-ws[pt.from].x0)
}

// mostDrift is the most drift of the partial readings of a line.
func (rr *rowReader) mostDrift(ws []word, beam []*partial) float64 {
	most := 0.0
	for _, pt := range beam {
		most = max(most, rr.drift(ws, pt))
	}
	return most
}

// closeCost is what the part of line i from word from to word to, in
// column col, says of the cell above it in the reading above (nil: not
// known): whether it goes on that cell, or starts one. A row number
// makes no part.
func (rr *rowReader) closeCost(i, from, to, col int, above *lineReading) float64 {
	if col == rr.numCol || above == nil && i > 0 {
		return 0 // nothing known above
	}
	if above == nil && !rr.marker {
		return rr.carriedCost(rr.frag(i, from, to, col)) // a band going on a row from the page before
	}
	if rr.marker && i == 0 && from == 0 {
		from = 1
		if from >= to {
			return 0
		}
	}
	g := rr.frag(i, from, to, col)
	if above != nil {
		for _, f := range above.frags {
			if f.col == col {
				return rr.continuationCost(&rr.sp.cols[col], f.p, g.p) + misalignment(f, g)
			}
		}
	}
	return rr.startCost(col, g.p)
}

// pastAgain is the part of shapeCost that line g, going on the cell whose
// line above is f, paid for running past its column's right boundary no
// further than f did: the cell's first line showed that the column reaches
// that far (a boundary found from a header set in another face, or pushed
// on this page), and a cell's every line would pay for it again.
func (rr *rowReader) pastAgain(f, g readingFrag) float64 {
	if g.col == rr.numCol {
		return 0
	}
	edge := rr.xs[g.col+1] + endTolerance
	return costPerCharPast * max(0, min(f.x1, g.x1)-edge)
}

// shapeCost is what a part of a line in column k, width wide (in the
// metrics' units) and ending at character x1, says on its own: wider than
// the column, or running past its right boundary.
func (rr *rowReader) shapeCost(k, width int, x1 float64) float64 {
	if k == rr.numCol {
		return 0
	}
	return overflowCostPer(width, rr.sp.cols[k].width, costOverflowPerShareLayout) + costPerCharPast*max(0, x1-rr.xs[k+1]-endTolerance)
}

// wordCost is what putting word j of line i in column k says, after the
// word before it went to column cur (-1: none), whose cell stands drift
// left of its column.
func (rr *rowReader) wordCost(i, j, cur, k int, drift float64) float64 {
	ws := rr.lines[i].words
	if rr.marker && i == 0 && j == 0 {
		if k != rr.numCol {
			return math.Inf(1) // the row's number is in its column
		}
		return 0
	}
	cost := 0.0
	if k == rr.numCol {
		cost += costNumberText
	}
	if j > 0 && k == cur {
		if !runsOn(ws, j) && !rr.justifiedAt(i, j) {
			cost += costJoinedGap
		}
		if endsRunWithTail(ws, j) || brokenTailInRun(ws, j) {
			cost += costTailInRun
		}
		if amountAfterDate(ws, j) {
			cost += costAmountAfterDate
		}
		if rr.sp.cols[cur].kind == colTime && wordAfterDate(ws, j) {
			cost += costWordAfterDate
		}
		if rr.sp.hasTime && rr.sp.cols[cur].kind != colTime && endsWithWholeTime(ws, j) {
			cost += costWholeTimeInRun
		}
		if conjoinsObjectWord(ws[j-1].text, ws[j].text) {
			cost += costConjoinedObjectWord
		}
		if headBeforeLowercase(ws[j-1].text, ws[j].text) {
			cost += costHeadBeforeLowercase
		}
		if smallWordCapitalisedInRun(ws[j-1].text, ws[j].text) {
			cost += costSmallWordCapitalised
		}
		if rr.final && measuresNoNumber(ws[j-1].text, ws[j].text) {
			cost += costMeasureWithoutNumber
		}
		return cost
	}
	// Word j starts a cell's text in column k.
	if runsOn(ws, j) {
		cost += rr.runOnCutCost(i, j, k)
		cost += costBondCut * rr.bondAcross(i, j, k)
		if cutsDate(ws, j) {
			cost += costDateCut
		}
		if leavesUnitHead(ws, j) {
			cost += costHeadLeftBehind
		}
		if leavesSign(ws, j) {
			cost += costSignLeftBehind
		}
		if cutsRange(ws, j) {
			cost += costRangeCut
		}
		if cutsCount(ws, j) {
			cost += costCountCut
		}
	}
	return cost + costPerCharOff*rr.startOff(ws, j, k, drift)
}

// cutsCount reports whether a cut before word j of ws, run on after the
// word before it, parts a count from the lowercase unit it counts ("Báo
// cáo 6 | tháng, năm", "trong 05 | ngày làm việc"): the product's or
// the time's "6 tháng" run on after the coordinating cell's "… cơ quan",
// the count kept in the cell before. No cell opens with a lowercase
// period; a capitalised one ("500 | Tháng 4/2027") may open a time after
// a funding cell's amount.
func cutsCount(ws []word, j int) bool {
	if !runsOn(ws, j) {
		return false
	}
	count, unit := ws[j-1].text, ws[j].text
	if !isCount(count) {
		return false
	}
	return !capitalised(unit) && isSpanUnit(lowerHash(trailPunct.trimRight(unit)))
}

// cutsDate reports whether a cut before word j of ws, run on after the
// word before it, parts a date's unit word from its number ("tháng | 5
// năm sau", "ngày | 30/6", "Quý | II"): a time cell run on into the
// column after it, where the number under that column's head reads as
// the start of a funding cell ("1.200 5"). No cell opens with a bare
// day or month number, and a cell ends in "tháng" or "ngày" only in a
// date broken over two lines, which stands on the line below; nor in a
// capitalised "Năm" before a year (opensYear).
func cutsDate(ws []word, j int) bool {
	if !runsOn(ws, j) {
		return false
	}
	before, w := ws[j-1].text, ws[j].text
	if opensYear(before) {
		return opensWithDigit(w)
	}
	return numbersDate(before, w)
}

// numbersDate reports whether w is the number of unit, a date's unit word
// that wants one ("ngày" 30/6, "tháng" 5, "quý" II): a day's, a month's or
// a quarter's digits in their range (dateNumberMax: in "tháng" | "200" a
// month's word meets an amount), a quarter's roman numeral, or a lunar month's
// name ("tháng" Giêng: lunarMonths).
func numbersDate(unit, w string) bool {
	u := trimmedHash(unit, lowerHash(unit), trailClause)
	if !numberedDateWords.has(u) {
		return false
	}
	if opensWithDigit(w) {
		n := leadingNumber(w)
		return n >= 1 && n <= dateNumberMax(u)
	}
	if w != "" && romanValue(trimPairPunct(w)) > 0 {
		return true
	}
	return u == hThang && lunarMonths.has(trimmedHash(w, lowerHash(w), trailClause)) // "tháng | Giêng"
}

// dateNumberMax is the largest number a date's unit word u takes: a
// month's day, a year's month, a year's quarter.
func dateNumberMax(u uint64) int {
	switch u {
	case hThang:
		return monthsInYear
	case hQuy, hQui:
		return quartersInYear
	}
	return daysInMonth
}

// The ranges of a date's numbers (dateNumberMax).
const (
	daysInMonth    = 31
	monthsInYear   = 12
	quartersInYear = 4
)

// leadingNumber is the value of the digits w opens with ("30/6" is 30),
// -1 past maxLeadingDigits of them.
func leadingNumber(w string) int {
	n := 0
	for i := 0; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		if i == maxLeadingDigits {
			return -1
		}
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// maxLeadingDigits bounds leadingNumber: no date's number has more.
const maxLeadingDigits = 4

// opensYear reports whether w is "Năm" capitalised, which opens a time
// with its year ("Năm 2027"): a cell ends with a lowercase "năm" ("Hằng
// năm", "03 năm") and the next opens with a year often enough, but no
// cell ends with a capitalised one ("… được nâng cấp Năm" | "2027").
func opensYear(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && lowerHash(w) == hNam
}

// leavesUnitHead reports whether a cut before word j of ws, run on
// after the word before it, leaves a unit's bare head word behind at the
// end of the cell before ("… cảnh báo sạt lở đất Viện | Địa chất"): the
// head opens the unit's name, the next cell's, and pdftotext ran it on
// after the cell before with one space, left of the column's boundary.
// After a list separator the head opens the cell's own next unit, whose
// name wraps below ("Truyền hình tỉnh; Sở" / "Văn hóa …"), and after a
// word that governs it the head is a whole noun ("thuộc Bộ").
func leavesUnitHead(ws []word, j int) bool {
	if !runsOn(ws, j) {
		return false
	}
	w := ws[j-1].text
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || !bareHeadWords.has(lowerHash(w)) {
		return false
	}
	if j < 2 {
		return true
	}
	before := ws[j-2].text
	r, _ = utf8.DecodeLastRuneInString(before)
	return !governsHead(before) && !listSeparators.has(r) // "…; Sở" opens the cell's next unit, named on the line below
}

// governsHead reports whether w, the word before a unit's head word,
// makes that head a whole noun of its own: "Các đơn vị thuộc Bộ", "trình
// Bộ", "báo cáo Sở" name the ministry or the department, and end there.
func governsHead(w string) bool {
	h := lowerHash(w)
	return danglingWords.has(h) || headGoverningWords.has(h)
}

// headGoverningWords take a unit's head word as their object ("thuộc
// Bộ", "trình Bộ", "báo cáo Sở"), or make it the name of one of its organs
// ("Văn phòng Sở", "Thanh tra Bộ").
var headGoverningWords = lowerWordSet("thuộc", "trình", "cáo", "gửi", "phòng", "tra")

// leavesSign reports whether a cut before word j of ws, run on after the
// word before it, leaves behind a sign that wants the number after it
// ("≥", "≤", ">", "<", "~"): a target cell "≥ 99,5%" run on after the
// content's "… mẫu giáo 5", its sign left of the column's boundary. No
// cell ends with such a sign; nor with a range's dash whose first end is
// not before it ("Lễ mít tinh, -" / "12/2027": the dash of "Tháng 11 -
// 12/2027" wrapped, run on after the product's line), unless the number
// opens a range of its own (opensOwnRange): then the dash is a name's,
// left at its line's end ("Vụ Kế hoạch -" / "Tài chính") before a time
// "2096 - 2097" run on after it.
func leavesSign(ws []word, j int) bool {
	if !runsOn(ws, j) {
		return false
	}
	if numberSigns[ws[j-1].text] {
		return true
	}
	return rangeDashes[ws[j-1].text] && opensWithDigit(ws[j].text) && !(j >= 2 && runsOn(ws, j-1) && endsWithDigit(ws[j-2].text)) && !opensOwnRange(ws, j)
}

// opensOwnRange reports whether word j of ws is a number that a range's
// dash follows, run on ("2096 - 2097", "2096 -" and its end on the line
// below): a range with its own dash, which wants none before it.
func opensOwnRange(ws []word, j int) bool {
	if j+1 >= len(ws) || !runsOn(ws, j+1) {
		return false
	}
	return endsWithDigit(ws[j].text) && rangeDashes[ws[j+1].text]
}

// opensWithDigit and endsWithDigit report whether w's first or last byte
// is a digit.
func opensWithDigit(w string) bool { return w != "" && isDigitByte(w[0]) }
func endsWithDigit(w string) bool  { return w != "" && isDigitByte(w[len(w)-1]) }

// cutsRange reports whether a cut before word j of ws, run on after
// the word before it, parts a range's dash from the number it follows
// ("Tháng 10 | - 12/2026", "giai đoạn 2026 | - 2030", a quarter's
// numeral: "Quý II | - 600.000.000" before "Quý IV/2033" below): the dash
// goes on the range, whose end follows it or stands on the line below,
// and the dash left at the start of the next cell would read as a bullet
// ("- Quyết định …").
func cutsRange(ws []word, j int) bool {
	if !runsOn(ws, j) || !rangeDashes[ws[j].text] {
		return false
	}
	return endsWithDigit(ws[j-1].text) || romanValue(ws[j-1].text) > 0
}

// amountAfterDate reports whether word j of ws, run on after the word
// before it, is an amount after a date's or a year's number ("Tháng
// 4/2027 40", "Năm 2027 1.200"): a time cell ends with its date, and the
// amount is the funding cell beside it, which pdftotext ran on with one
// space in a narrow table. A year after a year is a range's end, not an
// amount.
func amountAfterDate(ws []word, j int) bool {
	if !runsOn(ws, j) || !isAmountWord(ws[j].text) || isYear(ws[j].text) {
		return false
	}
	return isDateOnly(ws[j-1].text)
}

// wordAfterDate reports whether word j of ws, run on after the word
// before it, is a word after a date's number ("05/9/2054 chính",
// "01/9/2054 lập”", "25/8/2054 Quốc"): a time cell ends with its date
// but for the words that join it to another ("và", "đến"), give its
// manner ("hằng năm", "trở đi") or open a time phrase; any other is the
// last line of the cell beside it, which pdftotext ran on with one space
// where a narrow time column stands before the content.
func wordAfterDate(ws []word, j int) bool {
	if !runsOn(ws, j) || !isDateOnly(ws[j-1].text) {
		return false
	}
	w := ws[j].text
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
		return false
	}
	l := trimmedHash(w, lowerHash(w), trailClause)
	return !dateLinkWords.has(l) && !timeFirstWords.has(l) && !timeSecondWords.has(l)
}

// conjoinsObjectWord reports whether w, a conjunction ("và", "hoặc"),
// follows prev, a word that wants its object after it: a preposition
// ("tại", "của", "cho", "với", "về"), a determiner ("các", "những") or a
// conjunction itself. No sentence says "tại và" or "và và": where a line
// reads so, a cell's last word and the next column's first stand one
// space apart ("… ở trẻ em tại" / "và Trẻ em", the lead's "Cục Bà mẹ" /
// "và Trẻ em" beside it; "… thiên tai và" beside "Văn phòng HĐND" / "và
// UBND xã"). Words that pair with their opposite ("trong và ngoài",
// "trước và sau") are no such words.
func conjoinsObjectWord(prev, w string) bool {
	if !conjunctions.has(lowerHash(w)) {
		return false
	}
	h := lowerHash(prev)
	return objectWords.has(h) || conjunctions.has(h)
}

// measuresNoNumber reports whether w, a unit of measure ("ha", "km",
// "tấn"), follows prev, a word that is no number: a unit stands after its
// number ("45.000 ha"), and where a target cell's number and unit are on
// two lines, its unit alone stands one space after the content's line
// beside it ("… rừng cho cộng đồng ha"), which is not the content's word.
func measuresNoNumber(prev, w string) bool {
	return measureUnits.has(lowerHash(trimPairPunct(w))) && !endsWithDigit(trimPairPunct(prev))
}

// measureUnits are the units of measure plans count their targets in:
// area, length, weight, volume.
var measureUnits = lowerWordSet("ha", "km", "m2", "m²", "m3", "m³", "tấn", "kg", "lít")

// headBeforeLowercase reports whether prev is a department's head word
// ("Sở", "Cục"), capitalised, and w a lowercase word after it: a
// department is named in capitals ("Sở Tư pháp"), and where a line reads
// "… Sở chuyên môn", the head is a cell's last word beside the next
// column's line ("Văn phòng Sở" beside "Các phòng" / "chuyên môn"). A few
// lowercase words do follow the head: "Sở ngành" (departments and
// sectors), "Sở hữu" (ownership), "Cục bộ" (local), "Sở tại" (the local
// one).
func headBeforeLowercase(prev, w string) bool {
	if !departmentHeads.has(lowerHash(prev)) || !capitalised(prev) || capitalised(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && !headLowerWords.has(lowerHash(trimPairPunct(w)))
}

// smallWordCapitalisedInRun reports whether w, after prev one space
// apart, is a word a sentence writes small, written with a capital, after
// a word that ends with a small letter, as a sentence going on does ("…
// (1) chuẩn Các"): a linking word ("Các", "Những", "Về"; opensWithLinker)
// or a place's level before its name ("Xã", "Phường", "Thôn", "Ấp";
// placeLevels, not levelsInNames: "Huyện ủy", "Tỉnh ủy"). A capital one
// opens a cell, here the next column's ("Các Cục, Vụ chuyên ngành", a
// lead run on after the content one space apart, left of its head's
// boundary, where the cut after it cost no more; "Xã Phú Lộc, …", a
// place).
func smallWordCapitalisedInRun(prev, w string) bool {
	o := openingOf(w)
	if !opensWithLinker(o) && !(capitalised(w) && placeLevels.has(o.l1) && !levelsInNames.has(o.l1) && !isCodeWord(w)) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsLower(r)
}

// departmentHeads are the head words of departments' names.
var departmentHeads = lowerWordSet("sở", "cục")

// headLowerWords are the lowercase words that follow "Sở" or "Cục" in a
// phrase of their own (headBeforeLowercase).
var headLowerWords = lowerWordSet("ngành", "hữu", "bộ", "tại")

// conjunctions join two words or phrases of one kind.
var conjunctions = lowerWordSet("và", "hoặc", "hay")

// objectWords want a noun after them: prepositions and determiners.
var objectWords = lowerWordSet("tại", "của", "cho", "với", "về", "bởi", "các", "những", "mọi", "từng", "mỗi")

// endsWithWholeTime reports whether word j of ws, run on after the word
// before it, opens a whole time that ends the line: a named date ("… Sở
// Dân tộc và Tôn giáo Quý I/2026", "… các xã Năm 2026"; isNamedDate) or
// a recurrence's two words ("… Tôn giáo Thường xuyên"): the time cell of
// a table whose time column comes last, run on by pdftotext with one
// space. No other cell ends with one capitalised.
func endsWithWholeTime(ws []word, j int) bool {
	if !runsOn(ws, j) || !capitalised(ws[j].text) {
		return false
	}
	first := lowerHash(ws[j].text)
	if recurrenceWords.has(first) {
		return j+2 == len(ws) && isTimeSecondWord(ws[j+1].text)
	}
	return (dateUnitWords.has(first) || first == hHoc) && isNamedDate(joinWords(ws[j:])) // the words isNamedDate opens with, before the line is joined
}

// recurrenceWords open a recurrence with a time's second word after them
// ("Thường xuyên", "Hằng năm", "Hàng quý").
var recurrenceWords = lowerWordSet("thường", "hằng", "hàng")

// dateLinkWords go on a time cell after its date's number: they join it
// to the next ("30/6 và 31/12", "20/8 đến 05/9"), or say how often or
// from when ("2026 trở đi", "15/12 hằng năm").
var dateLinkWords = lowerWordSet("và", "đến", "tới", "hoặc", "trở", "từ", "hằng", "hàng", "sau", "trước", "lần", "đi", "của")

// rangeDashes join a range's two ends ("2026 - 2030").
var rangeDashes = map[string]bool{"-": true, "–": true}

// numberSigns stand alone before the number they bound.
var numberSigns = map[string]bool{"≥": true, "≤": true, ">": true, "<": true, "~": true, ">=": true, "<=": true}

// numberedDateWords are the words a date's number follows ("tháng 5",
// "ngày 30/6", "quý II"). "Năm" is not among them: a content cell ending
// "… hằng năm" may run on into a time cell opening with a year.
var numberedDateWords = lowerWordSet("tháng", "ngày", "quý", "quí")

// endsRunWithTail reports whether word j of ws, run on after the word
// before it, ends its run as a capital consonant alone ("… công nghệ số
// N"): no Vietnamese word, but the end of one a narrow column broke on the
// line above ("KH&C" / "N"), which opens its cell's line there and is run
// on after the column before it only by pdftotext. Lowercase letters stay:
// "điểm b" names a clause.
func endsRunWithTail(ws []word, j int) bool {
	if !runsOn(ws, j) || (j+1 < len(ws) && runsOn(ws, j+1)) {
		return false
	}
	w := ws[j].text
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && isLoneConsonant(w) && romanValue(w) == 0
}

// brokenTailInRun reports whether word j of ws, run on after the word
// before it, is a lowercase word's broken-off end: a final consonant alone
// ("n", "g", "ng", "nh", "ch"), no Vietnamese word, which a column
// narrower than a word broke off on the line above ("Khuyế" / "n công",
// "Thươn" / "g"). It opens its cell's line, run on after the column
// before it only by pdftotext ("… khuyến công n công"), and joined there
// it makes the other cell's word whole again. After a number it is a
// unit ("500 m", "100.000 đ"), after a clause's word a clause ("điểm c").
func brokenTailInRun(ws []word, j int) bool {
	if !runsOn(ws, j) {
		return false
	}
	w := ws[j].text
	if !finalConsonants[w] {
		return false
	}
	before := ws[j-1].text
	return !opensWithDigit(before) && !clauseWords.has(lowerHash(before))
}

// finalConsonants are the endings a Vietnamese syllable closes with, and
// "g" and "h", the ends of "ng", "nh" and "ch" broken after their first
// letter ("Thươn" / "g"): alone, in lowercase, the tail of a broken word.
var finalConsonants = map[string]bool{"c": true, "m": true, "n": true, "p": true, "t": true, "g": true, "h": true,
	"ch": true, "ng": true, "nh": true}

// clauseWords name a document's parts by letter ("điểm c", "mục b").
var clauseWords = lowerWordSet("điểm", "khoản", "mục", "tiết", "phần", "phụ")

// justifiedAt reports whether word j of line i stands after a gap of the
// justified run its line opens with (justifiedGaps).
func (rr *rowReader) justifiedAt(i, j int) bool {
	if rr.justified == nil {
		rr.justified = make([][]bool, len(rr.lines))
		for n, l := range rr.lines {
			from := 0
			if rr.marker && n == 0 {
				from = 1 // after the row's number
			}
			rr.justified[n] = justifiedGaps(l.words, from)
		}
	}
	return rr.justified[i][j]
}

// justifiedGaps returns which of ws stand after a gap of a justified run:
// a word processor spreads the words of a justified cell's line over the
// column's width, and pdftotext keeps the spread as gaps of several spaces
// between every two words ("thay    thế    Quyết      định   số"), gaps a
// column's boundary would make. The run opens the line (from: its first
// word after the row's number) and goes on while the gaps are from
// segmentGap to maxJustifiedGap wide and within justifiedSpread of each
// other, over at least minJustifiedWords words; the first gap of one space
// ends it (a justified line's cell ends there, run on into the next
// column's text, as pdftotext sets it).
func justifiedGaps(ws []word, from int) []bool {
	out := make([]bool, len(ws))
	lo, hi, end := math.Inf(1), math.Inf(-1), from
	for j := from + 1; j < len(ws); j++ {
		g := ws[j].x0 - ws[j-1].x1
		if g < segmentGap || g > maxJustifiedGap || max(hi, g)-min(lo, g) > justifiedSpread {
			break
		}
		lo, hi, end = min(lo, g), max(hi, g), j
	}
	if end-from+1 < minJustifiedWords {
		return out
	}
	for j := from + 1; j <= end; j++ {
		out[j] = true
	}
	return out
}

// bondAcross is how strongly word j of line i holds to the word before it
// (wordBonds.bond) against a cut between them into column k; not at all
// where the cut opens the time column with a time's words ("… tỉnh; |
// Thường xuyên") or goes on in it with a time's second word ("… các xã, |
// xuyên" under "Thường"): a time's words are no name's, and the narrow
// time column is the one run on most often, row after row, which makes
// the document's own counts bond its words to the cell before them.
// (LibreOffice re-renderings 1-48, column-aligned fields wrong: 478 -> 462;
// held-out 49-64: 195 -> 197; Chromium 201-232 unchanged. The second
// word too: LibreOffice 1-80 425 -> 403, Chromium 201-232 62 unchanged.)
func (rr *rowReader) bondAcross(i, j, k int) float64 {
	ws := rr.lines[i].words
	if rr.sp.cols[k].kind == colTime && (rr.opensCell(i, j, k) || isTimeSecondWord(ws[j].text)) {
		return 0
	}
	return rr.bond(ws[j-1].text, ws[j].text)
}

// isTimeSecondWord reports whether w is the second word of a time
// ("xuyên" of "Thường xuyên", "năm" of "Hằng năm"; startsLikeTimeOnly).
func isTimeSecondWord(w string) bool {
	return timeSecondWords.has(trimmedHash(w, lowerHash(w), trailClause))
}

// runOnCutCost is what a cut before word j of line i, one space after the
// word before it, into column k costs: less where the words after it open
// a cell of that column ("… bổ sung | Ban Quản lý", "… 2025 | Quyết định").
func (rr *rowReader) runOnCutCost(i, j, k int) float64 {
	cost := costRunOnCut
	if rr.opensCell(i, j, k) || rr.sp.cols[k].kind == colTime && goesOnRange(rr.lines[i].words, j) {
		cost = costRunOnOpening
	}
	if ws := rr.lines[i].words; j > 0 && partsName(ws[j-1].text, ws[j].text) {
		cost += costNameCut
	} else if j > 0 && doublesLinkWord(ws[j-1].text, ws[j].text) {
		cost = costRunOnOpening
	}
	return cost
}

// doublesLinkWord reports whether a and b are one linking word twice
// ("… sử dụng đất và | và Môi trường"): no sentence says "và và" or "của
// của", so at a seam the second opens the next column's text, where a cut
// a word before or after it costs the same by every other measure (a
// portrait page's content run on into the lead's "… nghiệp / và Môi /
// trường" one space apart). Linking words are danglingWords, which want
// what follows them; "từ từ" ("slowly") doubles in a sentence.
func doublesLinkWord(a, b string) bool {
	h := lowerHash(a)
	return h == lowerHash(b) && danglingWords.has(h) && h != hTuWord
}

// hTuWord is lowerHash("từ"), a linking word that doubles as an adverb.
var hTuWord = lowerHash("từ")

// goesOnRange reports whether words j on of ws go on a time's range
// with its second bound ("đến ngày 10/9/2033", "tới tháng 12", "- 2067"
// after "Năm học 2066"): the
// line of a time cell after its first ("Từ ngày 25/8"), which opens no
// cell but is a time's all the same. pdftotext ran the units' list on
// into it one space apart ("… Phụ nữ xã; các đến ngày"), and the cut
// went after "các", the time reading "Từ ngày 25/8 các đến ngày …".
func goesOnRange(ws []word, j int) bool {
	if j+1 >= len(ws) {
		return false
	}
	next := ws[j+1].text
	if rangeDashes[ws[j].text] {
		return opensWithDigit(next) // "- 2067" after "Năm học 2066"
	}
	if !rangeBounds.has(lowerHash(ws[j].text)) {
		return false
	}
	h := lowerHash(next)
	return dateUnitWords.has(h) || numberedDateWords.has(h) || h == hHet || opensWithDigit(next)
}

// rangeBounds open a range's second bound, in lowercase mid-time.
var rangeBounds = lowerWordSet("đến", "tới")

// hHet is lowerHash("hết"), a period's end after a range's bound ("đến
// hết năm"); a date's unit words (dateUnitWords, numberedDateWords) follow
// the bound too ("đến ngày", "đến tháng").
var hHet = lowerHash("hết")

// partsName reports whether a cut between words a and b parts two words
// of a unit's name (namePairs: "Du | lịch", "Thể | thao"), which a run-on
// cut at a seam rarely does: the cut before or after the pair, as cheap
// by every other measure, is the one.
func partsName(a, b string) bool { return namePairSet.has(pairKey(pairHash(a), pairHash(b))) }

// namePairSet holds namePairs as pairKey of their words' pairHash.
var namePairSet = func() *hashSet {
	s := newHashSet(len(namePairs))
	for _, p := range namePairs {
		s.add(pairKey(pairHash(p[0]), pairHash(p[1])))
	}
	return s
}()

// costNameCut is what a run-on cut through a name's pair adds (partsName):
// a tie-breaker, less than any evidence of a cell's start.
const costNameCut = 0.1

// opensCell reports whether the words of line i from word j on open a
// cell of column k by its kind's vocabulary (the traits of their first
// two words' piece): a unit's ("Ban Quản lý"), a document's ("Quyết
// định") or a time's ("Thường xuyên"); in an extra column, a count that
// ends its run (endsRunWithAmount).
func (rr *rowReader) opensCell(i, j, k int) bool {
	if k == rr.numCol {
		return false
	}
	kind := rr.sp.cols[k].kind
	if kind == colOther {
		return rr.sp.cols[k].role == model.KeyExtra && endsRunWithAmount(rr.lines[i].words, j) // a note is no count
	}
	if kind != colUnit && kind != colProduct && kind != colFunding && kind != colTime {
		return false // the content has no opening words
	}
	p := rr.piece(i, j, min(j+2, len(rr.lines[i].words)))
	switch {
	case p.lower:
		return false // "… ngân sách | nhà nước": a cell opens with a capital, whatever the word
	case kind == colTime:
		return p.timeOnly
	}
	return rr.sp.startOf(kind, p) == startUsual
}

// endsRunWithAmount reports whether word j of ws is a bare number or sum
// (isAmountWord) that ends its run of words one space apart: the whole
// text of an extra column of counts ("Số lượng (người)": "60", "100")
// that pdftotext ran on from the cell before it ("Bác sĩ, dược sĩ 100",
// "Điều dưỡng, 60"), where the other columns' openings tell nothing.
func endsRunWithAmount(ws []word, j int) bool {
	return isAmountWord(ws[j].text) && (j+1 == len(ws) || !runsOn(ws, j+1))
}

// startOff is how many characters outside column k word j of ws stands,
// as the start of a cell's text there. A run-on text stands where the
// text before it pushed it: how far left of its column it stands says
// little (runOnUnsure of runOnReachOf is no evidence), and no more than
// the cell before it on the line did (drift).
func (rr *rowReader) startOff(ws []word, j, k int, drift float64) float64 {
	x := ws[j].x0
	if runsOn(ws, j) {
		x = min(x+runOnUnsure*rr.runOnReachOf(k)+drift, max(rr.xs[k], x))
	}
	return charsOutside(x, rr.xs[k], rr.xs[k+1])
}

// charsOutside is how far a text starting at x stands outside the column
// [lo, hi), allowing startTolerance to the left.
func charsOutside(x, lo, hi float64) float64 {
	x += startTolerance
	switch {
	case x < lo:
		return lo - x
	case x >= hi:
		return x - hi
	}
	return 0
}

// fragsOf groups a reading's words into the parts of the line each column
// holds, with their pieces.
func (rr *rowReader) fragsOf(i int, cols []int) []readingFrag {
	ws := rr.lines[i].words
	var out []readingFrag
	for j := 0; j < len(ws); {
		e := j + 1
		for e < len(ws) && cols[e] == cols[j] {
			e++
		}
		if !(rr.marker && i == 0 && j == 0) || e > 1 {
			from := j
			if rr.marker && i == 0 && j == 0 {
				from = 1 // the number is no cell text
			}
			out = append(out, rr.frag(i, from, e, cols[j]))
		}
		j = e
	}
	return out
}

// frag is the part of line i made of words [from, to), in column col.
func (rr *rowReader) frag(i, from, to, col int) readingFrag {
	ws := rr.lines[i].words
	return readingFrag{col: col, from: from, to: to, x0: ws[from].x0, x1: ws[to-1].x1, p: rr.piece(i, from, to), pushed: rr.pushed(i, from)}
}

// piece makes the piece of words [from, to) of line i, once.
func (rr *rowReader) piece(i, from, to int) *piece {
	ws := rr.lines[i].words
	key := pieceKey{&ws[0], from, to}
	if p, ok := rr.cache[key]; ok {
		return p
	}
	p := makePiece(joinWords(ws[from:to]), line{})
	rr.cache[key] = &p
	return &p
}

// pieceCache keeps the pieces made of a line's words across the
// readings of a document: each reading of the rows asks for the same.
// Pieces are kept by line (its first word) and words [from, to).
type pieceCache map[pieceKey]*piece

type pieceKey struct {
	line     *word
	from, to int
}

// joinWords is the text of words one space apart. Column-aligned text is
// NFC already (layoutPages), so it needs no normalising.
func joinWords(ws []word) string {
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w.text)
	}
	b := make([]byte, 0, max(n, 0))
	for k, w := range ws {
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.text...)
	}
	return string(b)
}

// endTolerance is how many characters a cell's text may run past its
// column's right boundary before that counts against the reading (then
// costPerCharPast a character): a run on is pushed right by the text
// before it, a boundary found from the header stands a few characters
// off, and pdftotext gives a narrow column's text more characters than the
// column is wide (a word processor's narrow columns of centred headers:
// "Văn bản chỉ" set from where the column starts to 4-7 characters past
// where the header says the next column begins).
//
// startTolerance is how many characters left of its column a cell's text
// may start and still stand in it. A text that stands where pdftotext
// found it (not pushed by a run-on) starts where its column starts, give
// or take a character: its left edge is the surer end.
//
// (Tuned together on re-renderings kept outside the repo, 4 annexes x 16
// layouts each: from 2, 3 and 0.35 to 1, 5 and 0.18, LibreOffice
// renderings 84.3% -> 90.1% of fields exact, held-out ones 80.5% -> 85.1%;
// Chromium ones 98.4% -> 98.5%, held-out ones 98.2% -> 97.8%.)
const (
	endTolerance   = 5.0
	startTolerance = 1.0
)

// pairCost is what line b's reading says after line a's (nil: b is the
// band's first line): in each column, whether b's part goes on a's cell
// or starts one, and whether it stands in line with it.
func (rr *rowReader) pairCost(a, b *lineReading) float64 {
	cost := 0.0
	var above []readingFrag
	if a != nil {
		above = a.frags
	}
	ai := 0
	for _, g := range b.frags {
		for ai < len(above) && above[ai].col < g.col {
			cost += rr.endCost(above[ai])
			ai++
		}
		if g.col == rr.numCol {
			continue
		}
		col := &rr.sp.cols[g.col]
		if ai < len(above) && above[ai].col == g.col {
			f := above[ai]
			ai++
			cost += rr.continuationCost(col, f.p, g.p) + misalignment(f, g) - rr.pastAgain(f, g)
			cost -= costVerticalBond * rr.verticalBond(f.p, g.p)
			continue
		}
		if a == nil && !rr.marker {
			cost += rr.carriedCost(g) // the band goes on a row from the page before
			continue
		}
		cost += rr.startCost(g.col, g.p)
	}
	for ; ai < len(above); ai++ {
		cost += rr.endCost(above[ai])
	}
	return cost + crossingCost(a, b)
}

// carriedCost is what the first line's part g of a band going on a row
// from the page before says of its column's cell there (carried): the
// bond of the cell's last word there and g's first word, as a cell's
// line going on the line above earns it (verticalBond, a known pair).
// Nothing else is known across the page break: where a cell ended is not
// where its column starts on the next page, and a cell that reached the
// page bottom need not look full. Read without it, the next page's
// "xuất xe" of a note "… doanh nghiệp sản" stood nearer the funding's
// start than the note's, and went on the funding.
func (rr *rowReader) carriedCost(g readingFrag) float64 {
	if g.col >= len(rr.carried) || rr.carried[g.col] == nil {
		return 0
	}
	prev := rr.carried[g.col]
	return -costVerticalBond*rr.verticalBond(prev, g.p) + rr.knownPairCost(prev, g.p)
}

// knownPairCost is costKnownPair when p goes on a cell after its line
// prev with two words the document prints side by side elsewhere (a
// bullet opens a paragraph of its own), else 0: split.go's breakCost of
// a full line, asked where nothing is known of the widths.
func (rr *rowReader) knownPairCost(prev, p *piece) float64 {
	if !p.bullet && rr.sp.pairs.has(prev.last, p.first) {
		return costKnownPair
	}
	return 0
}

// crossingCost is what two consecutive lines' readings a (nil: none) and
// b say when a cell's text starts at or right of where a later column's
// text starts on the other line ("Đề án vị" / "trí việc" under it, read
// as the product's line and the coordinating unit's): a table's columns
// stand side by side, so on every line of a row a column's text starts
// left of the next columns' starts, pdftotext's drift aside
// (crossTolerance).
func crossingCost(a, b *lineReading) float64 {
	if a == nil {
		return 0
	}
	n := 0
	for _, f := range a.frags {
		for _, g := range b.frags {
			if crosses(f, g) || crosses(g, f) {
				n++
			}
		}
	}
	return costCrossing * float64(n)
}

// crosses reports whether f, of a column left of g's, starts at or right
// of g's start, within crossTolerance.
func crosses(f, g readingFrag) bool {
	return f.col < g.col && f.x0 >= g.x0-crossTolerance
}

// verticalBond is how strongly p's first word holds to the last word of
// prev, the line above it in one cell: wordBonds.bond of the two, which
// the document prints side by side elsewhere when they are one name's
// words ("Sở Tài" / "chính", "Ủy ban" / "nhân dân"). A cut inside a line
// pays for parting bonded words (bondAcross); a name broken across two
// lines of one cell is as telling the other way. Where pdftotext runs the
// cell's second line on after the column before it ("… Quyết định chính"),
// this is what puts "chính" under "Sở Tài" rather than in the content.
func (rr *rowReader) verticalBond(prev, p *piece) float64 {
	if datesAcrossLines(prev, p) {
		return 1
	}
	return rr.bond(lastWord(prev.text), firstWord(p.text))
}

// datesAcrossLines reports whether prev ends with a date's unit word and
// p opens with its number ("đến ngày" / "30/4/2027", "Trước ngày" / "15/12";
// prev dangling there, wanting it):
// one date broken over a cell's two lines, bonded as fully as cutsDate
// holds it inside a line. Where the next column's words run on after the
// unit word ("đến ngày tự" / "30/4/2027" beside "Thí sinh" / "do"), the
// reading that keeps the date whole is the time's.
func datesAcrossLines(prev, p *piece) bool {
	// prev.dangling: "Hằng tháng" / "95%" is a whole time, and the
	// product's share beside it.
	return prev.dangling && numbersDate(lastWord(prev.text), firstWord(p.text)) || yearAcrossLines(prev, p)
}

// yearAcrossLines reports whether prev ends with "năm" and p opens with a
// year ("… cải cách hành chính năm" / "2032 của Sở"): the year's word and
// its number broken over a cell's two lines. After a noun "năm" may end a
// cell ("Báo cáo năm", so it does not dangle), but a year on the cell's
// next line is its number: where pdftotext ran the next column's word on
// after "năm" ("… hành chính năm Sở", the lead's "Văn phòng" / "Sở"),
// the reading that keeps the year with its word puts that word back.
func yearAcrossLines(prev, p *piece) bool {
	return lowerHash(lastWord(prev.text)) == hNam && isYear(trimPairPunct(firstWord(p.text)))
}

// bond is how strongly the reading holds two words one space apart
// (bondAcross) or broken over a cell's two lines (verticalBond): in the
// reading returned (final) weakBond, two words the document prints side
// by side once elsewhere holding too ("… theo Đào" / "tạo" or "… theo" /
// "Đào tạo": a tie between two readings of a content line run on into
// the lead's, which "Đào tạo" once elsewhere tips); while the columns'
// places are chosen, bond only: summed over every line of a document,
// such weak evidence outweighs what tells one place of the columns from
// another (a ministry's plan read with its times in the notes column).
func (rr *rowReader) bond(a, b string) float64 {
	if rr.final {
		return rr.sp.bonds.weakBond(a, b)
	}
	return rr.sp.bonds.bond(a, b)
}

// continuationCost is what p going on the cell whose line above is prev
// says: split.go's continuationCost, but in a trial reading (widths only
// guessed) without what the widths say of full lines, which a wrong
// width turns against the right reading.
func (rr *rowReader) continuationCost(col *colModel, prev, p *piece) float64 {
	if !rr.trial {
		return rr.sp.continuationCost(col, prev, p)
	}
	return rr.sp.kindContinuation(col, prev, p) + rr.knownPairCost(prev, p)
}

// startCost is what a part of a line says as the first line of a cell in
// column c: split.go's start costs, but for the widths.
func (rr *rowReader) startCost(c int, p *piece) float64 {
	s := rr.sp.startCostOf(c, p)
	cost := s.lower + s.kind
	if c < len(rr.openings) && rr.openings[c][openingKey(p.text)] >= minSeenRows {
		cost += costKnownOpening
	}
	if p.bullet && c < len(rr.openings) && rr.openings[c] != nil && rr.openings[c][bulletOpening] < minSeenRows {
		cost += costUnusedBullet
	}
	return cost
}

// bulletOpening is the key openings count the cells that open with a
// bullet under ("- Sở Tư pháp;").
var bulletOpening = lowerHash("\x00bullet")

// costUnusedBullet is what a cell opening with a bullet says in a column
// whose cells do not open so in the reading before: a spaced dash run on
// between two cells ("… xóm sáng - Hội Liên hiệp Phụ", "Công chức Văn
// hóa - Đoàn Thanh niên xã;") ends the cell before it, a name's or a
// phrase's parts joined across its wrap ("sáng -" / "xanh", "Văn hóa -"
// / "Xã hội"), unless the column lists its units in bullets.
const costUnusedBullet = 0.5

// costKnownOpening is what a cell opening with the two words another cell
// of its column opens with says: annexes name the same units, products
// and times row after row ("Sở Tư pháp"), and the trial reading learned
// them. Learned, the row's own opening is among them: two cells at least
// must open so, or a row's trial cut would vouch for itself ("… nâng cấp
// Năm" | "2027" read again as the trial read it).
const costKnownOpening = -0.5

// openingKey is the key of a text's first two words, in lowercase.
func openingKey(text string) uint64 {
	w1, w2 := firstTwo(text)
	return pairKey(lowerHash(w1), lowerHash(w2))
}

// endCost is what a cell ending with f's line says (cellEndCost).
func (rr *rowReader) endCost(f readingFrag) float64 {
	if f.col == rr.numCol {
		return 0
	}
	return cellEndCost(f.p, rr.sp.cols[f.col].kind)
}

// pushedSlack is how many characters further off the line above or below
// a pushed line (readingFrag.pushed) may stand for free: pdftotext sets a
// run-on text where the text before it ends, not where its column starts.
// More slack lets a wrong cut through a cell's run of words go unseen: a
// time's second line "và tháng" run on after the content's "… khen
// thưởng", where it stands right under "Tháng 7", read as "tháng" three
// characters right of it, "và" going on the content. (Column-aligned
// fields wrong over every rendering set, 2 / 1.75 / 1.5 / 1.25 / 1:
// 1,126 / 1,109 / 1,114 / 1,126 / 1,130 of 68,592; at 1.75, 9
// renderings better and 3 worse.)
const pushedSlack = 1.75

// pushed reports whether the text of line i from word from on stands
// where the text before it pushed it: it runs on from a word of another
// cell (the row's number aside, which stands in its own column).
func (rr *rowReader) pushed(i, from int) bool {
	ws := rr.lines[i].words
	return from > 0 && runsOn(ws, from) && !(rr.marker && i == 0 && from == 1)
}

// misalignment is what a cell's line standing off the line above says:
// a cell's lines start together, or are centred on one point. A line
// pushed where it stands (readingFrag.pushed) may stand pushedSlack
// further off.
func misalignment(f, g readingFrag) float64 {
	left := math.Abs(g.x0 - f.x0)
	centre := math.Abs((g.x0+g.x1)/2 - (f.x0+f.x1)/2)
	off := math.Min(left, centre) - alignTolerance
	if f.pushed || g.pushed {
		off -= pushedSlack
	}
	if off <= 0 {
		return 0
	}
	return math.Min(misalignedCap, costMisaligned*off)
}

// layoutWidths gathers what column-aligned text says of each column's
// width, in the metrics' units. A first look reads the header and the
// runs of words that stand plainly inside one column, and tells how wide
// a character column is (perChar): each column's width in characters
// then gives a first guess (guess). The rows read with those widths then
// teach the widths (evidence), as cell-block text teaches them: a cell's
// every line is at most as wide as its column, and a wrapped line was
// full.
type layoutWidths struct {
	perChar   []float64          // metric width per character of the runs inside one column
	xs        []float64          // the first page's column boundaries, in characters
	firstPage int                // the first page's number
	pageXs    map[int][]float64  // each page's own column boundaries (its header's, or the first page's)
	pageLines map[int][]textLine // each page's task lines
	evidence  []widthEvidence    // per column, from the rows read
	openings  []map[uint64]int   // per column, how often its cells open with two words (openingKey)
	across    map[uint64]int     // how often a cell's line ends with a word and its next line opens with another (pairKey)
	rows      int                // task rows recorded (recordRow)
	filled    []int              // per column, the task rows recorded that fill it
	unfilled  []int              // per column, the task rows recorded that leave it empty though a run of their words reaches into it (runsInto)
	missed    []bool             // per column, whether the trial reading missed it (missedColumns): later readings read it as one every task fills
}

// add records the runs of a page's task lines (heading rows' titles run
// across the table and say nothing of any column).
func (lw *layoutWidths) add(page int, lines []textLine, xs []float64) {
	if lw.xs == nil {
		lw.xs, lw.firstPage = xs, page
		lw.pageXs, lw.pageLines = map[int][]float64{}, map[int][]textLine{}
	}
	lw.pageXs[page], lw.pageLines[page] = xs, taskLines(lines)
	for _, l := range taskLines(lines) {
		for _, s := range lineSegments(l.words) {
			k := columnAt(l.words[s.from].x0+alignTolerance, xs)
			if s.x1 > xs[k+1]+alignTolerance {
				continue // the run crosses into the next column
			}
			if chars := s.x1 - s.x0; chars > 0 {
				lw.perChar = append(lw.perChar, float64(textWidth(wordsText(l.words[s.from:s.to])))/chars)
			}
		}
	}
}

// guess returns each column's width from its width in characters.
func (lw *layoutWidths) guess() []float64 {
	per := quantile(lw.perChar, 0.5)
	out := make([]float64, max(len(lw.xs)-1, 0))
	for k := range out {
		out[k] = per * (lw.xs[k+1] - lw.xs[k])
	}
	return out
}

// learned returns each column's width as the rows read show it, or the
// guess where they show nothing.
func (lw *layoutWidths) learned(guess []float64) []float64 {
	out := append([]float64(nil), guess...)
	for k := range out {
		if k < len(lw.evidence) {
			if w := lw.evidence[k].width(); w > 0 {
				out[k] = w
			}
		}
	}
	return out
}

// layoutWrapWeight is what a wrap counts for in column-aligned text's
// width evidence (widthEvidence.wrapWeight): there a trial reading runs a
// cell's line on into the next column's text (one space apart) far more
// often than it takes a lowercase line of another cell for the wrapped
// line of this one, so a width that leaves a wrap unexplained is the
// likelier wrong. (LibreOffice re-renderings 1-48, column-aligned fields
// wrong: 1196 -> 1098; 3: 1105; 5: 1241. Chromium ones 95 -> 94.)
const layoutWrapWeight = 2

// record adds the cells of a band read into columns (parts: per column,
// its lines' pieces top to bottom) to the evidence.
func (lw *layoutWidths) record(parts [][]*piece, starts bool) {
	for len(lw.evidence) < len(parts) {
		lw.evidence = append(lw.evidence, widthEvidence{wrapWeight: layoutWrapWeight})
		lw.openings = append(lw.openings, nil)
	}
	for k, ps := range parts {
		if len(ps) == 0 {
			continue
		}
		if starts {
			if lw.openings[k] == nil {
				lw.openings[k] = map[uint64]int{}
			}
			lw.openings[k][openingKey(ps[0].text)]++
			if ps[0].bullet {
				lw.openings[k][bulletOpening]++
			}
		}
		cell := make([]piece, len(ps))
		for i, p := range ps {
			cell[i] = *p
		}
		lw.evidence[k].add(cell)
		lw.addAcross(ps)
	}
}

// recordRow records a band read (record) and, for a task row, which
// columns it fills, and which it leaves empty though a run of its words
// reaches into them (runsInto).
func (lw *layoutWidths) recordRow(rr *rowReader) {
	parts := rr.cellParts()
	lw.record(parts, rr.marker)
	if !rr.marker {
		return
	}
	for len(lw.filled) < len(parts) {
		lw.filled, lw.unfilled = append(lw.filled, 0), append(lw.unfilled, 0)
	}
	lw.rows++
	for k, ps := range parts {
		lw.filled[k] += boolInt(len(ps) > 0)
		lw.unfilled[k] += boolInt(len(ps) == 0 && rr.runsInto(k))
	}
}

// runsInto reports whether a run of words one space apart on a line of
// the band reaches past column k's left boundary with a word, after the
// run's first, that could start a cell there: standing no further left
// of the boundary than a run-on cell may (runOnReachOf) nor more than
// seamRight past it.
func (rr *rowReader) runsInto(k int) bool {
	if k == 0 || k+1 >= len(rr.xs) {
		return false
	}
	lo, hi := rr.xs[k]-rr.runOnReachOf(k), rr.xs[k]+seamRight
	for _, l := range rr.lines {
		for _, s := range lineSegments(l.words) {
			if s.x1 <= rr.xs[k] {
				continue
			}
			for j := s.from + 1; j < s.to; j++ {
				if x := l.words[j].x0; x >= lo && x <= hi {
					return true
				}
			}
		}
	}
	return false
}

// missedColumns reports, per column, whether the rows recorded missed it:
// a run of words reaches into it in rows that leave it empty (runsInto;
// minMissedRuns of them), and counting such rows as its, most rows hold
// its text. A narrow column's one-line cells ("45 ha" under "Chỉ tiêu")
// set right after a full line of the content run on from it one space
// apart, row after row; read one row at a time, each such cut costs more
// than keeping the words in the content (its line may run a few characters
// past its boundary), and an empty cell of a column that tasks may leave
// empty costs nothing (mustFill). A column that most rows fill, or leave
// empty while their texts run on into it, is one every task fills; one
// that no run reaches is left as it is (where rows leave a column empty
// and no text runs into it, the empty cells are right: a column that most
// rows fill but, with no run into it, marked so, cost held-out renderings
// more than it gained). A notes column, empty in most tables' rows, never
// is: a narrow time's words run on into it. It takes minMissedRows rows.
func (lw *layoutWidths) missedColumns(cols []model.Column) []bool {
	if lw.rows < minMissedRows {
		return nil
	}
	out := make([]bool, len(lw.unfilled))
	for k, n := range lw.unfilled {
		notes := k < len(cols) && cols[k].Key == model.RoleNote
		out[k] = !notes && n >= minMissedRuns && 2*(lw.filled[k]+n) > lw.rows
	}
	return out
}

// minMissedRows is how many task rows missedColumns needs.
const minMissedRows = 3

// minMissedRuns is how many rows must leave a column empty while a run
// reaches into it for missedColumns: one such row may be a cell's text
// run on past its own column (a narrow time's "… các Trước mùa mưa"
// reaching the empty product cell after it).
const minMissedRuns = 2

// addAcross counts the word pairs a cell's lines, ps, break between: the
// last word of a line and the first of the next, unless that opens a
// paragraph (a bullet).
func (lw *layoutWidths) addAcross(ps []*piece) {
	for i := 1; i < len(ps); i++ {
		if ps[i].bullet {
			continue
		}
		if lw.across == nil {
			lw.across = map[uint64]int{}
		}
		lw.across[pairKey(ps[i-1].last, ps[i].first)]++
	}
}

// withAcross adds to ps the pairs a reading broke a cell's lines between
// in minSeenRows cells or more (layoutWidths.across): a unit's name
// broken alike row after row ("Công an" / "tỉnh", "Thuế" / "tỉnh") goes
// on across the break where a narrow seam runs its second line on after
// the content's words ("… chữa cháy tỉnh"), though the document never
// prints the two words side by side. One cell read wrong teaches no
// pair; the same break in two cells rarely is wrong.
func (ps wordPairs) withAcross(across map[uint64]int) wordPairs {
	for k, n := range across {
		if n >= minSeenRows {
			ps.set.add(k)
		}
	}
	return ps
}

// newLayoutSplitter returns the column models that rows of column-aligned
// text are read with: each table column's kind and learned width, the
// word pairs of its lines (learnLayoutPairs) and of units' names
// (namePairs), and their word bonds away from the column boundaries xs
// (learnBonds).
func newLayoutSplitter(cols []model.Column, widths []float64, pages []layoutPage, xs []float64) *splitter {
	sp := &splitter{}
	for i, c := range cols {
		sp.addColumn(c, widths[i])
	}
	// compoundPairs reach the column-aligned reader as bonds (addLexicon),
	// not as known pairs: as pairs too they changed ten files, three for
	// the worse (one by 8 fields), for a net 10 fewer wrong of 47,208.
	sp.pairs = learnLayoutPairs(pages).withNamePairs()
	sp.bonds = learnBonds(pages, xs)
	sp.bonds.addLexicon()
	return sp
}

// learnLayoutPairs learns the word pairs of a column-aligned document:
// every two words one space apart, whatever the first. learnPairs keeps
// only pairs whose first word ends a line, but in column-aligned text a
// cell's line may end at any word of a run, where the next cell runs on
// ("… Sở Tài Cơ quan, địa" / "chính phương liên": "Tài" ends no printed
// line, yet "Tài chính" is the unit's break). Leaving out the pairs at a
// column boundary, as bonds do, cost more than it saved.
func learnLayoutPairs(pages []layoutPage) wordPairs {
	n := 0
	for _, pg := range pages {
		n += len(pg.lines)
	}
	ps := wordPairs{newHashSet(4 * n)}
	for _, pg := range pages {
		for _, l := range pg.lines {
			prev := uint64(0)
			for j, w := range l.words {
				h := pairHash(w.text)
				if runsOn(l.words, j) {
					ps.set.add(pairKey(prev, h))
				}
				prev = h
			}
		}
	}
	return ps
}

// wordBonds counts, over a column-aligned document, how often two words
// stand one space apart on a line (pairs), and how often a word opens a
// run of words: at a line's start, or after a gap of segmentGap or more
// (opens). Words are counted as printed, case included, without the
// punctuation around them (bondHash): "Các" opening a cell is not "các"
// going on a sentence.
type wordBonds struct {
	pairs map[uint64]int
	opens map[uint64]int
}

// bondHash is the key of a word in wordBonds.
func bondHash(w string) uint64 { return fnv64(trimPairPunct(w)) }

// learnBonds counts the word bonds of a document's lines; a pair whose
// second word stands at a column boundary of xs (atSeam) is not counted.
func learnBonds(pages []layoutPage, xs []float64) *wordBonds {
	b := &wordBonds{pairs: map[uint64]int{}, opens: map[uint64]int{}}
	for _, pg := range pages {
		for i, l := range pg.lines {
			prev := uint64(0)
			for j, w := range l.words {
				h := bondHash(w.text)
				if !runsOn(l.words, j) {
					b.opens[h]++
				} else if !atSeam(w.x0, xs) && !alignsWithRunStart(pg.lines, i, w.x0) {
					b.pairs[pairKey(prev, h)]++
				}
				prev = h
			}
		}
	}
	return b
}

// atSeam reports whether a word starting at x stands where a column of
// xs starts (seamLeft characters before its boundary to seamRight after):
// where pdftotext runs two cells' texts together. An annex that names the
// same units row after row prints the same two cells side by side row
// after row ("Sở" / "KH&CN ngành tỉnh;": the lead's second line run on
// into the coordinating cell's), and such pairs, counted, would bond the
// very words a cut must part.
func atSeam(x float64, xs []float64) bool { return atBoundary(x, xs, seamLeft, seamRight) }

// The stretch around a column boundary that atSeam takes for a seam, in
// characters. (Re-renderings, 16,448 fields: 2 and 1 leave 356 wrong, 3
// and 1 360, 1 and 1 378, 3 and 2 383, none 401.)
const (
	seamLeft  = 2.0
	seamRight = 1.0
)

// alignsWithRunStart reports whether a word of line i starting at x
// stands where a run of words starts on the line above or below it: at
// the start of a cell's stack of lines, its column's seam in this row,
// wherever the header put the boundary. Chromium's column-aligned text
// sets a column's cells some characters right of its header, row after
// row alike, and an annex whose narrow column says the same words in
// every row ("Thủ trưởng đơn vị chủ trì" beside the lead unit) then runs
// the same two cells together on every row, the pair just past atSeam's
// reach ("trì khu"): counted, it bonds the words the cut must part.
func alignsWithRunStart(ls []textLine, i int, x float64) bool {
	for _, n := range [...]int{i - 1, i + 1} {
		if n < 0 || n >= len(ls) {
			continue
		}
		for j, w := range ls[n].words {
			if math.Abs(w.x0-x) < runStartAlign && !runsOn(ls[n].words, j) {
				return true
			}
		}
	}
	return false
}

// runStartAlign is how close, in characters, two words' starts must be
// to stand in line: column-aligned text sets both on its character grid.
const runStartAlign = 0.5

// bond is how strongly two words one space apart, a and b, hold together,
// from 0 to 1: how often the document prints them side by side elsewhere
// (weighed by bondPairWeight) against how often b opens a run of words.
// "Ủy | ban", "Báo | cáo", "xã | hội" are one name's words, which a run-on
// cut rarely parts; a cut before a word that opens cells ("Sở", "Thường")
// is no cut through a name. Two words seen together fewer than
// minBondPairs times elsewhere say nothing.
func (wb *wordBonds) bond(a, b string) float64 { return wb.bondSeen(a, b, minBondPairs) }

// weakBond is bond, but two words seen together once elsewhere bond too,
// onceSeenShare as strongly (weakBond's use: rowReader.bond).
func (wb *wordBonds) weakBond(a, b string) float64 { return wb.bondSeen(a, b, 1) }

// bondSeen is bond of two words seen together at least least times
// elsewhere.
func (wb *wordBonds) bondSeen(a, b string, least int) float64 {
	if wb == nil {
		return 0
	}
	hb := bondHash(b)
	elsewhere := wb.pairs[pairKey(bondHash(a), hb)] - 1 // this line's pair is the cut's own
	if elsewhere < least {
		return 0
	}
	together := bondPairWeight * float64(elsewhere)
	v := together / (together + float64(wb.opens[hb]))
	if elsewhere < minBondPairs {
		v *= onceSeenShare
	}
	return v
}

// addLexicon counts each pair of lexicon's lists as printed
// side by side lexiconPairs times more than the document prints it. A
// word processor's narrow column breaks a two-syllable word's syllables
// over two lines as readily as two words, and pdftotext runs the second
// line on after the column before it ("… sửa đổi, bổ đơn vị thuộc Bộ",
// the content's "bổ" / "sung" around the lead's "đơn vị"); a document
// that prints such a word once, broken, never teaches its bond, and
// the cuts around it tie. Vietnamese writes every word of two syllables
// as two: the language's common ones, in plans, are known before any
// document is read. (Column-aligned text of every rendering set, 41,622
// fields: 950 -> 846 wrong, 41 files better and 5 worse; counted only in
// the final reading, not while the columns' places are chosen, 878.)
func (wb *wordBonds) addLexicon() { wb.addKeys(lexiconKeys) }

// addKeys counts each pair key of keys lexiconPairs times more.
func (wb *wordBonds) addKeys(keys []uint64) {
	for _, k := range keys {
		wb.pairs[k] += lexiconPairs
	}
}

// addCapitalizedLexicon is addLexicon for the known words with their first
// syllable in capitals, as units' names and cells' first lines print them
// ("Sở Tài" / "chính", "Cục Công" / "nghệ", "Thường" / "xuyên"): bonds
// keep case (bondHash), so the lowercase lexicon never bonded those. Only
// the reading returned has them (readFinal): while the columns' places
// are chosen they tipped a health plan's page to the wrong boundaries, as
// weak evidence summed over a document does (rowReader.bond).
// (Column-aligned text of every rendering set, 65,548 fields: 1,332 ->
// 1,235 wrong, one rendering worse by a field; in every reading, 843 ->
// 771 of the repository's 33,956, but four renderings worse, one by 7.)
func (wb *wordBonds) addCapitalizedLexicon() { wb.addKeys(capitalizedLexiconKeys) }

// lexiconKeys and capitalizedLexiconKeys are the pair keys of lexicon's
// words, as written and with their first syllable in capitals, worked
// out once: hashing the lexicon for every document cost as much as a
// tenth of a short one's reading.
var lexiconKeys, capitalizedLexiconKeys = lexiconPairKeys(lexicon)

// lexiconPairKeys returns the pair keys (pairKey of bondHash) of the
// words of lists, as written and with their first syllable in capitals.
func lexiconPairKeys(lists [][][2]string) (lower, capitalized []uint64) {
	for _, ps := range lists {
		for _, p := range ps {
			second := bondHash(p[1])
			lower = append(lower, pairKey(bondHash(p[0]), second))
			capitalized = append(capitalized, pairKey(bondHash(withFirstCapital(p[0])), second))
		}
	}
	return lower, capitalized
}

// withFirstCapital is w with its first letter in capitals: a name's word
// ("Tài" in "Sở Tài chính") or a sentence's first.
func withFirstCapital(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// lexicon is the known words addLexicon bonds: units' names, plans'
// common words, more of plans' words, and their fields' words.
var lexicon = [][][2]string{namePairs, compoundPairs, plansWords, fieldWords}

// lexiconPairs is how many times addLexicon counts a known word's two
// syllables as printed side by side: minBondPairs, so a word the document
// prints once more is bonded fully (3: 857 wrong of 41,622).
const lexiconPairs = minBondPairs

// minBondPairs is how many times two words must stand side by side
// elsewhere in the document to count as bonded; bondPairWeight weighs
// each such time against b opening a run: b opens a run at every wrapped
// line of a narrow column, where its text goes on across the line break
// as it would on one line.
const (
	minBondPairs   = 2
	bondPairWeight = 3.0
)

// onceSeenShare is how strongly, against bond's, weakBond holds two words
// seen together only once elsewhere. (Held-out column-aligned renderings
// 29-44, fields wrong: 227 -> 205 at 1, 200 at 0.5, 202 at 0.3; 0.5 left
// every other set as it was or better.)
const onceSeenShare = 0.5
