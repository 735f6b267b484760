package parser

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// piece is a line, or part of a line, placed in a cell, with the evidence
// about it worked out once: the search looks at each piece many times.
type piece struct {
	text  string
	w, fw int // width of the text and of its first word
	src   line
	*traits
	// afterPrev caches whether the last word of the piece before this one in
	// its row and this piece's first word are a known pair.
	prevTraits *traits
	afterPrev  bool
	prevW      int  // width of the line before it in its row, 0 for the first
	paraBreak  bool // starts a paragraph whatever the widths say (a merged-down cell's next part)
}

// traits is what the evidence functions say of a piece.
type traits struct {
	lower, bullet, sentEnd  bool // continuesLine (lowercase, closing punctuation, a lowercase aside), isBulletStart, endsSentence
	timeOnly, timePhrase    bool // startsLikeTimeOnly, startsTimePhrase
	dateOnly                bool // isDateOnly or isNamedDate
	timeLike, timeCont      bool // looksLikeTime, isTimeContinuation
	itemStart, openEnd      bool // starts a list item; ends without punctuation or connector
	enumStart               bool // startsEnumeration: "(1) …", "2) …"
	dangling                bool // endsDangling
	listGoesOn              bool // endsListItem
	fullStop                bool // endsFullStop
	bareHead                int8 // bareUnitHeadWords
	itemHead                bool // endsWithItemHead
	aside                   bool // startsLowerAside
	unitStart, productStart cellStartKind
	fundingStart            cellStartKind
	first, last             uint64 // first and last word, as pairHash keys
	productPair             bool   // opens with a product's two words whose first opens units too (opensProductPair)
	outcome                 bool   // states a result: a thing, then "được" and what is done to it (statesOutcome)
	placePair               bool   // opens with a place's two words whose first opens units too (opensPlacePair)
	amount                  bool   // opens with a sum of money (namesAmount)
	label                   bool   // a capital letter alone (isLabelLetter)
	labelled                bool   // opens with a label and its colon (opensWithLabel)
	shortName               bool   // ends with a unit's head and one word of its name (endsWithShortName)
	headAcross              bool   // ends a two-word head broken over the line above it (headAcrossLines)
	title                   bool   // opens with an office holder's title (opensWithTitle)
	unfinished              bool   // ends a unit's name that words must complete: a committee without its level, a company's form without its name, a board without its charge, a head and its activity without the field (awaitsLevel, awaitsCompanyName, awaitsCharge, awaitsObject)
	dateUnitEnd             bool   // ends with a date's unit that wants its number (endsDateUnit)
	countEnd                bool   // ends with a span's count that wants its unit (endsCountAwaitingUnit)
	measure                 bool   // opens with a count or a share of things (opensMeasure)
	linker                  bool   // opens with a capitalised linking word (opensWithLinker)
	endsRecurrence          bool   // ends a recurrence's two words broken over the line above it (recurrenceAcrossLines)
}

func makePiece(text string, src line) piece { return makePieceIn(text, src, new(traits)) }

// makePieceIn is makePiece with the piece's traits written to tr: a row's
// pieces keep theirs in one slice.
func makePieceIn(text string, src line, tr *traits) piece {
	o := openingOf(text)
	co := cellOpeningOf(text, o)
	last := lastWord(text)
	lastLower := lowerHash(last)
	unitStart, productStart, fundingStart := cellStarts(co)
	outcome := unitStart != startUsual && statesOutcome(text)
	if outcome {
		unitStart, productStart = startOther, startUsual
	}
	timeLike := looksLikeTimeO(o, text)
	*tr = traits{
		lower: continuesLine(text), bullet: isBulletStart(text), sentEnd: endsSentence(text),
		timeOnly: startsLikeTimeOnlyO(o) || countsFromEvent(o, text), timePhrase: startsTimePhraseO(o), dateOnly: isDateOnly(text) || isNamedDateO(o, text) || isQuarterNumber(text),
		timeLike: timeLike, timeCont: isTimeContinuationT(o, text, timeLike),
		itemStart: isItemStart(o.w1), openEnd: endsOpenL(text, lastLower), dangling: endsDanglingL(text, lastLower), dateUnitEnd: endsDateUnit(text, lastLower), countEnd: isDigits(last) && endsCountAwaitingUnit(text), measure: opensMeasure(o), linker: opensWithLinker(o),
		listGoesOn: endsListItem(text), fullStop: endsFullStop(text), bareHead: bareUnitHeadWords(text),
		itemHead: endsWithItemHead(text), aside: startsLowerAside(text),
		enumStart: startsEnumeration(o.w1), productPair: opensProductPair(o), placePair: opensPlacePair(o), outcome: outcome, amount: namesAmount(co), label: isLabelLetter(text), labelled: opensWithLabel(text), shortName: endsWithShortName(text), unfinished: awaitsLevelL(text, lastLower) || awaitsCompanyNameL(text, lastLower) || awaitsChargeL(text, lastLower) || awaitsObject(text, lastLower) || awaitsSchoolName(text, lastLower), title: opensWithTitle(o),
		unitStart: unitStart, productStart: productStart, fundingStart: fundingStart,
		first: pairHashOf(o.w1, o.l1), last: pairHashOf(last, lastLower),
	}
	return piece{text: text, w: textWidth(text), fw: textWidth(o.w1), src: src, traits: tr}
}

// markTail marks t's start as a name's or a list's tail in every column
// kind (startTail): what a rule reading it with the line above finds goes
// on that line's cell, and opens no unit's, product's or funding cell.
func (t *traits) markTail() {
	t.unitStart, t.productStart, t.fundingStart = startTail, startTail, startTail
}

// goesOnAbove reports whether t's start was read with the line above it
// as going on that line's cell in every column kind (markTail): a name's
// tail, which opens no cell and no row.
func (t *traits) goesOnAbove() bool {
	return t.unitStart == startTail && t.productStart == startTail && t.fundingStart == startTail
}

// startFor is how p reads as the start of a cell of a unit, product or
// funding column.
func (t *traits) startFor(kind colKind) cellStartKind {
	switch kind {
	case colProduct:
		return t.productStart
	case colFunding:
		return t.fundingStart
	}
	return t.unitStart
}

// pairHashOf is pairHash of w, whose lowerHash is h: the same when w has
// no punctuation around it to trim, as most words have not.
func pairHashOf(w string, h uint64) uint64 {
	if t := trimPairPunct(w); len(t) != len(w) {
		return lowerHash(t)
	}
	return h
}

// colModel is what the splitter knows of one cell column.
type colModel struct {
	role   string // model role, or model.KeyExtra
	kind   colKind
	width  float64
	filled bool                          // the rows that taught the widths fill this column (alwaysFilled)
	seen   map[[maxAloneLines]string]int // a unit or extra column's cells of one or two lines in the rows that taught the widths, line by line, and how many rows held each (seenCells)
	holder bool                          // an extra column of the office holders answerable (isHolderHeader)
	sums   bool                          // a funding column its head says is given in sums of money, in cell-block text (namesMoneyUnit)
	place  bool                          // an extra column of places, in cell-block text (namesPlace)
}

// colKind is the role of a column as the cost functions tell them apart.
type colKind int

const (
	colOther colKind = iota
	colContent
	colUnit    // lead or coordinating: starts like an agency
	colProduct // deliverable: starts like a document
	colTime
	colFunding // starts like a source of money
)

func kindOf(role string) colKind {
	switch role {
	case model.RoleContent:
		return colContent
	case model.RoleLead, model.RoleCoordinating:
		return colUnit
	case model.RoleDeliverable:
		return colProduct
	case model.RoleTimeframe:
		return colTime
	case model.RoleFunding:
		return colFunding
	}
	return colOther
}

// Tolerances of the width evidence. Widths are estimated from a font that
// may not be the one the PDF used, so a line may come out a little wider
// than its column, and "the next word would have fit" must fit by a margin.
// A break where the next word would have fit by a slack of fitTolerance or
// less is no evidence at all; the evidence grows to full strength over the
// next fitRamp of slack. Fonts differ from the metrics by a few per cent,
// and a word processor's line breaks by more: a narrow column's lines are
// centred or justified, a sans-serif or DejaVu face sets some words a
// fifth wider than the metrics say, so a break with 10% to spare is only
// half a sign. (LibreOffice re-renderings 1-64 as cell-block text, fields
// wrong, with the ramp 0.07 -> 0.18: 367 -> 347.)
const (
	widthTolerance = 0.04
	fitTolerance   = 0.03
	fitRamp        = 0.18
)

// nonWrapStrength says how surely the first word of the next line would have
// fit on a line of width w (which includes that word and a space): 0 when it
// would not have fit or only just, 1 when it would have with room to spare.
func nonWrapStrength(fit, width float64) float64 {
	if width <= 0 || fit >= width*(1-fitTolerance) {
		return 0 // the common case, a wrap: no division
	}
	v := (1 - fit/width - fitTolerance) * (1 / fitRamp)
	switch {
	case v <= 0:
		return 0
	case v >= 1:
		return 1
	}
	return v
}

