package parser

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"annex/model"
	"annex/parser/pdfread"
)

// Errors of ParsePDF besides those of pdfread.
var ErrNoText = errors.New("scanned? no text to read (the PDF has no text layer)")

// ParsePDF parses an annex PDF from the positions of its text and the rules
// of its table: columns come from the header's cells, rows from the rules
// that cross the number column, and each word goes to the cell it stands
// in. The model and its checks are the text parser's.
func ParsePDF(name string, data []byte) (plan *model.Plan, err error) {
	return ParsePDFLimited(name, data, pdfread.DefaultMaxPages)
}

// ParsePDFLimited is ParsePDF for PDFs of at most maxPages pages.
func ParsePDFLimited(name string, data []byte, maxPages int) (plan *model.Plan, err error) {
	defer func() {
		if r := recover(); r != nil {
			plan, err = nil, internalError(r)
		}
	}()
	pages, err := pdfread.ReadLimited(data, maxPages)
	if err != nil {
		return nil, err
	}
	return parsePages(name, pages)
}

func parsePDFTraced(name string, data []byte, tr *trace, ins *Inspection) (*model.Plan, error) {
	pages, err := pdfread.Read(data)
	if err != nil {
		return nil, err
	}
	return parsePagesWith(name, pages, tr, ins)
}

// parsePages lays out the pages of a PDF into a plan.
func parsePages(name string, pages []pdfread.Page) (*model.Plan, error) {
	return parsePagesWith(name, pages, nil, nil)
}

func parsePagesWith(name string, pages []pdfread.Page, tr *trace, ins *Inspection) (*model.Plan, error) {
	glyphs := 0
	for _, p := range pages {
		glyphs += len(p.Glyphs)
	}
	if glyphs == 0 {
		if len(pages) > 0 && pages[0].Err != nil {
			return nil, pages[0].Err
		}
		return nil, ErrNoText
	}
	lo := &pdfLayout{doc: &document{trace: tr}}
	for _, p := range pages {
		lo.page(p)
	}
	if lo.cols == nil || len(lo.doc.rows) == 0 {
		return nil, ErrNoTable
	}
	if ins != nil {
		ins.Columns = lo.inspectedColumns()
	}
	return lo.finish(name, "pdf")
}

// finish builds the plan from what the layout collected.
func (lo *pdfLayout) finish(name, format string) (*model.Plan, error) {
	doc := lo.doc
	doc.heading = parseHeading(lo.heading)
	doc.columns = lo.cols
	setShares(doc.columns, func(i int) float64 { return lo.colX[i][1] - lo.colX[i][0] })
	t := newTable(doc)
	lo.setWidths(t)
	p := buildPlan(doc, t)
	t.sp.returnScratch()
	p.Source = model.Source{File: name, Format: format}
	p.Warnings = append(doc.warnings, verifyText(doc.body, p)...)
	model.SortWarnings(p.Warnings)
	return p, nil
}

func internalError(r any) error { return fmt.Errorf("internal error: %v", r) }

