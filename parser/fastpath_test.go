package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The evidence functions run on every line, so several take a fast path
// (a first byte that rules the answer out, a hash worked out once). Each
// must answer as its plain definition, kept here, on every line and word
// of the seed and the corpus texts.

func plainBeforeLastWord(text string) string {
	text = strings.TrimRight(text, " ")
	return strings.TrimRight(text[:len(text)-len(lastWord(text))], " ")
}

func plainEndsComrade(text string) bool {
	if isComrade(lastWord(text), wordBeforeLast(text)) {
		return true
	}
	rest := beforeLastWord(text)
	return rest != "" && isComrade(lastWord(rest), wordBeforeLast(rest))
}

func plainIsDateOnly(text string) bool {
	body := strings.TrimRight(text, ".,;:")
	for i := 0; i < len(body); i++ {
		if b := body[i]; !isDigitByte(b) && b != '/' && b != '-' && b != ' ' {
			return false
		}
	}
	return body != "" && hasYearOrDate(body)
}

func plainIsNamedDate(text string) bool {
	body := strings.TrimRight(text, ".,;:")
	first, rest, ok := strings.Cut(body, " ")
	if !ok || !dateUnitWords.has(lowerHash(first)) && lowerHash(first) != hHoc {
		return false
	}
	year := false
	for rest != "" {
		var f string
		f, rest, _ = strings.Cut(rest, " ")
		roman, after, _ := strings.Cut(f, "/")
		switch {
		case f == "", f == "-", f == "–":
		case dateUnitWords.has(lowerHash(f)), schoolDateWords.has(lowerHash(f)):
		case romanValue(roman) > 0 && (after == "" || isDateOnly(after)):
			year = year || after != ""
		case isDateOnly(f):
			year = true
		default:
			return false
		}
	}
	return year
}

func plainIsAmountWord(w string) bool {
	w, frac, hasFrac := strings.Cut(strings.TrimRight(w, ".,;"), ",")
	if hasFrac && !isDigits(frac) {
		return false
	}
	head, rest, dotted := strings.Cut(w, ".")
	if !isDigits(head) || len(head) > 3 && dotted {
		return false
	}
	for dotted {
		var g string
		g, rest, dotted = strings.Cut(rest, ".")
		if len(g) != 3 || !isDigits(g) {
			return false
		}
	}
	return true
}

func plainHasBrackets(text string) bool { return strings.ContainsAny(text, "()") }

func plainAwaitsCharge(text string) bool { return namesCharged(wordBeforeLast(text), lastWord(text)) }

// fastPathInputs returns every line of the seed and the corpus texts, the
// words of each, and a few made-up edge cases.
func fastPathInputs(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	files = append(files, "../seeds/000_a1139260fa9e1465.txt")
	out := []string{"", " ", "a ", "  b", "12", "12.", "...", ",5", "1.234,5", "(1)", ")", "Đ/c", "Đồng chí A", "Đ/c A B",
		"Năm 2026", "Năm", "Năm.", "Năm học 2025 - 2026", "Học kỳ I năm 2026", "Quý IV/2025.", "30/6/2026", "- 2025", " 2025",
		"Ban Chỉ huy", "Chỉ đạo", "Công ty cổ phần", "Ủy ban nhân dân", "Sở Xây dựng; Công an", "Ủy", "Uỷ", "UBND", "Ủy ban", "ủy"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range readLines(data) {
			out = append(out, l.text)
			out = append(out, strings.Fields(l.text)...)
		}
	}
	return out
}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range fastPathInputs(t) {
		h := lowerHash(lastWord(s))
		checks := []struct {
			name       string
			fast, want any
		}{
			{"beforeLastWord", beforeLastWord(s), plainBeforeLastWord(s)},
			{"trimRightSpaces", trimRightSpaces(s), strings.TrimRight(s, " ")},
			{"endsComrade", endsComrade(s), plainEndsComrade(s)},
			{"isDateOnly", isDateOnly(s), plainIsDateOnly(s)},
			{"isNamedDate", isNamedDate(s), plainIsNamedDate(s)},
			{"isAmountWord", isAmountWord(s), plainIsAmountWord(s)},
			{"isItemStart", isItemStart(s), itemStarts[s]},
			{"awaitsLevelL", awaitsLevelL(s, h), awaitsLevel(s)},
			{"awaitsCompanyNameL", awaitsCompanyNameL(s, h), awaitsCompanyName(s)},
			{"awaitsChargeL", awaitsChargeL(s, h), plainAwaitsCharge(s)},
			{"bracketDepths", func() bool { low, end := bracketDepths(s); return low != 0 || end != 0 }() && !plainHasBrackets(s), false},
		}
		for _, c := range checks {
			if c.fast != c.want {
				t.Errorf("%s(%q) = %v, its plain definition says %v", c.name, s, c.fast, c.want)
			}
		}
	}
}

// TestPieceOfRecurringText checks that a text met again gets the pieces
// makePieceIn makes of it, whatever the lines beside it later changed in
// the first one's traits.
func TestPieceOfRecurringText(t *testing.T) {
	tab := &table{}
	for _, text := range []string{"Các sở, ban", "ngành có liên", "Thường xuyên", "Ban Chỉ", "huy"} {
		var tr1, tr2, want traits
		first := tab.pieceOf(line{text: text, num: 1, page: 1}, &tr1)
		tr1.dangling, tr1.unitStart, tr1.timeLike = !tr1.dangling, startTail, !tr1.timeLike // as the across-lines readings do
		again := tab.pieceOf(line{text: text, num: 9, page: 2}, &tr2)
		fresh := makePieceIn(text, line{text: text, num: 9, page: 2}, &want)
		if *again.traits != want || again.w != fresh.w || again.fw != fresh.fw || again.src != fresh.src || again.text != text {
			t.Errorf("pieceOf(%q) again = %+v %+v, makePieceIn gives %+v %+v", text, again, *again.traits, fresh, want)
		}
		if first.traits != &tr1 || again.traits != &tr2 {
			t.Errorf("pieceOf(%q) must write the traits where it is told", text)
		}
	}
}
