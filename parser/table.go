package parser

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// table splits the task rows of one document into cells, with column widths
// learned from the document.
type table struct {
	doc     *document
	sp      splitter
	cellCol []int // for each cell column, its index in doc.columns
	content int   // index of the content column among cell columns, or -1
	pieces  map[*row][]piece
	facts   map[string]lineFacts // what makePieceIn made of each line text met so far (pieceOf)
	costs   map[*row]*lineCosts
	quick   map[*row]quickResult // cuts made with the final widths, reused when nothing more is to be tried
	rounds  int                  // width-learning rounds run, for tests and --debug
	// dashNames holds the pairs of capitalised words the document joins
	// with a dash ("Tư pháp - Hộ tịch"; learnDashNames).
	dashNames wordPairs
	moved     bool // the widths changed (a little) after the last round's cuts
	// tightRanges: the document writes its ranges of years without spaces
	// (tightYearRanges), so one broken after a spaced dash joins tight.
	tightRanges bool
}

// Width learning. The content column is the widest; the first line of a
// multi-line content cell is full, so a high quantile of first lines gives
// its width. Narrow columns start from a high quantile of the lines clearly
// narrower than content, then each column's width is re-learned from the
// lines the search placed in it until the widths settle.
const (
	contentWidthQuantile = 0.75
	narrowShare          = 0.6  // lines narrower than this share of content width are narrow-column lines
	narrowWidthQuantile  = 1.0  // initial width of every narrow column: the widest narrow line (a column started narrower loses its wide lines to the content, and they never teach it)
	spanShare            = 1.15 // a first line this much wider than content spans the table
	maxWidthRounds       = 2    // rounds of learning: a second round moves the widths little, a third changes no cut that matters
	widthSettled         = 0.02 // after the first round, widths that move less than this share have settled
	// The search costs the square of a row's lines, the search for an
	// unmarked page break the cube: real rows have tens of lines, and these
	// bounds keep a malformed input from taking minutes.
	maxSplitLines        = 600
	maxImplicitLines     = 120
	widthEvidenceMaxCost = 2.0 // rows whose best cut costs more do not teach widths
	// staleRecutCost: when the widths settled after the last round's cuts,
	// a row whose cut cost more than this is cut again with the final
	// widths: a close call may go the other way. Confident cuts are kept.
	staleRecutCost = 1.0
	// rowCostPerLine above which a row's best cut is reported as uncertain.
	uncertainCostPerLine = 1.5
	uncertainCostMin     = 6.0
)

func newTable(doc *document) *table {
	t := &table{doc: doc, content: -1, tightRanges: tightYearRanges(doc.body)}
	t.sp.pairs = learnPairs(doc.body).withNamePairs().withCompoundPairs() // names' and words' pairs too: narrow columns break them on every line
	t.dashNames = learnDashNames(doc.body)
	t.sp.borrowScratch()
	for i, c := range doc.columns {
		if c.Key == model.RoleNumber {
			continue
		}
		if c.Key == model.RoleContent && t.content < 0 {
			t.content = len(t.cellCol)
		}
		t.cellCol = append(t.cellCol, i)
		t.addColumn(c)
	}
	return t
}

// addColumn adds column c to the splitter; in cell-block text an extra
// column of targets (namesTarget) reads its cells as products: nothing
// but their words tells its empty cells from the units' beside it, which
// it took when it could take any text. (Column-aligned text places cells
// by their columns' places, where reading targets as products cost 95
// fields of 52,460 and cell-block text gained 40.) An extra column of
// places (namesPlace) and a funding column of sums (namesMoneyUnit) are
// marked so there too: what their cells open with is read there only.
func (t *table) addColumn(c model.Column) {
	t.sp.addColumn(c, 0)
	if c.Key == model.KeyExtra && namesTarget(c.Header) {
		t.sp.cols[len(t.sp.cols)-1].kind = colProduct
	}
	col := &t.sp.cols[len(t.sp.cols)-1]
	col.place = c.Key == model.KeyExtra && namesPlace(c.Header)
	col.sums = col.kind == colFunding && namesMoneyUnit(c.Header)
}

func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[int(math.Round(q*float64(len(s)-1)))]
}

func (t *table) taskRows() []*row {
	var out []*row
	for _, r := range t.doc.rows {
		if r.mark.kind.holdsCells() {
			out = append(out, r)
		}
	}
	return out
}

// initWidths sets the starting widths before learning.
func (t *table) initWidths() {
	var firsts, wrapped, all []float64
	for _, r := range t.taskRows() {
		ps := t.piecesOf(r)
		if len(ps) > 1 {
			w := float64(contentFirstLine(ps, t.content).w)
			firsts = append(firsts, w)
			if wrapsFirstLine(ps, t.content) {
				wrapped = append(wrapped, w)
			}
		}
		for _, p := range ps {
			all = append(all, float64(p.w))
		}
	}
	if len(wrapped) > 0 {
		firsts = wrapped
	}
	wc := quantile(withoutOutliers(firsts), contentWidthQuantile)
	if wc == 0 {
		wc = quantile(all, 1)
	}
	var narrow []float64
	for _, w := range all {
		if w < narrowShare*wc {
			narrow = append(narrow, w)
		}
	}
	wn := quantile(narrow, narrowWidthQuantile)
	if wn == 0 {
		wn = narrowShare * wc
	}
	for i := range t.sp.cols {
		t.sp.cols[i].width = wn
	}
	if t.content >= 0 {
		t.sp.cols[t.content].width = wc
	}
	for i, w := range t.oneLineCellWidths() {
		t.sp.cols[i].width = max(t.sp.cols[i].width, w)
	}
	for i := range t.sp.cols {
		t.sp.cols[i].width = max(t.sp.cols[i].width, t.floor(i))
	}
}

// contentFirstLine returns the line of a row's lines ps that stands for
// its content's first line in learning the content's width: the row's
// first line when the content is the first cell column (content, its
// index among them), else the row's widest line. A table that sets the
// lead before the content ("Đơn vị thực hiện" | "Nội dung công việc")
// opens each row with the lead's narrow lines, and taken for the
// content's, they taught a content width its every full line overflowed;
// the content's full lines are a row's widest.
func contentFirstLine(ps []piece, content int) *piece {
	if content <= 0 {
		return &ps[0]
	}
	widest := &ps[0]
	for i := range ps {
		if ps[i].w > widest.w {
			widest = &ps[i]
		}
	}
	return widest
}

// wrapsFirstLine reports whether a row's first line, ps[0], is a content
// line the column wrapped: the content is the first cell column (content,
// its index among them) and the next line goes on it (lower). A content
// cell of one line, followed by the next cell's capital, only bounds the
// width from below: where most contents are that short (a ward's plan of
// one-line tasks), their widths set the median, the few full lines stood
// out past it as rows spanning the table (withoutOutliers, spans), and the
// content width never learned them (a sports plan's full content lines
// and the cells after them read as one spanning content cell).
func wrapsFirstLine(ps []piece, content int) bool {
	return content == 0 && len(ps) > 1 && ps[1].lower
}

// oneLineCellWidths returns, per cell column, the widest line of the rows
// that read as one line per cell (oneLinePerCell), or nil when there are
// none. A short table whose cells all fit on one line has no wrapped
// content line to tell the content width and no narrow lines to tell the
// others: these rows do, since each line is a whole cell and a column is at
// least as wide as each of its cells.
func (t *table) oneLineCellWidths() []float64 {
	var ws []float64
	for _, r := range t.taskRows() {
		if !t.oneLinePerCell(r) {
			continue
		}
		if ws == nil {
			ws = make([]float64, len(t.sp.cols))
		}
		for i, p := range t.piecesOf(r) {
			ws[i] = max(ws[i], float64(p.w))
		}
	}
	return ws
}

// oneLinePerCell reports whether a row has as many lines as the table has
// cell columns, on one page, each starting with a capital letter as a cell
// does: the likeliest reading is one line per cell.
func (t *table) oneLinePerCell(r *row) bool {
	return len(r.breaks) == 0 && t.linesOnePerCell(t.piecesOf(r))
}

func (t *table) linesOnePerCell(ps []piece) bool {
	if len(ps) != len(t.sp.cols) {
		return false
	}
	for _, p := range ps {
		if r, _ := utf8.DecodeRuneInString(p.text); !unicode.IsUpper(r) {
			return false // a number, a bracket or a dash may go on a list from the line above
		}
	}
	return true
}

// onePerCellMargin is how much dearer than the search's best cut the
// one-line-per-cell reading of a row (oneLinePerCell) may be and still be
// taken. Where every cell fits on one line, the widths learned are the
// cells' own, so each column's widest line looks full and the next cell's
// line looks like its wrap: the evidence against one line per cell is then
// weak, and a row of as many cell-like lines as columns is itself evidence.
const onePerCellMargin = 1.0

// onePerCellCut returns the one-line-per-cell cut of a whole row on one
// page when it costs at most onePerCellMargin more than best.
func (t *table) onePerCellCut(in *passInput, best float64) ([]placedBlock, float64, bool) {
	if in.later || !in.final || !t.linesOnePerCell(in.lines) {
		return nil, 0, false
	}
	cost := 0.0
	blocks := make([]placedBlock, len(in.lines))
	for c := range in.lines {
		cost += t.sp.pieceCost(in, c, nil, &in.lines[c]) + in.endCost(&in.lines[c], t.sp.cols[c].kind)
		blocks[c] = placedBlock{block{col: c, from: cut{line: c}, to: cut{line: c + 1}}, in}
	}
	if cost > best+onePerCellMargin {
		return nil, 0, false
	}
	return blocks, cost, true
}

// headCap is the most width the header shows cell column i to have, 0 for no
// bound.
func (t *table) headCap(i int) float64 {
	if ci := t.cellCol[i]; ci < len(t.doc.caps) {
		return t.doc.caps[ci]
	}
	return 0
}

