package parser

import (
	"errors"
	"strconv"
	"strings"
	"testing"
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
