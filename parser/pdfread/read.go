package pdfread

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Glyph is one decoded character code drawn on a page. Coordinates are in
// points from the page's top-left corner, y growing downwards: X is the left
// of the glyph, Y its baseline.
type Glyph struct {
	X, Y, W float64
	Size    float64 // font size after the text matrix, in points
	Text    string  // the Unicode text the code maps to (may be "" or several runes)
	Font    string  // base font name without its subset prefix
}

// Rule is a straight horizontal or vertical line drawn on the page, from a
// stroked path or a thin filled rectangle, in the same coordinates.
type Rule struct {
	X0, Y0, X1, Y1 float64
}

// Vertical reports whether the rule runs top to bottom.
func (r Rule) Vertical() bool { return r.X1-r.X0 < r.Y1-r.Y0 }

// Page is the content of one page.
type Page struct {
	Number        int
	Width, Height float64
	Glyphs        []Glyph
	Rules         []Rule
	Err           error // set when the page could not be read; Glyphs may be partial
}

// Errors of Read, to be tested with errors.Is.
var (
	ErrNotPDF    = errors.New("not a PDF file")
	ErrTruncated = errors.New("damaged or truncated PDF")
	ErrEncrypted = errors.New("encrypted PDF that needs a password")
)

// DefaultMaxPages bounds the pages read from one file unless told otherwise.
const DefaultMaxPages = 500

// ErrTooManyPages is returned for a PDF longer than the page limit.
var ErrTooManyPages = errors.New("too many pages")

// Read parses a PDF and returns its pages. It fails only when the file as a
// whole cannot be read; a page that cannot be read carries its own Err.
func Read(data []byte) (pages []Page, err error) { return ReadLimited(data, DefaultMaxPages) }

// ReadLimited is Read for PDFs of at most maxPages pages.
func ReadLimited(data []byte, maxPages int) (pages []Page, err error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], "\x00\t\r\n "), []byte("%PDF-")) {
		return nil, ErrNotPDF
	}
	r, err := open(data)
	if err != nil {
		return nil, err
	}
	n, err := numPages(r)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		// A trailer whose /Size is short of its own xref table (pdfunite
		// writes one) loses the catalog: read it again with the size the
		// table gives, as readers that forgive it do.
		if fixed, ok := fixTrailerSize(data); ok {
			if r2, err := open(fixed); err == nil {
				if n2, err := numPages(r2); err == nil && n2 > 0 {
					r, n = r2, n2
				}
			}
		}
	}
	if n > maxPages {
		return nil, fmt.Errorf("%w: %d, the limit is %d", ErrTooManyPages, n, maxPages)
	}
	for i := 1; i <= n; i++ {
		pages = append(pages, readPage(r, i))
	}
	return pages, nil
}

// fixTrailerSize returns data with the last trailer's /Size raised to
// the number of entries its classic xref table lists (the end of its
// furthest subsection), when it says fewer; ok is false when there is
// nothing to raise. The xref table and the objects stand before the
// trailer, so no offset moves; the library drops every entry past /Size,
// the document's catalog with them.
func fixTrailerSize(data []byte) ([]byte, bool) {
	t := bytes.LastIndex(data, []byte("trailer"))
	x := bytes.LastIndex(data[:max(t, 0)], []byte("xref"))
	if t < 0 || x < 0 {
		return nil, false
	}
	entries := 0
	for _, l := range bytes.Split(data[x+len("xref"):t], []byte("\n")) {
		f := bytes.Fields(l)
		if len(f) != 2 {
			continue // an entry ("0000000015 00000 n") has three fields
		}
		start, err1 := strconv.Atoi(string(f[0]))
		count, err2 := strconv.Atoi(string(f[1]))
		if err1 == nil && err2 == nil {
			entries = max(entries, start+count)
		}
	}
	m := trailerSize.FindSubmatchIndex(data[t:])
	if m == nil {
		return nil, false
	}
	size, err := strconv.Atoi(string(data[t+m[2] : t+m[3]]))
	if err != nil || size >= entries {
		return nil, false
	}
	fixed := append(append(append([]byte(nil), data[:t+m[2]]...), strconv.Itoa(entries)...), data[t+m[3]:]...)
	return fixed, true
}

