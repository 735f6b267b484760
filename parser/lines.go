package parser

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one non-blank line of the input, normalised: NFC, runs of white
// space folded to one space, no leading or trailing space.
type line struct {
	text string
	num  int  // 1-based line number in the input
	page int  // page as counted so far from form feeds (page numbers refine it later)
	ff   bool // a form feed came before this line: a new page starts here
}

// Input errors, wrapped with the reason so callers can test with errors.Is.
var (
	ErrEmpty   = errors.New("empty input")
	ErrBinary  = errors.New("binary data, not text")
	ErrUTF8    = errors.New("invalid UTF-8")
	ErrNoTable = errors.New("no annex table found (no header row with STT / Nội dung nhiệm vụ / Đơn vị chủ trì columns)")
)

// maxControlShare is the share of control characters (other than tab, CR,
// LF, FF) above which input is taken for binary data: extracted text has
// none, and a stray one in a large file must not reject it.
const maxControlShare = 0.01

// checkText rejects what is not text: empty or blank input, NUL bytes or many
// control characters (binary), invalid UTF-8 (reported with its line).
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	controls, invalid := scanText(data)
	if float64(controls) > maxControlShare*float64(len(data)) {
		return ErrBinary
	}
	if invalid >= 0 {
		ln := 1 + bytes.Count(data[:invalid], []byte("\n"))
		return fmt.Errorf("line %d: %w", ln, ErrUTF8)
	}
	return nil
}

// scanText reads data once for checkText: how many control characters it
// holds (other than tab, LF, VT, FF, CR), and where its first invalid UTF-8
// sequence starts, or -1. Vietnamese text is mostly two- and three-byte
// letters, validated here without a call; anything else is left to
// utf8.DecodeRune.
func scanText(data []byte) (controls, invalid int) {
	invalid = -1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < ' ' && !textControl[c] {
				controls++
			}
			i++
			continue
		}
		if n := commonRuneLen(data[i:]); n > 0 {
			i += n
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 && invalid < 0 {
			invalid = i
		}
		i += size
	}
	return controls, invalid
}

// textControl marks the control characters text may hold.
var textControl = [' ']bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// commonRuneLen is the length of the valid UTF-8 sequence that b starts
// with when it is a two-byte one or a three-byte one that is neither an
// overlong form nor a surrogate (lead bytes E1–EC, EE, EF), and 0 for
// anything else.
func commonRuneLen(b []byte) int {
	isCont := func(x byte) bool { return x&0xc0 == 0x80 }
	switch c := b[0]; {
	case c >= 0xc2 && c < 0xe0:
		if len(b) > 1 && isCont(b[1]) {
			return 2
		}
	case c >= 0xe1 && c < 0xf0 && c != 0xed:
		if len(b) > 2 && isCont(b[1]) && isCont(b[2]) {
			return 3
		}
	}
	return 0
}

// readLines splits text into normalised non-blank lines, counting pages at
// form feeds.
func readLines(data []byte) []line {
	s := strings.TrimPrefix(string(data), "\ufeff")
	out := make([]line, 0, strings.Count(s, "\n")+1)
	page, pendingFF := 1, false
	for i := 1; s != ""; i++ {
		var raw string
		raw, s, _ = strings.Cut(s, "\n") // a CR before the LF is trimmed as white space
		for {
			j := strings.IndexByte(raw, '\f')
			if j < 0 {
				break
			}
			if t := foldLine(raw[:j]); t != "" {
				out = append(out, line{text: t, num: i, page: page, ff: pendingFF})
				pendingFF = false
			}
			page++
			pendingFF = true
			raw = raw[j+1:]
		}
		if t := foldLine(raw); t != "" {
			out = append(out, line{text: t, num: i, page: page, ff: pendingFF})
			pendingFF = false
		}
	}
	return out
}

// foldLine is normalize for a line of the input: one pass over its bytes
// (lineShape) tells whether it is plainly NFC and needs no folding, as
// nearly every line is, and then it is returned trimmed.
func foldLine(s string) string {
	t := trimBlanks(s)
	switch tidy, plain := lineShape(t); {
	case !plain:
		return normalize(s)
	case tidy:
		return t
	}
	return foldSpace(s)
}

// lineShape is isTidy of s and whether s is plainly NFC, in one pass: it
// holds only ASCII, precomposed Latin and Vietnamese letters
// (U+00C0–U+01BF, U+1EA0–U+1EFF) and general punctuation (U+2010–U+206F),
// none of which change under NFC. Anything else, such as a combining
// accent, is left to the full check, and tidy is then not known and
// reported false.
func lineShape(s string) (tidy, plain bool) {
	if s == "" {
		return true, true
	}
	tidy = s[0] != ' ' && s[len(s)-1] != ' '
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c < ' ' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				tidy = false
			}
			i++
		case c >= 0xc3 && c <= 0xc6 && i+1 < len(s):
			i += 2
		case c == 0xe1 && i+2 < len(s) && (s[i+1] == 0xba || s[i+1] == 0xbb):
			i += 3
		case c == 0xe2 && i+2 < len(s) && (s[i+1] == 0x80 && s[i+2] >= 0x90 || s[i+1] == 0x81):
			tidy = tidy && !isWideSpace(s[i:i+3])
			i += 3
		default:
			return false, false
		}
	}
	return tidy, true
}

// normalize returns s in NFC with white space runs folded to one space and
// trimmed. Justified text in PDFs comes out with doubled spaces; the words
// are what matter.
func normalize(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return foldSpace(s)
}

// foldSpace folds white space runs to one space and trims, for text that is
// NFC already.
func foldSpace(s string) string {
	if t := trimBlanks(s); isTidy(t) {
		return t
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// trimBlanks trims spaces, tabs and carriage returns from both ends of s.
func trimBlanks(s string) string {
	isBlank := func(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }
	for s != "" && isBlank(s[0]) {
		s = s[1:]
	}
	for s != "" && isBlank(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// isTidy reports whether s needs no folding: no space at either end, no
// two spaces in a row, no other white space.
func isTidy(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		if !untidyLead[s[i]] {
			continue // the common case: a letter, digit or punctuation byte
		}
		switch b := s[i]; {
		case b == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case b < ' ', b == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
			return false // control characters, no-break space
		case (b == 0xe2 || b == 0xe3) && i+2 < len(s) && isWideSpace(s[i:i+3]):
			return false
		}
	}
	return true
}

// untidyLead marks the bytes isTidy must look at: a space, a control
// character, or the first byte of a Unicode space's encoding.
var untidyLead = func() (t [256]bool) {
	for b := range ' ' + 1 {
		t[b] = true
	}
	t[0xc2], t[0xe2], t[0xe3] = true, true, true
	return t
}()

// isWideSpace reports whether a three-byte UTF-8 sequence is a Unicode
// space or zero-width space (U+2000–U+200B, U+2028, U+2029, U+202F, U+205F,
// U+3000).
func isWideSpace(b string) bool {
	switch {
	case b[0] == 0xe2 && b[1] == 0x80:
		return b[2] <= 0x8b || b[2] == 0xa8 || b[2] == 0xa9 || b[2] == 0xaf
	case b[0] == 0xe2 && b[1] == 0x81:
		return b[2] == 0x9f
	}
	return b == "\u3000"
}

// plainlyNFC reports, by a quick look at the bytes (lineShape), that s
// is NFC.
func plainlyNFC(s string) bool {
	_, plain := lineShape(s)
	return plain
}

func normalizeNFC(s string) string { return norm.NFC.String(s) }
