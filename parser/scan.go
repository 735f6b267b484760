package parser

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"annex/model"
)

// row is one table row as the scanner found it: the marker that opened it
// and the lines of its cells in the order they came, with the places where
// a page break cut the row.
type row struct {
	mark   marker
	path   string    // the row's full number for messages: "IV.1.a"
	at     line      // the line holding the marker
	lines  []line    // cell lines; an inline marker's text is the first
	breaks []int     // indices into lines where a new page begins
	given  [][]piece // cells already known from the layout (PDF), per table column; nil for text
}

// document is the scanner's result, before cells are split.
type document struct {
	heading  heading
	columns  []model.Column
	floors   []float64 // per column, the width its header's lines show it has at least (0: none)
	caps     []float64 // per column, the width its header's wrapped lines show it has at most (0: none)
	rows     []*row
	body     []line // every line of the table body that is text, not furniture
	warnings []model.Warning
	trace    *trace // what Inspect reports, when asked for
}

func (d *document) warn(l line, format string, args ...any) {
	d.warnings = append(d.warnings, model.Warning{Page: l.page, Line: l.num, Message: fmt.Sprintf(format, args...)})
}

// headerBounds are the widths a header's lines show its columns have at
// least (floors) and at most (caps), per column; 0 where they show none.
type headerBounds struct{ floors, caps []float64 }

// findHeader locates the table header: the first line after the subtitle
// (or, without one, the first line opening with a number column such as
// "STT") from which header words parse into an annex table. It returns the
// header's first and end line indices.
func findHeader(lines []line) (start, end int, cols []model.Column, bounds headerBounds, ok bool) {
	from := 0
	for i, l := range lines {
		if strings.HasPrefix(l.text, "(") && i < maxHeadingLines {
			from = i + 1
			break
		}
	}
	for pass := 0; pass < 2; pass++ {
		for h := from; h < len(lines) && h < from+maxHeadingLines; h++ {
			p, matched := matchHead(tokenizeHeader(lines[h:h+1]), 0)
			if !matched && h+1 < len(lines) && headWrapsInto(lines[h], lines[h+1]) {
				// "Số" / "TT": the number column's head wrapped in a narrow column
				p, matched = matchHead(tokenizeHeader(lines[h:h+2]), 0)
			}
			if !matched || (pass == 0 && p.role != model.RoleNumber) {
				continue
			}
			e := h
			for e < len(lines) && e-h < maxHeaderLines && columnNumbersAt(lines, e) == 0 && (isHeaderLine(lines[e]) || e > h && endsBrokenHeadWord(lines[e-1], lines[e])) {
				e++
			}
			toks := tokenizeHeader(lines[h:e])
			if cols, ok := parseHeader(toks); ok {
				return h, e, cols, headerBounds{headerFloors(lines[h:e], toks, len(cols)), headerCaps(lines[h:e], toks, len(cols))}, true
			}
		}
	}
	return 0, 0, nil, headerBounds{}, false
}

// headWrapsInto reports whether a head phrase begins on prev and goes on
// into l, the next line: a narrow column wraps its head ("Số" / "TT",
// "Số thứ" / "tự") or breaks its one word ("T" / "T"), and prev opens no
// head alone.
func headWrapsInto(prev, l line) bool {
	before := tokenizeHeader([]line{prev})
	if len(before) == 0 {
		return false
	}
	if _, ok := matchHead(before, 0); ok {
		return false
	}
	p, ok := matchHead(tokenizeHeader([]line{prev, l}), 0)
	return ok && (len(p.words) > len(before) || p.words[0] != before[0].key)
}

// maxHeadingLines bounds how far into the input the header is looked for;
// maxHeaderLines how many lines a header may wrap over (six columns of up
// to four lines each, with room to spare).
const (
	maxHeadingLines = 60
	maxHeaderLines  = 40
)

// numbering tracks the row numbers seen so far, to tell a row number from a
// number that is cell text or a page number.
type numbering struct {
	part, roman, task, letter int
	romanPart                 int // the part the latest roman numeral stands in: under a new part they may start again at I
	romanText, taskText       string
	inTask                    bool
}

// repeatsRoman reports whether m, a roman numeral, is the latest one again
// within the same letter part: a numeral printed twice by mistake. Under a
// new part ("B") the sections may number again from I.
func (n *numbering) repeatsRoman(m marker) bool {
	return m.kind == markRoman && m.value == n.roman && n.roman > 0 && n.romanPart == n.part
}

