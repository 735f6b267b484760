package parser

import (
	"os"
	"strings"
	"testing"

	"annex/model"
)

func TestVerifyText(t *testing.T) {
	body := linesOf("1 Tổ chức nghiên cứu", "Kế hoạch số 05-", "KH/TU", "Trước ngày 30/11/2", "025")
	plan := func(cells ...string) *model.Plan {
		it := &model.Item{Kind: model.KindTask, Number: "1"}
		for _, c := range cells {
			it.Cells = append(it.Cells, model.Cell{Key: model.RoleContent, Text: c})
		}
		return &model.Plan{Items: []*model.Item{it}}
	}
	for _, tc := range []struct {
		name  string
		cells []string
		want  []string // message prefixes
	}{
		{"all there, joined", []string{"Tổ chức nghiên cứu Kế hoạch số 05-KH/TU", "Trước ngày 30/11/2025"}, nil},
		{"a word lost", []string{"Tổ chức nghiên Kế hoạch số 05-KH/TU", "Trước ngày 30/11/2025"}, []string{"text lost: 1 word(s)"}},
		{"a word twice", []string{"Tổ chức nghiên cứu cứu Kế hoạch số 05-KH/TU", "Trước ngày 30/11/2025"}, []string{"text invented: 1 word(s)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws := verifyText(body, plan(tc.cells...))
			if len(ws) != len(tc.want) {
				t.Fatalf("got %v, want %d warnings", ws, len(tc.want))
			}
			for i, w := range ws {
				if !strings.HasPrefix(w.Message, tc.want[i]) {
					t.Errorf("warning %q, want prefix %q", w.Message, tc.want[i])
				}
			}
		})
	}
}

// TestNoTextLost checks, over every corpus file, that every word of the
// table body is in the output exactly once: by the run-time check, and
// independently by comparing the expected answer's words with the output's.
func TestNoTextLost(t *testing.T) {
	eachCorpusFile(t, corpusTextFiles(t), func(t *testing.T, name string, data []byte, expected string) {
		p, err := ParseText(name, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range p.Warnings {
			if strings.HasPrefix(w.Message, "text ") {
				t.Errorf("%s: %s", name, w)
			}
		}
		got, want := wordCounts(t, asExpected(t, p)), wordCounts(t, loadExpected(t, expected))
		for w, n := range want {
			if got[w] != n {
				t.Errorf("%s: %q appears %d times, expected %d", name, w, got[w], n)
			}
		}
	})
}

func wordCounts(t testing.TB, e expectedPlan) map[string]int {
	counts := map[string]int{}
	var walk func(items []map[string]any)
	walk = func(items []map[string]any) {
		for _, it := range items {
			for k, v := range it {
				if s, ok := v.(string); ok && k != "kind" {
					for _, w := range wordsOf(s) {
						counts[w]++
					}
				}
			}
			walk(asItems(it["items"]))
		}
	}
	walk(e.Items)
	return counts
}

// TestBulletsStartParagraphs checks that every dash bullet ("- " and a
// capital) in the corpus output starts a paragraph of its own.
func TestBulletsStartParagraphs(t *testing.T) {
	for _, f := range corpusTextFiles(t) {
		data, _ := os.ReadFile(f[0])
		p, err := ParseText(f[0], data)
		if err != nil {
			t.Fatal(err)
		}
		bullets := 0
		p.Walk(func(it *model.Item, _ []*model.Item) {
			for _, c := range it.Cells {
				for _, para := range strings.Split(c.Text, "\n") {
					for i := strings.Index(para, " - "); i >= 0 && i+1 < len(para); i = nextIndex(para, " - ", i+1) {
						if !isBulletStart(para[i+1:]) || isCodeWord(firstWord(para[i+3:])) {
							continue
						}
						t.Errorf("%s: item %s: bullet inside a paragraph: %q", f[0], it.Number, para[i:min(len(para), i+30)])
					}
					if isBulletStart(para) {
						bullets++
					}
				}
			}
		})
		if strings.Contains(f[0], "seed") && bullets != 5 {
			t.Errorf("%s: %d bullet paragraphs, want 5 (IV.1.a has 2, VI.4 has 3)", f[0], bullets)
		}
	}
}

func nextIndex(s, sub string, from int) int {
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}

// TestSameWords checks the fast path against what the exact count says:
// the same words in any order and any line breaking are the same; a word
// lost, doubled or changed is not.
func TestSameWords(t *testing.T) {
	body := linesOf("1 Tổ chức nghiên cứu", "Kế hoạch số 05-", "KH/TU", "Sở Tư pháp")
	for _, tc := range []struct {
		name  string
		cells []string
		same  bool
	}{
		{"as printed", []string{"Tổ chức nghiên cứu Kế hoạch số 05-KH/TU", "Sở Tư pháp"}, true},
		{"other order and breaks", []string{"Sở Tư pháp", "Kế hoạch số 05-KH/TU\nTổ chức nghiên cứu"}, true},
		{"a word lost", []string{"Tổ chức nghiên Kế hoạch số 05-KH/TU", "Sở Tư pháp"}, false},
		{"a word twice", []string{"Tổ chức nghiên cứu cứu Kế hoạch số 05-KH/TU", "Sở Tư pháp"}, false},
		{"a word changed", []string{"Tổ chức nghiên cứu Kế hoạch số 05-KH/TU", "Sở Tư Pháp"}, false},
		{"hyphen moved", []string{"Tổ chức nghiên cứu Kế hoạch số 05KH/TU-", "Sở Tư pháp"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			it := &model.Item{Kind: model.KindTask, Number: "1"}
			for _, c := range tc.cells {
				it.Cells = append(it.Cells, model.Cell{Key: model.RoleContent, Text: c})
			}
			p := &model.Plan{Items: []*model.Item{it}}
			if got := sameWords(body, p); got != tc.same {
				t.Errorf("sameWords = %v, want %v", got, tc.same)
			}
			if exact := len(verifyText(body, p)) == 0; exact != tc.same {
				t.Errorf("verifyText finds no difference = %v, want %v", exact, tc.same)
			}
		})
	}
}

// TestWordDigestAdd checks that the digest's own word loop splits text as
// eachWord does, and that wordHash tells apart words that differ only past
// their first eight bytes.
func TestWordDigestAdd(t *testing.T) {
	for _, text := range []string{"", " ", "-", "a-b", "--x", "05-\nKH/TU", " \t\ra\fb\vc- ", "Ủy ban nhân dân tỉnh-", "x"} {
		var got, want wordDigest
		got.add(text)
		eachWord(text, func(w string) { want.word(wordHash(w)) })
		if got != want {
			t.Errorf("add(%q) = %+v, eachWord's words give %+v", text, got, want)
		}
	}
	if wordHash("12345678a") == wordHash("12345678b") || wordHash("abc") == wordHash("abc\x00") {
		t.Error("wordHash collides on words that differ")
	}
}