// Costs of the evidence against one way of cutting a row into cells. The
// search picks the cheapest cut. The scale: 1 is a weak hint, 5 a clear
// sign, 50 all but impossible.
//
// Tuned on cell-block text of the corpus annexes re-rendered by
// LibreOffice (seeds 1-64: Times New Roman, Arial, DejaVu Serif; narrow
// columns centred or not) and by Chromium (201-232), a change kept only
// when both halves of the LibreOffice set and the Chromium set gained and
// every corpus file stayed exact: costOverflowPerShare 40 -> 20,
// costLowerStart 5 -> 10, costUnusualAfterFull 0.8 -> 0.4 and fitRamp
// 0.07 -> 0.18 took fields wrong from 453 to 283 of 16,448 (LibreOffice)
// and from 71 to 43 of 8,224 (Chromium). Generated tables held their
// rates (cell-block rows 98.3%, pdftotext-like 91.1%).
const (
	costOverflow            = 1.0  // a line wider than its column …
	costOverflowPerShare    = 20.0 // … plus this much per share of the width it exceeds: learned widths are short of a word processor's, whose narrow columns set a long word or a justified line wider than the metrics say
	costLowerStart          = 10.0 // a cell starting with a lowercase word: a narrow column's wrapped "phương" or "nghiệp" must not open the next cell
	costLowerNonWrap        = 7.0  // a lowercase line that would have fit on the line above: not a wrap
	costCapNonWrap          = 2.5  // a capitalised line that would have fit, after a line not ending a sentence
	costParagraph           = 0.8  // a new paragraph after a sentence end
	costEmptyContent        = 50.0 // a task with no content
	costEmptyLead           = 4.0  // every task has a lead unit
	costEmptyOther          = 0.8  // other cells may be empty, but a cut that fills them is likelier
	costBulletInNote        = 3.0  // a notes cell opening with a bullet paragraph: a note says a word or two, and a bullet beside an empty note is most often a row going on the task above, its content's next paragraph (1,234 renderings: cell-block 485 -> 481 at 1, 477 at 2 and at 3, none worse)
	costUnitInNote          = 1.0  // a notes cell opening with a unit's head (opensWithUnitHead)
	costEmptyFilled         = 1.0  // … more so in a column the other rows all fill (alwaysFilled)
	costOpensSkipped        = 0.5  // a cell opening as the empty cell before it would (opensSkippedCost)
	costTimeAfterSkipped    = 1.0  // a cell opening with a time after an empty time cell (opensSkippedCost)
	costNotTime             = 2.5  // a time cell that does not read as a time
	costTimeElsewhere       = 2.5  // another cell that starts like a time ("Thường xuyên")
	costAmountElsewhere     = 2.5  // a notes cell that starts with a sum of money, beside a funding column
	costNewInLaterPass      = 2.0  // a cell that starts only after the page break
	costSplitLine           = 3.0  // one line holding the ends of two cells …
	costSplitLater          = 1.0  // … which is common at the top of a page, where cells' continuations share a baseline
	costImplicitBreak       = 4.0  // a page break with no page number or header to show it
	costRowspanRow          = 1.5  // a row without a number going on the task above: a table's own shape, dearer than none
	costRowspanAfterOpenEnd = 3.0  // … adding a paragraph to a cell whose text had not ended (cellEndCost)
	costUnusualStart        = 0.3  // a unit or product cell starting with a word such cells rarely start with
	costMeasureInPlace      = 0.5  // a place's cell opening with a count or a share ("24 số"; namesPlace)
	costWordsInSums         = 1.5  // … a funding cell given in sums, starting with such a word, in cell-block text (namesMoneyUnit; at 3, cell-block -9 with one rendering +3, at 1.5 -10 with none worse; with linkers left out -8)
	costOtherStart          = 1.5  // a unit cell starting like a product ("Văn bản …"), or the reverse
	costTailStart           = 2.0  // … or with words that only go on a name ("Nhà nước …"): dearer than leaving even a column always filled empty
	costUnusualAfterFull    = 0.4  // … an unusual start right after a line that was full in the column before: likelier its wrap, but a full line is common in narrow columns
	costCodeStart           = 0.15 // … or with an abbreviation, which may as well sit inside a name
	costContinueShort       = 1.0  // a cell continued after a page break although it ended above the page bottom (weak: cells may be centred)
	costNoContinuation      = 0.3  // a cell that reached the page bottom but does not go on after the break
	costTimePhraseElsewhere = 1.0  // a wrapped line of a unit or product starting "giai đoạn", "năm 2025", or of a unit or another column that is a date ("15/12", "2029 -": a time's broken off it)
	costNewItem             = 0.8  // a line starting a new unit or document right after a bare word
	costEnumInUnit          = 1.5  // a unit's line going on with "(1) …": units are named, products and tasks numbered
	costPlaceInUnit         = 1.0  // a unit's cell going on with a line that opens a place by two words ("Hội trường UBND xã"; opensPlacePair)
	costProductInUnit       = 1.0  // a unit's cell going on with a line that opens a product by two words ("Hội nghị, tin bài"; opensProductPair) or states a result ("Thông tin được đăng tải"; statesOutcome)
	costTitleInHolder       = 1.0  // a holder's cell going on with a line that opens with an office holder's title (titleGoesOnHolder)
	costUnitAfterMeasure    = 2.0  // a target's or a product's cell ("100% hồ sơ") going on with a line that opens a unit's name (unitAfterMeasure)
	costTimeCapital         = 0.5  // a later line of a time cell starting with an ordinary capitalised word
	costLinkerGoesOn        = 2.0  // a cell going on mid-sentence with a line that opens with a capitalised linking word (linkerGoesOn); cell-block, all 1,638 renderings: 693 wrong at 1, 686 at 2 and at 3
	costAgencyInTime        = 2.5  // … or with a unit or document ("Ủy ban …", "Hệ thống …" under "Thường xuyên")
	costEndsWithUnitOpening = 1.0  // a content, product or other (extra, notes) cell whose last line is only a unit's opening words (endsWithUnitOpening)
	costBulletInTime        = 3.0  // a time cell going on with a bullet that says no time (bulletInTime)
	costAfterWholeTime      = 1.0  // a time cell that says a whole time going on with words that say none (goesOnWholeTime)
	costAfterWholeAmount    = 2.0  // a funding cell that says a sum alone going on with a capitalised line (goesOnWholeAmount)
	costCountWithoutUnit    = 2.5  // a time cell ending with a span's count going on with no unit for it ("Định kỳ 6" / "nhân dân tỉnh"; endsCountAwaitingUnit)
	costKnownPair           = -0.6 // a line break between two words printed side by side elsewhere in the document
	costSeenCell            = -0.5 // a unit cell of one or two lines that the column held whole in other rows (seenCellCost, seenAcrossCost) …
	minSeenRows             = 2    // … in this many rows at least: one row's cut may be wrong, the same cut in two rarely is
	costDanglingEnd         = 2.0  // a cell ending with "các", "của", "và" …
	costBareUnitHead        = 1.0  // a unit cell that is only a unit's head word ("Sở", "Văn" / "phòng"; cellAloneCost), or ends with a two-word one (headEndCost)
	costListItemEnd         = 1.0  // … or with a list item's ";": the list goes on ("Các sở, ngành;" / "Ủy ban nhân dân …" is one lead)
	costListGoesOnBlock     = 0.5  // … and in cell-block text a unit's more so (listEndCost)
	costUnitSentenceEnd     = 1.0  // … or a unit cell with a full stop: units are named, not said ("Ban Thường vụ" / "Tỉnh ủy." ends the content)
	costUnitInContent       = 3.0  // a content line starting like a unit ("Sở …", "Ngân hàng …") that would have fit on the line above: the lead cell, more likely
	costUnitAfterSentence   = 2.5  // … and after a full stop, where a sentence may open with a unit ("Sở Tài chính chủ trì …"), but the lead cell is still likelier
)

// emptyCost is what an empty cell of a column of role costs.
func emptyCost(role string) float64 {
	switch role {
	case model.RoleContent:
		return costEmptyContent
	case model.RoleLead:
		return costEmptyLead
	}
	return costEmptyOther
}

// emptyCost is what an empty cell of the column costs: emptyCost of its
// role, and costEmptyFilled more in a column the table fills (alwaysFilled).
func (col *colModel) emptyCost() float64 {
	if col.filled {
		return emptyCost(col.role) + costEmptyFilled
	}
	return emptyCost(col.role)
}

// cut is a place between two pieces: the start of line `line`, or, for a
// line that may hold two cells' ends, before its word `word`.
type cut struct{ line, word int }

// passInput is one pass over a row's columns: the whole row, or the part of
// it after a page break, which continues the cells begun before it.
type passInput struct {
	lines      []piece
	splittable []bool
	prev       []*piece // per column, the last piece placed in earlier passes
	prevCount  []int    // per column, how many pieces the previous pass placed
	later      bool
	rowspan    bool         // a later pass read as a row without a number going on the task above: its blocks open paragraphs, and skip columns freely
	final      bool         // no page break follows: blocks here end their cells
	parts      *[]lineParts // per line, the pieces made of its words; shared by copies of the input
	noPrune    bool         // search every cut, hopeless ones too (when pruning left none)
	costs      *lineCosts   // the row's width-free line costs, when lines are the row's own pieces
	cutAt      []cut        // the cuts of the pass being solved, when lines may be split
	off        int          // index of lines[0] among the row's pieces
}

// reachedBottom reports whether column c filled the previous page down to
// its bottom: a row's cells all start at the row's top, so the cells that
// run on to the next page are those with the most lines before the break.
func (in *passInput) reachedBottom(c int) bool {
	if in.prevCount == nil {
		return true
	}
	most := 0
	for _, n := range in.prevCount {
		most = max(most, n)
	}
	return in.prevCount[c] >= most
}

// lineParts holds the pieces made of one line's words, before and after
// each word: head[w] is words [0, w), tail[w] words [w, end).
type lineParts struct{ head, tail []*piece }

// head returns the piece holding the words of line i before word w.
func (in *passInput) head(i, w int) *piece { return in.partOf(i, w, false) }

// tail returns the piece holding the words of line i from word w on.
func (in *passInput) tail(i, w int) *piece { return in.partOf(i, w, true) }

// partOf makes a head or tail piece once per row (or, for lines that are
// not a row's own pieces, once per pass input and its copies).
func (in *passInput) partOf(i, w int, tail bool) *piece {
	var lp *lineParts
	if in.costs != nil {
		lp = &in.costs.parts[in.off+i]
	} else {
		if in.parts == nil {
			in.parts = &[]lineParts{}
		}
		if len(*in.parts) <= i {
			*in.parts = append(*in.parts, make([]lineParts, len(in.lines)-len(*in.parts))...)
		}
		lp = &(*in.parts)[i]
	}
	if lp.head == nil {
		n := wordCount(in.lines[i].text) + 1
		lp.head, lp.tail = make([]*piece, n), make([]*piece, n)
	}
	slot, from, to := &lp.head[w], 0, w
	if tail {
		slot, from, to = &lp.tail[w], w, -1
	}
	if *slot == nil {
		l := in.lines[i]
		p := makePiece(wordsFrom(l.text, from, to), l.src)
		*slot = &p
	}
	return *slot
}

type block struct {
	col      int
	from, to cut
}

// passResult holds the search table of one pass, so that the best cut of
// any prefix can be read back (used to look for an unmarked page break).
type passResult struct {
	in    *passInput
	cuts  []cut
	dp    [][]float64 // dp[c+1][k]: cheapest cut of cuts[0:k] whose last block is column c
	back  [][]step
	cost  float64
	final int // column of the last block in the best full cut
}

type step struct{ col, at int }

type splitter struct {
	cols         []colModel
	hasTime      bool
	hasFunding   bool
	holderColumn bool // an extra column names the office holders answerable (isHolderHeader)
	pairs        wordPairs
	bonds        *wordBonds // column-aligned text: which words the document prints side by side
	mem          scratch    // the search tables; see table.solveSegment
}

// skipCost is the cost of leaving columns from … to-1 without a block in
// this pass: empty cells in the first pass; after a page break, cells
// that end before it (cellEndCost: "Ban Quản lý các" goes on after the
// break) and cells that reached the page bottom and yet do not go on (a
// dangling end says so already).
func (sp *splitter) skipCost(in *passInput, from, to int) float64 {
	c := 0.0
	for i := from; i < to; i++ {
		switch {
		case !in.later:
			c += sp.cols[i].emptyCost()
		case in.rowspan:
			// a row going on the task above fills the cells it adds to
		case in.prev[i] != nil:
			c += cellEndCost(in.prev[i], sp.cols[i].kind) + headEndCost(in.prev[i], sp.cols[i].kind) + listEndCost(in.prev[i], sp.cols[i].kind)
			if in.reachedBottom(i) && !in.prev[i].dangling {
				c += costNoContinuation
			}
		}
	}
	return c
}

// opensSkippedCost is costOpensSkipped when the block of column c, a
// notes or extra column (colOther), starts at cut a with a line that
// opens a cell of the column before it (opensKind), in a row's first pass
// (where a skipped column is an empty cell). Such a column has no words
// of its own to claim a line by, and where a row fills only one of the
// two and the lines fit either, nothing else told which: a ward's plan's
// "Ngân sách" / "phường" went to the notes after an empty funding cell,
// a pest plan's "Thông báo tình hình …" after an empty product cell.
// And costTimeAfterSkipped when the block of any other column opens with
// a time's words ("Dịp Tết Nguyên" / "đán …") right after an empty time
// cell: a row whose funding line overflowed its learned width had moved
// every cell from the time on one column right, the time read as the
// funding. (Cell-block, all renderings: 690 -> 672 fields wrong, four
// better, none worse; the same at 2.)
func (sp *splitter) opensSkippedCost(in *passInput, c int, a cut) float64 {
	if c == 0 || in.later || a.word > 0 || a.line >= len(in.lines) {
		return 0
	}
	p := &in.lines[a.line]
	switch {
	case sp.cols[c].kind == colOther && opensKind(p, sp.cols[c-1].kind):
		return costOpensSkipped
	case sp.cols[c].kind != colTime && sp.cols[c-1].kind == colTime && p.timeLike:
		return costTimeAfterSkipped
	}
	return 0
}