// floor is the least width the header shows cell column i to have.
func (t *table) floor(i int) float64 {
	if ci := t.cellCol[i]; ci < len(t.doc.floors) {
		return t.doc.floors[ci]
	}
	return 0
}

// outlierShare: a first line wider than this share of the median first line
// is a row spanning the table, not evidence of the content width.
const outlierShare = 1.3

func withoutOutliers(xs []float64) []float64 {
	med := quantile(xs, 0.5)
	var out []float64
	for _, x := range xs {
		if x <= outlierShare*med {
			out = append(out, x)
		}
	}
	return out
}

// spans reports whether a row's text runs across the whole table (a task
// row with only content, merged over every column): its first line is wider
// than any content line.
func (t *table) spans(r *row) bool {
	if t.content < 0 || len(r.lines) == 0 {
		return false
	}
	return float64(t.piecesOf(r)[0].w) > spanShare*t.sp.cols[t.content].width
}

// learnWidths learns each column's width from the lines the rows' cuts
// place in it (learnFrom), starting from initWidths; where the header
// shows a narrow column as wide as the content's start (contentNotWidest),
// it learns again from the header's bounds and keeps the reading whose
// cuts fit its widths better (relearnFromCaps).
func (t *table) learnWidths() {
	t.initWidths()
	narrowPage := t.contentNotWidest()
	t.learnFrom()
	if narrowPage {
		t.relearnFromCaps()
	}
}

// relearnFromCaps learns the widths again, each narrow column started at
// the most width the header shows it to have (headCap) rather than where
// initWidths starts it, and keeps the reading with fewer faults
// (readingFaults). Learning goes from its start to the nearest reading
// the rows' cuts agree with. initWidths takes the content for the widest
// column and every other for clearly narrower; on a narrow page of many
// columns a unit column is as wide as the content, the start gave it and
// the columns after it less than their cells' lines, the rows cut with
// it put each cell a column off, and the lines so placed taught the same
// widths again (a hospital plan's 36 fields, 26 wrong). The header's
// wrapped words bound each column from above and start it wide enough
// for its own lines. Only such pages are read twice: started at the caps
// on every page, learning read 563 more fields wrong of 62,146.
func (t *table) relearnFromCaps() {
	if !t.raisesToCaps() {
		return
	}
	first, firstFaults := t.saveReading(), t.readingFaults()
	t.initWidths()
	for i := range t.sp.cols {
		t.sp.cols[i].width = max(t.sp.cols[i].width, t.headCap(i))
		t.sp.cols[i].filled, t.sp.cols[i].seen = false, nil
	}
	t.quick = nil
	t.learnFrom()
	if t.readingFaults() >= firstFaults {
		t.restoreReading(first)
	}
}

// contentNotWidest reports whether the header shows a narrow column at
// least as wide as the content's starting width.
func (t *table) contentNotWidest() bool {
	if t.content < 0 {
		return false
	}
	for i := range t.sp.cols {
		if i != t.content && t.floor(i) >= t.sp.cols[t.content].width {
			return true
		}
	}
	return false
}

// raisesToCaps reports whether the header bounds a narrow column above
// the width initWidths starts it at: only then does relearnFromCaps start
// anywhere else.
func (t *table) raisesToCaps() bool {
	for i := range t.sp.cols {
		if i != t.content && t.headCap(i) > t.sp.cols[i].width {
			return true
		}
	}
	return false
}

// readingFaults is the share of the learning rows' lines whose cut
// disagrees with the widths learned: a line wider than its column
// (overflowShare), or a cell's line that its next line's first word would
// have fitted on with room to spare where the cut finds no paragraph's
// start either (unexplainedBreak). Two readings' costs do not
// compare, as their widths, and what the cuts taught (a column always
// filled, cells seen whole), price the same cut otherwise; how well each
// reading's cuts fit its own widths does.
func (t *table) readingFaults() float64 {
	faults, lines := 0, 0
	for _, r := range learningRows(t.taskRows()) {
		if t.spans(r) {
			continue
		}
		cells, _ := t.splitRow(r, false)
		for c, ps := range cells {
			faults += cellFaults(ps, t.sp.cols[c].width)
			lines += len(ps)
		}
	}
	if lines == 0 {
		return 0
	}
	return float64(faults) / float64(lines)
}

// cellFaults counts the lines of a cell ps that disagree with its column's
// width (readingFaults).
func cellFaults(ps []piece, width float64) int {
	n := 0
	for i := range ps {
		if overflowShare(ps[i].w, width) > 0 {
			n++
		}
		if i+1 < len(ps) && unexplainedBreak(&ps[i], &ps[i+1], width) {
			n++
		}
	}
	return n
}

// unexplainedBreak reports whether the break between a cell's lines prev
// and p is one the cut itself finds neither a wrap nor a paragraph's
// start: p's first word would have fitted on prev with room to spare
// (nonWrapStrength 1), p is no bullet, and the break costs more than a
// new paragraph (nonWrapCost).
func unexplainedBreak(prev, p *piece, width float64) bool {
	return !p.bullet && nonWrapStrength(float64(prev.w+spaceWidth+p.fw), width) >= 1 && nonWrapCost(prev, p) > costParagraph
}

// reading is what width learning leaves in a table, saved to compare two.
type reading struct {
	cols   []colModel
	quick  map[*row]quickResult
	rounds int
	moved  bool
}

func (t *table) saveReading() reading {
	return reading{slices.Clone(t.sp.cols), t.quick, t.rounds, t.moved}
}

func (t *table) restoreReading(r reading) {
	copy(t.sp.cols, r.cols)
	t.quick, t.rounds, t.moved = r.quick, r.rounds, r.moved
}

// learnFrom re-estimates each column's width from the lines placed in it
// until the widths stop changing.
func (t *table) learnFrom() {
	rows := learningRows(t.taskRows())
	var before map[*row]quickResult // two rounds back
	for round := 0; round < maxWidthRounds; round++ {
		obs := make([]widthEvidence, len(t.sp.cols))
		for c := range obs {
			obs[c].wrapsBreakTies = wrapsBreakTies(t.sp.cols[c].kind)
		}
		last := t.quick
		t.quick = map[*row]quickResult{}
		for _, r := range rows {
			if t.spans(r) {
				continue
			}
			var cells [][]piece
			var notes rowNotes
			if q, ok := last[r]; ok && sameCut(q, before[r]) && !q.notes.wantsMore {
				// The row was cut the same way in the last two rounds: the
				// widths have moved too little to cut it otherwise.
				cells, notes = q.cells, q.notes
				t.quick[r] = quickResult{cells, notes, true}
			} else {
				cells, notes = t.splitRow(r, false)
				t.quick[r] = quickResult{cells, notes, false}
			}
			if round > 0 && notes.cost-t.overflowPaid(cells) > widthEvidenceMaxCost {
				continue // once widths are roughly right, a row cut against the evidence must not teach them
			}
			for c, ps := range cells {
				obs[c].add(ps)
			}
		}
		was := t.cutModel()
		t.markFilled(rows)
		t.seenCells(rows)
		remodelled := !was.same(t.cutModel())
		changed, settled := false, true
		learned := t.learnedWidths(obs)
		for c := range t.sp.cols {
			if w := learned[c]; w > 0 && max(w, t.floor(c)) != t.sp.cols[c].width {
				w = max(w, t.floor(c))
				settled = settled && math.Abs(w-t.sp.cols[c].width) <= widthSettled*t.sp.cols[c].width
				t.sp.cols[c].width, changed = w, true
			}
		}
		if (!changed || (round > 0 && settled)) && !remodelled {
			t.rounds, t.moved = round+1, changed
			return // the last round's cuts were made with these widths, or nearly, and with the same cutModel: keep them
		}
		before = last
	}
	// The widths, or what else the cuts taught, still moved after the
	// last round: every row is cut again with them. (Keeping the
	// confident cuts of rows cut alike in the last two rounds saved
	// nothing measurable once rounds cut at most maxLearningRows rows,
	// and cost held-out cell-block renderings 14 fields in 8,224.)
	t.rounds = maxWidthRounds
	t.quick = nil
}

// learnedWidths returns the width each column's evidence teaches, 0 for
// none, a unit column no row filled given its kin's (unfilledUnitWidth).
func (t *table) learnedWidths(obs []widthEvidence) []float64 {
	ws := make([]float64, len(obs))
	for c := range obs {
		obs[c].addHeaderWrap(t.headCap(c))
		ws[c] = cappedByHeader(obs[c].width(), t.headCap(c))
	}
	for c := range obs {
		if ws[c] == 0 && t.sp.cols[c].kind == colUnit {
			ws[c] = t.unfilledUnitWidth(c, ws)
		}
		if ws[c] == 0 && t.sp.cols[c].kind == colOther {
			ws[c] = t.unfilledOtherWidth(c, ws)
		}
	}
	return ws
}

// unfilledUnitWidth is the width of unit column c, which no row's cut
// filled, taken from the widest other unit column's learned widths ws (0
// when none): a plan names a coordinating unit in most rows, and a unit
// column no row fills was most likely never given its lines. The first
// cuts, made with starting widths that take a narrow column's from the
// narrowest lines, ran its cells on into the lead's, too narrow for its
// own; so it taught nothing, kept its starting width and was cut the
// same way every round (a portrait page whose lead and coordinating cells
// are alike narrow: every coordinating cell went on the lead). The two
// unit columns hold the same kind of names.
func (t *table) unfilledUnitWidth(c int, ws []float64) float64 {
	return t.widestBesides(c, ws, func(k colKind) bool { return k == colUnit })
}

// widestBesides is the widest of the learned widths ws of the columns
// other than c whose kind is as of asks (0 when none).
func (t *table) widestBesides(c int, ws []float64, of func(colKind) bool) float64 {
	w := 0.0
	for o, col := range t.sp.cols {
		if o != c && of(col.kind) {
			w = max(w, ws[o])
		}
	}
	return w
}

