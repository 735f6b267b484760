package parser

import (
	"reflect"
	"strings"
	"testing"
)

// headerTexts is each header cell's words, line by line.
func headerTexts(cols []span) []string {
	var out []string
	for _, c := range cols {
		var ws []string
		for _, w := range c.words {
			ws = append(ws, w.text)
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

func TestNumberedHeader(t *testing.T) {
	for _, tc := range []struct {
		name   string
		header []string
		body   []string
		want   []string
	}{{
		// "Bộ phận thực hiện" and "Phối hợp" run together one space apart
		// read as "Bộ phận phối hợp", one head of the vocabulary: five
		// cells for six numbers. "Phối" opens the second head with its
		// capital; "thực hiện" stands nearer "Bộ phận".
		"two heads run together on the top line",
		[]string{
			at(0, "TT", 6, "Nội dung công việc", 30, "Bộ phận Phối hợp", 50, "Kết quả", 62, "Thời gian"),
			at(29, "thực hiện"),
		},
		[]string{at(0, "(1)", 15, "(2)", 34, "(3)", 48, "(4)", 61, "(5)", 76, "(6)")},
		[]string{"TT", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp", "Kết quả", "Thời gian"},
	}, {
		"the same header with no row of numbers under it",
		[]string{
			at(0, "TT", 6, "Nội dung công việc", 30, "Bộ phận Phối hợp", 50, "Kết quả", 62, "Thời gian"),
			at(29, "thực hiện"),
		},
		[]string{at(0, "1", 4, "Xây dựng kế hoạch", 30, "Tổ trưởng")},
		[]string{"TT", "Nội dung công việc", "Bộ phận Phối hợp thực hiện", "Kết quả", "Thời gian"},
	}, {
		// The lower line run together one space apart; "triển khai", a
		// word of no head of the vocabulary, goes on "Sản phẩm", under
		// it, and then "dự kiến" reads as a cell of its own: seven cells
		// for six numbers. It goes on the nearest cell. (The numbers count
		// the cells, not which words they hold.)
		"a lower line's words standing apart",
		[]string{
			at(0, "STT", 10, "Nội dung công việc", 36, "Thời gian", 46, "Cơ quan", 54, "Cơ quan phối", 67, "Sản phẩm"),
			at(37, "thực hiện", 53, "chủ trì", 61, "hợp triển khai dự kiến"),
		},
		[]string{at(1, "(1)", 20, "(2)", 42, "(3)", 54, "(4)", 66, "(5)", 79, "(6)")},
		[]string{"STT", "Nội dung công việc", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm triển khai dự kiến"},
	}, {
		// A head the vocabulary does not know run on after "STT" one
		// space apart: the number's head names nothing more, so it is a
		// column of its own, with or without numbers under the header.
		"a head run on after the number's",
		[]string{
			at(0, "STT Lĩnh", 17, "Nội dung nhiệm vụ", 40, "Cơ quan", 52, "Thời hạn"),
			at(7, "vực", 40, "chủ trì"),
		},
		[]string{at(0, "1", 6, "Đất đai", 17, "Rút ngắn thời gian")},
		[]string{"STT", "Lĩnh vực", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"},
	}, {
		"a number's head in its words: one cell",
		[]string{at(0, "Số TT", 8, "Nội dung", 30, "Chủ trì")},
		[]string{at(0, "1", 8, "Xây dựng")},
		[]string{"Số TT", "Nội dung", "Chủ trì"},
	}, {
		"as many cells as numbers",
		[]string{at(0, "STT", 10, "Nội dung", 30, "Chủ trì", 42, "Thời gian")},
		[]string{at(0, "(1)", 14, "(2)", 32, "(3)", 46, "(4)")},
		[]string{"STT", "Nội dung", "Chủ trì", "Thời gian"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			ls := layoutLines(append(append([]string(nil), tc.header...), tc.body...)...)
			got := headerTexts(numberedHeader(ls[:len(tc.header)], ls[len(tc.header):]))
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("cells %q, want %q", got, tc.want)
			}
		})
	}
}

func TestSecondHeadAt(t *testing.T) {
	for _, tc := range []struct {
		name string
		line string
		want int
	}{
		{"a capital after lowercase opening a head", "Bộ phận Phối hợp", 2},
		{"one head", "Bộ phận phối hợp", 0},
		{"an abbreviation", "Lãnh đạo UBND tỉnh", 0},
		{"a capital opening no head", "Cơ quan Nhà nước", 0},
		{"a header in capitals", "BỘ PHẬN PHỐI HỢP", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := spanOfWords(layoutLines(tc.line)[0].words)
			if got := secondHeadAt(c); got != tc.want {
				t.Errorf("secondHeadAt(%q) = %d, want %d", tc.line, got, tc.want)
			}
		})
	}
}

// TestSpanOfWords: a cell of words over two lines holds them all, in
// order, their keys, and the stretch from the leftmost to the rightmost.
func TestSpanOfWords(t *testing.T) {
	ls := layoutLines("   Cơ quan", "phối hợp")
	c := spanOfWords(append(ls[0].words, ls[1].words...))
	if got, want := headerTexts([]span{c}), []string{"Cơ quan phối hợp"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words %q, want %q", got, want)
	}
	if want := []string{"CƠ", "QUAN", "PHỐI", "HỢP"}; !reflect.DeepEqual(c.keys, want) {
		t.Errorf("keys %q, want %q", c.keys, want)
	}
	if c.x0 != 0 || c.x1 != 10 {
		t.Errorf("stretch %v-%v, want 0-10", c.x0, c.x1)
	}
}