// opensKind reports whether p opens a cell of a column of kind by its
// words: a product's or a funding's usual opening, or a time said whole
// ("Quý II/2026", "Thường xuyên"). Units are left out: a coordinating
// cell is left empty now and then, and notes and extra columns name
// units and office holders as often ("Bộ trưởng Bộ Xây dựng", an
// issuing level). So is a funding cell that says there is none
// ("Không phát sinh kinh phí"), which annexes write in the notes beside
// the empty funding cell as often.
func opensKind(p *piece, kind colKind) bool {
	switch kind {
	case colFunding:
		return !p.lower && p.fundingStart == startUsual && lowerHash(firstWord(p.text)) != hNone
	case colProduct:
		return !p.lower && p.startFor(kind) == startUsual
	case colTime:
		return p.timeOnly
	}
	return false
}

// hNone is lowerHash("không"), "no": a funding cell's "Không phát sinh
// kinh phí" says there is none.
var hNone = lowerHash("không")

// cutCost is what solvePass charges for a cut of the whole lines of in
// into blocks, in column order, with tab its blocks' costs: each block,
// the columns skipped before, between and after them, and a block opening
// after a skipped column (opensSkippedCost).
func (sp *splitter) cutCost(in *passInput, tab *blockTable, blocks []placedBlock) float64 {
	skips := sp.skipPrefix(in)
	cost, pc := 0.0, -1
	for _, b := range blocks {
		cost += skips[b.col] - skips[pc+1] + tab.block(b.col, b.from.line, b.to.line)
		if pc < b.col-1 {
			cost += sp.opensSkippedCost(in, b.col, b.from)
		}
		pc = b.col
	}
	return cost + skips[len(sp.cols)] - skips[pc+1]
}

// skipPrefix returns prefix sums of the cost of skipping each column.
func (sp *splitter) skipPrefix(in *passInput) []float64 {
	out := sp.mem.f.take(len(sp.cols) + 1)
	for i := range sp.cols {
		out[i+1] = out[i] + sp.skipCost(in, i, i+1)
	}
	return out
}

func (sp *splitter) buildCuts(in *passInput) []cut {
	n := len(in.lines) + 1
	for i, l := range in.lines {
		if in.splittable != nil && in.splittable[i] {
			n += max(wordCount(l.text)-1, 0)
		}
	}
	cuts := sp.mem.cuts.take(n)[:0]
	for i, l := range in.lines {
		cuts = append(cuts, cut{i, 0})
		if in.splittable != nil && in.splittable[i] {
			for w, n := 1, wordCount(l.text); w < n; w++ {
				cuts = append(cuts, cut{i, w})
			}
		}
	}
	return append(cuts, cut{len(in.lines), 0})
}

// solvePass finds the cheapest cut of one pass's lines into consecutive
// blocks, one per column at most, in column order.
func (sp *splitter) solvePass(in *passInput) *passResult {
	C := len(sp.cols)
	cuts := sp.buildCuts(in)
	m := len(cuts)
	inf := math.Inf(1)
	res := &passResult{in: in, cuts: cuts, dp: sp.mem.fs.take(C + 1), back: sp.mem.sts.take(C + 1)}
	dp := sp.mem.f.take((C + 1) * m) // one table for the whole pass
	back := sp.mem.st.take((C + 1) * m)
	for k := range dp {
		dp[k] = inf
	}
	for c := range res.dp {
		res.dp[c], res.back[c] = dp[c*m:(c+1)*m:(c+1)*m], back[c*m:(c+1)*m:(c+1)*m]
	}
	res.dp[0][0] = 0
	skips := sp.skipPrefix(in)
	table := sp.tabulate(in)           // every whole-line block's cost in O(1)
	wholeLines := in.splittable == nil // then cut k is the start of line k
	var heads []headCosts
	if !wholeLines || in.noPrune { // the blocks are costed one by one below
		heads = sp.headCache(m)
		in.cutAt = cuts
	}
	for c := 0; c < C; c++ {
		for k := 0; k < m-1; k++ {
			best, from := inf, -1
			opens := sp.opensSkippedCost(in, c, cuts[k])
			for pc, sc := -1, skips[c]; pc < c; pc++ {
				v := dp[(pc+1)*m+k] + sc - skips[pc+1] // dp is res.dp row by row
				if pc < c-1 {
					v += opens
				}
				if v < best {
					best, from = v, pc
				}
			}
			if math.IsInf(best, 1) {
				continue
			}
			if wholeLines && !in.noPrune {
				table.relax(c, k, best, step{from, k}, res.dp[c+1], res.back[c+1])
				continue
			}
			a := cuts[k]
			firstWhole := a.line + boolInt(a.word > 0)
			st := sp.blockStartAt(in, table, c, a)
			for k2 := k + 1; k2 < m; k2++ {
				b := cuts[k2]
				if b.word > 0 && b.line == a.line && a.word > 0 {
					continue // a block must not start and end inside one line
				}
				if !in.noPrune && firstWhole < len(in.lines) && b.line > table.reach[c][firstWhole] {
					break // the block would hold a whole line hopelessly wide for the column
				}
				if v := best + sp.blockCostFrom(in, table, &st, b, &heads[c]); v < res.dp[c+1][k2] {
					res.dp[c+1][k2] = v
					res.back[c+1][k2] = step{from, k}
				}
			}
		}
	}
	res.cost, res.final = inf, -1
	for c := 0; c < C; c++ {
		if v := res.dp[c+1][m-1] + skips[C] - skips[c+1]; v < res.cost {
			res.cost, res.final = v, c
		}
	}
	if res.final < 0 && !in.noPrune {
		all := *in
		all.noPrune = true
		return sp.solvePass(&all)
	}
	return res
}

// restartEnds returns, for each cut k of a pass, the cheapest cut of the
// lines before it that ends the row there (ends[k]), and the column its
// last block is in (col[k]): the last block in the last column, or in a
// column after which only columns that leftEmptyBeforeRestart stand, those
// skipped at their skipCost. rowspanRow asks for a row without a number
// going on the task after k; else the cells go on after a page break.
func (sp *splitter) restartEnds(res *passResult, rowspanRow bool) (ends []float64, col []int) {
	C, m := len(sp.cols), len(res.cuts)
	skips := sp.skipPrefix(res.in)
	ends, col = make([]float64, m), make([]int, m)
	for k := range ends {
		ends[k], col[k] = math.Inf(1), C-1
		for c := C - 1; c >= 0; c-- {
			if v := res.dp[c+1][k] + skips[C] - skips[c+1]; v < ends[k] {
				ends[k], col[k] = v, c
			}
			if !leftEmptyBeforeRestart(sp.cols[c].kind, rowspanRow) {
				break // a column before it would leave this one empty
			}
		}
	}
	return ends, col
}

// leftEmptyBeforeRestart reports whether the lines before a restart
// (tryImplicitBreak) may leave a column of kind k empty after their last
// block. Notes and extra columns (colOther) may: they are empty in most
// rows, and asking the lines before a restart to fill them put a funding
// cell in the notes ("Ngân sách xã;" / "nguồn xã hội hóa" before a row
// without a number). Before a row without a number going on the task (a
// cell merged down over two rows), any column but the content may: the
// task's own row may have left its time or funding empty, and asking it
// to fill them put the task's time in its empty funding cell, the time
// left empty ("Tháng" / "9/2035" before "Ngoại khóa …" / "Đoàn Thanh
// niên xã"). Before cells going on after a page break, the other columns
// are filled first: ending anywhere there tried more restarts in every
// table, for nothing measured (BenchmarkParse 5% slower), and leaving the
// funding empty there read "chuyển/năm" after a product "… sách luân" as
// a coordinating cell going on over a page break. Leaving any column, not
// the funding alone, empty before a row without a number read the 1,284
// renderings of the sweep alike and BenchmarkParse alike.
func leftEmptyBeforeRestart(k colKind, rowspanRow bool) bool {
	return k == colOther || rowspanRow && k != colContent
}

// headCache returns an empty head-cost cache per column for a pass of m
// cuts, from the arenas.
func (sp *splitter) headCache(m int) []headCosts {
	C := len(sp.cols)
	all := sp.mem.f.take(2 * C * m)
	for i := range all {
		all[i] = math.NaN()
	}
	heads := make([]headCosts, C)
	for c := range heads {
		heads[c] = headCosts{all[2*c*m : (2*c+1)*m], all[(2*c+1)*m : (2*c+2)*m]}
	}
	return heads
}

// cutIndex returns the index of cut b among the pass's cuts (cutAt).
func (in *passInput) cutIndex(b cut) int {
	return sort.Search(len(in.cutAt), func(i int) bool {
		x := in.cutAt[i]
		return x.line > b.line || x.line == b.line && x.word >= b.word
	})
}