// maxTaskGap is how far task numbers may jump ahead (a row lost in the
// source) and still be taken for a task number, with a warning.
const maxTaskGap = 2

// plausible reports whether m can be the next row number.
func (n *numbering) plausible(m marker) bool {
	switch m.kind {
	case markPart:
		return m.value == n.part+1
	case markRoman:
		return m.value == n.roman+1 || m.value == 1 || (m.value == n.roman && n.roman > 0)
	case markSubsection:
		return n.roman > 0 && strings.HasPrefix(m.number, n.romanText+".")
	case markTask:
		if strings.Contains(m.number, ".") {
			return true
		}
		return m.value == 1 || (m.value > n.task && m.value <= n.task+1+maxTaskGap)
	case markLetter:
		return n.inTask && (m.value == n.letter+1 || (n.letter == 0 && m.value == 1))
	case markDash:
		return true
	}
	return false
}

// advance records m as the latest row number.
func (n *numbering) advance(m marker) {
	switch m.kind {
	case markPart:
		n.part, n.romanText, n.inTask = m.value, "", false
	case markRoman:
		n.roman, n.romanText, n.inTask, n.romanPart = m.value, m.number, false, n.part
	case markSubsection:
		n.inTask = false
	case markTask:
		if !strings.Contains(m.number, ".") {
			n.task = m.value
		}
		n.inTask, n.letter, n.taskText = true, 0, m.number
	case markLetter:
		n.letter = m.value
	}
}

// path returns the full number of a row opened by m, its parents'
// numbers first ("IV.1.a"); s.num must already have advanced to m.
func (s *scanner) path(m marker) string {
	var parts []string
	if s.num.romanText != "" && m.kind != markPart && m.kind != markRoman && m.kind != markSubsection {
		parts = append(parts, s.num.romanText)
	}
	if (m.kind == markLetter || m.kind == markDash) && s.num.taskText != "" {
		parts = append(parts, s.num.taskText)
	}
	return strings.Join(append(parts, m.number), ".")
}

// isPageNumberText reports whether a line is nothing but a page number as
// printed in headers and footers: "2", "- 2 -", "Trang 2".
func isPageNumberText(text string) bool {
	_, ok := pageNumberValue(text)
	return ok
}

// pageNumberValue returns the page number a line is nothing but, as
// isPageNumberText reads it.
func pageNumberValue(text string) (int, bool) {
	if len(text) > maxPageNumberLen || !hasDigit(text) {
		return 0, false // a body line: turned down before any trimming, as nearly all are
	}
	t := strings.TrimSpace(strings.Trim(text, "-– "))
	most := maxPageDigits
	if len(t) > 6 && strings.EqualFold(t[:6], "trang ") {
		t, most = strings.TrimSpace(t[6:]), maxLabelledPageDigits
	}
	if !isDigits(t) || len(t) > most || zeroPadded(t) {
		return 0, false
	}
	n, _ := strconv.Atoi(t)
	return n, n > 0
}

// maxPageDigits is how many digits a bare page number has at most: a
// year is no page number, though a title wrapped before its year ("… GIAI
// ĐOẠN 2026 -" / "2030", "… TẦM NHÌN ĐẾN NĂM" / "2100") leaves it alone on
// a line, and no annex runs to its thousandth page. A number labelled
// "Trang" is a page's whatever its length (maxLabelledPageDigits).
const (
	maxPageDigits         = 3
	maxLabelledPageDigits = 4
)

// zeroPadded reports whether the digits t open with a zero ("02"): a
// count as plans write it ("02 khóa đào tạo", "01 lớp"), alone on a line
// where a narrow column wraps after it, and no page number, which is
// printed as it is ("2").
func zeroPadded(t string) bool { return len(t) > 1 && t[0] == '0' }

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// maxPageNumberLen is the most bytes a page-number line takes: "– Trang
// 1234 –" is 18, with room for a doubled space or dash.
const maxPageNumberLen = 24

// pageLookahead is how many lines ahead the scanner looks for the task
// number that a page-number candidate might be standing in for.
const pageLookahead = 40

// scanner walks the body lines.
type scanner struct {
	doc        *document
	lines      []line
	headerKeys []string
	num        numbering
	page       int
	cur        *row
	pageBreak  bool // a page break came since the current row's last line
	partWay    bool // the table is taken up part-way (opensExcerpt)
}

