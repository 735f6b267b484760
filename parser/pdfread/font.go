package pdfread

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// font decodes the character codes of one font resource.
type font struct {
	name     string
	simple   bool        // one byte a code
	spaces   []codespace // code lengths of a composite font
	toUni    map[uint32]string
	widths   map[uint32]float64 // glyph widths in thousandths of the font size
	dw       float64            // default width
	fallback *[256]string       // simple fonts without ToUnicode: the base encoding
}

// codespace is one codespacerange of a CMap: codes of n bytes between lo and hi.
type codespace struct {
	n      int
	lo, hi uint32
}

// code is one decoded character code.
type code struct {
	code  uint32
	bytes int
	text  string
	width float64 // thousandths of the font size
}

// newFont reads a font dictionary. It never fails: what cannot be read
// decodes as nothing, which the annex checks then report.
func newFont(v pdf.Value) *font {
	f := &font{name: baseName(v.Key("BaseFont").Name()), dw: 1000, widths: map[uint32]float64{}}
	switch v.Key("Subtype").Name() {
	case "Type0":
		f.readComposite(v)
	default:
		f.simple = true
		f.readSimpleWidths(v)
		f.fallback = simpleEncoding(v.Key("Encoding"))
		if v.Key("Subtype").Name() == "Type3" {
			f.scaleType3Widths(v.Key("FontMatrix"))
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		f.toUni = map[uint32]string{}
		f.readCMap(tu)
	}
	if f.simple {
		f.spaces = []codespace{{1, 0, 0xff}}
	} else if len(f.spaces) == 0 {
		f.spaces = []codespace{{2, 0, 0xffff}} // Identity-H and most CJK-free CMaps
	}
	return f
}

func baseName(n string) string {
	if i := strings.IndexByte(n, '+'); i == 6 {
		return n[i+1:]
	}
	return n
}

func (f *font) readSimpleWidths(v pdf.Value) {
	first := v.Key("FirstChar").Int64()
	ws := v.Key("Widths")
	for i := 0; i < ws.Len(); i++ {
		f.widths[uint32(first)+uint32(i)] = ws.Index(i).Float64()
	}
	if mw := v.Key("FontDescriptor").Key("MissingWidth"); mw.Kind() != pdf.Null {
		f.dw = mw.Float64()
	} else {
		f.dw = 0
	}
}

// scaleType3Widths brings a Type 3 font's widths, given in its glyph
// space, to thousandths of the font size as other fonts give them: the
// FontMatrix maps glyph space to text space. Chromium prints the glyphs its
// fonts lack (Vietnamese capitals with two marks, such as "Ủ") in Type 3
// fonts whose glyph space is not the usual thousandths.
func (f *font) scaleType3Widths(m pdf.Value) {
	a := m.Index(0).Float64()
	if m.Len() != 6 || a <= 0 {
		return
	}
	for c, w := range f.widths {
		f.widths[c] = w * a * 1000
	}
	f.dw *= a * 1000
}

// readComposite reads the descendant CID font's widths: /DW and /W, whose
// entries are either "c [w1 w2 …]" or "cfirst clast w".
func (f *font) readComposite(v pdf.Value) {
	d := v.Key("DescendantFonts").Index(0)
	if dw := d.Key("DW"); dw.Kind() != pdf.Null {
		f.dw = dw.Float64()
	}
	w := d.Key("W")
	for i := 0; i < w.Len(); {
		c := uint32(w.Index(i).Int64())
		if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
			arr := w.Index(i + 1)
			for j := 0; j < arr.Len(); j++ {
				f.widths[c+uint32(j)] = arr.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 < w.Len() {
			last, width := uint32(w.Index(i+1).Int64()), w.Index(i+2).Float64()
			for x := c; x <= last && x-c < 1<<16; x++ {
				f.widths[x] = width
			}
		}
		i += 3
	}
	if enc := v.Key("Encoding"); enc.Kind() == pdf.Stream {
		f.readCMap(enc) // an embedded CMap: only its codespace matters here
	}
}

// readCMap reads codespace ranges and Unicode mappings of a CMap stream.
// CMaps are PostScript; only their three kinds of blocks matter here, so
// they are read with a small tokenizer of their own rather than an
// interpreter.
func (f *font) readCMap(strm pdf.Value) {
	rd := strm.Reader()
	defer rd.Close()
	data, err := io.ReadAll(io.LimitReader(rd, maxCMapSize))
	if err != nil {
		return
	}
	f.parseCMap(data)
}

// parseCMap applies a CMap's codespace ranges and mappings to the font.
func (f *font) parseCMap(data []byte) {
	var operands []cmapToken
	for _, tok := range tokenizeCMap(data) {
		if tok.kind != tokOperator {
			operands = append(operands, tok)
			continue
		}
		switch tok.text {
		case "endcodespacerange":
			for i := 0; i+1 < len(operands); i += 2 {
				lo, hi := operands[i].text, operands[i+1].text
				if len(lo) >= 1 && len(lo) <= 4 && len(lo) == len(hi) {
					f.spaces = append(f.spaces, codespace{len(lo), beUint(lo), beUint(hi)})
				}
			}
		case "endbfchar":
			for i := 0; f.toUni != nil && i+1 < len(operands); i += 2 {
				f.toUni[beUint(operands[i].text)] = utf16BE(operands[i+1].text)
			}
		case "endbfrange":
			for i := 0; f.toUni != nil && i+2 < len(operands); {
				lo, hi := operands[i].text, operands[i+1].text
				if operands[i+2].kind == tokArrayStart {
					j := i + 3
					var dsts []string
					for ; j < len(operands) && operands[j].kind != tokArrayEnd; j++ {
						dsts = append(dsts, operands[j].text)
					}
					f.addRangeArray(lo, hi, dsts)
					i = j + 1
					continue
				}
				f.addRange(lo, hi, operands[i+2].text)
				i += 3
			}
		}
		operands = operands[:0]
	}
}

// maxCMapSize bounds what is read of one CMap stream.
const maxCMapSize = 4 << 20

type cmapTokenKind int

const (
	tokString cmapTokenKind = iota // a hex or literal string, decoded to bytes
	tokName
	tokNumber
	tokArrayStart
	tokArrayEnd
	tokOperator
)

type cmapToken struct {
	kind cmapTokenKind
	text string
}

// tokenizeCMap splits CMap PostScript into tokens; dictionaries and
// procedures are returned as operators and ignored by the caller.
func tokenizeCMap(data []byte) []cmapToken {
	var out []cmapToken
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0:
			i++
		case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>' && i+1 < len(data) && data[i+1] == '>':
			out = append(out, cmapToken{tokOperator, string(data[i : i+2])})
			i += 2
		case c == '<':
			j := i + 1
			for j < len(data) && data[j] != '>' {
				j++
			}
			out = append(out, cmapToken{tokString, unhexString(data[i+1 : min(j, len(data))])})
			i = j + 1
		case c == '(':
			s, j := literalString(data, i)
			out = append(out, cmapToken{tokString, s})
			i = j
		case c == '[':
			out = append(out, cmapToken{kind: tokArrayStart})
			i++
		case c == ']':
			out = append(out, cmapToken{kind: tokArrayEnd})
			i++
		case c == '{' || c == '}':
			out = append(out, cmapToken{tokOperator, string(c)})
			i++
		default:
			j := i + 1
			for j < len(data) && !strings.ContainsRune(" \t\r\n\f\x00<>[]{}()/%", rune(data[j])) {
				j++
			}
			word := string(data[i:j])
			switch {
			case c == '/':
				out = append(out, cmapToken{tokName, word[1:]})
			case (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '+':
				out = append(out, cmapToken{tokNumber, word})
			default:
				out = append(out, cmapToken{tokOperator, word})
			}
			i = j
		}
	}
	return out
}

func unhexString(h []byte) string {
	var digits []byte
	for _, c := range h {
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
			digits = append(digits, c)
		}
	}
	if len(digits)%2 == 1 {
		digits = append(digits, '0')
	}
	out := make([]byte, len(digits)/2)
	for i := range out {
		out[i] = hexVal(digits[2*i])<<4 | hexVal(digits[2*i+1])
	}
	return string(out)
}

