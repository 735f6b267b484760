package parser

import "testing"

func TestRuneSet(t *testing.T) {
	s := newRuneSet(".,;”…")
	for r, want := range map[rune]bool{'.': true, ';': true, '”': true, '…': true, 'a': false, 'ệ': false, '“': false, -1: false, 0x7f: false} {
		if got := s.has(r); got != want {
			t.Errorf("has(%q) = %v, want %v", r, got, want)
		}
	}
	if !s.hasByte(',') || s.hasByte(0xe2) || s.hasByte('x') {
		t.Error("hasByte: only the ASCII characters of the set")
	}
	for in, want := range map[string]string{"Sở,;.": "Sở", "abc": "abc", ".,": "", "": "", "x”": "x”"} {
		if got := s.trimRight(in); got != want {
			t.Errorf("trimRight(%q) = %q, want %q", in, got, want)
		}
	}
}
