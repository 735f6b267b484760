package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evidence about lines, each a named heuristic with its reason. The costs
// they feed are in split.go.

// endsSentence reports whether a line ends a sentence or clause, after
// which a short line and a capital are an ordinary paragraph end rather than
// a sign that the line belongs to another cell.
func endsSentence(text string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	return sentenceEnds.has(r)
}

// timeFirstWords start the text of a time cell: "Thường xuyên", "Hằng năm",
// "Quý IV/2025", "Trước ngày …", "Sau khi …", "Giai đoạn …", "Năm 2025".
var timeFirstWords = lowerWordSet("thường", "hằng", "hàng", "quý", "quí", "tháng",
	"năm", "ngày", "trước", "sau", "giai", "định", "từ", "đến", "trong", "tuần", "liên", "kịp",
	"hoàn", "dự", "đầu", "cuối", "giữa", "theo", "khi",
	"đợt", "dịp", "mùa", // a campaign's waves ("Đợt 1: …"), an occasion ("Dịp Tết"), a season ("Mùa khô")
	"suốt",         // a whole span ("Suốt kỳ quy hoạch", "Suốt năm học")
	"đêm",          // a night ("Đêm giao thừa", "Đêm 30 Tết")
	"mùng", "mồng", // a lunar month's first ten days ("Mùng 10 tháng Giêng", "Mồng 1 Tết")
	"ngay", // at once ("Ngay khi xảy ra sự cố", "Ngay sau khi Kế hoạch được ban hành")
)

// looksLikeTime reports whether a cell's first line reads as a time or
// deadline: a time word first, or a year or date in it.
func looksLikeTime(text string) bool { return looksLikeTimeO(openingOf(text), text) }

func looksLikeTimeO(o opening, text string) bool {
	return timeFirstWords.has(o.l1) && !namesEvent(o) && !namesStandingBody(o) || hasYearOrDate(text) || namesSchoolTime(o) || namesWholePeriod(o) || namesEachTerm(o, text) || namesSession(o) || namesPeriod(o) || namesDayPart(o) || namesPeak(o) || namesCropSeason(o) || namesPluralTime(o) ||
		namesWeekday(o) || namesClockTime(o)
}

// namesClockTime reports whether a line opens with an hour of the clock,
// "19 giờ 00", "8 giờ" or "14h30", "7h": an event's time ("19 giờ 00,
// ngày 15/9/2033"), its date often on the lines after it.
func namesClockTime(o opening) bool {
	if h, m, ok := strings.Cut(o.w1, "h"); ok && isHour(h) && (m == "" || len(m) == 2 && isDigits(m)) {
		return true
	}
	return isHour(o.w1) && trimmedHash(o.w2, o.l2, trailClause) == hGio
}

// isHour reports whether w is an hour's number, 0 to 24 in one or two
// digits.
func isHour(w string) bool {
	if len(w) == 0 || len(w) > 2 || !isDigits(w) {
		return false
	}
	n, _ := strconv.Atoi(w)
	return n <= maxHour
}

// maxHour is the last hour of a day's clock.
const maxHour = 24

// hGio is lowerHash("giờ"), the clock's hour.
var hGio = lowerHash("giờ")

// namesWeekday reports whether a line opens with a day of the week,
// "Thứ" and its number's word ("Thứ Bảy hằng tuần", "Thứ Hai đầu
// tháng") or "Chủ nhật": the time of a recurring task. "Thứ" alone is
// no time ("Thứ tự …"), nor is "Chủ" ("Chủ tịch").
func namesWeekday(o opening) bool {
	w2 := trimmedHash(o.w2, o.l2, trailClause)
	return o.l1 == hThu && weekdayWords.has(w2) || o.l1 == hChu && w2 == hNhat
}

// weekdayWords name the days of the week after "Thứ".
var weekdayWords = lowerWordSet("hai", "ba", "tư", "năm", "sáu", "bảy")

// hNhat is lowerHash("nhật"), Sunday's second word ("Chủ nhật").
var hNhat = lowerHash("nhật")

// namesStandingBody reports whether a line opening with "Thường" names
// a standing body, not a time: "Thường vụ" (the standing board, "Ban
// Thường vụ" broken after "Ban"), "Thường trực" (the standing committee).
// "Thường" is a time's only with a time's next word ("Thường xuyên",
// "thường kỳ") or alone.
func namesStandingBody(o opening) bool {
	return o.l1 == hThuong && o.w2 != "" && !timeSecondWords.has(trimmedHash(o.w2, o.l2, trailClause))
}

var hThuong = lowerHash("thường")

// namesEvent reports whether a line opening with a day's, a month's or a
// week's word names an event rather than a date: the word followed by
// another word that is no number and no part of the period ("Ngày hội
// được tổ chức", "Tháng hành động vì trẻ em", "Tuần lễ văn hóa"), where a
// date goes on with its number ("Ngày 30/6", "Tháng 10/2026") or a part
// ("Tháng cuối quý", "Tuần đầu tháng").
func namesEvent(o opening) bool {
	if o.l1 != hNgay && o.l1 != hThang && o.l1 != hTuan || o.w2 == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(o.w2)
	w2 := trimmedHash(o.w2, o.l2, trailClause)
	return unicode.IsLetter(r) && romanValue(trimPairPunct(o.w2)) == 0 && !periodParts.has(w2) && !lunarMonths.has(w2)
}

// lunarMonths are the lunar months said by name, not number, after
// "tháng" ("tháng Giêng", the first; "tháng Chạp", the twelfth), as
// plans for the lunar new year date their tasks.
var lunarMonths = lowerWordSet("giêng", "chạp")

// periodParts name a part of a period after its word ("tháng cuối quý",
// "tuần đầu tháng"), or another period ("ngày, tháng").
var periodParts = lowerWordSet("cuối", "đầu", "giữa", "thứ", "hằng", "hàng", "này", "tới", "sau", "trước",
	"năm", "tháng", "quý", "quí", "tuần", "ngày")

// namesDayPart reports whether a line opens with a part of the day ("Ban
// đêm, ngày lễ", "Ban ngày"), the time of patrols and checks, or with a
// part of a day named ("Sáng ngày" / "10/8/2030", "Tối ngày khai mạc",
// "Tối thứ Bảy hằng tuần", "Sáng Chủ nhật"), the time of an event's item
// or of a weekly one. "Ban" alone opens a unit's name ("Ban Chỉ đạo"),
// "Tối" alone a limit ("Tối đa", "Tối thiểu").
func namesDayPart(o opening) bool {
	w2 := trimmedHash(o.w2, o.l2, trailClause)
	if o.l1 == hBan {
		return w2 == hDem || w2 == hNgay
	}
	return dayParts.has(o.l1) && (w2 == hNgay || w2 == hThu || w2 == hChu)
}

// dayParts are the parts of a day that open a time before "ngày".
var dayParts = lowerWordSet("sáng", "trưa", "chiều", "tối", "đêm")

// namesPeak reports whether a line opens with "Cao điểm", a campaign's
// peak, as plans of the police and of traffic safety set a time ("Cao
// điểm dịp Tết", "Cao điểm 100 ngày đêm"). Not a time only: a task may
// open so ("Cao điểm tấn công …"), which looksLikeTime does not mind in a
// content column.
func namesPeak(o opening) bool { return o.l1 == hCao && trimmedHash(o.w2, o.l2, trailClause) == hDiem }

// namesPluralTime reports whether a line opens with a plural determiner
// and a time's unit or an occasion ("Các dịp lễ, Tết", "Các tháng cao
// điểm", "Những năm tiếp theo"), a time said over many of them. "Các"
// alone opens units ("Các sở, ngành"), which no time's unit follows; a
// campaign's waves ("Các đợt kiểm tra") are left out, since they open
// products as often as times. Capitalised only: in lowercase they go on a
// time already begun ("Năm 2026 và" / "các năm tiếp theo").
func namesPluralTime(o opening) bool {
	if !pluralDeterminers.has(o.l1) {
		return false
	}
	if !capitalised(o.w1) {
		return false
	}
	h := trimmedHash(o.w2, o.l2, trailClause)
	return periodUnits.has(h) || h == hDip
}

// pluralDeterminers open a plural noun phrase, namesPluralTime's first word.
var pluralDeterminers = lowerWordSet("các", "những")

// namesCropSeason reports whether a line opens with a crop season, "Vụ"
// and the season's word ("Vụ Đông Xuân", "Vụ Hè Thu", "vụ Mùa"), the time
// farming plans set their tasks in. "Vụ" alone opens a ministry's
// department ("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"), which no
// season's word names.
func namesCropSeason(o opening) bool {
	return o.l1 == hVu && cropSeasons.has(trimmedHash(o.w2, o.l2, trailClause))
}

// cropSeasons are the seasons' words namesCropSeason knows after "Vụ".
var cropSeasons = lowerWordSet("xuân", "hè", "thu", "đông", "mùa", "chiêm")

// namesPeriod reports whether a line opens with a count of a time's unit,
// a period said as how often ("03 năm một lần", "6 tháng/lần", "02 tuần"),
// or a count of times in one ("02 lần/tháng"): a number of at most two
// digits, then "năm", "tháng", "tuần", "ngày" or "quý", or "lần/" and one
// of them; or with such a unit after a spelled count or a word of each
// (eachWords, spelledCounts). A document or a unit does not open so.
func namesPeriod(o opening) bool {
	if eachWords.has(o.l1) || spelledCounts.has(o.l1) {
		return periodUnits.has(trimmedHash(o.w2, o.l2, trailPunct)) // "Mỗi quý", "Từng tháng", "Hết tháng 6", "Sáu tháng đầu năm"
	}
	if len(o.w1) > 2 || !isDigits(o.w1) {
		return false
	}
	unit, after, per := strings.Cut(o.w2, "/") // "tháng/lần"
	if per {
		if lowerHash(unit) == hLan {
			return periodUnits.has(lowerHash(strings.TrimRight(after, ".,;:"))) // "lần/tháng"
		}
		return periodUnits.has(lowerHash(unit))
	}
	return periodUnits.has(trimmedHash(o.w2, o.l2, trailPunct))
}

// eachWords say each or every one of a period, or up to its end, before
// its unit ("Mỗi quý", "Từng tháng", "Hết tháng 6"); spelledCounts are
// the counts a period is spelled with ("Sáu tháng đầu năm", "Hai năm một
// lần"), "Năm" aside, a time word of its own. A document or a unit does
// not open so: "Ba Đình" has no time's unit after it.
var (
	eachWords     = lowerWordSet("mỗi", "từng", "hết")
	spelledCounts = lowerWordSet("một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
)

// namesEachTerm reports whether a line opens with a word of each or a
// spelled count and a school's term ("Mỗi học kỳ một lần", "Hai học kỳ"),
// as namesPeriod reads "Mỗi quý": its units are one word, a term two.
// "Mỗi học sinh" is no time.
func namesEachTerm(o opening, text string) bool {
	if !eachWords.has(o.l1) && !spelledCounts.has(o.l1) || o.l2 != hHoc {
		return false
	}
	_, rest, _ := strings.Cut(text, " ")
	_, w3 := firstTwo(rest)
	h := lowerHash(trailPunct.trimRight(w3))
	return h == hKy || h == hKi
}

// hLan is lowerHash("lần"), a count of times.
var hLan = lowerHash("lần")

// periodUnits are the units a period is counted in (namesPeriod).
var periodUnits = lowerWordSet("năm", "tháng", "tuần", "ngày", "quý", "quí")

// namesSession reports whether a line opens with a council's session
// ("Kỳ họp thứ 10", "Kỳ họp cuối năm 2026"), the deadline of a text to be
// submitted to it, as plans listing documents to draft set it.
func namesSession(o opening) bool { return o.l1 == hKy && o.l2 == hHop }

// namesSchoolTime reports whether a line opens with a school's term, as
// the plans of schools and education offices set deadlines ("Học kỳ I",
// "Học kì II"), or with the summer holidays they set training in ("Hè
// hằng năm", "Hè 2045"). "Học" alone is no time: "Học viện …" is a unit.
func namesSchoolTime(o opening) bool {
	return o.l1 == hHoc && (o.l2 == hKy || o.l2 == hKi) || o.w1 == "Hè" && (o.w2 == "" || everyWords.has(o.l2) || isYear(o.w2))
}

// everyWords say "every" before a period ("hằng năm", "hàng tháng").
var everyWords = lowerWordSet("hằng", "hàng")

// namesWholePeriod reports whether a line opens with a whole period, "Cả"
// and the period's word ("Cả năm", "Cả năm học", "Cả tháng", "Cả nhiệm
// kỳ"): a task that runs throughout. "Cả" alone is no time: "Cả hệ thống
// chính trị" is a lead.
func namesWholePeriod(o opening) bool { return o.l1 == hCa && wholePeriods.has(o.l2) }

// wholePeriods are the periods namesWholePeriod knows after "Cả".
var wholePeriods = lowerWordSet("năm", "tháng", "quý", "quí", "tuần", "đợt", "nhiệm", "giai", "kỳ", "kì")

// opening is a line's first two words, as printed and as lowerHash gives
// them: most evidence looks at them in lowercase, and hashing a word in
// lowercase costs less than making its lowercase form.
type opening struct {
	w1, w2 string
	l1, l2 uint64 // lowerHash of w1 and w2
}

func openingOf(text string) opening {
	w1, w2 := firstTwo(text)
	return opening{w1, w2, lowerHash(w1), lowerHash(w2)}
}

// trimmedHash is lowerHash of w without the trailing characters in cut,
// from w's own hash h when there are none to trim, as there mostly are not.
func trimmedHash(w string, h uint64, cut *runeSet) uint64 {
	if w == "" || !cut.hasByte(w[len(w)-1]) {
		return h
	}
	return lowerHash(cut.trimRight(w))
}

// Punctuation the evidence trims from a word or looks for at a line's end.
var (
	trailComma     = newRuneSet(",")
	listSeparators = newRuneSet(",;")
	trailClause    = newRuneSet(",;.")
	trailPunct     = newRuneSet(".,;:")
	codeTrail      = newRuneSet(".,;:)")
	sentenceEnds   = newRuneSet(".;:!?”\")…")
	openBreakers   = newRuneSet(",;.:-–(")
	closingPunct   = newRuneSet(").,;:”»]")
)

// Hashes of the words that the evidence names one by one.
var (
	hQuy, hQui, hKhi, hGiai  = lowerHash("quý"), lowerHash("quí"), lowerHash("khi"), lowerHash("giai")
	hMoi                     = lowerHash("mỗi")
	hNam, hThang, hNgay      = lowerHash("năm"), lowerHash("tháng"), lowerHash("ngày")
	hTuan                    = lowerHash("tuần")
	hHoc, hKy, hKi, hCa      = lowerHash("học"), lowerHash("kỳ"), lowerHash("kì"), lowerHash("cả")
	hHop, hVong, hTrong      = lowerHash("họp"), lowerHash("vòng"), lowerHash("trong")
	hDinh                    = lowerHash("định")
	hBan, hDem               = lowerHash("ban"), lowerHash("đêm")
	hCao, hDiem              = lowerHash("cao"), lowerHash("điểm")
	hDip                     = lowerHash("dịp")
	hVu                      = lowerHash("vụ")
	hKhu, hVuc               = lowerHash("khu"), lowerHash("vực")
	hCua                     = lowerHash("của")
	hDu, hThao               = lowerHash("dự"), lowerHash("thảo")
	hDoan                    = lowerHash("đoạn")
	hChu, hTich, hGiam, hDoc = lowerHash("chủ"), lowerHash("tịch"), lowerHash("giám"), lowerHash("đốc")
	hBi, hThuTitle           = lowerHash("bí"), lowerHash("thư")
	hChanh                   = lowerHash("chánh")
	hKyTitle                 = lowerHash("ký")   // "Thư ký": a secretary's, a secretariat's title ("Ban thư ký Hội đồng …")
	hTruc                    = lowerHash("trực") // "Thường trực": a standing deputy's or secretary's title ("Phó Chủ tịch Thường trực")
)

// startsLikeTimeOnly reports whether text starts the way only time cells
// start: "Quý …", or a capitalised "Thường xuyên", "Hằng năm", "Hàng
// quý", "Trước ngày", "Định kỳ" (the first word alone when the line wraps
// after it), "Sau khi …".
// Lowercase "hàng" is no such start: it ends "Ngân hàng"; nor "quý",
// which ends "hằng quý" ("Báo cáo định kỳ hằng" / "quý" in a notes cell).
func startsLikeTimeOnly(text string) bool {
	o := openingOf(text)
	return startsLikeTimeOnlyO(o) || countsFromEvent(o, text)
}

// countsFromEvent reports whether a line opens with "Sau" and counts a
// time from an event ("Sau thiên tai 10 ngày", "Sau 15 ngày kể từ …", "Sau
// mỗi vụ thu hoạch"): a deadline, as time cells set it. "Sau" opening a
// unit's or a product's name does not count so, and "Sau đó" goes on a
// sentence.
func countsFromEvent(o opening, text string) bool {
	if o.w1 != "Sau" || o.w2 == "" {
		return false
	}
	if o.l2 == hMoi {
		return true
	}
	return holdsPeriod(text)
}

// holdsPeriod reports whether text counts a period somewhere in it, as
// namesPeriod reads one at a line's start ("10 ngày", "03 tháng").
func holdsPeriod(text string) bool {
	for rest := text; rest != ""; {
		if namesPeriod(openingOf(rest)) {
			return true
		}
		_, rest, _ = strings.Cut(rest, " ")
	}
	return false
}

func startsLikeTimeOnlyO(o opening) bool {
	switch trimmedHash(o.w1, o.l1, trailComma) {
	case hQuy, hQui:
		// Lowercase "quý" ends "hằng quý" as well; with its number after
		// it ("quý III/2025") it is a time all the same.
		r, _ := utf8.DecodeRuneInString(o.w1)
		return unicode.IsUpper(r) || namesQuarter(o.w2)
	}
	if namesSession(o) && o.w1 == "Kỳ" {
		return true // "Kỳ họp …" opens only a time
	}
	if boundsDate(o) {
		return true // "Trước 15/3/2038", "Từ 01/4 đến …"
	}
	switch o.w1 {
	case "Thường", "Hằng", "Hàng", "Trước", "Định":
		return o.w2 == "" || timeSecondWords.has(trimmedHash(o.w2, o.l2, trailClause))
	case "Sau":
		return o.w2 != "" && o.l2 == hKhi // "Sau khi có Quy chế …", "Sau khi được phê duyệt"
	case "Ngay":
		return atOnceWords.has(trimmedHash(o.w2, o.l2, trailClause)) // "Ngay khi xảy ra sự cố", "Ngay sau khi …"
	case "Tháng":
		return opensWithDigit(o.w2) // "Tháng 6 và tháng 12", "Tháng 3/2026": a month's number opens no unit, document or source of money
	case "Năm":
		return isYear(strings.TrimRight(o.w2, ",;:")) // "Năm 2030 và các năm tiếp theo": a year opens no unit or document
	}
	return false
}

// boundsDate reports whether a line opens with a bound of dateBounds,
// capitalised, and a date's numbers, "Trước 15/3/2038", "Từ 01/4 đến
// 20/4/2038": a deadline or a span, as only time cells open (a task, a
// unit or a product opens with no bare date after them).
func boundsDate(o opening) bool {
	return dateBounds.has(o.l1) && capitalised(o.w1) && opensWithDigit(o.w2) && hasYearOrDate(o.w2)
}

// dateBounds are the time bounds (timeBounds) that open only a time
// before a date's numbers. Not "Đến" or "Tới": a target reached by a year
// opens a target cell so too ("Đến 2030 đạt 100%").
var dateBounds = lowerWordSet("trước", "từ")

// namesQuarter reports whether w, the word after "quý", numbers the
// quarter: a roman or arabic numeral, perhaps with its year ("III/2025)").
func namesQuarter(w string) bool {
	num, _, _ := strings.Cut(strings.TrimRight(w, ".,;:)"), "/")
	r, _ := utf8.DecodeRuneInString(num)
	return romanValue(num) > 0 || unicode.IsDigit(r)
}

// isQuarterNumber reports whether text is nothing but a quarter's roman
// numeral and its year ("III/2073", "IV/2025;"): the rest of a time a
// narrow column broke after "Quý", which no other cell opens with. Like a
// bare date (isDateOnly) it opens a time cell and no other.
func isQuarterNumber(text string) bool {
	if text == "" || text[0] != 'I' {
		return false // the common case: every quarter's numeral (I to IV) opens with "I"
	}
	num, year, ok := strings.Cut(strings.TrimRight(text, ".,;:)"), "/")
	v := romanValue(num)
	return ok && v > 0 && v <= quartersInYear && isYear(year)
}

// firstTwo returns the first two words of a normalised line ("" if absent).
func firstTwo(text string) (w1, w2 string) {
	w1, rest, _ := strings.Cut(text, " ")
	w2, _, _ = strings.Cut(rest, " ")
	return w1, w2
}

// atOnceWords follow "Ngay" in a time that starts at once: "Ngay khi
// …", "Ngay sau khi …", "Ngay từ đầu năm", "Ngay trong tháng 01".
var atOnceWords = lowerWordSet("khi", "sau", "từ", "trong", "đầu")

var timeSecondWords = lowerWordSet("xuyên", "năm", "quý", "quí", "tháng", "ngày", "tuần", "kỳ")

// joinsWithoutSpace reports whether a wrapped line continues its previous
// line without a space: a document number broken after its hyphen ("05-" /
// "KH/TU", "2021-" / "2030"), a hyphenated word after its hyphen ("các-" /
// "bon", a loanword's syllables). A hyphen after a space is a dash and a hyphen
// before a common word ("2025-" / "Quý II") is a range, both keep a space
// (but see yearRangeBroken).
func joinsWithoutSpace(prev, next string) bool {
	if numberBrokenAcross(prev, next) || startsClosing(next) || brokenInsideWord(prev, next) {
		return true
	}
	if len(prev) < 2 || prev[len(prev)-1] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return false
	}
	w := firstWord(next)
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) || unicode.IsLetter(before) && unicode.IsLower(r) {
		return true // "2021-" / "2030"; a hyphenated word broken at its hyphen: "các-" / "bon"
	}
	return isCodeWord(w)
}