// unfilledOtherWidth is the width of notes or extra column c, which no
// row's cut filled, taken from the widest other narrow column's learned
// widths ws (0 when none): a notes column empty in most rows taught
// nothing, kept the starting width of the narrowest lines, and its few
// notes' lines overflowed it ("Theo Thông tư" / "43/2018/TT-BYT"), so
// that they went on the cells beside them, or read as a row going on the
// task, and taught nothing again. (Cell-block, all renderings: 701 -> 690
// fields wrong, two better, an accreditation plan's notes worse by three:
// its narrow notes, "Công bố" / "ít nhất 30", now read as full lines'
// breaks where they would have fitted.)
func (t *table) unfilledOtherWidth(c int, ws []float64) float64 {
	return t.widestBesides(c, ws, func(k colKind) bool { return k != colContent })
}

// cutModel is what a round's cuts teach the splitter besides the widths:
// the columns always filled (markFilled) and the cells seen whole
// (seenCells). A round's cuts were made with what the round before it
// taught: when that changed, they may come out otherwise and are cut
// again, as when the widths moved (an urban-order plan's rendering: its
// lead kept a cut from the last round, made before that round saw the
// lead's cells whole, 7 -> 4 fields wrong).
type cutModel struct {
	filled []bool
	seen   []map[[maxAloneLines]string]int
}

func (t *table) cutModel() cutModel {
	var m cutModel
	for _, c := range t.sp.cols {
		m.filled = append(m.filled, c.filled)
		m.seen = append(m.seen, c.seen)
	}
	return m
}

// same reports whether m and o teach the same.
func (m cutModel) same(o cutModel) bool {
	if !slices.Equal(m.filled, o.filled) {
		return false
	}
	for c := range m.seen {
		if !maps.Equal(m.seen[c], o.seen[c]) {
			return false
		}
	}
	return true
}

// overflowPaid is what a row's cut paid for lines wider than their
// columns' widths (overflowCost). A row dear only for that still teaches
// the widths: its cost is the very evidence that a column is wider than
// learned ("Phòng Văn hóa - Xã hội" in a lead column the other rows fill
// with "Phòng Kinh tế"), and left out, the rows that hold a column's
// widest line never widen it.
func (t *table) overflowPaid(cells [][]piece) float64 {
	cost := 0.0
	for c, ps := range cells {
		for _, p := range ps {
			cost += t.sp.overflowIn(c, &p)
		}
	}
	return cost
}

// seenCells records, per unit or extra column (recurs), the cells of one
// or two lines the rows cut this round put in it, line by line
// (seenCellCost, seenAcrossCost).
func (t *table) seenCells(rows []*row) {
	for c := range t.sp.cols {
		t.sp.cols[c].seen = nil
	}
	for _, r := range rows {
		q, ok := t.quick[r]
		if !ok {
			continue
		}
		for c, ps := range q.cells {
			if len(ps) == 0 || len(ps) > maxAloneLines || !recurs(t.sp.cols[c].kind) {
				continue
			}
			col := &t.sp.cols[c]
			if col.seen == nil {
				col.seen = map[[maxAloneLines]string]int{}
			}
			var lines [maxAloneLines]string
			for i, p := range ps {
				lines[i] = p.text
			}
			col.seen[lines]++
		}
	}
	for c := range t.sp.cols {
		pruneUnseen(&t.sp.cols[c])
	}
}

// pruneUnseen drops the cells a column held in fewer than minSeenRows
// rows, which seenCellCost ignores: most columns keep none, and an empty
// map spares every pass the lookups of each line's text.
func pruneUnseen(col *colModel) {
	maps.DeleteFunc(col.seen, func(_ [maxAloneLines]string, n int) bool { return n < minSeenRows })
	if len(col.seen) == 0 {
		col.seen = nil
	}
}

// markFilled marks the columns that the rows cut this round fill
// (alwaysFilled). Unit columns are left out: the lead's empty cell costs
// much already (costEmptyLead), and a coordinating cell is left empty
// now and then in tables that name units in most rows (measured: marking
// them cut a unit's last word off into the next column, "Sở" / "KH&CN").
func (t *table) markFilled(rows []*row) {
	filled, n := make([]int, len(t.sp.cols)), 0
	for _, r := range rows {
		q, ok := t.quick[r]
		if !ok {
			continue
		}
		n++
		for c, ps := range q.cells {
			if len(ps) > 0 {
				filled[c]++
			}
		}
	}
	for c := range t.sp.cols {
		t.sp.cols[c].filled = t.sp.cols[c].kind != colUnit && alwaysFilled(filled[c], n)
	}
}

// alwaysFilled reports whether a column that filled rows of n cut fills
// is one the table never leaves empty: some tables fill every cell
// ("Không" for no funding, "Thường xuyên" for no date), and in them a
// cell's first line that could also end the cell before it ("… đạt trên
// 95%" / "Chương trình mục tiêu") opens its own. One row may have left it
// empty: the row read wrong, which the rule is for, is most often among
// the rows cut. It needs minFilledRows rows to say so: a short table's
// full column may be chance.
func alwaysFilled(filled, n int) bool {
	return n >= minFilledRows && filled >= n-1
}

// minFilledRows is how many rows alwaysFilled needs.
const minFilledRows = 8

// maxLearningRows bounds the rows each width-learning round cuts: widths
// settle on a dozen or so rows, and a long annex's others are cut once, at
// the end, with the widths learned. (Generated tables, 2,000 of them:
// 98.2% of rows exact learning from 16, 40 or 24 rows, 98.1% from 12,
// 97.0% from 6.)
const maxLearningRows = 16

// learningRows picks at most maxLearningRows rows spread evenly through the
// table.
func learningRows(rows []*row) []*row {
	if len(rows) <= maxLearningRows {
		return rows
	}
	out := make([]*row, 0, maxLearningRows)
	for i := 0; i < maxLearningRows; i++ {
		out = append(out, rows[i*len(rows)/maxLearningRows])
	}
	return out
}

// sameCut reports whether two cuts of a row put the same lines in the same
// columns.
func sameCut(a, b quickResult) bool {
	if len(a.cells) != len(b.cells) || len(a.cells) == 0 {
		return false
	}
	for c := range a.cells {
		if len(a.cells[c]) != len(b.cells[c]) {
			return false
		}
		for i := range a.cells[c] {
			if a.cells[c][i].text != b.cells[c][i].text || a.cells[c][i].src.num != b.cells[c][i].src.num {
				return false
			}
		}
	}
	return true
}

// quickResult is a row's cut from the last width-learning round.
type quickResult struct {
	cells  [][]piece
	notes  rowNotes
	reused bool // carried over from an earlier round, made with its widths
}

// widthEvidence is what the lines placed in one column say of its width:
// every line is at most as wide as the column, and a line followed by a
// lowercase continuation was full, so the column is narrower than that line
// plus a space and the next line's first word.
type widthEvidence struct {
	lines     []float64 // lower bounds
	wraps     []float64 // upper bounds
	multiLine bool      // some cell took more than one line
	// wrapWeight is how many over-wide lines a wrap that a width would
	// have fitted counts as (0: one).
	wrapWeight int
	// wrapsBreakTies: of widths that as many observations contradict, the
	// one that leaves the fewest wraps unexplained wins (else the widest;
	// wrapsBreakTies).
	wrapsBreakTies bool
}

// addHeaderWrap adds what a column's header says of its width (headerCap,
// 0: nothing) as one more wrap: its header's lines wrapped at the width
// its cells' lines did. One wrap among the cells' own, not a bound, for a
// header may be set larger than its cells. Widened by headerWrapSlack for
// a bold face wider than the metrics' regular one, beyond headerCapSlack.
// (Cell-block fields wrong, LibreOffice 1-80, Chromium 201-232 and the
// other columns tuned on / held out (LibreOffice, Chromium): without it
// 445 / 188, 106; headerCapSlack alone 421 / 189, 110; times 1.1 423 /
// 166, 106; times 1.2 429 / 209, 106; as three wraps, times 1: 413 / 169,
// 115.)
func (e *widthEvidence) addHeaderWrap(bound float64) {
	if bound > 0 && len(e.lines) > 0 {
		e.wraps = append(e.wraps, bound*headerWrapSlack)
	}
}

// headerWrapSlack widens a header's wrap (addHeaderWrap).
const headerWrapSlack = 1.1

// cappedByHeader bounds a learned width w by headerCapOverrun times the
// column's header cap (0: no bound). The header's wrap is one wrap among
// the cells' (addHeaderWrap), and where a few rows' cuts put another
// column's full lines in a narrow column, their wraps outvote it: a row
// going on the task above, its content's lines read into the time column
// whose header wrapped "Thời" / "gian", taught that column nearly the
// content's width, and every later time cell took the cell before's end.
// A header may be set larger than its cells, but not by half again.
// (Cell-block, all renderings: 696 -> 677 fields wrong, 6 better, none
// worse; the same at 1.3 and 1.6 times, at 2 times 684.)
func cappedByHeader(w, headCap float64) float64 {
	if headCap > 0 {
		return min(w, headCap*headerCapOverrun)
	}
	return w
}

// headerCapOverrun is how many times its header's cap a column's learned
// width may reach (cappedByHeader).
const headerCapOverrun = 1.5

func (e *widthEvidence) add(ps []piece) {
	e.multiLine = e.multiLine || len(ps) > 1
	for i, p := range ps {
		e.lines = append(e.lines, float64(p.w))
		if i > 0 && p.lower && !p.bullet && !opensAside(&ps[i-1], &ps[i]) {
			e.wraps = append(e.wraps, float64(ps[i-1].w+spaceWidth+p.fw))
		}
	}
}