// blocksTo reads back the best cut of cuts[0:k] ending in column c.
func (r *passResult) blocksTo(c, k int) []block {
	out := make([]block, 0, c+1) // a block per column at most
	for c >= 0 {
		s := r.back[c+1][k]
		out = append(out, block{col: c, from: r.cuts[s.at], to: r.cuts[k]})
		c, k = s.col, s.at
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// blockTable holds, for a pass cut at whole lines only, what each line
// costs in each column, so that any block's cost is a difference of sums.
type blockTable struct {
	start [][]float64 // start[c][i]: line i opening a block of column c
	sum   [][]float64 // sum[c][k]: lines 1 … k-1, each as the next line of a block of column c
	end   [][]float64 // end[c][i]: line i closing a cell of column c
	alone [][]float64 // alone[c][2i+k]: lines i … i+k as a whole cell of column c, beyond its lines' costs (aloneCosts); nil when no line says anything
	reach [][]int     // reach[c][i]: a block of column c from line i ends at line reach[c][i] at the latest
}

// hopelessShare: a line this much wider than a column is never placed in it
// (it would cost more than any real cut), so blocks stop before it.
const hopelessShare = 1.8

func (sp *splitter) tabulate(in *passInput) *blockTable {
	n, C := len(in.lines), len(sp.cols)
	t := &blockTable{start: sp.mem.fs.take(C), sum: sp.mem.fs.take(C), end: sp.mem.fs.take(C)}
	starts, sums, reach := sp.mem.f.take(C*n), sp.mem.f.take(C*(n+1)), sp.mem.n.take(C*n)
	sp.tabulateEnds(in, t.end)
	t.alone = sp.aloneCosts(in)
	t.reach = sp.mem.ns.take(C)
	for c, col := range sp.cols {
		t.start[c] = starts[c*n : (c+1)*n]
		t.sum[c] = sums[c*(n+1) : (c+1)*(n+1)]
		t.reach[c] = reach[c*n : (c+1)*n]
		if in.costs != nil {
			sp.tabulateColumn(in, c, t.start[c], t.sum[c])
		} else {
			for i := range in.lines {
				t.start[c][i] = sp.pieceCost(in, c, nil, &in.lines[i])
				if i > 0 {
					t.sum[c][i+1] = t.sum[c][i] + sp.pieceCost(in, c, &in.lines[i-1], &in.lines[i])
				}
			}
		}
		end := n
		for i := n - 1; i >= 0; i-- {
			if col.width > 0 && float64(in.lines[i].w) > hopelessShare*col.width {
				end = i
			}
			t.reach[c][i] = end
		}
	}
	return t
}

// tabulateEnds fills end[c] with what each line costs closing a cell of
// column c: the row's own end costs when the pass's lines are its pieces
// (lineCosts), zeros when a page break follows (no cell ends there).
func (sp *splitter) tabulateEnds(in *passInput, end [][]float64) {
	n := len(in.lines)
	var ends []float64
	if in.costs == nil || !in.final {
		ends = sp.mem.f.take(len(sp.cols) * n)
	}
	for c, col := range sp.cols {
		switch {
		case !in.final:
			end[c] = ends[c*n : (c+1)*n]
		case in.costs != nil:
			end[c] = in.costs.end[c][in.off : in.off+n] // read only
		default:
			end[c] = ends[c*n : (c+1)*n]
			for i := range in.lines {
				end[c][i] = closingCost(&in.lines[i], col.kind)
			}
		}
	}
}

// tabulateColumn fills column c's start costs and running sums from the
// row's width-free line costs, adding what the widths say: the same sums
// pieceCost gives, term by term and in the same order, for a fraction of
// its work.
func (sp *splitter) tabulateColumn(in *passInput, c int, start, sum []float64) {
	lc, width := in.costs, sp.cols[c].width
	before := 0.0 // the width of the column before c, for costUnusualAfterFull
	if c > 0 {
		before = sp.cols[c-1].width
	}
	for i := range in.lines {
		g := in.off + i
		p := &in.lines[i]
		if in.later {
			start[i] = sp.pieceCost(in, c, nil, p)
		} else {
			s := &lc.start[c][g]
			v := sp.overflowIn(c, p) + s.elsewhere
			v += s.lower
			if s.afterFull && nonWrapStrength(float64(p.prevW+spaceWidth+p.fw), before) == 0 {
				v += costUnusualAfterFull
			}
			start[i] = v + s.kind
		}
		if i > 0 {
			k := &lc.cont[c][g]
			strength := nonWrapStrength(float64(in.lines[i-1].w+spaceWidth+p.fw), width)
			kind := k.kind
			if k.unitInContent {
				kind += unitInContentCost(&in.lines[i-1]) * strength
			}
			br := 0.0
			switch {
			case k.bullet:
			case strength == 0:
				br = k.known
			default:
				br = strength * k.nonWrap
			}
			sum[i+1] = sum[i] + ((sp.overflowIn(c, p) + k.elsewhere) + (kind + br))
		}
	}
}

// lineCosts holds, for each line of a row and each column, what pieceCost
// charges apart from the column widths: width learning cuts a row again
// with new widths each round, and nothing else in the cost changes.
type lineCosts struct {
	start [][]startCost // start[c][i]: line i opening a block of column c in a row's first pass
	cont  [][]contCost  // cont[c][i]: line i after line i-1 in one block of column c
	end   [][]float64   // end[c][i]: line i closing a cell of column c (endCost when no page break follows)
	parts []lineParts   // per line, the pieces made of its words, as passes ask for them
}

// startCost is pieceCost for a line opening a block, but for the widths.
type startCost struct {
	elsewhere, lower, kind float64 // costTimeElsewhere, costLowerStart, the column's start costs
	afterFull              bool    // an unusual start: costUnusualAfterFull if the line before was full (wrapsFromColumnBefore)
}

// contCost is pieceCost for a line going on from the line before it, but
// for the widths.
type contCost struct {
	elsewhere, kind float64 // costTimeElsewhere; continuationCost's terms of the column kind
	unitInContent   bool    // costUnitInContent times the non-wrap strength
	bullet          bool    // breakCost is 0
	known           float64 // breakCost of a full line: costKnownPair, or 0
	nonWrap         float64 // breakCost per unit of non-wrap strength
}

// lineCostsOf works out the width-free costs of a row's pieces.
func (sp *splitter) lineCostsOf(ps []piece) *lineCosts {
	C, n := len(sp.cols), len(ps)
	lc := &lineCosts{start: make([][]startCost, C), cont: make([][]contCost, C), end: make([][]float64, C), parts: make([]lineParts, len(ps))}
	starts, conts, ends := sp.mem.starts.take(C*n), sp.mem.conts.take(C*n), sp.mem.ends.take(C*n)
	for c, col := range sp.cols {
		lc.start[c], lc.cont[c], lc.end[c] = starts[c*n:(c+1)*n], conts[c*n:(c+1)*n], ends[c*n:(c+1)*n]
		for i := range ps {
			lc.start[c][i] = sp.startCostOf(c, &ps[i])
			lc.end[c][i] = closingCost(&ps[i], col.kind)
			if i > 0 {
				lc.cont[c][i] = sp.contCostOf(c, &ps[i-1], &ps[i])
			}
		}
	}
	return lc
}

// elsewhereCost is costTimeElsewhere when p reads as a time only and
// column c holds no times.
func (sp *splitter) elsewhereCost(c int, p *piece) float64 {
	if sp.cols[c].kind != colTime && sp.hasTime && p.timeOnly {
		return costTimeElsewhere
	}
	return 0
}

// dateElsewhereCost is costTimeElsewhere when p, a line of nothing but a
// year or a date ("2025", "30/11/2025", or with its unit: "Năm 2026",
// "Quý IV/2025"), would open a cell of a column
// holding no times: no unit, document or task opens so, but a time cell
// does, beside an empty cell after it that the date's cell could take
// over ("2025" / "Ngân sách …" read as one product). Here as a start: a
// unit's or a product's cell may go on with a date wrapped onto a line of
// its own ("… trước ngày" / "30/6/2025"); another column's going on with
// one is kindContinuation's (strandsDate).
func (sp *splitter) dateElsewhereCost(c int, p *piece) float64 {
	if sp.cols[c].kind != colTime && sp.hasTime && p.dateOnly {
		return costTimeElsewhere
	}
	return 0
}

// amountElsewhereCost is costAmountElsewhere when p opens with a sum of
// money ("2.500", "150 triệu đồng", "300/năm") and would open a notes
// cell of a table that has a funding column: amounts are the funding's,
// and the notes beside it that take one ("Quý II/2028" / "2.500" read as
// the notes) leave the funding empty. Products and targets are left out:
// a count broken after its number opens them so ("3.000" / "lao động
// được đào tạo", "5.000" / "trẻ em biết bơi").
func (sp *splitter) amountElsewhereCost(c int, p *piece) float64 {
	if sp.cols[c].role == model.RoleNote && sp.hasFunding && p.amount {
		return costAmountElsewhere
	}
	return 0
}

// startCostOf is pieceCost's first-pass start of a block, without widths.
func (sp *splitter) startCostOf(c int, p *piece) startCost {
	s := startCost{elsewhere: sp.elsewhereCost(c, p) + sp.dateElsewhereCost(c, p) + sp.amountElsewhereCost(c, p)}
	if p.lower {
		s.lower = costLowerStart
	}
	col := &sp.cols[c]
	switch col.kind {
	case colTime:
		s.kind = timeStartCost(p)
	case colUnit, colProduct, colFunding:
		start := sp.startOf(col.kind, p)
		s.afterFull = start == startUnusual && c > 0 && p.prevW > 0
		s.kind = startKindCost(start)
		if col.sums && start == startUnusual && !p.amount && !p.linker {
			s.kind += costWordsInSums
		}
		if col.kind == colUnit && p.enumStart {
			s.kind += costEnumInUnit
		}
	case colOther:
		if p.unitStart == startTail { // a name's tail opens no note either ("…; Đoàn" / "Thanh niên xã")
			s.kind = costTailStart
		}
		if col.role == model.RoleNote && opensWithUnitHead(p.text) {
			s.kind += costUnitInNote
		}
		if col.role == model.RoleNote && p.bullet {
			s.kind += costBulletInNote
		}
		if col.place && p.measure {
			s.kind += costMeasureInPlace
		}
	}
	return s
}

// addColumn adds the model of table column c, width wide (0: to be
// learned), and what the column tells of the whole table: a time, a
// funding or an office holders' column. An extra column naming the
// money's source reads as funding (namesFundingSource).
func (sp *splitter) addColumn(c model.Column, width float64) {
	holder := isHolderHeader(c)
	kind := kindOf(c.Key)
	if c.Key == model.KeyExtra && namesFundingSource(c.Header) {
		kind = colFunding
	}
	if c.Key == model.KeyExtra && namesTime(c.Header) {
		kind = colTime
	}
	sp.cols = append(sp.cols, colModel{role: c.Key, kind: kind, width: width, holder: holder})
	sp.hasTime = sp.hasTime || c.Key == model.RoleTimeframe
	sp.hasFunding = sp.hasFunding || c.Key == model.RoleFunding
	sp.holderColumn = sp.holderColumn || holder
}

// namesFundingSource reports whether an extra column's head names where
// money comes from ("Nguồn kinh phí", "Nguồn vốn") beside the funding
// column's amounts: its cells open as funding cells do ("Ngân sách
// tỉnh", "Xã hội hóa"), and a unit's name does not open one.
func namesFundingSource(header string) bool {
	return headMentions(header, "KINH PHÍ", "NGUỒN VỐN")
}

// namesTime reports whether an extra column's head opens with a time's
// head phrase: a second time column, kept under extra ("Thời gian bắt
// đầu" | "Thời gian hoàn thành": parseHeader keeps the second column of a
// role under its header). Its cells are times and are read as the time
// column's are: as another column's, each a time standing in the wrong
// column, both of a row's times had gone into the first time cell and
// the notes into the second.
func namesTime(header string) bool {
	p, ok := matchHead(tokenizeHeader([]line{{text: header}}), 0)
	return ok && p.role == model.RoleTimeframe
}

// namesMoneyUnit reports whether a funding column's head names the unit
// its sums are given in ("Kinh phí (triệu đồng)", "Dự toán (đồng)"): its
// cells open with a sum, or a source's or a "none"'s words (fundingStarts:
// "Ngân sách tỉnh", "Không"), and one opening with any other word is
// likelier another column's text beside an empty funding cell, which the
// sums, one line each, taught no width to overflow: a school year "Năm
// học 2028 - 2029" (the time left empty), a note "Theo đề xuất của doanh
// nghiệp", a target "100% hộ được rà soát" had been read as the funding.
// A line opening with a linking word is left out: a funding cell says
// "Theo thực tế", "Theo dự toán" (a held-out annex's "Theo thực tế",
// charged so, went into the time beside it and the time into the
// coordinating cell, 27 fields of 715; the note "Theo đề xuất …" above is
// read as the funding again). In cell-block text only (table.addColumn):
// column-aligned text places the words by their x, and there the cost
// moved other cells (1,284 renderings: column-aligned 806 -> 820 wrong).
func namesMoneyUnit(header string) bool { return headMentions(header, "ĐỒNG") }

// namesPlace reports whether an extra column's head names the places a
// task is carried out in ("Địa điểm thực hiện", "Địa bàn"): its cells name
// places ("Xã Hòa Bình", "Các xã ven sông"), and one opening with a count
// or a share ("24 số", "50 ha") is likelier the cell of a column of scales
// or targets beside it, the place left empty. In cell-block text nothing
// else tells which of two extra cells is empty (table.addColumn).
func namesPlace(header string) bool { return headMentions(header, "ĐỊA ĐIỂM", "ĐỊA BÀN") }

// namesTarget reports whether an extra column's head names the targets
// to reach ("Chỉ tiêu", "Mục tiêu"): its cells state results as a
// product's do ("≥ 99,5% trẻ 5 tuổi", "Tỷ lệ tốt nghiệp trên 98%"), and a
// unit's name does not open one (table.addColumn).
func namesTarget(header string) bool { return headMentions(header, "CHỈ TIÊU", "MỤC TIÊU") }

// headMentions reports whether a column's head holds one of phrases,
// given in capitals, in any case.
func headMentions(header string, phrases ...string) bool {
	h := strings.ToUpper(header)
	for _, p := range phrases {
		if strings.Contains(h, p) {
			return true
		}
	}
	return false
}

// startOf is how p reads as the start of a cell of a unit, product or
// funding column of this table: an office holder's title opens a unit
// (opensWithTitle) unless the table has a column of its own for the
// holders answerable (holderColumn), whose cells those titles open.
func (sp *splitter) startOf(kind colKind, p *piece) cellStartKind {
	if kind == colUnit && p.title && !sp.holderColumn {
		return startUsual
	}
	return p.startFor(kind)
}

// startKindCost is what a unit, product or funding cell's first word costs.
func startKindCost(k cellStartKind) float64 {
	switch k {
	case startTail:
		return costTailStart
	case startUnusual:
		return costUnusualStart
	case startOther:
		return costOtherStart
	case startCode:
		return costCodeStart
	}
	return 0
}

// contCostOf is pieceCost's continuation of prev by p, without widths.
func (sp *splitter) contCostOf(c int, prev, p *piece) contCost {
	k := contCost{elsewhere: sp.elsewhereCost(c, p), bullet: p.bullet}
	col := &sp.cols[c]
	k.kind = sp.kindContinuation(col, prev, p)
	k.unitInContent = col.kind == colContent && p.unitStart == startUsual
	known := p.afterPrev
	if p.prevTraits != prev.traits || prev.traits == nil {
		known = sp.pairs.has(prev.last, p.first)
	}
	if known {
		k.known = costKnownPair
	}
	k.nonWrap = nonWrapCost(prev, p)
	return k
}

// block is the cost of lines [i, j) as one block of column c.
func (t *blockTable) block(c, i, j int) float64 {
	cost := t.start[c][i] + t.sum[c][j] - t.sum[c][i+1] + t.end[c][j-1]
	if t.alone != nil && j-i <= maxAloneLines {
		cost += t.alone[c][maxAloneLines*i+j-i-1]
	}
	return cost
}

// maxAloneLines is how many lines a cell that aloneCosts charges as a
// whole may take: a unit's two-word head, broken or not ("Văn phòng",
// "Văn" / "phòng").
const maxAloneLines = 2

// aloneCosts tabulates what a cell of one or two lines says as a whole,
// beyond each line's cost: cellAloneCost of its text, when it is one line
// or two single words (bareHeadAcross), and whether the column held it
// whole in other rows (seenCellCost, seenAcrossCost). It returns nil when
// that is 0 throughout (most rows: only a bare unit head says it).
// Before a page break a cell may go on below it, so a bare head costs
// nothing there; a cell seen whole still counts: a quick cut of a row
// is made before its break for good, and the thorough one weighs only
// cuts a line off the best (pageCutShifts). With nothing else between
// them, a lead seen whole in other rows ("Phòng Kinh tế") tells the right
// cut from one that starts the lead at the extra column's last lines
// ("UBND xã" / "phụ trách"), whose cost shows only after the break (with
// "kinh tế" left to the lead).
func (sp *splitter) aloneCosts(in *passInput) [][]float64 {
	var alone [][]float64
	set := func(c, k int, v float64) {
		if alone == nil {
			alone = sp.mem.fs.take(len(sp.cols))
			m := maxAloneLines * len(in.lines)
			all := sp.mem.f.take(len(sp.cols) * m)
			clear(all)
			for c := range alone {
				alone[c] = all[c*m : (c+1)*m]
			}
		}
		alone[c][k] = v
	}
	if !in.final && !sp.anySeen() {
		return nil
	}
	for i := range in.lines {
		p := &in.lines[i]
		for c := range sp.cols {
			col := &sp.cols[c]
			if !recurs(col.kind) {
				continue // only a unit's or an extra column's cells are seen (seenCells) or alone (cellAloneCost)
			}
			v := seenCellCost(col, p)
			if in.final {
				v += cellAloneCost(p, col.kind) + in.headAtBreakCost(c, p)
			}
			if v != 0 {
				set(c, maxAloneLines*i, v)
			}
			if i+1 < len(in.lines) {
				next := &in.lines[i+1]
				v := seenAcrossCost(col, p, next)
				if in.final && col.kind == colUnit && bareHeadAcross(p, next) {
					v += costBareUnitHead
				}
				if v != 0 {
					set(c, maxAloneLines*i+1, v)
				}
			}
		}
	}
	return alone
}

// headAtBreakCost is costBareUnitHead when p, one block's only line in
// unit column c after a page break, ends the two-word head that the
// cell's last line before the break opened ("…; Ngân" / ⟨page⟩ / "hàng"):
// the cell then ends with a bare head, as headEndCost charges, which p's
// own traits do not show, read after another column's line in the row.
// (A justice plan's lead "Văn" / ⟨page⟩ / "phòng" / "Sở" had ended at
// "phòng", and "Sở" opened the coordinating cell.)
func (in *passInput) headAtBreakCost(c int, p *piece) float64 {
	if !in.later || in.rowspan || in.prev[c] == nil || !headBrokenAfter(in.prev[c], p) {
		return 0
	}
	return costBareUnitHead
}

// headBrokenAfter reports whether p, one word, ends the two-word bare head
// whose capitalised first word ends prev ("tỉnh; Văn" / "phòng", "Ngân" /
// "hàng").
func headBrokenAfter(prev, p *piece) bool {
	return !strings.ContainsRune(p.text, ' ') && bareHeadPairs.has(pairKey(prev.last, p.first)) && capitalised(lastWord(prev.text))
}

// anySeen reports whether a column holds cells seen whole in other rows
// (seenCells).
func (sp *splitter) anySeen() bool {
	for c := range sp.cols {
		if len(sp.cols[c].seen) > 0 {
			return true
		}
	}
	return false
}

// relax offers every block of column c from line i, after a cut costing
// best, to the search table's row of column c (dp, back): the inner loop
// of the search, with block's sum worked out term by term as it does.
func (t *blockTable) relax(c, i int, best float64, via step, dp []float64, back []step) {
	last := t.reach[c][i]
	start, open := t.start[c][i], t.sum[c][i+1]
	sum, end := t.sum[c][:last+1], t.end[c][:last]
	dp, back = dp[:last+1], back[:last+1]
	from := i + 1
	if t.alone != nil {
		for ; from <= min(last, i+maxAloneLines); from++ { // the short blocks, as block costs them
			if v := best + (start + sum[from] - open + end[from-1]) + t.alone[c][maxAloneLines*i+from-i-1]; v < dp[from] {
				dp[from] = v
				back[from] = via
			}
		}
	}
	for j := from; j <= last; j++ {
		if v := best + (start + sum[j] - open + end[j-1]); v < dp[j] {
			dp[j] = v
			back[j] = via
		}
	}
}

// wordsFrom returns words [from, to) of text (to < 0: to the end), one
// space apart.
func wordsFrom(text string, from, to int) string {
	if !isTidy(text) {
		f := strings.Fields(text)
		if to < 0 || to > len(f) {
			to = len(f)
		}
		return strings.Join(f[from:to], " ")
	}
	if to == 0 {
		return ""
	}
	// Text with single spaces only, as lines are: cut it at its spaces.
	start, end := 0, len(text)
	for k, i := 0, 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ' ' {
			continue
		}
		k++ // words [0, k) end at i
		if k == from {
			start = i + 1
		}
		if k == to {
			end = i
			break
		}
	}
	if start > end {
		return ""
	}
	return text[start:end]
}

// wordCount is len(strings.Fields(text)), counted without making the words.
func wordCount(text string) int {
	if !isTidy(text) {
		return len(strings.Fields(text))
	}
	if text == "" {
		return 0
	}
	return strings.Count(text, " ") + 1
}

// blockCost is the cost of the block from cut a to cut b in column c, when
// either may fall inside a line: the whole lines come from the table, the
// parts of lines are scored on their own.
func (sp *splitter) blockCost(in *passInput, t *blockTable, c int, a, b cut) float64 {
	st := sp.blockStartAt(in, t, c, a)
	return sp.blockCostFrom(in, t, &st, b, nil)
}

// blockStart is what the blocks of one column starting at one cut share:
// their first piece, its cost, and the cost of the whole line after it.
type blockStart struct {
	a     cut
	c     int
	first *piece
	cost  float64
	next  float64 // pieceCost of line a.line+1 after first, when there is one
}

func (sp *splitter) blockStartAt(in *passInput, t *blockTable, c int, a cut) blockStart {
	st := blockStart{a: a, c: c, first: &in.lines[a.line]}
	if a.word > 0 {
		st.first = in.tail(a.line, a.word)
		st.cost = sp.pieceCost(in, c, nil, st.first)
	} else if a.line < len(in.lines) {
		st.cost = t.start[c][a.line]
	}
	if a.line+1 < len(in.lines) {
		st.next = sp.pieceCost(in, c, st.first, &in.lines[a.line+1])
	}
	return st
}

// headCosts caches, per cut inside a line, what the head of that line
// before the cut costs after the whole line above it: the same for every
// block that ends there. NaN until worked out.
type headCosts struct{ cost, end []float64 }

// blockCostFrom is blockCost for the block from st to cut b; heads, if
// not nil, caches the costs of line heads for st's column.
func (sp *splitter) blockCostFrom(in *passInput, t *blockTable, st *blockStart, b cut, heads *headCosts) float64 {
	a, c := st.a, st.c
	if a.word == 0 && b.word == 0 {
		return t.block(c, a.line, b.line)
	}
	split := costSplitLater
	if !in.later {
		split = costSplitLine
	}
	if b.line == a.line { // the block is the head of one line
		p := in.head(b.line, b.word)
		return sp.pieceCost(in, c, nil, p) + split + in.endCost(p, sp.cols[c].kind) + in.aloneCost(p, sp.cols[c].kind)
	}
	cost, last := st.cost, st.first
	if wholeEnd := b.line; wholeEnd > a.line+1 {
		// lines a.line+1 … wholeEnd-1, the first after the block's first piece
		cost += st.next + t.sum[c][wholeEnd] - t.sum[c][a.line+2]
		last = &in.lines[wholeEnd-1]
	}
	if b.word == 0 {
		cost += in.endCost(last, sp.cols[c].kind)
		if b.line == a.line+1 { // the block is one line, or its tail
			cost += in.aloneCost(last, sp.cols[c].kind)
		}
		return cost
	}
	if heads == nil || last == st.first && a.word > 0 {
		p := in.head(b.line, b.word)
		return cost + sp.pieceCost(in, c, last, p) + split + in.endCost(p, sp.cols[c].kind)
	}
	hc, he := sp.headAfterLine(in, c, b, heads)
	return cost + hc + split + he
}

// headAfterLine returns the cost of the head of b's line before b after
// the whole line above it in column c, and its end cost, from heads.
func (sp *splitter) headAfterLine(in *passInput, c int, b cut, heads *headCosts) (float64, float64) {
	k := in.cutIndex(b)
	if math.IsNaN(heads.cost[k]) {
		p := in.head(b.line, b.word)
		heads.cost[k], heads.end[k] = sp.pieceCost(in, c, &in.lines[b.line-1], p), in.endCost(p, sp.cols[c].kind)
	}
	return heads.cost[k], heads.end[k]
}

// listEndsNever reports whether a cell of a column of the kind never ends
// with a list item's ";": units and documents are listed "A; B; C", but
// a task's content may be the item of a list its section makes ("a) …;").
func listEndsNever(kind colKind) bool { return kind != colContent && kind != colOther }

// introducesMore reports whether text ends with a colon, which
// introduces what follows it ("Đợt 1:" / "Tháng 4; Đợt 2: Tháng 10"): a
// unit's, a product's, a time's or a funding cell does not end there. A
// task's content may, its sub-tasks below it.
func introducesMore(text string) bool { return strings.HasSuffix(text, ":") }

// endCost scores how a cell of a column of the kind ends, when no page
// break follows.
func (in *passInput) endCost(last *piece, kind colKind) float64 {
	if !in.final || last == nil {
		return 0
	}
	return closingCost(last, kind)
}

// closingCost is what a cell of a column of the kind ending with last says
// of its end: cellEndCost, headEndCost and listEndCost.
func closingCost(last *piece, kind colKind) float64 {
	return cellEndCost(last, kind) + headEndCost(last, kind) + listEndCost(last, kind)
}

// cellEndCost is what a cell of a column of the kind ending with last
// says: a cell does not end with "các", "của" or a comma; a unit's or a
// document's not with a list item's semicolon, and no cell with a bulleted
// item's, whose list goes on ("… truyền thống:" / "- Vòng loại buổi
// sáng;" / "- Chung kết …": a content's last bullet had opened the places
// cell beside it; every cell-block rendering set, 48,160 fields: 565 ->
// 549 wrong, none worse); a unit's or a document's not with a colon that
// introduces what follows (introducesMore); a unit's not with a full
// stop; a content's, a product's or another column's not with a unit's
// opening (endsWithUnitOpening, endsWithUnitItem, or a head broken over its
// last two lines, "Chi" / "cục": headAcrossLines), the lead's first lines
// (a product printed before the lead: "Báo cáo" / "Phòng" / "Văn hóa - Xã
// hội"; held-out cell-block 14 -> 10 fields wrong of 1,155).
func cellEndCost(last *piece, kind colKind) float64 {
	switch {
	case last.dangling:
		return costDanglingEnd
	case last.listGoesOn && (listEndsNever(kind) || last.bullet):
		return costListItemEnd
	case listEndsNever(kind) && introducesMore(last.text):
		return costDanglingEnd
	case last.fullStop && kind == colUnit:
		return costUnitSentenceEnd
	case (kind == colContent || kind == colOther || kind == colProduct) && (endsWithUnitOpening(last) || endsWithUnitItem(last) || last.headAcross):
		return costEndsWithUnitOpening
	}
	return 0
}

// headEndCost is what a unit cell ending with a two-word head says
// ("Văn phòng" / "UBND tỉnh" cut after "Văn phòng"), with a list's last
// item that is only a head ("… phường; Hội Liên" / ⟨page⟩ / "hiệp Phụ nữ
// tỉnh": endsWithItemHead), or with a head and one word of its name
// ("Sở Nông" / ⟨page⟩ / "nghiệp …": endsWithShortName), or with a
// two-word head broken over its last two lines ("tỉnh; Văn" / "phòng":
// headAcrossLines): no unit's name ends so. Cell-block text only: column-aligned text does not know
// whether a page's last row goes on on the next page, and a page break
// there ("Chi nhánh" / "Ngân hàng" / ⟨page⟩ / "Chính sách xã hội tỉnh")
// ends no cell (tuned re-renderings: 2 fields more wrong with it); and
// in its narrowest pages the cost of such ends moved the columns'
// boundaries the reading chose (a held-out tourism plan's rendering:
// 4 -> 21 fields wrong, with it in cellEndCost).
func headEndCost(last *piece, kind colKind) float64 {
	if kind == colUnit && (last.bareHead == 2 || last.itemHead || last.shortName || last.headAcross || last.unfinished) {
		return costBareUnitHead
	}
	return 0
}

// listEndCost is what a unit cell ending with a list item's ";" says in
// cell-block text beyond cellEndCost: its list goes on below it ("Các
// sở, ban, ngành;" / "UBND các xã, phường" is one lead, the coordinating
// cell empty), and there the next line is always the cell's own next
// line or the next cell's first, never a run-on neighbour's. Column-aligned
// text reads such an end at a seam, where the separator's item is cut off
// ("… Du lịch tỉnh;" / "Đoàn Thanh niên …"), and keeps cellEndCost alone
// (its made-up renderings: 2 fields more wrong with it).
func listEndCost(last *piece, kind colKind) float64 {
	if kind == colUnit && last.listGoesOn {
		return costListGoesOnBlock
	}
	return 0
}

// cellAloneCost is what a cell of a column of the kind that is one line,
// p, says beyond its start and its end: a unit cell is not only a unit's
// one-word head ("Sở"; a two-word one costs as the cell's end,
// headEndCost).
func cellAloneCost(p *piece, kind colKind) float64 {
	if kind == colUnit && p.bareHead == 1 {
		return costBareUnitHead
	}
	return 0
}

// seenCellCost is costSeenCell when p's text is a whole cell the column
// held in minSeenRows other rows or more (seenCells): units recur from row to row ("Thuế
// tỉnh" leads task after task), and a line that names one whole is
// likelier that unit's cell than the wrapped end of the content beside
// it, where both readings cost alike after a full line.
func seenCellCost(col *colModel, p *piece) float64 {
	if len(col.seen) > 0 && col.seen[[maxAloneLines]string{p.text}] >= minSeenRows {
		return costSeenCell
	}
	return 0
}

// seenAcrossCost is seenCellCost for a cell of two lines, p and next,
// that the column held whole, so broken, in other rows ("Ủy ban nhân dân"
// / "tỉnh").
func seenAcrossCost(col *colModel, p, next *piece) float64 {
	if len(col.seen) > 0 && col.seen[[maxAloneLines]string{p.text, next.text}] >= minSeenRows {
		return costSeenCell
	}
	return 0
}

// aloneCost is cellAloneCost when no page break follows.
func (in *passInput) aloneCost(p *piece, kind colKind) float64 {
	if !in.final || p == nil {
		return 0
	}
	return cellAloneCost(p, kind)
}

// endsWithUnitOpening reports whether last, a cell's last line, is only a
// unit's opening words ("Văn phòng", "Sở Tài"): the lead cell's
// first line, which a narrow lead column broke after them, read as the
// content's end. Two words open a name only as a bare head, a Party organ
// ("Đảng ủy") or with the second capitalised (opensName): "UBND tỉnh",
// "Bộ trưởng" are whole, an issuing level's cell ("Cấp ban hành": "UBND
// tỉnh" read into the lead's, its own cell left empty, row after row). An
// extra column before the lead (the head answerable: "Chánh Văn phòng Ủy
// ban nhân dân tỉnh" / "Văn phòng" …) ends no more so (cellEndCost asks it
// of the content and the other columns). Nor does a line that is only a
// unit's name its next line must complete (unfinished: "Công ty TNHH
// MTV" / "Môi trường đô thị", a sub-task's lead read as its content's end).
func endsWithUnitOpening(last *piece) bool {
	if last.lower || last.unitStart != startUsual || last.fullStop || last.sentEnd {
		return false
	}
	if last.unfinished {
		return true // a unit's name its next line completes: "Công ty TNHH MTV" / "Môi trường đô thị", "Trung tâm Xúc tiến"
	}
	switch wordCount(last.text) {
	case 1:
		return true
	case maxUnitOpeningWords:
		return last.bareHead > 0 || opensName(last.text) || endsPartyOrgan(last.text)
	}
	return false
}

// endsWithUnitItem reports whether last, a content or other cell's last
// line, is a unit list's first item ("UBND các xã, phường;"): the lead's
// first line, read as the content's end after a full line, where the
// lead's list goes on below it ("Chi cục Chăn nuôi và Thú y").
func endsWithUnitItem(last *piece) bool {
	return !last.lower && last.unitStart == startUsual && last.listGoesOn
}

// opensName reports whether a two-word unit opening goes on as a name:
// its second word capitalised ("Sở Tài" / "chính"). One whose second word
// is lowercase and no bare head is a whole title or body ("Bộ trưởng",
// "Chủ tịch", "Công an"), which an issuing level's cell is ("Cấp trình":
// "Bộ trưởng").
func opensName(text string) bool {
	_, w2 := firstTwo(text)
	r, _ := utf8.DecodeRuneInString(w2)
	return unicode.IsUpper(r)
}

// maxUnitOpeningWords is how many words endsWithUnitOpening takes for a
// unit's opening: "Văn phòng", "Sở Tài". A longer line names most of a
// unit ("Ngân hàng Chính sách xã hội"), which a content's sentence may
// end with.
const maxUnitOpeningWords = 2

// roomAbovePageBreak is what p going on a cell across a page break
// costs for the room the cell's last line above the break, prev, left for
// p's first word, within the tolerance that nonWrapStrength forgives: a
// page cuts a cell at a wrap, so its last line there is full. Two cells
// may both take a fragment with no break's cost ("… vùng biển nước
// ngoài" with 1.4% to spare, "… Truyền hình" with none, before "tỉnh"):
// the one left fuller went on. (A tie went to the content, the first.)
func roomAbovePageBreak(prev, p *piece, width float64) float64 {
	if width <= 0 || p.bullet {
		return 0
	}
	room := 1 - float64(prev.w+spaceWidth+p.fw)/width
	return max(0, min(room, fitTolerance)) * costRoomPerShare
}

// costRoomPerShare is roomAbovePageBreak's cost per share of a column's
// width left: at most a tenth of a weak hint, a tie's breaker.
const costRoomPerShare = 3.0

// timeStartCost is what p opening a time cell costs: costNotTime for
// words no time opens with, and costTailStart for a date's number whose
// unit ends the line above ("Tháng" / "8/2103": dateNumberAcrossLines).
func timeStartCost(p *piece) float64 {
	cost := 0.0
	if !p.timeLike {
		cost += costNotTime
	}
	if p.goesOnAbove() {
		cost += costTailStart
	}
	return cost
}

// pieceCost is the cost of placing p in column c after prev (nil: p starts
// the block).
func (sp *splitter) pieceCost(in *passInput, c int, prev, p *piece) float64 {
	col := &sp.cols[c]
	cost := sp.overflowIn(c, p)
	before := prev
	if before == nil && in.later && !in.rowspan && in.prev[c] != nil {
		before = in.prev[c] // p continues the cell after a page break
		if !in.reachedBottom(c) {
			cost += costContinueShort
		}
		cost += roomAbovePageBreak(before, p, col.width)
	}
	if before != nil {
		return cost + sp.elsewhereCost(c, p) + sp.continuationCost(col, before, p)
	}
	// A block's first line: what startCostOf says of it, as the search's
	// tables of whole lines take it (tabulateColumn), and what a later
	// pass adds.
	s := sp.startCostOf(c, p)
	cost += s.elsewhere
	switch {
	case in.rowspan && in.prev[c] != nil && cellEndCost(in.prev[c], col.kind) > 0:
		// a paragraph added to a cell above whose text has not ended: "…
		// tỉnh;" / "Ủy ban …" goes on one paragraph, after a page break
		cost += costRowspanAfterOpenEnd
	case in.later && !in.rowspan:
		cost += costNewInLaterPass
	}
	cost += s.lower
	if s.afterFull && sp.wrapsFromColumnBefore(c, p) {
		cost += costUnusualAfterFull
	}
	return cost + s.kind
}

// wrapsFromColumnBefore reports whether the line before p was full at the
// width of the column before c: p's first word would not have fit on it,
// so p may as well be that cell's wrapped next line ("Sở Công" / "Thương").
func (sp *splitter) wrapsFromColumnBefore(c int, p *piece) bool {
	return c > 0 && p.prevW > 0 && nonWrapStrength(float64(p.prevW+spaceWidth+p.fw), sp.cols[c-1].width) == 0
}

// unitInContentCost is what a content line opening with a unit's name
// costs after the line before, per unit of non-wrap strength.
func unitInContentCost(before *piece) float64 {
	if before.sentEnd {
		return costUnitAfterSentence
	}
	return costUnitInContent
}

// continuationCost scores p as the next line of a cell whose line so far
// is before.
func (sp *splitter) continuationCost(col *colModel, before, p *piece) float64 {
	cost := sp.kindContinuation(col, before, p)
	if col.kind == colContent && p.unitStart == startUsual {
		cost += unitInContentCost(before) * nonWrapStrength(float64(before.w+spaceWidth+p.fw), col.width)
	}
	return cost + sp.breakCost(before, p, col.width)
}

// opensTimeElsewhere reports whether p, going on a funding, notes or
// extra cell of a table with a time column, opens capitalised with
// nothing but a time (timeOnly: "Quý III/2073", "Thường xuyên"; a word
// alone, "Thường", may open "Thường trực" as well) or a date's unit that
// wants its number ("Tháng" / "3/2073"): such cells go on with their own
// words ("Ngân sách" / "tỉnh", "Lồng ghép" / "Tháng Thanh niên", an
// event), and the time is the time cell's beside them ("45" / "Tháng" /
// "3/2073" read as one funding cell, the time cell left to the lines
// after it).
func (sp *splitter) opensTimeElsewhere(p *piece) bool {
	return sp.hasTime && !p.lower && (p.timeOnly && strings.ContainsRune(p.text, ' ') || p.dateUnitEnd)
}

// opensProductPair reports whether a line opens with a product's two
// words whose first also opens units' names ("Hội nghị", "Hội thảo",
// "Báo cáo", "Công văn"): after a list of units ("… Liên đoàn Lao động
// tỉnh") such a line is the product's cell, not the list's next unit, as
// "Hội Nông dân tỉnh" would be.
func opensProductPair(o opening) bool { return opensPairOf(o, productPairs) }

// opensPairOf reports whether o opens, capitalised, with two words of
// pairs (lowerPairSet), the second read without its trailing punctuation.
func opensPairOf(o opening, pairs *hashSet) bool {
	r, _ := utf8.DecodeRuneInString(o.w1)
	return unicode.IsUpper(r) && pairs.has(pairKey(o.l1, trimmedHash(o.w2, o.l2, trailPunct)))
}

// opensPlacePair reports whether a line opens, capitalised, with a
// place's two words whose first also opens units' names ("Hội trường",
// "Phòng họp", "Trụ sở"): after a unit's or a person's cell ("… Phó Chủ
// tịch UBND xã") such a line is the place's cell beside it ("Địa
// điểm"), not the list's next unit, as "Hội Nông dân xã" would be.
func opensPlacePair(o opening) bool { return opensPairOf(o, placePairs) }

// placePairs are the places' openings opensPlacePair knows: a hall, a
// meeting room, an office's seat, a stadium, a cultural house.
var placePairs = lowerPairSet("hội trường", "phòng họp", "trụ sở", "sân vận", "nhà văn")

// productPairs are the products' openings opensProductPair knows: two
// words of productStarts (and "Hội thi") whose first opens units' names
// in agencyStarts.
var productPairs = lowerPairSet("hội nghị", "hội thảo", "hội thi", "hội thao", "hội diễn", "hội chợ", "hội khỏe", "hội khoẻ", "đại hội", "báo cáo", "công văn", "công bố", "phòng học")

// kindContinuation is the part of continuationCost that the column's kind
// decides and its width does not.
func (sp *splitter) kindContinuation(col *colModel, before, p *piece) float64 {
	cost := 0.0
	switch col.kind {
	case colUnit, colProduct:
		if p.itemStart && before.openEnd && !before.takesOrgan() {
			cost += costNewItem
		}
		if col.kind == colUnit && p.enumStart && !before.enumStart {
			cost += costEnumInUnit
		}
		if col.kind == colUnit && (p.productPair || p.outcome) {
			cost += costProductInUnit
		}
		if col.kind == colUnit && p.placePair {
			cost += costPlaceInUnit
		}
		if col.kind == colProduct && unitAfterMeasure(before, p) {
			cost += costUnitAfterMeasure
		}
		if sp.hasTime && (p.timePhrase || col.kind == colUnit && p.dateOnly) {
			cost += costTimePhraseElsewhere
		}
	case colOther:
		// An extra cell naming a unit ("HĐND tỉnh", an issuing level) goes
		// on with no next unit after a bare word, as a unit cell does not;
		// a person's title ("Giám đốc" / "Sở …", "Trưởng" / "Công an
		// huyện") opens no unit and goes on with the body it heads.
		if p.itemStart && before.openEnd && before.unitStart == startUsual && !before.title {
			cost += costNewItem
		}
		if sp.hasTime && strandsDate(p) && !completesDate(before) {
			cost += costTimePhraseElsewhere
		}
		if col.holder && titleGoesOnHolder(before, p) {
			cost += costTitleInHolder
		}
	case colFunding:
		if goesOnWholeAmount(before, p) {
			cost += costAfterWholeAmount
		}
	case colTime:
		switch {
		case wantsComplement(before): // "Theo kế hoạch của" / "Đoàn kiểm tra": the organ a time waits on
		case p.itemStart || !p.lower && !p.timeLike && (p.unitStart == startUsual || p.productStart == startUsual || namesFunding(p)):
			cost += costAgencyInTime
		case !p.timeCont:
			cost += costTimeCapital
		}
		if goesOnWholeTime(before, p) {
			cost += costAfterWholeTime
		}
		if bulletInTime(before, p) {
			cost += costBulletInTime
		}
		if before.countEnd && !opensSpanUnit(p) {
			cost += costCountWithoutUnit
		}
	}
	if (col.kind == colOther || col.kind == colFunding) && sp.opensTimeElsewhere(p) {
		cost += costTimePhraseElsewhere // a funding, notes or extra cell goes on with no time's start
	}
	if linkerGoesOn(before, p) {
		cost += costLinkerGoesOn
	}
	return cost
}

// linkerGoesOn reports whether p, opening with a capitalised linking
// word ("Theo hướng dẫn của Sở", "Tại các xã"; opensWithLinker), would go
// on a cell whose line before it ends no sentence, list item, lead-in or
// clause (a list of units may name "Các sở, ngành" after a comma):
// a preposition or a conjunction is capitalised only where a sentence
// starts, and mid-sentence it is lowercase, so the line opens a cell of
// its own (a notes column's "Theo hướng dẫn của" / "Sở" had gone on the
// funding cell "Ngân sách tỉnh" beside it, where "Theo" would just have
// fitted). A bullet's line opens its own paragraph anyway.
func linkerGoesOn(before, p *piece) bool {
	return p.linker && !p.bullet && !before.sentEnd && !before.listGoesOn && !introducesMore(before.text) && !strings.HasSuffix(before.text, ",")
}

// unitAfterMeasure reports whether p, a capitalised line opening like a
// unit's name ("Bộ phận Một" / "cửa xã"), would go on a cell whose line
// before it opens with a count or a share of things ("100% hồ sơ", "08
// tổ"): a target's or a product's cell says how many of what, and the
// unit after it is the lead's, which a narrow column of targets ran on
// before. (Asked of product-like columns, targets among them: 1,563
// renderings, cell-block 693 -> 684, none worse, at a cost of 2 or 4; at
// 1, nothing moved.)
func unitAfterMeasure(before, p *piece) bool {
	return before.measure && !p.lower && p.unitStart == startUsual
}

// endsWithComrade reports whether text ends with "Đồng chí" or "Đ/c",
// the name or the post after it to come.
func endsWithComrade(text string) bool {
	return isComrade(lastWord(text), wordBeforeLast(text))
}

// titleGoesOnHolder reports whether p, a line opening with an office
// holder's title (opensWithTitle), goes on a cell of the column of
// holders answerable after before with no list separator between them:
// each of that column's cells opens with its holder's title ("Phó Chủ
// tịch UBND tỉnh phụ trách …"), so a title inside one opens the next
// holder, after a separator, or the cell itself, and the line above it
// ("Nguyên đán") is the end of the cell before. A title after a word
// that opens titles ("Phó" / "Trưởng phòng", "Phó" / "Giám đốc Sở") or
// after "Đồng chí" ("Đồng chí" / "Phó Bí thư") is the same holder's.
func titleGoesOnHolder(before, p *piece) bool {
	if !p.title || holderTitles.has(lowerHash(lastWord(before.text))) || endsWithComrade(before.text) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before.text)
	return !listSeparators.has(r)
}