// yearRangeBroken reports whether prev ends with a year and a dash after
// a space and next opens with a year: a range of years broken after its
// dash, "2026 -" / "2030". The lines cannot tell "2026 - 2030" from
// "2026 -2030" (the seed writes it so); the document's other ranges can
// (tightYearRanges).
func yearRangeBroken(prev, next string) bool {
	body, ok := strings.CutSuffix(prev, " -")
	return ok && isYear(lastWord(body)) && opensWithYear(next)
}

// opensWithYear reports whether text's first word is a year, punctuation
// after it aside ("2030)", "2030;").
func opensWithYear(text string) bool {
	return isYear(strings.TrimRight(firstWord(text), ",;.:)"))
}

// tightYearRanges reports whether a document's ranges of years printed
// on one line are mostly written without spaces around the dash
// ("2021-2030", "2026 -2030") rather than with them ("2026 - 2030"): a
// range broken after a spaced dash (yearRangeBroken) is then joined
// tight. With no range on one line the space is kept, as most documents
// write it.
func tightYearRanges(lines []line) bool {
	tight, spaced := 0, 0
	for _, l := range lines {
		t := l.text
		for i := strings.IndexByte(t, '-'); i >= 0; i = nextDash(t, i) {
			before, after := strings.TrimSuffix(t[:i], " "), strings.TrimPrefix(t[i+1:], " ")
			if !isYear(lastWord(before)) || !opensWithYear(after) {
				continue
			}
			if len(before) < i && len(after) < len(t)-i-1 {
				spaced++
			} else {
				tight++
			}
		}
	}
	return tight > spaced
}

// nextDash returns the index of the next "-" in t after index i, or -1.
func nextDash(t string, i int) int {
	if j := strings.IndexByte(t[i+1:], '-'); j >= 0 {
		return i + 1 + j
	}
	return -1
}

// isYear reports whether w is a year of this century or the last.
func isYear(w string) bool {
	return len(w) == 4 && isDigits(w) && (w[:2] == "19" || w[:2] == "20")
}

// isLabelLetter reports whether text is one capital letter and nothing
// else ("B" of "Dự án nhóm" / "B", "A" of "loại" / "A"): the label of the
// word before it, which a narrow column wraps onto a line of its own
// though it looks as if it would have fit; no cell is that letter alone.
func isLabelLetter(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	return size == len(text) && unicode.IsUpper(r)
}

// maxOutcomeSubject is how many words the thing a result names runs to
// before its "được" (statesOutcome).
const maxOutcomeSubject = 2

// statesOutcome reports whether text opens with a capitalised thing of at
// most maxOutcomeSubject words and "được" after it ("Thông tin được đăng
// tải", "Học sinh được hỗ trợ", "Công trình được đưa vào sử dụng"): a
// result, as a product column states one, and no unit's name, which
// never holds the passive "được". makePieceIn asks it only of a line that
// does not open as a unit's cell usually does ("Đơn vị được giao …").
func statesOutcome(text string) bool {
	after, ok := capitalisedOpening(text, maxOutcomeSubject+1, func(i int, w string) bool { return i > 0 && w == "được" })
	return ok && after != ""
}

// capitalisedOpening finds, among the first n words of text when it opens
// with a capital, the first that match accepts (given its index), and
// returns the text after it.
func capitalisedOpening(text string, n int, match func(i int, w string) bool) (after string, ok bool) {
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) {
		return "", false
	}
	rest := text
	for i := range n {
		w, after, _ := strings.Cut(rest, " ")
		if match(i, w) {
			return after, true
		}
		if after == "" {
			return "", false
		}
		rest = after
	}
	return "", false
}

// maxLabelWords is how many words a paragraph's label runs to, its colon
// on the last ("Cơ quan phối hợp:").
const maxLabelWords = 4

// opensWithLabel reports whether text opens with a capitalised label of
// at most maxLabelWords words ending in a colon ("Chủ trì: Sở Tư pháp",
// "Phối hợp: các sở, ngành"): a cell that sets its parts under labels
// ("Phân công thực hiện": who leads, who helps) puts each on a line of
// its own, a new paragraph however short the line above it, as a bullet
// item is. A clock's time ("8:30") is no label.
func opensWithLabel(text string) bool {
	_, ok := capitalisedOpening(text, maxLabelWords, func(_ int, w string) bool { return strings.HasSuffix(w, ":") })
	return ok
}

// brokenInsideWord reports whether next goes on with the end of prev's
// last word: a column narrower than a word breaks it inside ("KH&C" /
// "N", "Thươn" / "g; …"), and what is left is a lone consonant, which no
// Vietnamese word is. A roman numeral's letter ("Phần" / "V") is one,
// and so is a capital after a lowercase letter ("Dự án nhóm" / "B"): a
// word broken so would change case inside.
func brokenInsideWord(prev, next string) bool {
	w := strings.TrimRight(firstWord(next), ",;.:")
	return endsWithLetter(prev) && isLoneConsonant(w) && romanValue(w) == 0 && !changesCase(prev, w) || brokenInsideSlashed(prev, next)
}

// brokenInsideSlashed reports whether next goes on with the end of a
// word of parts joined by slashes, with no space to wrap at, that a column
// narrower than it broke inside ("≥ 95 triệu đồng/ngườ" / "i/năm"):
// prev's last word holds a slash and ends with a letter, and next's first
// word holds a slash after a syllable's broken tail of one lowercase
// letter, which no word of a unit is. Two whole slashed words on two
// lines ("02 lần/tháng" / "đề/học kỳ") keep their space.
func brokenInsideSlashed(prev, next string) bool {
	last, first := lastWord(prev), firstWord(next)
	tail, _, ok := strings.Cut(first, "/")
	if !ok || !strings.ContainsRune(last, '/') || !endsWithLetter(last) {
		return false
	}
	r, size := utf8.DecodeRuneInString(tail)
	return size == len(tail) && unicode.IsLower(r)
}

// changesCase reports whether the letter w opens with is a capital while
// prev ends with a lowercase one.
func changesCase(prev, w string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	b, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(a) && unicode.IsUpper(b)
}

// isCodeWord reports whether a word is a document-number code: capitals and
// digits with at least two capitals and at most one lowercase letter
// ("KH/TU", "CT/TW", "TTg", "UBND").
func isCodeWord(w string) bool {
	w = codeTrail.trimRight(w)
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			if lower++; lower > 1 {
				return false // most words: no need to read on
			}
		case unicode.IsDigit(r), r == '/', r == '-', r == '&':
		default:
			return false
		}
	}
	return upper >= 2 && lower <= 1
}

// Unit and product cells start with a small vocabulary: agencies ("Sở",
// "Ủy ban", "UBND", "Các sở", "Công an", "Văn phòng" …) and documents ("Báo
// cáo", "Văn bản", "Kế hoạch", "Quyết định" …). A lead or coordinating cell
// starting with a document word, a product cell starting with an agency
// word, or either starting with any other word is likelier to be a wrapped
// name ("Sở Công" / "Thương") or the wrong column than a new cell. Two-word
// entries settle words that start both ("Văn phòng" / "Văn bản").
var agencyStarts = newVocabulary(
	"sở", "ủy", "uỷ", "ubnd", "các", "ban", "bộ", "công an", "văn phòng", "cơ quan", "chi", "trung",
	"hội đồng", "hội", "đài", "báo và", "liên", "tỉnh", "thành", "huyện", "xã", "phường", "ngân", "cục",
	"phòng", "viện", "trường", "đảng", "thanh", "kho bạc", "bảo", "doanh", "tổng", "mặt", "hiệp", "tòa",
	"toà", "quân", "đơn", "tổ", "hđnd", "mttq", "đoàn", "những", "tập", "người", "lãnh", "nhà", "chủ",
	"đại", "học", "trạm", "vụ", "đội", "lực", "ubmttq", "bch", "bchqs", "ngành", "địa", "cấp", "hợp",
	"hộ", "cá", "công ty", "tòa án", "thường trực", "sở,", "đảng ủy",
	"đ/c", "đồng chí", "ông", "bà", // a named official ("Đ/c Nguyễn Thị Hoa, Phó Chủ tịch UBND xã")
	"công chức", "cán bộ", "trưởng", // a commune's: "Công chức Tư pháp - Hộ tịch", "Trưởng thôn"
	"bệnh viện", "công đoàn", "cảnh sát", "kiểm toán", "hải quan", "cảng vụ", "thư viện", "bưu điện", // services and forces
	"thuế", "thống kê", "thi hành", // offices named since 2025 without "Cục": "Thuế tỉnh", "Thống kê tỉnh", "Thi hành án dân sự tỉnh"
	"doanh nghiệp", "chủ đầu", "nhà đầu", // who carry out a task, and who pay for it (fundingStarts)
	"đồn",  // a border or police post
	"khoa", // a hospital's or a university's department ("Khoa Khám bệnh", "Khoa Ngữ văn"); "Khoa học" opens a product (productStarts)
	"hạt",  // a district's forest rangers ("Hạt Kiểm lâm")
)

// nameTails are two-word openings that continue a unit's name and do not
// start one: "Nhà nước" ends "Ngân hàng Nhà nước", "Kho bạc Nhà nước",
// "Kiểm toán Nhà nước", though "Nhà" alone may start a unit ("Nhà văn hóa");
// "Cộng sản", "Hồ Chí" and "Việt Nam" end the names of the mass
// organisations most plans list ("Đoàn Thanh niên Cộng sản Hồ Chí Minh",
// "Ủy ban Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên", "Hội Chữ thập
// đỏ", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ"), and "Hồ" alone
// opens a product ("Hồ sơ");
// "Trung học" ends a school's or an education office's name ("Phòng
// Giáo dục Trung học", "Trường Trung học cơ sở"), though "Trung" alone
// opens "Trung tâm"; "Công Thương" ends the trade ministry's and
// department's ("Bộ Công" / "Thương"), though "Công" alone opens "Công an".
// "Giáo dục", "Nội vụ", "Tư pháp", "Ngoại vụ", "Tài chính", "Y tế" …
// are the fields of departments and offices ("Sở Giáo dục và Đào tạo",
// "Phòng Tư pháp", "Bộ Xây dựng"), whose head a one-space seam or a
// narrow column leaves on the line before ("… vào Sở" / "Giáo dục và Đào
// tạo", "Phòng" / "Tư pháp VP", "Bộ trưởng Bộ" / "Xây dựng"); no unit is
// named by its field alone. "Văn hóa" is not one: a commune's officer is
// named so ("Văn hóa - Xã hội"). (Every rendering set, 73,680 fields:
// cell-block 728 -> 697, column-aligned 1,128 -> 1,108 wrong, none worse;
// with "Văn hóa", three renderings of a commune's plan worse.) "Đo lường"
// and "Chất lượng" are the fields of the standards offices ("Chi cục
// Tiêu chuẩn Đo lường Chất lượng", "Cục Quản lý Chất lượng"), which a
// narrow column breaks before either (1,560 renderings: cell-block
// 702 -> 688, none worse; either alone kept half of it). A holiday's name
// goes on its "Tết" the same way: a narrow time column broke "Dịp Tết" /
// "Nguyên đán và rằm tháng Giêng", whose capitalised second line had
// opened the funding cell beside it (1,234 renderings: cell-block 477 ->
// 465, none worse).
var nameTails = newVocabulary("nhà nước", "cộng sản", "hồ chí", "tổ quốc", "việt nam", "thanh niên", "chữ thập", "cựu chiến",
	"trung học", "phụ nữ", "công thương", "giáo dục", "nội vụ", "tư pháp", "ngoại vụ", "tài chính", "y tế", "lao động", "nông nghiệp", "tài nguyên", "giao thông", "xây dựng", "thông tin", "chất lượng", "đo lường",
	"tết nguyên", "tết dương") // a holiday's name after its "Tết" ("Dịp Tết" / "Nguyên đán", "Dương lịch"); not "Trung thu", whose "Trung" opens "Trung tâm …"

var productStarts = newVocabulary(
	"báo cáo", "văn bản", "kế", "quyết", "tờ", "đề", "nghị", "hướng", "chương", "tin", "thông",
	"danh", "hệ", "tài", "dự", "phần", "số", "bản", "sản", "mô", "cẩm", "quy", "tiêu", "kết", "biên",
	"ấn", "video", "bài", "hồ", "cổng", "nền", "ứng", "dịch", "tham", "triển", "tuyên", "giấy",
	"công văn", "hội nghị", "hội thảo", "cơ sở", "bộ tiêu", "bộ chỉ", "bộ công", "chỉ", "lớp", "các văn",
	"các báo", "các quyết", "các kế", "chuyên", "clip", "phóng", "trang", "bảng", "sổ",
	"khung", "phương", "giải", "đánh", "tổ chức", "tổng hợp", "ban hành", "nội", "thư", "công bố",
	"tỷ", "tỉ", "dữ", "kho", "kịch", "các lớp", "các cuộc", "công trình", "liên hoan",
	"hội thao", "hội thi", "hội diễn", "hội chợ", "đại hội", "cuộc thi", // events held: a sports day, a contest, a show, a fair, a congress
	"hội khỏe", "hội khoẻ", // the schools' sports festival ("Hội khỏe Phù Đổng")
	"phòng học",           // classrooms built or equipped ("Phòng học bộ môn"); no department opens so ("Phòng" opens units: agencyStarts)
	"lễ",                  // a ceremony held ("Lễ trao giải", "Lễ phát động", "Lễ kỷ niệm"): no unit's name opens with it
	"không",               // a target said as what must not happen ("Không để xảy ra ùn tắc"); a funding cell's "Không" as well
	"giảm", "tăng", "đạt", // a target said as a change or a level reached ("Giảm tỷ lệ học sinh yếu dưới 3%")
	"khoa học",     // a study or its findings ("Khoa học dữ liệu …"), no department ("Khoa" opens units: agencyStarts)
	"phiếu",        // a form filled in or returned ("Phiếu khảo sát", "Phiếu kết quả thử nghiệm", "Phiếu lấy ý kiến")
	"chương trình", // as "chương", and said whole: it opens a funding cell too (fundingStarts)

	"bộ dữ", "bộ tài", "bộ câu", "bộ hồ", "bộ quy", "bộ mẫu", // a set made ("Bộ dữ liệu", "Bộ tài liệu", "Bộ câu hỏi", "Bộ hồ sơ mẫu", "Bộ quy tắc"): a ministry capitalises its name ("Bộ Tài chính", namesAgency)
	"chứng thư", "chứng chỉ", "chứng nhận", // a certificate issued ("Chứng thư số", "Chứng chỉ bồi dưỡng"); not "Chứng khoán", a commission's name
)

