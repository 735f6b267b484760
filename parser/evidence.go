package parser

import (
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
	return strings.ContainsRune(".;:!?”\")…", r)
}

// timeFirstWords start the text of a time cell: "Thường xuyên", "Hằng năm",
// "Quý IV/2025", "Trước ngày …", "Sau khi …", "Giai đoạn …", "Năm 2025".
var timeFirstWords = map[string]bool{
	"thường": true, "hằng": true, "hàng": true, "quý": true, "quí": true, "tháng": true,
	"năm": true, "ngày": true, "trước": true, "sau": true, "giai": true, "định": true,
	"từ": true, "đến": true, "trong": true, "tuần": true, "liên": true, "kịp": true,
	"hoàn": true, "dự": true, "đầu": true, "cuối": true, "giữa": true,
}

// looksLikeTime reports whether a cell's first line reads as a time or
// deadline: a time word first, or a year or date in it.
func looksLikeTime(text string) bool { return looksLikeTimeO(openingOf(text), text) }

func looksLikeTimeO(o opening, text string) bool {
	return timeFirstWords[o.l1] || hasYearOrDate(text)
}

// opening is a line's first two words, as printed and in lowercase: most
// evidence looks at them, and lowercasing Vietnamese costs.
type opening struct{ w1, w2, l1, l2 string }

func openingOf(text string) opening {
	w1, w2 := firstTwo(text)
	return opening{w1, w2, lower(w1), lower(w2)}
}

// startsLikeTimeOnly reports whether text starts the way only time cells
// start: "Quý …", or a capitalised "Thường xuyên", "Hằng năm", "Hàng
// quý", "Trước ngày" (the first word alone when the line wraps after it),
// "Sau khi …".
// Lowercase "hàng" is no such start: it ends "Ngân hàng".
func startsLikeTimeOnly(text string) bool { return startsLikeTimeOnlyO(openingOf(text)) }

func startsLikeTimeOnlyO(o opening) bool {
	switch strings.TrimRight(o.l1, ",") {
	case "quý", "quí":
		return true
	}
	switch o.w1 {
	case "Thường", "Hằng", "Hàng", "Trước":
		return o.w2 == "" || timeSecondWords[strings.TrimRight(o.l2, ",;.")]
	case "Sau":
		return o.l2 == "khi" // "Sau khi có Quy chế …", "Sau khi được phê duyệt"
	}
	return false
}

// firstTwo returns the first two words of a normalised line ("" if absent).
func firstTwo(text string) (w1, w2 string) {
	w1, rest, _ := strings.Cut(text, " ")
	w2, _, _ = strings.Cut(rest, " ")
	return w1, w2
}

var timeSecondWords = wordSet("xuyên", "năm", "quý", "quí", "tháng", "ngày", "tuần", "kỳ")

// joinsWithoutSpace reports whether a wrapped line continues its previous
// line without a space: a document number broken after its hyphen ("05-" /
// "KH/TU", "2021-" / "2030"). A hyphen after a space is a dash and a hyphen
// before a common word ("2025-" / "Quý II") is a range, both keep a space.
func joinsWithoutSpace(prev, next string) bool {
	if brokenNumber(prev, next) || startsClosing(next) {
		return true
	}
	if len(prev) < 2 || prev[len(prev)-1] != '-' {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsDigit(r) {
		return true // "2026 -" / "2030": a range broken after its dash
	}
	before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-1])
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return false
	}
	w := firstWord(next)
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	return isCodeWord(w)
}

// isCodeWord reports whether a word is a document-number code: capitals and
// digits with at least two capitals and at most one lowercase letter
// ("KH/TU", "CT/TW", "TTg", "UBND").
func isCodeWord(w string) bool {
	w = strings.TrimRight(w, ".,;:)")
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
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
	"phòng", "viện", "trường", "đảng", "thanh", "kho", "bảo", "doanh", "tổng", "mặt", "hiệp", "tòa",
	"toà", "quân", "đơn", "tổ", "hđnd", "mttq", "đoàn", "những", "tập", "người", "lãnh", "nhà", "chủ",
	"đại", "học", "trạm", "vụ", "đội", "lực", "ubmttq", "bch", "bchqs", "ngành", "địa", "cấp", "hợp",
	"hộ", "cá", "công ty", "tòa án", "thường trực", "sở,", "đảng ủy",
)

// nameTails are two-word openings that continue a unit's name and do not
// start one: "Nhà nước" ends "Ngân hàng Nhà nước", "Kho bạc Nhà nước",
// "Kiểm toán Nhà nước", though "Nhà" alone may start a unit ("Nhà văn hóa").
var nameTails = newVocabulary("nhà nước")