// width returns the width that the fewest observations contradict, the
// widest line among those that agree with it: a line or two placed in the
// wrong column must not widen the column for every other row.
func (e *widthEvidence) width() float64 {
	if len(e.lines) == 0 {
		return 0
	}
	lines := append([]float64(nil), e.lines...)
	wraps := append([]float64(nil), e.wraps...)
	sort.Float64s(lines)
	sort.Float64s(wraps)
	best, bestViol, bestUnder := 0.0, math.MaxInt, math.MaxInt
	fit, fitted := 0, 0 // lines within c's tolerance; wraps c would have fitted
	for _, c := range lines {
		// Both bounds grow with c, which runs up the sorted lines: each
		// count moves only forward.
		for fit < len(lines) && lines[fit] <= c*(1+widthTolerance) {
			fit++
		}
		for fitted < len(wraps) && wraps[fitted] <= c*(1-fitTolerance) {
			fitted++
		}
		// lines wider than c beyond tolerance, plus wraps that c would have fitted
		over, under := len(lines)-fit, fitted*max(e.wrapWeight, 1)
		if viol := over + under; viol < bestViol || viol == bestViol && (!e.wrapsBreakTies || under <= bestUnder) {
			best, bestViol, bestUnder = c, viol, under
		}
	}
	if !e.multiLine && len(wraps) == 0 {
		return best * (1 + oneLineSlack)
	}
	return towardWrap(best, wraps)
}

// wrapsBreakTies reports whether a column of kind learns its width, where
// as many of its lines run past one width as its wraps would have fitted
// on another, from its wraps (the narrower): a notes or extra column
// (colOther), empty in most rows, whose few cells are short phrases that
// wrap ("Mẫu cam kết thống" / "nhất"), and which a wrong cut fills with
// another cell's wide lines (a row going on the task, its "Nạo vét kênh
// mương nội đồng" / "Công chức Địa chính"): taught by them, the column
// came out wide enough that they fit, and the note's own wrap read as no
// wrap, so that it went on the lead above as a row going on the task. A
// wrap is a break the text made inside one phrase; a line's column is
// only the cut's guess. Other columns, filled in every row, keep the
// widest: their lines outnumber a wrong cut's. (Cell-block, 1,409
// renderings: 524 -> 510 fields wrong, seven renderings better, three
// worse by 1 to 5 fields; for every column 526 -> 547.)
func wrapsBreakTies(k colKind) bool { return k == colOther }

// oneLineSlack widens a column whose every cell was one line: its widest
// line is only a lower bound, and taken as the width it would look full,
// so that a new cell after it would read as its wrapped line. A column
// whose cells never take two lines is likelier followed by a new cell.
const oneLineSlack = 0.15

// widthIntoGap is how far into the gap between the widest line and the
// narrowest full line's bound the width is set. The widest line is only a
// lower bound: a column learned that narrow makes any wider line of it,
// still unseen in a row cut wrongly, look too wide to belong, and the
// wrong cut teaches the narrow width again.
const widthIntoGap = 0.3

// towardWrap moves width c part of the way up to the lowest wrap bound
// above it (wraps sorted), if any.
func towardWrap(c float64, wraps []float64) float64 {
	i := sort.SearchFloat64s(wraps, math.Nextafter(c/(1-fitTolerance), math.Inf(1)))
	if i == len(wraps) {
		return c
	}
	return c + widthIntoGap*(wraps[i]*(1-fitTolerance)-c)
}

// rowNotes are what the splitter had to guess at in one row.
type rowNotes struct {
	wantsMore     bool // a quick cut found something the thorough one would try: an unmarked break, fused lines
	tooLong       bool // more lines than the search takes: all went to the content
	cost          float64
	filledEmpty   float64 // of cost, what leaving always-filled columns empty cost (filledEmptyCost)
	implicitBreak *line
	rowspanAt     *line // where a row without a number going on the task starts
	splitLines    []line
}

// splitRow cuts a task row into its cells: one pass per page the row spans.
// With thorough set it also looks for an unmarked page break and for lines
// that hold the ends of two cells, and weighs a page's near-best cuts by
// what they leave the next page (pageCutShifts).
func (t *table) splitRow(r *row, thorough bool) ([][]piece, rowNotes) {
	C := len(t.sp.cols)
	rc := &rowCut{cells: make([][]piece, C), prev: make([]*piece, C)}
	if C == 0 {
		return rc.cells, rc.notes
	}
	if t.spans(r) || len(r.lines) > maxSplitLines {
		rc.notes.tooLong = len(r.lines) > maxSplitLines && !t.spans(r)
		rc.cells[max(t.content, 0)] = t.piecesOf(r)
		return rc.cells, rc.notes
	}
	pages := rowPages{bounds: append(append([]int{0}, r.breaks...), len(r.lines)), all: t.piecesOf(r), costs: t.lineCostsOf(r)}
	t.cutPages(rc, pages, 0, thorough, thorough)
	rc.notes.filledEmpty = t.filledEmptyCost(rc.cells)
	return rc.cells, rc.notes
}

// rowPages is a row's lines and the bounds of each page's part of them.
type rowPages struct {
	bounds []int // the first line of each page's part, then len(all)
	all    []piece
	costs  *lineCosts
}

func (rp rowPages) n() int { return len(rp.bounds) - 1 }

// rowCut is a row cut page by page: its cells so far, and what the next
// page's pass goes on from.
type rowCut struct {
	cells  [][]piece
	prev   []*piece // per column, the cell's last piece (cellEnd)
	counts []int    // per column, how many pieces the last page placed
	notes  rowNotes
}

// clone copies rc so that cutting on from the copy leaves rc as it is.
func (rc *rowCut) clone() *rowCut {
	c := &rowCut{cells: make([][]piece, len(rc.cells)), prev: slices.Clone(rc.prev), counts: slices.Clone(rc.counts), notes: rc.notes}
	for i, ps := range rc.cells {
		c.cells[i] = slices.Clip(ps)
	}
	c.notes.splitLines = slices.Clip(rc.notes.splitLines)
	return c
}

// input is the pass input for page s of the row.
func (rc *rowCut) input(rp rowPages, s int) *passInput {
	return &passInput{later: s > 0, final: s+1 == rp.n(), prev: slices.Clone(rc.prev), prevCount: rc.counts,
		lines: rp.all[rp.bounds[s]:rp.bounds[s+1]], costs: rp.costs, off: rp.bounds[s]}
}

// place adds one page's blocks, of the pass in, to the cells.
func (rc *rowCut) place(blocks []placedBlock, in *passInput, cost float64) {
	rc.notes.cost += cost
	rc.counts = make([]int, len(rc.cells))
	for _, b := range blocks {
		ps := materialize(b, b.in)
		if rc.cells[b.col] == nil {
			rc.cells[b.col] = ps[:len(ps):len(ps)] // shared, not copied; an append copies
		} else {
			n := len(rc.cells[b.col])
			rc.cells[b.col] = append(rc.cells[b.col], ps...)
			if b.in.rowspan {
				rc.cells[b.col][n].paraBreak = true // a row going on the task above adds a paragraph
			}
		}
		rc.prev[b.col] = cellEnd(rc.cells[b.col])
		if b.in == in {
			rc.counts[b.col] += len(ps)
		} else {
			rc.counts[b.col] = len(ps) // after an unmarked break, count the last page only
		}
	}
}

// cutPages cuts pages s onwards of a row into rc. With shifts set, the
// first page that a break follows is cut the way that costs the whole
// row least among its best cut and the near-best ones (pageCutShifts);
// the pages after it are cut by their own best (a row over three pages
// is rare, and weighing every page's shifts would multiply the passes).
func (t *table) cutPages(rc *rowCut, rp rowPages, s int, thorough, shifts bool) {
	for ; s < rp.n(); s++ {
		in := rc.input(rp, s)
		before := rc.notes
		blocks, cost := t.solveSegment(in, thorough, &rc.notes)
		if !shifts || in.final {
			rc.place(blocks, in, cost)
			continue
		}
		best := rc.clone()
		best.place(blocks, in, cost)
		t.cutPages(best, rp, s+1, thorough, false)
		for _, alt := range t.pageCutShifts(in, blocks, cost) {
			try := rc.clone()
			try.notes = before
			try.notes.splitLines = slices.Clip(before.splitLines)
			try.place(alt.blocks, in, alt.cost)
			t.cutPages(try, rp, s+1, thorough, false)
			if try.notes.cost < best.notes.cost-pageCutGain {
				best = try
			}
		}
		*rc = *best
		return
	}
}

// pageCutMargin is how much dearer than a page's best cut a cut that
// moves one boundary of it by a line or two may be and still be weighed
// by what it leaves the next page (pageCutShifts). Before a page break no cell
// ends, so what tells where one does (a dangling "và", a unit's head
// alone) is not paid there, and cuts a line apart often cost alike: "Văn
// phòng" / "HĐND" / "và" and "UBND" / "Trung tâm …", or "và" / "UBND"
// and "Trung tâm …", where the next page's "huyện" goes on the lead only
// in the second.
const pageCutMargin = 1.0

// maxPageCutShift is how many lines pageCutShifts moves a boundary: a
// unit's name broken over short lines may end two lines off ("Ban Chỉ" /
// "huy" / "Phòng" / "thủ dân", the next page's "sự huyện" going on it).
// (Cell-block, held-out: 269 -> 266 fields wrong against one line; no
// other rendering changed, BenchmarkParse the same.)
const maxPageCutShift = 2

// pageCutGain is how much cheaper the whole row must come out for a
// near-best page cut to replace the best one.
const pageCutGain = 0.5

// pageCut is one way of cutting a page's part of a row, and its cost.
type pageCut struct {
	blocks []placedBlock
	cost   float64
}