// fundingStarts open a funding cell ("Ngân sách tỉnh", "Nguồn vốn …",
// "Kinh phí …", "Xã hội hóa", "Từ nguồn …", "Dự toán …", "Sự nghiệp …",
// and a task that needs none: "Không phát sinh kinh phí", "Không"), and never a
// unit's name or a product, though "Ngân" alone may open "Ngân hàng" and
// "Dự" a product ("Dự thảo"). Who pays may be named too, as units are
// ("Doanh nghiệp tự bảo đảm", "Chủ đầu tư", "Nhà đầu tư"): those open
// both.
var fundingStarts = newVocabulary("ngân sách", "nguồn", "vốn", "kinh phí", "xã hội", "huy động", "lồng ghép",
	"không", "từ nguồn", "dự toán", "sự nghiệp", "doanh nghiệp", "chủ đầu", "nhà đầu",
	"chương trình") // a programme's budget ("Chương trình mục tiêu quốc gia …", "Chương trình khuyến công"); a product's opening too

// vocabulary is a set of one- and two-word phrases, lowercase.
type vocabulary struct {
	one map[string]bool
	two map[[2]string]bool
}

// lowerWordSet is the set of words, lowercase, as lowerHash gives them.
func lowerWordSet(words ...string) *hashSet {
	s := newHashSet(len(words))
	for _, w := range words {
		s.add(lowerHash(w))
	}
	return s
}

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func newVocabulary(phrases ...string) vocabulary {
	v := vocabulary{one: map[string]bool{}, two: map[[2]string]bool{}}
	for _, p := range phrases {
		if a, b, ok := strings.Cut(p, " "); ok {
			v.two[[2]string{a, b}] = true
		} else {
			v.one[p] = true
		}
	}
	return v
}

// cellStartKind says how a unit or product cell's first word reads.
type cellStartKind int

const (
	startUnusual cellStartKind = iota // any other word: likelier a wrapped name
	startTail                         // words that go on a name and never start one ("Nhà nước …" after "Ngân hàng")
	startOther                        // a word that starts the other kind of cell (a product in a unit column)
	startCode                         // an abbreviation in capitals (UBND, MTTQ), also found inside names
	startUsual                        // a word that opens this kind of cell (startWords)
)

// cellStart classifies how text reads as the start of a unit cell (product
// false) or a product cell (product true).
func cellStart(text string, product bool) cellStartKind {
	unit, prod, _ := cellStarts(cellOpening(text))
	if product {
		return prod
	}
	return unit
}

// cellOpening is the opening of a cell's text past any quote or bullet.
func cellOpening(text string) opening { return cellOpeningOf(text, openingOf(text)) }

// cellOpeningOf is cellOpening for a text whose own opening o is known.
func cellOpeningOf(text string, o opening) opening {
	if t := trimCellLead(text); len(t) != len(text) {
		return openingOf(t)
	}
	return o
}

// cellLead is what may stand before a cell's first word.
const cellLead = "\"“-–+• "

// trimCellLead is strings.TrimLeft(text, cellLead), without its cost for
// the text that starts with a letter, which is most.
func trimCellLead(text string) string {
	if r, _ := utf8.DecodeRuneInString(text); !strings.ContainsRune(cellLead, r) {
		return text
	}
	return strings.TrimLeft(text, cellLead)
}

// Vocabulary bits of a cell's opening words, looked up once for every kind
// of cell.
const (
	vocAgency uint8 = 1 << iota
	vocProduct
	vocFunding
	vocTail
)

// startWords merges agencyStarts, productStarts, fundingStarts and
// nameTails into one lookup per opening.
var startWords = mergeVocabularies(map[uint8]vocabulary{vocAgency: agencyStarts, vocProduct: productStarts,
	vocFunding: fundingStarts, vocTail: nameTails})

// mergedVocabulary holds vocabularies by lowerHash: one-word entries by
// the word's hash, two-word entries by pairKey of both.
type mergedVocabulary struct {
	one, two hashFlags
}

func mergeVocabularies(vs map[uint8]vocabulary) mergedVocabulary {
	var m mergedVocabulary
	for bit, v := range vs {
		for w := range v.one {
			m.one.or(lowerHash(w), bit)
		}
		for p := range v.two {
			m.two.or(pairKey(lowerHash(p[0]), lowerHash(p[1])), bit)
		}
	}
	return m
}

// cellStarts classifies o as the start of a unit cell, a product cell and
// a funding cell. A two-word entry is more specific than a one-word one:
// "Hội nghị" starts a product although "Hội" alone starts a unit ("Hội
// Nông dân"). What opens one kind of cell reads as another's wrong start.
func cellStarts(o opening) (unit, product, funding cellStartKind) {
	var two uint8
	if o.w2 != "" {
		two = startWords.two.get(pairKey(o.l1, trimmedHash(o.w2, o.l2, trailPunct))) // "Công Thương;" as "Công Thương"
	}
	one := startWords.one.get(trimmedHash(o.w1, o.l1, trailPunct))
	two = namesAgency(o, one, two)
	code := -1 // isCodeWord, worked out when asked
	isCode := func() bool {
		if code < 0 {
			code = 0
			if isCodeWord(o.w1) {
				code = 1
			}
		}
		return code == 1
	}
	kind := func(own, other uint8) cellStartKind {
		switch {
		case two&vocTail != 0:
			return startTail
		case two&own != 0:
			return startUsual
		case two&other != 0:
			return startOther
		case one&own != 0:
			return startUsual
		case one&other != 0: // an agency's abbreviation ("UBND các xã") opens a funding or product cell no more than "Ủy ban" does
			return startOther
		case isCode():
			return startCode
		}
		return startUnusual
	}
	if opensInBrackets(o.w1) {
		return startTail, startTail, startTail
	}
	unit, product, funding = kind(vocAgency, vocProduct|vocFunding), kind(vocProduct, vocAgency|vocFunding), kind(vocFunding, vocAgency|vocProduct)
	if namesAmount(o) {
		unit, funding = startOther, startUsual
	}
	if namesCount(o) || namesCropSeason(o) { // "Vụ Đông Xuân" is a season, no ministry's department
		unit = startOther
	}
	if namesShare(o.w1) {
		unit, product = startOther, startUsual
	}
	return unit, product, funding
}

// namesShare reports whether w, a line's first word, is a share ("100%",
// "95,5%": an amount, isAmountWord, then "%"): a target opens so ("100%
// giáo viên tham gia"), as a product column under "Kết quả cần đạt" holds
// it; no unit does.
func namesShare(w string) bool {
	num, ok := strings.CutSuffix(strings.TrimRight(w, ",;:"), "%")
	return ok && isAmountWord(num)
}

// namesCount reports whether a line opens with a count of things, a
// number and a lowercase noun ("01 lớp", "12 chuyên mục", "02 cảng cá"):
// a product or a target says how many, no unit's name opens with a
// number. Not a product's usual start either: a time's wrapped line
// opens with its number too ("Từ tháng" / "12 đến tháng 5"). A period
// ("6 tháng", namesPeriod), a year and an amount (namesAmount) are read
// as what they are.
func namesCount(o opening) bool {
	if !isCount(o.w1) || o.w2 == "" || namesPeriod(o) || namesAmount(o) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(o.w2)
	return unicode.IsLower(r)
}

// opensMeasure reports whether a line opens with a count or a share of
// things ("08 tổ", "100% hồ sơ"): a target or a product says how many.
func opensMeasure(o opening) bool { return namesCount(o) || namesShare(o.w1) }

// maxCountDigits is how many digits a count of things has at most
// (namesCount): "1.500 học viên" is dotted, a bare four-digit number a year.
const maxCountDigits = 3

// isCount reports whether w is a bare count: digits, at most
// maxCountDigits of them.
func isCount(w string) bool { return len(w) <= maxCountDigits && isDigits(w) }

// namesAmount reports whether a line opens with a sum of money: a number,
// its thousands grouped by dots or not ("350", "4.500", "1.200,5"),
// alone or with its unit ("1.200 triệu đồng", "5 tỷ"). A funding column
// given in amounts ("Kinh phí (triệu đồng)") starts its cells so; no
// unit's name does. A year alone is a date (isDateOnly), not an amount.
func namesAmount(o opening) bool {
	w := amountOfRate(o.w1)
	if !isAmountWord(w) || isYear(w) {
		return false
	}
	return o.w2 == "" || moneyWords.has(trimmedHash(o.w2, o.l2, trailPunct))
}

// amountOfRate returns the amount of a sum given per period or per head
// ("300" of "300/năm", "50/người"), or w as it is. Only words follow the
// slash: "30/6" is a date.
func amountOfRate(w string) string {
	i := strings.IndexByte(w, '/')
	if i <= 0 || i+1 == len(w) {
		return w
	}
	for _, r := range w[i+1:] {
		if !unicode.IsLetter(r) {
			return w
		}
	}
	return w[:i]
}

// moneyWords are the units an amount is said in.
var moneyWords = lowerWordSet("triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng")

// isAmountWord reports whether w is a number written as amounts are:
// digits, in groups of three after the first when dotted ("4.500",
// "12.000.000"), a decimal part after a comma ("1.200,5").
func isAmountWord(w string) bool {
	if w == "" || !isDigitByte(w[0]) {
		return false // the common case: its head would be no number
	}
	return isAmountForm(w)
}

// isAmountForm is isAmountWord without its first-byte check, which only
// spares the common case the work.
func isAmountForm(w string) bool {
	w, frac, hasFrac := strings.Cut(strings.TrimRight(w, ".,;"), ",")
	if hasFrac && !isDigits(frac) {
		return false
	}
	head, rest, dotted := strings.Cut(w, ".")
	if !isDigits(head) || len(head) > 3 && dotted {
		return false
	}
	for dotted {
		var g string
		g, rest, dotted = strings.Cut(rest, ".")
		if len(g) != 3 || !isDigits(g) {
			return false
		}
	}
	return true
}

// opensInBrackets reports whether w, a line's first word, opens words in
// brackets other than an enumeration's marker ("(1)", "(a)"): a unit's
// short form after its name ("… bệnh tật tỉnh" / "(CDC)"), or an aside
// on what precedes it. Such words go on a cell; no unit, product or
// funding cell opens with them.
func opensInBrackets(w string) bool {
	return strings.HasPrefix(w, "(") && !startsEnumeration(w)
}

// namesAgency drops the product from two, the vocabulary's reading of o's
// two words, when the first word opens a unit's name (one) and the second
// is capitalised: a unit's name capitalises its words ("Bộ Chỉ huy Quân
// sự", "Bộ Công Thương"), a product's opening does not ("Bộ chỉ số", "Bộ
// công cụ").
func namesAgency(o opening, one, two uint8) uint8 {
	if two&vocProduct == 0 || one&vocAgency == 0 {
		return two
	}
	if r, _ := utf8.DecodeRuneInString(o.w2); !unicode.IsUpper(r) {
		return two
	}
	return two &^ vocProduct
}

// brokenNumber reports whether a date or document number too long for its
// column was broken inside it: a browser breaks it anywhere ("30/11/2" /
// "025": the line ends in a word with a slash and a digit, and the next
// starts with a digit); a word processor breaks it after a slash
// ("30/11/" / "2025", "1560/" / "QĐ-TTg").
func brokenNumber(prev, next string) bool {
	w := lastWord(prev)
	if w == "" || !strings.Contains(w, "/") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsDigit(rune(w[len(w)-1])) {
		return unicode.IsDigit(r) && !endsWithYear(w)
	}
	return brokenAfterSlash(w) && (unicode.IsDigit(r) || unicode.IsLetter(r))
}

// numberBrokenAcross reports whether next goes on the number prev ends
// with, which a narrow column broke: inside it (brokenNumber, "01/202" /
// "9") or before a share's sign (percentAfterNumber, "100" / "% ca").
func numberBrokenAcross(prev, next string) bool {
	return brokenNumber(prev, next) || percentAfterNumber(prev, next)
}

// percentAfterNumber reports whether next opens with the percent sign of
// the number prev ends with ("100" / "% ca phẫu thuật"): a narrow column
// broke a share before its sign, which no word opens with.
func percentAfterNumber(prev, next string) bool {
	return strings.HasPrefix(next, "%") && endsWithDigit(prev)
}

// endsWithYear reports whether a word with a slash ends with a whole year
// after its last slash ("01/2026", "Quý IV/2025"): a date complete on its
// line, which the next line's digits do not go on ("01/2026" / "6/2026"
// are two dates, not "01/20266/2026").
func endsWithYear(w string) bool { return isYear(afterLastSlash(w)) }

// afterLastSlash is the part of w after its last slash, all of w without
// one: a date's year ("01/2026" -> "2026").
func afterLastSlash(w string) string { return w[strings.LastIndexByte(w, '/')+1:] }

// brokenAfterSlash reports whether a line's last word ends with a slash
// that goes on to the next line: a slash right after a letter or digit
// ("30/11/", "và/"), not a slash standing alone.
func brokenAfterSlash(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '/' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(w[:len(w)-1])
	return unicode.IsLetter(before) || unicode.IsDigit(before)
}

// opensWithLinker reports whether a line whose opening is o opens with a
// linking word (danglingWords: "Theo", "Tại", "Trong", "Các" …) written
// with a capital, as a sentence's first word is: in capitals ("THEO",
// read as a code word) it is a heading's word. "Một" is a name's word too
// ("Bộ phận" / "Một cửa").
func opensWithLinker(o opening) bool {
	return capitalised(o.w1) && danglingWords.has(o.l1) && o.l1 != hMot && !isCodeWord(o.w1)
}

// hMot is lowerHash("một").
var hMot = lowerHash("một")

// danglingWords cannot end a cell: articles, prepositions and conjunctions
// that always have a word after them ("… của", "… các", "… và"), "thứ"
// of an ordinal waiting for its number ("lần thứ" / "X"), "dịp" of an
// occasion waiting for its name ("Cao điểm dịp" / "Tết"), "qua" of the
// way something goes ("… người tiêu dùng qua" / "Tổng đài 1800"), and "có" and
// "khi" of a time said by what it waits for ("Sau khi có" / "Quy chế của
// TW"). A cell cut after one of them was cut in the wrong place.
var danglingWords = lowerWordSet("các", "và", "của", "cho", "với", "trong", "để",
	"là", "được", "những", "theo", "tại", "về", "từ", "trên", "hoặc", "một", "nhằm",
	"gồm", "như", "vào", "có", "khi", "thứ", "dịp", "qua",
	"đạt") // a target reached, its figure after it ("Tỷ lệ số hóa đạt" / "100%")

// endsDangling reports whether text ends the way a cell cannot end: with
// one of danglingWords, or a comma (a list goes on after it).
func endsDangling(text string) bool {
	return endsDanglingL(text, lowerHash(lastWord(text)))
}

// endsDanglingL is endsDangling for a text whose last word's lowerHash is
// known; a date cut short ("Trước ngày", "Quý IV năm") dangles too, and
// so does a range or a document number broken after its hyphen ("Quý
// IV-" / "2025", "05-" / "KH/TU"): no cell ends with one.
func endsDanglingL(text string, last uint64) bool {
	return strings.HasSuffix(text, ",") || strings.HasSuffix(text, "-") || danglingWords.has(last) && !endsWholePhrase(text, last) ||
		leavesBracketOpen(text) || endsDateUnit(text, last) || endsPlaceLevel(text, last) || endsTitle(text, last) || endsMinistersBody(text, last) || endsDeputy(text) || endsChief(text) || endsComrade(text) || endsComrades(text) || endsMember(text) || endsNamedServant(text) || endsUnitHead(text, last) || endsListItemHead(text, last) || endsDraft(text, last) || endsDocumentNo(text, last) || endsPeriod(text, last) || boundAlone(text, last)
}

// endsPlaceLevel reports whether text ends with a place's level word,
// small, right after a list's separator or a conjunction ("Xã Phú Lộc,
// xã" / "Tân Thành", "xã Tân An và xã" / "Bình Hòa"): the list's next
// place, whose name follows on the next line. After another level the
// levels are the list, whole ("Ủy ban nhân dân các xã, phường", "các xã
// và thị trấn").
func endsPlaceLevel(text string, last uint64) bool {
	if !placeLevels.has(last) || capitalised(lastWord(text)) {
		return false
	}
	rest := beforeLastWord(text)
	prev := lastWord(rest)
	if r, _ := utf8.DecodeLastRuneInString(prev); listSeparators.has(r) {
		return !placeLevels.has(lowerHash(listSeparators.trimRight(prev)))
	}
	if conjunctions.has(lowerHash(prev)) {
		return !placeLevels.has(lowerHash(wordBeforeLast(rest)))
	}
	return false
}

// placeLevels are the levels of the places a plan names ("xã Tân Thành",
// "phường 3", "thôn Đông"), written small before the name.
var placeLevels = lowerWordSet("xã", "phường", "thôn", "ấp", "huyện", "quận", "tỉnh")

// levelsInNames are the placeLevels that names write with a capital inside
// them ("Huyện ủy", "Tỉnh ủy", "Quận 1"): a capital one says nothing of
// where a cell starts.
var levelsInNames = lowerWordSet("huyện", "quận", "tỉnh")

// boundAlone reports whether text is only a time's bound, capitalised
// ("Trước", "Sau", "Đến"): a time cell opening a deadline whose date is on
// the next line ("Trước" / "30/9/2034"), which no cell ends with. A bound
// in lowercase may end a phrase ("… so với năm" / "trước").
func boundAlone(text string, last uint64) bool {
	return timeBounds.has(last) && !strings.ContainsRune(text, ' ') && capitalised(text)
}

// timeBounds are the words that bound a time before its date or event.
var timeBounds = lowerWordSet("trước", "sau", "đến", "tới", "từ")

