package parser

import (
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"annex/model"
	"annex/parser/pdfread"
)

func TestBuildWords(t *testing.T) {
	g := func(x, y float64, s string) pdfread.Glyph {
		return pdfread.Glyph{X: x, Y: y, W: 5, Size: 10, Text: s}
	}
	ws := buildWords([]pdfread.Glyph{
		g(10, 100, "S"), g(15, 100, "T"), g(20, 100, "T"), // one word
		g(25, 100, " "), g(30, 100, "N"), g(35, 100.5, "ộ"), // a space glyph, baseline jitter
		g(60, 100, "x"),  // a gap
		g(10, 120, "ổi"), // the next line
	})
	var got []string
	for _, w := range ws {
		got = append(got, w.text)
	}
	if want := []string{"STT", "Nộ", "x", "ổi"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
}

// TestBuildWordsBetween: on a ruled page a text run over a rule into the
// next cell's text, with no gap between them, parts where that rule's
// cells start their texts (textStarts, splitsAtRule); a text run over a
// rule with nothing beside it, or a syllable's lowercase letter standing
// there by chance, stays one word.
func TestBuildWordsBetween(t *testing.T) {
	g := func(x, y float64, s string) pdfread.Glyph {
		return pdfread.Glyph{X: x, Y: y, W: 5, Size: 10, Text: s}
	}
	word := func(x, y float64, s string) []pdfread.Glyph { // one glyph per letter
		var gs []pdfread.Glyph
		for _, r := range s {
			gs = append(gs, g(x, y, string(r)))
			x += 5
		}
		return gs
	}
	rule := ruleLine{pos: 50, spans: [][2]float64{{0, 200}}} // cells' texts start at 53 after it
	glyphs := slices.Concat(
		word(53, 20, "Sở"), word(53, 40, "Cục"), word(53, 60, "Vụ"), // the cells right of the rule
		word(19, 80, "IV/2037"), word(53, 80, "Bộ"), // "7" at 49-54 runs over the rule, "B" at 53 inside it
		word(9, 100, "28/02/2026"), // runs over with nothing beside it: "6" at 54
		word(23, 120, "luânnăm"),   // "m" at 53: a syllable's letter, by chance where texts start
	)
	ws := buildWords(glyphs)
	starts := textStarts(ws, []ruleLine{rule})
	if len(starts) != 1 || math.Abs(starts[0].x-53) > cellTextTolerance {
		t.Fatalf("textStarts = %+v, want the rule's texts at 53", starts)
	}
	var got []string
	for _, w := range buildWordsBetween(glyphs, starts) {
		got = append(got, w.text)
	}
	want := []string{"Sở", "Cục", "Vụ", "IV/2037", "Bộ", "28/02/2026", "luânnăm"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
	if textStarts(buildWords(slices.Concat(word(53, 20, "Sở"), word(53, 40, "Cục"), word(53, 60, "Vụ"))), []ruleLine{rule}) != nil {
		t.Error("textStarts on a page no word runs over a rule: want none")
	}
}

func TestGrid(t *testing.T) {
	rules := []pdfread.Rule{
		// columns at 0, 50, 200, 300 (the middle one missing in the second row: a merged cell)
		{X0: 0, Y0: 0, X1: 0, Y1: 100}, {X0: 50, Y0: 0, X1: 50, Y1: 100},
		{X0: 200, Y0: 0, X1: 200, Y1: 40}, {X0: 200.5, Y0: 70, X1: 200.5, Y1: 100},
		{X0: 300, Y0: 0, X1: 300, Y1: 100},
		// rows at 0, 40, 70, 100 — drawn per cell, so in pieces
		{X0: 0, Y0: 0, X1: 300, Y1: 0}, {X0: 0, Y0: 40, X1: 150, Y1: 40}, {X0: 150, Y0: 40.4, X1: 300, Y1: 40.4},
		{X0: 0, Y0: 70, X1: 300, Y1: 70}, {X0: 0, Y0: 100, X1: 300, Y1: 100},
	}
	g, ok := buildGrid(rules)
	if !ok || len(g.rows) != 4 {
		t.Fatalf("grid %+v ok=%v", g.rows, ok)
	}
	if got := g.boundaries(40, 70); !reflect.DeepEqual(got, []float64{0, 50, 300}) {
		t.Errorf("merged row boundaries %v", got)
	}
	if got := g.boundaries(0, 40); len(got) != 4 {
		t.Errorf("first row boundaries %v", got)
	}
	if _, ok := buildGrid(rules[:2]); ok {
		t.Error("two rules are no table")
	}
}

func TestEmptiestCut(t *testing.T) {
	ws := []word{{x0: 0, x1: 40}, {x0: 45, x1: 90}, {x0: 120, x1: 150}, {x0: 100, x1: 115}}
	if x := emptiestCut(ws, nil, 20, 140); x < 90 || x > 100 {
		t.Errorf("cut at %v, want inside the gap 90–100", x)
	}
	// Column-aligned text: where every line has a run crossing, the gaps
	// between two cells' texts on a line (gutters) tell where columns part.
	runs := []word{{x0: 0, x1: 60}, {x0: 0, x1: 60}, {x0: 0, x1: 30}, {x0: 52, x1: 70}, {x0: 75, x1: 90}}
	gutters := []word{{x0: 30, x1: 52}, {x0: 70, x1: 75}}
	if x := emptiestCut(runs, gutters, 20, 80); x < 70 || x > 75 {
		t.Errorf("cut with gutters at %v, want inside the gutter 70–75", x)
	}
}

func TestWordColumns(t *testing.T) {
	xs := []float64{0, 50, 200, 300}
	ws := []word{
		{x0: 5, x1: 20, size: 10},    // number column
		{x0: 60, x1: 190, size: 10},  // content
		{x0: 192, x1: 230, size: 10}, // glued to the content word: a line running across
		{x0: 240, x1: 280, size: 10}, // set apart: the next column
	}
	if got := wordColumns(ws, xs, true); !reflect.DeepEqual(got, []int{0, 1, 1, 2}) {
		t.Errorf("columns %v", got)
	}
	if got := wordColumns(ws, xs, false); !reflect.DeepEqual(got, []int{0, 1, 2, 2}) {
		t.Errorf("columns without glue %v", got)
	}
}

func TestDropPageNumbers(t *testing.T) {
	mk := func(y float64, s string) textLine {
		return textLine{y: y, words: []word{{text: s, size: 10, x0: 100, x1: 110}}}
	}
	ls := []textLine{mk(20, "3"), mk(36, "địa phương"), mk(50, "1"), mk(64, "Nội dung"), mk(120, "- 7 -")}
	got := dropPageNumbers(ls, 3)
	var texts []string
	for _, l := range got {
		texts = append(texts, l.text())
	}
	if want := []string{"địa phương", "1", "Nội dung"}; !reflect.DeepEqual(texts, want) {
		t.Errorf("kept %q, want %q", texts, want)
	}
}

func TestPhrases(t *testing.T) {
	w := func(x0, x1 float64, s string) word { return word{x0: x0, x1: x1, text: s, size: 12} }
	l := textLine{words: []word{w(0, 20, "Cơ"), w(23, 45, "quan"), w(48, 65, "chủ"), w(75, 93, "Cơ"), w(96, 118, "quan"), w(121, 140, "phối")}}
	if got := phrases(l); len(got) != 2 || got[0].x1 != 65 {
		t.Errorf("phrases %+v: want two cells split at the second 'Cơ'", got)
	}
	h := textLine{words: []word{w(0, 20, "STT"), w(23, 60, "NỘI"), w(63, 80, "DUNG")}}
	if got := headStarts(h); !got[0] || !got[1] || got[2] {
		t.Errorf("head starts %v", got)
	}
}

func TestGeomOf(t *testing.T) {
	// Two words at size 10: the line spans 10–60 points, the first word
	// 10–30: 5 and 2 ems.
	l := textLine{words: []word{{x0: 10, x1: 30, size: 10, text: "Sở"}, {x0: 35, x1: 60, size: 10, text: "Nội"}}}
	if g := geomOf(l); g != (lineGeom{w: 5000, fw: 2000}) {
		t.Errorf("geomOf = %+v", g)
	}
	if g := geomOf(textLine{words: []word{{x0: 1, x1: 2}}}); g != (lineGeom{}) {
		t.Errorf("no size, no geometry: %+v", g)
	}
}

func TestSplitGluedHead(t *testing.T) {
	w := word{x0: 10, x1: 16, y: 5, size: 13, text: "STTNỘI"}
	a, b, ok := splitGluedHead(w)
	if !ok || a.text != "STT" || b.text != "NỘI" || a.x0 != 10 || a.x1 != 13 || b.x0 != 13 || b.x1 != 16 {
		t.Errorf("splitGluedHead(%q) = %+v, %+v, %v", w.text, a, b, ok)
	}
	for _, text := range []string{"STT", "Sở", "Thường", "TTHC", "sttnội,"} {
		if _, _, ok := splitGluedHead(word{x1: 5, text: text}); ok {
			t.Errorf("splitGluedHead(%q) split it", text)
		}
	}
	ws := []word{{x0: 0, x1: 6, text: "STTNỘI"}, {x0: 7, x1: 11, text: "DUNG"}}
	var got []string
	for _, w := range unglueWords(ws) {
		got = append(got, w.text)
	}
	if !slices.Equal(got, []string{"STT", "NỘI", "DUNG"}) {
		t.Errorf("unglueWords = %q", got)
	}
	if plain := []word{{text: "NỘI"}, {text: "DUNG"}}; &unglueWords(plain)[0] != &plain[0] {
		t.Error("unglueWords copied a line with nothing to split")
	}
}

func TestColumnNumberCells(t *testing.T) {
	cell := func(lines ...string) bandCell {
		c := bandCell{}
		for _, l := range lines {
			c.lines = append(c.lines, line{text: l})
		}
		return c
	}
	for _, tc := range []struct {
		name  string
		cells []bandCell
		want  int
	}{
		{"whole", []bandCell{cell("(1)"), cell("(2)"), cell("(3)")}, 3},
		{"broken before its )", []bandCell{cell("(1", ")"), cell("(2)"), cell("(3)")}, 3},
		{"an empty cell", []bandCell{cell("(1)"), cell(), cell("(3)")}, 2},
		{"a cell of text", []bandCell{cell("(1)"), cell("Sở Tư pháp"), cell("(3)")}, 0},
		{"two numbers in a cell", []bandCell{cell("(1) (2)"), cell("(3)")}, 0},
	} {
		if got := columnNumberCells(band{cells: tc.cells}); got != tc.want {
			t.Errorf("%s: columnNumberCells = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestWithoutGroupName(t *testing.T) {
	cell := func(lines ...string) bandCell {
		c := bandCell{}
		for i, l := range lines {
			if l != "" {
				c.lines = append(c.lines, line{text: l, num: i + 1})
			}
		}
		return c
	}
	heads := func(cells []bandCell) []string {
		var out []string
		for _, c := range cells {
			out = append(out, joinHeader(c.lines))
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		cells []bandCell
		want  []string
	}{
		{"the group's name parted between its two columns",
			[]bandCell{cell("STT"), cell("Đơn vị", "Chủ trì"), cell("thực hiện", "Phối hợp")}, []string{"STT", "Chủ trì", "Phối hợp"}},
		{"all of it over one column, on two lines",
			[]bandCell{cell("Đơn vị thực", "hiện", "Chủ trì"), cell("", "", "Phối hợp")}, []string{"Chủ trì", "Phối hợp"}},
		{"heads wrapped alike stay", []bandCell{cell("Đơn vị", "chủ trì"), cell("Đơn vị", "phối hợp")}, []string{"Đơn vị chủ trì", "Đơn vị phối hợp"}},
		{"one head's wrapped words stay", []bandCell{cell("Thời gian", "thực hiện"), cell("Ghi chú")}, []string{"Thời gian thực hiện", "Ghi chú"}},
	} {
		if got := heads(withoutGroupName(tc.cells)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestOpensNumberHead(t *testing.T) {
	for b, want := range map[byte]bool{'S': true, 's': true, 'T': true, 't': true, 'N': false, '(': false} {
		if got := opensNumberHead(b); got != want {
			t.Errorf("opensNumberHead(%q) = %v, want %v", b, got, want)
		}
	}
}

// A roman numeral printed twice in column-aligned text keeps both sections
// and warns, as the cell-block reader does.
func TestLayoutRomanTwice(t *testing.T) {
	text := `                                   PHỤ LỤC
                              DANH MỤC NHIỆM VỤ
                       (Kèm theo Kế hoạch số 1/KH-UBND)
STT   Nội dung nhiệm vụ                  Đơn vị chủ trì     Đơn vị phối hợp    Thời gian
I     Chuyển đổi số
1     Xây dựng nền tảng số dùng chung    Sở Khoa học và     Các sở, ngành      Năm 2026
                                         Công nghệ
I     Cải cách hành chính
1     Rà soát thủ tục hành chính         Sở Tư pháp         Các sở, ngành      Quý I/2026
`
	p, err := ParseText("twice.layout.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Items) != 2 || p.Items[0].Number != "I" || p.Items[1].Number != "I" {
		t.Fatalf("items %+v, want two sections I", p.Items)
	}
	var warned []string
	for _, w := range p.Warnings {
		warned = append(warned, w.Message)
	}
	if !containsAll(strings.Join(warned, "\n"), []string{"section I appears twice"}) {
		t.Errorf("warnings %q, want the numeral printed twice", warned)
	}
}

// A dotted number broken after its dot in a narrow number column of
// column-aligned text ("II." / "1") numbers one subsection: the "1" below
// is no task of its own.
func TestLayoutBrokenNumber(t *testing.T) {
	text := `                                   PHỤ LỤC
                              DANH MỤC NHIỆM VỤ
                       (Kèm theo Kế hoạch số 1/KH-UBND)
TT  Nội dung nhiệm vụ                  Đơn vị chủ trì     Đơn vị phối hợp    Thời gian
I   Chuyển đổi số
1   Xây dựng nền tảng số dùng chung    Sở Khoa học và     Các sở, ngành      Năm 2026
                                       Công nghệ
II  Cải cách hành chính
II. Về thể chế
 1
2   Rà soát thủ tục hành chính         Sở Tư pháp         Các sở, ngành      Quý I/2026
`
	p, err := ParseText("broken.layout.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(flatKeyed(p), "\n")
	want := strings.Join([]string{
		"I section | Chuyển đổi số",
		"I.1 task | content=Xây dựng nền tảng số dùng chung | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Năm 2026",
		"II section | Cải cách hành chính",
		"II.II.1 subsection | Về thể chế",
		"II.II.1.2 task | content=Rà soát thủ tục hành chính | lead=Sở Tư pháp | coordinating=Các sở, ngành | timeframe=Quý I/2026",
	}, "\n")
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s\nwarnings: %v", got, want, p.Warnings)
	}
}

// A header of a list of documents to draft, whose "Cơ quan phối" and "Cấp
// ban" stand one space apart on a line: the extra column's words are known
// ("Cấp ban hành"), so the coordinating column is not read as one with it
// (made-up annex landlaw_2026, LibreOffice seed 702).
func TestLayoutDocumentListHeader(t *testing.T) {
	text := `                                    PHỤ LỤC 01
 DANH MỤC VĂN BẢN QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT ĐẤT ĐAI THUỘC THẨM
                                  QUYỀN CỦA TỈNH
       (Kèm theo Kế hoạch số 88/KH-UBND ngày 15/3/2026 của Ủy ban nhân dân tỉnh)
STT           Tên văn bản             Cơ quan    Cơ quan phối Cấp ban          Thời hạn
                                       chủ trì        hợp          hành          trình
                                     soạn thảo
 I    LĨNH VỰC ĐẤT ĐAI
 1    Quyết định quy định hạn mức giao Sở Nông Sở Tư pháp; Sở Ủy ban                Trước ngày
      đất, công nhận quyền sử dụng đất ở nghiệp và Tài chính; Ủy        nhân dân    30/4/2026
      cho hộ gia đình, cá nhân trên địa bàn Môi trường ban nhân dân cấp tỉnh
      tỉnh                                             xã
`
	p, err := ParseText("documents.layout.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range p.Columns {
		got = append(got, c.Key+"="+c.Header)
	}
	want := "number=STT; content=Tên văn bản; lead=Cơ quan chủ trì soạn thảo; coordinating=Cơ quan phối hợp; extra=Cấp ban hành; timeframe=Thời hạn trình"
	if strings.Join(got, "; ") != want {
		t.Errorf("columns %q\nwant %q", strings.Join(got, "; "), want)
	}
}

// A plan printed with two annexes, the second on pages of its own: each
// input kind reads the first annex's table only and warns where the second
// begins, rather than reading its rows under the first's columns.
// (../testdata/pdf/two-annexes.pdf: the made-up health_2026 and
// environment_2026 annexes' HTML, Chromium seeds 661 and 821, joined with
// a page break and printed by Chromium; .layout.txt is pdftotext -layout
// of it.)
func TestSecondAnnexNotRead(t *testing.T) {
	for _, kind := range inputKindsOf(t, "../testdata/pdf/two-annexes") {
		t.Run(kind.name, func(t *testing.T) {
			p, err := kind.parse()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range p.Items {
				got = append(got, it.Number)
			}
			if strings.Join(got, " ") != "I II III IV V" {
				t.Errorf("top items %v, want the first annex's sections I to V only", got)
			}
			var warned []string
			for _, w := range p.Warnings {
				warned = append(warned, w.Message)
			}
			if !containsAll(strings.Join(warned, "\n"), []string{`another annex begins here ("PHỤ LỤC II")`}) {
				t.Errorf("warnings %q, want the second annex's start", warned)
			}
		})
	}
}

// A number column that numbers a task's sub-items by a dash ("-") rather
// than by letters: each dashed row is a sub-task of its own, numbered "-",
// in PDF and column-aligned text, where the dash stands in the number
// column, and in cell-block text, where it follows a row's time
// (dashOpensRow). (../testdata/pdf/dash-subitems.pdf: the made-up reform_2026
// annex with task II.2's sub-tasks a and b numbered "-", LibreOffice seed
// 541; .layout.txt is pdftotext -layout of it.)
func TestDashNumberedSubItems(t *testing.T) {
	want := []string{
		"- | Thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh | Các sở, ban, ngành | Trong vòng 05 ngày làm việc kể từ ngày văn bản có hiệu lực",
		"- | Thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã | Ủy ban nhân dân cấp xã | Thường xuyên",
	}
	for _, kind := range inputKindsOf(t, "../testdata/pdf/dash-subitems") {
		t.Run(kind.name, func(t *testing.T) {
			p, err := kind.parse()
			if err != nil {
				t.Fatal(err)
			}
			task := p.Items[1].Items[1]
			var got []string
			for _, it := range task.Items {
				content, _ := it.Cell(model.RoleContent)
				lead, _ := it.Cell(model.RoleLead)
				time, _ := it.Cell(model.RoleTimeframe)
				got = append(got, strings.Join([]string{it.Number, content, lead, time}, " | "))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("task %s's sub-items:\n%s\nwant:\n%s", task.Number, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// inputKind is one way a test reads the same annex: its PDF, its
// column-aligned text or its cell-block text.
type inputKind struct {
	name  string
	parse func() (*model.Plan, error)
}

// inputKindsOf reads stem.pdf and stem.layout.txt (pdftotext -layout of
// it) and returns the three input kinds of that annex.
func inputKindsOf(t *testing.T, stem string) []inputKind {
	t.Helper()
	data, err := os.ReadFile(stem + ".pdf")
	if err != nil {
		t.Fatal(err)
	}
	layout, err := os.ReadFile(stem + ".layout.txt")
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(stem)
	return []inputKind{
		{"pdf", func() (*model.Plan, error) { return ParsePDF(name+".pdf", data) }},
		{"layout", func() (*model.Plan, error) { return ParseText(name+".layout.txt", layout) }},
		{"cell-block", func() (*model.Plan, error) { return ParseText(name+".txt", []byte(cellBlockText(t, data))) }},
	}
}

// TestHeadEdgeColumns: the fixture whose header ran two heads' lower
// lines together ("quan, thực hiện") reads its columns' roles right; the
// flat fixture shows cells, not the roles they went to.
func TestHeadEdgeColumns(t *testing.T) {
	p := parseFile(t, "testdata/rendered/head-edge-splits-run-tourism2-3002.txt", ParseText)
	var got []string
	for _, c := range p.Columns {
		got = append(got, c.Key)
	}
	want := []string{model.RoleNumber, model.RoleContent, model.RoleLead, model.RoleCoordinating, model.RoleTimeframe, model.RoleFunding, model.RoleNote}
	if !slices.Equal(got, want) {
		t.Errorf("columns %v, want %v", got, want)
	}
}

func TestOverlaidRuns(t *testing.T) {
	g := func(x float64, s string) pdfread.Glyph { return pdfread.Glyph{X: x, Y: 100, W: 5, Size: 10, Text: s} }
	run := func(x float64, s string) []pdfread.Glyph {
		var out []pdfread.Glyph
		for i, r := range []rune(s) {
			out = append(out, g(x+5*float64(i), string(r)))
		}
		return out
	}
	texts := func(gs []pdfread.Glyph) []string {
		var out []string
		for _, t := range overlaidRuns(gs) {
			s := ""
			for _, g := range t {
				s += g.Text
			}
			out = append(out, s)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		gs   []pdfread.Glyph
		want []string
	}{
		{"one text", run(10, "Trước ngày"), []string{"Trước ngày"}},
		{"words written right to left", slices.Concat(run(70, "ngày"), run(10, "Trước")), []string{"Trướcngày"}},
		{"glyphs in any order", []pdfread.Glyph{g(15, "b"), g(10, "a"), g(20, "c")}, []string{"abc"}},
		{"a date set over the next cell's text", slices.Concat(run(100, "20/02/2036"), run(130, "bản")), []string{"20/02/2036", "bản"}},
		{"touching, not over", slices.Concat(run(100, "20/02"), run(126, "bản")), []string{"20/02bản"}},
	} {
		if got := texts(tc.gs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDateOverNextCell: a Chromium rendering's date, too wide for its
// narrow time cell, runs under the notes cell's third line on the same
// baseline; its glyphs and the note's stay apart.
func TestDateOverNextCell(t *testing.T) {
	data, err := os.ReadFile("../testdata/rerender-new/tetsecurity_2036-7273.pdf")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePDF("tetsecurity_2036-7273.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	p.Walk(func(it *model.Item, parents []*model.Item) {
		if it.Kind != model.KindTask || it.Number != "6" {
			return
		}
		found = true
		for key, want := range map[string]string{model.RoleTimeframe: "Trước ngày 20/02/2036", model.RoleNote: "Báo cáo bằng văn bản"} {
			if got, _ := it.Cell(key); got != want {
				t.Errorf("task 6 %s = %q, want %q", key, got, want)
			}
		}
	})
	if !found {
		t.Fatal("no task 6")
	}
}

// A narrow time column whose "Quý IV/2037" and "Thường xuyên" run over
// its right rule into the product's "Bộ trưởng" and "Báo cáo" beside
// them, with no gap between: read by the words' gaps alone, "IV/2037Bộ"
// and "ThườngBáo" were words the annex does not print, and "Bộ", "Báo"
// left the product. (../testdata/pdf/runs-over-rule.pdf: the made-up
// datalaw_2037 annex, LibreOffice seed 22673.)
func TestTextRunOverRule(t *testing.T) {
	data, err := os.ReadFile("../testdata/pdf/runs-over-rule.pdf")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePDF("runs-over-rule.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{ // path: time, product
		"I.2":   {"Quý IV/2037", "Thông tư của Bộ trưởng"},
		"III.5": {"Thường xuyên", "Báo cáo rà soát"},
	}
	found := 0
	var walk func(prefix string, items []*model.Item)
	walk = func(prefix string, items []*model.Item) {
		for _, it := range items {
			path := strings.TrimPrefix(prefix+"."+it.Number, ".")
			if w, ok := want[path]; ok {
				found++
				time, _ := it.Cell(model.RoleTimeframe)
				product, _ := it.Cell(model.RoleDeliverable)
				if time != w[0] || product != w[1] {
					t.Errorf("%s: time %q, product %q; want %q, %q", path, time, product, w[0], w[1])
				}
			}
			walk(path, it.Items)
		}
	}
	walk("", p.Items)
	if found != len(want) {
		t.Errorf("found %d of the rows %v", found, want)
	}
}