// pdfLayout walks the pages of a PDF, carrying the table's columns and the
// row being built from page to page.
type pdfLayout struct {
	ended       bool // another annex began (pageOpensAnotherAnnex): the pages from there on are not this table's
	doc         *document
	heading     []line
	cols        []model.Column
	colX        [][2]float64 // each column's x-range, from the header
	headCaps    []float64    // per column, how wide its header says it is at most (headerCap); 0: no bound
	headFloors  []float64    // per column, how wide its header says it is at least (headerFloor)
	headerKeys  []string
	num         numbering
	cur         *row
	scan        scanner                // for row paths and numbering checks
	noGlue      bool                   // words one space apart may be in two columns (column-aligned text)
	learn       *layoutWidths          // column-aligned text's first look: only learn the columns' widths
	widthsFrom  *layoutWidths          // column-aligned text's trial reading: record what the rows read say of the widths
	trial       bool                   // the widths are not known yet: read without what they say
	byBand      bool                   // column-aligned text: each band may move the boundaries a little (bandBoundaries)
	final       bool                   // column-aligned text: the reading returned, whose lines are searched more widely (finalPerState)
	tailPage    bool                   // column-aligned text: the page being read holds no header and no row's start, only the tail of a row from the page before (runOrderBoundaries)
	pageEnd     bool                   // column-aligned text: the band being read is its page's last, whose cells may go on after the break (rowReader.ended)
	bandReads   map[float64]*rowReader // column-aligned text: each band's reading at its page's boundaries, by its first line
	prior       *pdfLayout             // column-aligned text: a reading with the same widths whose bands' readings at the page's boundaries are this one's
	ownBands    []InspectedBand        // column-aligned text: the bands read at their own boundaries (readBand)
	pieces      pieceCache             // column-aligned text: the pieces of lines' words, shared by its readings
	openings    []map[uint64]int       // column-aligned text: per column, its cells' openings (layoutWidths)
	missed      []bool                 // column-aligned text: per column, whether the trial reading missed it (layoutWidths.missed)
	reader      *splitter              // column-aligned text: the column models rows are read with
	headerPage  int                    // the page the header was found on
	pageXs      map[int][]float64      // column-aligned text: the boundaries each page was read with
	shifts      columnShifts           // column-aligned text: how far right of where its header says each boundary after the content start stands (headerShifts)
	roleCost    float64                // column-aligned text: what the rows' cells say of their columns' kinds (rowReader.roleCost), all told
	readingCost float64                // column-aligned text: what the rows' chosen readings cost (rowReader.rowCost), all told
}

// page lays out one page.
func (lo *pdfLayout) page(p pdfread.Page) {
	if p.Err != nil {
		lo.doc.warnings = append(lo.doc.warnings, model.Warning{Page: p.Number, Message: p.Err.Error()})
	}
	g, ok := buildGrid(p.Rules)
	words := buildWords(p.Glyphs)
	if ok {
		if starts := textStarts(words, g.vs); starts != nil { // a text ran over a rule: part it from the next cell's
			words = buildWordsBetween(p.Glyphs, starts)
		}
	}
	lines := groupLines(words)
	lineNo := func(y float64) int {
		return 1 + sort.Search(len(lines), func(i int) bool { return lines[i].y >= y-0.5 })
	}
	if lo.endsAtAnotherAnnex(p.Number, lines, lineNo) {
		return
	}
	if !ok {
		lo.unruledPage(p.Number, words, lines, lineNo)
		return
	}
	top := g.rows[0]
	if lo.cols == nil {
		for _, l := range lines {
			if l.y < top {
				lo.heading = append(lo.heading, line{text: l.text(), num: lineNo(l.y), page: p.Number})
			}
		}
	}
	firstBody := true
	for i := 0; i+1 < len(g.rows); i++ {
		b := lo.band(g, words, g.rows[i], g.rows[i+1], p.Number, lineNo)
		if b.empty() {
			continue
		}
		if lo.cols == nil {
			lo.tryHeader(b)
			continue
		}
		if lo.isFurniture(b) {
			continue
		}
		lo.body(b, firstBody, g, g.rows[i])
		firstBody = false
	}
}

// band is one row of the ruled grid: its cells left to right.
type band struct {
	cells []bandCell
	page  int
	lines []line // whole lines across the table, when no rules separate the cells
}

type bandCell struct {
	x0, x1 float64
	lines  []line     // text lines, with page and line numbers
	geom   []lineGeom // for each line, its printed widths, when known
	col    int        // the table column, when the cell is one column's by construction (unruled pages); else -1
}

// lineGeom is how wide a line and its first word print, in thousandths of
// an em of their font: the same unit as the metrics, but measured on the
// page, so it holds for any font, and for justified lines stretched to the
// cell's width.
type lineGeom struct{ w, fw int }

// geomOf measures a line of words as printed.
func geomOf(l textLine) lineGeom {
	first, last := l.words[0], l.words[len(l.words)-1]
	if first.size <= 0 {
		return lineGeom{}
	}
	em := 1000 / first.size
	return lineGeom{w: int((last.x1 - first.x0) * em), fw: int((first.x1 - first.x0) * em)}
}