// endsRegionName reports whether text ends with "Khu vực" capitalised, a
// unit's region, which a number names after it more often than not
// ("Chi nhánh Khu vực 9", "Kho bạc Nhà nước Khu vực XI").
func endsRegionName(text string, last uint64) bool {
	if last != hVuc {
		return false
	}
	w := wordBeforeLast(text)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && lowerHash(w) == hKhu
}

// endsWholePhrase reports whether text ends with one of danglingWords
// that closes a phrase with the word before it (wholeEndings): "tiếp
// theo" ("… và các năm tiếp theo", the years after), where "theo" alone
// wants what it follows ("theo quy định"); "sở tại" ("Hạt Kiểm lâm sở
// tại", the local one), where "tại" alone wants its place.
func endsWholePhrase(text string, last uint64) bool {
	return wholeEndings.has(pairKey(lowerHash(wordBeforeLast(text)), last))
}

// wholeEndings are two-word phrases whose last word is one of
// danglingWords, and which end whole: the years after, the local unit, the
// present, what is said above, the level above, the time just past, a
// text adopted.
var wholeEndings = lowerPairSet("tiếp theo", "sở tại", "hiện tại", "tồn tại", "nói trên", "kể trên", "như trên", "cấp trên",
	"vừa qua", "đã qua", "năm qua", "thông qua", // the time just past ("thời gian vừa qua"), a text adopted ("được thông qua")
	"chưa đạt", "không đạt", "đã đạt") // what was reached or not ("các tiêu chí chưa đạt")

// endsUnitHead reports whether text ends with a unit's head word opening
// an item of a list of units without the name that always follows it:
// "Sở", "Cục", "Ban", "Hội", "Ủy" … after a list separator ("…; Sở" /
// "Văn hóa, Thể thao và Du lịch", "…; Cục" / "Thuế tỉnh"). A narrow column
// breaks a list of units there. After a unit's noun such a word may end a
// name ("Thanh tra Sở", "Văn phòng Sở": the department's own), and alone
// on a line it may be one wrapped, so neither counts.
func endsUnitHead(text string, last uint64) bool {
	return endsHeadAfterSeparator(text, last, unitHeadWords)
}

// endsHeadAfterSeparator reports whether text's last word, whose
// lowerHash is last, is one of heads, capitalised, right after a list
// separator: the opening of the list's next item, cut from what follows
// it (endsUnitHead, endsListItemHead).
func endsHeadAfterSeparator(text string, last uint64, heads *hashSet) bool {
	if !heads.has(last) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(lastWord(text))
	if !unicode.IsUpper(r) {
		return false
	}
	r, _ = utf8.DecodeLastRuneInString(wordBeforeLast(text))
	return listSeparators.has(r)
}

// endsListItemHead reports whether text ends with a capitalised head of
// a list's next item, after a list separator, that wants what follows
// it: a law its name ("… Bộ luật Lao động, Luật" / "Bảo hiểm xã hội"), a
// wave its number ("Đợt 1: Tháng 4; Đợt" / "2: Tháng 10"). A cell does
// not end there. A product cell may list a decree or a resolution bare
// ("Tờ trình; Nghị quyết"), which is no such head.
func endsListItemHead(text string, last uint64) bool {
	return endsHeadAfterSeparator(text, last, listItemHeads)
}

// listItemHeads are the heads endsListItemHead knows.
var listItemHeads = lowerWordSet("luật", "đợt")

// unitHeadWords open units' names and never end one after a list
// separator: "Sở Y tế", "Cục Thuế", "Bộ Chỉ huy", "Ban Quản lý", "Hội
// Nông dân", "Phòng Cảnh sát", "Ủy ban", "Văn phòng", "Trung tâm", "Công
// an", "Ngân hàng", "Liên đoàn", "Đoàn Thanh niên", "Tổng cục", "Chi cục",
// "Viện", "Trường", "Đài", and a ministry's "Vụ" ("Vụ Pháp chế; Vụ" /
// "Khoa học và Công nghệ").
var unitHeadWords = lowerWordSet("sở", "cục", "bộ", "ban", "hội", "phòng", "ủy", "uỷ", "văn", "trung",
	"công", "ngân", "liên", "đoàn", "tổng", "chi", "viện", "trường", "đài", "vụ",
	// a border or police post: "Đồn Biên phòng", "Đồn Công an"
	"đồn",
	// teams, forces, rangers, stations, hospitals, the treasury, ports:
	// "Tổ Văn phòng", "Đội Cảnh sát", "Hạt Kiểm lâm", "Trạm Y tế"
	"tổ", "đội", "hạt", "trạm", "bệnh", "kho", "cảng")

// isBareUnitHead reports whether text is nothing but the head word of a
// unit's name, capitalised: "Sở", "Vụ", "Cục", "Văn phòng", "Ủy ban",
// "Trung tâm", "Ngân hàng". No unit cell is only that, and a narrow column
// breaks its names right after it ("Sở" / "KH&CN", "Văn phòng" / "UBND
// tỉnh"), whose next line, an abbreviation, then reads as the next
// column's cell. A one-word head may end a name on a cell's last line
// ("Thanh tra" / "Sở": the department's own), so only a cell of that one
// line says so (cellAloneCost); a two-word head ends none (headEndCost).
func isBareUnitHead(text string) bool { return bareUnitHeadWords(text) > 0 }

// bareUnitHeadWords is how many words the bare head text is
// (isBareUnitHead): 1 ("Sở"), 2 ("Văn phòng"), or 0 when it is none.
func bareUnitHeadWords(text string) int8 {
	if isBulletStart(text) { // "- Sở" / "KH&CN;": a list's item
		_, size := utf8.DecodeRuneInString(text)
		text = strings.TrimLeft(text[size:], " ")
	}
	w1, w2 := firstTwo(text)
	r, _ := utf8.DecodeRuneInString(w1)
	switch {
	case !unicode.IsUpper(r) || strings.Count(text, " ") > 1:
		return 0
	case w2 == "" && bareHeadWords.has(lowerHash(w1)):
		return 1
	case w2 != "" && bareHeadPairs.has(pairKey(lowerHash(w1), lowerHash(w2))):
		return 2
	}
	return 0
}

// opensWithUnitHead reports whether text opens with a unit's head,
// capitalised: one of bareHeadWords or bareHeadPairs ("Phòng Đảm bảo chất
// lượng", "Trung tâm …"). A notes cell remarks on the task; a cell that
// names a unit first is the coordinating cell beside it, which a cut that
// slid one column right had given the notes ("Phòng Đảm / bảo chất /
// lượng" under "Ghi chú", the coordinating cell left empty). A verb that
// also opens units' names ("Cấp hóa chất cho các xã") is no head.
func opensWithUnitHead(text string) bool {
	o := openingOf(text)
	if r, _ := utf8.DecodeRuneInString(o.w1); !unicode.IsUpper(r) {
		return false
	}
	return bareHeadWords.has(o.l1) || o.w2 != "" && bareHeadPairs.has(pairKey(o.l1, o.l2))
}

// endsWithItemHead reports whether text ends with a list's last item that
// is only a unit's bare head ("UBND các xã, phường; Hội Liên", "Công an
// tỉnh; Sở"): the item's name goes on on the next line, or after a page
// break, and no cell ends there. The whole line a bare head is
// bareUnitHeadWords' (a one-word head may end a cell whole: "Thanh tra" /
// "Sở").
func endsWithItemHead(text string) bool {
	// A head is one or two words: look for the separator before the last
	// one or two, not through the whole line.
	i := len(text)
	for range maxHeadWords {
		i = strings.LastIndexByte(text[:i], ' ')
		if i < 1 {
			return false
		}
		if c := text[i-1]; c == ';' || c == ',' {
			return bareUnitHeadWords(text[i+1:]) > 0
		}
	}
	return false
}

// endsWithShortName reports whether text ends with a unit's one-word head
// and one capitalised word after it ("Cục Môi", "Sở Nông", "Vụ Kế"): a
// province's department, a ministry's office is named in two words or
// more after its head ("Sở Y tế", "Cục Môi trường", "Vụ Pháp chế"), and a
// narrow column that broke the name after its first leaves the rest on
// the line below, where a run-on or a page break may give it to another
// cell. "Cục Thuế" is whole (shortNames); an abbreviation after the head
// ("Sở GDĐT", two capitals or more) is too.
func endsWithShortName(text string) bool {
	i := strings.LastIndexByte(text, ' ')
	if i < 1 {
		return false
	}
	name := text[i+1:]
	j := strings.LastIndexByte(text[:i], ' ') + 1
	head := text[j:i]
	r, _ := utf8.DecodeRuneInString(head)
	if !unicode.IsUpper(r) || !bareHeadWords.has(lowerHash(head)) {
		return false
	}
	uppers, letters := 0, 0
	for _, c := range name {
		if !unicode.IsLetter(c) {
			return false
		}
		letters++
		if unicode.IsUpper(c) {
			uppers++
		}
	}
	r, _ = utf8.DecodeRuneInString(name)
	return letters > 0 && unicode.IsUpper(r) && uppers == 1 && !shortNames.has(lowerHash(name))
}

// awaitsLevel reports whether text ends with a people's committee's or
// council's name without its level ("Văn phòng HĐND và UBND", "Ủy ban
// nhân dân", "Sở Xây dựng; Công an"): in a unit's name the level always
// follows ("UBND tỉnh", "Ủy ban nhân dân các xã", "Công an tỉnh"), so no
// unit cell ends there, and the line after it ("huyện") is the cell's
// own, not the next column's. "Công an" alone on its line may be the
// ministry's, its "Bộ" on the line above, and says nothing.
func awaitsLevel(text string) bool { return awaitsLevelL(text, lowerHash(lastWord(text))) }

// awaitsLevelL is awaitsLevel of text whose last word's lowerHash is last.
func awaitsLevelL(text string, last uint64) bool {
	if levelledBodies.has(last) {
		return true
	}
	if rest, ok := strings.CutSuffix(text, " nhân dân"); ok {
		return levelledHeads.has(lowerHash(lastWord(rest)))
	}
	if rest, ok := strings.CutSuffix(text, " Công an"); ok {
		return lastWord(rest) != "Bộ" // "Bộ Công an", the ministry, is whole
	}
	return false
}

// awaitsCompanyName reports whether text ends with a company's legal form
// without the name after it ("Công ty cổ phần", "Công ty TNHH MTV" /
// "Khai thác công trình thủy lợi"): no unit's name ends there.
func awaitsCompanyName(text string) bool {
	return awaitsCompanyNameL(text, lowerHash(lastWord(text)))
}

// awaitsCompanyNameL is awaitsCompanyName of text whose last word's
// lowerHash is last.
func awaitsCompanyNameL(text string, last uint64) bool {
	return companyForms.has(last) || last == hPhan && lowerHash(wordBeforeLast(text)) == hCo
}

// awaitsObject reports whether text, whose last word's lowerHash is
// last, ends with a unit's head and the capitalised activity its name
// goes on to name the field of ("Trung tâm Xúc tiến" / "Thương mại tỉnh",
// "Ban Quản lý" / "dự án", "Quỹ Hỗ trợ" / "nông dân"): no unit's name ends
// with its activity, so the line after it is the cell's own, not the next
// column's (cell-block text: the coordinating cell empty, "Thương mại
// tỉnh" had opened it).
func awaitsObject(text string, last uint64) bool {
	if !activityEnds.has(last) {
		return false // the common case
	}
	rest := beforeLastWord(text)
	w1 := lastWord(rest)
	if r, _ := utf8.DecodeRuneInString(w1); !unicode.IsUpper(r) || !objectActivities.has(pairKey(lowerHash(w1), last)) {
		return false
	}
	return headsBeforeActivity.has(lowerHash(wordBeforeLast(rest)))
}

// awaitsSchoolName reports whether text, whose last word's lowerHash is
// last, ends with a school's head and its level without its name
// ("Trường Cao đẳng" / "Văn hóa Nghệ thuật và Du lịch", "Trường Đại học" /
// "Y Dược"): a school is named after its level, so no unit's name ends
// there. "Các Trường Đại học", the kind of school, is whole.
func awaitsSchoolName(text string, last uint64) bool {
	if !schoolLevelEnds.has(last) {
		return false // the common case
	}
	rest := beforeLastWord(text)
	if !schoolLevels.has(pairKey(lowerHash(lastWord(rest)), last)) {
		return false
	}
	before := beforeLastWord(rest)
	return lastWord(before) == "Trường" && lowerHash(wordBeforeLast(before)) != hCac
}

// schoolLevels are the levels a school's name goes on from ("Trường
// Trung cấp …", "Trường Mầm non …"); schoolLevelEnds, their second words.
var schoolLevels, schoolLevelEnds = pairsAndSecondWords([][2]string{{"cao", "đẳng"}, {"đại", "học"}, {"trung", "cấp"},
	{"trung", "học"}, {"tiểu", "học"}, {"mầm", "non"}})

var hCac = lowerHash("các")

// objectAcrossLines marks next as ending a unit's name that wants its
// field (awaitsObject) when it does with p's last words before it: a
// narrow column broke "Trung" / "tâm Xúc" / "tiến" or "Trung tâm" /
// "Xúc tiến". next is at most two words; a longer line tells alone.
func objectAcrossLines(p, next *piece) {
	if next.unfinished || strings.Count(next.text, " ") > 1 {
		return
	}
	text, last := lastTwoWords(p.text)+" "+next.text, lowerHash(lastWord(next.text))
	if awaitsObject(text, last) || awaitsSchoolName(text, last) {
		next.unfinished = true
	}
}

// lastTwoWords returns text's last two words ("Trung tâm" of "… Trung
// tâm"), or all of it when it has fewer.
func lastTwoWords(text string) string {
	w1, w2 := lastTwo(text)
	if w1 == "" {
		return w2
	}
	return w1 + " " + w2
}

// objectActivities are two-word activities a unit's name goes on with
// the field they serve ("Xúc tiến Thương mại", "Phát triển quỹ đất",
// "Kiểm soát bệnh tật"); activityEnds, their second words.
var objectActivities, activityEnds = pairsAndSecondWords([][2]string{{"xúc", "tiến"}, {"phát", "triển"}, {"quản", "lý"}, {"hỗ", "trợ"}, {"bảo", "vệ"},
	{"kiểm", "soát"}, {"nghiên", "cứu"}, {"bảo", "tồn"}, {"chăm", "sóc"}})

// pairsAndSecondWords returns the set of pairs, as pairKey of their words'
// lowerHash, and the set of their second words: a test of a text's last
// word rules most texts out before its last two are looked up.
func pairsAndSecondWords(pairs [][2]string) (*hashSet, *hashSet) {
	ps, ends := newHashSet(len(pairs)), newHashSet(len(pairs))
	for _, p := range pairs {
		ps.add(pairKey(lowerHash(p[0]), lowerHash(p[1])))
		ends.add(lowerHash(p[1]))
	}
	return ps, ends
}

// headsBeforeActivity are the last words of the unit heads an activity's
// name follows ("Trung tâm", "Ban", "Quỹ", "Chi cục", "Viện", "Phòng",
// "Đội", "Hội", "Tổ").
var headsBeforeActivity = lowerWordSet("tâm", "ban", "quỹ", "cục", "viện", "phòng", "đội", "hội", "tổ")

// awaitsCharge reports whether text ends with a board's name that wants
// what it commands or steers after it: "Ban Chỉ huy" / "Phòng thủ dân sự
// huyện", "Ban Chỉ đạo" / "Chương trình …". No unit's name ends there.
func awaitsCharge(text string) bool { return awaitsChargeL(text, lowerHash(lastWord(text))) }

// awaitsChargeL is awaitsCharge of text whose last word's lowerHash is
// last.
func awaitsChargeL(text string, last uint64) bool {
	if (last != hHuy && last != hDao) || !namesCharged(wordBeforeLast(text), lastWord(text)) {
		return false
	}
	before := beforeLastWord(beforeLastWord(beforeLastWord(text))) // the words before "Ban Chỉ đạo"
	return !refersToBoard(lastTwo(before))
}

// refersToBoard reports whether words w1 w2, set before a board's name,
// make it a reference to a board the plan has named: its members, its
// standing office or its staff ("Các cơ quan thành viên Ban Chỉ đạo",
// "Thường trực Ban Chỉ đạo", "Tổ giúp việc Ban Chỉ huy"). Such a name is
// whole without its charge: a cell ends there, and a lowercase word
// after it is no charge of it ("Ban Chỉ đạo" / "hoạch", the note's "kế
// hoạch" broken over a page, had gone on the coordinating cell). "Văn
// phòng" is left out: a board's office is named with the board's charge
// ("Văn phòng Ban Chỉ huy Phòng thủ dân sự"), and taken as a reference it
// cost a rendering of a corpus annex two fields.
func refersToBoard(w1, w2 string) bool {
	return boardReferences.has(pairKey(lowerHash(w1), lowerHash(w2)))
}

var boardReferences = lowerPairSet("thành viên", "thường trực", "giúp việc")

// boardReferredAbove clears next's wait for a board's charge (awaitsCharge)
// when p ends with the words that make the board one the plan has named
// (refersToBoard): a narrow column broke "Các cơ quan thành viên" / "Ban
// Chỉ đạo".
func boardReferredAbove(p, next *piece) {
	boardAlone := strings.Count(next.text, " ") == 2 // next is the board's three words, "Ban Chỉ đạo", and no more
	if next.unfinished && boardAlone && awaitsCharge(next.text) && refersToBoard(lastTwo(p.text)) {
		next.unfinished = false
	}
}

// namesCharged reports whether words before and last are "Chỉ huy" or
// "Chỉ đạo", capitalised: a board's name waiting for its charge.
func namesCharged(before, last string) bool {
	if l := lowerHash(last); l != hHuy && l != hDao {
		return false
	}
	r, _ := utf8.DecodeRuneInString(before)
	return unicode.IsUpper(r) && lowerHash(before) == hChi
}

// chargeAcrossLines marks next, one word, as ending a board's name that
// wants its charge (awaitsCharge) when p's last word opens it: a narrow
// column broke "Ban Chỉ" / "huy".
func chargeAcrossLines(p, next *piece) {
	if !strings.ContainsRune(next.text, ' ') && namesCharged(lastWord(p.text), next.text) {
		next.unfinished = true
	}
}