// trailerSize finds a trailer's /Size and its number.
var trailerSize = regexp.MustCompile(`/Size\s+(\d+)`)

// open opens the document, with the empty user password if it is encrypted.
func open(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%w (%s)", ErrTruncated, cleanMessage(fmt.Sprint(p)))
		}
	}()
	r, err = pdf.NewReaderEncrypted(bytes.NewReader(data), int64(len(data)), func() string { return "" })
	if err != nil {
		msg := err.Error()
		switch {
		case strings.Contains(msg, "password") || strings.Contains(msg, "encrypt"):
			return nil, ErrEncrypted
		default:
			msg = strings.TrimPrefix(strings.TrimPrefix(msg, "malformed PDF: "), "not a PDF file: ")
			return nil, fmt.Errorf("%w (%s)", ErrTruncated, cleanMessage(msg))
		}
	}
	return r, nil
}

func numPages(r *pdf.Reader) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			n, err = 0, fmt.Errorf("%w (%s)", ErrTruncated, cleanMessage(fmt.Sprint(p)))
		}
	}()
	return r.NumPage(), nil
}

// readPage reads one page, turning a panic of the library into the page's
// error.
func readPage(r *pdf.Reader, num int) (page Page) {
	page.Number = num
	defer func() {
		if p := recover(); p != nil {
			page.Err = fmt.Errorf("page %d: unreadable content (%s)", num, cleanMessage(fmt.Sprint(p)))
		}
	}()
	p := findPage(r, num)
	if p.V.IsNull() {
		page.Err = fmt.Errorf("page %d: missing", num)
		return page
	}
	box := inherited(p.V, "MediaBox")
	if box.Len() == 4 {
		page.Width = box.Index(2).Float64() - box.Index(0).Float64()
		page.Height = box.Index(3).Float64() - box.Index(1).Float64()
	}
	in := newInterpreter(p, page.Height)
	in.run(p.V.Key("Contents"))
	page.Glyphs, page.Rules = in.glyphs, in.rules
	return page
}

// inherited looks a page attribute up the page tree, as PDF pages inherit
// MediaBox and Resources from their parents.
func inherited(v pdf.Value, key string) pdf.Value {
	for depth := 0; depth < maxTreeDepth && v.Kind() == pdf.Dict; depth++ {
		if x := v.Key(key); x.Kind() != pdf.Null {
			return x
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// findPage is the library's Reader.Page with its descent bounded: Reader.Page
// follows Kids for as long as a "Pages" node claims the page, so a page tree
// whose Kids lead back to an ancestor (a broken or hostile file) keeps it
// looping for ever, and no recover can stop a loop. Pages are numbered from
// 1; a page not found is a Page whose V is null.
func findPage(r *pdf.Reader, num int) pdf.Page {
	num-- // from 0
	node := r.Trailer().Key("Root").Key("Pages")
	for depth := 0; depth < maxTreeDepth && node.Key("Type").Name() == "Pages"; depth++ {
		if int(node.Key("Count").Int64()) < num {
			return pdf.Page{}
		}
		next, found := pdf.Value{}, false
		kids := node.Key("Kids")
		for i := 0; i < kids.Len() && !found; i++ {
			kid := kids.Index(i)
			switch kid.Key("Type").Name() {
			case "Pages":
				if c := int(kid.Key("Count").Int64()); num < c {
					next, found = kid, true
				} else {
					num -= c
				}
			case "Page":
				if num == 0 {
					return pdf.Page{V: kid}
				}
				num--
			}
		}
		if !found {
			return pdf.Page{}
		}
		node = next
	}
	return pdf.Page{}
}

// maxTreeDepth bounds the walk up or down a (possibly cyclic) page tree.
const maxTreeDepth = 32

// maxMessage bounds how much of a library message is kept.
const maxMessage = 80

// cleanMessage makes a library's panic message fit for a one-line warning:
// valid UTF-8, printable, short (messages can quote binary stream data).
func cleanMessage(s string) string {
	s = strings.ToValidUTF8(s, "?")
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == utf8.RuneError {
			return '?'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > maxMessage {
		s = string(r[:maxMessage]) + "…"
	}
	return s
}
