package parser

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Text widths are measured in thousandths of an em of Times New Roman, the
// face Vietnamese administrative documents are set in (Adobe's published
// Times-Roman metrics). The absolute size does not matter: the parser only
// compares widths of lines from the same table, and proportional widths tell
// a full wrapped line from a short one far better than character counts
// ("mmm" is twice as wide as "iii").

// asciiWidths holds the advance widths of ' ' through '~'.
var asciiWidths = [95]int16{
	250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, // ' ' … '/'
	500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, // '0' … '?'
	921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, // '@' … 'O'
	556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, // 'P' … '_'
	333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, // '`' … 'o'
	500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, // 'p' … '~'
}

// defaultWidth is used for any character not in the tables: about one digit.
const defaultWidth = 500

// spaceWidth is the width of the space between words.
const spaceWidth = 250

var otherWidths = map[rune]int{
	'đ': 500, 'Đ': 722, 'ơ': 540, 'Ơ': 780, 'ư': 560, 'Ư': 780,
	'“': 444, '”': 444, '‘': 333, '’': 333, '–': 500, '—': 1000, '…': 1000,
	'•': 350, '·': 250, '§': 500, '°': 400,
}

// runeWidth returns the advance width of one character; Vietnamese letters
// are measured by their base letter (diacritics add no advance).
func runeWidth(r rune) int {
	if r >= ' ' && r <= '~' {
		return int(asciiWidths[r-' '])
	}
	if w, ok := otherWidths[r]; ok {
		return w
	}
	if unicode.Is(unicode.Mn, r) {
		return 0
	}
	if r < 0x2000 {
		if d := norm.NFD.String(string(r)); d != string(r) {
			base := []rune(d)[0]
			if base != r {
				return runeWidth(base)
			}
		}
	}
	return defaultWidth
}

// widthCache memoises runeWidth for the Latin and Vietnamese ranges, which
// is nearly every character the parser measures.
var widthCache = func() (t [0x2000]int16) {
	for r := rune(0); r < 0x2000; r++ {
		t[r] = int16(runeWidth(r))
	}
	return
}()

// textWidth is the width of s in Times units.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		if r < 0x2000 {
			w += int(widthCache[r])
		} else {
			w += runeWidth(r)
		}
	}
	return w
}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// lastWord returns s after its last space.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}