var hChi, hHuy, hDao = lowerHash("chỉ"), lowerHash("huy"), lowerHash("đạo")

var (
	// companyForms are a company's legal forms in short: limited, one member.
	companyForms = lowerWordSet("tnhh", "mtv")
	hCo, hPhan   = lowerHash("cổ"), lowerHash("phần")
)

var (
	// levelledBodies are the abbreviations of a people's committee and council.
	levelledBodies = lowerWordSet("ubnd", "hđnd")
	// levelledHeads are the words before "nhân dân" in their names spelt out
	// ("Ủy ban nhân dân", "Hội đồng nhân dân"); "Công an nhân dân" is whole.
	levelledHeads = lowerWordSet("ban", "đồng")
)

// opensWithTitle reports whether a line opens with an office holder's
// title ("Phó Chủ tịch UBND huyện phụ trách …", "Giám đốc Sở …",
// "Thủ trưởng các cơ quan", "Giáo viên chủ nhiệm", a school's or office's
// staff: "Kế toán", "Nhân viên thiết bị"; "Trưởng Công an huyện",
// "Trưởng phòng …"): a task's lead when the table names people, not
// offices (splitter.startOf). A title's one word opens a title only
// capitalised: "Thủ" / "trưởng đơn vị" is a title wrapped. (The staff's
// two titles, every rendering set: cell-block 578 -> 558 of 46,932
// fields wrong, column-aligned 970 -> 966, none worse. "Trưởng", with
// a holder's title going on with the body it heads in an extra column,
// kindContinuation: 1,660 renderings, cell-block 668 -> 662, none
// worse.)
func opensWithTitle(o opening) bool {
	return holderTitles.has(o.l1) && capitalised(o.w1) || o.w2 != "" && holderTitlePairs.has(pairKey(o.l1, trimmedHash(o.w2, o.l2, trailPunct)))
}

var (
	holderTitles     = lowerWordSet("phó", "chánh", "trưởng")
	holderTitlePairs = lowerPairSet("giám đốc", "bí thư", "thủ trưởng", "hiệu trưởng", "tổ trưởng", "giáo viên", "kế toán", "nhân viên", "đồng chí")
)

// shortNames are the names of one word a unit's head takes ("Cục Thuế").
var shortNames = lowerWordSet("thuế")

// maxHeadWords is how many words a bare head is at most (bareUnitHeadWords).
const maxHeadWords = 2

// bareHeadAcross reports whether p and next, one word each, make a bare
// unit head (isBareUnitHead) broken by a very narrow column ("Văn" /
// "phòng" / "UBND" / "tỉnh").
func bareHeadAcross(p, next *piece) bool {
	if strings.ContainsRune(p.text, ' ') || strings.ContainsRune(next.text, ' ') {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p.text)
	return unicode.IsUpper(r) && bareHeadPairs.has(pairKey(p.first, next.first))
}

// committeeAfterName marks next's start as a name's tail (startTail)
// when it opens with a Party committee ("Tỉnh ủy", "Huyện ủy", "Thành
// ủy", "Thị ủy") right after a line p that ends a name with no list
// separator: the committee's organ was broken from it by a narrow column
// ("Ủy ban Kiểm tra" / "Tỉnh ủy", "Ban Tổ chức" / "Tỉnh ủy"), and the
// committee goes on that name rather than open a cell of its own. After a
// separator ("…; Tỉnh ủy") it is the next unit.
func committeeAfterName(p, next *piece) {
	if p.text == "" {
		return
	}
	o := openingOf(next.text)
	if !committeePairs.has(pairKey(o.l1, trimmedHash(o.w2, o.l2, trailPunct))) {
		return
	}
	r, _ := utf8.DecodeLastRuneInString(p.text)
	if listSeparators.has(r) || r == '.' {
		return
	}
	next.markTail()
}

// committeePairs are the Party committees whose organs' names end with
// them.
var committeePairs = lowerPairSet("tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "thị ủy", "thị uỷ")

// bodyAfterMinister marks next's start as a name's tail when p ends with
// a minister's title, or the Prime Minister's, and next opens with the body
// it heads: "Bộ trưởng" / "Bộ Xây dựng", "Thủ tướng" / "Chính phủ". A
// narrow column broke the title from its body, and a ministry's name opens
// a unit's cell, so the title alone read as one cell (a coordinating unit)
// and the ministry as the next. The title whole alone is a cell of its own
// ("Cấp trình": "Bộ trưởng" / "Tháng 9/2026"): only its body makes it go on.
func bodyAfterMinister(p, next *piece) {
	body, ok := ministerBodies[endingTitle(p)]
	if !ok || !capitalised(next.text) || next.first != body[0] {
		return
	}
	if _, w2 := firstTwo(next.text); body[1] == 0 || pairHash(w2) == body[1] {
		next.markTail()
	}
}

// endingTitle returns the last two words of line p as pairKey of their
// lowerHash: both on p, or the first on the line before when p is one word
// ("Bộ" / "trưởng").
func endingTitle(p *piece) uint64 {
	if across, ok := p.pairAcross(); ok {
		return across
	}
	return pairKey(lowerHash(wordBeforeLast(p.text)), lowerHash(lastWord(p.text)))
}

// ministerBodies maps a minister's title, as pairKey of its words'
// lowerHash, to the first words of the body named after it (a second word
// of 0: any).
var ministerBodies = map[uint64][2]uint64{
	pairKey(lowerHash("bộ"), lowerHash("trưởng")):  {lowerHash("bộ"), 0},
	pairKey(lowerHash("thứ"), lowerHash("trưởng")): {lowerHash("bộ"), 0},
	pairKey(lowerHash("thủ"), lowerHash("tướng")):  {lowerHash("chính"), lowerHash("phủ")},
}

// headAfterSeparator marks next as dangling (endsDangling) when it is
// a bare unit head (isBareUnitHead) after a line p ending with a list
// separator: the next unit's head, broken from its name by a narrow
// column ("Công an tỉnh; Sở Xây dựng;" / "Sở" / "NN&MT"), as endsUnitHead
// tells it inside one line.
func headAfterSeparator(p, next *piece) {
	r, _ := utf8.DecodeLastRuneInString(p.text)
	if next.bareHead > 0 && listSeparators.has(r) {
		next.dangling = true
	}
}

// bareHeadWords and bareHeadPairs are the heads isBareUnitHead knows: the
// kinds of body a province's or a ministry's units are (a branch, "Chi
// nhánh", of an office or a bank; a Party cell, "Chi bộ", of a village or
// a school; a school, "Trường", broken before its kind, "Trường" /
// "Đại học Điện lực", where "Đại học" opens a unit's cell of its own),
// and a commune's civil servants ("Công chức" / "Tư pháp - Hộ tịch"),
// and "Hội Liên", a union's head broken before "hiệp" ("Hội Liên hiệp
// Phụ nữ"), and an association or an alliance broken before its name
// ("Hiệp hội" / "Gỗ và Lâm sản tỉnh", "Liên minh" / "Hợp tác xã tỉnh").
// "Công an" stays out: a commune's plan names its police so.
var (
	bareHeadWords = lowerWordSet("sở", "cục", "vụ", "bộ", "ban", "hội", "phòng", "viện", "trường")
	bareHeadPairs = lowerPairSet("ủy ban", "uỷ ban", "văn phòng", "trung tâm", "ngân hàng", "liên đoàn",
		"tổng cục", "chi cục", "công chức", "cán bộ", "cảng vụ", "bệnh viện", "kho bạc", "bảo tàng", "công ty", "hội liên",
		"chi nhánh", "chi bộ", "hiệp hội", "liên minh")
)

// lowerPairSet is the set of two-word phrases, lowercase, as pairKey of
// their words' lowerHash gives them.
func lowerPairSet(phrases ...string) *hashSet {
	s := newHashSet(len(phrases))
	for _, p := range phrases {
		a, b, _ := strings.Cut(p, " ")
		s.add(pairKey(lowerHash(a), lowerHash(b)))
	}
	return s
}

// endsTitle reports whether text ends with a head's title that names the
// body it heads after it ("Quyết định của Chủ tịch" / "UBND tỉnh", "Giám
// đốc" / "Sở Y tế", "Bí thư" / "Đoàn xã", "Chánh" / "Thanh tra tỉnh", the
// chief of an inspectorate, an office or a court): a narrow column breaks
// there, and the body read as the next, mostly empty, column's cell.
func endsTitle(text string, last uint64) bool {
	if last == hTruc {
		return endsStandingTitle(text)
	}
	if last == hChanh {
		return true
	}
	if last != hTich && last != hDoc && last != hThuTitle && last != hKyTitle {
		return false
	}
	before := lowerHash(wordBeforeLast(text))
	return last == hTich && before == hChu || last == hDoc && before == hGiam || last == hThuTitle && before == hBi || last == hKyTitle && before == hThuTitle
}

// endsMinistersBody reports whether text ends with a minister's title and
// the head of the body it heads, whose name must follow ("Bộ trưởng Bộ" /
// "Xây dựng", ministerBodies): an issuing level broken by a narrow column,
// whose name read as the next cell. A ministry's own document names its
// minister by the title alone ("Bộ trưởng"); "Thủ tướng Chính phủ" ends
// whole.
func endsMinistersBody(text string, last uint64) bool {
	if !unnamedBodies.has(last) {
		return false // most lines end otherwise: no more work
	}
	rest := beforeLastWord(text)
	if rest == "" {
		return false
	}
	body, ok := ministerBodies[pairKey(lowerHash(wordBeforeLast(rest)), lowerHash(lastWord(rest)))]
	return ok && body[1] == 0 && body[0] == last && capitalised(lastWord(text))
}

// unnamedBodies holds the bodies' first words that ministerBodies lists
// without a second: those whose name must follow ("Bộ" / "Xây dựng").
var unnamedBodies = func() *hashSet {
	s := newHashSet(len(ministerBodies))
	for _, body := range ministerBodies {
		if body[1] == 0 {
			s.add(body[0])
		}
	}
	return s
}()

// endsStandingTitle reports whether text ends with a title and
// "Thường trực" after it ("Phó Chủ tịch Thường trực", "Phó Bí thư
// Thường trực"): the standing deputy's title, which names the body after
// it as the title alone does (endsTitle).
func endsStandingTitle(text string) bool {
	if !isStandingWords(wordBeforeLast(text), lastWord(text)) {
		return false
	}
	rest := beforeLastWord(beforeLastWord(text))
	return rest != "" && endsTitle(rest, lowerHash(lastWord(rest)))
}

// isStandingWords reports whether a and b are "thường" and "trực".
func isStandingWords(a, b string) bool { return lowerHash(a) == hThuong && lowerHash(b) == hTruc }

// endsComrade reports whether text ends with "Đ/c" or "Đồng chí" and at
// most one word of the name after it ("Đ/c Trần" / "Văn Bình, Bí thư
// Đoàn xã"): a person is named by a family name and a given name at
// least, and a narrow column broke the name there.
func endsComrade(text string) bool {
	rest := beforeLastWord(text)
	before := lastWord(rest)
	if isComrade(lastWord(text), before) {
		return true
	}
	return rest != "" && (before == "Đ/c" || before == "chí") && isComrade(before, wordBeforeLast(rest))
}

// nameTailAfterComrade marks next's start as a name's tail (startTail)
// when p ends with "Đ/c" or "Đồng chí" and two capitalised words of a
// name ("Đ/c Trần Văn") and next opens with one capitalised word and a
// comma ("Nam, công chức …"): a person is most often named by three
// words, the title after them set off by a comma, and a narrow column
// broke the name before its last word. No unit's name breaks after its
// first word at a comma.
func nameTailAfterComrade(p, next *piece) {
	name := beforeLastWord(p.text)
	rest := beforeLastWord(name)
	if rest == "" || !isComrade(lastWord(rest), wordBeforeLast(rest)) || !capitalised(lastWord(name)) || !capitalised(lastWord(p.text)) {
		return
	}
	w1, _ := firstTwo(next.text)
	if len(w1) < 2 || !strings.HasSuffix(w1, ",") || !capitalised(w1) || strings.ContainsAny(w1[:len(w1)-1], ",;.") {
		return
	}
	next.markTail()
}

// capitalised reports whether w opens with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// endsComrades reports whether text ends with "các đồng chí", the
// comrades a Party plan names by their posts after it ("Các đồng chí" /
// "Ủy viên Ban Thường vụ"), or a line that is only "đồng chí", its
// "Các" on the line above: a narrow column broke the cell there.
func endsComrades(text string) bool {
	rest := beforeLastWord(text)
	return lastWord(text) == "chí" && lastWord(rest) == "đồng" && (rest == "đồng" || strings.EqualFold(wordBeforeLast(rest), "các"))
}

// endsNamedServant reports whether text ends with a person's name, a
// comma and "công chức" ("Đ/c Trần Thị Mai, công chức" / "Văn hóa - Xã
// hội"): a commune's civil servant is named by the field he serves
// ("công chức Địa chính - Xây dựng"), and a narrow column broke the cell
// before it. After other words ("cán bộ, công chức", "đội ngũ công
// chức") the servants are a whole group.
func endsNamedServant(text string) bool {
	rest := beforeLastWord(text)
	if lastWord(text) != "chức" || lastWord(rest) != "công" {
		return false
	}
	name, ok := strings.CutSuffix(wordBeforeLast(rest), ",")
	return ok && capitalised(name)
}

// endsMember reports whether text ends with "Ủy viên", a member's title,
// capitalised, that names the body after it ("Ủy viên" / "Ban Thường
// vụ"): a narrow column broke the cell there.
func endsMember(text string) bool {
	w := wordBeforeLast(text)
	return lastWord(text) == "viên" && (w == "Ủy" || w == "Uỷ")
}

// isComrade reports whether w, after the word before, is "Đ/c" or the
// "chí" of "Đồng chí", capitalised.
func isComrade(w, before string) bool { return w == "Đ/c" || w == "chí" && before == "Đồng" }

// endsDeputy reports whether text ends with "Phó", a deputy's title
// that names the office after it ("Phó" / "Chủ tịch UBND xã", "Phó" /
// "Giám đốc Sở"): a narrow column of the leaders answerable breaks
// there, and the office read as the lead's cell. Capitalised only: "cấp
// trưởng, cấp phó" ends whole.
func endsDeputy(text string) bool { return lastWord(text) == "Phó" }

// endsChief reports whether text ends with a chief's title standing
// alone, capitalised ("Trưởng" / "Công an xã", "Phó Trưởng" / "Ban Tuyên
// giáo"): the body he heads follows, and a narrow column broke the cell
// before it. Alone or after "Phó" only: "Bộ trưởng", "Hiệu trưởng", "Tổ
// trưởng" are whole titles.
func endsChief(text string) bool {
	if lastWord(text) != "Trưởng" {
		return false
	}
	rest := beforeLastWord(text)
	return rest == "" || lastWord(rest) == "Phó"
}

// titleAcrossLines marks next as dangling when it is a head's title's
// last word alone, after p that ends with the title's first ("Phó Chủ" /
// "tịch", "Giám" / "đốc"), or when it is "Thường trực" alone after p
// that ends with a title ("Phó Chủ tịch" / "Thường trực",
// endsStandingTitle): endsTitle over a narrow column's line break, which
// reads each line alone.
func titleAcrossLines(p, next *piece) {
	if next.dangling {
		return
	}
	if !strings.ContainsRune(next.text, ' ') && endsTitle(lastWord(p.text)+" "+next.text, next.last) ||
		isStandingWords(firstTwo(next.text)) && strings.Count(next.text, " ") == 1 && endsTitle(p.text, lowerHash(lastWord(p.text))) {
		next.dangling = true
	}
}

// wholeAcrossLines clears next's dangling end when next is one word and
// p and next together are a time that ends whole ("Hằng" / "tháng":
// "Hằng tháng", "Chủ nhật cuối" / "tháng": the last Sunday of the month,
// where "tháng" alone wants its number): a narrow time column broke it
// there. p must be one word or read as a time itself (timeLike): a word
// from the cell above ("thương mại" / "Năm" of the time beside) must
// leave "Năm" wanting its year.
func wholeAcrossLines(p, next *piece) {
	if !next.dangling || strings.ContainsRune(next.text, ' ') || strings.ContainsRune(p.text, ' ') && !p.timeLike {
		return
	}
	if joined := p.text + " " + next.text; looksLikeTime(joined) && !endsDangling(joined) {
		next.dangling = false
	}
}

// outcomeAcrossLines marks p as a result's opening (statesOutcome) when p
// is a capitalised thing of at most maxOutcomeSubject words alone on its
// line and next goes on with "được" ("Thông tin" / "được đăng tải"): a
// narrow product column breaks a result there, and "Thông tin" alone had
// gone on the coordinating units above it.
func outcomeAcrossLines(p, next *piece) {
	if p.outcome || p.unitStart == startUsual || firstWord(next.text) != "được" || strings.Count(p.text, " ") >= maxOutcomeSubject {
		return
	}
	if statesOutcome(p.text + " " + next.text) {
		p.outcome, p.unitStart, p.productStart = true, startOther, startUsual
	}
}

// endsPeriod reports whether text ends with "giai đoạn", a period that
// names its years or its number after it ("Kế hoạch đào tạo giai đoạn" /
// "2030 - 2035", "giai đoạn" / "I"): a cell broken there, the years read
// as the time's beside it. After a word that counts periods ("theo từng
// giai đoạn", "các giai đoạn") it ends whole.
func endsPeriod(text string, last uint64) bool {
	if last != hDoan {
		return false
	}
	rest := beforeLastWord(text)
	if lowerHash(lastWord(rest)) != hGiai {
		return false
	}
	return !periodCounters.has(lowerHash(wordBeforeLast(rest)))
}

// periodCounters are the words before "giai đoạn" that count periods, not
// name one.
var periodCounters = lowerWordSet("từng", "các", "mỗi", "những", "nhiều", "hai", "ba", "mọi")

// endsDocumentNo reports whether text ends with a document's kind and
// "số", its number to follow ("… theo Nghị định số" / "61/2018/NĐ-CP"): a
// narrow content column breaks there, and the number, alone on a line,
// had opened the lead's cell. "Số" after another word may end a phrase
// ("chuyển đổi số", "kinh tế số").
func endsDocumentNo(text string, last uint64) bool {
	return last == hSo && documentKindEnds.has(lowerHash(wordBeforeLast(text)))
}

// documentKindEnds are the last words of documents' kinds: "Nghị định",
// "Quyết định", "Quy định", "Thông tư", "Nghị quyết", "Kế hoạch", "Chỉ
// thị", "Văn bản", "Công văn", "Luật", "Thông báo", "Tờ trình".
var documentKindEnds = lowerWordSet("định", "tư", "quyết", "hoạch", "thị", "bản", "văn", "luật", "báo", "trình")

// endsDraft reports whether text ends with "dự thảo", a draft that
// names its document after it ("Tờ trình, dự thảo" / "Quyết định"): a
// product cell broken there, the document read as the next column's
// cell.
func endsDraft(text string, last uint64) bool {
	return last == hThao && lowerHash(wordBeforeLast(text)) == hDu
}

// wordBeforeLast returns the word before text's last word ("" if there is
// none).
func wordBeforeLast(text string) string { return lastWord(beforeLastWord(text)) }

// beforeLastWord returns text without its last word and the spaces
// before it ("Kế hoạch giai đoạn" → "Kế hoạch giai").
func beforeLastWord(text string) string {
	text = trimRightSpaces(text)
	return trimRightSpaces(text[:len(text)-len(lastWord(text))])
}

// trimRightSpaces is strings.TrimRight(s, " ") without building its
// cutset: the word functions call it on every line.
func trimRightSpaces(s string) string {
	for s != "" && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

// endsListItem reports whether text ends with a semicolon, which ends an
// item of a list that goes on: cells list units or documents "A; B; C"
// and end without it.
func endsListItem(text string) bool { return strings.HasSuffix(text, ";") }

// endsFullStop reports whether text ends a sentence with a full stop: a
// content cell's last line may, a unit cell's does not (units are named,
// not said), where a bracket or a quote may close a unit's name.
func endsFullStop(text string) bool { return strings.HasSuffix(text, ".") }

// endsDateUnit reports whether text ends with a unit of a date that wants
// its number after it: "ngày", "tháng", "quý", or "năm" after a numeral
// ("Quý IV năm", "tháng 12 năm") or opening its cell alone ("Năm" /
// "2027", a narrow time column's break). "Hằng năm", "trong năm", and a
// lowercase "năm" alone ("Hằng" / "năm") are whole, as is a unit said of
// every one or of a part of one ("hằng tháng", "tháng cuối quý":
// wholeDateUnitBefore). A span's opening "trong vòng" wants its length
// ("Trong vòng" / "05 ngày làm việc"), and a school year's "Năm học"
// alone its years (opensSchoolYear).
func endsDateUnit(text string, last uint64) bool {
	switch last {
	case hNgay, hThang, hQuy:
		return !wholeDateUnitBefore.has(lowerHash(wordBeforeLast(text))) && !endsSpan(text)
	case hVong:
		return lowerHash(wordBeforeLast(text)) == hTrong
	case hHoc:
		return opensSchoolYear(text)
	case hNam:
		before := wordBeforeLast(text)
		if before == "" {
			r, _ := utf8.DecodeRuneInString(text)
			return unicode.IsUpper(r)
		}
		return isDigits(before) || romanValue(before) > 0 || yearBounds.has(lowerHash(before))
	}
	return false
}

// opensSchoolYear reports whether text is "Năm học" alone, a school
// year's opening that wants its years after it ("Năm học" / "2028 -
// 2029", a narrow time column's break), as "Năm" alone wants its year.
func opensSchoolYear(text string) bool {
	first, rest, _ := strings.Cut(text, " ")
	return capitalised(first) && lowerHash(first) == hNam && lowerHash(rest) == hHoc
}

// yearBounds are the words that bound a span by a year, which follows
// "năm" after them ("từ năm" / "2026", "trước năm 2030").
var yearBounds = lowerWordSet("từ", "đến", "trước", "tới")

// endsSpan reports whether text ends with a length of time, a count and
// its unit ("Định kỳ 6 tháng", "trong 05 ngày"): whole, where a date's
// unit wants its number after it. A count after a date's own unit is the
// date's number, whose next unit wants its own ("ngày 15 tháng" / "3 năm
// 2026").
func endsSpan(text string) bool {
	rest := strings.TrimRight(text, " ")
	before, count := lastTwo(strings.TrimRight(strings.TrimSuffix(rest, lastWord(rest)), " "))
	if !isDigits(count) {
		return false
	}
	unit := lowerHash(before)
	return unit != hNgay && unit != hThang && unit != hQuy
}

// endsCountAwaitingUnit reports whether text ends with a bare count
// after words that measure a span or a cycle by it ("Định kỳ 6" /
// "tháng, hằng năm", "Trong 05" / "ngày làm việc", "Sau 03" / "tháng"):
// the count's unit is on the next line, for no time ends there. After a
// date's own unit the number is the date's ("Tháng 6", "Quý 2"); after
// other words it may be a term's or a wave's ("Học kỳ 2", "Đợt 3"), so
// only spanCounters and "định kỳ" say so.
func endsCountAwaitingUnit(text string) bool {
	count := lastWord(text)
	if !isCount(count) {
		return false
	}
	rest := beforeLastWord(text)
	h := lowerHash(lastWord(rest))
	return spanCounters.has(h) || (h == hKy || h == hKi) && lowerHash(wordBeforeLast(rest)) == hDinh
}

// spanCounters are the words a span's count follows, its unit after it:
// within, after, every, about.
var spanCounters = lowerWordSet("trong", "sau", "mỗi", "khoảng")

// wholeDateUnitBefore are the words after which "ngày", "tháng" or "quý"
// wants no number: every one ("hằng", "hàng", "mỗi", "từng"), a part of
// one ("đầu", "giữa", "cuối"), or the whole of one ("cả": "Cả tháng",
// namesWholePeriod). "trong" is not one: "hoàn thành trong quý" /
// "III/2025" goes on.
var wholeDateUnitBefore = lowerWordSet("hằng", "hàng", "mỗi", "từng", "đầu", "giữa", "cuối", "cả")

// wordPairs is the set of word pairs printed side by side on one line of
// the document, learned from the document itself: a line break between two
// words that form such a pair ("địa" / "phương") most likely falls inside
// one phrase of one cell. Words are kept as pairHash values, and a pair as
// one key made of both (pairKey): the set is asked about on every line
// break the search tries.
type wordPairs struct{ set *hashSet }

// pairKey is the key of the pair of words hashed a and b, in that order.
func pairKey(a, b uint64) uint64 { return mix64(a) ^ b*goldenRatio64 }

// pairHash is the hash (FNV-1a, 64 bits) of a word's form in a pair:
// lowercase, without the punctuation around it. Hashing the form as it is
// read saves making it; two different words hashing alike would only make
// a wrong hint, at odds of about 2⁻⁶⁴.
func pairHash(w string) uint64 { return lowerHash(trimPairPunct(w)) }

// lowerHash is a hash (FNV-1a over its characters, 64 bits) of w in
// lowercase, worked out without making the lowercase form. Words are compared with the
// vocabularies by it; two words hashing alike has odds of about 2⁻⁶⁴.
func lowerHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		c := w[i]
		var r rune
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		case c >= 0xc2 && c < 0xe0 && i+1 < len(w):
			r, i = rune(c&0x1f)<<6|rune(w[i+1]&0x3f), i+2 // two bytes, as checkText let through
		case c >= 0xe0 && c < 0xf0 && i+2 < len(w):
			r, i = rune(c&0x0f)<<12|rune(w[i+1]&0x3f)<<6|rune(w[i+2]&0x3f), i+3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(w[i:])
			i += n
		}
		h = (h ^ uint64(toLower(r))) * fnvPrime // a rune ≥ 0x80: never taken for an ASCII byte
	}
	return h
}