var productStarts = newVocabulary(
	"báo cáo", "văn bản", "kế", "quyết", "tờ", "đề", "nghị", "hướng", "chương", "tin", "thông",
	"danh", "hệ", "tài", "dự", "phần", "số", "bản", "sản", "mô", "cẩm", "quy", "tiêu", "kết", "biên",
	"ấn", "video", "bài", "hồ", "cổng", "nền", "ứng", "dịch", "tham", "triển", "tuyên", "giấy",
	"công văn", "hội nghị", "hội thảo", "cơ sở", "bộ tiêu", "bộ chỉ", "bộ công", "chỉ", "lớp", "các văn",
	"các báo", "các quyết", "các kế", "đoàn kiểm", "chuyên", "clip", "phóng", "trang", "bảng", "sổ",
	"khung", "phương", "giải", "đánh", "tổ chức", "tổng hợp", "ban hành", "nội", "thư", "công bố",
)

// fundingStarts open a funding cell ("Ngân sách tỉnh", "Nguồn vốn …",
// "Kinh phí …", "Xã hội hóa"), and never a unit's name or a product,
// though "Ngân" alone may open "Ngân hàng".
var fundingStarts = newVocabulary("ngân sách", "nguồn", "vốn", "kinh phí", "xã hội", "huy động", "lồng ghép")

// vocabulary is a set of one- and two-word phrases, lowercase.
type vocabulary struct {
	one map[string]bool
	two map[[2]string]bool
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

type mergedVocabulary struct {
	one map[string]uint8
	two map[[2]string]uint8
}

func mergeVocabularies(vs map[uint8]vocabulary) mergedVocabulary {
	m := mergedVocabulary{one: map[string]uint8{}, two: map[[2]string]uint8{}}
	for bit, v := range vs {
		for w := range v.one {
			m.one[w] |= bit
		}
		for p := range v.two {
			m.two[p] |= bit
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
		two = startWords.two[[2]string{o.l1, o.l2}]
	}
	one := startWords.one[strings.TrimRight(o.l1, ".,;:")]
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
		case isCode():
			return startCode
		case one&other != 0:
			return startOther
		}
		return startUnusual
	}
	return kind(vocAgency, vocProduct|vocFunding), kind(vocProduct, vocAgency|vocFunding), kind(vocFunding, vocAgency|vocProduct)
}

// brokenNumber reports whether a date or document number too long for its
// column was broken inside it ("30/11/2" / "025"): the line ends in a word
// with a slash and a digit, and the next starts with a digit.
func brokenNumber(prev, next string) bool {
	w := lastWord(prev)
	if !strings.Contains(w, "/") || !unicode.IsDigit(rune(w[len(w)-1])) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsDigit(r)
}

// danglingWords cannot end a cell: articles, prepositions and conjunctions
// that always have a word after them ("… của", "… các", "… và"). A cell
// cut after one of them was cut in the wrong place.
var danglingWords = map[string]bool{
	"các": true, "và": true, "của": true, "cho": true, "với": true, "trong": true, "để": true,
	"là": true, "được": true, "những": true, "theo": true, "tại": true, "về": true, "từ": true,
	"trên": true, "hoặc": true, "một": true, "nhằm": true,
	"gồm": true, "như": true, "vào": true,
}

// endsDangling reports whether text ends the way a cell cannot end: with
// one of danglingWords, or a comma (a list goes on after it).
func endsDangling(text string) bool {
	return endsDanglingL(text, lower(lastWord(text)))
}

// endsDanglingL is endsDangling for a text whose last word in lowercase is
// known; a date cut short ("Trước ngày", "Quý IV năm") dangles too.
func endsDanglingL(text, lastLower string) bool {
	return strings.HasSuffix(text, ",") || danglingWords[lastLower] || endsDateUnit(text, lastLower)
}

// endsDateUnit reports whether text ends with a unit of a date that wants
// its number after it: "ngày", "tháng", "quý", or "năm" after a numeral
// ("Quý IV năm", "tháng 12 năm"). "Hằng năm", "trong năm" are whole.
func endsDateUnit(text, lastLower string) bool {
	switch lastLower {
	case "ngày", "tháng", "quý":
		return true
	case "năm":
		before := lastWord(strings.TrimRight(text[:len(text)-len(lastWord(text))], " "))
		return isDigits(before) || romanValue(before) > 0
	}
	return false
}

// wordPairs is the set of word pairs printed side by side on one line of
// the document, learned from the document itself: a line break between two
// words that form such a pair ("địa" / "phương") most likely falls inside
// one phrase of one cell. Words are kept as pairHash values: the set is
// asked about on every line break the search tries.
type wordPairs map[[2]uint64]struct{}

