package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// markerKind says which numbering a row marker uses.
type markerKind int

const (
	markNone       markerKind = iota
	markPart                  // A, B … (letter parts above sections)
	markRoman                 // I, II … (sections)
	markSubsection            // III.1, III.1.1 (dotted roman)
	markTask                  // 1, 2 … and 1.1, 2.3 (dotted arabic)
	markLetter                // a, b, c, d, đ … (sub-tasks)
	markDash                  // "-", "+" in the number column (sub-items, numbered by a dash)
)

func (k markerKind) String() string {
	return [...]string{"none", "part", "section", "subsection", "task", "sub-task", "sub-item"}[k]
}

// holdsCells reports whether rows of this kind are cut into cells (tasks,
// lettered sub-tasks, dashed sub-items), not read as a heading's title.
func (k markerKind) holdsCells() bool { return k == markTask || k == markLetter || k == markDash }

// dashNumbers are the signs a number column prints for the sub-items under
// a task instead of letters: "-", "+", a dash or a bullet.
var dashNumbers = map[string]bool{"-": true, "+": true, "–": true, "•": true, "*": true}

// parseNumberCell reads the text of a table's number column: a row number
// (parseMarker), or a sign alone that numbers a sub-item ("-", "+"). The
// readers that know where the number column stands (column-aligned text,
// PDF) ask it of that column's text; cell-block text, where a "-" alone is
// as often an empty cell's placeholder, only where dashOpensRow allows.
func parseNumberCell(text string) (marker, bool) {
	if m, ok := parseMarker(text); ok {
		return m, true
	}
	if t := strings.TrimSpace(text); dashNumbers[t] {
		return marker{kind: markDash, number: t}, true
	}
	return marker{}, false
}

// marker is a row number found at the start of a line.
type marker struct {
	kind   markerKind
	number string // as printed, without a trailing "." or ")"
	rest   string // text after the number on the same line ("" when alone)
	value  int    // numeric value: roman or arabic value, letter index; for dotted forms, the last part
}

// vietLetters is the order of lettered sub-tasks: the Vietnamese alphabet
// without its accented vowels, which are never used as list letters.
const vietLetters = "abcdđeghiklmnopqrstuvxy"

// letterIndex returns the 1-based position of r among sub-task letters, or 0.
func letterIndex(r rune) int {
	i := strings.IndexRune(vietLetters, r)
	if i < 0 {
		return 0
	}
	return utf8.RuneCountInString(vietLetters[:i]) + 1
}

// maxRoman is the largest section numeral: annexes have a handful of
// sections, and beyond it single letters such as "C" or "L" are read as
// letter parts or text, not as numerals 100 and 50.
const maxRoman = 49

