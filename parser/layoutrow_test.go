package parser

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"annex/model"
)

// at places texts at character columns, one space at least between them.
func at(parts ...any) string {
	var b []rune
	for i := 0; i+1 < len(parts); i += 2 {
		x, s := parts[i].(int), parts[i+1].(string)
		if len(b) > 0 && len(b) >= x {
			x = len(b) + 1
		}
		for len(b) < x {
			b = append(b, ' ')
		}
		b = append(b, []rune(s)...)
	}
	return string(b)
}

// testReader reads rows of a table with the given columns (roles, after
// the number column) and boundaries; widths 0 read as a trial does.
func testReader(xs []float64, widths []float64, roles ...string) func(lines ...string) [][]int {
	cols := []model.Column{{Key: model.RoleNumber}}
	for _, r := range roles {
		cols = append(cols, model.Column{Key: r})
	}
	if widths == nil {
		widths = make([]float64, len(cols))
	}
	return func(lines ...string) [][]int {
		var ls []textLine
		for _, l := range lines {
			ls = append(ls, layoutLine(l))
		}
		pages := []layoutPage{{lines: ls}}
		rr := &rowReader{xs: xs, sp: newLayoutSplitter(cols, widths, pages, nil), lines: ls, cache: pieceCache{}, trial: widths[1] == 0}
		_, rr.marker = parseMarker(ls[0].words[0].text)
		return rr.readRow()
	}
}

// A task of its content alone, printed across the table (seed IV.1):
// its justified lines reach into the lead's x-range, one of them ending
// with a unit's name, and none of its other cells is filled. Charging
// its empty lead would cut "Ngân hàng" off into it.
func TestReadRowContentOnly(t *testing.T) {
	read := testReader([]float64{0, 4, 34, 52, 70}, nil, model.RoleContent, model.RoleLead, model.RoleTimeframe)
	got := read(
		"1   Tập trung các nguồn vốn có nguồn gốc từ",
		"    ngân sách nhà nước vào Ngân hàng Chính",
		"    sách xã hội để tạo nguồn vốn thực hiện",
		"    tín dụng chính sách xã hội",
	)
	for i, cols := range got {
		for j, c := range cols {
			if want := 1; c != want && !(i == 0 && j == 0) {
				t.Fatalf("line %d word %d read into column %d, want the content: %v", i, j, c, got)
			}
		}
	}
}

func TestReadRowRunOnCells(t *testing.T) {
	read := testReader([]float64{0, 4, 34, 52, 70}, nil, model.RoleContent, model.RoleLead, model.RoleTimeframe)
	for _, tc := range []struct {
		name  string
		lines []string
		want  [][]int
	}{{
		// The content's long line leaves one space before the unit.
		"unit run on",
		[]string{
			"1   Triển khai thực hiện nhiệm vụ Sở Tư pháp        Thường xuyên",
			"    của tỉnh                      và UBND cấp huyện",
		},
		[][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3}, {1, 1, 2, 2, 2, 2}},
	}, {
		"one-line row",
		[]string{"1   Triển khai thực hiện nhiệm vụ Sở Tư pháp        Thường xuyên"},
		[][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3}},
	}, {
		// A lowercase word run on after the unit goes on the cell above it.
		"continuation run on",
		[]string{
			at(0, "1", 4, "Tổ chức kiểm tra việc thực hiện", 35, "Ủy ban nhân dân các", 53, "Quý I"),
			at(4, "các nội dung của kế hoạch năm nay", 35, "xã, phường"),
		},
		[][]int{{0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3}, {1, 1, 1, 1, 1, 1, 1, 1, 2, 2}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := read(tc.lines...); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("columns\n%v\nwant\n%v", got, tc.want)
			}
		})
	}
}

// A justified content line spreads its words over the column: gaps of
// several spaces between every two words, its last word close to the
// lead's boundary, where the lead's own text stands a few characters left
// of its column on the line above (nghean_980, Chromium rendering 228).
func TestReadRowJustifiedLine(t *testing.T) {
	read := testReader([]float64{0, 4, 40, 52, 70}, nil, model.RoleContent, model.RoleLead, model.RoleTimeframe)
	got := read(
		at(0, "2", 4, "Triển khai thực hiện khi có sửa đổi", 38, "Sở Tài", 52, "2025"),
		at(4, "hoặc ban hành mới Quyết định", 35, "chính"),
		"    thay    thế    Quyết      định   số",
		"    118/2008/QĐ-TTg ngày 27/8/2008",
	)
	for _, c := range got[2] {
		if c != 1 {
			t.Fatalf("justified line read %v, want every word in the content: %v", got[2], got)
		}
	}
}

// A lead column too narrow for "KH&CN" breaks it, and pdftotext runs the
// tail "N" on after the content's line (dongthap_617, LibreOffice
// rendering 43 in DejaVu Serif).
func TestReadRowBrokenTail(t *testing.T) {
	read := testReader([]float64{0, 5, 35, 43, 51}, nil, model.RoleContent, model.RoleLead, model.RoleCoordinating)
	got := read(
		at(0, "1", 6, "Triển khai nền tảng đào tạo", 36, "Sở", 44, "Các sở,"),
		at(6, "tuyến mở đại trà, cung cấp kiến", 38, "KH&C", 45, "ban,"),
		at(6, "thức, kỹ năng số, công nghệ số N", 45, "ngành"),
	)
	last := got[2]
	if n := len(last); last[n-2] != 2 {
		t.Errorf("the tail \"N\" read into column %d, want the lead's: %v", last[n-2], got)
	}
}

// TestBrokenTailInRun: a final consonant alone, run on after a word, is a
// broken word's tail; after a number or a clause's word it is a unit or a
// clause.
func TestBrokenTailInRun(t *testing.T) {
	for _, tc := range []struct {
		line string
		j    int
		want bool
	}{
		{"khuyến công n công", 2, true},
		{"sản xuất g tỉnh", 2, true},
		{"quản lý ng nghiệp", 2, true},
		{"khuyến công    n công", 2, false}, // after a gap: no run
		{"dài 500 m", 2, false},             // a unit after a number
		{"tại điểm c khoản 1", 2, false},    // a clause's letter
		{"khuyến công b công", 2, false},    // no syllable ends with "b"
		{"khuyến công N công", 2, false},    // a capital: endsRunWithTail's
	} {
		if got := brokenTailInRun(layoutLine(tc.line).words, tc.j); got != tc.want {
			t.Errorf("brokenTailInRun(%q, %d) = %v, want %v", tc.line, tc.j, got, tc.want)
		}
	}
}

func TestEndsRunWithTail(t *testing.T) {
	for _, tc := range []struct {
		line string
		j    int
		want bool
	}{
		{"công nghệ số N       ngành", 3, true},
		{"công nghệ số N ngành", 3, false},          // the run goes on after it
		{"tại điểm b       ngành", 2, false},        // a clause's letter
		{"Mục V       ngành", 1, false},             // a numeral
		{"Tỉnh.     N    ngành", 1, false},          // after a gap: no run to end
		{"hạ tầng 5G, IoT A       ngành", 4, false}, // a vowel is a word
	} {
		if got := endsRunWithTail(layoutLine(tc.line).words, tc.j); got != tc.want {
			t.Errorf("endsRunWithTail(%q, %d) = %v, want %v", tc.line, tc.j, got, tc.want)
		}
	}
}

func TestJustifiedGaps(t *testing.T) {
	for _, tc := range []struct {
		name string
		line string
		from int
		want []bool
	}{
		{"every gap wide and alike", "thay    thế    Quyết      định   số", 0, []bool{false, true, true, true, true}},
		{"after the row's number", "1   cứu,    phổ    biến, ban,", 1, []bool{false, false, true, true, false}},
		{"a run of one space: no justified run", "Sở Tài      Cơ quan", 0, []bool{false, false, false, false}},
		{"two words: a column's gap as likely", "Năm    2025", 0, []bool{false, false}},
		{"gaps too unlike: columns", "Sở    Văn            Thường", 0, []bool{false, false, false}},
		{"a gap too wide for a justified line", "thay    thế              Quyết", 0, []bool{false, false, false}},
	} {
		if got := justifiedGaps(layoutLine(tc.line).words, tc.from); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: justifiedGaps(%q) = %v, want %v", tc.name, tc.line, got, tc.want)
		}
	}
}

func TestReadRowTimeRunsOn(t *testing.T) {
	// The time cell runs on after the coordinating cell with one space on
	// both its lines: "Sau khi" reads as a time, "chế của TW" goes on it.
	read := testReader([]float64{0, 4, 30, 55, 75}, nil, model.RoleContent, model.RoleCoordinating, model.RoleTimeframe)
	got := read(
		at(0, "1", 4, "Ban hành quy chế phối hợp", 30, "Văn phòng Ban Chỉ huy Sau khi có Quy"),
		at(4, "thay thế quy chế cũ", 31, "và cơ quan liên quan", 52, "chế của TW"),
	)
	want := [][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3}, {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columns\n%v\nwant\n%v", got, want)
	}
}

func TestReadRowSpanning(t *testing.T) {
	// A task with only its content, merged across the table, runs on
	// over every column: it stays whole.
	read := testReader([]float64{0, 4, 34, 52, 70}, nil, model.RoleContent, model.RoleLead, model.RoleTimeframe)
	got := read(
		"1   Tập trung các nguồn vốn có nguồn gốc từ ngân sách nhà nước và có tính chất ngân sách",
		"    nhà nước vào ngân hàng",
	)
	for i, cols := range got {
		for j, c := range cols {
			if want := 1 - boolInt(i == 0 && j == 0); c != want {
				t.Fatalf("line %d word %d in column %d: %v", i, j, c, got)
			}
		}
	}
}

func TestCharsOutside(t *testing.T) {
	for _, tc := range []struct{ x, lo, hi, want float64 }{
		{10, 8, 20, 0},
		{5, 8, 20, 2},  // 3 left, startTolerance (1) forgiven
		{7, 8, 20, 0},  // within the tolerance
		{6, 8, 20, 1},  // just past it
		{20, 8, 20, 1}, // x+1 past hi
		{30, 8, 20, 11},
	} {
		if got := charsOutside(tc.x, tc.lo, tc.hi); got != tc.want {
			t.Errorf("charsOutside(%v, %v, %v) = %v, want %v", tc.x, tc.lo, tc.hi, got, tc.want)
		}
	}
}

func TestMisalignment(t *testing.T) {
	f := readingFrag{x0: 10, x1: 20}
	for _, tc := range []struct {
		g    readingFrag
		want float64
	}{
		{readingFrag{x0: 11, x1: 14}, 0},                  // left edges together
		{readingFrag{x0: 13, x1: 17}, 0},                  // centred on the same point
		{readingFrag{x0: 18, x1: 20}, 2 * costMisaligned}, // centre 4 off: 2 past the tolerance
		{readingFrag{x0: 60, x1: 70}, misalignedCap},
		{readingFrag{x0: 17, x1: 19, pushed: true}, 0},                     // 1.5 past the tolerance: within the slack
		{readingFrag{x0: 18, x1: 20, pushed: true}, 0.25 * costMisaligned}, // 2 past the tolerance: a quarter past the slack
		{readingFrag{x0: 20, x1: 22, pushed: true}, 2.25 * costMisaligned}, // 6 off: 2.25 past tolerance and slack
		{readingFrag{x0: 60, x1: 70, pushed: true}, misalignedCap},
	} {
		if got := misalignment(f, tc.g); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("misalignment(%v, %v) = %v, want %v", f, tc.g, got, tc.want)
		}
	}
	// "Sở" run on after the content's first line, "KH&CN" under it in its
	// column: the unit's first line stands where the content pushed it.
	if got := misalignment(readingFrag{x0: 33, x1: 35, pushed: true}, readingFrag{x0: 36, x1: 41}); got != 0 {
		t.Errorf("misalignment under a pushed line = %v, want 0", got)
	}
}

// TestDrift: a dense line whose cells all run on, each set one space
// after the one before, further and further left of its column
// ("… dân sự Bộ CHQS Văn phòng Ban Chỉ Trước ngày Quyết định của").
func TestDrift(t *testing.T) {
	rr := &rowReader{xs: []float64{-1, 5, 50, 62, 84, 94, 112}, numCol: 0}
	ws := layoutLine(at(6, "Tổ chức lại Ban Chỉ huy Phòng thủ dân sự Bộ CHQS Văn phòng Ban Chỉ Trước ngày Quyết định của")).words
	index := func(w string) int {
		for j := range ws {
			if ws[j].text == w {
				return j
			}
		}
		t.Fatalf("no word %q", w)
		return -1
	}
	vanPhong := &partial{col: 3, from: index("Văn")} // the coordinating cell, opened 55 - 62 = 7 characters left of its column
	if got, want := rr.drift(ws, vanPhong), rr.xs[3]-ws[index("Văn")].x0; got != want {
		t.Errorf("drift = %v, want %v", got, want)
	}
	if got := rr.drift(ws, nil); got != 0 {
		t.Errorf("drift of no cell = %v, want 0", got)
	}
	if got := rr.drift(ws, &partial{col: 0, from: 0}); got != 0 {
		t.Errorf("drift of the number column = %v, want 0", got)
	}
	truoc := index("Trước") // 11 characters left of the time column
	if rr.mayStart(ws, truoc, 4, 0) {
		t.Errorf("mayStart(%q, time) without drift = true, want false", ws[truoc].text)
	}
	d := rr.drift(ws, vanPhong)
	if !rr.mayStart(ws, truoc, 4, d) {
		t.Errorf("mayStart(%q, time) after a cell %v left of its column = false, want true", ws[truoc].text, d)
	}
	if off := rr.startOff(ws, truoc, 4, d); off != 0 {
		t.Errorf("startOff(%q, time, drift %v) = %v, want 0", ws[truoc].text, d, off)
	}
}

func TestPastAgain(t *testing.T) {
	rr := &rowReader{xs: []float64{0, 4, 40, 50, 60}, numCol: 0}
	edge := 50 + endTolerance // column 2's right boundary, and the tolerance
	for _, tc := range []struct {
		f, g readingFrag
		want float64
	}{
		{readingFrag{col: 2, x1: 48}, readingFrag{col: 2, x1: 49}, 0},                               // neither runs past
		{readingFrag{col: 2, x1: edge + 6}, readingFrag{col: 2, x1: edge + 4}, 4 * costPerCharPast}, // all of g's run
		{readingFrag{col: 2, x1: edge + 2}, readingFrag{col: 2, x1: edge + 5}, 2 * costPerCharPast}, // only as far as f ran
		{readingFrag{col: 2, x1: 45}, readingFrag{col: 2, x1: edge + 5}, 0},                         // f stayed inside
		{readingFrag{col: 0, x1: 30}, readingFrag{col: 0, x1: 30}, 0},                               // the number column
	} {
		if got := rr.pastAgain(tc.f, tc.g); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("pastAgain(f to %v, g to %v) = %v, want %v", tc.f.x1, tc.g.x1, got, tc.want)
		}
	}
}

func TestPushed(t *testing.T) {
	rr := &rowReader{marker: true, lines: []textLine{
		layoutLine("1 Triển khai đào tạo Sở     Các sở"),
		layoutLine("  trực tuyến mở KH&CN ngành tỉnh;"),
	}}
	for _, tc := range []struct {
		i, from int
		want    bool
	}{
		{0, 1, false}, // the content after the row's number stands in its column
		{0, 5, true},  // "Sở", one space after "tạo"
		{0, 6, false}, // "Các", after a gap
		{1, 0, false}, // a line's first word
		{1, 3, true},  // "KH&CN"
	} {
		if got := rr.pushed(tc.i, tc.from); got != tc.want {
			t.Errorf("pushed(line %d, word %d %q) = %v, want %v", tc.i, tc.from, rr.lines[tc.i].words[tc.from].text, got, tc.want)
		}
	}
}

func TestMayStart(t *testing.T) {
	rr := &rowReader{xs: []float64{0, 4, 34, 52, 70}}
	ws := layoutLine("1   Triển khai thực hiện nhiệm vụ Sở Tư pháp   Quý I").words
	for _, tc := range []struct {
		j, k int
		want bool
	}{
		{1, 1, true},  // after a gap, in its column
		{3, 2, false}, // "thực" in the middle of a run, far left of the unit column
		{7, 2, true},  // "Sở": a run on near the unit column
		{10, 3, true}, // "Quý" after a gap
		{1, 3, false}, // "Triển" is far outside the time column
	} {
		if got := rr.mayStart(ws, tc.j, tc.k, 0); got != tc.want {
			t.Errorf("mayStart(%q, col %d) = %v, want %v", ws[tc.j].text, tc.k, got, tc.want)
		}
	}
	// After a wide content column, a run on can stand further left: a
	// sixth of 64 characters is more than runOnReach.
	wide := &rowReader{xs: []float64{0, 6, 70, 84}}
	ws = layoutLine(at(6, "Chỉ thị số 39-CT/TW của Ban Bí thư, Quyết định số ngành có liên")).words
	j := len(ws) - 3 // "ngành", at 56: 14 characters left of the lead column
	if !wide.mayStart(ws, j, 2, 0) {
		t.Errorf("mayStart(%q at %v, lead from 70) = false, want true", ws[j].text, ws[j].x0)
	}
	if wide.mayStart(ws, 2, 2, 0) {
		t.Errorf("mayStart(%q at %v, lead from 70) = true, want false", ws[2].text, ws[2].x0)
	}
}

func TestRunOnStartCost(t *testing.T) {
	// A run-on text left of its column costs less for standing there than
	// a text after a gap at the same place.
	rr := &rowReader{xs: []float64{0, 6, 70, 84}, sp: &splitter{cols: make([]colModel, 3)}, numCol: 0, cache: pieceCache{}}
	runOn := layoutLine(at(6, "Chỉ thị số 39-CT/TW của Ban Bí thư, Quyết định số ngành có liên")).words
	gap := layoutLine(at(6, "Chỉ thị số 39-CT/TW của Ban Bí", 56, "ngành có liên")).words
	rr.lines = []textLine{{words: runOn}, {words: gap}}
	cRun := rr.wordCost(0, len(runOn)-3, 1, 2, 0) - costRunOnCut
	cGap := rr.wordCost(1, len(gap)-3, 1, 2, 0)
	if !(cRun < cGap) {
		t.Errorf("run-on start costs %.2f beside its cut, after a gap %.2f: want less", cRun, cGap)
	}
}

func TestKeepBest(t *testing.T) {
	ps := []*partial{{col: 1, from: 0, cost: 1}, {col: 1, from: 0, cost: 2}, {col: 1, from: 0, cost: 3}, {col: 2, from: 3, cost: 4}}
	got := keepBest(nil, ps, perState)
	if len(got) != 3 || got[0] != ps[0] || got[1] != ps[1] || got[2] != ps[3] {
		t.Errorf("kept %v", got)
	}
}

func TestSegmentWords(t *testing.T) {
	var got [][2]float64
	for _, w := range segmentWords(layoutLine("1.1 Rà soát kế hoạch   Sở Tư pháp").words) {
		got = append(got, [2]float64{w.x0, w.x1})
	}
	if want := [][2]float64{{0, 3}, {4, 20}, {23, 33}}; !reflect.DeepEqual(got, want) {
		t.Errorf("runs %v, want %v (the row number a run of its own)", got, want)
	}
}

func TestWrappedHeadLen(t *testing.T) {
	for _, tc := range []struct {
		line string
		i    int
		want int
	}{
		{"ĐƠN VỊ PHỐI KẾT QUẢ", 0, 3},         // cut short by the next head
		{"Cơ quan chủ trì Đơn vị phối", 4, 3}, // cut short by the line's end
		{"ĐƠN VỊ PHỐI HỢP", 0, 0},             // whole: matchHead's
		{"ĐƠN", 0, 0},                         // one word is too little
		{"ĐƠN VỊ tỉnh", 0, 0},
		{"ĐƠN VỊ CHỦ ĐƠN VỊ SẢN THỜI", 0, 3}, // cut short by a word opening another head
		{"CƠ QUAN ĐƠN VỊ", 0, 4},             // one head, "CƠ QUAN ĐƠN VỊ CHỦ TRÌ", goes on below
		{"ĐƠN VỊ CHỦ TRÌ ĐƠN VỊ PHỐI", 4, 3},
	} {
		toks := tokenizeHeader([]line{{text: tc.line}})
		if got := wrappedHeadLen(toks, tc.i); got != tc.want {
			t.Errorf("wrappedHeadLen(%q, %d) = %d, want %d", tc.line, tc.i, got, tc.want)
		}
	}
}

func TestLayoutWidths(t *testing.T) {
	var lw layoutWidths
	// Runs inside one column: "Sở Tư pháp" (10 characters) in column 2.
	lw.add(1, []textLine{layoutLine("1   Triển khai   Sở Tư pháp")}, []float64{0, 4, 14, 30})
	per := float64(textWidth("Sở Tư pháp")) / 10
	if got := lw.guess(); len(got) != 3 || math.Abs(got[2]-16*per) > 1e-6 {
		t.Errorf("guess %v, want column 2 at %v", got, 16*per)
	}
	// What rows read show wins over the guess.
	lw.record([][]*piece{nil, nil, {ptr(makePiece("Sở Tư pháp", line{}))}}, true)
	if lw.openings[2][openingKey("SỞ TƯ")] != 1 {
		t.Errorf("openings %v", lw.openings)
	}
	if got := lw.learned([]float64{1, 2, 3}); got[0] != 1 || got[2] <= float64(textWidth("Sở Tư pháp")) {
		t.Errorf("learned %v", got)
	}
}

func ptr[T any](v T) *T { return &v }

