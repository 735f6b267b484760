package parser

import (
	"regexp"
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

// yearOrDate matches a year of this century or the last, or a date.
var yearOrDate = regexp.MustCompile(`(^|[^0-9])(19|20)[0-9]{2}([^0-9]|$)|[0-9]{1,2}/[0-9]{1,2}(/|$)`)

// looksLikeTime reports whether a cell's first line reads as a time or
// deadline: a time word first, or a year or date in it.
func looksLikeTime(text string) bool {
	if timeFirstWords[strings.ToLower(firstWord(text))] {
		return true
	}
	return yearOrDate.MatchString(text)
}

// strongTimeWords start only time cells, never units or products, so a
// block of another column starting with one is suspect.
var strongTimeWords = map[string]bool{
	"thường": true, "hằng": true, "hàng": true, "quý": true, "quí": true, "trước": true,
}

// startsLikeTimeOnly reports whether text starts with a word that begins
// time cells only ("Thường xuyên", "Hằng năm", "Quý II").
func startsLikeTimeOnly(text string) bool {
	return strongTimeWords[strings.ToLower(firstWord(text))]
}

// joinsWithoutSpace reports whether a wrapped line continues its previous
// line without a space: a document number broken after its hyphen ("05-" /
// "KH/TU", "2021-" / "2030"). A hyphen after a space is a dash and a hyphen
// before a common word ("2025-" / "Quý II") is a range, both keep a space.
func joinsWithoutSpace(prev, next string) bool {
	if brokenNumber(prev, next) {
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

// cellStartWords are the words that units and products in Vietnamese plans
// start with: agencies ("Sở", "Ủy ban", "UBND", "Các sở", "Ban", "Công an" …)
// and documents ("Báo cáo", "Văn bản", "Kế hoạch", "Quyết định" …). A lead,
// coordinating or product cell that starts otherwise is more likely a
// wrapped name ("Sở Công" / "Thương") than a new cell.
var cellStartWords = map[string]bool{
	// agencies and bodies
	"sở": true, "ủy": true, "uỷ": true, "ubnd": true, "các": true, "ban": true, "bộ": true, "công": true,
	"văn": true, "cơ": true, "chi": true, "trung": true, "hội": true, "đài": true, "báo": true,
	"liên": true, "tỉnh": true, "thành": true, "huyện": true, "xã": true, "ngân": true, "cục": true,
	"phòng": true, "viện": true, "trường": true, "đảng": true, "thanh": true, "kho": true, "bảo": true,
	"doanh": true, "tổng": true, "mặt": true, "hiệp": true, "tòa": true, "toà": true, "quân": true,
	"đơn": true, "tổ": true, "hđnd": true, "mttq": true, "bchqs": true, "đoàn": true,
	"những": true, "tập": true, "người": true, "lãnh": true, "nhà": true, "chủ": true,
	"đại": true, "học": true, "trạm": true, "vụ": true, "đội": true, "lực": true, "ubmttq": true,
	// documents and products
	"kế": true, "quyết": true, "tờ": true, "đề": true, "nghị": true, "hướng": true, "chương": true,
	"tin": true, "thông": true, "danh": true, "hệ": true, "tài": true, "dự": true, "phần": true,
	"số": true, "bản": true, "sản": true, "mô": true, "cẩm": true, "quy": true, "tiêu": true,
	"kết": true, "biên": true, "ấn": true, "video": true, "bài": true, "hồ": true, "cổng": true,
	"nền": true, "ứng": true, "dịch": true, "tham": true, "triển": true, "tuyên": true, "giấy": true,
}

// cellStartKind says how a unit or product cell's first word reads.
type cellStartKind int

const (
	startUnusual cellStartKind = iota // any other word: likelier a wrapped name
	startCode                         // an abbreviation in capitals (UBND, MTTQ), also found inside names
	startUsual                        // a word from cellStartWords
)

// cellStart classifies the first word of text as a unit or product cell's
// start.
func cellStart(text string) cellStartKind {
	w := strings.TrimLeft(firstWord(text), "\"“-–+• ")
	switch {
	case cellStartWords[strings.ToLower(strings.TrimRight(w, ".,;:"))]:
		return startUsual
	case isCodeWord(w):
		return startCode
	}
	return startUnusual
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
	"trên": true, "hoặc": true, "một": true, "nhằm": true, "đối": true, "việc": true,
	"gồm": true, "như": true, "hay": true, "thuộc": true, "vào": true,
}

// endsDangling reports whether text ends with a word a cell cannot end with.
func endsDangling(text string) bool {
	return danglingWords[strings.ToLower(lastWord(text))]
}