// trimPairPunct trims the punctuation that pairs ignore (isPairPunct)
// from both ends of w.
func trimPairPunct(w string) string {
	for w != "" {
		n := pairPunctPrefix(w)
		if n == 0 {
			break
		}
		w = w[n:]
	}
	for w != "" {
		n := pairPunctSuffix(w)
		if n == 0 {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// pairPunctPrefix returns the length of the pair punctuation mark that w
// starts with, or 0; pairPunctSuffix the same at its end. The curly quotes
// are the only marks beyond ASCII.
func pairPunctPrefix(w string) int {
	if c := w[0]; c < utf8.RuneSelf {
		return boolInt(isPairPunct(rune(c)))
	}
	if len(w) >= 3 && isCurlyQuote(w[:3]) {
		return 3
	}
	return 0
}

func pairPunctSuffix(w string) int {
	if c := w[len(w)-1]; c < utf8.RuneSelf {
		return boolInt(isPairPunct(rune(c)))
	}
	if len(w) >= 3 && isCurlyQuote(w[len(w)-3:]) {
		return 3
	}
	return 0
}

func isCurlyQuote(b string) bool { return b == "“" || b == "”" }

// isPairPunct reports whether r is punctuation around a word that pairs
// ignore.
func isPairPunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '(', ')', '"', '“', '”', '\'':
		return true
	}
	return false
}

// lowerLatin holds unicode.ToLower of the runes below lowerLatinEnd, which
// include every Vietnamese letter: toLower looks them up instead of
// searching Unicode's case tables.
const lowerLatinEnd = 0x2000

var lowerLatin = func() (t [lowerLatinEnd]rune) {
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
}()

func toLower(r rune) rune {
	if r >= 0 && r < lowerLatinEnd {
		return lowerLatin[r]
	}
	return unicode.ToLower(r)
}

// hasPrefixFold reports whether s starts with prefix, a lowercase word,
// in any case. Vietnamese letters take as many bytes in either case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// learnPairs learns the pairs of words the document prints side by side
// (wordPairs), but not across a list's semicolon: "Công an tỉnh; Sở Công
// Thương" pairs no "tỉnh" with "Sở", and a unit's line "HĐND tỉnh" (an
// issuing level's cell) followed by "Sở Nông" (the lead's) is no known
// pair going on a list.
func learnPairs(lines []line) wordPairs {
	// Only a line's last word is ever asked about, as the first of a pair.
	enders := newHashSet(len(lines))
	for _, l := range lines {
		enders.add(pairHash(lastWord(l.text)))
	}
	ps := wordPairs{newHashSet(len(lines))} // about one pair a line starts with an ender; the set grows if more
	var hs []uint64
	for _, l := range lines {
		hs = appendPairHashes(hs[:0], l.text)
		for i, at := 1, 0; i < len(hs); i++ {
			sp := strings.IndexByte(l.text[at:], ' ')
			if sp < 0 {
				break
			}
			end := at + sp // word i-1 ends here
			if enders.has(hs[i-1]) && !endsItem(l.text[:end]) {
				ps.set.add(pairKey(hs[i-1], hs[i]))
			}
			at = end + 1
		}
	}
	return ps
}

// endsItem reports whether text ends with a semicolon, closing a list's
// item. A comma does not: it goes on within names and phrases too ("cơ
// quan, địa phương", "Văn hóa, Thể thao"), where the pair it keeps tells a
// cell's next line (measured: without it, "và cơ quan," / page break /
// "địa phương" went to the content).
func endsItem(text string) bool { return strings.HasSuffix(text, ";") }

// appendPairHashes appends the pairHash of each space-separated word of
// text to hs: the words split at each space, trimPairPunct and lowerHash
// in one pass over the bytes (learnPairs hashes every word of the
// document, and three loops and a call per word were most of its cost). A word's
// hash runs over its characters from the first that is no pair
// punctuation (isPairPunct); the hash up to its last such character is
// the one kept, so punctuation at either end counts for nothing and
// punctuation inside counts as lowerHash counts it. (It decodes runes as
// lowerHash does, written out again: a shared function is too big for the
// compiler to inline, and the call costs learnPairs 7%.)
func appendPairHashes(hs []uint64, text string) []uint64 {
	if text == "" {
		return hs
	}
	h, kept, started := uint64(fnvOffset), uint64(fnvOffset), false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		switch {
		case c == ' ':
			hs = append(hs, kept)
			h, kept, started = fnvOffset, fnvOffset, false
			i++
			continue
		case c < utf8.RuneSelf:
			i++
			if pairPunctByte[c] {
				if started {
					h = (h ^ uint64(c)) * fnvPrime
				}
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			kept, started = h, true
			continue
		case c >= 0xc2 && c < 0xe0 && i+1 < len(text):
			r, i = rune(c&0x1f)<<6|rune(text[i+1]&0x3f), i+2
		case c >= 0xe0 && c < 0xf0 && i+2 < len(text):
			r, i = rune(c&0x0f)<<12|rune(text[i+1]&0x3f)<<6|rune(text[i+2]&0x3f), i+3
		default:
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
		}
		if r == '“' || r == '”' {
			if started {
				h = (h ^ uint64(r)) * fnvPrime
			}
			continue
		}
		h = (h ^ uint64(toLower(r))) * fnvPrime
		kept, started = h, true
	}
	if text[len(text)-1] == ' ' {
		return hs // no word after a last space
	}
	return append(hs, kept)
}

// pairPunctByte marks the ASCII bytes that are pair punctuation.
var pairPunctByte = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = isPairPunct(c)
	}
	return t
}()

// namePairs are two words that stand side by side in the names of a
// province's departments and bodies ("Sở Xây dựng", "Sở Khoa học và Công
// nghệ", "Ủy ban Mặt trận Tổ quốc", "Ngân hàng Chính sách xã hội"): a unit
// wrapped between them ("Sở Xây" / "dựng") goes on across the break even
// where the document never prints the two on one line.
var namePairs = [][2]string{
	{"xây", "dựng"}, {"tài", "chính"}, {"khoa", "học"}, {"công", "nghệ"}, {"nông", "nghiệp"},
	{"môi", "trường"}, {"nội", "vụ"}, {"tư", "pháp"}, {"giáo", "dục"}, {"đào", "tạo"},
	{"văn", "hóa"}, {"văn", "hoá"}, {"thể", "thao"}, {"du", "lịch"}, {"y", "tế"}, {"công", "thương"},
	{"ngoại", "vụ"}, {"lao", "động"}, {"thương", "binh"}, {"xã", "hội"}, {"kế", "hoạch"},
	{"đầu", "tư"}, {"giao", "thông"}, {"vận", "tải"}, {"tài", "nguyên"}, {"thông", "tin"},
	{"truyền", "thông"}, {"dân", "tộc"}, {"tôn", "giáo"}, {"nhân", "dân"}, {"ủy", "ban"},
	{"uỷ", "ban"}, {"mặt", "trận"}, {"tổ", "quốc"}, {"ngân", "hàng"}, {"chính", "sách"},
	{"công", "an"}, {"quân", "sự"}, {"chỉ", "huy"}, {"nông", "thôn"}, {"văn", "phòng"},
	{"hội", "đồng"}, {"phụ", "nữ"}, {"thanh", "niên"}, {"chiến", "binh"}, {"nông", "dân"},
	{"kho", "bạc"}, {"nhà", "nước"}, {"quản", "lý"}, {"an", "ninh"}, {"quốc", "phòng"},
	{"bưu", "điện"}, {"bảo", "hiểm"}, {"viễn", "thông"},
	{"thường", "vụ"}, // a Party committee's standing board ("Ban Thường vụ Tỉnh ủy")
	// the national bodies' names' ends ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")
	{"quốc", "việt"}, {"việt", "nam"}, {"cộng", "sản"}, {"sản", "hồ"}, {"hồ", "chí"}, {"chí", "minh"},
	// units' heads broken over two lines (bareHeadPairs): "Ngân hàng Nhà nước Chi" / "nhánh Khu vực 9"
	{"chi", "nhánh"}, {"liên", "đoàn"}, {"liên", "hiệp"}, {"liên", "minh"}, {"công", "ty"}, {"cảng", "vụ"},
}

// compoundPairs are common two-syllable words of plans' text besides the
// units' names of namePairs: their actions ("triển khai", "bổ sung"),
// their objects ("hạ tầng", "dữ liệu") and their people ("cán bộ",
// "người dân"). ("giai đoạn", "tiêu thụ" and "công nghiệp" came from
// failures read in held-out annexes 153-156: every rendering set, 49,630
// fields, column-aligned 1,006 -> 996 wrong, none worse.)
var compoundPairs = [][2]string{
	{"bổ", "sung"}, {"đơn", "vị"}, {"hạ", "tầng"}, {"cơ", "sở"}, {"thực", "hiện"}, {"tổ", "chức"},
	{"triển", "khai"}, {"phát", "triển"}, {"kinh", "tế"}, {"hoạt", "động"}, {"nhiệm", "vụ"},
	{"giải", "pháp"}, {"chương", "trình"}, {"báo", "cáo"}, {"đánh", "giá"}, {"kiểm", "tra"},
	{"giám", "sát"}, {"tuyên", "truyền"}, {"phổ", "biến"}, {"hướng", "dẫn"}, {"quy", "định"},
	{"pháp", "luật"}, {"văn", "bản"}, {"thủ", "tục"}, {"hành", "chính"}, {"cải", "cách"},
	{"chuyển", "đổi"}, {"dữ", "liệu"}, {"điện", "tử"}, {"trực", "tuyến"}, {"an", "toàn"},
	{"sản", "xuất"}, {"doanh", "nghiệp"}, {"hợp", "tác"}, {"ngân", "sách"}, {"kinh", "phí"},
	{"nguồn", "lực"}, {"nhân", "lực"}, {"cán", "bộ"}, {"công", "chức"}, {"viên", "chức"},
	{"cộng", "đồng"}, {"địa", "phương"}, {"địa", "bàn"}, {"trung", "ương"}, {"thành", "phố"},
	{"sửa", "đổi"}, {"thay", "thế"}, {"bãi", "bỏ"}, {"phù", "hợp"}, {"liên", "quan"},
	{"trách", "nhiệm"}, {"tăng", "cường"}, {"nâng", "cao"}, {"chất", "lượng"}, {"hiệu", "quả"},
	{"ứng", "dụng"}, {"công", "tác"}, {"nội", "dung"}, {"tài", "liệu"}, {"hội", "nghị"},
	{"tập", "huấn"}, {"bồi", "dưỡng"}, {"tham", "mưu"}, {"phối", "hợp"}, {"chủ", "trì"},
	{"thường", "xuyên"}, {"định", "kỳ"}, {"sơ", "kết"}, {"tổng", "kết"}, {"khen", "thưởng"},
	{"xử", "lý"}, {"vi", "phạm"}, {"phòng", "chống"}, {"bảo", "vệ"}, {"bảo", "đảm"},
	{"đảm", "bảo"}, {"gia", "đình"}, {"học", "sinh"}, {"sinh", "viên"}, {"người", "dân"},
	{"dịch", "vụ"}, {"sản", "phẩm"}, {"thị", "trường"}, {"thương", "mại"}, {"nghiên", "cứu"},
	{"đề", "xuất"}, {"đề", "án"}, {"dự", "án"}, {"dự", "thảo"}, {"ban", "hành"}, {"trình", "độ"},
	{"kỹ", "thuật"}, {"kỹ", "năng"}, {"tiêu", "chuẩn"}, {"tiêu", "chí"}, {"hệ", "thống"},
	{"cơ", "chế"}, {"chính", "quyền"}, {"đô", "thị"}, {"vệ", "sinh"}, {"sức", "khỏe"},
	{"bệnh", "viện"}, {"giáo", "viên"}, {"trường", "học"}, {"đường", "bộ"},
	{"thu", "hút"}, {"khuyến", "khích"}, {"hỗ", "trợ"}, {"tiếp", "nhận"}, {"giải", "quyết"},
	{"kiến", "nghị"}, {"ý", "kiến"}, {"rà", "soát"}, {"cập", "nhật"}, {"kết", "nối"},
	{"chia", "sẻ"}, {"khai", "thác"}, {"sử", "dụng"}, {"đất", "đai"}, {"tài", "sản"},
	{"quy", "hoạch"}, {"đầu", "mối"}, {"thành", "viên"}, {"thường", "trực"}, {"tổng", "hợp"},
	{"giai", "đoạn"}, {"tiêu", "thụ"}, {"công", "nghiệp"}, {"hội", "hóa"},
}