// opensSpanUnit reports whether p opens with a unit a span's count takes
// (endsCountAwaitingUnit): a period's (periodUnits) or a day's part or a
// count of times (dayUnits).
func opensSpanUnit(p *piece) bool { return isSpanUnit(p.first) }

// isSpanUnit reports whether h, a word's lowerHash, is a unit a count
// takes: a period's (periodUnits), a day's part or a count of times
// (dayUnits).
func isSpanUnit(h uint64) bool { return periodUnits.has(h) || dayUnits.has(h) }

// dayUnits are the units of a span within a day, and of times: "6 giờ",
// "30 phút", "2 buổi", "3 lần".
var dayUnits = lowerWordSet("giờ", "phút", "buổi", "lần")

// strandsDate reports whether p is a line that is only a date opening
// with its digits ("2029 -", "15/12/2029"), which beside a time column
// is the time's, not the next line of another column's cell: a places
// cell ending with a name that reads as a unit's opening ("Đại Đồng")
// had taken it, and an empty extra column before the time had taken
// "Tháng" / "5/2026" whole. Even after words that want the number
// ("Tháng", "trước ngày"): those are most often the time's own first
// line (sparing them lost 16 fields of held-out cell-block text).
// dateElsewhereCost charges such a line opening another column's cell.
func strandsDate(p *piece) bool { return p.dateOnly && opensWithDigit(p.text) }

