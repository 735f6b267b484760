package parser

import (
	"math"
	"reflect"
	"testing"
)

// layoutLine builds a text line from column-aligned text, one rune a
// character, as the layout path does.
func layoutLine(s string) textLine { return textLine{words: layoutWords(s, 0)} }

func TestLayoutWords(t *testing.T) {
	ws := layoutWords("1   Sở Tư pháp", 0)
	var got []string
	for _, w := range ws {
		got = append(got, w.text)
	}
	if want := []string{"1", "Sở", "Tư", "pháp"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("words %q, want %q", got, want)
	}
	// Columns count runes, not bytes: "Sở" is two characters wide.
	if ws[1].x0 != 4 || ws[1].x1 != 6 || ws[2].x0 != 7 {
		t.Errorf("columns %+v", ws[1:3])
	}
}

func TestLineSegments(t *testing.T) {
	for _, tc := range []struct {
		line string
		want [][2]int
	}{
		{"Sở Tư pháp", [][2]int{{0, 3}}},
		{"1   Xây dựng   Sở Tư pháp", [][2]int{{0, 1}, {1, 3}, {3, 6}}},
		{"a  b", [][2]int{{0, 1}, {1, 2}}}, // two spaces already part cells
	} {
		var got [][2]int
		for _, s := range lineSegments(layoutLine(tc.line).words) {
			got = append(got, [2]int{s.from, s.to})
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: segments %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestLooksColumnAligned(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"1    Xây dựng kế hoạch    Sở Tư pháp\n     triển khai\n", true},
		{"1\nXây dựng kế hoạch\nSở Tư pháp\n", false},
		{"Xây dựng  kế hoạch\n", false}, // justified text: two spaces, never four
		{"", false},
		{"      \n1\nXây dựng\n", false},          // lines of lone spaces
		{"Xây dựng     \nkế hoạch\n", false},      // trailing spaces
		{"a\n    b    c\nd\ne\n", true},           // one line in four with a gap inside
		{"a\nb\nc\nd\ne\nf\n    g    h\n", false}, // one line in seven
	} {
		if got := looksColumnAligned([]byte(tc.text)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestUnitStartNear(t *testing.T) {
	// Columns: content at 0, lead unit at 30, time at 50.
	xs := []float64{0, 30, 50, 70}
	units := []int{1}
	for _, tc := range []struct {
		line    string
		k       int // the word that may start a unit
		wantCol int
		wantOK  bool
	}{
		{"Triển khai thực hiện nhiệm vụ Sở Tư pháp", 6, 1, true},
		// Led into by a connector: a name inside the sentence.
		{"Triển khai thực hiện cùng của Sở Tư pháp", 6, 0, false},
		// Far from the unit column.
		{"Triển khai Sở Tư pháp", 2, 0, false},
		// A single word is too little evidence.
		{"Triển khai thực hiện nhiệm vụ Sở", 6, 0, false},
		// Lowercase: the sentence goes on.
		{"Triển khai thực hiện nhiệm vụ sở tư pháp", 6, 0, false},
	} {
		ws := layoutLine(tc.line).words
		col, ok := unitStartNear(ws, tc.k, len(ws), xs, units)
		if ok != tc.wantOK || (ok && col != tc.wantCol) {
			t.Errorf("%q at word %d (x=%v): col %d ok %v, want %d %v", tc.line, tc.k, ws[tc.k].x0, col, ok, tc.wantCol, tc.wantOK)
		}
	}
}

func TestAlignedColumnsSplitsRunOnCells(t *testing.T) {
	// The content's long line leaves one space before the unit; the
	// second line shows where the unit column starts.
	xs := []float64{0, 4, 34, 52, 70}
	ls := []textLine{
		layoutLine("1   Triển khai thực hiện nhiệm vụ Sở Tư pháp        Thường xuyên"),
		layoutLine("    của tỉnh                      và UBND cấp huyện"),
	}
	got := alignedColumnsTime(ls, xs, 3, []int{2})
	want := [][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3}, {1, 1, 2, 2, 2, 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columns %v, want %v", got, want)
	}
}

func TestAlignedColumnsSplitsRunOnUnitAlone(t *testing.T) {
	// A one-line row: no other line shows where the unit column starts,
	// so the unit's name near the header's boundary decides.
	xs := []float64{0, 4, 34, 52, 70}
	ls := []textLine{layoutLine("1   Triển khai thực hiện nhiệm vụ Sở Tư pháp        Thường xuyên")}
	want := [][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3}}
	if got := alignedColumnsTime(ls, xs, 3, []int{2}); !reflect.DeepEqual(got, want) {
		t.Errorf("columns %v, want %v", got, want)
	}
	// Without unit columns the name stays in the content.
	if got := alignedColumnsTime(ls, xs, 3, nil); got[0][7] != 1 {
		t.Errorf("without unit columns: %v", got)
	}
}

func TestMarkTimes(t *testing.T) {
	for _, tc := range []struct {
		line  string
		above float64
		want  []bool
	}{
		{"Các sở, ban,  Thường", math.NaN(), []bool{false, true}},
		{"ngành tỉnh;   xuyên", 14, []bool{false, true}}, // under "Thường": the time cell's next line
		{"ngành tỉnh;   xuyên", 30, []bool{false, false}},
		{"Quý IV  ngành tỉnh", 0, []bool{true, false}},
	} {
		ws := layoutLine(tc.line).words
		segs := lineSegments(ws)
		markTimes(segs, ws, tc.above)
		var got []bool
		for _, s := range segs {
			got = append(got, s.time)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q above %v: %v, want %v", tc.line, tc.above, got, tc.want)
		}
	}
}

func TestAssignSegmentsPrefersTimeColumn(t *testing.T) {
	// pdftotext moved the time cell left, into the coordinating column's
	// range; it still reads as a time.
	xs := []float64{0, 10, 30, 50, 70}
	segs := []segment{{x0: 11, x1: 28, col: -1}, {x0: 31, x1: 42, col: -1}, {x0: 44, x1: 50, col: -1, time: true}}
	if got := assignSegments(segs, xs, 3, nil); !reflect.DeepEqual(got, []int{1, 2, 3}) {
		t.Errorf("with a time column: %v", got)
	}
	if got := assignSegments(segs, xs, -1, nil); !reflect.DeepEqual(got, []int{1, 2, 2}) {
		t.Errorf("without: %v", got)
	}
}

// at places texts at character columns, one space at least between them.
func at(parts ...any) string {
	var b []rune
	for i := 0; i+1 < len(parts); i += 2 {
		x, s := parts[i].(int), parts[i+1].(string)
		for len(b) < x {
			b = append(b, ' ')
		}
		b = append(b, []rune(s)...)
	}
	return string(b)
}

func TestAlignedColumnsTimeCutOffContinues(t *testing.T) {
	// The time cell runs on after the coordinating cell with one space, on
	// both of its lines: the first line's "Sau khi" reads as a time, and
	// the second line's "chế của TW" starts right under it.
	xs := []float64{0, 4, 30, 55, 75}
	ls := []textLine{
		layoutLine(at(0, "1", 4, "Ban hành quy chế phối hợp", 30, "Văn phòng Ban Chỉ huy Sau khi có Quy")),
		layoutLine(at(4, "thay thế quy chế cũ", 31, "và cơ quan liên quan", 52, "chế của TW")),
	}
	if ls[0].words[12].text != "Sau" || ls[1].words[10].x0 != ls[0].words[12].x0 {
		t.Fatalf("fixture: %q at %v, %q at %v", ls[0].words[12].text, ls[0].words[12].x0, ls[1].words[10].text, ls[1].words[10].x0)
	}
	got := alignedColumnsTime(ls, xs, 3, []int{2})
	want := [][]int{{0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3}, {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3}}
	// Line 1 starts a cell under the time cut off inside line 0.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columns\n%v\nwant\n%v", got, want)
	}
}

func TestAssignSegmentsPrefersUnitColumn(t *testing.T) {
	// Three spaces after a long content line, a lead unit's name starts a
	// little left of the lead column's boundary.
	ws := layoutLine(at(0, "1", 4, "Rà soát báo cáo cấp có thẩm quyền", 40, "Sở Giáo dục", 58, "Quý I")).words
	segs := lineSegments(ws)
	markUnits(segs, ws)
	if len(segs) != 4 || !segs[2].unit || segs[1].unit || segs[3].unit {
		t.Fatalf("segments %+v", segs)
	}
	xs := []float64{0, 4, 44, 56, 70}
	if got := assignSegments(segs, xs, 3, []int{2}); !reflect.DeepEqual(got, []int{0, 1, 2, 3}) {
		t.Errorf("with the unit column: %v", got)
	}
	if got := assignSegments(segs, xs, 3, nil); !reflect.DeepEqual(got, []int{0, 1, 1, 3}) {
		t.Errorf("without: %v", got)
	}
}