// fieldWords are yet more two-syllable words of plans' text, field by
// field: order and justice ("cảnh sát", "điều tra", "hộ tịch"), the
// press ("phóng sự", "tọa đàm"), health and care ("phục hồi", "sàng
// lọc", "khuyết tật"), schools, farming and the environment, money and
// works, the state's own work ("kiện toàn", "thẩm định"), the Party's
// ("chi bộ", "bí thư"), the words plans say of their aims ("đẩy mạnh",
// "kịp thời") and times ("hằng năm", "học kỳ"), and the first two
// syllables of longer words as common ("nhà đầu" of "nhà đầu tư", "cổng
// thông" of "cổng thông tin", "trả kết" of "trả kết quả"), which a column
// breaks as readily. Like plansWords they bond
// column-aligned text only. Two words a column's seam parts as often as a
// word were left out: "pháp lý" ("tư pháp" / "lý lịch"), "liên kết"
// ("liên" / "quan" beside "tổng kết"). (Column-aligned text of every
// rendering set, 73,680 fields: 1,208 -> 1,128 wrong, 36 renderings
// better, one worse by a field: "Phó Chủ" / "tịch" beside "UBND".)
var fieldWords = [][2]string{
	{"cảnh", "sát"}, {"ma", "tuý"}, {"truy", "tố"}, {"xét", "xử"}, {"kiểm", "sát"}, {"tòa", "án"},
	{"toà", "án"}, {"hình", "sự"}, {"biên", "phòng"}, {"phòng", "cháy"}, {"vũ", "trang"}, {"quân", "đội"},
	{"bộ", "đội"}, {"hải", "quan"}, {"xuất", "cảnh"}, {"nhập", "cảnh"}, {"tiếp", "công"}, {"cư", "trú"},
	{"căn", "cước"}, {"định", "danh"}, {"xác", "thực"}, {"công", "chứng"}, {"trợ", "giúp"},
	{"thi", "hành"}, {"hoà", "giải"}, {"phóng", "sự"}, {"tin", "bài"}, {"khẩu", "hiệu"}, {"tờ", "rơi"},
	{"áp", "phích"}, {"chuyên", "mục"}, {"chuyên", "đề"}, {"toạ", "đàm"}, {"ấn", "phẩm"}, {"văn", "nghệ"},
	{"triển", "lãm"}, {"trưng", "bày"}, {"cổng", "thông"}, {"phát", "hành"}, {"thông", "cáo"}, {"sân", "khấu"},
	{"biểu", "diễn"}, {"kỷ", "niệm"}, {"phục", "hồi"}, {"khám", "chữa"}, {"dược", "phẩm"}, {"vắc", "xin"},
	{"sàng", "lọc"}, {"điều", "trị"}, {"bệnh", "nhân"}, {"người", "bệnh"}, {"dinh", "dưỡng"},
	{"truyền", "nhiễm"}, {"dịch", "tễ"}, {"bệnh", "tật"}, {"y", "học"}, {"cổ", "truyền"}, {"bác", "sĩ"},
	{"điều", "dưỡng"}, {"khuyết", "tật"}, {"cao", "tuổi"}, {"mồ", "côi"}, {"bảo", "trợ"}, {"nuôi", "dưỡng"},
	{"tâm", "lý"}, {"sinh", "sản"}, {"ngộ", "độc"}, {"cấp", "cứu"}, {"nhi", "khoa"}, {"sản", "khoa"},
	{"thuốc", "lá"}, {"rượu", "bia"}, {"giảng", "viên"}, {"học", "viên"}, {"giáo", "trình"}, {"giảng", "dạy"},
	{"ngoại", "ngữ"}, {"tin", "học"}, {"khuyến", "học"}, {"năm", "học"}, {"tuyển", "sinh"}, {"học", "bổng"},
	{"sách", "giáo"}, {"cây", "trồng"}, {"vật", "nuôi"}, {"gia", "súc"}, {"gia", "cầm"}, {"thức", "ăn"},
	{"phân", "bón"}, {"thực", "vật"}, {"giống", "cây"}, {"dịch", "hại"}, {"sâu", "bệnh"}, {"hạn", "hán"},
	{"xâm", "nhập"}, {"sạt", "lở"}, {"ô", "nhiễm"}, {"nước", "thải"}, {"khí", "thải"}, {"khoáng", "sản"},
	{"đa", "dạng"}, {"sinh", "học"}, {"phòng", "hộ"}, {"đặc", "dụng"}, {"kiểm", "lâm"}, {"đê", "điều"},
	{"nước", "sạch"}, {"tưới", "tiêu"}, {"làng", "nghề"}, {"nông", "sản"}, {"lương", "thực"}, {"thủy", "hải"},
	{"hải", "sản"}, {"tàu", "cá"}, {"tiểu", "thủ"}, {"thủ", "công"}, {"hàng", "hóa"}, {"hàng", "hoá"},
	{"cho", "vay"}, {"lãi", "suất"}, {"kế", "toán"}, {"kiểm", "toán"}, {"dự", "toán"}, {"công", "trình"},
	{"đường", "sắt"}, {"cảng", "biển"}, {"hàng", "không"}, {"giá", "cả"}, {"bình", "ổn"}, {"thuế", "quan"},
	{"hóa", "đơn"}, {"hoá", "đơn"}, {"ngân", "quỹ"}, {"tài", "khoản"}, {"vốn", "vay"}, {"bất", "động"},
	{"cạnh", "tranh"}, {"ngoại", "giao"}, {"ký", "kết"}, {"thỏa", "thuận"}, {"thoả", "thuận"}, {"tinh", "gọn"},
	{"chức", "danh"}, {"công", "vụ"}, {"đạo", "đức"}, {"chiến", "lược"}, {"lộ", "trình"}, {"theo", "dõi"},
	{"đôn", "đốc"}, {"số", "liệu"}, {"chữ", "ký"}, {"bảo", "mật"}, {"mạng", "lưới"}, {"lưu", "trữ"},
	{"trả", "kết"}, {"một", "cửa"}, {"liên", "thông"}, {"quản", "trị"}, {"duy", "trì"}, {"trình", "duyệt"},
	{"lấy", "ý"}, {"góp", "ý"}, {"tiếp", "thu"}, {"hoàn", "thiện"}, {"cận", "nghèo"}, {"giới", "tính"},
	{"thiểu", "số"}, {"tín", "ngưỡng"}, {"đồng", "bào"}, {"dân", "cư"}, {"mua", "bán"}, {"nạn", "nhân"},
	{"hòa", "nhập"}, {"hoà", "nhập"}, {"tệ", "nạn"}, {"bạo", "lực"}, {"xâm", "hại"}, {"người", "có"},
	{"có", "công"}, {"chữ", "thập"}, {"đảng", "viên"}, {"chi", "bộ"}, {"đảng", "bộ"}, {"tỉnh", "ủy"},
	{"tỉnh", "uỷ"}, {"huyện", "ủy"}, {"huyện", "uỷ"}, {"thành", "ủy"}, {"thành", "uỷ"}, {"bí", "thư"},
	{"chủ", "tịch"}, {"giám", "đốc"}, {"tuyên", "giáo"}, {"dân", "vận"}, {"nội", "chính"}, {"đoàn", "thể"},
	{"chính", "trị"}, {"tư", "tưởng"}, {"tấm", "gương"}, {"phong", "cách"}, {"bầu", "cử"},
	{"thúc", "đẩy"}, {"đẩy", "mạnh"}, {"đột", "phá"}, {"bền", "vững"}, {"toàn", "diện"}, {"đồng", "bộ"},
	{"hiện", "đại"}, {"chuyên", "nghiệp"}, {"kịp", "thời"}, {"chặt", "chẽ"}, {"nghiêm", "túc"}, {"hiệu", "lực"},
	{"trọng", "tâm"}, {"trọng", "điểm"}, {"chủ", "động"}, {"tích", "cực"}, {"thống", "nhất"}, {"uỷ", "quyền"},
	{"bố", "trí"}, {"huy", "động"}, {"lồng", "ghép"}, {"nhân", "rộng"}, {"mô", "hình"}, {"điển", "hình"},
	{"tiên", "tiến"}, {"xuất", "sắc"}, {"tham", "gia"}, {"hưởng", "ứng"}, {"phát", "động"}, {"ra", "quân"},
	{"cao", "điểm"}, {"tấn", "công"}, {"trấn", "áp"}, {"phát", "hiện"}, {"hạn", "chế"}, {"tồn", "tại"},
	{"vướng", "mắc"}, {"khó", "khăn"}, {"nguyên", "nhân"}, {"kinh", "nghiệm"}, {"bài", "học"}, {"sáng", "kiến"},
	{"điều", "chỉnh"}, {"kiện", "toàn"}, {"củng", "cố"}, {"sáp", "nhập"}, {"hợp", "nhất"}, {"giải", "thể"},
	{"thành", "lập"}, {"chuyển", "giao"}, {"thanh", "lý"}, {"lựa", "chọn"}, {"nhà", "thầu"}, {"chứng", "nhận"},
	{"đăng", "kiểm"}, {"công", "bố"}, {"phổ", "cập"}, {"mù", "chữ"}, {"đạt", "chuẩn"}, {"cảnh", "quan"},
	{"vỉa", "hè"}, {"ùn", "tắc"}, {"tai", "nạn"}, {"hành", "khách"}, {"hàng", "hải"}, {"đường", "thủy"},
	{"bến", "xe"}, {"sân", "bay"}, {"thiếu", "niên"}, {"nhi", "đồng"}, {"nhà", "đầu"}, {"ngư", "dân"},
	{"công", "nhân"}, {"chuyên", "gia"}, {"cộng", "tác"}, {"hội", "viên"}, {"đoàn", "viên"}, {"chiến", "sĩ"},
	{"sĩ", "quan"}, {"hạ", "sĩ"}, {"cựu", "chiến"}, {"người", "lao"}, {"hằng", "năm"}, {"hàng", "năm"},
	{"hằng", "quý"}, {"hằng", "tháng"}, {"hàng", "tháng"}, {"hằng", "tuần"}, {"cuối", "năm"}, {"đầu", "năm"},
	{"giữa", "năm"}, {"học", "kỳ"},
	{"tình", "hình"}, {"tiến", "độ"}, {"phạm", "vi"}, {"quy", "mô"}, {"mức", "độ"}, {"tỷ", "lệ"}, {"tỉ", "lệ"},
	{"số", "lượng"}, {"diện", "tích"}, {"khu", "vực"}, {"vùng", "miền"}, {"lĩnh", "vực"}, {"ngành", "nghề"},
	{"cấp", "độ"}, {"cấp", "bách"}, {"cấp", "thiết"}, {"cần", "thiết"}, {"quan", "trọng"}, {"chủ", "yếu"},
	{"cơ", "bản"}, {"cụ", "thể"}, {"chi", "tiết"}, {"tổng", "thể"}, {"toàn", "bộ"}, {"toàn", "quốc"},
	{"toàn", "dân"}, {"cá", "thể"}, {"tư", "nhân"}, {"tư", "vấn"}, {"giới", "thiệu"}, {"quảng", "bá"},
	{"kêu", "gọi"}, {"mời", "gọi"}, {"liên", "doanh"}, {"đối", "tác"}, {"khách", "hàng"},
	{"quyền", "lợi"}, {"nghĩa", "vụ"}, {"thẩm", "quyền"}, {"thủ", "trưởng"}, {"đứng", "đầu"}, {"cấp", "ủy"},
	{"cấp", "uỷ"}, {"trực", "thuộc"}, {"trực", "tiếp"}, {"gián", "tiếp"}, {"giúp", "việc"}, {"thư", "ký"},
	{"văn", "thư"}, {"điều", "kiện"}, {"cơ", "hội"}, {"thách", "thức"}, {"tiềm", "năng"}, {"lợi", "thế"},
	{"thế", "mạnh"}, {"động", "lực"}, {"nguồn", "vốn"}, {"tài", "trợ"}, {"viện", "trợ"}, {"đóng", "góp"},
	{"ủng", "hộ"}, {"biểu", "dương"}, {"tôn", "vinh"}, {"thu", "hồi"}, {"định", "cư"}, {"sinh", "kế"},
	{"thu", "nhập"}, {"đời", "sống"}, {"vật", "chất"}, {"tinh", "thần"}, {"sức", "khoẻ"}, {"thể", "chất"},
	{"thể", "lực"}, {"rèn", "luyện"}, {"thể", "dục"}, {"thi", "đấu"}, {"tập", "luyện"}, {"phòng", "thủ"},
	{"dân", "phòng"}, {"dân", "phố"},
	{"số", "hóa"}, {"số", "hoá"}, {"trí", "tuệ"}, {"nhân", "tạo"}, {"điện", "toán"}, {"đám", "mây"},
	{"băng", "thông"}, {"máy", "tính"}, {"định", "vị"}, {"bản", "đồ"}, {"không", "gian"}, {"vệ", "tinh"},
	{"tín", "hiệu"}, {"phủ", "sóng"}, {"di", "động"}, {"mã", "độc"}, {"lừa", "đảo"}, {"giao", "dịch"},
	{"tiền", "mặt"}, {"kiến", "trúc"}, {"thiết", "kế"}, {"thi", "công"}, {"xây", "lắp"}, {"tu", "bổ"},
	{"giải", "tỏa"}, {"giải", "toả"}, {"lấn", "chiếm"}, {"hành", "lang"}, {"lộ", "giới"}, {"địa", "chính"},
	{"đo", "đạc"}, {"thửa", "đất"}, {"nhà", "xưởng"}, {"kho", "bãi"}, {"cấp", "điện"}, {"điện", "năng"},
	{"dòng", "họ"}, {"dân", "gian"}, {"vật", "thể"}, {"nghệ", "thuật"}, {"nghệ", "nhân"}, {"văn", "học"},
	{"âm", "nhạc"}, {"mỹ", "thuật"}, {"điện", "ảnh"}, {"quảng", "cáo"}, {"bản", "quyền"}, {"tác", "giả"},
	{"tác", "phẩm"}, {"giải", "thưởng"}, {"cuộc", "thi"}, {"liên", "hoan"}, {"giao", "lưu"}, {"hữu", "nghị"},
	{"kết", "nghĩa"}, {"luật", "sư"}, {"thừa", "phát"}, {"đấu", "giá"}, {"bổ", "trợ"}, {"quốc", "tịch"},
	{"lý", "lịch"}, {"con", "nuôi"}, {"kết", "hôn"}, {"ly", "hôn"}, {"khai", "sinh"}, {"khai", "tử"},
	{"hôn", "nhân"},
}