// completesDate reports whether before, a cell's line going on from the
// line above it (lowercase), ends with a date's unit that wants its number
// ("Chuyển tiếp" / "từ năm" / "2026"): the date on the next line is its
// cell's, not a stray line of the time beside it. A time's own first line
// opens in capitals ("Trước ngày" / "30/6"), and stays strandsDate's.
func completesDate(before *piece) bool { return before.lower && before.dateUnitEnd }

// wantsComplement reports whether p ends with "của", which wants the one
// it belongs to after it: a time waiting on an organ's plan or word goes
// on with the organ's name, capitalised ("Theo kế hoạch của" / "Đoàn
// kiểm tra", "Sau khi có ý kiến của" / "Bộ Y tế"), and no next cell
// opens there. (Any dangling word let column-aligned text put a seam's
// next word on a time: "Quý II và" / "Sở".)
func wantsComplement(p *piece) bool { return p.last == hCua }

// namesFunding reports whether p opens with a source of money's words
// ("Ngân sách tỉnh; Ngân", "Nguồn vốn …"): the funding cell beside a time
// cell, never the time's next line. An amount alone ("5") is not such
// words: a time's number wraps onto a line of its own ("Tỉnh ủy lần thứ"
// / "5").
func namesFunding(p *piece) bool {
	r, _ := utf8.DecodeRuneInString(p.text)
	return p.fundingStart == startUsual && unicode.IsLetter(r)
}