// scanDocument finds heading, header and rows.
func scanDocument(lines []line) (*document, error) {
	h, e, cols, bounds, ok := findHeader(lines)
	if !ok {
		return nil, ErrNoTable
	}
	doc := &document{heading: parseHeading(lines[:h]), columns: cols, floors: bounds.floors, caps: bounds.caps, body: make([]line, 0, len(lines)-e)}
	s := &scanner{doc: doc, lines: lines, headerKeys: headerKeysOf(lines[h:e]), page: 1}
	for _, l := range lines[:e] {
		if n, ok := pageNumberValue(l.text); ok && n > s.page {
			s.page = n
		}
		s.page = max(s.page, l.page)
	}
	for i := e; i < len(lines); {
		i += s.step(i)
	}
	if len(doc.rows) == 0 {
		return nil, ErrNoTable
	}
	return doc, nil
}

// step handles the line at i and returns how many lines it consumed.
func (s *scanner) step(i int) int {
	l := s.lines[i]
	if l.ff {
		s.pageBreak = true
		s.page = max(s.page+1, l.page)
	}
	l.page = s.page
	if s.opensAnotherAnnex(i) {
		s.doc.warn(l, "another annex begins here (%q); only the first is read: convert the rest on its own", l.text)
		return len(s.lines) - i
	}
	if n := s.repeatedHeaderLen(i); n > 0 {
		s.pageBreak = true
		return n
	}
	if n := columnNumbersAt(s.lines, i); n > 0 {
		return n
	}
	if s.isPageNumber(i) {
		n, _ := pageNumberValue(l.text)
		s.page, s.pageBreak = n, true
		return 1
	}
	if s.dashOpensRow(i) {
		m, _ := parseNumberCell(l.text)
		s.openRow(m, l)
		return 1
	}
	if n := s.brokenNumberLen(i); n > 0 {
		return n
	}
	if m, ok := parseMarker(l.text); ok && !s.endsNumberedText(i, m) && !s.numbersNameBeforeRow(i, m) && !s.opensDateRange(i, m) && !s.endsDateBeforeRow(i, m) {
		if plausible := s.num.plausible(m); (plausible || s.opensExcerpt(m)) && s.markerFits(m, i) {
			if !plausible {
				s.takeUpPartWay(m, l)
			}
			s.openRow(m, l)
			return 1
		}
	}
	s.addLine(l)
	return 1
}

// endsNumberedText reports whether m, a row number alone on the line at
// i that would start the numbering over ("I" after section II, "1"
// after task 3, a part "A" after rows of none), is instead the end of
// the line before it, which waits for a numeral: a narrow column wraps
// "Cảng cá loại I", "Đại hội khóa XV" or "giai đoạn 1" before it. A real
// row number that starts over follows a row's end, not such a word; nor
// does the section's numeral printed again ("… bệnh viện hạng I, hạng" /
// "II" in section II, repeatsRoman). After
// "thứ", which no cell ends with (danglingWords), any number alone is the
// ordinal's, even the next row's ("Hội nghị lần thứ" / "5" before row 5);
// after a quarter's word waiting for its numeral (endsQuarter), a roman
// numeral up to IV is the quarter's, even the next section's ("Quý I,
// Quý" / "III" in a narrow time column, section II before it); a task
// number that jumps ahead (skipsAhead) after such a word, "số" or a
// region's "Khu vực" (endsRegionName) is the word's.
func (s *scanner) endsNumberedText(i int, m marker) bool {
	if i == 0 || m.rest != "" {
		return false
	}
	prevText := s.lines[i-1].text
	prev := lowerHash(lastWord(prevText))
	if prev == hThu && (m.kind == markTask || m.kind == markRoman) {
		return true // an ordinal wants its number, whatever it is: "Hội nghị lần thứ" / "5"
	}
	if m.kind == markRoman && m.value <= quartersInYear && endsQuarter(prevText, prev) {
		return true
	}
	if s.num.skipsAhead(m) && s.inCells() && awaitsNumeral(prevText, prev) {
		return true // "… Chi nhánh Khu vực" / "9" after task 7: the region's number, not row 9
	}
	return (s.num.restarts(m) || s.num.repeatsRoman(m)) && (numeralWords.has(prev) || numbersNamedUnit(prev, m))
}

