package parser

import (
	"os"
	"path/filepath"
	"slices"
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

func plainHasBrackets(text string) bool { return strings.ContainsAny(text, "()") }

func plainAwaitsCharge(text string) bool {
	ws := strings.Fields(text)
	n := len(ws)
	if n < 2 || !namesCharged(ws[n-2], ws[n-1]) {
		return false
	}
	return n < 5 || !slices.Contains([]string{"thành viên", "thường trực", "giúp việc"}, strings.ToLower(ws[n-5]+" "+ws[n-4]))
}

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
			{"isNamedDate", isNamedDate(s), isNamedDateForm(s)},
			{"isAmountWord", isAmountWord(s), isAmountForm(s)},
			{"isItemStart", isItemStart(s), itemStarts[s]},
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

// TestPruneUnseen checks that a column keeps only the cells seen in
// minSeenRows rows or more, which are all seenCellCost counts, and no map
// when none is left.
func TestPruneUnseen(t *testing.T) {
	col := colModel{seen: map[[maxAloneLines]string]int{{"Sở Y tế"}: minSeenRows, {"Công an tỉnh"}: minSeenRows - 1, {"Ủy ban nhân dân", "tỉnh"}: minSeenRows + 1}}
	p := pieceOf("Công an tỉnh")
	before := seenCellCost(&col, p)
	pruneUnseen(&col)
	if len(col.seen) != 2 || seenCellCost(&col, p) != before || seenCellCost(&col, pieceOf("Sở Y tế")) != costSeenCell {
		t.Errorf("pruneUnseen kept %v; costs must not change", col.seen)
	}
	col.seen = map[[maxAloneLines]string]int{{"Sở Y tế"}: 1}
	if pruneUnseen(&col); col.seen != nil {
		t.Errorf("pruneUnseen left %v, want no map", col.seen)
	}
}
