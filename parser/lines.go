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
	controls := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' {
			controls++
		}
	}
	if float64(controls) > maxControlShare*float64(len(data)) {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		ln := 1 + bytes.Count(data[:firstInvalidUTF8(data)], []byte("\n"))
		return fmt.Errorf("line %d: %w", ln, ErrUTF8)
	}
	return nil
}

func firstInvalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// readLines splits text into normalised non-blank lines, counting pages at
// form feeds.
func readLines(data []byte) []line {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\ufeff")
	var out []line
	page, pendingFF := 1, false
	for i, raw := range strings.Split(s, "\n") {
		for strings.Contains(raw, "\f") {
			j := strings.IndexByte(raw, '\f')
			if strings.TrimSpace(raw[:j]) != "" {
				out = append(out, line{text: normalize(raw[:j]), num: i + 1, page: page, ff: pendingFF})
				pendingFF = false
			}
			page++
			pendingFF = true
			raw = raw[j+1:]
		}
		t := normalize(raw)
		if t == "" {
			continue
		}
		out = append(out, line{text: t, num: i + 1, page: page, ff: pendingFF})
		pendingFF = false
	}
	return out
}

// normalize returns s in NFC with white space runs folded to one space and
// trimmed. Justified text in PDFs comes out with doubled spaces; the words
// are what matter.
func normalize(s string) string {
	s = norm.NFC.String(s)
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
