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
// digits with at least two capitals ("KH/TU", "CT/TW", "QĐ-TTg" counts too,
// as codes may end in lowercase like "TTg").
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
	return upper >= 2 && lower <= 1 && (upper > 2 || strings.ContainsAny(w, "/-") || lower == 0)
}