// pageCutShifts lists the cuts of a page's lines that move one boundary
// between two blocks of its best cut by up to maxPageCutShift lines and
// cost at most pageCutMargin more. Only a cut of whole lines in one pass
// has them.
func (t *table) pageCutShifts(in *passInput, best []placedBlock, cost float64) []pageCut {
	for _, b := range best {
		if b.in != in || b.from.word > 0 || b.to.word > 0 {
			return nil
		}
	}
	defer t.sp.mem.release(t.sp.mem.mark())
	tab := t.sp.tabulate(in)
	var out []pageCut
	for i := 0; i+1 < len(best); i++ {
		a, b := best[i], best[i+1]
		was := tab.block(a.col, a.from.line, a.to.line) + tab.block(b.col, b.from.line, b.to.line)
		for d := -maxPageCutShift; d <= maxPageCutShift; d++ {
			k := a.to.line + d
			if d == 0 || k <= a.from.line || k >= b.to.line {
				continue
			}
			c := cost - was + tab.block(a.col, a.from.line, k) + tab.block(b.col, k, b.to.line)
			if c > cost+pageCutMargin {
				continue
			}
			alt := slices.Clone(best)
			alt[i].to, alt[i+1].from = cut{line: k}, cut{line: k}
			out = append(out, pageCut{alt, c})
		}
	}
	was := t.sp.cutCost(in, tab, best)
	for i := 0; i+1 < len(best); i++ {
		for _, alt := range absorbedCuts(best, i) {
			if c := cost - was + t.sp.cutCost(in, tab, alt); c <= cost+pageCutMargin {
				out = append(out, pageCut{alt, c})
			}
		}
	}
	return out
}

// absorbedCuts returns the cuts of a page's best cut blocks in which one
// of the blocks i and i+1 takes the other's lines, that one's cell left
// empty on this page, when the lines given up are at most maxAbsorbLines.
// Before a page break, a unit list's next name read as the cell after it
// ("Bộ Chỉ huy Quân sự tỉnh;" / "Công an tỉnh; Ủy ban nhân" read as the
// product, which that row leaves empty) costs no more than the list
// going on, as no cell ends there; the next page's "dân các xã" tells
// which, and moving a boundary by a line or two never empties a cell.
func absorbedCuts(blocks []placedBlock, i int) [][]placedBlock {
	a, b := blocks[i], blocks[i+1]
	var out [][]placedBlock
	if b.to.line-b.from.line <= maxAbsorbLines {
		alt := slices.Delete(slices.Clone(blocks), i+1, i+2)
		alt[i].to = b.to
		out = append(out, alt)
	}
	if a.to.line-a.from.line <= maxAbsorbLines {
		alt := slices.Delete(slices.Clone(blocks), i, i+1)
		alt[i].from = a.from
		out = append(out, alt)
	}
	return out
}

// maxAbsorbLines is the most lines a block gives up to the block beside it
// in absorbedCuts: a short cell of a name or two.
const maxAbsorbLines = 3

// cellEnd returns a cell's last line, the piece a later pass goes on
// from, with its end judged with the line before it (a copy, when that
// changes it): a narrow column breaks "Hằng" / "tháng", and "tháng" alone
// wants its number where "Hằng tháng" is whole (endsDangling reads the
// word before the last). Read alone, a row going on the task above could
// add no paragraph to that time cell (costRowspanAfterOpenEnd).
func cellEnd(ps []piece) *piece {
	end := &ps[len(ps)-1]
	if len(ps) < 2 || !end.dangling || endsDangling(ps[len(ps)-2].text+" "+end.text) {
		return end
	}
	last := *end
	tr := *last.traits // shared with the row's pieces
	tr.dangling = false
	last.traits = &tr
	return &last
}

// filledEmptyCost is what a row's cut paid for leaving columns the table
// always fills empty (costEmptyFilled each).
func (t *table) filledEmptyCost(cells [][]piece) float64 {
	cost := 0.0
	for c, ps := range cells {
		if len(ps) == 0 && t.sp.cols[c].filled {
			cost += costEmptyFilled
		}
	}
	return cost
}

// piecesOf returns the pieces of a row's lines, made once per row.
func (t *table) piecesOf(r *row) []piece {
	if ps, ok := t.pieces[r]; ok {
		return ps
	}
	ps := make([]piece, len(r.lines))
	trs := make([]traits, len(r.lines))
	for i, l := range r.lines {
		ps[i] = t.pieceOf(l, &trs[i])
		if i > 0 {
			ps[i].prevTraits, ps[i].prevW = ps[i-1].traits, ps[i-1].w
			ps[i].afterPrev = t.sp.pairs.has(ps[i-1].last, ps[i].first)
		}
	}
	// A line's opening read with the next line's first word comes first:
	// what the line above says of it (a name's tail, an organ's body)
	// overrides it.
	for i := 0; i+1 < len(ps); i++ {
		openAcrossLines(&ps[i], &ps[i+1])
	}
	for i := 0; i+1 < len(ps); i++ {
		if !slices.Contains(r.breaks, i+1) {
			eventAcrossLines(&ps[i], &ps[i+1])
			timeAcrossLines(&ps[i], &ps[i+1])
			dateNumberAcrossLines(&ps[i], &ps[i+1])
			recurrenceAcrossLines(&ps[i], &ps[i+1])
		}
		tailAcrossLines(&ps[i], &ps[i+1])
		dashTailAcrossLines(&ps[i], &ps[i+1])
		t.dashNameAcrossLines(&ps[i], &ps[i+1])
		regionNumberAcrossLines(&ps[i], &ps[i+1])
		numberAcrossLines(&ps[i], &ps[i+1])
		spanAcrossLines(&ps[i], &ps[i+1])
		committeeAfterName(&ps[i], &ps[i+1])
		bodyAfterMinister(&ps[i], &ps[i+1])
		nameTailAfterComrade(&ps[i], &ps[i+1])
		headAfterSeparator(&ps[i], &ps[i+1])
		organAfterHead(&ps[i], &ps[i+1])
		nameAfterHeadWord(&ps[i], &ps[i+1])
		itemAfterColon(&ps[i], &ps[i+1])
		headNamedAbove(&ps[i], &ps[i+1])
		titleAcrossLines(&ps[i], &ps[i+1])
		chargeAcrossLines(&ps[i], &ps[i+1])
		objectAcrossLines(&ps[i], &ps[i+1])
		boardReferredAbove(&ps[i], &ps[i+1])
		headAcrossLines(&ps[i], &ps[i+1])
		wholeAcrossLines(&ps[i], &ps[i+1])
		outcomeAcrossLines(&ps[i], &ps[i+1])
	}
	if t.pieces == nil {
		t.pieces = map[*row][]piece{}
	}
	t.pieces[r] = ps
	return ps
}

// lineFacts is what makePieceIn works out of a line's text alone: its
// traits, before any line beside it changed them, and widths.
type lineFacts struct {
	traits traits
	w, fw  int
}

// pieceOf is makePieceIn of line l, its traits written to tr, worked out
// once per text: a table's unit names, times and wrapped phrases recur
// from row to row ("Thường xuyên", "Các sở, ban", "Ủy ban nhân dân": a
// third of the seed's lines are another line's text again).
func (t *table) pieceOf(l line, tr *traits) piece {
	if f, ok := t.facts[l.text]; ok {
		*tr = f.traits
		return piece{text: l.text, w: f.w, fw: f.fw, src: l, traits: tr}
	}
	p := makePieceIn(l.text, l, tr)
	if t.facts == nil {
		t.facts = make(map[string]lineFacts, t.bodyLines()/2) // most texts are met once
	}
	t.facts[l.text] = lineFacts{*tr, p.w, p.fw}
	return p
}

// bodyLines is how many lines the table's body has, 0 for a table made
// without a document (tests make such tables).
func (t *table) bodyLines() int {
	if t.doc == nil {
		return 0
	}
	return len(t.doc.body)
}

// opensAcross reports whether p, one word, and next, going on from it
// (continuesLine), may be a cell's opening broken over two lines, which
// openAcrossLines reads together.
func opensAcross(p, next *piece) bool { return !strings.ContainsRune(p.text, ' ') && next.lower }

// openAcrossLines classifies p's start as a unit's, a product's or a
// funding cell's by its word and the first word of next, when p is one
// word and next goes on from it (continuesLine): a column narrower than a
// cell's opening two words breaks them ("Ngân" / "sách tỉnh"), and "Ngân"
// alone opens a unit ("Ngân hàng …") where "Ngân sách" opens a funding
// cell.
func openAcrossLines(p, next *piece) {
	if !opensAcross(p, next) {
		return
	}
	text := p.text + " " + firstWord(next.text)
	p.unitStart, p.productStart, p.fundingStart = cellStarts(cellOpening(text))
}

// eventAcrossLines reads p, a time's word alone on its line, as no time
// when the next line goes on from it into an event's name ("Ngày" / "hội
// được tổ chức": namesEvent) or a standing body's ("Thường" / "vụ":
// namesStandingBody), as openAcrossLines reads a cell's opening. Not
// across a page break, where the next line is any column's: "Tháng" /
// (page 2) "kiểm tra …" is a month all the same.
func eventAcrossLines(p, next *piece) {
	if !p.timeLike || strings.ContainsRune(p.text, ' ') || !next.lower {
		return
	}
	if o := openingOf(p.text + " " + firstWord(next.text)); namesEvent(o) || namesStandingBody(o) {
		p.timeLike = false
		p.timeOnly = p.timeOnly && startsLikeTimeOnlyO(o)
		p.timeCont = isTimeContinuationT(openingOf(p.text), p.text, false)
	}
}

// timeAcrossLines reads p, one word that says no time alone, as a time's
// start when the next line goes on from it into one ("Cả" / "năm": "Cả
// năm", namesWholePeriod), as openAcrossLines reads a cell's opening: a
// narrow time column broke the time's two words, and "Cả" alone, which
// opens a lead as well ("Cả hệ thống chính trị"), had cost the time
// column a cell that is no time. Not across a page break, where the next
// line is any column's.
func timeAcrossLines(p, next *piece) {
	if p.timeLike || strings.ContainsRune(p.text, ' ') || !next.lower {
		return
	}
	if joined := p.text + " " + firstWord(next.text); looksLikeTime(joined) {
		p.timeLike = true
		p.timeCont = isTimeContinuationT(openingOf(p.text), p.text, true)
	}
}