// takesOrgan reports whether a unit cell's line p ends with words that
// an organ's name goes on from rather than follows as the list's next
// item: a head that wants a name (endsHead: "Văn phòng", or "Văn" /
// "phòng" over two lines: the office of …) or a member's or holder's
// word ("Các thành viên" / "Ban Chỉ huy", "Trưởng" / "Ban Quản lý").
func (p *piece) takesOrgan() bool { return p.endsHead() || organHolders.has(p.last) }

// organHolders are the words an organ's name follows as their complement:
// its members, heads, deputies and standing members ("thành viên Ban …",
// "Trưởng Ban …", "Phó Ban …", "Thường trực Ban …"), a command's "chỉ
// huy" ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Chỉ huy Quân sự"), and
// an inspecting or investigating body's "tra" ("Thanh tra" / "Sở Xây
// dựng", "Ủy ban Kiểm tra" / "Tỉnh ủy", "Cơ quan Cảnh sát điều tra" /
// "Công an tỉnh": the body of the organ after it), and an office's
// "chức" ("Công chức" / "Văn hóa - Xã hội", a commune official and the
// field he serves; "Ban Tổ chức" / "Tỉnh ủy").
var organHolders = lowerWordSet("viên", "trưởng", "phó", "trực", "huy", "tra", "chức")