func hexVal(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// literalString reads a (…) string starting at data[i], with nesting and
// the simple escapes, and returns it and the index after it.
func literalString(data []byte, i int) (string, int) {
	var b []byte
	depth := 0
	for i++; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\\' && i+1 < len(data):
			i++
			switch e := data[i]; e {
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			default:
				b = append(b, e)
			}
		case c == '(':
			depth++
			b = append(b, c)
		case c == ')':
			if depth == 0 {
				return string(b), i + 1
			}
			depth--
			b = append(b, c)
		default:
			b = append(b, c)
		}
	}
	return string(b), i
}

// maxRange bounds one bfrange, so a malformed CMap cannot allocate without end.
const maxRange = 1 << 16

// addRange maps lo…hi to consecutive Unicode values starting at dst, or to
// the strings of an array. The increment carries into the higher code units
// (a range ending at U+00FF goes on at U+0100), which a last-byte-only
// increment would get wrong.
func (f *font) addRange(lo, hi, dst string) {
	a, b := beUint(lo), beUint(hi)
	if b < a || b-a > maxRange {
		return
	}
	base := []rune(utf16BE(dst))
	if len(base) == 0 {
		return
	}
	for c := a; c <= b; c++ {
		r := append([]rune(nil), base...)
		r[len(r)-1] += rune(c - a)
		f.toUni[c] = string(r)
	}
}

