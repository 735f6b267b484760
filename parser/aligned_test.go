package parser

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// layoutLine builds a text line from column-aligned text, one rune a
// character, as the layout path does.
func layoutLine(s string) textLine { return textLine{words: layoutWords(s, 0)} }

// layoutLines makes text lines of column-aligned lines, one below the
// other (y = 1, 2 …).
func layoutLines(ls ...string) []textLine {
	out := make([]textLine, len(ls))
	for i, s := range ls {
		out[i] = textLine{words: layoutWords(s, float64(i+1)), y: float64(i + 1)}
	}
	return out
}

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
		{"      \n1\nXây dựng\n", false},                            // lines of lone spaces
		{"Xây dựng     \nkế hoạch\n", false},                        // trailing spaces
		{"a\n    b    c\nd\ne\n", true},                             // one line in four with a gap inside
		{"a\nb\nc\nd\ne\nf\n    g    h\n", false},                   // one line in seven
		{"1 Xây dựng kế hoạch Sở Tư pháp\n     triển khai\n", true}, // run on, then indented
	} {
		if got := looksColumnAligned([]byte(tc.text)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestRunsOn(t *testing.T) {
	ws := layoutLine("Sở Tư pháp   Thường xuyên").words
	for j, want := range []bool{false, true, true, false, true} {
		if got := runsOn(ws, j); got != want {
			t.Errorf("runsOn(%q) = %v, want %v", ws[j].text, got, want)
		}
	}
}

func TestUnglue(t *testing.T) {
	xs := []float64{0, 5, 40, 52, 70}
	for _, tc := range []struct {
		line string
		want []string
	}{
		// "dựng" ends the lead cell, "Các" opens the coordinating one at 52.
		{at(40, "Sở Xây dựngCác sở, ban"), []string{"Sở", "Xây", "dựng", "Các", "sở,", "ban"}},
		{at(46, "banBáo cáo"), []string{"banBáo", "cáo"}},     // the seam at 49, no boundary there
		{at(48, "banBáo cáo"), []string{"ban", "Báo", "cáo"}}, // the seam at 51
		{at(50, "VNeID"), []string{"VNeID"}},                  // one lowercase letter before the capital
		{at(49, "KH&CN"), []string{"KH&CN"}},
		{at(49, "ôiU"), []string{"ôiU"}}, // no letter after the capital
		{at(41, "30/11/2025UBND"), []string{"30/11/2025", "UBND"}},
		{at(50, "H5N1"), []string{"H5N1"}},
	} {
		var got []string
		for _, w := range unglue(layoutLine(tc.line).words, xs) {
			got = append(got, w.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("unglue(%q) = %q, want %q", strings.TrimSpace(tc.line), got, tc.want)
		}
	}
	ws := unglue(layoutLine(at(40, "Sở Xây dựngCác")).words, xs) // "dựng" at 47
	if ws[2].x1 != 51 || ws[3].x0 != 51 {
		t.Errorf("parted at %v|%v, want 51", ws[2].x1, ws[3].x0)
	}
}
