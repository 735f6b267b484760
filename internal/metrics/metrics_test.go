package metrics

import "testing"

func TestTextWidth(t *testing.T) {
	if a, b := TextWidth("mmm"), TextWidth("iii"); a <= 2*b {
		t.Errorf("m should be much wider than i: %d vs %d", a, b)
	}
	if TextWidth("Học") != TextWidth("Hoc") {
		t.Error("diacritics add no advance")
	}
	if TextWidth("Đ") != TextWidth("D") {
		t.Error("Đ is as wide as D")
	}
	if TextWidth("") != 0 || TextWidth("a b") != TextWidth("a")+SpaceWidth+TextWidth("b") {
		t.Error("widths add up")
	}
}

func TestWrapLines(t *testing.T) {
	w := TextWidth("Các sở, ban, ngành")
	for _, tc := range []struct {
		text  string
		width int
		want  int
	}{
		{"", w, 1},
		{"Các sở, ban, ngành", w, 1},
		{"Các sở, ban, ngành có liên quan", w, 2},
		{"Một\nHai", w, 2},
	} {
		if got := WrapLines(tc.text, tc.width); got != tc.want {
			t.Errorf("WrapLines(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func TestWrapLongWord(t *testing.T) {
	word, w := "Siêudàiquákhôngvừamộtdòngnàocả", TextWidth("Siêu")
	want := (TextWidth(word) + w - 1) / w // a word wider than the column breaks over lines
	if got := WrapLines(word, w); got != want {
		t.Errorf("WrapLines = %d, want %d", got, want)
	}
}

// TestTextWidthFastPaths holds the cached two- and three-byte paths to
// runeWidth for every character below U+2000, and a few past it.
func TestTextWidthFastPaths(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		if got, want := TextWidth(string(r)), runeWidth(r); got != want {
			t.Fatalf("TextWidth(%q) = %d, runeWidth = %d", r, got, want)
		}
	}
	if TextWidth("\xe1\xbb") != 2*runeWidth(0xfffd) {
		t.Error("a cut three-byte letter is two bad bytes")
	}
}