func (b band) empty() bool {
	for _, c := range b.cells {
		if len(c.lines) > 0 {
			return false
		}
	}
	return true
}

func (b band) allLines() []line {
	var out []line
	for _, c := range b.cells {
		out = append(out, c.lines...)
	}
	return out
}

// band collects the words between two row rules into the cells that the
// vertical rules crossing that row draw.
func (lo *pdfLayout) band(g grid, words []word, y0, y1 float64, page int, lineNo func(float64) int) band {
	xs := g.boundaries(y0, y1)
	words = unglueWords(words)
	b := band{page: page}
	for k := 0; k+1 < len(xs); k++ {
		var in []word
		for _, w := range words {
			if w.y > y0 && w.y <= y1 && w.center() >= xs[k] && w.center() < xs[k+1] {
				in = append(in, w)
			}
		}
		c := bandCell{x0: xs[k], x1: xs[k+1], col: -1}
		for _, l := range groupLines(in) {
			c.lines = append(c.lines, line{text: l.text(), num: lineNo(l.y), page: page})
			c.geom = append(c.geom, geomOf(l))
		}
		b.cells = append(b.cells, c)
	}
	return b
}

// tryHeader takes the band for the table header if its cells name annex
// columns.
func (lo *pdfLayout) tryHeader(b band) {
	var cols []model.Column
	var xs [][2]float64
	roles := map[string]bool{}
	var all []line // every line, a group head's name too: the header printed again holds it
	for k, c := range withoutGroupName(b.cells) {
		toks := tokenizeHeader(c.lines)
		col := model.Column{Key: model.KeyExtra, Header: joinHeader(c.lines)}
		p, ok := matchHead(toks, 0)
		if !ok {
			p, ok = headWithin(toks)
		}
		if ok && !roles[p.role] {
			col.Key = p.role
		}
		roles[col.Key] = true
		cols = append(cols, col)
		xs = append(xs, [2]float64{c.x0, c.x1})
		all = append(all, b.cells[k].lines...)
	}
	if !namesTable(cols, roles) {
		lo.heading = append(lo.heading, all...) // a ruled box above the table
		return
	}
	lo.cols, lo.colX, lo.headerKeys = cols, xs, headerKeysOf(all)
	lo.headCaps, lo.headFloors = make([]float64, len(b.cells)), make([]float64, len(b.cells))
	for i, c := range b.cells {
		lo.headCaps[i], lo.headFloors[i] = headerCap(c.lines), headerFloor(c.lines)
	}
}

// withoutGroupName returns a ruled header's cells with the name of a
// group head taken off the two cells below it: a header of two rows
// ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp") reads, cell by cell,
// as "Đơn vị" / "Chủ trì" and "thực hiện" / "Phối hợp". Two neighbouring
// cells lose their first lines when those lines, on one line of text,
// make one whole head together, and the rest of each makes a whole head,
// the two of different roles. Heads wrapped alike ("Đơn vị" / "chủ trì"
// beside "Đơn vị" / "phối hợp") make no head together, and stay.
func withoutGroupName(cells []bandCell) []bandCell {
	out := append([]bandCell(nil), cells...)
	for k := 0; k+1 < len(out); k++ {
		a, b := out[k], out[k+1]
		if len(a.lines)+len(b.lines) < 3 {
			continue
		}
		if i, j, ok := groupNameLines(a.lines, b.lines); ok {
			out[k].lines, out[k].geom = a.lines[i:], dropGeom(a.geom, i)
			out[k+1].lines, out[k+1].geom = b.lines[j:], dropGeom(b.geom, j)
			k++
		}
	}
	return out
}