// addRangeArray maps lo…hi to the strings of an array, in turn.
func (f *font) addRangeArray(lo, hi string, dsts []string) {
	a, b := beUint(lo), beUint(hi)
	for i := 0; i < len(dsts) && a+uint32(i) <= b; i++ {
		f.toUni[a+uint32(i)] = utf16BE(dsts[i])
	}
}

func popAll(stk *pdf.Stack) []pdf.Value {
	n := stk.Len()
	out := make([]pdf.Value, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = stk.Pop()
	}
	return out
}

func beUint(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

// utf16BE decodes a ToUnicode destination: UTF-16 big-endian.
func utf16BE(s string) string {
	if len(s)%2 == 1 {
		return string([]rune(s)) // tolerate a single-byte destination
	}
	u := make([]uint16, len(s)/2)
	for i := range u {
		u[i] = uint16(s[2*i])<<8 | uint16(s[2*i+1])
	}
	return string(utf16.Decode(u))
}

// decode splits a shown string into codes.
func (f *font) decode(s string) []code {
	var out []code
	for i := 0; i < len(s); {
		n := f.codeLen(s[i:])
		c := beUint(s[i : i+n])
		out = append(out, code{code: c, bytes: n, text: f.text(c), width: f.width(c)})
		i += n
	}
	return out
}

// codeLen is the length of the code at the start of s: the first codespace
// range it fits, else one byte for simple fonts and two for composite ones.
func (f *font) codeLen(s string) int {
	for _, cs := range f.spaces {
		if cs.n <= len(s) {
			if c := beUint(s[:cs.n]); c >= cs.lo && c <= cs.hi {
				return cs.n
			}
		}
	}
	if f.simple || len(s) < 2 {
		return 1
	}
	return 2
}

func (f *font) text(c uint32) string {
	if t, ok := f.toUni[c]; ok {
		return t
	}
	if f.fallback != nil && c < 256 {
		return f.fallback[c]
	}
	return ""
}

func (f *font) width(c uint32) float64 {
	if w, ok := f.widths[c]; ok {
		return w
	}
	return f.dw
}

// simpleEncoding returns the code-to-text table of a simple font without a
// ToUnicode map: WinAnsi (the default for TrueType text), with Differences
// applied where the glyph name says the character.
func simpleEncoding(enc pdf.Value) *[256]string {
	var t [256]string
	dec := charmap.Windows1252.NewDecoder()
	for i := 32; i < 256; i++ {
		if s, err := dec.String(string([]byte{byte(i)})); err == nil {
			t[i] = s
		}
	}
	if enc.Kind() == pdf.Dict {
		diffs := enc.Key("Differences")
		c := 0
		for i := 0; i < diffs.Len(); i++ {
			v := diffs.Index(i)
			if v.Kind() == pdf.Integer {
				c = int(v.Int64())
				continue
			}
			if c >= 0 && c < 256 {
				t[c] = glyphText(v.Name())
			}
			c++
		}
	}
	return &t
}

// glyphText maps a glyph name to its text: "uniXXXX", "uXXXX", single
// letters and digits, and the common punctuation names.
func glyphText(name string) string {
	if strings.HasPrefix(name, "uni") && len(name) == 7 {
		if v, err := strconv.ParseUint(name[3:], 16, 32); err == nil {
			return string(rune(v))
		}
	}
	if strings.HasPrefix(name, "u") && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil {
			return string(rune(v))
		}
	}
	if len(name) == 1 {
		return name
	}
	if s, ok := glyphNames[name]; ok {
		return s
	}
	return ""
}

var glyphNames = map[string]string{
	"space": " ", "comma": ",", "period": ".", "hyphen": "-", "colon": ":", "semicolon": ";",
	"parenleft": "(", "parenright": ")", "slash": "/", "quotedbl": "\"", "quotesingle": "'",
	"endash": "–", "emdash": "—", "quotedblleft": "“", "quotedblright": "”", "quoteleft": "‘",
	"quoteright": "’", "ellipsis": "…", "percent": "%", "ampersand": "&", "bullet": "•",
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "bracketleft": "[", "bracketright": "]",
	"question": "?", "exclam": "!", "plus": "+", "equal": "=", "underscore": "_", "at": "@",
	"numbersign": "#", "dollar": "$", "asterisk": "*", "less": "<", "greater": ">",
	"Dcroat": "Đ", "dcroat": "đ", "Ohorn": "Ơ", "ohorn": "ơ", "Uhorn": "Ư", "uhorn": "ư",
}