// romanValue parses a roman numeral in capitals, I to XLIX, or returns 0.
func romanValue(s string) int {
	if s == "" || len(s) > 8 {
		return 0
	}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v := romanDigit(s[i])
		if v == 0 {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if total > maxRoman || toRoman(total) != s {
		return 0
	}
	return total
}

// romanDigit is the value of one roman digit in capitals, or 0.
func romanDigit(b byte) int {
	switch b {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	}
	return 0
}

func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// maxTaskNumber bounds what a bare number may be to count as a task number:
// annex tables run to a few hundred rows, while years ("2025") and other
// numbers standing alone on a line are cell text.
const maxTaskNumber = 999

// parseMarker reads a row number at the start of text: alone ("1", "1.",
// "a)", "IV", "III.1"), or followed by the row's first words ("1 Duy trì …",
// "V Rà soát …", "I. NÂNG CAO …"). Text after an inline number must start
// like a cell (a capital, a digit, a quote or a dash bullet); otherwise the
// line is cell text that happens to begin with a number ("2030 chiếm …").
func parseMarker(text string) (marker, bool) {
	tok, rest := text, ""
	if i := strings.IndexByte(text, ' '); i >= 0 {
		tok, rest = text[:i], text[i+1:]
	}
	num := strings.TrimRight(tok, ".)")
	if num == "" || len(tok)-len(num) > 1 {
		return marker{}, false
	}
	if rest != "" && !startsCell(rest) {
		return marker{}, false
	}
	m := marker{number: num, rest: rest}
	switch {
	case isDigits(num):
		n, _ := strconv.Atoi(num)
		if n < 1 || n > maxTaskNumber || num[0] == '0' {
			return marker{}, false
		}
		m.kind, m.value = markTask, n
	case romanValue(num) > 0:
		m.kind, m.value = markRoman, romanValue(num)
	case isDotted(num, isDigits):
		m.kind, m.value = markTask, lastPart(num)
	case isDotted(num, func(s string) bool { return romanValue(s) > 0 }) && strings.Contains(num, "."):
		m.kind, m.value = markSubsection, lastPart(num)
	case utf8.RuneCountInString(num) == 1:
		r, _ := utf8.DecodeRuneInString(num)
		switch {
		case letterIndex(r) > 0:
			m.kind, m.value = markLetter, letterIndex(r)
		case r >= 'A' && r <= 'H':
			m.kind, m.value = markPart, int(r-'A'+1)
		default:
			return marker{}, false
		}
	default:
		return marker{}, false
	}
	return m, true
}

// joinBrokenNumber returns the row number that a narrow number column
// broke after a dot ("II." / "1" for "II.1", "III.1." / "2" for "III.1.2",
// "1." / "3" for "1.3"): first is a number ending in its dot, alone on
// its line, and next a part of one or two digits, alone. ok is false
// otherwise. A number ending in a dot is never followed by a bare number
// on the next line otherwise: a section's title, a task's content or the
// next row's number ("2.") comes there.
func joinBrokenNumber(first, next string) (string, bool) {
	first, next = strings.TrimSpace(first), strings.TrimSpace(next)
	if !strings.HasSuffix(first, ".") || strings.ContainsRune(first, ' ') || !isDigits(next) || len(next) > maxDottedPartDigits {
		return "", false
	}
	m, ok := parseMarker(first)
	if !ok || m.kind != markRoman && m.kind != markSubsection && m.kind != markTask {
		return "", false
	}
	joined := first + next
	if j, ok := parseMarker(joined); !ok || j.kind != markSubsection && j.kind != markTask {
		return "", false
	}
	return joined, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isDotted reports whether s is head.n[.n…] with head accepted by headOK and
// every later part a number of at most maxDottedPartDigits digits ("1.1",
// "III.1.2").
func isDotted(s string, headOK func(string) bool) bool {
	head, rest, ok := strings.Cut(s, ".")
	if !ok || !headOK(head) {
		return false
	}
	for ok {
		var p string
		p, rest, ok = strings.Cut(rest, ".")
		if !isDigits(p) || len(p) > maxDottedPartDigits {
			return false
		}
	}
	return true
}

// maxDottedPartDigits bounds the digits of a dotted number's later parts:
// a plan numbers at most a few dozen tasks under one, while a part of
// three digits is a group of thousands, a cell's amount ("4.500" million
// dong, "1.200" participants) standing alone on its line.
const maxDottedPartDigits = 2

func lastPart(s string) int {
	n, _ := strconv.Atoi(s[strings.LastIndexByte(s, '.')+1:])
	return n
}

// startsCell reports whether text begins the way a cell's first line does: a
// capital letter, a digit, an opening quote or bracket, or a dash bullet
// followed by a capital.
func startsCell(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	switch {
	case unicode.IsUpper(r), unicode.IsDigit(r):
		return true
	case openingPunct.has(r):
		return true
	case r == '-' || r == '–' || r == '+' || r == '•':
		return isBulletStart(text) || size == len(text)
	}
	return false
}

// Punctuation that opens a cell's text, and the quotes a bullet's text may
// open with.
var (
	openingPunct = newRuneSet("\"“'‘(«[")
	quoteOpeners = newRuneSet("\"“")
)

// isBulletStart reports whether a line starts a dash-bullet paragraph: a dash
// and a space followed by a capital ("- Tiếp tục …"). A dash followed by a
// lowercase word is a hyphen that wrapped to the line start ("- xã hội").
func isBulletStart(text string) bool {
	rest, ok := afterBulletMarker(text)
	if !ok {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(next) || quoteOpeners.has(next) // "- 20%" is a range wrapped at its dash
}

// afterBulletMarker returns what follows a line's opening bullet marker
// (a dash, a plus or a dot) and the spaces after it, and whether the line
// opens with one: a dash glued to the next word ("-2030") is none.
func afterBulletMarker(text string) (string, bool) {
	r, size := utf8.DecodeRuneInString(text)
	if r != '-' && r != '–' && r != '+' && r != '•' {
		return "", false
	}
	rest := strings.TrimLeft(text[size:], " ")
	return rest, rest != "" && (len(rest) != len(text[size:]) || r == '•')
}

// continuesLine reports whether text reads as a wrapped line of a cell
// rather than a cell's start: it opens lowercase (startsLower), with
// closing punctuation a narrow column pushed onto a line of its own
// ("phường" / ", đặc" / "khu"), which no cell starts with, with a
// lowercase aside (startsLowerAside), or with a lunar month's name
// (opensLunarMonth).
func continuesLine(text string) bool {
	return startsLower(text) || startsClosing(text) || startsLowerAside(text) || closesUnopened(text) || opensLunarMonth(text)
}

// opensLunarMonth reports whether text opens with the name of a lunar
// month, capitalised as it is written ("Giêng", "Chạp"): the month of a
// "tháng" at the end of the line above ("… đến mùng 10 tháng" /
// "Giêng"), which no cell starts with.
func opensLunarMonth(text string) bool {
	return lunarMonths.has(lowerHash(strings.TrimRight(firstWord(text), ",;.")))
}

// closesUnopened reports whether text closes a bracket it did not open
// ("Công an)" under "… cứu hộ (Bộ"): the rest of an aside the line above
// opened, never a cell's start. A list's marker ("a)", "2)") closes
// nothing.
func closesUnopened(text string) bool {
	low, _ := bracketDepths(text)
	return low < 0
}

// leavesBracketOpen reports whether text opens a bracket it does not
// close ("… cứu hộ (Bộ"): its cell goes on to the closing one.
func leavesBracketOpen(text string) bool {
	_, end := bracketDepths(text)
	return end > 0
}

// bracketDepths returns the lowest depth of round brackets text reaches,
// read from the left at depth 0, and the depth it ends at; list markers
// ("a)", "(1)", "2)") are left out.
func bracketDepths(text string) (low, end int) {
	if strings.IndexByte(text, '(') < 0 && strings.IndexByte(text, ')') < 0 {
		return 0, 0 // the common case: no brackets, no word to look at
	}
	for _, w := range strings.Fields(text) {
		if isListMarker(w) {
			continue
		}
		for _, r := range w {
			switch r {
			case '(':
				end++
			case ')':
				end--
				low = min(low, end)
			}
		}
	}
	return low, end
}

// isListMarker reports whether w marks an item of a list or a sub-task:
// an enumeration's marker ("(1)", "2)", "(a)": startsEnumeration) or a
// sub-task's letter closed by a bracket ("a)", "đ)").
func isListMarker(w string) bool {
	if startsEnumeration(w) {
		return true
	}
	inner, ok := strings.CutSuffix(w, ")")
	r, size := utf8.DecodeRuneInString(inner)
	return ok && size == len(inner) && unicode.IsLetter(r)
}

// startsLowerAside reports whether text opens a bracket on a lowercase
// word ("(hoàn thành trong quý III/2025)"): an aside on the words before
// it, wrapped onto a line of its own, where a cell opening with a bracket
// opens it on a capital or a number ("(Kèm theo …)", "(1) …").
func startsLowerAside(text string) bool {
	rest, ok := strings.CutPrefix(text, "(")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && unicode.IsLower(r)
}

// startsLower reports whether text begins with a lowercase letter, or a
// dash and a lowercase word (a hyphen wrapped to the line start: "- xã
// hội"): the mark of a wrapped continuation rather than the start of a cell.
func startsLower(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	if r == '-' || r == '–' {
		r, _ = utf8.DecodeRuneInString(strings.TrimLeft(text[size:], " "))
	}
	return unicode.IsLower(r)
}