// goesOnWholeAmount reports whether p would go on a funding cell whose
// line before is a sum of money alone ("2.400", "150 triệu đồng";
// amountOnly) with a capitalised line that names no funding source
// ("Ngân sách tỉnh", "Xã hội hóa": fundingStarts), no sum and no aside
// in brackets: a column given in amounts ("Kinh phí (triệu đồng)") ends
// each cell with its sum, and the words after it are the notes' beside
// it ("2.400" / "Nhà" / "nước và" … read as one funding cell, the notes
// left empty).
func goesOnWholeAmount(before, p *piece) bool {
	return amountOnly(before) && !p.lower && !p.amount && p.fundingStart != startUsual && !strings.HasPrefix(p.text, "(")
}

// amountOnly reports whether p says a sum of money and nothing else: an
// amount (namesAmount) and at most its units ("triệu đồng"), trimmed of
// punctuation as namesAmount trims its unit.
func amountOnly(p *piece) bool {
	if !p.amount {
		return false
	}
	ws := strings.Fields(p.text)
	for _, w := range ws[1:] {
		if !moneyWords.has(lowerHash(trailPunct.trimRight(w))) {
			return false
		}
	}
	return true
}

// goesOnWholeTime reports whether p would go on a time cell whose line
// before already says a whole time ("Thường xuyên", "Hằng năm", "Quý
// II/2026", "31/12/2026") and ends there (on a bare word: no comma, no
// connector; endsOpen) with words that say none ("trên 80%"): a time
// goes on with a date, a time's words or an aside in brackets ("(hoàn
// thành …)"), and words that do not are another cell's, most often the
// product's end carried over a page break beside it.
func goesOnWholeTime(before, p *piece) bool {
	if !before.openEnd || before.dangling || p.timeLike || strings.HasPrefix(p.text, "(") {
		return false
	}
	return saysWholeTime(before)
}

// saysWholeTime reports whether a time cell's line says a whole time: a
// date ("Quý II/2026", "31/12/2026") or a recurrence's two words
// ("Thường xuyên", "Hằng năm"), also where a narrow column broke them
// ("Thường" / "xuyên": endsRecurrence), but not a date's unit that waits
// for its number ("Trước ngày").
func saysWholeTime(p *piece) bool {
	return p.dateOnly || p.timeOnly && wordCount(p.text) == 2 && !p.dateUnitEnd || p.endsRecurrence
}

// bulletInTime reports whether p, going on a time cell whose line before
// says a whole time (saysWholeTime: "Quý III/2031", "Thường xuyên"),
// opens a bullet paragraph that says no time ("- Vận động …"): a time
// is a phrase, and a bullet after a whole one is a row's next paragraph,
// most often the content's of a row without a number going on the task
// above, which cell-block text gives right after the task's time. A
// range's end after its spaced dash ("Tháng 12/2026" / "- Tháng
// 01/2027") says a time; after a time's opening ("Vụ Xuân" / "- Hè
// 2089") any line goes on.
func bulletInTime(before, p *piece) bool {
	if !p.bullet || !saysWholeTime(before) {
		return false
	}
	rest, _ := afterBulletMarker(p.text)
	return !looksLikeTime(rest)
}

// overflowIn is overflowCost of p in column c, but none for a date alone
// on its line in a time column (loneDate): a date has no space to wrap
// at, so the line shows the column at least as wide as it, whatever the
// other rows taught (a time column learned from "Trước" / "ngày" too
// narrow for "25/01/2036", which went to the notes beside it).
func (sp *splitter) overflowIn(c int, p *piece) float64 {
	if sp.cols[c].kind == colTime && loneDate(p) {
		return 0
	}
	return overflowCost(p.w, sp.cols[c].width)
}

// loneDate reports whether p is one word, a date or a year.
func loneDate(p *piece) bool { return p.dateOnly && !strings.ContainsRune(p.text, ' ') }

// overflowCost charges a line wider than its column's learned width:
// costOverflow in full once it is overflowRamp past the tolerance, less
// before, plus costOverflowPerShare per share of the width it exceeds.
func overflowCost(w int, width float64) float64 {
	over := overflowShare(w, width)
	if over == 0 {
		return 0
	}
	return costOverflow*min(1, over/overflowRamp) + costOverflowPerShare*over
}

// overflowRamp is how far past the tolerance (a share of the width) a line
// must run before its column charges costOverflow in full. A column whose
// cells are short (a "Người đứng đầu" column: "Giám đốc" / "Sở KH&CN")
// learns its width from its own cuts, and a cut that leaves its widest
// line out learns a width a few per cent short of that line; charged in
// full at once, the line then reads better as a last paragraph of the
// content, and the wrong width holds. (Cell-block text of re-renderings
// with such columns added, 6,052 fields: 285 wrong -> 238 at 0.05 to 0.3,
// 237 at 0.5; LibreOffice 1-80 250 -> 248, Chromium 201-232 30, unchanged.)
const overflowRamp = 0.2

// overflowCostPer charges a line wider than its column's learned width
// costOverflow at once and perShare per share of the width it exceeds
// (column-aligned text, whose x-ranges bound the widths too).
func overflowCostPer(w int, width, perShare float64) float64 {
	over := overflowShare(w, width)
	if over == 0 {
		return 0
	}
	return costOverflow + perShare*over
}

// overflowShare is how far, as a share of width, a line w wide runs past
// widthTolerance; 0 when it does not, or when the width is not known.
func overflowShare(w int, width float64) float64 {
	if width <= 0 || float64(w) <= width*(1+widthTolerance) {
		return 0
	}
	return float64(w)/width - 1 - widthTolerance
}

// breakCost scores the line break between prev and p inside one cell. A
// wrapped line is full: the first word of the next line would not have fit
// on it. When it would have fit, the break is no wrap: a new paragraph if
// p starts one (a bullet, or a capital after a sentence end), else a sign
// that p belongs to another cell. Two words that stand side by side
// elsewhere in the document ("địa" / "phương") are likely one phrase.
func (sp *splitter) breakCost(prev, p *piece, width float64) float64 {
	if p.bullet {
		return 0
	}
	strength := nonWrapStrength(float64(prev.w+spaceWidth+p.fw), width)
	if strength == 0 {
		known := p.afterPrev
		if p.prevTraits != prev.traits || prev.traits == nil {
			known = sp.pairs.has(prev.last, p.first)
		}
		if known {
			return costKnownPair
		}
		return 0
	}
	return strength * nonWrapCost(prev, p)
}

// opensAside reports whether p opens a lowercase aside in brackets after
// words that end on prev ("Quý III/2026" / "(công bố trước 30/9)"): a
// note set on a line of its own, whether or not it would have fitted.
func opensAside(prev, p *piece) bool { return p.aside && !prev.dangling }

// opensListItem reports whether p opens a list item with a bullet marker
// (afterBulletMarker), whatever the case after it, right after a line that introduces a
// list or ends an item of it ("… theo Luật Giáo dục năm 2019:" / "-
// giáo viên mầm non: 120 người;" / "- giáo viên tiểu học …"): a new
// paragraph, though a lowercase line after a dash is otherwise a phrase's
// dash wrapped ("kinh tế" / "- xã hội"), which follows no colon or
// semicolon. (A content's lowercase items had read as the lead's cell:
// as a content's lines they cost a lowercase line's non-wrap.)
func opensListItem(prev, p *piece) bool {
	_, marked := afterBulletMarker(p.text)
	return marked && (prev.listGoesOn || introducesMore(prev.text))
}

// nonWrapCost is what a line break before p that a wrap does not explain
// costs, per unit of non-wrap strength: a lowercase line would have gone
// on the line above (costLowerNonWrap) unless it opens an aside in
// brackets after words that end there ("Quý III/2026" / "(công bố trước
// 30/9)": a note set on a line of its own); a capitalised one opens a
// paragraph, more plainly after a sentence's end or under a label of its
// own ("Chủ trì: …" / "Phối hợp: …"; opensWithLabel), unless it is a letter
// alone, the label of the word before it that a narrow column wrapped
// ("Dự án nhóm" / "B"; isLabelLetter), which costs nothing.
func nonWrapCost(prev, p *piece) float64 {
	switch {
	case p.label && !prev.sentEnd:
		return 0
	case opensAside(prev, p), opensListItem(prev, p):
		return costParagraph
	case p.lower:
		return costLowerNonWrap
	case prev.sentEnd, p.labelled:
		return costParagraph
	}
	return costCapNonWrap
}

// recurs reports whether a column of kind holds cells that recur whole
// from row to row, so that one seen in other rows tells its cut
// (seenCells): units lead task after task, and an extra column names a
// few levels or kinds again and again ("Cấp ban hành": "Chính phủ",
// "Bộ trưởng Bộ Xây dựng"), where a cut that leaves the coordinating
// cell empty and runs its units into the extra cell costs alike.
func recurs(kind colKind) bool { return kind == colUnit || kind == colOther }