// TestAcrossPairs: the word pairs cells break their lines between become
// known pairs once two cells break alike, and a bullet's line opens a
// paragraph, no pair.
func TestPartsName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Du", "lịch", true}, {"Thể", "thao", true}, {"nông", "nghiệp", true}, // a name's pair, in either case
		{"(sau", "Du", false}, {"lịch", "cộng", false},
	} {
		if got := partsName(tc.a, tc.b); got != tc.want {
			t.Errorf("partsName(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestAcrossPairs(t *testing.T) {
	cell := func(lines ...string) []*piece {
		var ps []*piece
		for _, l := range lines {
			ps = append(ps, ptr(makePiece(l, line{})))
		}
		return ps
	}
	var lw layoutWidths
	lw.record([][]*piece{cell("Công an", "tỉnh"), cell("Sở Xây", "dựng"), cell("UBND", "- Các xã")}, true)
	lw.record([][]*piece{nil, cell("Công an", "tỉnh; UBND")}, true)
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Công an", "tỉnh", true},          // two cells broke so
		{"Sở Xây", "dựng", false},          // one cell: no evidence yet
		{"UBND", "- Các xã", false},        // a bullet opens a paragraph
		{"Triển khai", "thực hiện", false}, // never broken so
	} {
		ps := wordPairs{newHashSet(4)}.withAcross(lw.across)
		if got := ps.known(tc.a, tc.b); got != tc.want {
			t.Errorf("%q / %q known = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestEmptiestStretch(t *testing.T) {
	// Nothing crosses 40–60: the stretch; a column-aligned boundary leans
	// toward its right end (stretchLean), where the next column's texts start.
	ws := []word{{x0: 0, x1: 40}, {x0: 60, x1: 90}}
	x0, x1 := emptiestStretch(ws, nil, 20, 80, 0)
	if x0 != 40 || x1 != 60 {
		t.Errorf("stretch %v–%v, want 40–60", x0, x1)
	}
	if x := emptiestCut(ws, nil, 20, 80); x != 50 {
		t.Errorf("cut %v, want the middle, 50", x)
	}
}

func TestColumnBoundariesTouchingHeads(t *testing.T) {
	// "Cơ quan chủ trì THỜI GIAN" run on, the time header's second line
	// starting where the lead's header ends: the boundary falls where they meet.
	header := layoutLines(
		at(0, "STT", 8, "Nội dung nhiệm vụ", 43, "Cơ quan chủ trì", 59, "THỜI GIAN"),
		at(58, "THỰC HIỆN"),
	)
	xs := columnBoundaries(header, nil, true)
	if len(xs) != 5 || xs[3] < 57 || xs[3] > 59 {
		t.Errorf("boundaries %v, want the lead/time one at 57–59", xs)
	}
}

func TestIsHeadingBand(t *testing.T) {
	for _, tc := range []struct {
		line   string
		marker bool
		cur    markerKind
		want   bool
	}{
		{"II   Hoàn thiện thể chế", true, markNone, true},
		{"III.1   Hoàn thiện thể chế", true, markNone, true},
		{"2    Xây dựng kế hoạch", true, markNone, false},
		{"     tiếp theo của tiêu đề", false, markRoman, true},
		{"     tiếp theo của nhiệm vụ", false, markTask, false},
	} {
		var cur *row
		if tc.cur != markNone {
			cur = &row{mark: marker{kind: tc.cur}}
		}
		if got := isHeadingBand(layoutLine(tc.line), tc.marker, cur); got != tc.want {
			t.Errorf("isHeadingBand(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestKnownOpeningLowersStart(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleLead}}
	rr := &rowReader{sp: newLayoutSplitter(cols, make([]float64, 3), nil, nil)}
	p := makePiece("Sở KH&CN", line{})
	plain := rr.startCost(2, &p)
	rr.openings = []map[uint64]int{nil, nil, {openingKey("Sở KH&CN"): 3}}
	if got := rr.startCost(2, &p); got != plain+costKnownOpening {
		t.Errorf("start of a known opening costs %v, want %v", got, plain+costKnownOpening)
	}
	other := makePiece("KH&CN", line{})
	if rr.startCost(2, &other) != rr.sp.startCostOf(2, &other).lower+rr.sp.startCostOf(2, &other).kind {
		t.Error("an unknown opening gets no bonus")
	}
	rr.openings[2][openingKey("Sở KH&CN")] = 1 // the row's own trial cut only
	if got := rr.startCost(2, &p); got != plain {
		t.Errorf("an opening one cell has costs %v, want %v", got, plain)
	}
	// A bullet opens no cell of a column whose cells open with none.
	b := makePiece("- Hội Liên hiệp Phụ", line{})
	bare := rr.sp.startCostOf(2, &b).lower + rr.sp.startCostOf(2, &b).kind
	if got := rr.startCost(2, &b); got != bare+costUnusedBullet {
		t.Errorf("a bullet opening where none is used costs %v, want %v", got, bare+costUnusedBullet)
	}
	rr.openings[2][bulletOpening] = 2
	if got := rr.startCost(2, &b); got != bare {
		t.Errorf("a bullet opening in a column of bullets costs %v, want %v", got, bare)
	}
}

func TestRunOnCuts(t *testing.T) {
	ls := []textLine{layoutLine("1   Triển khai thực hiện nhiệm vụ Sở Tư pháp        Thường xuyên")}
	rr := &rowReader{lines: ls, marker: true, chosen: []*lineReading{{frags: []readingFrag{
		{col: 1, from: 1, to: 7}, {col: 2, from: 7, to: 10}, {col: 3, from: 10, to: 12},
	}}}}
	// The content after the number and the time after a gap are no cuts;
	// "Sở" run on after one space is one.
	if got := rr.runOnCuts(); got != 1 {
		t.Errorf("runOnCuts = %d, want 1", got)
	}
}

func TestVerticalBond(t *testing.T) {
	// "Tài chính" stands side by side in three other rows; "định chính"
	// never does.
	wb := learnBonds([]layoutPage{{lines: layoutLines(
		at(4, "Bộ Tài chính hướng dẫn", 40, "Sở Tài chính"),
		at(4, "theo Thông tư của Bộ Tài chính", 40, "Sở Tài chính"),
		at(4, "Quyết định số 12", 40, "Sở Nội vụ"),
	)}}, nil)
	rr := &rowReader{sp: &splitter{bonds: wb}}
	for _, tc := range []struct {
		prev, p string
		bonded  bool
	}{
		{"Sở Tài", "chính", true},                        // the unit's name broken across its cell's lines
		{"hoặc ban hành mới Quyết định", "chính", false}, // no name of the document
		{"Sở Tài", "Chính", false},                       // case counts
	} {
		if got := rr.verticalBond(pieceOf(tc.prev), pieceOf(tc.p)); (got > 0) != tc.bonded {
			t.Errorf("verticalBond(%q, %q) = %v, want bonded %v", tc.prev, tc.p, got, tc.bonded)
		}
	}
}

func TestWordBond(t *testing.T) {
	doc := []string{
		at(4, "Ủy ban nhân dân tỉnh", 40, "Báo cáo"),
		at(4, "Ủy ban nhân dân các xã", 40, "Báo cáo"),
		at(4, "Ủy ban nhân dân tỉnh", 40, "Sở Tư pháp"),
		at(4, "phối hợp với Sở Tư pháp", 40, "Sở Nội vụ"),
		at(4, "ban hành", 40, "Thủ tướng Ủy"),
	}
	var ls []textLine
	for _, l := range doc {
		ls = append(ls, layoutLine(l))
	}
	wb := learnBonds([]layoutPage{{lines: ls}}, nil)
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"Ủy", "ban", 6.0 / 7}, // side by side 3 times, 2 elsewhere (weighed 3 each); "ban" opens one run
		{"nhân", "dân", 1},     // 3 times; "dân" never opens a run
		{"nhân,", "dân.", 1},   // punctuation aside
		{"Báo", "cáo", 0},      // twice: once elsewhere is too few
		{"Sở", "Tư", 0},        // the same
		{"tướng", "Ủy", 0},     // only the cut's own
		{"Ủy", "Ban", 0},       // case counts: "Ban" never follows "Ủy"
		{"ủy", "ban", 0},       // … nor "ban" a lowercase "ủy"
		{"Thủ", "tướng", 0},    // never elsewhere
		{"xã", "hội", 0},       // never seen
	} {
		if got := wb.bond(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("bond(%q, %q) = %.3f, want %.3f", tc.a, tc.b, got, tc.want)
		}
	}
	// Seen together once elsewhere, two words bond weakly (weakBond),
	// onceSeenShare as strongly; the strong bonds are weakBond's too.
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"Báo", "cáo", onceSeenShare}, // twice: once elsewhere, "cáo" never opening a run
		{"Sở", "Tư", onceSeenShare},
		{"Ủy", "ban", 6.0 / 7}, // a strong bond as bond has it
		{"tướng", "Ủy", 0},     // only the cut's own
		{"xã", "hội", 0},       // never seen
	} {
		if got := wb.weakBond(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("weakBond(%q, %q) = %.3f, want %.3f", tc.a, tc.b, got, tc.want)
		}
	}
	// The same two cells run together row after row at a column boundary
	// (x 40) bond nothing: "KH&CN" / "ngành" stand side by side only there.
	seam := learnBonds([]layoutPage{{lines: layoutLines(
		at(4, "trực tuyến mở đại trà KH&CN", 40, "ngành tỉnh;"),
		at(4, "chuyển đổi số trong các KH&CN", 40, "ngành tỉnh;"),
		at(4, "kinh nghiệm các tỉnh KH&CN", 40, "ngành tỉnh;"),
		at(4, "Báo cáo Ủy ban tỉnh"),
	)}}, []float64{0, 3, 40, 60})
	if got := seam.bond("KH&CN", "ngành"); got != 0 {
		t.Errorf("bond across a column boundary = %.3f, want 0", got)
	}
	if got := seam.bond("ngành", "tỉnh;"); got == 0 {
		t.Error("words of one cell beside the boundary still bond")
	}
	// The same two cells run together row after row a few characters
	// right of the header's boundary (x 40), where the cells' lines stand
	// (x 44): "trì" / "khu" stand side by side only there.
	stacked := learnBonds([]layoutPage{{lines: layoutLines(
		at(4, "Tổ chức điều chỉnh", 29, "Thủ trưởng", 44, "Ban Quản lý"),
		at(4, "quy hoạch hạ tầng", 29, "đơn vị chủ trì khu công nghệ"),
		at(4, "Khảo sát thực trạng", 29, "Thủ trưởng", 44, "Ban Quản lý"),
		at(4, "hạ tầng viễn thông", 29, "đơn vị chủ trì khu công nghệ"),
		at(4, "Xây dựng kế hoạch", 29, "Thủ trưởng", 44, "Ban Quản lý"),
		at(4, "đầu tư công", 29, "đơn vị chủ trì khu công nghệ"),
	)}}, []float64{0, 3, 28, 40, 60})
	if got := stacked.bond("trì", "khu"); got != 0 {
		t.Errorf("bond at the cells' own seam = %.3f, want 0", got)
	}
	if got := stacked.bond("khu", "công"); got == 0 {
		t.Error("words of one cell after its seam still bond")
	}
	if got := (*wordBonds)(nil).bond("Ủy", "ban"); got != 0 {
		t.Errorf("no bonds learned: bond = %v, want 0", got)
	}
}

func TestAlignsWithRunStart(t *testing.T) {
	ls := layoutLines(
		at(4, "Tổ chức điều chỉnh", 32, "Thủ trưởng", 44, "Ban Quản lý"),
		at(4, "quy hoạch hạ tầng", 32, "đơn vị chủ trì khu công nghệ"),
		at(4, "và khu công nghiệp", 44, "cao và khu"),
	)
	for _, tc := range []struct {
		line int
		x    float64
		want bool
	}{
		{1, 44, true},  // "khu" under "Ban", which opens a run after a gap
		{1, 42, false}, // "trì": no run starts there
		{1, 48, false}, // "công" under "Quản", run on after "Ban"
		{0, 44, false}, // "Ban": "khu" below it runs on, and "cao" is two lines down
		{2, 4, true},   // a line's first word under the line above's
		{0, 7, false},  // "chức": "quy" starts at 4, "hoạch" at 8
	} {
		if got := alignsWithRunStart(ls, tc.line, tc.x); got != tc.want {
			t.Errorf("alignsWithRunStart(line %d, x %v) = %v, want %v", tc.line, tc.x, got, tc.want)
		}
	}
}

// TestReadRowKeepsBondedWords reads a line where three cells run on with
// one space apart and the positions cannot tell where the unit starts:
// "Ủy ban nhân" stands side by side elsewhere in the document, so the cut
// goes before "Ủy", not through the name.
func TestReadRowKeepsBondedWords(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleLead}, {Key: model.RoleTimeframe}}
	xs := []float64{0, 4, 34, 52, 70}
	row := []string{
		at(0, "1", 4, "Tổ chức quán triệt nội dung các", 36, "Các sở, ban,", 56, "Thường"),
		at(4, "văn bản của Thủ tướng Ủy ban nhân", 56, "xuyên"),
		at(4, "Chính phủ và các bộ ngành", 36, "dân các xã"),
	}
	others := []string{
		at(0, "2", 4, "Triển khai kế hoạch của Ủy ban nhân", 36, "Ủy ban nhân", 53, "Quý I"),
		at(4, "dân tỉnh về chuyển đổi số", 36, "dân tỉnh"),
		at(0, "3", 4, "Kiểm tra việc thực hiện", 36, "Ủy ban nhân", 53, "Quý II"),
		at(36, "dân các xã"),
	}
	read := func(context []string) [][]int {
		var ls, all []textLine
		for _, l := range row {
			ls = append(ls, layoutLine(l))
		}
		for _, l := range context {
			all = append(all, layoutLine(l))
		}
		pages := []layoutPage{{lines: append(all, ls...)}}
		rr := &rowReader{xs: xs, sp: newLayoutSplitter(cols, make([]float64, len(cols)), pages, nil), lines: ls, cache: pieceCache{}, trial: true, marker: true}
		return rr.readRow()
	}
	// "văn bản của Thủ tướng" in the content, "Ủy ban nhân" in the lead.
	want := []int{1, 1, 1, 1, 1, 2, 2, 2, 3}
	if got := read(others)[1]; !reflect.DeepEqual(got, want) {
		t.Errorf("with the name elsewhere: line 2 columns %v, want %v", got, want)
	}
	// Without the other rows, nothing says "Ủy ban nhân" is one name:
	// the test shows the bond deciding only while this reads otherwise.
	if got := read(nil)[1]; reflect.DeepEqual(got, want) {
		t.Errorf("without the name elsewhere the line reads the same (%v): the test no longer tests the bond", got)
	}
}

func TestStackedOn(t *testing.T) {
	y := 1.0 // the line of the next phrases made
	ph := func(x0, x1 float64, text string) span {
		var keys []string
		for _, w := range strings.Fields(text) {
			keys = append(keys, headerKeys(w)...)
		}
		return span{x0: x0, x1: x1, keys: keys, size: layoutCharSize, words: []word{{x0: x0, x1: x1, y: y, text: text}}}
	}
	cols := []span{ph(41, 51, "ĐƠN VỊ CHỦ"), ph(55, 61, "ĐƠN VỊ"), ph(72, 75, "SẢN")}
	y = 2
	for _, tc := range []struct {
		name string
		ph   span
		want int
	}{
		{"under its head", ph(46, 49, "TRÌ"), 0},
		{"beside the head it goes on", ph(61, 65, "PHỐI"), 1},
		{"beside, left, the head it goes on", ph(68, 71.5, "PHẨM"), 2},
		{"beside heads it does not go on", ph(51.5, 54.5, "PHẨM"), -1},
		{"too far", ph(63, 67, "PHỐI"), -1},
	} {
		if got := stackedOn(cols, tc.ph); got != tc.want {
			t.Errorf("%s: stackedOn = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestHeadCellOver(t *testing.T) {
	cell := func(x0, x1, y float64) span {
		return span{x0: x0, x1: x1, words: []word{{x0: x0, x1: x1, y: y}}}
	}
	cols := []span{cell(33, 38, 1), cell(42, 50, 1), cell(52, 62, 2)}
	for _, tc := range []struct {
		name string
		ph   span
		want int
	}{
		{"under the first", cell(33, 39, 3), 0},
		{"more under the second", cell(40, 45, 3), 1},
		{"in the gap", cell(38.5, 41.5, 3), -1},
		{"beside a cell on its own line", cell(53, 60, 2), -1},
	} {
		if got := headCellOver(cols, tc.ph); got != tc.want {
			t.Errorf("%s: headCellOver = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestStackHeader groups headers whose lower lines run on into the
// neighbouring heads' (as pdftotext prints narrow centred headers).
func TestStackHeader(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []string
	}{{
		// "tỉnh phụ trách" stands under "Lãnh đạo UBND" alone, a head the
		// vocabulary does not know: it goes on it whole, not "phụ trách"
		// on the "Cơ quan" beside it (unknownHeadOver); and "UBND"
		// after "đạo" opens no head of its own.
		"a head the vocabulary does not know, wrapped",
		[]string{
			at(0, "TT", 12, "Nội dung công việc", 39, "Lãnh đạo UBND", 57, "Cơ quan", 69, "Cơ quan phối"),
			at(40, "tỉnh phụ trách", 58, "chủ trì", 74, "hợp"),
		},
		[]string{"TT", "NỘI DUNG CÔNG VIỆC", "LÃNH ĐẠO UBND TỈNH PHỤ TRÁCH", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP"},
	}, {
		// pdftotext set the first line of heads run on one space apart
		// left of their lower lines: "(triệu" stands under no head, and
		// a parenthesis opens none (qualifiedHeadOf); it goes on "Kinh
		// phí" before it, and "đồng)" under it goes there too.
		"a unit in parentheses under no head",
		[]string{
			at(0, "TT Nội dung thực hiện Đơn vị chủ Đơn vị phối Sản phẩm Thời gian Kinh phí", 81, "Ghi"),
			at(27, "trì", 38, "hợp", 74, "(triệu chú"),
			at(74, "đồng)"),
		},
		[]string{"TT", "NỘI DUNG THỰC HIỆN", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN", "KINH PHÍ TRIỆU ĐỒNG", "GHI CHÚ"},
	}, {
		// "Người phụ", a line lower and two characters under
		// "Khoa/phòng", opens a head of its own (opensHeadBeside); the
		// line below parts at its start.
		"a head set a line lower beside an unfinished one",
		[]string{
			at(0, "TT", 5, "Nội dung cải tiến", 41, "Khoa/phòng"),
			at(49, "Người phụ", 65, "Thời gian"),
			at(41, "chủ trì trách"),
		},
		[]string{"TT", "NỘI DUNG CẢI TIẾN", "KHOA PHÒNG CHỦ TRÌ", "NGƯỜI PHỤ TRÁCH", "THỜI GIAN"},
	}, {
		// Two heads' lower lines run together, "dự kiến" touching "Kinh
		// phí" and "kinh phí" past it under "Nguồn": "dự kiến" goes on the
		// nearest head it fits (headCellOf), not "Thời gian" a head
		// before, and "kinh phí", though "kiến kinh" stand side by side in
		// "Dự kiến kinh phí", on "Nguồn" (givesOpenHead).
		"lower lines run together past a whole head",
		[]string{
			at(0, "STT", 11, "Nội dung", 27, "Cơ quan Cơ quan Thời gian Kinh phí Nguồn"),
			at(28, "chủ trì", 38, "phối hợp", 61, "dự kiến kinh phí"),
			at(62, "(triệu"),
			at(62, "đồng)"),
		},
		[]string{"STT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN", "KINH PHÍ DỰ KIẾN TRIỆU ĐỒNG", "NGUỒN KINH PHÍ"},
	}, {
		// A scale's head "Quy" / "mô" run on one space apart between the
		// place's and the unit's: known as a head of the vocabulary, "mô"
		// under it goes on it, not on "Địa điểm thực hiện".
		"a scale's head broken in a narrow column",
		[]string{
			at(0, "TT", 7, "Tên mô hình,", 25, "Địa điểm Quy Đơn vị thực Thời gian Kinh phí"),
			at(9, "nhiệm vụ", 25, "thực hiện mô", 44, "hiện", 67, "(triệu"),
			at(67, "đồng)"),
		},
		[]string{"TT", "TÊN MÔ HÌNH NHIỆM VỤ", "ĐỊA ĐIỂM THỰC HIỆN", "QUY MÔ", "ĐƠN VỊ THỰC HIỆN", "THỜI GIAN", "KINH PHÍ TRIỆU ĐỒNG"},
	}, {
		// pdftotext squeezed the first line left ("Thời Chỉ"), so the
		// lower lines of "Chỉ số đánh giá" stand right of "Chỉ", past
		// "gian": "Chỉ số", a head of the vocabulary, takes them.
		"a measure's head squeezed on its first line",
		[]string{
			at(0, "TT", 3, "Nội", 7, "Khoa/phòng", 18, "Khoa/phòng", 29, "Thời", 34, "Chỉ", 53, "Ghi chú"),
			at(3, "dung", 13, "chủ trì", 25, "phối hợp", 39, "gian", 45, "số"),
			at(4, "hoạt", 44, "đánh"),
			at(3, "động", 45, "giá"),
		},
		[]string{"TT", "NỘI DUNG HOẠT ĐỘNG", "KHOA PHÒNG CHỦ TRÌ", "KHOA PHÒNG PHỐI HỢP", "THỜI GIAN", "CHỈ SỐ ĐÁNH GIÁ", "GHI CHÚ"},
	}, {
		// "chủ trì" under "Người/đơn vị" reads "đơn vị chủ trì" there,
		// not after the next head's "Đơn vị".
		"a head after a slash's alternative",
		[]string{
			at(0, "STT Nội dung công việc Người/đơn vị Đơn vị", 56, "Thời gian Ghi"),
			at(31, "chủ trì", 46, "phối", 55, "hoàn thành chú"),
			at(46, "hợp"),
		},
		[]string{"STT", "NỘI DUNG CÔNG VIỆC", "NGƯỜI ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "GHI CHÚ"},
	}, {
		"a lower line pushed right of its head's end",
		[]string{
			at(1, "Số", 8, "Tên đề án, nhiệm vụ", 28, "Cơ quan", 36, "Cơ quan", 44, "Thời gian", 65, "Ghi chú"),
			at(1, "TT", 31, "chủ trì", 41, "phối hợp", 54, "trình"),
		},
		[]string{"SỐ TT", "TÊN ĐỀ ÁN NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN TRÌNH", "GHI CHÚ"},
	}, {
		"lower lines run on",
		[]string{
			at(0, "TT", 11, "Nội dung thực hiện", 40, "Cơ quan chủ Cơ quan Thời gian Sản phẩm"),
			at(44, "trì", 52, "phối hợp hoàn thành dự kiến"),
		},
		[]string{"TT", "NỘI DUNG THỰC HIỆN", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "SẢN PHẨM DỰ KIẾN"},
	}, {
		// "thực" stands right under "Thời gian": the lower lines of two
		// heads run together, though "Cơ quan thực hiện" reads as one.
		"a word at another head's edge goes on it",
		[]string{
			at(0, "TT", 12, "Nội dung", 31, "Cơ quan,", 45, "Cơ", 50, "Thời gian", 60, "Ghi chú"),
			at(32, "đơn vị", 44, "quan, thực hiện"),
			at(32, "chủ trì", 44, "đơn vị"),
			at(43, "phối hợp"),
		},
		[]string{"TT", "NỘI DUNG", "CƠ QUAN ĐƠN VỊ CHỦ TRÌ", "CƠ QUAN ĐƠN VỊ PHỐI HỢP", "THỜI GIAN THỰC HIỆN", "GHI CHÚ"},
	}, {
		// "đơn vị phối hợp": "đơn vị" under "Cơ" / "quan,", "phối hợp"
		// under the "Cơ quan," / "đơn vị" beside it, one space apart;
		// read whole, it had gone on the first head, which took "chủ
		// trì" too (partsUnderTwoHeads).
		"two heads' lower lines run on under each",
		[]string{
			at(1, "STT", 10, "Nội dung công việc", 35, "Cơ", 42, "Cơ quan,", 53, "Thời gian", 66, "Ghi chú"),
			at(33, "quan,", 44, "đơn vị", 52, "hoàn thành"),
			at(33, "đơn vị phối hợp"),
			at(33, "chủ trì"),
		},
		[]string{"STT", "NỘI DUNG CÔNG VIỆC", "CƠ QUAN ĐƠN VỊ CHỦ TRÌ", "CƠ QUAN ĐƠN VỊ PHỐI HỢP", "THỜI GIAN HOÀN THÀNH", "GHI CHÚ"},
	}, {
		"a word pushed left of its head",
		[]string{
			at(0, "STT", 11, "NỘI DUNG NHIỆM VỤ", 44, "ĐƠN VỊ CHỦ", 62, "ĐƠN VỊ", 78, "SẢN", 86, "THỜI GIAN"),
			at(48, "TRÌ", 59, "PHỐI HỢP PHẨM", 86, "THỰC HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a lower line beside its head",
		[]string{
			at(0, "STT", 10, "NỘI DUNG NHIỆM VỤ", 41, "ĐƠN VỊ CHỦ ĐƠN VỊ", 72, "SẢN"),
			at(46, "TRÌ", 58, "PHỐI", 71, "PHẨM"),
			at(59, "HỢP"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM"},
	}, {
		"a head pushed left by a run-on",
		[]string{
			at(0, "STT", 4, "NỘI DUNG NHIỆM VỤ", 47, "ĐƠN VỊ CHỦ ĐƠN VỊ SẢN", 85, "THỜI GIAN"),
			at(47, "TRÌ", 63, "PHỐI", 76, "PHẨM THỰC"),
			at(63, "HỢP", 86, "HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a pushed word goes on the unfinished head beside it, not the whole one it stands under",
		[]string{
			at(0, "STT", 11, "NỘI DUNG NHIỆM VỤ", 39, "ĐƠN VỊ", 51, "ĐƠN VỊ", 64, "SẢN", 74, "THỜI GIAN"),
			at(38, "CHỦ TRÌ PHỐI HỢP PHẨM", 76, "THỰC"),
			at(76, "HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a lower line touching its unfinished head and under the next whole one",
		[]string{
			at(1, "STT", 18, "NỘI DUNG NHIỆM VỤ", 59, "ĐƠN VỊ CHỦ TRÌ ĐƠN VỊ PHỐI SẢN PHẨM", 104, "THỜI GIAN"),
			at(85, "HỢP", 104, "THỰC HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a run of open heads takes the lines under it in order, not by where each stands",
		[]string{
			at(0, "STT NỘI DUNG NHIỆM VỤ ĐƠN VỊ ĐƠN VỊ", 53, "SẢN", 64, "THỜI"),
			at(33, "CHỦ", 43, "PHỐI", 53, "PHẨM", 66, "GIAN"),
			at(34, "TRÌ", 44, "HỢP", 65, "THỰC"),
			at(66, "HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"… and its lower line's run too",
		[]string{
			at(0, "STT NỘI DUNG NHIỆM VỤ ĐƠN VỊ ĐƠN VỊ SẢN", 57, "THỜI"),
			at(30, "CHỦ TRÌ PHỐI PHẨM", 57, "GIAN"),
			at(40, "HỢP", 57, "THỰC"),
			at(57, "HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a group head over two columns (a header of two rows)",
		[]string{
			at(0, "TT", 10, "Nội dung công việc", 40, "Đơn vị thực hiện", 64, "Thời gian"),
			at(36, "Chủ trì", 50, "Phối", 64, "hoàn thành"),
			at(50, "hợp"),
		},
		[]string{"TT", "NỘI DUNG CÔNG VIỆC", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN HOÀN THÀNH"},
	}, {
		"a group head set over one of its columns, the other standing apart",
		[]string{
			at(0, "TT", 10, "Nội dung công việc", 44, "Đơn vị thực hiện", 66, "Thời gian"),
			at(34, "Chủ trì", 48, "Phối hợp"),
		},
		[]string{"TT", "NỘI DUNG CÔNG VIỆC", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN"},
	}, {
		"a head's last word set right of its unfinished head, nearer the next",
		[]string{
			at(0, "TT", 22, "Hoạt động", 50, "Đơn vị thực hiện", 67, "Đơn vị phối", 79, "Kết quả cần", 100, "Kinh phí thực", 117, "Tiến độ thực hiện"),
			at(75, "hợp", 91, "đạt", 104, "hiện"),
		},
		[]string{"TT", "HOẠT ĐỘNG", "ĐƠN VỊ THỰC HIỆN", "ĐƠN VỊ PHỐI HỢP", "KẾT QUẢ CẦN ĐẠT", "KINH PHÍ THỰC HIỆN", "TIẾN ĐỘ THỰC HIỆN"},
	}, {
		"a lower line's run pushed left takes its heads to the open heads in order",
		[]string{
			at(0, "STT", 14, "NỘI DUNG NHIỆM VỤ", 51, "NGƯỜI", 65, "ĐƠN VỊ", 78, "ĐƠN VỊ", 93, "SẢN", 98, "THỜI GIAN"),
			at(49, "ĐỨNG ĐẦU CHỦ TRÌ PHỐI HỢP", 91, "PHẨM", 100, "THỰC"),
			at(52, "CHỊU", 100, "HIỆN"),
			at(51, "TRÁCH"),
			at(51, "NHIỆM"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a run's open head takes no second phrase from a line it has a word on",
		[]string{
			at(0, "STTNỘI DUNG NHIỆM VỤ NGƯỜI ĐƠN ĐƠN VỊ SẢN", 64, "THỜI"),
			at(29, "ĐỨNG", 34, "VỊ", 46, "PHỐI", 55, "PHẨM", 64, "GIAN"),
			at(29, "ĐẦU", 38, "CHỦ", 46, "HỢP", 64, "THỰC"),
			at(29, "CHỊU", 38, "TRÌ", 64, "HIỆN"),
			at(29, "TRÁCH"),
			at(29, "NHIỆM"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		"words after a whole head stay under it",
		[]string{
			at(0, "STT", 8, "Nội dung nhiệm vụ", 43, "Cơ quan chủ trì", 59, "THỜI GIAN"),
			at(58, "THỰC HIỆN"),
		},
		[]string{"STT", "NỘI DUNG NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "THỜI GIAN THỰC HIỆN"},
	}, {
		"a head naming two phrases' words, one space apart",
		[]string{
			at(0, "STT", 14, "Nội dung hoạt động", 46, "Cơ quan chủ trì thực Cơ quan phối hợp Thời hạn hoàn Sản phẩm"),
			at(53, "hiện", 71, "thực hiện", 90, "thành"),
		},
		[]string{"STT", "NỘI DUNG HOẠT ĐỘNG", "CƠ QUAN CHỦ TRÌ THỰC HIỆN", "CƠ QUAN PHỐI HỢP THỰC HIỆN", "THỜI HẠN HOÀN THÀNH", "SẢN PHẨM"},
	}, {
		"lower lines run on and pushed left of their heads",
		[]string{
			at(0, "TT", 7, "Nhiệm vụ", 23, "Cơ", 31, "Cơ quan Kết quả Thời gian Dự kiến"),
			at(22, "quan phối hợp đầu ra", 52, "hoàn", 60, "kinh phí"),
			at(22, "thực", 51, "thành"),
			at(22, "hiện"),
		},
		[]string{"TT", "NHIỆM VỤ", "CƠ QUAN THỰC HIỆN", "CƠ QUAN PHỐI HỢP", "KẾT QUẢ ĐẦU RA", "THỜI GIAN HOÀN THÀNH", "DỰ KIẾN KINH PHÍ"},
	}, {
		"a lower line's two words of one head stay together",
		[]string{
			at(0, "STT", 18, "Nội dung", 49, "Cơ quan chủ trì", 68, "Cơ quan phối hợp", 91, "Kết quả, sản Lộ trình thực"),
			at(52, "tham mưu", 72, "thực hiện", 95, "phẩm", 108, "hiện"),
		},
		[]string{"STT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ THAM MƯU", "CƠ QUAN PHỐI HỢP THỰC HIỆN", "KẾT QUẢ SẢN PHẨM", "LỘ TRÌNH THỰC HIỆN"},
	}, {
		"a header outside the vocabulary",
		[]string{
			at(0, "STT", 8, "Nội dung", 30, "Người đứng đầu", 50, "Ghi chú"),
			at(29, "chịu trách nhiệm"),
		},
		[]string{"STT", "NỘI DUNG", "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM", "GHI CHÚ"},
	}, {
		// "sản phẩm" under "Kết quả," names that column again, though it
		// runs on after "phối hợp" and on into "thực hiện".
		"a column's second name on the lower line",
		[]string{
			at(0, "STT", 12, "Nhiệm vụ, giải pháp", 38, "Cơ quan", 50, "Cơ quan", 63, "Kết quả,", 74, "Thời gian"),
			at(39, "chủ trì", 49, "phối hợp sản phẩm thực hiện"),
		},
		[]string{"STT", "NHIỆM VỤ GIẢI PHÁP", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "KẾT QUẢ SẢN PHẨM", "THỜI GIAN THỰC HIỆN"},
	}, {
		// "(triệu" starts where "Kinh phí" ends, under no head: the unit
		// of the amounts, no column of its own.
		"a head's bracketed unit beside it",
		[]string{
			at(0, "TT", 3, "Nội dung hoạt", 24, "Đơn vị", 33, "Đơn vị", 40, "Kết quả", 48, "Thời gian", 58, "Kinh phí"),
			at(10, "động", 24, "chủ trì", 32, "phối hợp", 41, "đầu ra", 66, "(triệu"),
			at(66, "đồng)"),
		},
		[]string{"TT", "NỘI DUNG HOẠT ĐỘNG", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "KẾT QUẢ ĐẦU RA", "THỜI GIAN", "KINH PHÍ TRIỆU ĐỒNG"},
	}, {
		// "hoạt" opens the head phrase "hoạt động", cut by the cell's
		// edge, but in lowercase after a capitalised head it goes on it.
		"a head's lowercase word cut by the cell's edge",
		[]string{
			at(0, "TT", 7, "Nội dung hoạt", 25, "Đơn vị", 34, "Đơn vị", 43, "Kết quả", 51, "Thời gian", 61, "Kinh phí"),
			at(11, "động", 25, "chủ trì", 33, "phối hợp", 42, "đầu ra", 66, "(triệu"),
			at(66, "đồng)"),
		},
		[]string{"TT", "NỘI DUNG HOẠT ĐỘNG", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "KẾT QUẢ ĐẦU RA", "THỜI GIAN", "KINH PHÍ TRIỆU ĐỒNG"},
	}, {
		// "trì tham mưu" is one run: "tham mưu" goes on the lead's head
		// ("Cơ quan chủ trì tham mưu"), not on the next "Cơ quan", whose
		// own head "Cơ quan tham mưu" it would open as well.
		"an advising lead's head run on",
		[]string{
			at(0, "STT", 7, "Tên đề án, nhiệm vụ", 31, "Cơ quan chủ", 49, "Cơ quan", 63, "Cấp trình", 77, "Thời gian"),
			at(31, "trì tham mưu", 49, "phối hợp", 77, "trình"),
		},
		[]string{"STT", "TÊN ĐỀ ÁN NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ THAM MƯU", "CƠ QUAN PHỐI HỢP", "CẤP TRÌNH", "THỜI GIAN TRÌNH"},
	}, {
		// A first line run together one space apart; "sản" / "phẩm" of
		// "Kết quả, sản phẩm" set under "Thời gian": a second name of the
		// result's role after its comma, they go on "Kết quả,"; else they
		// read as a head of their own, under "Thời gian" read as a
		// group's, dropped.
		"a result and product head whose lower lines drifted right",
		[]string{
			at(0, "TT", 3, "Nội dung công", 17, "Đơn vị chủ", 28, "Đơn vị", 35, "Kết quả,", 44, "Thời gian", 54, "Kinh phí", 63, "Ghi chú"),
			at(10, "việc", 27, "trì", 34, "phối hợp", 45, "sản", 52, "hoàn thành", 67, "(triệu"),
			at(44, "phẩm", 67, "đồng)"),
		},
		[]string{"TT", "NỘI DUNG CÔNG VIỆC", "ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ PHỐI HỢP", "KẾT QUẢ SẢN PHẨM", "THỜI GIAN HOÀN THÀNH", "KINH PHÍ", "GHI CHÚ TRIỆU ĐỒNG"},
	}, {
		// "hợp thực hiện dự kiến" one run under "Cơ quan phối" and "Sản
		// phẩm": "thực hiện" goes on the coordinating head as one of its
		// words (a head the vocabulary knows, "Cơ quan phối hợp thực
		// hiện"), and "dự kiến" then on "Sản phẩm", which took no word of
		// that line; else "thực hiện" went on "Sản phẩm", under it, and
		// "dự kiến" read as a column of its own.
		"a coordinating head's lower words run on under the product's",
		[]string{
			at(0, "STT", 7, "Nội dung công việc", 30, "Thời gian Cơ quan Cơ quan phối Sản phẩm"),
			at(30, "thực hiện", 45, "chủ trì", 55, "hợp thực hiện dự kiến"),
		},
		[]string{"STT", "NỘI DUNG CÔNG VIỆC", "THỜI GIAN THỰC HIỆN", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP THỰC HIỆN", "SẢN PHẨM DỰ KIẾN"},
	}, {
		// "thực hiện" ends "Cơ quan phối hợp thực hiện" and "Thời gian
		// thực hiện" alike: standing under "Thời gian", it goes on it
		// (fitsBelowToo, tailFitsBelow).
		"a lower line's words that end two heads",
		[]string{
			at(0, "STT Chỉ số Nhiệm vụ, giải Cơ quan Cơ quan Thời gian"),
			at(6, "thành", 20, "pháp", 32, "chủ trì phối hợp thực hiện"),
			at(7, "phần"),
		},
		[]string{"STT", "CHỈ SỐ THÀNH PHẦN", "NHIỆM VỤ GIẢI PHÁP", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN THỰC HIỆN"},
	}, {
		// A head the vocabulary does not know, "Lãnh đạo UBND tỉnh phụ
		// trách": "phụ", one space after "tỉnh", stands under the next
		// column's "Cơ quan" and opens no head; it goes on with its run
		// (runsOnUnknownHead), not on the lead's head.
		"an unknown head's run under the next head",
		[]string{
			at(0, "TT Nội dung công việc Lãnh đạo Cơ quan Cơ quan phối", 61, "Thời hạn", 77, "Sản"),
			at(26, "UBND", 35, "chủ trì", 49, "hợp", 76, "phẩm"),
			at(25, "tỉnh phụ"),
			at(27, "trách"),
		},
		[]string{"TT", "NỘI DUNG CÔNG VIỆC", "LÃNH ĐẠO UBND TỈNH PHỤ TRÁCH", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI HẠN", "SẢN PHẨM"},
	}, {
		// "Nguồn" broken in a narrow column, "Nguồ" / "n", the tail set
		// one space after the next column's "dự": it mends the word it
		// ends (brokenHeadOf), wherever it stands.
		"a head word broken, its tail run on beside another head",
		[]string{
			at(0, "STT Nội dung", 20, "Cơ", 28, "Cơ", 34, "Thời", 42, "Kinh", 50, "Nguồ"),
			at(19, "quan quan", 35, "gian", 41, "phí dự n kinh"),
			at(20, "chủ", 27, "phối", 42, "kiến", 51, "phí"),
			at(21, "trì", 27, "hợp", 41, "(triệu"),
			at(41, "đồng)"),
		},
		[]string{"STT", "NỘI DUNG", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI GIAN", "KINH PHÍ DỰ KIẾN TRIỆU ĐỒNG", "NGUỒN KINH PHÍ"},
	}, {
		// A field's head, "Lĩnh" / "vực", run on between "STT" and the
		// content's: "vực", under the gap before "Nội", goes on "Lĩnh", a
		// head the vocabulary knows.
		"a field's head broken between the number's and the content's",
		[]string{
			at(0, "STT Lĩnh Nội dung nhiệm vụ Cơ quan Cơ quan phối Thời hạn"),
			at(8, "vực", 36, "chủ trì", 49, "hợp"),
		},
		[]string{"STT", "LĨNH VỰC", "NỘI DUNG NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP", "THỜI HẠN"},
	}, {
		// A start's and an end's time columns side by side, their lower
		// words run on one space apart: "đầu" ends "bắt đầu", a head the
		// vocabulary knows, under the first.
		"a start's and an end's time",
		[]string{
			at(0, "TT", 21, "Nội dung", 48, "Khoa, phòng chủ Khoa, phòng Thời gian Thời gian", 101, "Ghi chú"),
			at(55, "trì", 68, "phối hợp", 81, "bắt đầu hoàn thành"),
		},
		[]string{"TT", "NỘI DUNG", "KHOA PHÒNG CHỦ TRÌ", "KHOA PHÒNG PHỐI HỢP", "THỜI GIAN BẮT ĐẦU", "THỜI GIAN HOÀN THÀNH", "GHI CHÚ"},
	}, {
		// A squeezed first line: "(người)" stands under "Số lượng" and
		// more under "Đơn vị tổ", whose "chức" is to come; the qualifier
		// goes on the finished head (qualifiedCellOf).
		"a qualifier under a finished and an unfinished head",
		[]string{
			"STT Tên khóa đào tạo Đối tượng Số lượng Đơn vị tổ          Thời     Kinh",
			"                                     (người)     chức      gian      phí",
			"                                                                   (triệu",
			"                                                                   đồng)",
		},
		[]string{"STT", "TÊN KHÓA ĐÀO TẠO", "ĐỐI TƯỢNG", "SỐ LƯỢNG NGƯỜI", "ĐƠN VỊ TỔ CHỨC", "THỜI GIAN", "KINH PHÍ TRIỆU ĐỒNG"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range stackHeader(layoutLines(tc.lines...)) {
				got = append(got, strings.Join(c.keys, " "))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("cells\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestHeadFit(t *testing.T) {
	cell := func(text string) span {
		var keys []string
		var words []word
		for _, w := range strings.Fields(text) {
			keys = append(keys, headerKeys(w)...)
			words = append(words, word{text: w})
		}
		return span{keys: keys, words: words}
	}
	for _, tc := range []struct {
		cell, ph string
		want     int
	}{
		{"ĐƠN VỊ", "PHỐI HỢP", fitsHead},
		{"SẢN", "PHẨM", fitsHead},
		{"THỜI GIAN", "THỰC HIỆN", fitsHead}, // a common whole header
		{"THỜI GIAN", "CỤ THỂ", fitsAfter},   // words after a whole head
		{"ĐƠN VỊ PHỐI HỢP", "PHẨM", fitsAfter},
		{"ĐƠN VỊ PHỐI HỢP", "SẢN PHẨM", fitsNot}, // another head
		{"ĐƠN VỊ", "PHẨM", fitsNot},              // no head yet, none to go on
		{"Người/đơn vị", "chủ trì", fitsHead},    // the alternative after the slash
		{"Người/bộ phận", "chủ trì", fitsHead},
		{"Người/đơn vị", "sản phẩm", fitsNot},
		{"Kết quả/Sản", "phẩm", fitsHead}, // a slash in a later word
		{"Kết", "quả/Sản", fitsHead},      // the words before the phrase's slash go on the cell's
		{"Kết", "quả/Xấu", fitsNot},       // no head opens after the slash
		{"Cơ quan phối hợp", "quả/Sản", fitsAfter},
	} {
		if got := headFit(cell(tc.cell), cell(tc.ph)); got != tc.want {
			t.Errorf("headFit(%q, %q) = %d, want %d", tc.cell, tc.ph, got, tc.want)
		}
	}
}

func TestNumberBoundary(t *testing.T) {
	body := layoutLines(
		at(3, "I", 7, "NÂNG CAO NHẬN THỨC"),
		at(3, "1", 7, "Triển khai nền tảng"),
		at(7, "trà, cung cấp kiến thức"),
		at(3, "12", 7, "Xây dựng"),
	)
	// "STT" ends at 3, the content's header starts at 4: the numbers
	// stand at 3, and past it.
	if got := numberBoundary(body, 3); got <= 5 || got >= 7 {
		t.Errorf("boundary %v, want it after the numbers (5) and before the text (7)", got)
	}
	if got := numberBoundary(body[2:3], 3); got != 3 {
		t.Errorf("no numbers: boundary %v, want 3 kept", got)
	}
	tight := layoutLines(at(3, "1", 5, "Triển khai"))
	if got := numberBoundary(tight, 3); got <= 4 || got >= 5 {
		t.Errorf("text one space after the number: boundary %v, want between 4 and 5", got)
	}
	// A section's heading set across the table from its left edge ("III.
	// BẢO ĐẢM …") says nothing of the number column: the rows' content
	// starts right after their numbers, left of where "III." ends.
	merged := layoutLines(at(0, "III. BẢO ĐẢM NGUỒN LỰC"), at(1, "6", 3, "Bố trí kinh phí"), at(3, "sách hằng năm"))
	if got := numberBoundary(merged, 2); got >= 3 {
		t.Errorf("under merged headings: boundary %v, want it left of the content (3)", got)
	}
}

func TestIsMergedHeadingRun(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{at(0, "III. BẢO ĐẢM NGUỒN LỰC"), true},
		{at(0, "III.", 6, "BẢO ĐẢM NGUỒN LỰC"), false}, // numeral and title in their own columns
		{at(0, "III BẢO ĐẢM NGUỒN LỰC"), false},        // no full stop
		{at(1, "6. Bố trí kinh phí"), false},           // a task's number
		{at(0, "III."), false},
	} {
		if got := isMergedHeadingRun(layoutLine(tc.line)); got != tc.want {
			t.Errorf("isMergedHeadingRun(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestStartsUnruledRow(t *testing.T) {
	xs := []float64{-1, 3, 40}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{at(1, "1", 5, "Triển khai"), true},
		{at(2, "II", 7, "HOÀN THIỆN"), true}, // centre 3: past the boundary, starting inside
		{at(5, "1.", 8, "Nội dung"), false},  // a number in the content
		{at(5, "trà, cung cấp"), false},
	} {
		if got := startsUnruledRow(layoutLine(tc.line), xs, 0); got != tc.want {
			t.Errorf("startsUnruledRow(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestEndsOrdinal: a numeral under a run ending in "thứ" is the ordinal
// it waits for, not a row's number.
func TestEndsOrdinal(t *testing.T) {
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{at(2, "Tây Bắc lần thứ", 25, "Kế"), at(2, "XV", 25, "hoạch -"), true},
		{at(2, "Đông Nam Á lần thứ", 48, "thành"), at(2, "34", 48, "lập"), true},
		{at(2, "Tây Bắc lần thứ XV", 25, "Kế"), at(0, "4", 2, "Triển khai"), false}, // no "thứ" left waiting
		{at(2, "Hội nghị lần thứ", 25, "Sở"), at(0, "5", 2, "Tổ chức"), false},      // left of the run: a row's number
		{at(2, "các dân tộc vùng", 25, "Kế"), at(2, "II", 25, "hoạch"), false},
	} {
		if got := endsOrdinal(layoutLines(tc.prev), layoutLine(tc.line)); got != tc.want {
			t.Errorf("endsOrdinal(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}

func TestNumberBoundaryAgreement(t *testing.T) {
	// "III" is wider than the gap "1" leaves: most numbers agree on 4–5.
	body := layoutLines(
		at(3, "1", 5, "Triển khai"),
		at(3, "2", 5, "Triển khai"),
		at(2, "III", 6, "PHÁT TRIỂN"),
	)
	if got := numberBoundary(body, 3); got <= 4 || got >= 5 {
		t.Errorf("boundary %v, want between 4 and 5", got)
	}
}

// TestFindUnruledHeaderTall: a narrow column breaking a long head inside
// its words ("NGƯỜ" / "I", "TRÁC" / "H", "NHIỆ" / "M") sets the header
// over nine lines; all of them are the header, the tail "M" too.
func TestFindUnruledHeaderTall(t *testing.T) {
	lines := layoutLines(
		at(0, "STT", 8, "NỘI DUNG", 25, "NGƯỜ", 30, "ĐƠN", 41, "ĐƠN", 48, "SẢN", 57, "THỜI"),
		at(8, "NHIỆM VỤ", 27, "I", 35, "VỊ", 42, "VỊ", 47, "PHẨM", 57, "GIAN"),
		at(25, "ĐỨNG", 30, "CHỦ", 40, "PHỐI", 57, "THỰC"),
		at(26, "ĐẦU", 34, "TRÌ", 41, "HỢP", 57, "HIỆN"),
		at(25, "CHỊU"),
		at(25, "TRÁC"),
		at(27, "H"),
		at(25, "NHIỆ"),
		at(27, "M"),
		at(1, "I", 5, "Tăng cường công tác phổ biến"),
	)
	if start, end := findUnruledHeader(lines); start != 0 || end != 9 {
		t.Errorf("findUnruledHeader = %d, %d; want 0, 9", start, end)
	}
	lo := &pdfLayout{doc: &document{}, noGlue: true}
	xs := columnBoundaries(lines[:9], lines[9:], true)
	lo.tryHeader(lo.headerCells(lines[:9], nil, xs, 1, func(y float64) int { return int(y) }))
	var got []string
	for _, c := range lo.cols {
		got = append(got, c.Key+"="+c.Header)
	}
	want := []string{"number=STT", "content=NỘI DUNG NHIỆM VỤ", "extra=NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM",
		"lead=ĐƠN VỊ CHỦ TRÌ", "coordinating=ĐƠN VỊ PHỐI HỢP", "deliverable=SẢN PHẨM", "timeframe=THỜI GIAN THỰC HIỆN"}
	if !slices.Equal(got, want) {
		t.Errorf("columns\n%q\nwant\n%q", got, want)
	}
}

// TestUnruledHeaderContentByPlace: a column-aligned header whose content
// head the vocabulary lacks finds its table, the content by its place.
func TestUnruledHeaderContentByPlace(t *testing.T) {
	lines := layoutLines(
		at(0, "TT", 12, "Việc cần làm", 40, "Đơn vị thực", 55, "Đơn vị phối", 70, "Thời gian"),
		at(42, "hiện", 58, "hợp", 71, "hoàn thành"),
		at(1, "I", 5, "Tăng cường công tác phổ biến"),
	)
	start, end := findUnruledHeader(lines)
	if start != 0 || end != 2 {
		t.Fatalf("findUnruledHeader = %d, %d; want 0, 2", start, end)
	}
	lo := &pdfLayout{doc: &document{}, noGlue: true}
	xs := columnBoundaries(lines[:2], lines[2:], true)
	lo.tryHeader(lo.headerCells(lines[:2], nil, xs, 1, func(y float64) int { return int(y) }))
	var got []string
	for _, c := range lo.cols {
		got = append(got, c.Key+"="+c.Header)
	}
	want := []string{"number=TT", "content=Việc cần làm", "lead=Đơn vị thực hiện", "coordinating=Đơn vị phối hợp", "timeframe=Thời gian hoàn thành"}
	if !slices.Equal(got, want) {
		t.Errorf("columns\n%q\nwant\n%q", got, want)
	}
}

func TestPageEdges(t *testing.T) {
	xs := []float64{1, 7, 40, 60}
	for _, tc := range []struct {
		name string
		body []textLine
		want []float64
	}{
		{"inside the header's edges", layoutLines(at(3, "1", 8, "Triển khai", 41, "Sở Tư pháp")), xs},
		{"the page stands left: its numbers at 0",
			layoutLines(at(0, "3", 6, "Xây dựng", 41, "Sở"), at(6, "kinh tế")), []float64{-1, 7, 40, 60}},
		{"a cell runs past the right edge",
			layoutLines(at(3, "1", 8, "Triển khai", 41, "Thường xuyên, hằng năm")), []float64{1, 7, 40, 64}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pageEdges(tc.body, xs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPageNumberEdge(t *testing.T) {
	xs := []float64{-1, 5.5, 40, 60}
	for _, tc := range []struct {
		name string
		body []textLine
		want float64 // the boundary after the number column
	}{
		{"content at the header's place keeps it", layoutLines(
			at(0, "1", 6, "Thường xuyên rà soát"),
			at(6, "nghị cấp có thẩm quyền"),
			at(6, "10 năm 2021-2030; Kế hoạch"),
			at(6, "đổi, bổ sung cơ chế"),
		), 5.5},
		{"the page two characters left: a content line opening with a number stays content", layoutLines(
			at(0, "1", 4, "Thường xuyên rà soát"),
			at(4, "nghị cấp có thẩm quyền"),
			at(4, "10 năm 2021-2030; Kế hoạch"),
			at(4, "đổi, bổ sung cơ chế"),
			at(4, "quan đến tín dụng"),
			at(0, "12", 4, "Rà soát"),
		), 3},
		{"too few lines to tell the edge", layoutLines(
			at(0, "1", 4, "Thường xuyên rà soát"),
			at(4, "nghị cấp có thẩm quyền"),
			at(4, "10 năm 2021-2030; Kế hoạch"),
		), 5.5},
		{"a task's number reaching the edge keeps the boundary", layoutLines(
			at(2, "12", 6, "Rà soát"),
			at(4, "nghị cấp có thẩm quyền"),
			at(4, "quan đến tín dụng"),
			at(4, "đổi, bổ sung cơ chế"),
		), 5.5},
		{"a section's numeral needs only its start left of it (markerEnd)", layoutLines(
			at(2, "III", 6, "PHÁT TRIỂN"),
			at(4, "nghị cấp có thẩm quyền"),
			at(4, "quan đến tín dụng"),
			at(4, "đổi, bổ sung cơ chế"),
		), 3},
		{"a centred numeral one character left of the content's edge", layoutLines(
			at(1, "I", 5, "CHĂM SÓC SỨC KHỎE"),
			at(0, "1", 2, "Khám sức khỏe định kỳ,"),
			at(2, "lập hồ sơ theo dõi sức"),
			at(2, "khỏe cho người cao tuổi"),
			at(0, "II", 3, "CHÚC THỌ, MỪNG THỌ"),
			at(0, "3", 2, "Tổ chức chúc thọ, mừng"),
			at(2, "thọ người cao tuổi tròn"),
			at(2, "90 tuổi và 100 tuổi"),
		), 1.5},
		{"a number opening a content line at the edge stays content", layoutLines(
			at(1, "I.", 6, "PHỔ BIẾN, QUÁN TRIỆT LUẬT"),
			at(1, "II.", 6, "RÀ SOÁT VĂN BẢN"),
			at(0, "4.", 3, "Bố trí phòng xét xử thân thiện,"),
			at(3, "phòng lấy lời khai người dưới"),
			at(3, "18 tuổi"),
			at(3, "làm công tác xã hội tham gia tố"),
			at(3, "tụng"),
		), 2.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pageNumberEdge(tc.body, xs, 0)[1]; got != tc.want {
				t.Errorf("boundary %v, want %v", got, tc.want)
			}
		})
	}
}

// TestPageStandingLeft reads column-aligned text whose second page
// pdftotext set two characters left of the first: the page's row numbers
// stand left of the table's edge on the header's page (pageEdges), and a
// content line opening with a number ("10 năm") stands where the header's
// page had its number column (pageNumberEdge).
func TestPageStandingLeft(t *testing.T) {
	text := strings.Join([]string{
		at(30, "PHỤ LỤC"),
		at(2, "STT", 9, "Nội dung nhiệm vụ", 44, "Đơn vị chủ trì", 64, "Thời gian"),
		at(3, "I", 9, "NÂNG CAO NHẬN THỨC"),
		at(3, "1", 9, "Tổ chức nghiên cứu, phổ biến,", 44, "Sở Tư pháp", 64, "Thường xuyên"),
		at(9, "quán triệt sâu rộng nội dung"),
		at(3, "2", 9, "Rà soát, đề xuất, kiến nghị cấp", 44, "Sở Tài chính", 64, "Quý IV/2026"),
		at(9, "có thẩm quyền xem xét sửa đổi,"),
		at(33, "1"),
		"\f" + at(5, "bổ sung cơ chế, chính sách liên"),
		at(5, "quan đến tín dụng để góp phần"),
		at(5, "thực hiện Chiến lược phát triển"),
		at(5, "10 năm 2021-2030 và các chương"),
		at(5, "trình mục tiêu quốc gia."),
		at(0, "3", 5, "Tham mưu, hướng dẫn triển khai", 40, "Sở Nội vụ", 60, "Thường xuyên"),
		at(5, "các chương trình tín dụng"),
		at(31, "2"),
	}, "\n")
	p, err := ParseLayoutText("left.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"I section | NÂNG CAO NHẬN THỨC",
		"I.1 task | Tổ chức nghiên cứu, phổ biến, quán triệt sâu rộng nội dung | Sở Tư pháp | Thường xuyên",
		"I.2 task | Rà soát, đề xuất, kiến nghị cấp có thẩm quyền xem xét sửa đổi, bổ sung cơ chế, chính sách liên quan đến tín dụng để góp phần thực hiện Chiến lược phát triển 10 năm 2021-2030 và các chương trình mục tiêu quốc gia. | Sở Tài chính | Quý IV/2026",
		"I.3 task | Tham mưu, hướng dẫn triển khai các chương trình tín dụng | Sở Nội vụ | Thường xuyên",
	}
	if got := flat(p); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s\nwarnings: %v", strings.Join(got, "\n"), strings.Join(want, "\n"), p.Warnings)
	}
}

func TestLinewiseGap(t *testing.T) {
	cells := stackHeader(layoutLines(
		at(53, "Cơ quan", 61, "Thời gian", 71, "Sản phẩm"),
		at(56, "phối hợp", 65, "hoàn thành", 76, "dự kiến"),
	))
	if len(cells) != 3 {
		t.Fatalf("cells %v", cells)
	}
	for _, tc := range []struct {
		left, right int
		a, b        float64
	}{
		{0, 1, 60, 65}, // "Cơ quan" ends at 60, "hoàn" starts at 65
		{1, 2, 70, 76}, // "gian" ends at 70, "dự" starts at 76
	} {
		a, b, ok := linewiseGap(cells[tc.left], cells[tc.right])
		if !ok || a != tc.a || b != tc.b {
			t.Errorf("cells %d, %d: gap %v–%v (%v), want %v–%v", tc.left, tc.right, a, b, ok, tc.a, tc.b)
		}
	}
	if _, _, ok := linewiseGap(cells[0], span{words: []word{{x0: 1, x1: 2, y: 9}}}); ok {
		t.Error("no line in common: want no gap")
	}
}

func TestEmptyCells(t *testing.T) {
	cols := []colModel{{role: model.RoleNumber}, {role: model.RoleContent}, {role: model.RoleLead}, {role: model.RoleTimeframe}}
	rr := &rowReader{xs: []float64{0, 4, 40, 60, 80}, sp: &splitter{cols: cols}, marker: true}
	inLead := &lineReading{frags: []readingFrag{{col: 2}}}
	none := &lineReading{}
	for _, tc := range []struct {
		name   string
		marker bool
		filled []int
		r      *lineReading
		want   float64
	}{
		{"the lead filled elsewhere", true, []int{1, 3, 1, 1}, none, 0},
		{"the lead filled by this line", true, []int{1, 3, 0, 1}, inLead, 0},
		{"no lead", true, []int{1, 3, 0, 1}, none, costEmptyLead},
		{"no lead nor time", true, []int{1, 3, 0, 0}, none, costEmptyLead + costEmptyOther},
		{"no time", true, []int{1, 3, 1, 0}, none, costEmptyOther},
		{"no content", true, []int{1, 0, 1, 1}, none, costEmptyContent},
		{"a band going on a row from the page before", false, []int{0, 3, 0, 0}, none, 0},
	} {
		rr.marker = tc.marker
		if got := rr.emptyCells(tc.filled, tc.r); got != tc.want {
			t.Errorf("%s: emptyCells = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestEmptyCellsMissed: a column the trial reading missed costs its empty
// cell as one every task fills; others, as before, nothing.
func TestEmptyCellsMissed(t *testing.T) {
	cols := []colModel{{role: model.RoleNumber}, {role: model.RoleContent}, {role: model.KeyExtra}, {role: model.RoleLead}}
	rr := &rowReader{xs: []float64{0, 4, 40, 50, 70}, sp: &splitter{cols: cols}, marker: true}
	none := &lineReading{}
	if got := rr.emptyCells([]int{1, 2, 0, 1}, none); got != 0 {
		t.Errorf("an extra column empty: %v, want 0", got)
	}
	rr.missedCols = []bool{false, false, true, false}
	if got := rr.emptyCells([]int{1, 2, 0, 1}, none); got != costEmptyOther {
		t.Errorf("a missed column empty: %v, want %v", got, costEmptyOther)
	}
	if got := rr.emptyCells([]int{1, 2, 0, 1}, &lineReading{frags: []readingFrag{{col: 2}}}); got != 0 {
		t.Errorf("a missed column filled by the line: %v, want 0", got)
	}
}

// TestRunsInto: a run of words one space apart reaches into a column
// when a word after its first stands near the column's left boundary
// (within the run-on reach, or seamRight past it) and the run goes on past
// the boundary.
func TestRunsInto(t *testing.T) {
	xs := []float64{-1, 4, 47, 58, 75}
	for _, tc := range []struct {
		name string
		line string
		k    int
		want bool
	}{
		{"a target run on after the content's line", at(0, "1", 5, "Chuyển đổi diện tích lúa vùng cao, thiếu 45 ha", 59, "Phòng Kinh tế"), 2, true},
		{"pushed further left", at(0, "5", 5, "Tập huấn kỹ thuật canh tác, quy trình 04 lớp", 59, "Trung tâm"), 2, true},
		{"the run ends before the boundary", at(0, "1", 5, "Rà soát, sắp xếp mạng lưới trường, lớp học", 59, "Phòng Kinh tế"), 2, false},
		{"a cell apart, two spaces before it", at(0, "1", 5, "Rà soát, sắp xếp mạng lưới", 47, "45 ha", 59, "Phòng"), 2, false},
		{"no word starts near the boundary", at(0, "1", 5, "Cập nhật dữ liệu lên https://csdl.nongnghiep.gov.vn/baocao", 62, "Phòng"), 2, false},
		{"a word past it by more than seamRight", at(0, "1", 5, "Cập nhật dữ liệu lên https://csdl.nongnghiep.vn tại", 62, "Phòng"), 2, false},
		{"the table's first column has no seam", at(0, "1 Rà soát", 59, "Phòng"), 0, false},
	} {
		rr := &rowReader{xs: xs, lines: layoutLines(tc.line)}
		if got := rr.runsInto(tc.k); got != tc.want {
			t.Errorf("%s: runsInto(%d) = %v, want %v", tc.name, tc.k, got, tc.want)
		}
	}
}

// TestMissedColumns: a column is missed when a run reaches into it in
// two rows or more that leave it empty, and with such rows most rows hold
// its text; a notes column never is, and a short table says nothing.
func TestMissedColumns(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.KeyExtra}, {Key: model.RoleLead}, {Key: model.RoleNote}}
	for _, tc := range []struct {
		name             string
		rows             int
		filled, unfilled []int
		want             []bool
	}{
		{"never filled, run into in most rows", 7, []int{0, 7, 0, 7, 0}, []int{0, 0, 6, 0, 0}, []bool{false, false, true, false, false}},
		{"filled in two rows, run into in two", 7, []int{0, 7, 2, 7, 0}, []int{0, 0, 2, 0, 0}, []bool{false, false, true, false, false}},
		{"filled in one row, run into in two", 7, []int{0, 7, 1, 7, 0}, []int{0, 0, 2, 0, 0}, []bool{false, false, false, false, false}},
		{"filled in most rows, run into in one", 7, []int{0, 7, 5, 7, 0}, []int{0, 0, 1, 0, 0}, []bool{false, false, false, false, false}},
		{"filled in most rows, run into in none", 7, []int{0, 7, 6, 7, 0}, []int{0, 0, 0, 0, 0}, []bool{false, false, false, false, false}},
		{"a notes column run into", 7, []int{0, 7, 6, 7, 0}, []int{0, 0, 0, 0, 7}, []bool{false, false, false, false, false}},
		{"too few rows", 2, []int{0, 2, 0, 2, 0}, []int{0, 0, 2, 0, 0}, nil},
	} {
		lw := &layoutWidths{rows: tc.rows, filled: tc.filled, unfilled: tc.unfilled}
		if got := lw.missedColumns(cols); !slices.Equal(got, tc.want) {
			t.Errorf("%s: missedColumns = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestReadRowFillsTheTime reads a row whose time, centred in a narrow
// column, stands a character into the empty product column after it: the
// task has a time, and no product.
func TestReadRowFillsTheTime(t *testing.T) {
	read := testReader([]float64{0, 5.2, 47, 58.9, 84, 94, 123}, []float64{2300, 20200, 5700, 8900, 5200, 6900},
		model.RoleContent, model.RoleLead, model.RoleCoordinating, model.RoleTimeframe, model.RoleDeliverable)
	got := read(
		at(1, "2", 6, "Triển khai thực hiện khi có sửa đổi hoặc ban hành Sở Tài chính", 71, "Cơ quan, địa phương", 95, "2025"),
		at(6, "mới Quyết định thay thế Quyết định số", 71, "liên quan"),
		at(6, "118/2008/QĐ-TTg ngày 27/8/2008 của Thủ tướng"),
	)
	if want := []int{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4}; !reflect.DeepEqual(got[0], want) {
		t.Errorf("line 1 columns\n%v\nwant\n%v", got[0], want)
	}
}

// TestReadRowFillsTheLead reads a row whose lead unit runs on between the
// content and the coordinating cell: keeping "Sở KH&CN" with the content
// costs one cut less, but leaves the task without a lead unit.
func TestReadRowFillsTheLead(t *testing.T) {
	read := testReader([]float64{-1, 5.25, 59.75, 71.45, 96.9, 109}, nil, model.RoleContent, model.RoleLead, model.RoleCoordinating, model.RoleTimeframe)
	got := read(
		at(1, "1", 6, "Triển khai nền tảng đào tạo trực tuyến mở đại trà, Sở KH&CN Các sở, ban, ngành tỉnh;", 99, "Thường"),
		at(6, "cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản", 74, "UBND các xã, phường", 100, "xuyên"),
		at(6, "cho người dân, doanh nghiệp."),
	)
	want := []int{0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 4}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("line 1 columns\n%v\nwant\n%v", got[0], want)
	}
}

func TestHeaderCap(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string // the text whose width, widened, bounds the column; "" for none
	}{
		{[]string{"Cơ quan", "chủ trì"}, "Cơ quan chủ"},
		{[]string{"ĐƠN VỊ", "PHỐI", "HỢP"}, "PHỐI HỢP"}, // the narrower of the two bounds
		{[]string{"Thời gian thực hiện"}, ""},
	} {
		want := 0.0
		if tc.want != "" {
			want = float64(textWidth(tc.want)) * headerCapSlack
		}
		if got := headerCap(linesOf(tc.lines...)); got != want {
			t.Errorf("headerCap(%q) = %v, want %v", tc.lines, got, want)
		}
	}
	if got := atMost([]float64{10, 20, 30}, []float64{15, 0, 25}); !reflect.DeepEqual(got, []float64{10, 20, 25}) {
		t.Errorf("atMost = %v, want [10 20 25]", got)
	}
}

func TestHeadStarts(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []int // the words marked as starting a head (a line's first word is one anyway)
	}{
		{"Thời gian Sản", []int{0, 2}},             // "Sản" of "Sản phẩm", cut by the line's end
		{"SẢN PHẨM DỰ", []int{0}},                  // "SẢN PHẨM DỰ KIẾN" goes on below
		{"ĐƠN VỊ CHỦ", nil},                        // one head, wrapped
		{"ĐƠN VỊ CHỦ ĐƠN VỊ", []int{3}},            // two heads run on
		{"Cơ quan chủ trì Thời gian", []int{0, 4}}, // two whole heads
		{"Thời gian thực hiện Ghi", []int{0, 4}},   // "Ghi" of "Ghi chú"
		{"Thời gian thực hiện năm", []int{0}},      // no head opens with "năm"
		// "Thời" of "Thời gian hoàn thành", run on after a whole head and
		// followed by the next column's
		{"Cơ quan phối hợp Thời Sản phẩm dự kiến", []int{0, 4, 5}},
		// A narrow column's head wrapped after its first word, run on
		// after the whole head before it, and two such words run on
		// ("ĐƠN" of "ĐƠN VỊ PHỐI HỢP", "SẢN" of "SẢN PHẨM")
		{"NỘI DUNG NHIỆM VỤ ĐƠN", []int{0, 4}},
		{"ĐƠN SẢN THỜI", []int{1, 2}},
		{"Thời gian thực hiện Ghi chú", []int{0, 4}},
		// One column named twice after a list separator, whole or cut by
		// the line's end; a different role after a comma is a column
		{"Kết quả, sản phẩm Thời hạn", []int{0, 4}},
		{"Kết quả, sản Thời hạn", []int{0, 3}},
		{"Kết quả/Sản phẩm Thời hạn", []int{0, 3}},
		{"Sản phẩm và kết quả Thời hạn", []int{0, 5}},
		{"Cơ quan phối hợp, Thời hạn", []int{0, 4}},
		// A sentence-case head naming its role after words of its own
		// (goesOnOwnWords), and the capital that opens the next head,
		// though no head phrase starts with it (opensAfterWholeHead)
		{"Trách nhiệm chủ trì Cơ quan cùng phối hợp", []int{4}},
		{"Kết quả cần đạt Tổng kinh phí", []int{0, 4}},
		{"Kết quả cần Tổng kinh", []int{0, 3}},
		{"Tên chỉ tiêu, nhiệm vụ Đơn vị chủ trì", []int{5}},
		{"ĐƠN VỊ CHỦ TRÌ TỔNG KINH PHÍ", []int{0, 5}},   // capitals: no case to go by, as before
		{"Lãnh đạo UBND Cơ quan", []int{3}},             // an abbreviation's capital opens nothing (abbreviationGoesOn)
		{"Nhiệm vụ/Hoạt Đơn vị", []int{0, 2}},           // a head opening inside a word that ends the head before (splitInsideHead)
		{"Nội dung Người/bộ phận chủ trì", []int{0, 2}}, // … or that opens a column of its own
		// A lowercase word of a sentence-case line opening a head alone
		// goes on its line ("Người/bộ" / "phận chủ" / "trì"); two words
		// opening one run on after the head before it open a column
		{"phận chủ", nil},
		{"quan, đơn vị phối", []int{1}},
	} {
		starts := headStarts(layoutLine(tc.line))
		var got []int
		for j := range layoutLine(tc.line).words {
			if starts[j] {
				got = append(got, j)
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("headStarts(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// headerPhrasesAt returns the phrases of a header line of column-aligned
// text standing on line y.
func headerPhrasesAt(y float64, line string) []span {
	l := layoutLine(line)
	for i := range l.words {
		l.words[i].y = y
	}
	return phrases(l)
}

// TestUnknownHeadOver: a lower header line goes whole on the cell above
// it when it stands under that cell alone and the cell's head is none the
// vocabulary knows.
func TestUnknownHeadOver(t *testing.T) {
	above := headerPhrasesAt(0, at(39, "Lãnh đạo UBND", 57, "Cơ quan chủ trì", 74, "Cơ quan phối"))
	for _, tc := range []struct {
		name string
		line string
		want int
	}{
		{"under the unknown head alone", at(40, "tỉnh phụ trách"), 0},
		{"a character under the next head", at(44, "tỉnh phụ trách"), 0},
		{"reaching under the next head too", at(45, "tỉnh phụ trách chủ"), -1},
		{"under a known head", at(75, "hợp"), -1},
	} {
		if got := unknownHeadOver(above, headerPhrasesAt(1, tc.line)[0]); got != tc.want {
			t.Errorf("%s: unknownHeadOver = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestUnknownHeadBeside: a lower header line under no cell goes on the
// cell just left of it when neither makes a head the vocabulary knows;
// beside a whole head, further off, or itself a head, it opens its own.
func TestUnknownHeadBeside(t *testing.T) {
	above := headerPhrasesAt(0, at(40, "Thời gian", 50, "Tiêu chí"))
	for _, tc := range []struct {
		name string
		line string
		want int
	}{
		{"beside an unknown head", at(58, "đánh"), 1},
		{"too far off", at(62, "đánh"), -1},
		{"under the head", at(53, "đánh"), -1},
		{"a head of its own", at(58, "Ghi chú"), -1},
	} {
		if got := unknownHeadBeside(above, headerPhrasesAt(1, tc.line)[0]); got != tc.want {
			t.Errorf("%s: unknownHeadBeside = %d, want %d", tc.name, got, tc.want)
		}
	}
	whole := headerPhrasesAt(0, at(40, "Cơ quan", 50, "Thời gian"))
	if got := unknownHeadBeside(whole, headerPhrasesAt(1, at(61, "Địa bàn"))[0]); got != -1 {
		t.Errorf("beside a whole head: unknownHeadBeside = %d, want -1", got)
	}
}

// TestQualifiedHeadOf: a parenthesis on a lower header line goes on the
// head that starts nearest left of it on the lines above; a word that
// opens no parenthesis, or one with no head left of it, goes on none.
func TestQualifiedHeadOf(t *testing.T) {
	above := headerPhrasesAt(0, at(10, "Thời gian", 30, "Kinh phí", 50, "Ghi chú"))
	for _, tc := range []struct {
		name string
		word string
		want int
	}{
		{"right of the head it qualifies", at(40, "(triệu"), 1},
		{"under a head's end", at(36, "(nếu"), 1},
		{"no parenthesis", at(40, "triệu"), -1},
		{"nothing left of it", at(5, "(tháng)"), -1},
		{"a column number", at(40, "(7)"), -1},
	} {
		if got := qualifiedHeadOf(above, headerPhrasesAt(1, tc.word)[0]); got != tc.want {
			t.Errorf("%s: qualifiedHeadOf = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestOpensHeadBeside: a lower header line that opens a head of its own
// and stands mostly right of the unfinished head above it opens a cell;
// one that goes on that head, stands mostly under it, or lies under a
// whole head (a group's, over its parts) does not.
func TestOpensHeadBeside(t *testing.T) {
	above := headerPhrasesAt(0, at(41, "Khoa/phòng", 70, "Đơn vị thực hiện"))
	for _, tc := range []struct {
		name string
		line string
		want bool
	}{
		{"a head beside an unfinished one", at(49, "Người phụ"), true},
		{"mostly under it", at(44, "Người phụ"), false},
		{"going on it", at(49, "chủ trì"), false},
		{"words of no head", at(49, "lớn nhỏ"), false},
		{"left of its start", at(38, "Người phụ"), false},
		{"a group's part", at(80, "Phối hợp"), false},
	} {
		if got := opensHeadBeside(above, headerPhrasesAt(1, tc.line)[0]); got != tc.want {
			t.Errorf("%s: opensHeadBeside = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestGivesOpenHead: a word bonded to the words before it goes on another
// open head only when their cell's head is whole already.
func TestGivesOpenHead(t *testing.T) {
	cols := headerPhrasesAt(0, at(53, "Kinh phí dự kiến", 70, "Nguồn", 80, "Dự kiến"))
	for _, tc := range []struct {
		name       string
		last, open int
		want       bool
	}{
		{"a whole head, another open", 0, 1, true},
		{"no other open head", 0, -1, false},
		{"the same cell", 0, 0, false},
		{"an unfinished head", 2, 1, false},
	} {
		if got := givesOpenHead(cols, tc.last, tc.open); got != tc.want {
			t.Errorf("%s: givesOpenHead = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestOpensRunOnHead(t *testing.T) {
	toks := func(s string) []headerToken {
		var out []headerToken
		for _, k := range strings.Fields(s) {
			out = append(out, headerToken{key: k})
		}
		return out
	}
	for _, tc := range []struct {
		line    string
		open, i int
		want    bool
	}{
		{"NỘI DUNG NHIỆM VỤ ĐƠN", 0, 4, true},   // "ĐƠN" opens "ĐƠN VỊ …"; the content's head goes on with no "ĐƠN"
		{"ĐƠN SẢN", 0, 1, true},                 // "SẢN" opens "SẢN PHẨM"; no head opens "ĐƠN SẢN"
		{"SẢN PHẨM DỰ", 0, 2, false},            // "SẢN PHẨM DỰ KIẾN" goes on
		{"CƠ QUAN ĐƠN VỊ CHỦ TRÌ", 0, 2, false}, // "CƠ QUAN ĐƠN VỊ CHỦ TRÌ" is one head
		{"THỜI GIAN NĂM", 0, 2, false},          // no head opens with "NĂM"
		{"ĐƠN", -1, 0, false},                   // nothing before it
	} {
		if got := opensRunOnHead(toks(tc.line), tc.open, tc.i); got != tc.want {
			t.Errorf("opensRunOnHead(%q, %d, %d) = %v, want %v", tc.line, tc.open, tc.i, got, tc.want)
		}
	}
}

func TestCrossing(t *testing.T) {
	w := word{x0: 10, x1: 20}
	for _, tc := range []struct {
		x, graze, want float64
	}{
		{15, 0, 1},   // without graze every crossing counts whole
		{11, 0, 1},   //
		{15, 2, 1},   // through the middle
		{11, 2, 0.5}, // one character in from the start
		{19.5, 2, 0.25},
	} {
		if got := crossing(w, tc.x, tc.graze); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("crossing(%v at %v, graze %v) = %v, want %v", w, tc.x, tc.graze, got, tc.want)
		}
	}
}

// TestGoesOnRange: a range's second bound with its date's word or number
// goes on a time; the bound before anything else does not.
func TestGoesOnRange(t *testing.T) {
	for _, tc := range []struct {
		line string
		j    int
		want bool
	}{
		{"xã; các đến ngày", 2, true},
		{"các tới tháng 12", 1, true},
		{"Quý I đến hết năm", 2, true},
		{"từ 2026 đến 2030", 2, true},
		{"xã; các đến các", 2, false},
		{"các đến", 1, false},
		{"các đến ngày", 0, false},
		{"Huấn luyện - 2028", 2, true}, // a range's dash and its second year
		{"trung học cơ sở - 2067", 4, true},
		{"Văn hóa - Xã hội", 2, false}, // a name's dash
	} {
		if got := goesOnRange(layoutLine(tc.line).words, tc.j); got != tc.want {
			t.Errorf("goesOnRange(%q, %d) = %v, want %v", tc.line, tc.j, got, tc.want)
		}
	}
}

// TestDoublesLinkWord: one linking word twice is two cells' text; an
// adverb's doubling, or two other words, are not.
func TestDoublesLinkWord(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"và", "và", true}, {"của", "Của", true}, {"cho", "cho", true},
		{"từ", "từ", false}, {"người", "người", false}, {"và", "với", false}, {"Sở", "Sở", false},
	} {
		if got := doublesLinkWord(tc.a, tc.b); got != tc.want {
			t.Errorf("doublesLinkWord(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRunOnCutCost(t *testing.T) {
	rr := &rowReader{numCol: 0, sp: &splitter{cols: []colModel{{}, {kind: colContent}, {kind: colUnit}, {kind: colProduct}, {kind: colTime}}},
		cache: pieceCache{}, lines: []textLine{layoutLine("bổ sung Ban Quản lý Quyết định của Thường xuyên quy hoạch ban quản đất và và Môi các đến ngày")}}
	ws := rr.lines[0].words
	for _, tc := range []struct {
		j, k int
		want float64
	}{
		{2, 2, costRunOnOpening},  // "Ban Quản lý" opens a unit
		{5, 3, costRunOnOpening},  // "Quyết định" opens a document
		{8, 4, costRunOnOpening},  // "Thường xuyên" opens a time
		{10, 2, costRunOnCut},     // "quy hoạch" opens nothing
		{2, 3, costRunOnCut},      // a unit's name in the product column
		{2, 1, costRunOnCut},      // the content has no opening words
		{12, 2, costRunOnCut},     // "ban quản" in lowercase goes on a sentence
		{16, 2, costRunOnOpening}, // "và | và": the second opens the next column's text
		{15, 2, costRunOnCut},     // "đất | và" parts no doubled word
		{19, 4, costRunOnOpening}, // "đến ngày" goes on a time's range
		{19, 2, costRunOnCut},     // … in the time column only
	} {
		if got := rr.runOnCutCost(0, tc.j, tc.k); got != tc.want {
			t.Errorf("runOnCutCost(%q, col %d) = %v, want %v", ws[tc.j].text, tc.k, got, tc.want)
		}
	}
}

// TestEndsRunWithAmount: a count that ends its run one space apart opens
// an extra column's cell at a run-on cut's opening price; a count that
// words follow, or a notes column, do not.
func TestEndsRunWithAmount(t *testing.T) {
	rr := &rowReader{numCol: 0, sp: &splitter{cols: []colModel{{}, {kind: colContent}, {kind: colOther, role: model.KeyExtra}, {kind: colOther, role: model.RoleNote}}},
		cache: pieceCache{}, lines: []textLine{layoutLine("Bác sĩ, dược sĩ 100     Phòng Kế hoạch 40 lớp")}}
	ws := rr.lines[0].words
	for _, tc := range []struct {
		j, k int
		want float64
	}{
		{4, 2, costRunOnOpening}, // "100" alone: the count's column
		{4, 3, costRunOnCut},     // a note is no count
		{8, 2, costRunOnCut},     // "40 lớp": words go on after the number
		{3, 2, costRunOnCut},     // "sĩ" is no number
	} {
		if got := rr.runOnCutCost(0, tc.j, tc.k); got != tc.want {
			t.Errorf("runOnCutCost(%q, col %d) = %v, want %v", ws[tc.j].text, tc.k, got, tc.want)
		}
	}
}

func TestMayStartSomewhere(t *testing.T) {
	rr := &rowReader{xs: []float64{0, 4, 34, 52, 70}}
	for _, tc := range []struct {
		line string
		want bool
	}{
		{at(5, "Triển khai"), true},
		{at(60, "Quý I"), true},
		{at(200, ","), false}, // far right of every column: extend reads it anyway
	} {
		if got := rr.mayStartSomewhere(layoutLine(tc.line).words, 0, 0); got != tc.want {
			t.Errorf("mayStartSomewhere(%q) = %v, want %v", strings.TrimSpace(tc.line), got, tc.want)
		}
	}
	// Such a line still has a reading.
	rr.sp = &splitter{cols: []colModel{{}, {kind: colContent}, {kind: colUnit}, {kind: colTime}}}
	rr.cache, rr.lines = pieceCache{}, []textLine{layoutLine(at(200, ","))}
	if got := rr.lineReadings(0); len(got) == 0 {
		t.Error("a line standing right of every column has no reading")
	}
}

func TestAtSeam(t *testing.T) {
	xs := []float64{-1, 4, 38, 45.5, 63.5, 72}
	for _, tc := range []struct {
		x    float64
		want bool
	}{
		{38, true}, {36, true}, {39, true}, // the lead column starts at 38
		{44, true}, {46.5, true}, // the coordinating one at 45.5
		{35.5, false}, {40, false}, {50, false},
		{4, true},                // the content column, after the number's
		{-1, false}, {72, false}, // the table's outer edges part no cells
	} {
		if got := atSeam(tc.x, xs); got != tc.want {
			t.Errorf("atSeam(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
}

// TestLearnLayoutPairs: a column-aligned document's word pairs are every
// two words one space apart, whatever the first ("Tài" ends no line, yet
// "Sở Tài" / "chính" is a cell's break); words a gap parts are none.
func TestLearnLayoutPairs(t *testing.T) {
	pages := []layoutPage{{lines: layoutLines(
		at(1, "1", 5, "Triển khai thực hiện chi, Sở Tài Cơ quan liên quan"),
		at(5, "mức chi ngân chính", 44, "Thường xuyên"),
		at(5, "của Bộ Tài chính"),
	)}}
	ps := learnLayoutPairs(pages)
	if ps.known("Sở Xây", "dựng") || !newLayoutSplitter(nil, nil, pages, nil).pairs.known("Sở Xây", "dựng") {
		t.Error(`"Xây dựng", never on a line here, is known from namePairs only`)
	}
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"Sở Tài", "chính", true},  // "Tài chính" on a line
		{"chi,", "Sở", true},       // every pair, whatever the first word
		{"ngân", "chính", true},    // one space apart
		{"chính", "Thường", false}, // a gap parts them
		{"1", "Triển", false},
		{"Tài", "Cơ", true},
	} {
		if got := ps.known(tc.prev, tc.next); got != tc.want {
			t.Errorf("known(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

func TestWantsMore(t *testing.T) {
	for _, tc := range []struct {
		keys string
		want bool
	}{
		{"ĐƠN VỊ PHỐI", true}, // opens "ĐƠN VỊ PHỐI HỢP"
		{"SẢN", true},         // opens "SẢN PHẨM"
		{"SẢN PHẨM", false},   // whole, though "SẢN PHẨM DỰ KIẾN" goes on
		{"THỜI GIAN", false},  // whole
		{"GHI", true},         // opens "GHI CHÚ"
		{"NGƯỜI KÝ", false},   // no head at all
		{"ĐƠN VỊ CHỦ TRÌ", false},
	} {
		if got := wantsMore(span{keys: strings.Fields(tc.keys)}); got != tc.want {
			t.Errorf("wantsMore(%q) = %v, want %v", tc.keys, got, tc.want)
		}
	}
	// The alternative after a slash opens a head the words before it
	// make: "Kết quả/Sản" wants "phẩm".
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Kết quả/Sản", true},
		{"Kết quả/Sản phẩm", false},
		{"Người/đơn vị", true}, // wants "chủ trì"
		{"Người/đơn vị chủ trì", false},
	} {
		var c span
		for _, w := range strings.Fields(tc.text) {
			c.keys = append(c.keys, headerKeys(w)...)
			c.words = append(c.words, word{text: w})
		}
		if got := wantsMore(c); got != tc.want {
			t.Errorf("wantsMore(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestHeaderShifts(t *testing.T) {
	// Columns: number, content, lead, time; the header puts the lead at 30
	// and the time at 44.
	xs := []float64{-1, 4, 30, 44, 75}
	for _, tc := range []struct {
		name  string
		lines []string
		want  [][]float64
	}{
		{"the body's columns start 12 characters right of the header's", []string{
			at(0, "1", 4, "Tổ chức thực hiện các", 42, "Sở Tư pháp", 56, "Năm 2025"),
			at(4, "nhiệm vụ của kế hoạch", 42, "chủ trì", 56, "Quý IV"),
			at(0, "2", 4, "Kiểm tra việc thực", 42, "Sở Nội vụ", 56, "Hằng năm"),
			at(4, "hiện kế hoạch này", 42, "các sở"),
		}, [][]float64{{0, 0, 11, 11, 0}}}, // each boundary just left of the starts
		{"each column by its own shift", []string{
			at(0, "1", 4, "Tổ chức thực hiện các", 38, "Sở Tư pháp", 60, "Năm 2025"),
			at(4, "nhiệm vụ của kế hoạch", 38, "chủ trì", 60, "Quý IV"),
			at(0, "2", 4, "Kiểm tra việc thực", 38, "Sở Nội vụ", 60, "Hằng năm"),
		}, [][]float64{{0, 0, 7, 7, 0}, {0, 0, 7, 15, 0}}}, // one shift for both fits one of them
		{"the body stands where the header says", []string{
			at(0, "1", 4, "Tổ chức thực hiện", 30, "Sở Tư pháp", 44, "Năm 2025"),
			at(4, "các nhiệm vụ", 30, "chủ trì", 44, "Quý IV"),
		}, nil},
		{"a shift under minHeaderShift is the header's own drift", []string{
			at(0, "1", 4, "Tổ chức thực hiện", 33, "Sở Tư pháp", 47, "Năm 2025"),
			at(4, "các nhiệm vụ", 33, "chủ trì", 47, "Quý IV"),
		}, nil},
	} {
		pages := []layoutPage{{lines: layoutLines(tc.lines...)}}
		if got := headerShifts(pages, xs); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: headerShifts = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// startsAt returns an after function (columnEdges') of texts starting at
// starts.
func startsAt(starts ...float64) func(float64) int {
	return func(x float64) int {
		n := 0
		for _, s := range starts {
			if s >= x && s < x+columnStartReach {
				n++
			}
		}
		return n
	}
}

func TestHeaderShiftsFromColumnNumbers(t *testing.T) {
	// Columns: number, content, lead, time. The header's words stand close
	// together (lead at 30, time at 44), further left of their columns
	// (starting at 61 and 77) than maxDocumentShift; the column numbers
	// under them are set at the body's scale, centred over the columns.
	xs := []float64{-1, 4, 30, 44, 95}
	lines := []string{
		at(0, "(1)", 28, "(2)", 67, "(3)", 84, "(4)"),
		at(0, "1", 4, "Tổ chức thực hiện các nhiệm vụ của kế hoạch", 61, "Sở Tư pháp", 77, "Năm 2025"),
		at(4, "trên địa bàn", 61, "chủ trì", 77, "Quý IV"),
		at(0, "2", 4, "Kiểm tra việc thực hiện kế hoạch này", 61, "Sở Nội vụ", 77, "Hằng năm"),
	}
	want := []float64{0, 0, 30, 32, 0} // just left of the lead's and the time's starts
	has := func(got [][]float64) bool {
		return slices.ContainsFunc(got, func(s []float64) bool { return slices.Equal(s, want) })
	}
	if got := headerShifts([]layoutPage{{lines: layoutLines(lines...)}}, xs); !has(got) {
		t.Errorf("headerShifts = %v, want %v among them", got, want)
	}
	if got := headerShifts([]layoutPage{{lines: layoutLines(lines[1:]...)}}, xs); has(got) {
		t.Errorf("without the column numbers headerShifts = %v, want no %v", got, want)
	}
}

func TestColumnNumberCentres(t *testing.T) {
	page := func(ls ...string) layoutPage { return layoutPage{lines: layoutLines(ls...)} }
	for _, tc := range []struct {
		name  string
		pages []layoutPage
		want  []float64
	}{
		{"the first page's row", []layoutPage{page("STT  Nội dung  Chủ trì", at(0, "(1)", 10, "(2)", 20, "(3)"))}, []float64{1.5, 11.5, 21.5}},
		{"a later page's when the first has none",
			[]layoutPage{page("STT  Nội dung  Chủ trì"), page(at(2, "(1)", 12, "(2)", 22, "(3)"))}, []float64{3.5, 13.5, 23.5}},
		{"a row for another number of columns", []layoutPage{page(at(0, "(1)", 10, "(2)"))}, nil},
		{"numbers out of turn", []layoutPage{page(at(0, "(1)", 10, "(3)", 20, "(2)"))}, nil},
		{"a cell's own numbers", []layoutPage{page(at(0, "1", 4, "(1) Sở", 20, "(2)"))}, nil},
	} {
		if got := columnNumberCentres(tc.pages, 3); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: columnNumberCentres = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestBoundaryPlacement(t *testing.T) {
	for _, tc := range []struct {
		name             string
		starts           []float64
		densest, cluster float64
	}{
		{"one place", []float64{52, 52, 52}, 51, 51},
		{"starts spread over places, the most at the right",
			[]float64{52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55}, 54, 51},
		{"a lone start before the column's cluster", []float64{51, 56, 56, 56, 57, 57}, 56, 55},
		{"none between the centres", nil, 54, 54},
	} {
		after := startsAt(tc.starts...)
		if got := densestStart(50, 58, after); got != tc.densest {
			t.Errorf("%s: densestStart = %v, want %v", tc.name, got, tc.densest)
		}
		if got := clusterStart(50, 58, after); got != tc.cluster {
			t.Errorf("%s: clusterStart = %v, want %v", tc.name, got, tc.cluster)
		}
	}
}

func TestNumberedShifts(t *testing.T) {
	xs := []float64{-1, 4, 30, 44, 75}
	after := startsAt(41, 41, 58, 58)
	if got, want := numberedShifts(xs, []float64{2, 20, 48, 65}, after, densestStart), []float64{0, 0, 10, 13, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("numberedShifts = %v, want %v", got, want)
	}
	if got := numberedShifts(xs, nil, after, densestStart); got != nil {
		t.Errorf("numberedShifts without column numbers = %v, want nil", got)
	}
	if got := numberedShifts(xs, []float64{2, 17, 36, 60}, startsAt(31, 45), densestStart); got != nil {
		t.Errorf("numberedShifts with the columns about where the header says = %v, want nil", got)
	}
}

func TestJointShifts(t *testing.T) {
	starts := func(xs ...float64) func(float64) float64 {
		after := startsAt(xs...)
		return func(x float64) float64 { return float64(after(x)) }
	}
	// Columns: number, content, lead, coordinating, time; the header puts
	// the lead at 30, the coordinating unit at 40, the time at 50.
	xs := []float64{-1, 4, 30, 40, 50, 80}
	for _, tc := range []struct {
		name   string
		starts []float64
		want   []float64
	}{
		{"each column starts a column's width right of its header: the next header's place",
			[]float64{41, 41, 41, 51, 51, 62, 62}, []float64{0, 0, 10, 10, 11, 0}}, // just left of the starts
		{"the body stands where the header says", []float64{30, 30, 40, 40, 50}, nil},
		{"one column stands right of its header; the others keep their places",
			[]float64{30, 30, 40, 40, 61, 61}, []float64{0, 0, 0, 0, 10, 0}},
		{"no starts at all", nil, nil},
	} {
		if got := jointShifts(xs, starts(tc.starts...)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: jointShifts = %v, want %v", tc.name, got, tc.want)
		}
	}
	// A wide landscape table whose narrow centred heads pdftotext ran
	// together well left of their columns: the time column's texts start
	// 25 characters right of its head (seaeco_2026, LibreOffice rendering
	// 2202), past what a page's boundaries move (jointShifts) but within
	// what the whole document's do (documentShifts).
	xs = []float64{-1, 4, 30, 40, 50, 100}
	for _, tc := range []struct {
		name   string
		starts []float64
		want   []float64
	}{
		{"heads run together far left of their columns",
			[]float64{43, 43, 43, 56, 56, 56, 76, 76, 76}, []float64{0, 0, 12, 15, 25, 0}},
	} {
		if got := documentShifts(xs, starts(tc.starts...)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: documentShifts = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A last column squeezed against the table's right edge holds nothing: a
// page whose cells all run on with one space left the product's boundary
// nowhere to stand but past every run (nghean_980, LibreOffice rendering
// 36: the product read into the time column).
func TestJointShiftsKeepLastColumn(t *testing.T) {
	xs := []float64{-1, 4, 30, 40, 50, 60}
	edge := func(x float64) float64 {
		if x >= 56.5 && x < 58 {
			return 3 // past the runs, one character before the right edge
		}
		return 0
	}
	if got := jointShifts(xs, edge); got != nil {
		t.Errorf("jointShifts = %v, want the last column kept minShiftedWidth wide", got)
	}
}

// firstPageRight is a first look at two pages of columns number,
// content, lead and time, whose headers both put the lead at 30 and the
// time at 44, but only the second page's body stands there: the first
// page's stands 11 characters right.
func firstPageRight() *layoutWidths {
	return twoPages([]float64{-1, 4, 30, 44, 75},
		layoutLines(
			at(0, "1", 4, "Tổ chức thực hiện các", 42, "Sở Tư pháp", 56, "Năm 2025"),
			at(4, "nhiệm vụ của kế hoạch", 42, "chủ trì", 56, "Quý IV")),
		layoutLines(
			at(0, "2", 4, "Kiểm tra việc thực", 30, "Sở Nội vụ", 44, "Hằng năm"),
			at(4, "hiện kế hoạch này", 30, "các sở", 44, "Quý I")))
}

func TestPageShifts(t *testing.T) {
	got := pageShifts(firstPageRight(), nil)
	if want := map[int][]float64{1: {0, 0, 11, 11, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("pageShifts = %v, want %v", got, want)
	}
	cs := columnShifts{all: []float64{0, 0, 5, 5, 0}, page: got}
	if !reflect.DeepEqual(cs.on(1), got[1]) || !reflect.DeepEqual(cs.on(2), cs.all) {
		t.Errorf("columnShifts.on: page 1 %v, page 2 %v", cs.on(1), cs.on(2))
	}
}

// With the whole document's columns shifted to where the first page's
// body stands, the second page, whose body stands where its own header
// says, keeps its header's places (ownPageShifts) rather than the shift
// that moves its every boundary a column too far right.
func TestPageShiftsOwnHeader(t *testing.T) {
	lw := firstPageRight()
	base := []float64{0, 0, 11, 11, 0}
	got := pageShifts(lw, base)
	if want := map[int][]float64{2: {0, 0, 0, 0, 0}}; !reflect.DeepEqual(got, want) {
		t.Errorf("pageShifts from %v = %v, want %v", base, got, want)
	}
	if got := ownPageShifts(lw.pageXs[2], nil, nil, startsAfter(lw.pageLines[2])); got != nil {
		t.Errorf("ownPageShifts with no base = %v, want nil", got)
	}
}

// twoPages is what a first look learns of two pages whose headers both
// put the columns at xs.
func twoPages(xs []float64, page1, page2 []textLine) *layoutWidths {
	return &layoutWidths{
		pageXs:    map[int][]float64{1: xs, 2: xs},
		pageLines: map[int][]textLine{1: page1, 2: page2},
	}
}

func TestPageNumberedShifts(t *testing.T) {
	// Columns: number, content, lead, time; both pages' headers put the
	// lead at 30 and the time at 44. Page 1's column numbers and body stand
	// further right than page 2's; page 3 has no row of column numbers.
	xs := []float64{-1, 4, 30, 44, 75}
	numbers := func(x2, x3, x4 int) textLine {
		return layoutLines(at(0, "(1)", x2, "(2)", x3, "(3)", x4, "(4)"))[0]
	}
	body1 := layoutLines(
		at(0, "1", 4, "Tổ chức thực hiện các nhiệm vụ", 53, "Sở Tư pháp", 68, "Năm 2025"),
		at(4, "của kế hoạch", 53, "chủ trì", 68, "Quý IV"))
	body2 := layoutLines(
		at(0, "2", 4, "Kiểm tra việc thực hiện", 47, "Sở Nội vụ", 62, "Hằng năm"),
		at(4, "kế hoạch này", 47, "các sở", 62, "Quý I"))
	pages := []layoutPage{
		{lines: append([]textLine{numbers(24, 59, 72)}, body1...)},
		{lines: append([]textLine{numbers(22, 53, 66)}, body2...)},
		{lines: body2},
	}
	lw := &layoutWidths{
		pageXs:    map[int][]float64{1: xs, 2: xs, 3: xs},
		pageLines: map[int][]textLine{1: body1, 2: body2, 3: body2},
	}
	want := map[int][]float64{1: {0, 0, 22, 23, 0}, 2: {0, 0, 16, 17, 0}} // each page just left of its own starts
	if got := pageNumberedShifts(pages, lw, densestStart); !reflect.DeepEqual(got, want) {
		t.Errorf("pageNumberedShifts = %v, want %v", got, want)
	}
}

func TestPageShiftsFromBase(t *testing.T) {
	// Columns: number, content, lead, time. The header puts the lead at 30
	// and the time at 44, 14 characters apart; the document's shifts put
	// them at 40 and 46, and the first page's body stands at 44 and 55.
	// From the header's boundaries the lead could not move there and keep
	// most of its header's width (narrowestShifted); from the document's
	// it can.
	base := []float64{0, 0, 10, 2, 0}
	lw := twoPages([]float64{-1, 4, 30, 44, 75},
		layoutLines(
			at(0, "1", 4, "Tổ chức thực hiện các", 44, "Sở Nội vụ", 55, "Năm 2025"),
			at(4, "nhiệm vụ của kế hoạch", 44, "chủ trì", 55, "Quý IV")),
		layoutLines(
			at(0, "2", 4, "Kiểm tra việc thực", 40, "Sở", 46, "Hằng năm"),
			at(4, "hiện kế hoạch này", 40, "Bộ", 46, "Quý I")))
	got := pageShifts(lw, base)
	if want := map[int][]float64{1: {0, 0, 13, 10, 0}}; !reflect.DeepEqual(got, want) { // a start counts within columnStartReach after its boundary
		t.Errorf("pageShifts from the document's shifts = %v, want %v", got, want)
	}
	if own := pageShifts(lw, nil); reflect.DeepEqual(own[1], got[1]) {
		t.Errorf("pageShifts without a base moved page 1 as far: %v; the test needs it not to", own[1])
	}
}

func TestShiftedColumns(t *testing.T) {
	xs := []float64{-1, 4, 30, 44, 60}
	if got, want := shiftedColumns(xs, []float64{0, 0, 12, 12, 0}), []float64{-1, 4, 42, 56, 60}; !reflect.DeepEqual(got, want) {
		t.Errorf("shiftedColumns(12) = %v, want %v", got, want)
	}
	if got, want := shiftedColumns(xs, []float64{0, 0, 7, 20, 0}), []float64{-1, 4, 37, 64, 65}; !reflect.DeepEqual(got, want) {
		t.Errorf("shiftedColumns(7, 20) = %v, want %v (the right edge stays right of the last boundary)", got, want)
	}
	if got := shiftedColumns(xs, nil); !reflect.DeepEqual(got, xs) {
		t.Errorf("shiftedColumns(nil) = %v, want xs", got)
	}
}

// TestRoleCost: a row read with every cell one column off (a unit in the
// time column, a time in none) pays for it, whatever its positions.
func TestRoleCost(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleLead}, {Key: model.RoleTimeframe}}
	ls := layoutLines(at(0, "1", 4, "Tổ chức thực hiện", 42, "Sở Tư pháp", 56, "Năm 2025"))
	rr := &rowReader{xs: []float64{-1, 4, 41, 55, 70}, sp: newLayoutSplitter(cols, make([]float64, len(cols)), []layoutPage{{lines: ls}}, nil),
		lines: ls, cache: pieceCache{}, marker: true}
	cost := func(cols ...int) float64 {
		rr.chosen = []*lineReading{{cols: cols, frags: rr.fragsOf(0, cols)}}
		return rr.roleCost()
	}
	right := cost(0, 1, 1, 1, 1, 2, 2, 2, 3, 3)
	off := cost(0, 1, 1, 1, 1, 3, 3, 3, 3, 3) // the lead empty, the unit and the time in the time column
	if right != 0 || !(off > right) {
		t.Errorf("roleCost: right %v, one column off %v: want 0 and more", right, off)
	}
	rr.marker = false
	if got := cost(0, 1, 1, 1, 1, 3, 3, 3, 3, 3); got != 0 {
		t.Errorf("roleCost of a row going on from the page before = %v, want 0: its cells' starts are elsewhere", got)
	}
}

// TestTimeOffColumn: a cell opening with a time's words after an empty time
// cell is a time read a column off, but in the content or an extra column.
func TestTimeOffColumn(t *testing.T) {
	note, extra := &colModel{role: model.RoleNote, kind: colOther}, &colModel{role: model.KeyExtra, kind: colOther}
	funding, lead := &colModel{role: model.RoleFunding, kind: colFunding}, &colModel{role: model.RoleLead, kind: colUnit}
	content := &colModel{role: model.RoleContent, kind: colContent}
	for _, tc := range []struct {
		col  *colModel
		text string
		want bool
	}{
		{note, "Tháng", true}, // "Tháng" / "11/2026"
		{note, "Cả năm", true},
		{funding, "Dịp Tết Nguyên", true}, // an occasion read as the funding
		{lead, "Quý III/2026", true},
		{note, "Lồng ghép chương trình", false}, // a note's own words
		{funding, "Ngân sách tỉnh", false},
		{extra, "Năm 2026", false},  // a target's year: the extra column's own
		{content, "Tháng 5", false}, // a content may say when
	} {
		if got := timeOffColumn(tc.col, pieceOf(tc.text)); got != tc.want {
			t.Errorf("timeOffColumn(%s, %q) = %v, want %v", tc.col.role, tc.text, got, tc.want)
		}
	}
}

// TestOpenedWithNext: a cell's first line of one word is read with the
// next line's first word, in a copy, so that "Ngân" / "sách phường" opens
// a funding cell and the fragment's own traits stay as they were.
func TestOpenedWithNext(t *testing.T) {
	for _, tc := range []struct {
		lines   []string
		funding cellStartKind
	}{
		{[]string{"Ngân", "sách phường"}, startUsual},     // broken by a narrow column
		{[]string{"Ngân"}, startOther},                    // nothing to read it with: a bank's, as far as it says
		{[]string{"Ngân", "Hàng"}, startOther},            // the next line opens its own text
		{[]string{"Ngân sách", "phường"}, startUsual},     // two words: read as they stand
		{[]string{"Ngân hàng", "chính sách"}, startOther}, // a bank's name opens a unit
	} {
		ps := make([]*piece, len(tc.lines))
		for i, l := range tc.lines {
			ps[i] = pieceOf(l)
		}
		before := *ps[0].traits
		if got := openedWithNext(ps).fundingStart; got != tc.funding {
			t.Errorf("openedWithNext(%q).fundingStart = %v, want %v", tc.lines, got, tc.funding)
		}
		if *ps[0].traits != before {
			t.Errorf("openedWithNext(%q) changed the first line's own traits", tc.lines)
		}
	}
}

// TestRoleCostTimeInNotes: a time read into the notes column beside an
// empty time cell ("Tháng" / "11/2026" past a boundary placed too far
// left) costs as a time elsewhere does.
func TestRoleCostTimeInNotes(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleLead}, {Key: model.RoleTimeframe}, {Key: model.RoleNote}}
	ls := layoutLines(at(0, "1", 4, "Tổ chức thực hiện", 42, "Sở Tư pháp", 56, "Tháng")) // "11/2026" below
	rr := &rowReader{xs: []float64{-1, 4, 41, 55, 70, 85}, sp: newLayoutSplitter(cols, make([]float64, len(cols)), []layoutPage{{lines: ls}}, nil),
		lines: ls, cache: pieceCache{}, marker: true}
	cost := func(cols ...int) float64 {
		rr.chosen = []*lineReading{{cols: cols, frags: rr.fragsOf(0, cols)}}
		return rr.roleCost()
	}
	right := cost(0, 1, 1, 1, 1, 2, 2, 2, 3)
	inNotes := cost(0, 1, 1, 1, 1, 2, 2, 2, 4)
	if got, want := inNotes-right, bandEmptyCost(model.RoleTimeframe)-bandEmptyCost(model.RoleNote)+costTimeElsewhere; math.Abs(got-want) > 1e-9 {
		t.Errorf("roleCost of the time in the notes column: %v more than in its own, want %v", got, want)
	}
}

func TestBestShift(t *testing.T) {
	peak := func(at float64, n int) func(float64) int {
		return func(s float64) int {
			if s == at {
				return n
			}
			return 1
		}
	}
	always := func(float64) bool { return true }
	for _, tc := range []struct {
		name  string
		count func(float64) int
		ok    func(float64) bool
		want  float64
	}{
		{"most texts start 12 characters right", peak(12, 5), always, 12},
		{"a peak within the header's drift is no shift", peak(2, 5), always, 0},
		{"a peak past maxHeaderShift is not looked at", peak(maxHeaderShift+1, 5), always, 0},
		{"a shift not allowed is not taken", peak(12, 5), func(s float64) bool { return s < 10 }, 0},
		{"no peak at all", func(float64) int { return 3 }, always, 0},
	} {
		if got := bestShift(tc.count, tc.ok); got != tc.want {
			t.Errorf("%s: bestShift = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestBandBoundaries(t *testing.T) {
	// Columns: number, content, lead, coordinating, time; the page puts
	// the lead at 30, the coordinating unit at 42, the time at 54.
	xs := []float64{-1, 4, 30, 42, 54, 80}
	for _, tc := range []struct {
		name  string
		lines []string
		want  [][]float64
	}{{
		"the band stands where its page's columns do",
		[]string{
			at(0, "1", 4, "Tổ chức thực hiện", 30, "Sở Tư pháp", 42, "Các sở", 54, "Năm 2025"),
			at(4, "các nhiệm vụ", 30, "tỉnh", 42, "ngành"),
		},
		nil,
	}, {
		"the band's cells stand six characters right of its page's",
		[]string{
			at(0, "1", 4, "Tổ chức thực hiện", 36, "Sở Tư pháp", 48, "Các sở", 60, "Năm 2025"),
			at(4, "các nhiệm vụ", 36, "tỉnh", 48, "ngành"),
		},
		// Ties both ways put each word alike; placing the starts at other
		// columns' edges would leave some column too narrow.
		[][]float64{{-1, 4, 35, 47, 59, 80}},
	}, {
		// pdftotext set the band's cells by what stands left of them: nine
		// characters left of its page's, as far as a row whose cells are
		// all narrower than their columns stands (a water plan's row).
		"the band's cells stand nine characters left of its page's",
		[]string{
			at(0, "1", 4, "Tổ chức", 21, "Sở Tư pháp", 33, "Các sở", 45, "Năm 2025"),
			at(4, "các việc", 21, "tỉnh", 33, "ngành"),
		},
		[][]float64{{-1, 4, 21, 33, 45, 80}, {-1, 4, 21, 33, 54, 80}, {-1, 4, 21, 42, 54, 80}},
	}, {
		// Units that start 13 characters right of the page's lead start
		// the lead's cell or the coordinating unit's: the page's boundaries
		// read them as the coordinating unit's, the band's as the lead's.
		"one cluster of starts, two columns it may be",
		[]string{
			at(0, "1", 4, "Tổ chức thực hiện", 43, "Sở Tư pháp", 62, "Năm 2025"),
			at(4, "các nhiệm vụ", 43, "Các sở"),
		},
		[][]float64{{-1, 4, 43, 62, 74, 80}},
	}, {
		// The first line runs the content, the lead and the coordinating
		// unit together; the coordinating unit goes on at 39, 3 left of
		// its page's column, and the time one space after it. Every place
		// of the lead's boundary cuts the first line's run: scored by the
		// starts alone (startsAfter), the band's boundaries stand at the
		// coordinating unit's and the time's starts, the lead's moved to
		// keep its column narrowestShifted wide; the other is
		// clusterBoundaries'.
		"a run-on first line, the lead's boundary cut by it everywhere",
		[]string{
			at(0, "1", 4, "Tổ chức thực hiện nhiệm vụ", 0, "Sở Tư", 0, "Các sở,", 51, "Quý"),
			at(4, "các nhiệm vụ", 39, "ban, ngành", 0, "IV"),
			at(39, "tỉnh"),
		},
		[][]float64{{-1, 4, 29, 39, 51, 80}, {-1, 4, 39, 51, 74, 80}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bandBoundaries(layoutLines(tc.lines...), xs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("bandBoundaries = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestStartsAfter(t *testing.T) {
	ls := layoutLines(
		at(0, "1", 4, "Tổ chức thực hiện nhiệm vụ", 0, "Sở Tư", 0, "Các sở,", 51, "Quý"),
		at(4, "các nhiệm vụ", 39, "ban, ngành"),
	)
	_, edge := columnEdges(ls)
	for _, tc := range []struct {
		x          float64
		want, full float64 // startsAfter's, columnEdges' edge
	}{
		{39, 1, 0.5}, // a start; the first line's run cut
		{30, 0, -0.5},
		{51, 1, 1},
		{45, 0, -0.5}, // the second line's run cut
	} {
		if got := startsAfter(ls)(tc.x); got != tc.want {
			t.Errorf("startsAfter(%v) = %v, want %v", tc.x, got, tc.want)
		}
		if got := edge(tc.x); got != tc.full {
			t.Errorf("edge(%v) = %v, want %v", tc.x, got, tc.full)
		}
	}
}

func TestNarrowestShifted(t *testing.T) {
	xs := []float64{-1, 4, 30, 50, 54, 80}
	for _, tc := range []struct {
		k    int
		want float64
	}{
		{3, 16},              // the lead, 20 wide: minShiftedShare of it
		{4, minShiftedWidth}, // the coordinating unit, 4 wide
		{5, minShiftedWidth}, // the last column: the right edge is the longest line's end
	} {
		if got := narrowestShifted(xs, tc.k); got != tc.want {
			t.Errorf("narrowestShifted(xs, %d) = %v, want %v", tc.k, got, tc.want)
		}
	}
}

func TestStartClusters(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  []float64
	}{
		{"a line's first run is no start", []string{at(4, "Tổ chức")}, nil},
		{"starts two apart are one", []string{at(4, "Tổ chức", 30, "Sở"), at(4, "các", 31, "tỉnh")}, []float64{30}},
		{"starts further apart are two", []string{at(4, "Tổ chức", 30, "Sở", 42, "Quý"), at(4, "các", 33, "tỉnh")}, []float64{30, 33, 42}},
		{"a word one space on starts nothing", []string{at(4, "Tổ chức", 0, "Sở", 42, "Quý")}, []float64{42}},
	} {
		if got := startClusters(layoutLines(tc.lines...)); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: startClusters = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestClusterBoundaries(t *testing.T) {
	xs := []float64{-1, 4, 30, 42, 54, 80}
	for _, tc := range []struct {
		name  string
		lines []string
		want  [][]float64
	}{{
		"no starts, nothing to place",
		[]string{at(0, "1", 4, "Tổ chức thực hiện nhiệm vụ của Sở")},
		nil,
	}, {
		// 40 may be the lead's (10 right) or the coordinating unit's (2
		// left), 52 the coordinating unit's (10 right) or the time's (2
		// left); the lead's and the coordinating unit's would leave the
		// coordinating unit's column too narrow (narrowestShifted). Next:
		// one start placed, the least shift first.
		"two starts, each at a column's edge, the least shift first",
		[]string{at(0, "1", 4, "Tổ chức", 40, "Các sở", 52, "Quý IV"), at(4, "các", 40, "ban")},
		[][]float64{{-1, 4, 30, 40, 52, 80}, {-1, 4, 30, 42, 52, 80}, {-1, 4, 30, 40, 54, 80}},
	}, {
		"a start no column reaches is left inside one",
		[]string{at(0, "1", 4, "Tổ chức", 19, "thực hiện", 44, "Các sở")},
		[][]float64{{-1, 4, 30, 44, 54, 80}},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := clusterBoundaries(layoutLines(tc.lines...), xs); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("clusterBoundaries = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRunOrderBoundaries: a tail page's crowded line ("lễ hội   thực
// phẩm   …") gets a column per run, in order, every way.
func TestRunOrderBoundaries(t *testing.T) {
	xs := []float64{-1, 4, 30, 42, 54, 80}
	for _, tc := range []struct {
		name string
		line string
		want [][]float64
	}{{
		"as many runs as columns: one way",
		at(0, "lễ hội", 9, "thực phẩm", 21, "Công", 28, "3/2026"),
		[][]float64{{-1, 0, 9, 21, 28, 80}}, // the number column left of them all
	}, {
		"runs that fit the columns: none",
		at(4, "lễ hội", 31, "thực phẩm", 43, "Công"),
		nil,
	}, {
		"one run: none",
		at(0, "lễ hội thực phẩm"),
		nil,
	}, {
		"fewer runs than columns: each choice of columns, in order",
		at(5, "lễ hội", 14, "Công"), // both in the content's column
		[][]float64{
			{-1, 5, 14, 80, 80, 80},
			{-1, 5, 14, 14, 80, 80},
			{-1, 5, 14, 14, 14, 80},
			{-1, 5, 5, 14, 80, 80},
			{-1, 5, 5, 14, 14, 80},
			{-1, 5, 5, 5, 14, 80},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			if got := runOrderBoundaries(layoutLine(tc.line), xs, 0); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("runOrderBoundaries = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestMovesPastWord(t *testing.T) {
	ls := layoutLines(at(0, "1", 4, "Tổ chức thực hiện", 36, "Sở Tư pháp"))
	xs := []float64{-1, 4, 30, 60}
	for _, tc := range []struct {
		alt  []float64
		want bool
	}{
		{[]float64{-1, 4, 34, 60}, false}, // the unit still starts right of the boundary
		{[]float64{-1, 4, 38, 60}, true},  // the unit now starts left of it
		{[]float64{-1, 4, 30, 60}, false},
	} {
		if got := movesPastWord(ls, xs, tc.alt); got != tc.want {
			t.Errorf("movesPastWord(%v) = %v, want %v", tc.alt, got, tc.want)
		}
	}
}

func TestReadBand(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleLead}, {Key: model.RoleCoordinating}, {Key: model.RoleTimeframe}}
	xs := []float64{-1, 4, 30, 42, 54, 80}
	// This row's cells stand 14 characters right of its page's columns:
	// the lead's unit where the page's coordinating column starts.
	ls := layoutLines(
		at(0, "1", 4, "Tổ chức thực hiện các", 44, "Sở Tư pháp", 57, "Các sở,", 70, "Thường xuyên"),
		at(4, "nhiệm vụ của kế hoạch", 44, "tỉnh", 57, "ngành"),
	)
	costs := map[bool]float64{}
	for _, byBand := range []bool{false, true} {
		lo := &pdfLayout{cols: cols, byBand: byBand, noGlue: true, pieces: pieceCache{},
			reader: newLayoutSplitter(cols, make([]float64, len(cols)), []layoutPage{{lines: ls}}, nil)}
		rr := lo.readBand(ls, xs)
		want := xs
		if byBand {
			want = []float64{-1, 4, 43, 56, 69, 80}
		}
		if !reflect.DeepEqual(rr.xs, want) {
			t.Errorf("byBand %v: read at %v, want %v", byBand, rr.xs, want)
		}
		if want := [][]int{{0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4}, {1, 1, 1, 1, 1, 2, 3}}; !reflect.DeepEqual(rr.assigned, want) {
			t.Errorf("byBand %v: columns %v, want %v", byBand, rr.assigned, want)
		}
		costs[byBand] = rr.bandCost()
	}
	if costs[true] >= costs[false]-bandGain {
		t.Errorf("the band's own reading costs %.2f, the page's %.2f", costs[true], costs[false])
	}
}

func TestBandRead(t *testing.T) {
	ls := layoutLines(at(0, "1", 4, "Tổ chức thực hiện", 30, "Sở Tư pháp"))
	xs := []float64{-1, 4, 30, 60}
	rr := &rowReader{xs: xs, lines: ls}
	prior := &pdfLayout{bandReads: map[float64]*rowReader{ls[0].y: rr}}
	if got := prior.bandRead(ls, xs, perState); got != rr {
		t.Errorf("the prior reading's band at the same boundaries: %v", got)
	}
	if got := prior.bandRead(ls, []float64{-1, 4, 32, 60}, perState); got != nil {
		t.Errorf("at other boundaries: %v, want none", got)
	}
	// A form feed inside a line puts the next page's first line on the
	// same line number: another band, not the one read before.
	next := layoutLines(at(4, "các nhiệm vụ"))
	next[0].y = ls[0].y
	if got := prior.bandRead(next, xs, perState); got != nil {
		t.Errorf("another band on the same line number: %v, want none", got)
	}
	if got := (*pdfLayout)(nil).bandRead(ls, xs, perState); got != nil {
		t.Errorf("no prior reading: %v, want none", got)
	}
	// The reading returned searches more widely: the prior's will not do.
	if got := prior.bandRead(ls, xs, finalPerState); got != nil {
		t.Errorf("a wider search: %v, want none", got)
	}
}

func TestBondAcross(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleCoordinating}, {Key: model.RoleTimeframe}}
	// The coordinating cell and the time run on row after row away from
	// the header's boundaries, so the document bonds "tỉnh;" to "Thường"
	// as it bonds "Ủy" to "ban".
	var lines []string
	for range 3 {
		lines = append(lines,
			at(0, "1", 4, "Triển khai nền tảng số", 30, "Các sở, ngành tỉnh; Thường"),
			at(4, "cho người dân", 30, "Ủy ban nhân dân xuyên"))
	}
	ls := layoutLines(lines...)
	pages := []layoutPage{{lines: ls}}
	rr := &rowReader{xs: []float64{-1, 4, 30, 60, 80}, sp: newLayoutSplitter(cols, make([]float64, len(cols)), pages, nil),
		lines: ls[:2], cache: pieceCache{}}
	if got := rr.sp.bonds.bond("tỉnh;", "Thường"); got == 0 {
		t.Fatal(`"tỉnh; Thường" is not bonded: the test needs it`)
	}
	thuong, xuyen := len(ls[0].words)-1, len(ls[1].words)-1
	if got := rr.sp.bonds.bond("dân", "xuyên"); got == 0 {
		t.Fatal(`"dân xuyên" is not bonded: the test needs it`)
	}
	for _, tc := range []struct {
		i, j, k int
		zero    bool
	}{
		{0, thuong, 3, true},  // a time's words opening the time column: no bond holds them
		{0, thuong, 2, false}, // into another column the bond holds
		{1, 4, 2, false},      // "Ủy | ban" into the coordinating column
		{1, 4, 3, false},      // "ban" opens no time
		{1, xuyen, 3, true},   // "dân | xuyên": a time's second word going on in the time column
		{1, xuyen, 2, false},  // … but not into another column
	} {
		if got := rr.bondAcross(tc.i, tc.j, tc.k); (got == 0) != tc.zero {
			t.Errorf("bondAcross(%d, %d, %d) = %.2f", tc.i, tc.j, tc.k, got)
		}
	}
}

func TestIsTimeSecondWord(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"xuyên", true},
		{"xuyên,", true}, // "Thường xuyên, hằng năm"
		{"năm", true},
		{"Quý", true},
		{"ban", false},
		{"2025", false},
		{"", false},
	} {
		if got := isTimeSecondWord(tc.w); got != tc.want {
			t.Errorf("isTimeSecondWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestBrokenColumnNumbersInLayout: the row of column numbers, its "(1)"
// broken before the ")" by a narrow number column, ends the header and is
// no row's text.
func TestBrokenColumnNumbersInLayout(t *testing.T) {
	lines := layoutLines(
		at(0, "TT", 8, "Nội dung nhiệm vụ", 32, "Cơ quan chủ trì", 50, "Thời gian"),
		at(0, "(1", 16, "(2)", 38, "(3)", 54, "(4)"),
		at(1, ")"),
		at(1, "1", 4, "Rà soát các thủ tục", 32, "Sở Tư pháp", 50, "Năm 2026"))
	if start, end := findUnruledHeader(lines); start != 0 || end != 1 {
		t.Errorf("findUnruledHeader = %d, %d; want 0, 1", start, end)
	}
	got := dropColumnNumbers(lines[1:])
	if len(got) != 1 || got[0].text() != lines[3].text() {
		t.Errorf("dropColumnNumbers kept %d lines, want the row's alone", len(got))
	}
}

func TestHeaderFloor(t *testing.T) {
	lines := linesOf("Người", "đứng", "đầu chịu", "trách", "nhiệm")
	if got, want := headerFloor(lines), float64(textWidth("đầu chịu")); got != want {
		t.Errorf("headerFloor = %v, want the widest line's %v", got, want)
	}
	if got := headerFloor(linesOf("ĐƠN VỊ CHỦ TRÌ ĐƠN VỊ")); got != 0 {
		t.Errorf("one line: headerFloor = %v, want 0 (it may run on with its neighbours')", got)
	}
	lo := &pdfLayout{headFloors: []float64{0, 3400, 0}, headCaps: []float64{0, 5000, 2000}}
	if got, want := lo.bounded([]float64{9000, 3000, 2500}), []float64{9000, 3400, 2000}; !slices.Equal(got, want) {
		t.Errorf("bounded = %v, want %v", got, want)
	}
}

func TestCrossingCost(t *testing.T) {
	frag := func(col int, x0 float64) readingFrag { return readingFrag{col: col, x0: x0, x1: x0 + 5} }
	for _, tc := range []struct {
		name  string
		above []readingFrag
		below []readingFrag
		want  int // crossings
	}{
		{"columns side by side", []readingFrag{frag(1, 6), frag(3, 51), frag(4, 61)}, []readingFrag{frag(1, 6), frag(4, 61)}, 0},
		{"a line under the product read as the unit's", []readingFrag{frag(3, 51), frag(4, 61)}, []readingFrag{frag(3, 61)}, 1},
		{"… or right of it", []readingFrag{frag(4, 61)}, []readingFrag{frag(3, 63)}, 1},
		{"the line above crosses the one below", []readingFrag{frag(2, 67)}, []readingFrag{frag(3, 67)}, 1},
		{"one character left of the next column's start", []readingFrag{frag(4, 61)}, []readingFrag{frag(3, 60)}, 0},
	} {
		got := crossingCost(&lineReading{frags: tc.above}, &lineReading{frags: tc.below})
		if want := costCrossing * float64(tc.want); got != want {
			t.Errorf("%s: crossingCost = %v, want %v", tc.name, got, want)
		}
	}
	if got := crossingCost(nil, &lineReading{frags: []readingFrag{frag(3, 61)}}); got != 0 {
		t.Errorf("no line above: crossingCost = %v, want 0", got)
	}
}

func TestOpensMergedHeading(t *testing.T) {
	xs := []float64{-1, 4, 40, 60, 80}
	for _, tc := range []struct {
		line textLine
		want bool
	}{
		{layoutLine(at(26, "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")), true}, // centred across the table
		{layoutLine(at(10, "II.1. Tại khu dân cư")), true},          // a dotted subsection, sentence case
		{layoutLine(at(12, "B. NHIỆM VỤ CỤ THỂ")), true},            // a letter part
		{layoutLine(at(0, "I. CÔNG TÁC LÃNH ĐẠO")), false},          // in the number column: startsUnruledRow's
		{layoutLine(at(26, "I CÔNG TÁC LÃNH ĐẠO")), false},          // no full stop
		{layoutLine(at(26, "1. Tổ chức hội nghị")), false},          // a task number holds cells
		{layoutLine(at(26, "a. Rà soát")), false},                   // so does a letter
		{layoutLine(at(10, "V. Rà soát", 45, "Sở Tư pháp")), false}, // two cells: a row's, not one across
		{layoutLine(at(10, "I. các văn bản")), false},               // no title's capital
		{layoutLine(at(10, "I.")), false},
	} {
		if got := opensMergedHeading(tc.line, xs, 0); got != tc.want {
			t.Errorf("opensMergedHeading(%q) = %v, want %v", tc.line.text(), got, tc.want)
		}
	}
}

func TestBandEmptyCost(t *testing.T) {
	for _, tc := range []struct {
		role string
		want float64
	}{
		{model.RoleNote, costEmptyNote},       // most rows have no note
		{model.RoleTimeframe, costEmptyOther}, // most have a time
		{model.RoleLead, costEmptyLead},
	} {
		if got := bandEmptyCost(tc.role); got != tc.want {
			t.Errorf("bandEmptyCost(%q) = %v, want %v", tc.role, got, tc.want)
		}
	}
	if bandEmptyCost(model.RoleNote) >= bandEmptyCost(model.RoleTimeframe) {
		t.Error("an empty notes cell must cost a band less than an empty time cell")
	}
}

// TestFindUnruledHeaderAfterTitle: a title line naming two heads ("CÁC
// NHIỆM VỤ", "MỤC TIÊU") is one run of words and opens no table; the
// header below it does.
func TestFindUnruledHeaderAfterTitle(t *testing.T) {
	lines := layoutLines(
		at(7, "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO"),
		at(22, "(Kèm theo Kế hoạch số 129/KH-UBND ngày 20/02/2026)"),
		at(0, "STT", 14, "Nội dung hoạt động", 46, "Cơ quan chủ trì", 64, "Thời hạn"),
		at(1, "I", 6, "Hỗ trợ phát triển sản xuất"),
	)
	if start, end := findUnruledHeader(lines); start != 2 || end != 3 {
		t.Errorf("findUnruledHeader = %d, %d; want 2, 3", start, end)
	}
}

// TestFindUnruledHeaderStackedTop: a narrow portrait table stacks its
// heads word by word, so the header's top line ("Số", "Cơ", "Thời") holds
// no whole head but the openings of five; the header starts there, not at
// the line below where "TT" and "phối hợp" first make whole heads.
func TestFindUnruledHeaderStackedTop(t *testing.T) {
	lines := layoutLines(
		at(0, "(Kèm theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh)"),
		at(1, "Số Nội dung nhiệm", 23, "Cơ", 29, "Cơ quan", 42, "Thời", 51, "Kết"),
		at(1, "TT", 11, "vụ", 23, "quan phối hợp", 42, "gian", 51, "quả"),
		at(23, "chủ trì", 42, "thực", 49, "đầu ra"),
		at(1, "I", 5, "CHĂM SÓC SỨC KHỎE"),
	)
	if start, end := findUnruledHeader(lines); start != 1 || end != 4 {
		t.Errorf("findUnruledHeader = %d, %d; want 1, 4", start, end)
	}
}

func TestHeaderLineAbove(t *testing.T) {
	header := []string{at(1, "TT", 11, "vụ", 23, "quan phối hợp"), at(23, "chủ trì")}
	for _, tc := range []struct {
		name string
		line string
		gap  int // blank lines between it and the header
		want bool
	}{
		{"openings of heads", at(1, "Số Nội dung", 23, "Cơ", 29, "Cơ quan"), 0, true},
		{"a blank line apart", at(1, "Số Nội dung", 23, "Cơ", 29, "Cơ quan"), 1, false},
		{"one run: a title", at(1, "NỘI DUNG NHIỆM VỤ CƠ QUAN CHỦ TRÌ"), 0, false},
		{"a word opening no head", at(1, "Số Nội dung", 23, "Tỉnh", 29, "Cơ quan"), 0, false},
		{"a heading block's two sides", at(1, "ỦY BAN NHÂN DÂN", 30, "CỘNG HÒA XÃ HỘI"), 0, false},
	} {
		var texts []string
		texts = append(texts, tc.line)
		for range tc.gap {
			texts = append(texts, "")
		}
		ls := layoutLines(append(texts, header...)...)
		if got := headerLineAbove(ls[0], ls[1+tc.gap:]); got != tc.want {
			t.Errorf("%s: headerLineAbove(%q) = %v, want %v", tc.name, tc.line, got, tc.want)
		}
	}
}

func TestHeadOpenings(t *testing.T) {
	for _, tc := range []struct {
		line string
		want int
	}{
		{"Số Nội dung nhiệm Cơ Cơ quan Thời Kết", 6},
		{"STT Nội dung công việc Đơn vị thực hiện", 3},
		{"Số Nội dung Tỉnh", 0},
		{"", 0},
	} {
		if got := headOpenings(tokenizeHeader(linesOf(tc.line))); got != tc.want {
			t.Errorf("headOpenings(%q) = %d, want %d", tc.line, got, tc.want)
		}
	}
}

func TestStandsApart(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{at(7, "DANH MỤC CÁC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU"), false},
		{at(0, "STT", 14, "Nội dung hoạt động Cơ quan chủ trì"), true},
		{at(0, "Nội dung nhiệm vụ Đơn vị chủ trì Thời gian"), false},
	} {
		if got := standsApart(layoutLines(tc.line)[0]); got != tc.want {
			t.Errorf("standsApart(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestGoesOnWholeHead(t *testing.T) {
	for _, tc := range []struct {
		line     string
		lastHead int // token index of the head phrase matched before
		at       int
		want     bool
	}{
		{"Nội dung hoạt động", 0, 2, true},  // a capitalised whole head goes on in lowercase
		{"chủ trì phối hợp", 0, 2, false},   // a lower line of heads run on
		{"Nội dung Hoạt động", 0, 2, false}, // a capital opens its own
		{"NỘI DUNG HOẠT ĐỘNG", 0, 2, false}, // capitals tell nothing
		{"hoạt động", -1, 0, false},         // no head before
	} {
		toks := tokenizeHeader(linesOf(tc.line))
		if got := goesOnWholeHead(toks, tc.lastHead, tc.at); got != tc.want {
			t.Errorf("goesOnWholeHead(%q, %d, %d) = %v, want %v", tc.line, tc.lastHead, tc.at, got, tc.want)
		}
	}
}

func TestReadRowDateRunsOn(t *testing.T) {
	// A narrow time cell's "tháng 5" runs on past the column's end, the
	// "5" under the funding column's head, where a number opens a cell:
	// the date's words stay together (cutsDate).
	read := testReader([]float64{0, 4, 30, 37, 50}, nil, model.RoleContent, model.RoleTimeframe, model.RoleFunding)
	got := read(
		at(0, "5", 4, "Quan trắc độ mặn tại", 30, "Từ", 44, "1.200"),
		at(4, "các cửa sông, cống", 30, "tháng 12"),
		at(4, "lấy nước", 30, "đến"),
		at(4, "", 33, "tháng 5"),
		at(4, "", 30, "năm sau"),
	)
	want := [][]int{{0, 1, 1, 1, 1, 1, 2, 3}, {1, 1, 1, 1, 2, 2}, {1, 1, 2}, {2, 2}, {2, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columns\n%v\nwant\n%v", got, want)
	}
}

func TestBondedHeadWords(t *testing.T) {
	checkPairRule(t, "bondedHeadWords", bondedHeadWords, []pairCase{
		{"thực", "hiện", true},
		{"hoàn", "thành", true},
		{"Phối", "hợp", true},
		{"trì", "phối", false}, // two heads run on
		{"hợp", "hoàn", false},
	})
}

// TestDatesAcrossLines: a date's unit word that wants its number, at the
// end of a cell's line, holds to the number opening the line below it
// (verticalBond); a whole time ("Hằng tháng") or a line that opens with
// no number does not.
func TestDatesAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		prev, line string
		want       bool
	}{
		{"đến ngày", "30/4/2027", true},
		{"Trước ngày", "15/12 hằng năm", true},
		{"vào ngày", "15/6", true},
		{"đến ngày tự", "30/4/2027", false}, // the notes' word run on after the unit word
		{"Hằng tháng", "95%", false},        // a whole time, the product's share beside it
		{"đến ngày", "Thí sinh", false},
		{"cải cách hành chính năm", "2032 của Sở", true}, // a year's word and its year (yearAcrossLines)
		{"Báo cáo năm", "2032,", true},
		{"hành chính năm Sở", "2032 của Sở", false},
		{"Hằng năm", "95%", false},
		{"chính năm", "12 tháng", false},
	} {
		if got := datesAcrossLines(pieceOf(tc.prev), pieceOf(tc.line)); got != tc.want {
			t.Errorf("datesAcrossLines(%q, %q) = %v, want %v", tc.prev, tc.line, got, tc.want)
		}
	}
}

// TestRunOnCutRules: the words a cut inside a run of words one space apart
// must not part (cutsDate, leavesUnitHead, leavesSign, cutsRange), and
// the ones it must (amountAfterDate), asked of the cut before word j.
func TestRunOnCutRules(t *testing.T) {
	rules := map[string]func([]word, int) bool{"cutsDate": cutsDate, "leavesUnitHead": leavesUnitHead, "leavesSign": leavesSign, "cutsRange": cutsRange, "cutsCount": cutsCount, "amountAfterDate": amountAfterDate, "wordAfterDate": wordAfterDate, "endsWithWholeTime": endsWithWholeTime}
	for _, tc := range []struct {
		rule, line string
		j          int
		want       bool
	}{
		{"cutsDate", "tháng 5 năm sau", 1, true},
		{"cutsDate", "Mùng 10 tháng Giêng", 3, true},  // a lunar month's name
		{"cutsDate", "Tháng 4 - tháng 200", 4, false}, // no month: the amount beside (dateNumberMax)
		{"cutsDate", "Tháng 4 - tháng 10", 4, true},
		{"cutsDate", "Trước ngày 32", 2, false},
		{"cutsDate", "Quý 4", 1, true},
		{"cutsDate", "Trước ngày 30/6", 2, true},
		{"cutsDate", "Quý II", 1, true},
		{"cutsDate", "hằng năm 2026", 2, false},                       // a content cell's end before a year
		{"cutsDate", "nâng cấp Năm 2027", 3, true},                    // a capitalised "Năm" opens the time with its year
		{"cutsDate", "nâng cấp Năm học", 3, false},                    // no year after it
		{"cutsDate", "tháng Sở Y tế", 1, false},                       // no number
		{"cutsDate", "tháng    5", 1, false},                          // apart: not run on
		{"leavesUnitHead", "sạt lở đất Viện Địa chất", 4, true},       // "Viện" opens the lead's name
		{"leavesUnitHead", "chuẩn nghèo Sở Y tế", 3, true},            // "Sở" too
		{"leavesUnitHead", "Các đơn vị thuộc Bộ Chính phủ", 5, false}, // "thuộc Bộ": the ministry, whole
		{"leavesUnitHead", "Truyền hình tỉnh; Sở Tin, bài", 4, false}, // "…; Sở": the cell's next unit, named below
		{"leavesUnitHead", "Cổng phòng Sở huyện, thị", 3, false},      // "Văn phòng Sở": the department's office, whole
		{"leavesUnitHead", "Thanh tra Sở Văn phòng", 3, false},        // "Thanh tra Sở"
		{"leavesUnitHead", "sạt lở đất viện Địa chất", 4, false},      // lowercase: no head
		{"leavesUnitHead", "sạt lở đất Viện     Địa chất", 4, false},  // apart: not run on
		{"leavesSign", "trẻ em mẫu giáo 5 ≥ 99,5%", 6, true},          // the target's sign left behind
		{"leavesSign", "các khoản thu ≤ 10%", 4, true},
		{"leavesSign", "mẫu giáo 5 ≥ 99,5%", 3, false},    // the cut before the sign keeps it with its number
		{"leavesSign", "mẫu giáo 5 ≥    99,5%", 4, false}, // apart: not run on
		{"leavesSign", "năm 2026 - 2027", 3, false},       // a range's dash after its first end goes on the range
		{"leavesSign", "tinh, - 12/2027", 2, true},        // a dash with no first end before it wants the number after it
		{"leavesSign", "tinh, - Sở", 2, false},
		{"leavesSign", "Kế hoạch - 2096 - 2097", 3, false}, // a range after the dash with its own dash: the dash is the name's (opensOwnRange)
		{"leavesSign", "Kế hoạch - 2096 -", 3, false},      // … its end on the line below
		{"leavesSign", "Kế hoạch - 2096    - 2097", 3, true},
		{"leavesSign", "Kế hoạch - 2096", 3, true},
		{"cutsCount", "cơ quan 6 tháng, năm", 3, true},       // a count parted from its unit
		{"cutsCount", "trong 05 ngày làm việc", 2, true},     // … a day's
		{"cutsCount", "Định kỳ 2 lần/năm", 3, false},         // "lần/năm" is no bare unit
		{"cutsCount", "kinh phí 500 Tháng 4/2027", 3, false}, // a capitalised month may open the time after an amount
		{"cutsCount", "cơ quan 6 tháng", 2, false},           // before the count: it goes with its unit
		{"cutsCount", "Báo cáo 2026 tháng", 3, false},        // a year is no count
		{"cutsCount", "cơ quan 6    tháng", 3, false},        // apart: not run on
		{"cutsRange", "Tháng 10 - Quyết", 2, true},           // the range's dash goes on "Tháng 10"
		{"cutsRange", "giai đoạn 2026 – Thường", 3, true},    // an en dash too
		{"cutsRange", "Tháng 10 - Quyết", 3, false},          // after the dash: the range broken, its end below
		{"cutsRange", "cấp tỉnh - Báo cáo", 2, false},        // no number before: a bullet may open the next cell
		{"cutsRange", "Quý II - 600.000.000", 2, true},       // a quarter's numeral opens a range too
		{"cutsRange", "Tháng 10    - Báo cáo", 2, false},     // apart: not run on
		// an amount after a date is the funding cell's, cut off the time (amountAfterDate)
		{"amountAfterDate", "Tháng 4/2027 40", 2, true}, {"amountAfterDate", "Năm 2027 1.200", 2, true},
		{"amountAfterDate", "2026 2027", 1, false}, {"amountAfterDate", "Tháng 4 40", 2, false}, {"amountAfterDate", "quý 40", 1, false},
		// a word after a date is the next cell's, but for those a time goes on with (wordAfterDate)
		{"wordAfterDate", "05/9/2054 chính", 1, true}, {"wordAfterDate", "01/9/2054 lập”", 1, true}, {"wordAfterDate", "25/8/2054 Quốc", 1, true},
		{"wordAfterDate", "30/6/2026 và 31/12", 1, false}, {"wordAfterDate", "2026 trở đi", 1, false}, {"wordAfterDate", "15/12 hằng năm", 1, false},
		{"wordAfterDate", "20/8 đến 05/9", 1, false}, {"wordAfterDate", "12/2052 Quý I", 1, false},
		{"wordAfterDate", "05/9/2054    chính", 1, false}, {"wordAfterDate", "2054 (dự kiến)", 1, false},
		// a whole time ending a line is the time cell's, cut off the cell it ran on after (endsWithWholeTime)
		{"endsWithWholeTime", "Tôn giáo Quý I/2026", 2, true}, {"endsWithWholeTime", "các xã Năm 2026", 2, true},
		{"endsWithWholeTime", "Tôn giáo Thường xuyên", 2, true}, {"endsWithWholeTime", "các xã Hằng năm", 2, true},
		{"endsWithWholeTime", "các trường Học kỳ II năm 2026", 2, true}, // a school term
		{"endsWithWholeTime", "trong năm 2026", 1, false},               // lowercase: a content's phrase
		{"endsWithWholeTime", "Tôn giáo Quý I/2026 và", 2, false},       // the line goes on
		{"endsWithWholeTime", "Tôn giáo Thường xuyên theo dõi", 2, false},
		{"endsWithWholeTime", "Tháng Thanh niên", 1, false},       // an event, no date
		{"endsWithWholeTime", "Tôn giáo    Quý I/2026", 2, false}, // apart: not run on
	} {
		if got := rules[tc.rule](layoutLines(tc.line)[0].words, tc.j); got != tc.want {
			t.Errorf("%s(%q, %d) = %v, want %v", tc.rule, tc.line, tc.j, got, tc.want)
		}
	}
}

// TestCompletesBeforeSlash: a phrase whose words before its slash go on
// a cell's head, with a head opening after the slash, fits that cell.
func TestCompletesBeforeSlash(t *testing.T) {
	span := func(text string) span {
		var s span
		for _, w := range strings.Fields(text) {
			s.keys = append(s.keys, headerKeys(w)...)
			s.words = append(s.words, word{text: w})
		}
		return s
	}
	for _, tc := range []struct {
		cell, ph string
		want     bool
	}{
		{"Kết", "quả/Sản", true},
		{"Đơn vị", "chủ trì/Người", true}, // "Đơn vị chủ trì" or "Người …"
		{"Kết", "quả/Xấu", false},         // no head opens after the slash
		{"Cơ quan phối hợp", "quả/Sản", false},
		{"Kết", "quả", false}, // no slash: headFit's plain case
	} {
		if got := completesBeforeSlash(span(tc.cell), span(tc.ph)); got != tc.want {
			t.Errorf("completesBeforeSlash(%q, %q) = %v, want %v", tc.cell, tc.ph, got, tc.want)
		}
	}
}

// TestAddLexicon: a plan's common two-syllable words bond before any
// document prints them side by side; other pairs bond only as the
// document teaches.
func TestAddLexicon(t *testing.T) {
	wb := learnBonds([]layoutPage{{lines: layoutLines(
		at(4, "luật để sửa đổi, bổ", 40, "đơn vị thuộc Bộ"),
		at(4, "sung, thay thế", 40, "Vụ Pháp chế"),
	)}}, nil)
	before := []float64{wb.weakBond("bổ", "sung"), wb.weakBond("Sở", "Tư"), wb.weakBond("đơn", "vị")}
	wb.addLexicon()
	for i, tc := range []struct {
		a, b   string
		bonded bool
	}{
		{"bổ", "sung", true},   // broken over two lines, never side by side here: the lexicon's
		{"Sở", "Tư", false},    // no word of the lexicon, never side by side
		{"đơn", "vị", true},    // side by side once, the cut's own: the lexicon's
		{"vị", "thuộc", false}, // two words
		{"giai", "đoạn", true}, // a period ("giai đoạn 2056 - 2060"), never printed here
		{"pháp", "chế", true},  // plansWords: "Vụ Pháp chế"
		{"thị", "trấn", true},
		{"tác", "xã", true},    // plansWords: "Hợp tác xã", a cooperative
		{"cảnh", "sát", true},  // fieldWords: "Phòng Cảnh sát hình sự"
		{"phóng", "sự", true},  // fieldWords: a product "phóng sự"
		{"pháp", "lý", false},  // left out: "tư pháp" / "lý lịch" read as one
		{"liên", "kết", false}, // left out: "liên" / "quan" against "tổng kết"
	} {
		got := wb.weakBond(tc.a, tc.b)
		if (got > 0) != tc.bonded {
			t.Errorf("weakBond(%q, %q) after addLexicon = %v, want bonded %v", tc.a, tc.b, got, tc.bonded)
		}
		if i < len(before) && before[i] != 0 {
			t.Errorf("weakBond(%q, %q) before addLexicon = %v, want 0", tc.a, tc.b, before[i])
		}
	}
}

// TestAddCapitalizedLexicon: the lexicon's words bond with their first
// syllable in capitals too, as names print them ("Sở Tài" / "chính"),
// once addCapitalizedLexicon has added them; other pairs do not.
func TestAddCapitalizedLexicon(t *testing.T) {
	wb := learnBonds([]layoutPage{{lines: layoutLines(at(4, "Sở Tài", 40, "Các sở"))}}, nil)
	wb.addLexicon()
	cases := []struct {
		a, b   string
		bonded bool
	}{
		{"Tài", "chính", true},    // a department's name broken after its capital
		{"Thường", "xuyên", true}, // a time's first line
		{"Công", "nghệ", true},    // "Cục Công" / "nghệ"
		{"tài", "chính", true},    // as before
		{"Sở", "Tài", false},      // no word of the lexicon
		{"Chính", "sách", true},   // "Ngân hàng Chính" / "sách xã hội"
		{"Tài", "Chính", false},   // the second syllable as printed: lowercase
		{"Cảnh", "sát", true},     // fieldWords: "(Phòng Cảnh" / "sát hình sự)"
	}
	for _, tc := range cases {
		if got := wb.weakBond(tc.a, tc.b); tc.a != strings.ToLower(tc.a) && got != 0 {
			t.Errorf("weakBond(%q, %q) before addCapitalizedLexicon = %v, want 0", tc.a, tc.b, got)
		}
	}
	wb.addCapitalizedLexicon()
	for _, tc := range cases {
		if got := wb.weakBond(tc.a, tc.b); (got > 0) != tc.bonded {
			t.Errorf("weakBond(%q, %q) = %v, want bonded %v", tc.a, tc.b, got, tc.bonded)
		}
	}
}

// TestPlansWords: plansWords holds two lowercase syllables per entry, none
// already in namePairs or compoundPairs, and none a known pair of
// cell-block text (withCompoundPairs), whose widths they would move.
func TestPlansWords(t *testing.T) {
	known := map[[2]string]bool{}
	for _, p := range append(append([][2]string{}, namePairs...), compoundPairs...) {
		known[p] = true
	}
	pairs := wordPairs{newHashSet(8)}.withNamePairs().withCompoundPairs()
	seen := map[[2]string]bool{}
	for _, p := range plansWords {
		for _, w := range p {
			if w != strings.ToLower(w) || strings.ContainsAny(w, " ,;") || w == "" {
				t.Errorf("plansWords %q: %q is no lowercase syllable", p, w)
			}
		}
		if known[p] || seen[p] {
			t.Errorf("plansWords %q listed twice", p)
		}
		seen[p] = true
		if pairs.has(pairHash(p[0]), pairHash(p[1])) {
			t.Errorf("plansWords %q is a known pair of cell-block text", p)
		}
	}
}

// TestConjoinsObjectWord covers a word wanting its object run on into a
// conjunction.
func TestConjoinsObjectWord(t *testing.T) {
	checkPairRule(t, "conjoinsObjectWord", conjoinsObjectWord, []pairCase{
		{"tại", "và", true}, {"của", "hoặc", true}, {"các", "và", true}, {"Về", "và", true}, // no phrase reads so
		{"trong", "và", false}, {"trước", "và", false}, // a pair with its opposite ("trong và ngoài nước")
		{"em", "và", false}, {"tại", "các", false}, {"tại", "Và", true}, {"", "và", false},
		{"và", "và", true}, {"hoặc", "và", true}, {"và", "các", false}, // nor a conjunction twice
	})
}

// TestHeadBeforeLowercase covers a department's head before a lowercase
// word.
func TestHeadBeforeLowercase(t *testing.T) {
	checkPairRule(t, "headBeforeLowercase", headBeforeLowercase, []pairCase{
		{"Sở", "chuyên", true}, {"Cục", "kiểm", true}, // a cell's last word beside the next column's line
		{"Sở", "Tư", false}, {"sở", "chuyên", false}, {"Bộ", "tiêu", false}, // a name, a lowercase noun, a set ("Bộ tiêu chí")
		{"Sở", "ngành", false}, {"Sở", "hữu", false}, {"Cục", "bộ", false}, {"Sở", "ngành,", false}, {"Sở", "-", false},
	})
}

// TestSmallWordCapitalisedInRun covers a linking word written with a capital
// after a word a sentence goes on from.
func TestSmallWordCapitalisedInRun(t *testing.T) {
	checkPairRule(t, "smallWordCapitalisedInRun", smallWordCapitalisedInRun, []pairCase{
		{"chuẩn", "Các", true}, {"lực", "Những", true}, {"ngành", "Về", true}, // a unit's or a heading's opening beside the content
		{"chuẩn", "các", false}, {"xã;", "Các", false}, {"năm.", "Các", false}, {"2026", "Các", false}, // small, or after a sentence's or a list's end, or a number
		{"phát", "Xã", true}, {"vườn", "Phường", true}, {"Xây", "Thôn", true}, {"ban", "Huyện", false}, {"phát", "xã", false}, {"phát", "XÃ", false}, // a place's level opens a place's cell; "Huyện ủy" is a name
		{"Sở", "Các", true}, {"phận", "Một", false}, {"dân", "CÁC", false}, {"chuẩn", "Cục", false}, // after a name too; a name's "Một"; capitals; no linker
	})
}

// TestMeasuresNoNumber covers a unit of measure after a word that is no
// number.
func TestMeasuresNoNumber(t *testing.T) {
	checkPairRule(t, "measuresNoNumber", measuresNoNumber, []pairCase{
		{"đồng", "ha", true}, {"tự", "ha", true}, {"vững", "km", true}, {"sản", "tấn;", true}, // a target's unit beside the content
		{"45.000", "ha", false}, {"1.200", "ha;", false}, {"(20", "km)", false}, // after its number
		{"đồng", "hạ", false}, {"đồng", "hai", false}, {"", "ha", true},
	})
}

// pairCase is two words side by side and what a rule says of them.
type pairCase struct {
	a, b string
	want bool
}

// checkPairRule runs rule, named name, on each case's two words and
// checks its answer.
func checkPairRule(t *testing.T, name string, rule func(a, b string) bool, cases []pairCase) {
	t.Helper()
	for _, tc := range cases {
		if got := rule(tc.a, tc.b); got != tc.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCarriedCost: the first line of a band going on a row from the page
// before earns, in a column whose cell goes on there, what a cell's next
// line earns from the line above it; nothing in a column with no cell
// there, and nothing without a row.
func TestCarriedCost(t *testing.T) {
	cols := []model.Column{{Key: model.RoleNumber}, {Key: model.RoleContent}, {Key: model.RoleFunding}, {Key: model.RoleNote}}
	ls := layoutLines(at(5, "cây xanh", 56, "xuất xe"))
	doc := layoutLines(at(5, "Hỗ trợ doanh nghiệp sản xuất xe điện"))
	rr := &rowReader{xs: []float64{-1, 4, 40, 55, 70}, sp: newLayoutSplitter(cols, make([]float64, len(cols)), []layoutPage{{lines: doc}}, nil),
		lines: ls, cache: pieceCache{}}
	frag := func(col int) readingFrag { return rr.fragsOf(0, []int{1, 1, col, col})[1] }
	if got := rr.carriedCost(frag(3)); got != 0 {
		t.Errorf("carriedCost without carried cells = %v, want 0", got)
	}
	rr.carried = []*piece{nil, pieceOf("Trồng"), pieceOf("Nguồn xã hội hóa"), pieceOf("Phối hợp với doanh nghiệp sản")}
	note, funding := rr.carriedCost(frag(3)), rr.carriedCost(frag(2))
	if !(note < 0) || funding != 0 {
		t.Errorf("carriedCost of \"xuất xe\": after the note's \"… sản\" %v (want < 0), after the funding's \"… hóa\" %v (want 0)", note, funding)
	}
	rr.carried[3] = nil
	if got := rr.carriedCost(frag(3)); got != 0 {
		t.Errorf("carriedCost in a column with no cell on the page before = %v, want 0", got)
	}
}

// TestBandEndCost: a band's last line ends the cells it holds, so a cell
// left dangling there ("… Môi trường có") costs, unless a page break
// follows the band, where any cell may go on.
func TestBandEndCost(t *testing.T) {
	reading := func(texts ...string) *lineReading {
		r := &lineReading{}
		for i, s := range texts {
			if s != "" { // "": an empty cell
				r.frags = append(r.frags, readingFrag{col: i, p: pieceOf(s)})
			}
		}
		return r
	}
	for _, tc := range []struct {
		name  string
		ended bool
		line  *lineReading
		want  float64
	}{
		{"a dangling lead", true, reading("1", "bàn tỉnh", "có"), costDanglingEnd},
		{"its word given to the cell it opens", true, reading("1", "bàn tỉnh", "", "có hồ, đập"), 0},
		{"before a page break", false, reading("1", "bàn tỉnh", "có"), 0},
		{"a whole name", true, reading("1", "bàn tỉnh", "Môi trường"), 0},
	} {
		rr := &rowReader{numCol: 0, ended: tc.ended}
		if got := rr.bandEndCost(tc.line); got != tc.want {
			t.Errorf("%s: bandEndCost = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestKnownPairCost: a line going on a cell with two words the document
// prints side by side elsewhere earns costKnownPair; a bullet, or words
// never side by side, earn nothing.
func TestKnownPairCost(t *testing.T) {
	rr := &rowReader{sp: &splitter{pairs: wordPairs{newHashSet(0)}.with([][2]string{{"Tài", "chính"}})}}
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		{"Sở Tài", "chính", costKnownPair},
		{"Sở Tài", "- chính", 0},
		{"Sở Tài", "nguyên", 0},
	} {
		if got := rr.knownPairCost(pieceOf(tc.prev), pieceOf(tc.p)); got != tc.want {
			t.Errorf("knownPairCost(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}
