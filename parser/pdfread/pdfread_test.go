package pdfread

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseCMap(t *testing.T) {
	f := &font{toUni: map[uint32]string{}, widths: map[uint32]float64{}}
	f.parseCMap([]byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0024> <1EC7> endbfchar
2 beginbfrange
<00FE> <0101> <00FE>
<0200> <0202> [<0041> <00C1> <0041 0301>]
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`))
	for code, want := range map[uint32]string{
		0x0003: " ", 0x0024: "ệ",
		0x00FE: "þ", 0x00FF: "ÿ", 0x0100: "Ā", 0x0101: "ā", // the range carries past 0xFF
		0x0200: "A", 0x0201: "Á", 0x0202: "A\u0301",
	} {
		if got := f.toUni[code]; got != want {
			t.Errorf("code %04X = %q, want %q", code, got, want)
		}
	}
	if len(f.spaces) != 1 || f.spaces[0].n != 2 {
		t.Errorf("codespace %+v", f.spaces)
	}
	if got := f.decode("\x00\x24\x00\x03\x02\x01"); len(got) != 3 || got[0].text+got[1].text+got[2].text != "ệ Á" {
		t.Errorf("decode = %+v", got)
	}
}

func TestTokenizeCMap(t *testing.T) {
	toks := tokenizeCMap([]byte("% comment\n<00 1f> (a\\)b) /Name 12 [ ] begin <<"))
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	if strings.Join(got, "|") != "\x00\x1f|a)b|Name|12|||begin|<<" {
		t.Errorf("tokens %q", got)
	}
}

func TestGlyphText(t *testing.T) {
	for name, want := range map[string]string{"uni1EC7": "ệ", "u1EA0": "Ạ", "a": "a", "comma": ",", "dcroat": "đ", "nosuchglyph": ""} {
		if got := glyphText(name); got != want {
			t.Errorf("glyphText(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestMatrix(t *testing.T) {
	m := translate(10, 20).mul(matrix{2, 0, 0, 2, 0, 0})
	if x, y := m.apply(1, 1); x != 22 || y != 42 {
		t.Errorf("apply = %v, %v", x, y)
	}
}

// TestLibreOfficePageOne reads the seed's LibreOffice PDF, whose first
// page the library's own Content() garbles with a stray "I" between lines
// and an "ế" before "STT".
func TestLibreOfficePageOne(t *testing.T) {
	pages := readFile(t, "../../testdata/corpus/seed/lo.pdf")
	var b strings.Builder
	for _, g := range pages[0].Glyphs {
		b.WriteString(g.Text)
	}
	text := b.String()
	for _, want := range []string{"PHỤ LỤC 02", "STT", "NỘI DUNG NHIỆM VỤ", "Tăng cường công tác phổ biến"} {
		if !strings.Contains(text, want) {
			t.Errorf("page 1 lacks %q", want)
		}
	}
	if strings.Contains(text, "ếSTT") || strings.Contains(text, "\n") {
		t.Errorf("stray characters on page 1")
	}
	if len(pages[0].Rules) == 0 {
		t.Error("no table rules found")
	}
}

func TestCIDWidths(t *testing.T) {
	pages := readFile(t, "../../testdata/corpus/seed/chromium.pdf")
	zero := 0
	for _, g := range pages[0].Glyphs {
		if g.Text != " " && g.W <= 0 {
			zero++
		}
	}
	if zero > 0 {
		t.Errorf("%d glyphs without a width: /W was not read", zero)
	}
}

func readFile(t *testing.T, path string) []Page {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		file string
		want error
	}{
		{"../../testdata/pdf/truncated.pdf", ErrTruncated},
		{"../../testdata/pdf/encrypted.pdf", ErrEncrypted},
	} {
		data, _ := os.ReadFile(tc.file)
		if _, err := Read(data); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.file, err, tc.want)
		}
	}
	if _, err := Read([]byte("hello")); !errors.Is(err, ErrNotPDF) {
		t.Errorf("not a PDF: %v", err)
	}
	if pages, err := Read(mustRead(t, "../../testdata/pdf/encrypted-empty-password.pdf")); err != nil || len(pages[0].Glyphs) == 0 {
		t.Errorf("empty user password: %v", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// FuzzRead feeds the PDF reader mutated corpus PDFs: it must never panic.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"../../testdata/corpus/hanoi_310/lo.pdf", "../../testdata/corpus/hanoi_310/chromium.pdf", "../../testdata/pdf/no-table.pdf"} {
		f.Add(mustReadF(f, p))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pages, err := Read(data) // a panic here fails the fuzzer
		if err == nil && len(pages) == 0 {
			t.Fatal("no error and no pages")
		}
	})
}

func mustReadF(f *testing.F, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

// buildPDF writes a PDF of the given objects (numbered from 1) with a
// correct cross-reference table; object 1 is the catalog.
func buildPDF(objs ...string) []byte {
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return []byte(b.String())
}

// TestFindPage: pages are found through nested page trees, and a page
// tree whose Kids lead back to an ancestor ends the search (the library's
// own Reader.Page loops for ever on it).
func TestFindPage(t *testing.T) {
	page := "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"
	for _, tc := range []struct {
		name  string
		pdf   []byte
		pages int // pages found (their MediaBox read)
	}{
		{"nested tree", buildPDF("<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
			"<< /Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2 >>", page, page), 2},
		{"kids lead back to the root", buildPDF("<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 2 >>",
			"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>"), 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan []Page, 1)
			go func() {
				pages, _ := Read(tc.pdf)
				done <- pages
			}()
			select {
			case pages := <-done:
				found := 0
				for _, p := range pages {
					if p.Width > 0 {
						found++
					}
				}
				if found != tc.pages {
					t.Errorf("%d pages found, want %d: %+v", found, tc.pages, pages)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("reading the page tree does not end")
			}
		})
	}
}

// TestType3Widths reads a Chromium PDF that draws some letters ("Ủ") from
// Type 3 fonts: their widths, in the font's own glyph space, must come out
// in text space as others do, so that no such glyph runs over the glyph
// after it (read as thousandths, they were twice as wide).
func TestType3Widths(t *testing.T) {
	pages := readFile(t, "testdata/type3.pdf")
	checked := 0
	for _, p := range pages {
		gs := p.Glyphs
		for i := 0; i+1 < len(gs); i++ {
			g, next := gs[i], gs[i+1]
			if g.Font != "" || next.Y != g.Y || next.X <= g.X || strings.TrimSpace(g.Text) == "" {
				continue // not a Type 3 glyph followed on its line
			}
			if over := g.X + g.W - next.X; over > type3Slack*g.Size {
				t.Errorf("%q at x=%.1f is %.2f wide: it runs %.2f over the next glyph", g.Text, g.X, g.W, over)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no Type 3 glyph found")
	}
}

// type3Slack is how far, as a share of the font size, a glyph may run over
// the next: kerning and rounding, no more.
const type3Slack = 0.05

func TestFixTrailerSize(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{"short", "xref\r\n0 3\r\n0000000000 65535 f\r\n0000000010 00000 n\r\n0000000020 00000 n\r\ntrailer\r\n<</Size 2 /Root 2 0 R>>\r\nstartxref\r\n0\r\n%%EOF",
			"xref\r\n0 3\r\n0000000000 65535 f\r\n0000000010 00000 n\r\n0000000020 00000 n\r\ntrailer\r\n<</Size 3 /Root 2 0 R>>\r\nstartxref\r\n0\r\n%%EOF", true},
		{"two subsections", "xref\n0 1\n0000000000 65535 f\n7 2\n0000000010 00000 n\n0000000020 00000 n\ntrailer\n<</Size 8>>", "xref\n0 1\n0000000000 65535 f\n7 2\n0000000010 00000 n\n0000000020 00000 n\ntrailer\n<</Size 9>>", true},
		{"right already", "xref\n0 2\n0000000000 65535 f\n0000000010 00000 n\ntrailer\n<</Size 2>>", "", false},
		{"xref stream, no trailer", "%PDF-1.5\n1 0 obj\n<</Type/XRef/Size 3>>", "", false},
	} {
		got, ok := fixTrailerSize([]byte(tc.in))
		if ok != tc.ok || (ok && string(got) != tc.want) {
			t.Errorf("%s: fixTrailerSize = %q, %v; want %q, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// A PDF whose trailer's /Size falls short of its own xref table (poppler's
// pdfunite wrote it, joining two annexes' PDFs) is read whole: the
// library alone finds no catalog, and so no page.
func TestReadShortTrailerSize(t *testing.T) {
	data, err := os.ReadFile("testdata/merged-short-size.pdf")
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Read(data)
	if err != nil || len(pages) != 4 {
		t.Fatalf("Read: %d pages, %v; want 4", len(pages), err)
	}
	if len(pages[0].Glyphs) == 0 {
		t.Errorf("page 1 has no glyphs")
	}
}
