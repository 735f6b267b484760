package parser

import (
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestCheckText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t\n ", ErrEmpty},
		{"nul", "STT\x00", ErrBinary},
		{"controls", strings.Repeat("\x01\x02abc", 10), ErrBinary},
		{"bad utf-8", "STT\n\xff\xfe", ErrUTF8},
		{"text", "PHỤ LỤC\f\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := checkText([]byte(tc.in)); !errors.Is(err, tc.want) {
				t.Errorf("checkText = %v, want %v", err, tc.want)
			}
		})
	}
	if err := checkText([]byte("a\nb\n\xff")); err == nil || !strings.HasPrefix(err.Error(), "line 3:") {
		t.Errorf("invalid UTF-8 error %v should name line 3", err)
	}
}

// TestScanText checks scanText's validation against unicode/utf8's on the
// sequences its fast path takes and on those it leaves to DecodeRune.
func TestScanText(t *testing.T) {
	for _, tc := range []struct {
		in                string
		controls, invalid int
	}{
		{"Nội dung nhiệm vụ", 0, -1},
		{"a\tb\r\n\v\f", 0, -1},
		{"a\x01b\x1b", 2, -1},
		{"\xc3", 0, 0},              // a two-byte letter cut short
		{"ab\xe1\xbb", 0, 2},        // a three-byte letter cut short
		{"\xc0\x80", 0, 0},          // overlong
		{"\xe0\x80\xaf", 0, 0},      // overlong three-byte
		{"x\xed\xa0\x80", 0, 1},     // surrogate
		{"\xed\x9f\xbf", 0, -1},     // U+D7FF, last before surrogates
		{"\xef\xbf\xbd", 0, -1},     // U+FFFD itself is valid
		{"\xf0\x9f\x98\x80", 0, -1}, // four bytes
		{"\xf4\x90\x80\x80", 0, 0},  // past U+10FFFF
		{"ok \xe1\xba", 0, 3},
	} {
		controls, invalid := scanText([]byte(tc.in))
		if controls != tc.controls || invalid != tc.invalid {
			t.Errorf("scanText(%q) = %d, %d; want %d, %d", tc.in, controls, invalid, tc.controls, tc.invalid)
		}
		if (invalid < 0) != utf8.ValidString(tc.in) {
			t.Errorf("scanText(%q) disagrees with utf8.ValidString", tc.in)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  Chỉ  thị  số ":      "Chỉ thị số",
		"Ho\u0323c":            "Học", // decomposed → NFC
		"tab\there\u00a0nbsp ": "tab here nbsp",
		"\u200bzero width":     "zero width",
		"":                     "",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadLines(t *testing.T) {
	ls := readLines([]byte("\ufeffPHỤ LỤC \r\n\r\n \nSTT\n\fII\nx\fy\n"))
	var got []string
	for _, l := range ls {
		got = append(got, l.text+"@"+strconv.Itoa(l.num)+"/"+strconv.Itoa(l.page)+map[bool]string{true: "ff", false: ""}[l.ff])
	}
	want := "PHỤ LỤC@1/1 STT@4/1 II@5/2ff x@6/2 y@6/3ff"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// FuzzScanText holds scanText to unicode/utf8 on any bytes.
func FuzzScanText(f *testing.F) {
	for _, s := range []string{"Nội dung", "\xc3", "\xed\xa0\x80", "a\x01\xf0\x9f\x98\x80"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, invalid := scanText(data)
		want := -1
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				want = i
				break
			}
			i += size
		}
		if invalid != want {
			t.Fatalf("scanText(%q) first invalid at %d, want %d", data, invalid, want)
		}
	})
}

func TestLineShape(t *testing.T) {
	for _, tc := range []struct {
		s           string
		tidy, plain bool
	}{
		{"", true, true},
		{"a", true, true},
		{"Sở Tư pháp", true, true},
		{"ĐỊA ƯƠ ỹ", true, true},
		{"“Hàng” – 2025", true, true},
		{"Sở  Tư", false, true}, // two spaces
		{" a", false, true},
		{"a ", false, true},
		{"a\tb", false, true},
		{"a\x01b", false, true},
		{"a\u2028b", false, true}, // general punctuation, but a space
		{"a\u205fb", false, true},
		{"a\u00a0b", false, false}, // left to normalize, which folds it
		{"a\u2003b", false, false},
		{"e\u0301", false, false}, // a combining accent
		{"日本", false, false},
	} {
		tidy, plain := lineShape(tc.s)
		if tidy != tc.tidy || plain != tc.plain {
			t.Errorf("lineShape(%q) = %v, %v; want %v, %v", tc.s, tidy, plain, tc.tidy, tc.plain)
		}
		if plain && tidy != isTidy(tc.s) {
			t.Errorf("lineShape(%q): tidy %v, isTidy %v", tc.s, tidy, isTidy(tc.s))
		}
	}
}

func TestReadLinesNormalizesEachLine(t *testing.T) {
	// Lines normalised one by one read as the whole text normalised once.
	decomposed := norm.NFD.String("Tổ chức thực hiện\nSở Tư  pháp\fĐơn vị\u00a0chủ trì\r\n")
	texts := []string{decomposed, "\ufeffa\u2028b\nc  d\n"}
	for _, name := range []string{"../seeds/000_a1139260fa9e1465.txt", "../testdata/corpus/hanoi_310/lo-portrait.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range texts {
		whole := strings.TrimPrefix(norm.NFC.String(text), "\ufeff")
		var want []string
		for _, raw := range strings.Split(whole, "\n") {
			for _, part := range strings.Split(raw, "\f") {
				if f := foldSpace(part); f != "" {
					want = append(want, f)
				}
			}
		}
		var got []string
		for _, l := range readLines([]byte(text)) {
			got = append(got, l.text)
		}
		if !slices.Equal(got, want) {
			t.Errorf("readLines(%.40q…) = %q…, want %q…", text, got[:min(3, len(got))], want[:min(3, len(want))])
		}
	}
}