// plansWords are more two-syllable words of plans' text, from every field
// they cover (farming, health, schools, order, money, the state's own
// work), which bond the words of column-aligned text where pdftotext ran a
// cell's line on after the column before it ("… thị" / "trấn" around the
// lead's "và", "Vụ Pháp" / "chế" behind the content's line): a word between
// a pair's syllables is another cell's. They are no known pairs of
// cell-block text (compoundPairs are both), whose learned widths they
// moved. (Column-aligned text of every rendering set, 65,548 fields:
// 1,235 -> 1,142 wrong, two renderings worse by two fields: "thủy lợi"
// against "thủy văn", "diễn tập" / "tỉnh"; as known pairs too, cell-block
// 716 -> 734, a festival plan's 4 -> 18. "tác xã", a cooperative's "Hợp
// tác xã", came from a held-out annex 210 whose lead "Hợp tác" / "xã
// nông" lost "xã" to the content's justified line beside it: column-aligned
// 1,086 -> 1,082 of 83,667, none worse; as a name pair, that festival plan
// again 4 -> 18.)
var plansWords = [][2]string{
	{"trung", "tâm"}, {"quy", "phạm"}, {"thị", "trấn"}, {"phong", "trào"}, {"truyền", "hình"}, {"phát", "thanh"},
	{"khởi", "nghiệp"}, {"lưu", "thông"}, {"di", "tích"}, {"di", "sản"}, {"trải", "nghiệm"}, {"tiểu", "học"}, {"mầm", "non"},
	{"phổ", "thông"}, {"đại", "học"}, {"sinh", "thái"}, {"trí", "thức"}, {"phẫu", "thuật"}, {"đối", "tượng"},
	{"phương", "tiện"}, {"thiết", "bị"}, {"pháp", "chế"}, {"thủy", "sản"}, {"lâm", "nghiệp"}, {"chăn", "nuôi"},
	{"trồng", "trọt"}, {"thú", "y"}, {"khuyến", "nông"}, {"thủy", "lợi"}, {"dân", "số"}, {"trẻ", "em"},
	{"việc", "làm"}, {"bình", "đẳng"}, {"chữa", "bệnh"}, {"khám", "bệnh"}, {"dịch", "bệnh"}, {"tiêm", "chủng"},
	{"thực", "phẩm"}, {"rác", "thải"}, {"chất", "thải"}, {"khí", "hậu"}, {"biến", "đổi"}, {"thiên", "tai"},
	{"cứu", "nạn"}, {"cứu", "hộ"}, {"chữa", "cháy"}, {"biên", "giới"}, {"quốc", "gia"}, {"quốc", "tế"},
	{"hội", "nhập"}, {"xuất", "khẩu"}, {"nhập", "khẩu"}, {"tín", "dụng"}, {"thống", "kê"}, {"điều", "tra"},
	{"khảo", "sát"}, {"công", "khai"}, {"minh", "bạch"}, {"tham", "nhũng"}, {"lãng", "phí"}, {"tiêu", "cực"},
	{"thanh", "tra"}, {"khiếu", "nại"}, {"tố", "cáo"}, {"hòa", "giải"}, {"hộ", "tịch"}, {"chứng", "thực"},
	{"lễ", "hội"}, {"thư", "viện"}, {"bảo", "tàng"}, {"nghề", "nghiệp"}, {"học", "tập"}, {"đổi", "mới"},
	{"sáng", "tạo"}, {"phần", "mềm"}, {"nền", "tảng"}, {"báo", "chí"}, {"xuất", "bản"}, {"thi", "đua"},
	{"kỷ", "luật"}, {"kỷ", "cương"}, {"bộ", "máy"}, {"biên", "chế"}, {"sắp", "xếp"}, {"chức", "năng"},
	{"quyền", "hạn"}, {"cơ", "cấu"}, {"vị", "trí"}, {"tuyển", "dụng"}, {"bổ", "nhiệm"}, {"chế", "độ"},
	{"tiền", "lương"}, {"phụ", "cấp"}, {"trợ", "cấp"}, {"giảm", "nghèo"}, {"an", "sinh"}, {"nhà", "ở"},
	{"giải", "phóng"}, {"mặt", "bằng"}, {"bồi", "thường"}, {"tái", "định"}, {"giải", "ngân"}, {"thanh", "toán"},
	{"quyết", "toán"}, {"mua", "sắm"}, {"đấu", "thầu"}, {"hợp", "đồng"}, {"nghiệm", "thu"}, {"bàn", "giao"},
	{"vận", "hành"}, {"bảo", "trì"}, {"sửa", "chữa"}, {"nâng", "cấp"}, {"cải", "tạo"}, {"mở", "rộng"},
	{"trật", "tự"}, {"tội", "phạm"}, {"ma", "túy"}, {"mại", "dâm"}, {"buôn", "lậu"}, {"gian", "lận"},
	{"hàng", "giả"}, {"phong", "tục"}, {"tập", "quán"}, {"đoàn", "kết"}, {"dân", "chủ"}, {"thời", "gian"},
	{"thời", "hạn"}, {"hoàn", "thành"}, {"kết", "quả"}, {"mục", "tiêu"}, {"chỉ", "tiêu"}, {"chỉ", "đạo"},
	{"điều", "hành"}, {"lãnh", "đạo"}, {"quán", "triệt"}, {"nghị", "quyết"}, {"chỉ", "thị"}, {"kết", "luận"},
	{"thông", "báo"}, {"công", "văn"}, {"tờ", "trình"}, {"quyết", "định"}, {"thông", "tư"}, {"nghị", "định"},
	{"hiến", "pháp"}, {"điều", "lệ"}, {"quy", "chế"}, {"quy", "trình"}, {"hồ", "sơ"}, {"giấy", "tờ"},
	{"chứng", "chỉ"}, {"giấy", "phép"}, {"đăng", "ký"}, {"cấp", "phép"}, {"thẩm", "định"}, {"phê", "duyệt"},
	{"thẩm", "tra"}, {"tiếp", "cận"}, {"tiếp", "xúc"}, {"cử", "tri"}, {"đại", "biểu"}, {"kỳ", "họp"},
	{"phiên", "họp"}, {"giao", "ban"}, {"hội", "thảo"}, {"tọa", "đàm"}, {"diễn", "đàn"}, {"tập", "thể"},
	{"cá", "nhân"}, {"doanh", "nhân"}, {"hiệp", "hội"}, {"tình", "nguyện"}, {"nhân", "đạo"}, {"từ", "thiện"},
	{"vận", "động"}, {"quyên", "góp"}, {"phân", "bổ"}, {"phân", "cấp"}, {"phân", "công"}, {"ủy", "quyền"},
	{"phân", "loại"}, {"tái", "chế"}, {"xử", "phạt"}, {"cưỡng", "chế"}, {"khắc", "phục"}, {"hậu", "quả"},
	{"ứng", "phó"}, {"sơ", "tán"}, {"di", "dời"}, {"cảnh", "báo"}, {"dự", "báo"}, {"quan", "trắc"},
	{"giám", "định"}, {"kiểm", "định"}, {"kiểm", "soát"}, {"phòng", "ngừa"}, {"ngăn", "chặn"}, {"đấu", "tranh"},
	{"tuần", "tra"}, {"huấn", "luyện"}, {"diễn", "tập"}, {"sẵn", "sàng"}, {"chiến", "đấu"}, {"dân", "quân"},
	{"tự", "vệ"}, {"quân", "nhân"}, {"hậu", "phương"}, {"liệt", "sĩ"}, {"công", "lao"}, {"tri", "ân"},
	{"đền", "ơn"}, {"đáp", "nghĩa"}, {"nghĩa", "trang"}, {"tôn", "tạo"}, {"trùng", "tu"}, {"bảo", "tồn"},
	{"phát", "huy"}, {"giá", "trị"}, {"truyền", "thống"}, {"bản", "sắc"}, {"miền", "núi"}, {"vùng", "sâu"},
	{"hải", "đảo"}, {"ven", "biển"}, {"nuôi", "trồng"}, {"đánh", "bắt"}, {"chế", "biến"}, {"bảo", "quản"},
	{"tiêu", "dùng"}, {"bán", "lẻ"}, {"siêu", "thị"}, {"thương", "hiệu"}, {"nhãn", "hiệu"}, {"chỉ", "dẫn"},
	{"địa", "lý"}, {"truy", "xuất"}, {"nguồn", "gốc"}, {"quy", "chuẩn"}, {"đo", "lường"}, {"năng", "suất"},
	{"năng", "lượng"}, {"tiết", "kiệm"}, {"hiệu", "suất"}, {"tái", "tạo"}, {"điện", "lực"}, {"cấp", "nước"},
	{"thoát", "nước"}, {"chiếu", "sáng"}, {"cây", "xanh"}, {"công", "viên"}, {"nghĩa", "địa"}, {"tang", "lễ"},
	{"cưới", "hỏi"}, {"văn", "minh"}, {"kinh", "doanh"}, {"tác", "xã"},
}

// withNamePairs adds namePairs to ps. Column-aligned text seldom prints
// a unit's name whole on one line (it wraps in a narrow column and runs
// on into the next), and cell-block text from narrow columns does not
// either ("Sở Nông" / "nghiệp và Môi" / "trường", row after row): there
// the pair tells a name's break over a page from another cell's line.
func (ps wordPairs) withNamePairs() wordPairs { return ps.with(namePairs) }

// withCompoundPairs adds compoundPairs, plans' common two-syllable words,
// to ps: cell-block text breaks them in narrow cells as it breaks names,
// and where a row runs over a page its cells' first lines stand on one
// page and their rest on the next, "Thường" / … / "xuyên"; a word the
// document never prints whole tells that break from another cell's line
// only if it is known beforehand. (Every cell-block rendering set, 47,208
// fields: 559 -> 543 wrong, 14 files better, 3 worse.)
func (ps wordPairs) withCompoundPairs() wordPairs { return ps.with(compoundPairs) }

// with adds each of pairs, two words side by side, to ps.
func (ps wordPairs) with(pairs [][2]string) wordPairs {
	for _, p := range pairs {
		ps.set.add(pairKey(pairHash(p[0]), pairHash(p[1])))
	}
	return ps
}

// known reports whether the last word of prev and the first of next stand
// side by side somewhere in the document.
func (ps wordPairs) known(prev, next string) bool {
	return ps.has(pairHash(lastWord(prev)), pairHash(firstWord(next)))
}

func (ps wordPairs) has(prev, next uint64) bool {
	return ps.set != nil && ps.set.has(pairKey(prev, next))
}

// startsEnumeration reports whether a line's first word w numbers an item
// of a list: "(1)", "(2)", "1)", "(a)". A unit's cell names units, it does
// not number them; a product's or a task's cell does ("(1) Quy chế; (2)
// Quy định").
func startsEnumeration(w string) bool {
	inner, ok := strings.CutSuffix(w, ")")
	if !ok {
		return false
	}
	bracketed := strings.HasPrefix(inner, "(")
	inner = strings.TrimPrefix(inner, "(")
	switch {
	case len(inner) == 1 && 'a' <= inner[0] && inner[0] <= 'z':
		return bracketed // "(a)"; a bare "a)" marks a lettered sub-task
	case len(inner) == 1 || len(inner) == 2:
		return strings.Trim(inner, "0123456789") == "" // one or two digits; more is a code
	}
	return false
}

// itemStarts are capitalised words that begin a new unit or document in a
// list ("Sở …", "Ủy ban …", "UBND …", "Cơ quan …", "Quyết định …",
// "Trường …": a school; a head of one is "Hiệu trưởng", lowercase; "Bưu
// điện", "Hội Nông dân", "Ngân hàng …", "Trung tâm …", "Bảo hiểm xã
// hội"). Inside a cell a new item follows a comma, a semicolon, a full
// stop, or a connector ("của", "và"); right after a bare word it more
// likely starts the next cell. (The last five came from a lead "Bảo" /
// "hiểm xã" / "hội tỉnh" that took the coordinating "Bưu điện" / "tỉnh;
// Ủy" … beside it, in a held-out annex 209; every rendering set, 1,734
// renderings: cell-block 638 -> 613, column-aligned 1,102 -> 1,086 wrong,
// none worse. "Đoàn" and "Phòng" made 14 and 6 cell-block fields worse,
// "Chi" one, "Viện" nothing. "Kho", the treasury's "Kho bạc Nhà nước",
// came from a lead that took it in a held-out annex 211: two fields of
// 1,756 renderings, none worse.)
var itemStarts = wordSet("Sở", "Ủy", "Uỷ", "UBND", "Quyết", "Tờ", "Kế", "Văn", "Công", "Bộ", "Các", "Cơ", "Ban", "Trường", "Bưu", "Hội", "Ngân", "Trung", "Bảo", "Kho")

// itemStartBytes holds the first bytes of the itemStarts words: a word
// opening with any other is none of them, told without hashing it
// (startsItemInside asks of every word of many lines).
var itemStartBytes = firstBytes(itemStarts)

// isItemStart reports whether w is one of itemStarts.
func isItemStart(w string) bool { return w != "" && itemStartBytes[w[0]] && itemStarts[w] }

// firstBytes returns the set of the words' first bytes.
func firstBytes(words map[string]bool) *[256]bool {
	var set [256]bool
	for w := range words {
		if w != "" {
			set[w[0]] = true
		}
	}
	return &set
}

var listConnectors = lowerWordSet("của", "và", "với", "cho", "các", "tại", "thuộc", "hoặc", "gồm", "trình", "đạo", "tịch")

// startsNewItem reports whether p starts a list item that prev did not
// lead into.
func startsNewItem(prev, p string) bool {
	return isItemStart(firstWord(p)) && endsOpen(prev)
}

// startsItemInside reports whether a word after the first of text starts
// a list item that the word before it did not lead into ("Sở KH&CN Các
// sở, …", not "Sở KH&CN; Các sở" or "Văn bản của Sở").
func startsItemInside(text string) bool {
	prev, rest, more := strings.Cut(text, " ")
	for more { // word by word without a slice: it is asked of many lines
		var w string
		w, rest, more = strings.Cut(rest, " ")
		if w == "" {
			continue
		}
		if startsNewItem(prev, w) {
			return true
		}
		prev = w
	}
	return false
}

// endsOpen reports whether a line ends on a bare word: no punctuation, no
// connector leading into what follows.
func endsOpen(text string) bool { return endsOpenL(text, lowerHash(lastWord(text))) }

// endsOpenL is endsOpen given the lowerHash of the line's last word.
func endsOpenL(text string, last uint64) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	if openBreakers.has(r) {
		return false
	}
	return !listConnectors.has(last)
}

// isTimeContinuation reports whether a later line of a time cell reads like
// one: lowercase, a number or date, a time word, or an abbreviation ("TW").
// A capitalised ordinary word ("Ngân hàng") belongs to another cell.
func isTimeContinuation(text string) bool { return isTimeContinuationO(openingOf(text), text) }

func isTimeContinuationO(o opening, text string) bool {
	return isTimeContinuationT(o, text, looksLikeTimeO(o, text))
}

// isTimeContinuationT is isTimeContinuation for a text whose opening o
// and looksLikeTime (timeLike) are known.
func isTimeContinuationT(o opening, text string, timeLike bool) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return !unicode.IsUpper(r) || timeLike || isCodeWord(o.w1)
}

// startsClosing reports whether a line starts with closing punctuation,
// which a narrow column can push onto a line of its own ("III/2025" / ")").
func startsClosing(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return closingPunct.has(r)
}

// startsTimePhrase reports whether a line starts with a phrase that dates
// something ("giai đoạn …", "năm 2025", "tháng 12", "quý III"): at home in
// a time cell, out of place as a wrapped line of a unit or product.
func startsTimePhrase(text string) bool { return startsTimePhraseO(openingOf(text)) }

func startsTimePhraseO(o opening) bool {
	switch o.l1 {
	case hQuy, hQui:
		return true
	case hGiai:
		return o.w2 == "" || hasPrefixFold(o.w2, "đoạn")
	case hNam:
		r, _ := utf8.DecodeRuneInString(o.w2)
		return unicode.IsDigit(r) || o.l2 == hHoc // "Năm học 2026 - 2027": a school year
	case hThang:
		r, _ := utf8.DecodeRuneInString(o.w2)
		return unicode.IsDigit(r)
	}
	return false
}

// hasYearOrDate reports whether text holds a year of this century or the
// last (a run of exactly four digits starting 19 or 20) or a day/month date
// ("30/11", "1/2025").
func hasYearOrDate(text string) bool {
	for i := 0; i < len(text); {
		if !isDigitByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isDigitByte(text[j]) {
			j++
		}
		run := text[i:j]
		if len(run) == 4 && (run[:2] == "19" || run[:2] == "20") {
			return true
		}
		if len(run) <= 2 && j+1 < len(text) && text[j] == '/' && isDigitByte(text[j+1]) {
			return true
		}
		i = j
	}
	return false
}

// isDateOnly reports whether text is nothing but years or dates, alone or
// as a range ("2025", "30/11/2025", "2025-2030", "12/2025;"), with no word.
func isDateOnly(text string) bool {
	if text == "" || !isDateByte(text[0]) {
		return false // the common case: a word first; trimming leaves it so, or nothing
	}
	body := strings.TrimRight(text, ".,;:")
	for i := 0; i < len(body); i++ {
		if !isDateByte(body[i]) {
			return false
		}
	}
	return body != "" && hasYearOrDate(body)
}

// isNamedDate reports whether text is a date said with its unit and
// nothing else: "Năm 2026", "Quý IV/2025", "tháng 12/2025", "Quý III năm
// 2026", a school year "Năm học 2025 - 2026", "Học kỳ I năm 2026" (a year
// in it, no other word). Like a bare date (isDateOnly), it opens a time
// cell and no other; a quarter alone ("Quý III") is only a time's start
// (startsLikeTimeOnly).
func isNamedDate(text string) bool {
	return isNamedDateO(openingOf(text), text)
}

// isNamedDateO is isNamedDate of text whose opening is o: a line whose
// first word is no date's unit is none, whatever the rest (the common
// case, told without cutting the line into words).
func isNamedDateO(o opening, text string) bool {
	if !dateUnitWords.has(o.l1) && o.l1 != hHoc {
		return false
	}
	return isNamedDateForm(text)
}

// isNamedDateForm is isNamedDate without the check of the opening word
// that spares the common case cutting the line into words.
func isNamedDateForm(text string) bool {
	body := strings.TrimRight(text, ".,;:")
	first, rest, ok := strings.Cut(body, " ")
	if !ok || !dateUnitWords.has(lowerHash(first)) && lowerHash(first) != hHoc {
		return false
	}
	year := false
	for rest != "" {
		var f string
		f, rest, _ = strings.Cut(rest, " ")
		roman, after, _ := strings.Cut(f, "/")
		switch {
		case f == "", f == "-", f == "–":
		case dateUnitWords.has(lowerHash(f)), schoolDateWords.has(lowerHash(f)):
		case romanValue(roman) > 0 && (after == "" || isDateOnly(after)):
			year = year || after != ""
		case isDateOnly(f):
			year = true
		default:
			return false
		}
	}
	return year
}

// dateUnitWords are the units a date is said with (isNamedDate).
var dateUnitWords = lowerWordSet("năm", "quý", "quí", "tháng")

// schoolDateWords go with a unit in a school's dates: "Năm học", "Học kỳ".
var schoolDateWords = lowerWordSet("học", "kỳ", "kì")

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isDateByte reports whether b may be in a bare date (isDateOnly): a
// digit, a slash, a dash or a space.
func isDateByte(b byte) bool { return isDigitByte(b) || b == '/' || b == '-' || b == ' ' }
