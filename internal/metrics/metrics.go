// Package metrics measures text the way Vietnamese administrative documents
// set it: in Times New Roman, in thousandths of an em (Adobe's published
// Times-Roman metrics; diacritics add no advance). The parser compares line
// widths with it; the workbook writer estimates how many lines a cell
// wraps to. It imports nothing of this module.
package metrics

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Proportional widths tell a full wrapped line from a short one far better
// than character counts ("mmm" is twice as wide as "iii").

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

// SpaceWidth is the width of the space between words.
const SpaceWidth = 250

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

// TextWidth is the width of s in thousandths of an em.
func TextWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			w += int(widthCache[c])
			i++
		case c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			// Two bytes: Latin letters with accents, all below 0x800.
			w += int(widthCache[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)])
			i += 2
		case c == 0xe1 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
			// Three bytes from U+1000 to U+1FFF: Vietnamese letters with two
			// marks (U+1EA0–U+1EFF), all in the cache.
			w += int(widthCache[rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f)|0x1000])
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r < 0x2000 {
				w += int(widthCache[r])
			} else {
				w += runeWidth(r)
			}
			i += n
		}
	}
	return w
}

// WrapLines returns how many lines text takes when wrapped greedily at
// width (thousandths of an em): each paragraph ("\n") starts a line, words
// go on a line while they fit, and a word wider than the width is broken.
func WrapLines(text string, width int) int {
	if width <= 0 {
		return 1
	}
	total := 0
	for _, para := range strings.Split(text, "\n") {
		lines, used := 1, 0
		for _, w := range strings.Fields(para) {
			ww := TextWidth(w)
			switch {
			case used == 0:
			case used+SpaceWidth+ww <= width:
				used += SpaceWidth + ww
				continue
			default:
				lines++
				used = 0
			}
			for ww > width { // a word longer than the line breaks over lines
				lines++
				ww -= width
			}
			used = ww
		}
		total += lines
	}
	return total
}