// inCells reports whether the row being read holds cells (a task's or a
// sub-task's), not a part's or a section's title.
func (s *scanner) inCells() bool { return s.cur != nil && s.cur.mark.kind.holdsCells() }

// awaitsNumeral reports whether text, whose last word's lowerHash is
// last, ends with a word that waits for a numeral after it: a class, a
// phase, a wave (numeralWords: "giai đoạn", "đợt"), a numbered name's
// "số", or a region's "Khu vực" (endsRegionName).
func awaitsNumeral(text string, last uint64) bool {
	return numeralWords.has(last) || last == hSo || endsRegionName(text, last)
}

// skipsAhead reports whether m, a task number alone, jumps past the next
// task's number (plausible takes such a jump, up to maxTaskGap, for a row
// lost in the source): after a word of a row's cells that waits for a
// numeral ("Khu vực" / "9", "giai đoạn" / "3", "… số" / "5") the number
// is that word's, and the rows go on in turn. A section's title waits for
// none ("PHÁT TRIỂN HẠ TẦNG SỐ" / "6"), and before any task a table may
// start at any number (a page or an excerpt of a longer annex).
func (n *numbering) skipsAhead(m marker) bool {
	return m.kind == markTask && !strings.Contains(m.number, ".") && n.task > 0 && m.value > n.task+1
}

// numbersNamedUnit reports whether m, a task's "1" that would start the
// numbering over inside a task's rows, is the numeral of a name ending
// "số" on the line before ("Tổ Kiểm tra số" / "1", "Trường THCS số" /
// "1"): no task restarts at 1 without a section's or a part's row first,
// while a unit's name numbered so breaks before its number in a narrow
// column. ("… chuyển đổi số" before the next row's number is no restart.)
func numbersNamedUnit(prev uint64, m marker) bool { return prev == hSo && m.kind == markTask }

// numbersNameBeforeRow reports whether m, a task number alone on the
// line at i that the numbering expects, is instead the number a word
// ending the line before waits for ("Đội Quản lý thị trường số" / "3",
// "giai đoạn" / "2"), the row that number belongs to coming after it: the
// next task number, past the rows of parts and sections, is m's again. A
// narrow unit column breaks a numbered unit's name before its number,
// which then reads as the next row's, leaving the real row's number out of
// turn (taken into a section's title). A row whose text ends with "số"
// ("… chuyển đổi số") is followed by the next number, not its own again.
func (s *scanner) numbersNameBeforeRow(i int, m marker) bool {
	if i == 0 || m.kind != markTask || m.rest != "" || !s.inCells() {
		return false // a section's title ("Chuyển đổi số") waits for no number
	}
	prev := lowerHash(lastWord(s.lines[i-1].text))
	if prev != hSo && !numeralWords.has(prev) {
		return false
	}
	return s.taskNumberedAgain(i, m)
}

// taskNumberedAgain reports whether the next task number after line i,
// within numberAgainLookahead lines and past any part's or section's row,
// is m's; a sub-task's letter or dash before it says m numbers its row.
// A number where a page turns is the page's (numberComesAgain).
func (s *scanner) taskNumberedAgain(i int, m marker) bool {
	for j := i + 1; j < len(s.lines) && j <= i+numberAgainLookahead; j++ {
		mj, ok := parseMarker(s.lines[j].text)
		if !ok {
			continue
		}
		switch mj.kind {
		case markTask:
			return mj.number == m.number && !s.atPageTurn(j)
		case markLetter, markDash:
			return false
		}
	}
	return false
}

// numberAgainLookahead is how many lines ahead taskNumberedAgain looks:
// the rest of a row's cells and a part's and a section's headings.
const numberAgainLookahead = 40

// endsQuarter reports whether text, whose last word's lowerHash is last,
// ends with a quarter's word that waits for its numeral ("Quý I, Quý"),
// not a whole period ("hằng quý", "các quý": endsDateUnit).
func endsQuarter(text string, last uint64) bool {
	return last == hQuy && endsDateUnit(text, last)
}