// groupNameLines returns how many first lines of a and of b hold a group
// head's name (withoutGroupName), all of it in either cell or parted
// between them: together, in reading order, a whole head above the rest
// of both; the rest of each a whole head, the two of different roles.
func groupNameLines(a, b []line) (int, int, bool) {
	for i := 0; i < len(a); i++ {
		for j := 0; j < len(b); j++ {
			if i+j == 0 || a[i].num <= lastNum(a[:i], b[:j]) || b[j].num <= lastNum(a[:i], b[:j]) {
				continue
			}
			ra, oka := wholeHead(headerKeysOf(a[i:]))
			rb, okb := wholeHead(headerKeysOf(b[j:]))
			if !oka || !okb || ra == rb {
				continue
			}
			if _, ok := wholeHead(headerKeysOf(readingOrder(a[:i], b[:j]))); ok {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// lastNum returns the greatest line number among a and b's lines, or 0.
func lastNum(a, b []line) int {
	n := 0
	for _, l := range append(append([]line(nil), a...), b...) {
		n = max(n, l.num)
	}
	return n
}

// readingOrder merges two cells' lines line by line, the left cell's part
// of each line first.
func readingOrder(a, b []line) []line {
	out := make([]line, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].num <= b[0].num {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// dropGeom returns geom without its first n entries, or geom when it is
// shorter (unknown).
func dropGeom(geom []lineGeom, n int) []lineGeom {
	if len(geom) < n {
		return geom
	}
	return geom[n:]
}

// wholeHead returns the role of the head phrase that keys make, all of
// them, or false.
func wholeHead(keys []string) (string, bool) {
	p, ok := matchHead(keyTokens(keys), 0)
	if !ok || len(p.words) != len(keys) {
		return "", false
	}
	return p.role, true
}

// headerFloor is how wide a column is at least, by its header's lines: a
// header cell's line fits its column like any cell's, and its bold face
// is wider than the metrics' regular one, so the widest line's width errs
// low (headerFloors, for cell-block text).
func headerFloor(lines []line) float64 {
	if len(lines) < minFloorLines {
		return 0
	}
	w := 0.0
	for _, l := range lines {
		w = max(w, float64(textWidth(l.text)))
	}
	return w
}

// minFloorLines is how many lines a header must wrap over for its widest
// to floor its column's width (headerFloor): pdftotext may set a short
// header's line as one run with its neighbours' ("ĐƠN VỊ CHỦ TRÌ ĐƠN VỊ"),
// wider than its column, where a head broken over several lines stood in
// its own narrow column. (Column-aligned fields wrong, tuned sets / other
// columns LibreOffice held out, fresh: no floor 472 / 135, 71; 2 lines 519 /
// 175, 53; 3 lines 469 / 135, 63; 4 lines 472 / 135, 64.)
const minFloorLines = 3

// headerCap is how wide a column is at most, by its header's lines: a
// header wrapped after a line was wrapped because the line and the next
// line's first word did not fit, so the column is narrower than that
// ("Cơ quan" / "chủ trì": narrower than "Cơ quan chủ"), give or take the
// header's bold face (headerCapSlack). 0 for a header of one line.
func headerCap(lines []line) float64 {
	limit := 0.0
	for i := 0; i+1 < len(lines); i++ {
		w := float64(textWidth(lines[i].text+" "+firstWord(lines[i+1].text))) * headerCapSlack
		if limit == 0 || w < limit {
			limit = w
		}
	}
	return limit
}

// headerCapSlack widens headerCap's bound: a header is set in bold
// capitals or bold, wider than the metrics' regular face.
const headerCapSlack = 1.1

// isFurniture reports whether a band is the header printed again or the
// row of column numbers.
func (lo *pdfLayout) isFurniture(b band) bool {
	lines := b.allLines()
	keys := headerKeysOf(lines)
	if len(keys) == len(lo.headerKeys) && strings.Join(keys, " ") == strings.Join(lo.headerKeys, " ") {
		return true
	}
	if columnNumberCells(b) >= len(lo.cols)-1 {
		return true
	}
	for _, l := range lines {
		if !isColumnNumberRow(l.text) && !isDigits(l.text) {
			return false
		}
	}
	return len(lines) > 0 && len(lines) >= len(lo.cols)-1
}

// columnNumberCells returns how many cells of band b hold a column number
// "(2)", each cell's lines joined without a space: a narrow number
// column breaks its "(1)" before the ")"; 0 if some cell holds anything
// else.
func columnNumberCells(b band) int {
	n := 0
	for _, c := range b.cells {
		var sb strings.Builder
		for _, l := range c.lines {
			sb.WriteString(l.text)
		}
		t := sb.String()
		switch {
		case t == "":
		case isColumnNumberRow(t) && !strings.Contains(t, " "):
			n++
		default:
			return 0
		}
	}
	return n
}

// columnsOf returns the table columns whose middle lies within a cell.
func (lo *pdfLayout) columnsOf(c bandCell) []int {
	if c.col >= 0 && c.col < len(lo.colX) {
		return []int{c.col}
	}
	var out []int
	for i, x := range lo.colX {
		if mid := (x[0] + x[1]) / 2; mid >= c.x0 && mid < c.x1 {
			out = append(out, i)
		}
	}
	return out
}

// body handles a table row: a new numbered row, or the continuation of the
// row above (on the next page, or a cell merged down over rows).
func (lo *pdfLayout) body(b band, firstOnPage bool, g grid, yTop float64) {
	numCol := lo.numberColumn()
	var mark marker
	var markCell = -1
	for k, c := range b.cells {
		cols := lo.columnsOf(c)
		if len(cols) > 0 && cols[0] == numCol && len(c.lines) > 0 {
			// The number is on the cell's first line; what follows it in the
			// cell is text of the row (see addCells).
			if m, ok := parseNumberCell(c.lines[0].text); ok {
				mark, markCell = m, k
			}
			if len(c.lines) > 1 && len(cols) == 1 {
				if num, ok := joinBrokenNumber(c.lines[0].text, c.lines[1].text); ok {
					mark, _ = parseMarker(num) // "II." / "1" in a narrow number column
					b.cells[k].lines = append([]line{{text: num, num: c.lines[0].num, page: c.lines[0].page}}, c.lines[2:]...)
					b.lines = withoutLine(b.lines, c.lines[1])
				}
			}
			break
		}
	}
	if markCell < 0 {
		lo.continueRow(b, firstOnPage)
		return
	}
	switch {
	case !lo.num.plausible(mark):
		lo.doc.warn(b.cells[markCell].lines[0], "row number %s does not follow the numbering before it", mark.number)
	case lo.num.repeatsRoman(mark):
		lo.doc.warn(b.cells[markCell].lines[0], "section %s appears twice; both kept", mark.number)
	}
	lo.num.advance(mark)
	lo.scan.num = lo.num
	at := b.cells[markCell].lines[0]
	r := &row{mark: mark, at: at, path: lo.scan.path(mark)}
	lo.doc.rows = append(lo.doc.rows, r)
	lo.cur = r
	lo.doc.body = append(lo.doc.body, line{text: strings.TrimSpace(mark.number + " " + mark.rest), num: at.num, page: at.page})
	if !mark.kind.holdsCells() {
		lo.headingRow(r, b, markCell)
		return
	}
	r.given = make([][]piece, len(lo.cols))
	lo.addCells(r, b, markCell, false, g, yTop)
}

// withoutLine returns lines without the one that is l alone (same line
// number, page and text), or lines as they are.
func withoutLine(lines []line, l line) []line {
	for i, x := range lines {
		if x.num == l.num && x.page == l.page && strings.TrimSpace(x.text) == strings.TrimSpace(l.text) {
			return append(lines[:i:i], lines[i+1:]...)
		}
	}
	return lines
}

func (lo *pdfLayout) numberColumn() int {
	for i, c := range lo.cols {
		if c.Key == model.RoleNumber {
			return i
		}
	}
	return 0
}

// headingRow fills a section's title: the marker cell's text after the
// number, then every other cell's.
func (lo *pdfLayout) headingRow(r *row, b band, markCell int) {
	if b.lines != nil {
		// Without rules a title is read line by line across the table; the
		// number is the first word of its own line.
		var parts []line
		for _, l := range b.lines {
			if l.num == r.at.num && l.page == r.at.page {
				l.text = strings.TrimSpace(strings.TrimPrefix(l.text, firstWord(l.text)))
			}
			if l.text != "" {
				parts = append(parts, l)
			}
		}
		r.lines = parts
		// The number's line went into the body with only the number cell's
		// words; the whole lines stand for it now.
		lo.doc.body[len(lo.doc.body)-1].text = r.mark.number
		lo.doc.body = append(lo.doc.body, parts...)
		return
	}
	var parts []line
	mc := b.cells[markCell]
	if r.mark.rest != "" {
		parts = append(parts, line{text: r.mark.rest, num: mc.lines[0].num, page: mc.lines[0].page})
	}
	if len(lo.columnsOf(mc)) > 1 {
		parts = append(parts, mc.lines[1:]...)
	}
	for k, c := range b.cells {
		if k != markCell {
			parts = append(parts, c.lines...)
		}
	}
	r.lines = parts
	lo.doc.body = append(lo.doc.body, parts[min(len(parts), boolInt(r.mark.rest != "")):]...)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addCells adds a band's cells to a task row, each to the first column it
// covers; the number cell gives only what follows the number. A cell whose
// top rule is missing continues a cell merged down from the row above: its
// text stays with the first row, with a warning.
func (lo *pdfLayout) addCells(r *row, b band, markCell int, paragraph bool, g grid, yTop float64) {
	for k, c := range b.cells {
		cols := lo.columnsOf(c)
		if len(cols) == 0 {
			continue
		}
		if k != markCell {
			if owner := lo.mergedFrom(r, g, yTop, c); owner != nil {
				lo.keepMerged(r, owner, cols[0], c.lines)
				continue
			}
		}
		if len(c.lines) == 0 {
			continue
		}
		lines, geom := c.lines, c.geom
		if k == markCell {
			rest := r.mark.rest
			lines = lines[1:]
			if len(geom) > 0 {
				geom = geom[1:]
			}
			if rest != "" {
				lines = append([]line{{text: rest, num: c.lines[0].num, page: c.lines[0].page}}, lines...)
				if len(geom) > 0 {
					geom = append([]lineGeom{{}}, geom...) // measured with the number: use the metrics
				}
			}
			if len(cols) == 1 {
				// Text after the number in its own column (a title or a
				// task begun to the left, in a table without rules) opens
				// the next column.
				if len(lines) == 0 || cols[0]+1 >= len(lo.cols) {
					continue
				}
				cols = []int{cols[0] + 1}
			} else {
				cols = cols[1:]
			}
		}
		target := cols[0]
		lo.doc.body = append(lo.doc.body, lines...)
		for i, l := range lines {
			p := makePiece(l.text, l)
			if i < len(geom) && geom[i].w > 0 {
				p.w, p.fw = geom[i].w, geom[i].fw
			}
			if i == 0 && paragraph && len(r.given[target]) > 0 {
				p.paraBreak = true
			}
			r.given[target] = append(r.given[target], p)
		}
	}
}

// keepMerged gives the text of a cell merged down from the row above to
// that row, and warns that the cell spans rows.
func (lo *pdfLayout) keepMerged(r, owner *row, col int, lines []line) {
	lo.doc.warn(r.at, "row %s: its %s cell is merged with row %s's above (it spans rows); the text is kept on row %s", r.path, lo.cols[col].Header, owner.path, owner.path)
	lo.doc.body = append(lo.doc.body, lines...)
	owner.given[col] = append(owner.given[col], piecesOf(lines)...)
}

// mergedFrom returns the row a cell belongs to when the rule above it is
// missing in its column: a cell merged down over several rows (rowspan),
// whose text is kept once, on the first of them.
func (lo *pdfLayout) mergedFrom(r *row, g grid, yTop float64, c bandCell) *row {
	if g.hs == nil || len(lo.doc.rows) < 2 {
		return nil
	}
	mid := (c.x0 + c.x1) / 2
	found := false
	for _, h := range g.hs {
		if math.Abs(h.pos-yTop) <= ruleMerge {
			if h.covers(mid) {
				return nil
			}
			found = true
			break
		}
	}
	if !found {
		return nil // the top of a page: no rule drawn at all
	}
	for i := len(lo.doc.rows) - 2; i >= 0; i-- {
		if prev := lo.doc.rows[i]; prev.given != nil {
			return prev
		}
	}
	return nil
}

func piecesOf(lines []line) []piece {
	out := make([]piece, len(lines))
	for i, l := range lines {
		out[i] = makePiece(l.text, l)
	}
	return out
}

// continueRow adds a band without a number to the row above: on top of a
// page, the rest of a row cut by the page break; elsewhere, cells merged
// down over several rows, which the row above keeps, as paragraphs.
func (lo *pdfLayout) continueRow(b band, firstOnPage bool) {
	r := lo.cur
	if r == nil {
		for _, l := range b.allLines() {
			lo.doc.warn(l, "text before the first numbered row: %q", l.text)
			lo.doc.body = append(lo.doc.body, l)
		}
		return
	}
	if r.given == nil {
		// A heading's title goes on: whole lines where the band has them
		// (no rules part its cells), else its cells' lines.
		lines := b.lines
		if lines == nil {
			lines = b.allLines()
		}
		r.lines = append(r.lines, lines...)
		lo.doc.body = append(lo.doc.body, lines...)
		return
	}
	if !firstOnPage {
		lo.doc.warn(b.allLines()[0], "row %s: a row without a number follows; its cells are added to row %s", r.path, r.path)
	}
	lo.addCells(r, b, -1, !firstOnPage, grid{}, 0)
}

// setWidths gives each cell column the width of its widest line, for
// telling paragraph ends in joinPieces.
func (lo *pdfLayout) setWidths(t *table) {
	for _, r := range lo.doc.rows {
		for c, ps := range r.given {
			for i, ci := range t.cellCol {
				if ci != c {
					continue
				}
				for _, p := range ps {
					t.sp.cols[i].width = math.Max(t.sp.cols[i].width, float64(p.w))
				}
			}
		}
	}
}

// setShares sets each column's Width to its share of the table's width,
// rounded to thousandths.
func setShares(cols []model.Column, width func(i int) float64) {
	total := 0.0
	for i := range cols {
		total += width(i)
	}
	if total <= 0 {
		return
	}
	for i := range cols {
		cols[i].Width = math.Round(1000*width(i)/total) / 1000
	}
}

// endsAtAnotherAnnex reports whether the table has ended before this page:
// an earlier page opened another annex, or this one does (its first lines
// after the page number are an appendix line, a title and a table header
// of their own: pageOpensAnotherAnnex), which is then warned of. A plan
// printed with two annexes starts the second on a page of its own, whose
// rows would otherwise be read as the first table's under its columns.
func (lo *pdfLayout) endsAtAnotherAnnex(page int, lines []textLine, lineNo func(float64) int) bool {
	if lo.ended || lo.cols == nil {
		return lo.ended
	}
	k, ok := pageOpensAnotherAnnex(lines)
	if !ok {
		return false
	}
	l := lines[k]
	lo.doc.warn(line{text: l.text(), num: lineNo(l.y), page: page}, "another annex begins here (%q); only the first is read: convert the rest on its own", l.text())
	lo.ended = true
	return true
}

// pageOpensAnotherAnnex returns the index of the appendix line ("PHỤ LỤC II")
// that opens a page's lines, after any page number, when a title follows
// it and then a table header (findUnruledHeader).
func pageOpensAnotherAnnex(lines []textLine) (int, bool) {
	k := 0
	for k < len(lines) && isPageNumberText(lines[k].text()) {
		k++
	}
	if k >= len(lines) || !isAppendixLine(lines[k].text()) {
		return 0, false
	}
	rest := lines[k+1 : min(len(lines), k+1+maxHeadingLines+maxHeaderLines)]
	start, _ := findUnruledHeader(rest)
	return k, start > 0
}