// pairHash is the hash (FNV-1a, 64 bits) of a word's form in a pair:
// lowercase, without the punctuation around it. Hashing the form as it is
// read saves making it; two different words hashing alike would only make
// a wrong hint, at odds of about 2⁻⁶⁴.
func pairHash(w string) uint64 {
	w = trimPairPunct(w)
	h := uint64(fnvOffset)
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		h = (h ^ uint64(toLower(r))) * fnvPrime // a rune ≥ 0x80: never taken for an ASCII byte
		i += n
	}
	return h
}

// trimPairPunct trims the punctuation that pairs ignore (isPairPunct)
// from both ends of w.
func trimPairPunct(w string) string {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isPairPunct(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !isPairPunct(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

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

// lower is strings.ToLower without its cost for the words that are
// lowercase already, which are most.
func lower(w string) string {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if toLower(r) != r {
			return strings.ToLower(w) // "Ủy", "ĐƠN"
		}
		i += n
	}
	return w
}

func learnPairs(lines []line) wordPairs {
	// Only a line's last word is ever asked about, as the first of a pair.
	enders := make(map[uint64]struct{}, len(lines))
	for _, l := range lines {
		enders[pairHash(lastWord(l.text))] = struct{}{}
	}
	ps := wordPairs{}
	for _, l := range lines {
		prev, ender := uint64(0), false
		for rest := l.text; rest != ""; {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			h := pairHash(w)
			if ender {
				ps[[2]uint64{prev, h}] = struct{}{}
			}
			_, ender = enders[h]
			prev = h
		}
	}
	return ps
}

// known reports whether the last word of prev and the first of next stand
// side by side somewhere in the document.
func (ps wordPairs) known(prev, next string) bool {
	return ps.has(pairHash(lastWord(prev)), pairHash(firstWord(next)))
}

func (ps wordPairs) has(prev, next uint64) bool {
	_, ok := ps[[2]uint64{prev, next}]
	return ok
}

// itemStarts are capitalised words that begin a new unit or document in a
// list ("Sở …", "Ủy ban …", "UBND …", "Quyết định …", "Báo cáo …"). Inside
// a cell a new item follows a comma, a semicolon, a full stop, or a
// connector ("của", "và"); right after a bare word it more likely starts
// the next cell.
var itemStarts = wordSet("Sở", "Ủy", "Uỷ", "UBND", "Quyết", "Tờ", "Kế", "Văn", "Công", "Bộ", "Các")

var listConnectors = wordSet("của", "và", "với", "cho", "các", "tại", "thuộc", "hoặc", "gồm", "trình", "đạo", "tịch")

// startsNewItem reports whether p starts a list item that prev did not
// lead into.
func startsNewItem(prev, p string) bool {
	return itemStarts[firstWord(p)] && endsOpen(prev)
}

// endsOpen reports whether a line ends on a bare word: no punctuation, no
// connector leading into what follows.
func endsOpen(text string) bool { return endsOpenL(text, lower(lastWord(text))) }

// endsOpenL is endsOpen given the line's last word in lowercase.
func endsOpenL(text, lastLower string) bool {
	r, _ := utf8.DecodeLastRuneInString(text)
	if strings.ContainsRune(",;.:-–(", r) {
		return false
	}
	return !listConnectors[lastLower]
}

// isTimeContinuation reports whether a later line of a time cell reads like
// one: lowercase, a number or date, a time word, or an abbreviation ("TW").
// A capitalised ordinary word ("Ngân hàng") belongs to another cell.
func isTimeContinuation(text string) bool { return isTimeContinuationO(openingOf(text), text) }

func isTimeContinuationO(o opening, text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return !unicode.IsUpper(r) || looksLikeTimeO(o, text) || isCodeWord(o.w1)
}

// startsClosing reports whether a line starts with closing punctuation,
// which a narrow column can push onto a line of its own ("III/2025" / ")").
func startsClosing(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return strings.ContainsRune(").,;:”»]", r)
}

// startsTimePhrase reports whether a line starts with a phrase that dates
// something ("giai đoạn …", "năm 2025", "tháng 12", "quý III"): at home in
// a time cell, out of place as a wrapped line of a unit or product.
func startsTimePhrase(text string) bool { return startsTimePhraseO(openingOf(text)) }

func startsTimePhraseO(o opening) bool {
	switch o.l1 {
	case "quý", "quí":
		return true
	case "giai":
		return o.l2 == "" || strings.HasPrefix(o.l2, "đoạn")
	case "năm", "tháng":
		r, _ := utf8.DecodeRuneInString(o.l2)
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

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