// dateNumberAcrossLines marks next, a date or a number alone ("8/2103",
// "IV/2102"), as going on p, a date's unit alone that wants its number
// ("Tháng", "Quý"; endsDateUnit): a narrow time column broke "Tháng
// 8/2103", and where the product cell beside it was empty, the number
// alone had opened the time cell and its unit ended the product. The
// two lines then say a time whole, and p reads as one (timeOnly), whose
// opening a column of no times costs (elsewhereCost): where the cells
// before the time were empty, "Tháng" / "1/2031" had opened the empty
// funding or target cell beside it (1,706 renderings: cell-block 391 ->
// 379, none worse). Not across a page break, where the next line is any
// column's.
func dateNumberAcrossLines(p, next *piece) {
	if !p.lower && p.dateUnitEnd && !strings.ContainsRune(p.text, ' ') && (next.dateOnly || isQuarterNumber(next.text)) {
		next.markTail()
		p.timeOnly = true
	}
}

// recurrenceAcrossLines marks next as ending a recurrence's two words,
// a whole time, that a narrow time column broke after the first
// ("Thường" / "xuyên", "Hằng" / "năm"): the time is said whole there,
// and a capitalised line after it is the next cell's ("Thường" / "xuyên"
// / "Thông tin" / "được công" / "khai" read as one time, the product
// beside it left empty; goesOnWholeTime). Not across a page break, where
// the next line is any column's.
func recurrenceAcrossLines(p, next *piece) {
	if strings.ContainsRune(p.text, ' ') || strings.ContainsRune(next.text, ' ') {
		return
	}
	joined := p.text + " " + next.text
	if startsLikeTimeOnlyO(openingOf(joined)) && !endsDateUnit(joined, lowerHash(next.text)) {
		next.endsRecurrence = true
	}
}

// headAcrossLines marks next as ending a unit's two-word bare head that
// a narrow column broke after the capitalised word that opens it, the
// last of p ("tỉnh; Văn" / "phòng", "Ủy" / "ban"): the name after the
// head is still to come (headEndCost). Lowercase, the words end a whole
// name ("Các công" / "chức").
func headAcrossLines(p, next *piece) {
	if headBrokenAfter(p, next) {
		next.headAcross = true
	}
}

// tailAcrossLines marks next's start as a name's tail (startTail) when
// p's last word and next's first word are a tail of nameTails that a
// narrow column broke ("Ủy ban MTTQ Việt" / "Nam tỉnh; Sở GD&ĐT"): "Nam"
// then goes on the name above, and opens no cell of its own.
func tailAcrossLines(p, next *piece) {
	if startWords.two.get(pairKey(p.last, next.first))&vocTail == 0 {
		return
	}
	next.markTail()
}

// dashTailAcrossLines marks next's start as a name's tail (startTail)
// when it is the second half of a unit's name joined by a dash, which a
// narrow column broke before the dash ("Phòng Kế hoạch" / "- Tài chính",
// "Phòng Tổ chức" / "- Hành chính"): p ends openly (endsOpen) and next
// is a dash and at most maxDashTailWords words that open no unit and no
// time. Read as a bullet, such a line had opened the notes or the
// coordinating cell. A list's bullet of units ("- Sở Y tế;") is left
// alone, and so is a dash line after a number (an amount or a year ends
// a cell, no name's first half: a funding's "650" before a row going on
// the task above, "- Duy tu trạm …", whose content's paragraph, read as
// a tail, could open no row).
func dashTailAcrossLines(p, next *piece) {
	if !next.bullet || !p.openEnd || !endsWithLetter(lastWord(p.text)) || next.timeLike || next.sentEnd || next.unitStart == startUsual ||
		wordCount(trimCellLead(next.text)) > maxDashTailWords {
		return
	}
	next.markTail()
}

// dashNameAcrossLines marks next's start as a name's tail (startTail)
// when it opens with a dash and a word that the document joins to p's
// last word with a dash elsewhere (dashNames: "Công chức Tư pháp -" /
// "Hộ tịch" in another row): a narrow column broke the name before its
// dash. dashTailAcrossLines leaves alone a dash line opening like a
// unit ("- Hộ …" may begin a list of households); the document's own
// name says it is none.
func (t *table) dashNameAcrossLines(p, next *piece) {
	if !next.bullet || !joinedByDash(t.dashNames, p, next) {
		return
	}
	next.markTail()
}

// learnDashNames returns the pairs of words the lines join with a dash
// between two capitalised words, on one line ("Phòng Văn hóa - Xã hội")
// or across two, the dash ending the first ("Công chức Tư pháp -" / "Hộ
// tịch"): the two halves of a field's name. A range's numbers ("2026 -
// 2030") are no such pair.
func learnDashNames(lines []line) wordPairs {
	ps := wordPairs{newHashSet(0)}
	add := func(a, b string) {
		if a != "" && !opensWithDigit(a) && capitalised(b) { // a name's later words are lowercase ("Văn hóa - Xã hội")
			ps.set.add(pairKey(pairHash(a), pairHash(b)))
		}
	}
	for i, l := range lines {
		for _, dash := range spacedRangeDashes {
			for rest, at := l.text, 0; ; rest = rest[at+len(dash):] {
				if at = strings.Index(rest, dash); at < 0 {
					break
				}
				add(lastWord(rest[:at]), firstWord(rest[at+len(dash):]))
			}
		}
		if i+1 < len(lines) && rangeDashes[lastWord(l.text)] {
			add(wordBeforeLast(l.text), firstWord(lines[i+1].text))
		}
	}
	return ps
}

// joinedByDash reports whether names, the words a document joins with a
// dash (learnDashNames), hold p's last word and the first word of next
// after its dash.
func joinedByDash(names wordPairs, p, next *piece) bool {
	return names.has(p.last, pairHash(firstWord(trimCellLead(next.text))))
}

// spacedRangeDashes are rangeDashes standing between two words, a space
// each side (learnDashNames looks for them inside a line).
var spacedRangeDashes = func() []string {
	var out []string
	for d := range rangeDashes {
		out = append(out, " "+d+" ")
	}
	return out
}()

// maxDashTailWords bounds the half of a name after its dash
// (dashTailAcrossLines): fields' names are a word or two ("Tài chính",
// "Xã hội", "Kiểm định chất lượng").
const maxDashTailWords = 3

// regionNumberAcrossLines marks next's start as a name's tail
// (startTail) when p ends with a region's "Khu vực" (endsRegionName) and
// next opens with the number alone that names it ("… Chi nhánh Khu vực"
// / "9"): a narrow column broke the name before its number, which had
// read as an amount opening the funding cell beside it. A name may end
// at "Khu vực" too, so only a number after it says so.
func regionNumberAcrossLines(p, next *piece) {
	if !endsRegionName(p.text, p.last) || !namesRegionNumber(firstWord(next.text)) {
		return
	}
	next.markTail()
}

// numberAcrossLines marks next as going on p's last word when a date or
// a document's number too long for its column was broken inside it
// ("Từ tháng 01/202" / "9"), or a share before its sign ("100" / "% ca
// …"; numberBrokenAcross): next opens no cell of any
// column (startTail, and read as a line going on: a cell opens with a
// capital or a word, not a number's last digits). Read as a cell of its
// own, "9" had opened the column after the time, and each row's cells
// after it had moved one column on.
func numberAcrossLines(p, next *piece) {
	if !numberBrokenAcross(p.text, next.text) {
		return
	}
	next.markTail()
	next.lower = true
}

// spanAcrossLines marks next as going on p when a span of years or dates
// was broken before its dash (spanRestAcross: "Năm học 2099" / "- 2100"):
// next opens no cell of any column (startTail, read as a line going on,
// and no amount). Read as an amount, "- 2100" had opened the funding cell
// after the time, and each cell after it had moved one column on.
func spanAcrossLines(p, next *piece) {
	if !spanRestAcross(p.text, next.text) {
		return
	}
	next.markTail()
	next.lower = true
	next.amount = false
}

// spanRestAcross reports whether next opens with a range's dash and the
// year or date that ends a span (namesSpanEnd) and prev ends with a
// number, the span's start: "2099" / "- 2100", "Tháng 4" / "- 6/2100". A
// bullet opens with a dash too, but with a word ("- Ưu tiên …") or a
// count ("- 02 lớp"), no year.
func spanRestAcross(prev, next string) bool {
	dash, rest, ok := strings.Cut(next, " ")
	return ok && rangeDashes[dash] && endsWithDigit(prev) && namesSpanEnd(firstWord(rest))
}

// namesSpanEnd reports whether w is a year, four digits, or a date whose
// last part is one ("6/2100"), with nothing after it but a list
// separator. (isYear asks more of a year alone: a plan's own century.)
func namesSpanEnd(w string) bool {
	y := afterLastSlash(listSeparators.trimRight(w))
	return len(y) == spanYearDigits && isDigits(y)
}

// spanYearDigits is how many digits a year has.
const spanYearDigits = 4

// namesRegionNumber reports whether w is a region's number: at most
// maxRegionDigits digits or a roman numeral, with nothing after it but a
// list separator ("9", "XI;"). A year ("2028") is a time's.
func namesRegionNumber(w string) bool {
	w = listSeparators.trimRight(w)
	return isDigits(w) && len(w) <= maxRegionDigits || romanValue(w) > 0
}

// maxRegionDigits bounds a region's number: the regions a state body
// parts a country into number in the tens.
const maxRegionDigits = 2