// endsDateBeforeRow reports whether m, a task number alone on the line
// at i, is the number a date's unit ending the line before wants
// ("Tiêm vét vào tháng" / "6"), the line after it numbering the row the
// numbering expects ("5"): a narrow column broke the date there, and a
// row number out of turn right before the one in turn would leave its
// row with no cells.
func (s *scanner) endsDateBeforeRow(i int, m marker) bool {
	if i == 0 || i+1 >= len(s.lines) || m.kind != markTask || m.rest != "" || strings.Contains(m.number, ".") {
		return false
	}
	prev := s.lines[i-1].text
	if !endsDateUnit(prev, lowerHash(lastWord(prev))) {
		return false
	}
	next, ok := parseMarker(s.lines[i+1].text)
	return ok && next.kind == markTask && next.value == s.num.task+1 && m.value != next.value
}

// opensDateRange reports whether m, a number followed by nothing but a
// dash ("4 -"), is the first number of a date range that a narrow time
// column broke after its dash, the date's unit word ending the line
// before ("Tháng" / "4 -" / "tháng 10"), not a row's number: a row's
// number is followed by its content or stands alone, and no content
// opens with a dash alone on its line.
func (s *scanner) opensDateRange(i int, m marker) bool {
	if i == 0 || m.rest != "-" && m.rest != "–" {
		return false
	}
	return numbersDate(lastWord(s.lines[i-1].text), m.number)
}

// endsNumeral reports whether the line before i ends with a word that
// wants a numeral after it ("số", "thứ": "Trường THPT số" / "2", "Hội
// nghị lần thứ" / "3"), which a narrow column put on a line of its own:
// a number there is the text's, where a page whose number it would be
// does not plainly turn (isPageNumber asks).
func (s *scanner) endsNumeral(i int) bool {
	if i == 0 {
		return false
	}
	last := lowerHash(lastWord(s.lines[i-1].text))
	return last == hThu || last == hSo
}

// hSo is lowerHash("số"), a number's word ("Trường số 2").
var hSo = lowerHash("số")

// hThu is lowerHash("thứ"), the ordinal's word.
var hThu = lowerHash("thứ")

// numeralWords wait for a numeral after them: a class, a rank, a group, a
// term, an ordinal, a phase, a wave, a level ("loại I", "hạng A", "khóa
// XV", "lần thứ X", "giai đoạn 1", "đợt 2", "kênh cấp 1", "đường cấp IV").
var numeralWords = lowerWordSet("loại", "hạng", "nhóm", "khóa", "khoá", "thứ", "kỳ", "kì", "đoạn", "đợt", "lần", "phần", "cấp")

// restarts reports whether m, taken as a row number, would start the
// numbering over without a new part to start it: a section "I" after
// other sections of the same part, a task "1" in a task's rows, a part
// "A" after rows of no part.
func (n *numbering) restarts(m marker) bool {
	if m.value != 1 {
		return false
	}
	switch m.kind {
	case markRoman:
		return n.roman >= 1 && n.romanPart == n.part
	case markTask: // after a section's row a task "1" starts its tasks, as they may
		return n.task >= 1 && n.inTask && !strings.Contains(m.number, ".")
	case markPart:
		return n.part == 0 && (n.roman > 0 || n.task > 0)
	}
	return false
}

// brokenNumberLen opens the row whose number a narrow number column
// broke over the line at i and the next (joinBrokenNumber: "II." / "1")
// and returns 2, when the joined number follows the numbering; else 0.
func (s *scanner) brokenNumberLen(i int) int {
	if i+1 >= len(s.lines) {
		return 0
	}
	num, ok := joinBrokenNumber(s.lines[i].text, s.lines[i+1].text)
	if !ok {
		return 0
	}
	m, _ := parseMarker(num)
	if !s.num.plausible(m) {
		return 0
	}
	l := s.lines[i]
	l.page = s.page
	s.openRow(m, l)
	return 2
}

// dashOpensRow reports whether the line at i, a sign alone ("-", "+"),
// numbers a sub-item's row in cell-block text: the table's last column is
// its time, the line before it reads as a time (the row before has ended,
// or a sub-item before it ran over a page break) and a capital opens the
// line after it (the sub-item's content). A "-" alone elsewhere is an
// empty cell's placeholder, and stays text.
func (s *scanner) dashOpensRow(i int) bool {
	l := s.lines[i]
	if !dashNumbers[l.text] || !s.inCells() || i == 0 || i+1 >= len(s.lines) {
		return false
	}
	cols := s.doc.columns
	if len(cols) == 0 || cols[len(cols)-1].Key != model.RoleTimeframe {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s.lines[i+1].text)
	if !unicode.IsUpper(next) {
		return false
	}
	// A sub-item run over a page break may end with any words of its time
	// ("… kể từ ngày văn bản" / page break / "có hiệu lực").
	return looksLikeTime(s.lines[i-1].text) || (s.cur.mark.kind == markDash && len(s.cur.breaks) > 0)
}

// opensAnotherAnnex reports whether the line at i opens a second annex
// in the same text: an appendix line ("PHỤ LỤC II", "PHỤ LỤC 02: …")
// with a table header of its own within maxHeadingLines after it. A plan
// printed with two annexes runs the second's heading and rows on after the
// first's last row, where they would be read as its text and as its rows
// under the other's columns.
func (s *scanner) opensAnotherAnnex(i int) bool {
	if !isAppendixLine(s.lines[i].text) {
		return false
	}
	rest := s.lines[i+1 : min(len(s.lines), i+1+maxHeadingLines+maxHeaderLines)]
	h, e, _, _, ok := findHeader(rest)
	if !ok || h == 0 || slices.ContainsFunc(rest[:h], func(l line) bool { return startsWithMarker(l.text) }) {
		return false // a heading has its title, and no row, between the appendix line and the header
	}
	// A cell's line "Phụ lục 02" before a page's repeated header is no
	// heading: the same header after it opens another annex only under a
	// "(Kèm theo …)" line of its own.
	return !slices.Equal(headerKeysOf(rest[h:e]), s.headerKeys) ||
		slices.ContainsFunc(rest[:h], func(l line) bool { return strings.HasPrefix(l.text, "(") })
}

// startsWithMarker reports whether text opens with a row number ("2",
// "II", "a)").
func startsWithMarker(text string) bool {
	_, ok := parseMarker(text)
	return ok
}

// opensExcerpt reports whether m, no plausible first row number, opens
// the table all the same: it numbers the body's first line as a task or a
// section ("8", "II"), as a table taken up part-way starts (pages of an
// annex converted on their own, an annex going on from another). Else the
// whole table would be text before its first row, and no table found.
// In a table so taken up, the first task may have any number too.
func (s *scanner) opensExcerpt(m marker) bool {
	if len(s.doc.rows) == 0 && len(s.doc.body) == 0 {
		return m.kind == markTask || m.kind == markRoman
	}
	return s.partWay && s.num.task == 0 && m.kind == markTask && !strings.Contains(m.number, ".")
}

// takeUpPartWay notes that row number m, which opensExcerpt let open a
// row, takes the table up part-way, and warns of a section's as the other
// readers do (markerFits warns of tasks missing before a task's).
func (s *scanner) takeUpPartWay(m marker, l line) {
	s.partWay = true
	if m.kind == markRoman {
		s.doc.warn(l, "row number %s does not follow the numbering before it", m.number)
	}
}

// markerFits applies the last checks to a plausible row number: a bare part
// letter must be followed by a title, and a lone task number must be followed
// by something (a row is never empty).
func (s *scanner) markerFits(m marker, i int) bool {
	if i+1 >= len(s.lines) && m.rest == "" {
		return false
	}
	if m.kind == markTask && m.value > s.num.task+1 && !strings.Contains(m.number, ".") {
		s.doc.warn(s.lines[i], "task number %s follows %d: a row may be missing", m.number, s.num.task)
	}
	if s.num.repeatsRoman(m) {
		s.doc.warn(s.lines[i], "section %s appears twice; both kept", m.number)
	}
	return true
}

func (s *scanner) openRow(m marker, l line) {
	s.num.advance(m)
	r := &row{mark: m, at: l, path: s.path(m)}
	if m.rest != "" {
		r.lines = append(r.lines, line{text: m.rest, num: l.num, page: l.page})
	}
	s.doc.rows = append(s.doc.rows, r)
	// The body keeps the number as the plan will print it ("I." → "I").
	s.doc.body = append(s.doc.body, line{text: strings.TrimSpace(m.number + " " + m.rest), num: l.num, page: l.page})
	s.cur, s.pageBreak = r, false
}

func (s *scanner) addLine(l line) {
	s.doc.body = append(s.doc.body, l)
	if s.cur == nil {
		s.doc.warn(l, "text before the first numbered row: %q", l.text)
		return
	}
	if s.pageBreak && len(s.cur.lines) > 0 {
		s.cur.breaks = append(s.cur.breaks, len(s.cur.lines))
	}
	s.pageBreak = false
	s.cur.lines = append(s.cur.lines, l)
}