// organAfterHead marks next's start as a name's tail (startTail) when p
// ends a unit's bare head or a Party organ (endsHead: "Văn phòng", "Sở",
// "Ban cán sự đảng"; or "Văn" / "phòng" over two lines) and next opens
// with an abbreviation ("UBND tỉnh", "KH&CN"): a narrow lead column broke
// "Văn phòng UBND tỉnh" after its head, and the organ goes on it rather
// than open the coordinating cell. A head ends no cell.
func organAfterHead(p, next *piece) {
	if !isCodeWord(firstWord(next.text)) || !p.endsHead() || ownsHeadAbove(p) {
		return
	}
	next.markTail()
}

// nameAfterHeadWord marks next's start as a name's tail when p ends with a
// one-word unit head, capitalised and with nothing after it ("Gửi Sở",
// "Báo cáo Bộ"), and next opens with the two words of a department's
// name (namePairs: "Nội vụ", "Tài chính"): a narrow notes or product cell
// broke "Gửi Sở Nội vụ" after its head, and the name goes on it rather
// than open the next cell, which left the cell before empty. Words that
// open a unit themselves ("Công an tỉnh", "Văn phòng UBND") open the
// next cell after "Thanh tra Sở".
func nameAfterHeadWord(p, next *piece) {
	last := lastWord(p.text)
	if !bareHeadWords.has(lowerHash(last)) || !capitalised(last) || !capitalised(next.text) {
		return
	}
	w1, w2 := firstTwo(next.text)
	if w2 == "" || !partsName(w1, w2) || next.unitStart == startUsual || bareHeadPairs.has(pairKey(lowerHash(w1), lowerHash(w2))) {
		return
	}
	next.markTail()
}

// itemAfterColon marks next's start as a tail when p ends with a colon
// and next is a bullet that opens no unit ("… trên Đài Truyền thanh
// huyện:" / "- Mỗi tháng 02 chuyên mục;"): the item is the list's the
// colon introduced, in the same cell, and opens no cell of the column
// after it (an extra column's "- Mỗi tháng …" had left the content ending
// at its colon). A bulleted unit ("- Sở Tài chính;") may open the lead
// after a content ending "… các nội dung sau:", its sub-tasks below.
func itemAfterColon(p, next *piece) {
	if !next.bullet || !introducesMore(p.text) || next.unitStart == startUsual {
		return
	}
	next.markTail()
}

// headNamedAbove clears next's bare head when p ends with a list item's
// head word cut from its name (endsUnitHead: "Kế toán; Tổ") and next is
// a head of its own ("Văn phòng"): the two name one unit ("Tổ Văn
// phòng", the office's team), whole, which a cell may end with
// (headEndCost had charged it as a head without its name, and the lead
// went on into the coordinating cell's lines).
func headNamedAbove(p, next *piece) {
	if next.bareHead != 0 && endsUnitHead(p.text, p.last) {
		next.bareHead = 0
	}
}

// ownsHeadAbove reports whether p, a one-word head alone on its line,
// names the owner of the bare head on the line above it ("Văn phòng" /
// "Sở": the department's own office, whole): the next line's
// abbreviation then opens a cell of its own ("UBND các huyện").
func ownsHeadAbove(p *piece) bool {
	return p.bareHead == 1 && p.prevTraits != nil && p.prevTraits.bareHead != 0
}

// endsHead reports whether line p ends with a name that wants another
// after it: a unit's bare head (bareUnitHeadWords) or a Party organ set in
// a state body, which names that body after it ("Ban cán sự đảng" /
// "UBND tỉnh", "Đảng đoàn" / "HĐND tỉnh"), whole on the line or broken
// after its first word on the line before ("Văn" / "phòng", "Ban cán sự"
// / "đảng": p one word, with the last word of the line before it).
func (p *piece) endsHead() bool {
	if p.bareHead != 0 || endsPartyOrgan(p.text) {
		return true
	}
	across, ok := p.pairAcross()
	return ok && (bareHeadPairs.has(across) || partyOrgans.has(across))
}

// pairAcross returns, when line p is one word, that word and the last
// word of the line before it as pairKey of their hashes: two words of one
// name a narrow column broke apart ("Văn" / "phòng", "Bộ" / "trưởng").
func (p *piece) pairAcross() (uint64, bool) {
	if p.prevTraits == nil || strings.ContainsRune(p.text, ' ') {
		return 0, false
	}
	return pairKey(p.prevTraits.last, p.first), true
}

// endsPartyOrgan reports whether text ends with a Party organ's name
// that wants the body it sits in ("… cán sự đảng", "Đảng đoàn").
func endsPartyOrgan(text string) bool {
	w1, w2 := lastTwo(text)
	return partyOrgans.has(pairKey(lowerHash(w1), lowerHash(w2)))
}

// partyOrgans are the last two words of a Party organ set in a state
// body, which names that body after it ("Đảng ủy" / "Ủy ban nhân dân
// tỉnh").
var partyOrgans = lowerPairSet("sự đảng", "đảng đoàn", "đảng ủy", "đảng uỷ")

// lineCostsOf returns the width-free costs of a row's lines, worked out
// once per row.
func (t *table) lineCostsOf(r *row) *lineCosts {
	if lc, ok := t.costs[r]; ok {
		return lc
	}
	lc := t.sp.lineCostsOf(t.piecesOf(r))
	if t.costs == nil {
		t.costs = map[*row]*lineCosts{}
	}
	t.costs[r] = lc
	return lc
}

// placedBlock is a block with the pass it belongs to.
type placedBlock struct {
	block
	in *passInput
}

// solveSegment solves the pass for one page's part of a row; thoroughly, it
// retries with fused lines split, and tries an unmarked page break.
//
// The search tables of every pass solved here live in the splitter's
// arenas until it returns: what it returns holds none of them.
func (t *table) solveSegment(in *passInput, thorough bool, notes *rowNotes) ([]placedBlock, float64) {
	defer t.sp.mem.release(t.sp.mem.mark())
	res := t.sp.solvePass(in)
	if thorough {
		res = t.splitFused(res)
	} else if len(t.overflowingLines(res)) > 0 || res.in.later || res.cost > costImplicitBreak {
		notes.wantsMore = true
	}
	best := place(res.blocksTo(res.final, len(res.cuts)-1), res.in)
	cost := res.cost
	if one, c, ok := t.onePerCellCut(in, cost); ok {
		return one, c
	}
	if thorough && !in.later && cost > min(costImplicitBreak, costRowspanRow) && len(in.lines) <= maxImplicitLines {
		if blocks, c, at, rowspan := t.tryImplicitBreak(res, cost > costImplicitBreak); blocks != nil && c < cost {
			best, cost = blocks, c
			if rowspan {
				notes.rowspanAt = &in.lines[at].src
			} else {
				notes.implicitBreak = &in.lines[at].src
			}
		}
	}
	for _, b := range best {
		for _, c := range []cut{b.from, b.to} {
			if c.word > 0 {
				notes.splitLines = append(notes.splitLines, b.in.lines[c.line].src)
			}
		}
	}
	return best, cost
}

// splitFused retries a pass letting lines hold the ends of two cells, and
// keeps the cheaper result: lines that overflowed their column, and after a
// page break every line, since text extraction fuses the continuations that
// start side by side at the top of a page.
func (t *table) splitFused(res *passResult) *passResult {
	fused := placedLines(res, func(c int, l *piece) bool { return t.overflows(c, l) || t.runsItemsTogether(c, l) })
	if len(fused) == 0 && !(res.in.later && t.anyMayBeFused(res.in.lines)) {
		return res
	}
	in2 := *res.in
	in2.splittable = make([]bool, len(in2.lines))
	for _, i := range fused {
		in2.splittable[i] = true
	}
	if res.in.later {
		for i, l := range in2.lines {
			if t.mayBeFused(l.w) {
				in2.splittable[i] = true
			}
		}
	}
	if res2 := t.sp.solvePass(&in2); res2.cost < res.cost {
		return res2
	}
	return res
}

// Two narrow cells' line ends fused on one line make a line wider than the
// narrowest narrow column and narrower than about two of the widest.
const (
	fusedMinShare = 0.9
	fusedMaxShare = 1.8
)

// mayBeFused reports whether a line of width w could hold the ends of two
// narrow cells.
func (t *table) mayBeFused(w int) bool {
	lo, hi := math.Inf(1), 0.0
	for i, c := range t.sp.cols {
		if i == t.content {
			continue
		}
		lo, hi = math.Min(lo, c.width), math.Max(hi, c.width)
	}
	return float64(w) > fusedMinShare*lo && float64(w) < fusedMaxShare*hi
}

func (t *table) anyMayBeFused(ps []piece) bool {
	for _, p := range ps {
		if t.mayBeFused(p.w) {
			return true
		}
	}
	return false
}

func place(bs []block, in *passInput) []placedBlock {
	out := make([]placedBlock, len(bs))
	for i, b := range bs {
		out[i] = placedBlock{b, in}
	}
	return out
}

func (t *table) uncertain(cost float64, lines int) bool {
	return cost > uncertainCostMin && cost > uncertainCostPerLine*float64(lines)
}

// placedLines lists the lines the best cut of res placed in a column c
// for which keep(c, line) holds.
func placedLines(res *passResult, keep func(c int, l *piece) bool) []int {
	var out []int
	for _, b := range res.blocksTo(res.final, len(res.cuts)-1) {
		for i := b.from.line; i < b.to.line || (i == b.to.line && b.to.word > 0); i++ {
			if keep(b.col, &res.in.lines[i]) {
				out = append(out, i)
			}
		}
	}
	return out
}

// overflowingLines lists the lines the best cut placed in a column narrower
// than they are: candidates for two cells' ends fused on one line.
func (t *table) overflowingLines(res *passResult) []int { return placedLines(res, t.overflows) }

// overflows reports whether line l is wider than column c.
func (t *table) overflows(c int, l *piece) bool { return t.sp.overflowIn(c, l) > 0 }