// isPageNumber decides whether a bare number is a page number rather than a
// task number or cell text. A candidate is the next page's number (or this
// page's, on the first line after a form feed or the last before one). It
// is a page number when it cannot be the next task number, when the text
// after it continues a cell (starts in lowercase, or is a repeated header),
// or when the same number comes again alone shortly after as the real task
// number.
func (s *scanner) isPageNumber(i int) bool {
	l := s.lines[i]
	n, ok := pageNumberValue(l.text)
	if !ok || !(n == s.page+1 || (n == s.page && (l.ff || s.endsPage(i)))) {
		return false
	}
	if s.endsNumeral(i) && !l.ff && !s.endsPage(i) && !s.beforePageTop(i) {
		return false // "Trường THPT số" / "2": the school's number
	}
	m, isMarker := parseMarker(l.text)
	if !isMarker || !s.num.plausible(m) {
		return true
	}
	if i+1 >= len(s.lines) {
		return true
	}
	next := s.lines[i+1]
	if s.beforePageTop(i) {
		return true
	}
	if mn, ok := parseMarker(next.text); ok && s.num.plausible(mn) {
		return true // a row is never empty: a number right before a row number is the page's
	}
	return s.numberComesAgain(i, m)
}

// endsPage reports whether the line at i is the last of its page: a form
// feed follows it, or the table's header printed again, or nothing. There
// a bare number equal to the page's own is its footer's page number, as
// the first line after a form feed is its header's.
func (s *scanner) endsPage(i int) bool {
	return i+1 >= len(s.lines) || s.lines[i+1].ff || s.repeatedHeaderLen(i+1) > 0
}

// numberComesAgain reports whether the bare number at i comes again alone
// before any other row number: then the first was the page number and the
// second the task's; unless the second stands at a page's top (the first
// line after a form feed) or right before one, or ends the page or the
// text (endsPage), where it is the page number.
func (s *scanner) numberComesAgain(i int, m marker) bool {
	for j := i + 1; j < len(s.lines) && j <= i+pageLookahead; j++ {
		mj, ok := parseMarker(s.lines[j].text)
		if !ok || mj.rest != "" {
			continue
		}
		if mj.kind == m.kind && mj.number == m.number && !s.endsNumeral(j) { // after "số": a name's number ("Tổ Kiểm tra số" / "2"), no task's
			return !s.atPageTurn(j)
		}
		if mj.kind != markLetter && s.num.plausible(mj) {
			return false
		}
	}
	return false
}

// atPageTurn reports whether the line at j stands where a page turns:
// first after a form feed, right before a page's top (beforePageTop) or
// last on its page (endsPage). A bare number there is the page's.
func (s *scanner) atPageTurn(j int) bool {
	return s.lines[j].ff || s.beforePageTop(j) || s.endsPage(j)
}

// beforePageTop reports whether the line after i reads as the top of a
// page: a form feed, a repeated header, or a lowercase line that continues
// a cell. A bare number there is the page's (a row never starts in
// lowercase, and is never empty), so an equal number before it was the
// task's.
func (s *scanner) beforePageTop(i int) bool {
	if i+1 >= len(s.lines) {
		return false
	}
	next := s.lines[i+1]
	return next.ff || startsLower(next.text) || s.repeatedHeaderLen(i+1) > 0
}

// repeatedHeaderLen returns how many lines from i repeat the table header
// word for word (a header reprinted at the top of a page), or 0.
func (s *scanner) repeatedHeaderLen(i int) int {
	keys := s.headerKeys
	if len(keys) == 0 {
		return 0
	}
	r0, _ := utf8.DecodeRuneInString(s.lines[i].text)
	k0, _ := utf8.DecodeRuneInString(keys[0])
	if unicode.ToUpper(r0) != k0 || !strings.HasPrefix(strings.ToUpper(firstWord(s.lines[i].text)), keys[0]) {
		return 0 // quick reject: most lines do not start like the header
	}
	k := 0
	for j := i; j < len(s.lines) && k < len(keys); j++ {
		lk := headerKeysOf(s.lines[j : j+1])
		if k+len(lk) > len(keys) {
			return 0
		}
		for x, key := range lk {
			if keys[k+x] != key {
				return 0
			}
		}
		k += len(lk)
		if k == len(keys) {
			return j - i + 1
		}
	}
	return 0
}