// runsItemsTogether reports whether line l, placed in a unit or product
// column c, starts a new unit or document after its first word
// (startsItemInside): text extracted by baseline ("Sở KH&CN Các sở, ban,
// ngành tỉnh;", pdftotext -raw) runs a one-line cell on into the next
// cell's first line, and the learned widths, taught by such lines, no
// longer show them too wide. (pdftotext -raw of re-rendered annexes,
// fields wrong: 1,363 -> 1,138 of 8,995; cell-block text unchanged.)
func (t *table) runsItemsTogether(c int, l *piece) bool {
	k := t.sp.cols[c].kind
	return (k == colUnit || k == colProduct) && startsItemInside(l.text)
}

// tryImplicitBreak looks for a restart that nothing marked: the row's
// lines reach its last column, then start over. Either the cells go on
// after a page break whose page number was lost (with pageBreaks), or a
// row without a number follows, whose cells add paragraphs to the task's
// (a cell merged down over two rows in the source; cell-block text shows
// nothing else of it). The second pass reads the one as continuations of
// the cells above, the other as cells' openings (passInput.rowspan). It
// returns the blocks, their cost, the line the restart is at and whether
// it is a row without a number. The lines before the restart may end
// before columns left empty, which of them each reading says
// (restartEnds, leftEmptyBeforeRestart).
func (t *table) tryImplicitBreak(res *passResult, pageBreaks bool) ([]placedBlock, float64, int, bool) {
	C := len(t.sp.cols)
	n := len(res.in.lines)
	// ends[0] for a page break, ends[1] for a row going on the task.
	var ends [2][]float64
	var cols [2][]int
	ends[0], cols[0] = t.sp.restartEnds(res, false)
	ends[1], cols[1] = t.sp.restartEnds(res, true)
	type candidate struct {
		k     int
		first []placedBlock
		in2   *passInput
		r2    *passResult
		cost  float64
	}
	var cands []candidate
	cheapest := res.cost
	earns := knownPairsFrom(res.in.lines)
	for _, k := range unionOf(breakCandidates(res, ends[0]), breakCandidates(res, ends[1])) {
		from := res.cuts[k].line
		for _, rowspan := range []bool{false, true} {
			e, col := ends[boolInt(rowspan)][k], cols[boolInt(rowspan)][k]
			if math.IsInf(e, 1) || !rowspan && !pageBreaks {
				continue
			}
			brk := costImplicitBreak
			if rowspan {
				brk = costRowspanRow
			}
			// What follows the break earns at most a known pair per block
			// (going on from the page before) and per line that goes on a
			// line it pairs with: skip what cannot win.
			if e+brk+costKnownPair*float64(min(n-from, C+earns[min(from+1, n)])) >= cheapest {
				continue
			}
			// A row going on the task opens its cells with a capital, as
			// every row does, and its blocks' first lines earn no known
			// pair. Nor does it open with a name's tail (a dash's "- Hộ
			// tịch" after "Công chức Tư pháp": dashNameAcrossLines).
			if rowspan && (res.in.lines[from].lower || res.in.lines[from].goesOnAbove() ||
				e+brk+costKnownPair*float64(earns[min(from+1, n)]) >= cheapest) {
				continue
			}
			first := place(res.blocksTo(col, k), res.in)
			in2, r2 := t.restartPass(res, k, first, rowspan)
			c := e + brk + r2.cost
			cheapest = math.Min(cheapest, c)
			cands = append(cands, candidate{k, first, in2, r2, c})
		}
	}
	// Fused lines are looked for only where the break is already likely.
	var best []placedBlock
	bestCost, at, rowspan := math.Inf(1), -1, false
	for _, cd := range cands {
		if cd.cost > cheapest+implicitSplitMargin {
			continue
		}
		r2 := t.splitFused(cd.r2)
		if c := cd.cost - cd.r2.cost + r2.cost; c < bestCost {
			bestCost, at, rowspan = c, res.cuts[cd.k].line, cd.in2.rowspan
			// a new slice: cd.first is left as it is
			best = slices.Concat(cd.first, place(r2.blocksTo(r2.final, len(r2.cuts)-1), r2.in))
		}
	}
	return best, bestCost, at, rowspan
}

// restartPass solves the lines after cut k of res as a pass going on
// from the blocks before it (first): the cells after a page break, or a
// row without a number going on the task (rowspan).
func (t *table) restartPass(res *passResult, k int, first []placedBlock, rowspan bool) (*passInput, *passResult) {
	C := len(t.sp.cols)
	prev := make([]*piece, C)
	counts := make([]int, C)
	for _, b := range first {
		ps := materialize(b, b.in)
		last := *cellEnd(ps) // a copy: ps is the block's own
		prev[b.col], counts[b.col] = &last, len(ps)
	}
	from := res.cuts[k].line
	in2 := &passInput{lines: res.in.lines[from:], later: true, rowspan: rowspan, final: res.in.final, prev: prev, prevCount: counts,
		costs: res.in.costs, off: res.in.off + from}
	return in2, t.sp.solvePass(in2)
}

// knownPairsFrom returns, for each i, how many of the pieces from i on
// go on from the piece before them with a known pair (afterPrev): all the
// cost a cut of those pieces can take away (costKnownPair is the only
// negative cost).
func knownPairsFrom(ps []piece) []int {
	out := make([]int, len(ps)+1)
	for i := len(ps) - 1; i >= 0; i-- {
		out[i] = out[i+1] + boolInt(ps[i].afterPrev)
	}
	return out
}

// maxBreakCandidates bounds the places tried for an unmarked page break:
// those where the first page's part of the row is cheapest.
const maxBreakCandidates = 8

// breakCandidates lists the whole-line cuts after which the row's first
// part may end (ends, restartEnds), cheapest first.
func breakCandidates(res *passResult, ends []float64) []int {
	var ks []int
	for k := 1; k < len(res.cuts)-1; k++ {
		if res.cuts[k].word == 0 && !math.IsInf(ends[k], 1) {
			ks = append(ks, k)
		}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ends[ks[i]] < ends[ks[j]] })
	return ks[:min(len(ks), maxBreakCandidates)]
}

// unionOf returns a's elements, then those of b not in a.
func unionOf(a, b []int) []int {
	out := slices.Clone(a)
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, x)
		}
	}
	return out
}

// implicitSplitMargin is how much dearer than the cheapest unmarked page
// break a candidate break may be and still be tried with fused lines split.
const implicitSplitMargin = 3.0

// materialize returns the pieces of a block: the pass's own pieces when it
// holds whole lines (callers must not write to them), else new ones.
func materialize(b placedBlock, in *passInput) []piece {
	if b.from.word == 0 && b.to.word == 0 {
		return in.lines[b.from.line:b.to.line]
	}
	var out []piece
	for i := b.from.line; i <= b.to.line && i < len(in.lines); i++ {
		from, to := 0, -1
		if i == b.from.line {
			from = b.from.word
		}
		if i == b.to.line {
			if b.to.word == 0 {
				break
			}
			to = b.to.word
		}
		l := in.lines[i]
		if from == 0 && to < 0 {
			out = append(out, l)
			continue
		}
		out = append(out, makePiece(wordsFrom(l.text, from, to), l.src))
	}
	return out
}

// stale reports whether a row's cut from the last learning round must be
// made again: it was made with other widths (reused from a round before,
// or the widths moved after it), and it was a close call. An empty cell
// of an always-filled column does not make it one: the thorough cut would
// pay for it alike, and recutting every such row cost a fifth of the
// parse's speed for nothing measured.
func (t *table) stale(q quickResult) bool {
	return (t.moved || q.reused) && q.notes.cost-q.notes.filledEmpty > staleRecutCost
}

// cellsOf splits every task row, thoroughly, and warns where it guessed.
func (t *table) cellsOf(r *row) [][]piece {
	q, ok := t.quick[r]
	if !ok || t.stale(q) || q.notes.wantsMore {
		// A thorough cut is the quick one wherever the quick one wants
		// nothing more (no overflowing line, no page break, a cheap cut),
		// so a row not cut yet is cut thoroughly at once.
		q.cells, q.notes = t.splitRow(r, true)
	}
	cells, notes := q.cells, q.notes
	if notes.tooLong {
		t.doc.warn(r.at, "row %s has %d lines, too many to split into cells: all of it is in the content", r.path, len(r.lines))
	}
	if notes.implicitBreak != nil {
		t.doc.warn(*notes.implicitBreak, "row %s seems to continue after a page break that has no page number", r.path)
	}
	if notes.rowspanAt != nil {
		t.doc.warn(*notes.rowspanAt, "row %s: its last lines read as a row without a number whose cells go on the task's", r.path)
	}
	warned := map[int]bool{}
	for _, l := range notes.splitLines {
		if !warned[l.num] {
			warned[l.num] = true
			t.doc.warn(l, "row %s: line %q holds the ends of two cells; split it", r.path, l.text)
		}
	}
	if t.uncertain(notes.cost, len(r.lines)) {
		t.doc.warn(r.at, "row %s: cells split with low confidence (score %.1f); check where each cell ends", r.path, notes.cost)
	}
	return cells
}

func (t *table) describeWidths() string {
	s := ""
	for i, c := range t.sp.cols {
		s += fmt.Sprintf("%s=%.0f ", t.doc.columns[t.cellCol[i]].Key, c.width)
	}
	return s
}

// numberShare is the share of the table's width given to the number column
// of a text annex, whose width text does not show.
const numberShare = 0.05

// setShares records the learned widths in the document's columns, as shares
// of the table's width.
func (t *table) setShares() {
	cellTotal := 0.0
	for _, c := range t.sp.cols {
		cellTotal += c.width
	}
	if cellTotal <= 0 {
		return
	}
	widths := make([]float64, len(t.doc.columns))
	for i, ci := range t.cellCol {
		widths[ci] = t.sp.cols[i].width
	}
	for i, c := range t.doc.columns {
		if c.Key == model.RoleNumber {
			widths[i] = cellTotal * numberShare / (1 - numberShare)
		}
	}
	setShares(t.doc.columns, func(i int) float64 { return widths[i] })
}
