package parser

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestStale(t *testing.T) {
	for _, tc := range []struct {
		moved, reused     bool
		cost, filledEmpty float64
		want              bool
	}{
		{false, false, 5, 0, false},  // cut with the final widths: kept
		{true, false, 0.5, 0, false}, // widths moved, but a confident cut
		{true, false, 3, 0, true},    // widths moved and a close call
		{false, true, 3, 0, true},    // carried over from a round with other widths
		{false, true, staleRecutCost, 0, false},
		{true, false, staleRecutCost + costEmptyFilled, costEmptyFilled, false}, // close only by an always-filled column's empty cell
	} {
		tb := &table{moved: tc.moved}
		q := quickResult{reused: tc.reused, notes: rowNotes{cost: tc.cost, filledEmpty: tc.filledEmpty}}
		if got := tb.stale(q); got != tc.want {
			t.Errorf("moved %v reused %v cost %v: stale %v, want %v", tc.moved, tc.reused, tc.cost, got, tc.want)
		}
	}
}

// pieces makes the pieces of lines of text, as a row holds them.
func pieces(texts ...string) []piece {
	out := make([]piece, len(texts))
	for i, s := range texts {
		out[i] = makePiece(s, line{text: s, num: i + 1})
	}
	return out
}

// oneLineTable is a table of content, lead, coordinating and time columns
// with the given widths.
func oneLineTable(widths ...float64) *table {
	t := &table{content: 0}
	for i, kind := range []colKind{colContent, colUnit, colUnit, colTime} {
		t.sp.cols = append(t.sp.cols, colModel{kind: kind, width: widths[i]})
	}
	t.sp.hasTime = true
	return t
}

func TestLinesOnePerCell(t *testing.T) {
	tb := oneLineTable(1, 1, 1, 1)
	for _, tc := range []struct {
		lines []string
		want  bool
	}{
		{[]string{"Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý I/2026"}, true},
		{[]string{"Rà soát thủ tục hành chính", "Sở Tư pháp", "Quý I/2026"}, false},                   // fewer lines than columns
		{[]string{"Rà soát thủ tục", "hành chính", "Sở Tư pháp", "Quý I/2026"}, false},                // a wrapped line
		{[]string{"Ban hành các văn bản:", "(1) Quy chế;", "Sở Tư pháp", "Quý I/2026"}, false},        // a list goes on
		{[]string{"Rà soát thủ tục hành chính", "Sở Tư pháp", "- Các sở", "Năm 2026"}, false},         // a dash may go on a line
		{[]string{"Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "2026 - 2030"}, false}, // a number may go on a date
	} {
		if got := tb.linesOnePerCell(pieces(tc.lines...)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.lines, got, tc.want)
		}
	}
}

// TestOnePerCellCut: a row of as many capitalised lines as columns is read
// one line per cell when that is nearly as cheap as the search's best, and
// not when the evidence against it is strong.
func TestOnePerCellCut(t *testing.T) {
	lines := pieces("Nâng cấp mạng truyền số liệu chuyên dùng", "Sở Khoa học và Công nghệ", "Viễn thông tỉnh", "Năm 2026")
	w := func(i int) float64 { return float64(lines[i].w) }
	fits := oneLineTable(w(0), w(1), w(2), w(3))
	_, cost, _ := fits.onePerCellCut(&passInput{lines: lines, final: true}, math.Inf(1))
	for _, tc := range []struct {
		name string
		tb   *table
		best float64
		want bool
	}{
		{"as cheap as the best", fits, cost, true},
		{"within the margin", fits, cost - onePerCellMargin + 0.01, true},
		{"much dearer than the best", fits, cost - onePerCellMargin - 1, false},
		// a lead column far narrower than its line: an overflow costs more than the margin
		{"a line overflowing its column", oneLineTable(w(0), w(1)/2, w(2), w(3)), cost, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := &passInput{lines: lines, final: true}
			blocks, _, ok := tc.tb.onePerCellCut(in, tc.best)
			if ok != tc.want {
				t.Fatalf("taken %v, want %v", ok, tc.want)
			}
			for c, b := range blocks {
				if b.col != c || b.from.line != c || b.to.line != c+1 {
					t.Errorf("block %d: %+v, want line %d alone", c, b.block, c)
				}
			}
		})
	}
	if _, _, ok := fits.onePerCellCut(&passInput{lines: lines, final: true, later: true}, math.Inf(1)); ok {
		t.Error("taken after a page break; the row's cells began above it")
	}
}

// TestOneLineCellWidths: the rows read one line per cell give each column
// its widest line; other rows give nothing.
func TestOneLineCellWidths(t *testing.T) {
	rows := []*row{
		{mark: marker{kind: markTask}, lines: linesOf("Rà soát thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý I/2026")},
		{mark: marker{kind: markTask}, lines: linesOf("Công bố dịch vụ công", "Văn phòng UBND tỉnh", "Các sở", "Năm 2026")},
		{mark: marker{kind: markTask}, lines: linesOf("Số hóa hồ sơ lưu trữ của tỉnh", "và của các xã", "Sở Nội vụ", "Các sở, ngành", "Năm 2026")},
	}
	tb := oneLineTable(1, 1, 1, 1)
	tb.doc = &document{rows: rows}
	got := tb.oneLineCellWidths()
	want := []float64{
		float64(textWidth("Rà soát thủ tục hành chính")), float64(textWidth("Văn phòng UBND tỉnh")),
		float64(textWidth("Các sở, ngành")), float64(textWidth("Quý I/2026")),
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("widths %v, want %v", got, want)
	}
	tb = oneLineTable(1, 1, 1, 1)
	tb.doc = &document{rows: rows[2:]}
	if got := tb.oneLineCellWidths(); got != nil {
		t.Errorf("no row one line per cell: widths %v, want none", got)
	}
}

// TestContentFirstLine: a row's first line stands for its content's when
// the content is the first cell column (or the table has none); after a
// lead set before the content, the row's widest line does.
func TestContentFirstLine(t *testing.T) {
	ps := []piece{makePiece("Phòng Quản", line{}), makePiece("lý chất lượng", line{}),
		makePiece("Xây dựng, ban hành hướng dẫn tuyển sinh; công bố", line{}), makePiece("chỉ tiêu tuyển sinh", line{})}
	for _, tc := range []struct {
		name    string
		content int
		want    string
	}{
		{"the content first", 0, "Phòng Quản"},
		{"no content column", -1, "Phòng Quản"},
		{"the lead before the content", 1, "Xây dựng, ban hành hướng dẫn tuyển sinh; công bố"},
	} {
		if got := contentFirstLine(ps, tc.content).text; got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestKnownPairsFrom(t *testing.T) {
	ps := []piece{{afterPrev: false}, {afterPrev: true}, {afterPrev: false}, {afterPrev: true}}
	want := []int{2, 2, 1, 1, 0}
	if got := knownPairsFrom(ps); !slices.Equal(got, want) {
		t.Errorf("knownPairsFrom = %v, want %v", got, want)
	}
}

// TestFilledEmptyCost: a cut pays costEmptyFilled for each empty cell of
// an always-filled column, and nothing for other empty cells.
func TestFilledEmptyCost(t *testing.T) {
	tb := &table{sp: splitter{cols: []colModel{{role: "content", kind: colContent}, {role: "deliverable", kind: colProduct, filled: true},
		{role: "funding", kind: colFunding}}}}
	for _, tc := range []struct {
		cells [][]piece
		want  float64
	}{
		{[][]piece{{*pieceOf("Triển khai")}, nil, nil}, costEmptyFilled},
		{[][]piece{{*pieceOf("Triển khai")}, {*pieceOf("Báo cáo")}, nil}, 0},
	} {
		if got := tb.filledEmptyCost(tc.cells); got != tc.want {
			t.Errorf("filledEmptyCost = %v, want %v", got, tc.want)
		}
	}
}

// TestOverflowPaid: a cut's lines wider than their columns' widths are
// what it paid for overflow (overflowCost), each in its own column; lines
// that fit paid nothing.
func TestOverflowPaid(t *testing.T) {
	wide, narrow := pieceOf("Phòng Văn hóa - Xã hội"), pieceOf("Phòng Kinh tế")
	tb := &table{sp: splitter{cols: []colModel{{role: "content", kind: colContent, width: float64(wide.w) * 2},
		{role: "lead", kind: colUnit, width: float64(narrow.w)}}}}
	for _, tc := range []struct {
		name  string
		cells [][]piece
		want  float64
	}{
		{"all fit", [][]piece{{*wide}, {*narrow}}, 0},
		{"the lead's wide line", [][]piece{{*narrow}, {*wide}}, overflowCost(wide.w, float64(narrow.w))},
		{"twice", [][]piece{nil, {*wide, *narrow, *wide}}, 2 * overflowCost(wide.w, float64(narrow.w))},
	} {
		got := tb.overflowPaid(tc.cells)
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: overflowPaid = %v, want %v", tc.name, got, tc.want)
		}
		if tc.want > 0 && got < costOverflow {
			t.Errorf("%s: overflowPaid = %v, less than one overflow's %v", tc.name, got, costOverflow)
		}
	}
}

func TestOrganAfterHead(t *testing.T) {
	for _, tc := range []struct {
		before, line, next string
		tail               bool
	}{
		{"Văn", "phòng", "UBND tỉnh", true},        // the head broken over two lines, then its organ
		{"", "Văn phòng", "UBND tỉnh", true},       // the head whole on its line
		{"", "Sở", "KH&CN", true},                  // "Sở" alone, its abbreviated name below
		{"", "Văn phòng", "Sở Tư pháp", false},     // no abbreviation: a unit of its own
		{"", "Sở Nội vụ", "UBND các xã", false},    // a whole name: the next unit
		{"Quyết", "định", "UBND tỉnh", false},      // no head
		{"Sở Tài", "chính", "HĐND tỉnh", false},    // a head's second word, not a head's
		{"", "Ban cán sự đảng", "UBND tỉnh", true}, // a Party organ, then the body it sits in
		{"", "Đảng đoàn", "HĐND tỉnh", true},
		{"Ban cán sự", "đảng", "UBND tỉnh", true},   // the organ broken over two lines
		{"", "Công ty", "TNHH MTV Khai thác", true}, // a company's head, then its form
		{"", "Ban Tổ chức", "UBND tỉnh", false},
		{"", "Đảng ủy", "UBND", true},
		{"Văn phòng", "Sở", "UBND các", false}, // the office's owner, whole (ownsHeadAbove)
		{"tỉnh;", "Sở", "KH&CN", true},
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		if tc.before != "" {
			p.prevTraits = pieceOf(tc.before).traits
		}
		organAfterHead(p, next)
		if got := next.unitStart == startTail; got != tc.tail {
			t.Errorf("%q / %q / %q: tail %v, want %v", tc.before, tc.line, tc.next, got, tc.tail)
		}
	}
}

// tailCase is a line, the line after it, and whether an across-lines rule
// reads the second's start as a name's or a list's tail (startTail in
// every column kind).
type tailCase struct {
	line, next string
	tail       bool
}

// checkTailRule runs rule on each case's two lines and checks the tail it
// marks.
func checkTailRule(t *testing.T, rule func(p, next *piece), cases []tailCase) {
	t.Helper()
	for _, tc := range cases {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		rule(p, next)
		if got := next.unitStart == startTail && next.productStart == startTail && next.fundingStart == startTail; got != tc.tail {
			t.Errorf("%q / %q: tail %v, want %v", tc.line, tc.next, got, tc.tail)
		}
	}
}

func TestNameAfterHeadWord(t *testing.T) {
	checkTailRule(t, nameAfterHeadWord, []tailCase{
		{"Gửi Sở", "Văn hóa, Thể thao", true},     // a note broken after its head
		{"Báo cáo Bộ", "Tài chính", true},         // a product's
		{"Sở", "Xây dựng", true},                  // the head alone on its line
		{"Thanh tra Sở", "Công an tỉnh", false},   // a unit's opening: the next cell
		{"Thanh tra Sở", "Văn phòng UBND", false}, // a head pair opens a unit of its own
		{"Gửi Sở;", "Văn hóa", false},             // the list's item ends with the head ("Nội vụ" is a tail anyway: nameTails)
		{"Sở Tư pháp", "Văn hóa", false},          // no head at the end
		{"Gửi Sở", "Nội", false},                  // one word: no name's two
		{"Gửi Sở", "Hướng dẫn thực hiện", false},  // no department's name
		{"gửi sở", "Văn hóa", false},              // the head in lowercase is no unit's
	})
}

func TestItemAfterColon(t *testing.T) {
	checkTailRule(t, itemAfterColon, []tailCase{
		{"trên Đài Truyền thanh huyện:", "- Mỗi tháng 02 chuyên mục;", true}, // the list the colon introduced
		{"gồm các nội dung sau:", "+ Tư vấn, giới thiệu việc làm", true},
		{"gồm các nội dung sau:", "- Sở Tài chính;", false},    // a bulleted unit opens the lead
		{"gồm các nội dung sau:", "Sở Tài chính", false},       // no bullet
		{"trên Đài Truyền thanh huyện;", "- Mỗi tháng", false}, // no colon
		{"gồm các nội dung sau:", "- xã hội hóa", false},       // a wrapped hyphen, no bullet
	})
}

func TestHeadNamedAbove(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		bare       bool // next still a bare head after
	}{
		{"Kế toán; Tổ", "Văn phòng", false},        // "Tổ Văn phòng", whole
		{"Công an xã; Đội", "Trung tâm", false},    // the head's name is a head's words
		{"Kế toán; Tổ Văn", "phòng", false},        // no bare head below: nothing to clear
		{"Kế toán", "Văn phòng", true},             // no head above: "Văn phòng" wants its name
		{"Thanh tra Sở", "Văn phòng", true},        // a whole name above (no separator)
		{"Sở Tài chính; Văn phòng", "UBND", false}, // not a bare head below
		{"Sở Tài chính; Sở", "Văn phòng", false},
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		headNamedAbove(p, next)
		if got := next.bareHead != 0; got != tc.bare {
			t.Errorf("%q / %q: bare head %v, want %v", tc.line, tc.next, got, tc.bare)
		}
	}
}

// TestPageCutShifts: the near-best cuts of a page's lines move one boundary
// of its best cut by up to maxPageCutShift lines, keep every block, and cost within
// pageCutMargin of the best; a cut that splits a line has none.
func TestPageCutShifts(t *testing.T) {
	lines := pieces("Triển khai phương án bảo đảm", "an toàn hệ thống", "Văn phòng", "HĐND và", "UBND", "Trung tâm", "Công nghệ", "Quý I/2030")
	w := func(i int) float64 { return float64(lines[i].w) }
	tb := oneLineTable(w(0), w(3), w(3), w(7))
	in := &passInput{lines: lines}
	res := tb.sp.solvePass(in)
	best := place(res.blocksTo(res.final, len(res.cuts)-1), in)
	shifts := tb.pageCutShifts(in, best, res.cost)
	if len(shifts) == 0 {
		t.Fatalf("no near-best cut of %v", best)
	}
	if got := tb.sp.cutCost(in, tb.sp.tabulate(in), best); math.Abs(got-res.cost) > 1e-9 {
		t.Errorf("cutCost of the best cut = %v, the search's %v", got, res.cost)
	}
	for _, s := range shifts {
		if s.cost > res.cost+pageCutMargin {
			t.Errorf("cost %.2f, more than %.2f over the best %.2f", s.cost, pageCutMargin, res.cost)
		}
		if len(s.blocks) != len(best) {
			continue // a block's lines given to the one beside it (TestAbsorbedCuts)
		}
		moved := 0
		for i, b := range s.blocks {
			if b.col != best[i].col || b.from.line >= b.to.line {
				t.Errorf("block %d: %+v, from best %+v", i, b.block, best[i].block)
			}
			if d := b.to.line - best[i].to.line; d != 0 {
				moved++
				if d < -maxPageCutShift || d > maxPageCutShift {
					t.Errorf("block %d moved %d lines", i, d)
				}
			}
		}
		if moved != 1 {
			t.Errorf("%d boundaries moved, want 1", moved)
		}
	}
	split := slices.Clone(best)
	split[0].to.word = 1
	if got := tb.pageCutShifts(in, split, res.cost); got != nil {
		t.Errorf("a cut splitting a line: %d shifts, want none", len(got))
	}
}

// TestCutPagesWeighsNextPage: before a page break no cell ends, so "và" /
// "UBND" may end the lead or open the coordinating cell at one cost; the
// next page's "huyện" goes on the lead only after "UBND", and tells them
// apart.
func TestCutPagesWeighsNextPage(t *testing.T) {
	texts := []string{"Triển khai phương án bảo đảm", "an toàn hệ thống", "Văn phòng", "HĐND và", "UBND",
		"Viện", "Công nghệ", "thông tin các", "Quý I/2030", "huyện", "xã"}
	ps := pieces(texts...)
	w := func(i int) float64 { return float64(ps[i].w) }
	checkPageCut(t, oneLineTable(w(0), w(7), w(7), w(8)), texts, 9,
		"Triển khai phương án bảo đảm an toàn hệ thống | Văn phòng HĐND và UBND huyện | Viện Công nghệ thông tin các xã | Quý I/2030")
}

// TestCutPagesShiftsTwoLines: a board's name broken over short lines
// ("Ban Chỉ" / "huy" / "Phòng" / "thủ dân") ends two lines after where the
// first page alone cuts it ("Phòng" opens a unit); the next page's "sự
// huyện" goes on it only when it does.
func TestCutPagesShiftsTwoLines(t *testing.T) {
	texts := []string{"Diễn tập ứng phó sạt", "lở đất, lũ quét vùng", "núi", "Ban Chỉ", "huy", "Phòng", "thủ dân",
		"Đồn Biên", "phòng", "trên địa", "bàn", "Tháng 6", "hằng năm", "sự huyện"}
	ps := pieces(texts...)
	w := func(i int) float64 { return float64(ps[i].w) }
	unit := max(w(3), w(7), w(9))
	checkPageCut(t, oneLineTable(w(1), unit, unit, max(w(11), w(12))), texts, 13,
		"Diễn tập ứng phó sạt lở đất, lũ quét vùng núi | Ban Chỉ huy Phòng thủ dân sự huyện | Đồn Biên phòng trên địa bàn | Tháng 6 hằng năm")
}

// TestCutPagesAbsorbsCell: before a page break a unit list's next names
// ("Công an" / "tỉnh; Ủy" / "ban nhân") read as a product cell the row
// leaves empty cost about what the list going on costs; the next page's
// "dân các xã" goes on "ban nhân" and tells them apart, once the near-best
// cuts include the product's lines given back to the list (absorbedCuts).
func TestCutPagesAbsorbsCell(t *testing.T) {
	texts := []string{"Tổ chức diễn tập ứng", "phó sự cố vỡ đập, xả", "lũ khẩn cấp cho người", "dân vùng hạ du",
		"Ban Chỉ huy", "phòng thủ", "dân sự tỉnh", "Bộ Chỉ", "huy Quân", "sự tỉnh;", "Công an", "tỉnh; Ủy", "ban nhân",
		"Tháng 8/2103", "dân các xã", "vùng hạ", "du"}
	tb := &table{content: 0}
	for _, c := range []colModel{{kind: colContent, width: 9007}, {kind: colUnit, width: 5242}, {kind: colUnit, width: 4389},
		{kind: colProduct, width: 3945, filled: true}, {kind: colTime, width: 5615, filled: true}} {
		tb.sp.cols = append(tb.sp.cols, c)
	}
	tb.sp.hasTime = true
	checkPageCut(t, tb, texts, 14, "Tổ chức diễn tập ứng phó sự cố vỡ đập, xả lũ khẩn cấp cho người dân vùng hạ du | "+
		"Ban Chỉ huy phòng thủ dân sự tỉnh | Bộ Chỉ huy Quân sự tỉnh; Công an tỉnh; Ủy ban nhân dân các xã vùng hạ du |  | Tháng 8/2103")
}

// TestAbsorbedCuts: one of two blocks side by side takes the other's
// lines, when they are few.
func TestAbsorbedCuts(t *testing.T) {
	blk := func(col, from, to int) placedBlock {
		return placedBlock{block: block{col: col, from: cut{line: from}, to: cut{line: to}}}
	}
	best := []placedBlock{blk(0, 0, 4), blk(2, 4, 7), blk(3, 7, 10), blk(4, 10, 11)}
	got := absorbedCuts(best, 1)
	want := [][]placedBlock{
		{blk(0, 0, 4), blk(2, 4, 10), blk(4, 10, 11)},
		{blk(0, 0, 4), blk(3, 4, 10), blk(4, 10, 11)},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("absorbedCuts(best, 1) = %v, want %v", got, want)
	}
	if got := absorbedCuts([]placedBlock{blk(0, 0, 5), blk(1, 5, 10)}, 0); len(got) != 0 {
		t.Errorf("blocks of five lines each: %v, want none", got)
	}
}

// checkPageCut cuts a row of texts with a page break before line brk in
// tb, a table of four columns, and checks that the cut weighing the
// first page's near-best cuts with the next page gives want (cells joined
// " | ") and that the first page's own best cut does not.
func checkPageCut(t *testing.T, tb *table, texts []string, brk int, want string) {
	t.Helper()
	r := &row{mark: marker{kind: markTask}, lines: linesOf(texts...), breaks: []int{brk}}
	tb.doc = &document{rows: []*row{r}}
	pages := rowPages{bounds: []int{0, brk, len(texts)}, all: tb.piecesOf(r), costs: tb.lineCostsOf(r)}
	cut := func(shifts bool) string {
		rc := &rowCut{cells: make([][]piece, len(tb.sp.cols)), prev: make([]*piece, len(tb.sp.cols))}
		tb.cutPages(rc, pages, 0, true, shifts)
		var out []string
		for _, c := range rc.cells {
			var words []string
			for _, p := range c {
				words = append(words, p.text)
			}
			out = append(out, strings.Join(words, " "))
		}
		return strings.Join(out, " | ")
	}
	if got := cut(true); got != want {
		t.Errorf("cut\n got  %s\n want %s", got, want)
	}
	if got := cut(false); got == want {
		t.Errorf("the best cut of the first page alone is already right: the test shows nothing")
	}
}

// TestPiecesOfReadsOpeningsFirst: a line's opening read with the next
// line's first word (openAcrossLines) is read before what the line above
// says of it, which then stands: "UBND" after "Đảng ủy" goes on the
// organ's name though "UBND" / "tỉnh" reads as a unit's opening.
func TestPiecesOfReadsOpeningsFirst(t *testing.T) {
	tb := oneLineTable(1, 1, 1, 1)
	for _, tc := range []struct {
		lines []string
		at    int
		want  cellStartKind
	}{
		{[]string{"Đảng ủy", "UBND", "tỉnh"}, 1, startTail},
		{[]string{"Văn phòng", "Sở", "UBND", "các huyện"}, 2, startUsual}, // "Văn phòng Sở" is whole
	} {
		r := &row{lines: linesOf(tc.lines...)}
		if got := tb.piecesOf(r)[tc.at].unitStart; got != tc.want {
			t.Errorf("%q: line %d opens %v, want %v", tc.lines, tc.at, got, tc.want)
		}
	}
}

func TestCutModelSame(t *testing.T) {
	seen := func(cells ...string) map[[maxAloneLines]string]int {
		m := map[[maxAloneLines]string]int{}
		for _, c := range cells {
			m[[maxAloneLines]string{c}] = minSeenRows
		}
		return m
	}
	base := cutModel{filled: []bool{true, false}, seen: []map[[maxAloneLines]string]int{nil, seen("Phòng Kinh tế")}}
	for _, tc := range []struct {
		name string
		o    cutModel
		same bool
	}{
		{"alike", cutModel{filled: []bool{true, false}, seen: []map[[maxAloneLines]string]int{nil, seen("Phòng Kinh tế")}}, true},
		{"a column no longer always filled", cutModel{filled: []bool{false, false}, seen: base.seen}, false},
		{"another cell seen whole", cutModel{filled: base.filled, seen: []map[[maxAloneLines]string]int{nil, seen("Phòng Kinh tế", "Công an xã")}}, false},
		{"no cell seen", cutModel{filled: base.filled, seen: []map[[maxAloneLines]string]int{nil, nil}}, false},
	} {
		if got := base.same(tc.o); got != tc.same {
			t.Errorf("%s: same = %v, want %v", tc.name, got, tc.same)
		}
	}
}

// TestLearnWidthsRecutsWhenRemodelled: a table whose widths settle but
// whose last round saw other cells whole keeps none of that round's cuts.
func TestLearnWidthsRecutsWhenRemodelled(t *testing.T) {
	tb := learnedTable(t, "testdata/rendered/remodelled-recut-urbanorder-6228.txt")
	if tb.quick != nil {
		t.Errorf("learnWidths kept %d rows' cuts made before the last round's cutModel", len(tb.quick))
	}
}

// learnedTable reads the cell-block text at path into a table whose
// widths are learned.
func learnedTable(t *testing.T, path string) *table {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := scanDocument(readLines(data))
	if err != nil {
		t.Fatal(err)
	}
	tb := newTable(doc)
	tb.learnWidths()
	return tb
}

// TestLearnedWidths: a unit column no row's cut filled takes the widest
// other unit column's width; a column of another kind that taught nothing
// keeps its width (0 here).
func TestLearnedWidths(t *testing.T) {
	tb := &table{doc: &document{}, cellCol: []int{1, 2, 3, 4}, sp: splitter{cols: []colModel{{kind: colContent}, {kind: colUnit}, {kind: colUnit}, {kind: colOther}}}}
	line := func(w int) []piece { return []piece{{w: w, traits: &traits{}}} }
	for _, tc := range []struct {
		name string
		obs  [][]piece // per column, one row's cell
		want []float64
	}{
		// the notes column, unfilled too, takes the widest narrow column's (unfilledOtherWidth)
		{"coordinating unfilled", [][]piece{line(9000), line(4000), nil, nil}, []float64{9000 * (1 + oneLineSlack), 4000 * (1 + oneLineSlack), 4000 * (1 + oneLineSlack), 4000 * (1 + oneLineSlack)}},
		{"lead unfilled", [][]piece{line(9000), nil, line(3000), nil}, []float64{9000 * (1 + oneLineSlack), 3000 * (1 + oneLineSlack), 3000 * (1 + oneLineSlack), 3000 * (1 + oneLineSlack)}},
		{"both filled", [][]piece{line(9000), line(4000), line(3000), line(2000)}, []float64{9000 * (1 + oneLineSlack), 4000 * (1 + oneLineSlack), 3000 * (1 + oneLineSlack), 2000 * (1 + oneLineSlack)}},
		{"no unit filled", [][]piece{line(9000), nil, nil, nil}, []float64{9000 * (1 + oneLineSlack), 0, 0, 0}},
	} {
		obs := make([]widthEvidence, len(tc.obs))
		for c, ps := range tc.obs {
			if ps != nil {
				obs[c].add(ps)
			}
		}
		got := tb.learnedWidths(obs)
		for c := range got {
			if math.Abs(got[c]-tc.want[c]) > 1e-9 {
				t.Errorf("%s: column %d width %.1f, want %.1f", tc.name, c, got[c], tc.want[c])
			}
		}
	}
}

// TestWrapsFirstLine: a first content line the next line goes on from
// tells the content's width; a whole one-line content, or a table whose
// first cell column is not the content, does not.
func TestWrapsFirstLine(t *testing.T) {
	for _, tc := range []struct {
		lines   []string
		content int
		want    bool
	}{
		{[]string{"Lễ khai mạc và thi đấu các môn: bóng đá, cầu lông, kéo co, cờ", "tướng", "Ban Tổ chức"}, 0, true},
		{[]string{"Xây dựng Kế hoạch, Điều lệ Đại hội", "Đ/c Phạm Văn Hùng"}, 0, false}, // the lead's line after a whole content
		{[]string{"Phòng Kinh tế", "các xã", "Tổ chức tập huấn"}, 1, false},             // the lead first
		{[]string{"Tổng kết"}, 0, false},
	} {
		if got := wrapsFirstLine(pieces(tc.lines...), tc.content); got != tc.want {
			t.Errorf("wrapsFirstLine(%q, %d) = %v, want %v", tc.lines, tc.content, got, tc.want)
		}
	}
}

// TestCellFaults: a cell's line wider than its column, or one its next
// line's first word would have fitted on with room to spare, disagrees
// with the width; a line that ends a paragraph, or one before a bullet,
// may end short.
func TestCellFaults(t *testing.T) {
	line := func(w, fw int, tr traits) piece { return piece{w: w, fw: fw, traits: &tr} }
	for _, tc := range []struct {
		name string
		ps   []piece
		want int
	}{
		{"full lines", []piece{line(4800, 900, traits{}), line(4700, 800, traits{}), line(2000, 700, traits{})}, 0},
		{"a line over the width", []piece{line(6000, 900, traits{}), line(2000, 800, traits{})}, 1},
		{"a short line the cell goes on from", []piece{line(2000, 900, traits{}), line(2500, 800, traits{})}, 1},
		{"a short line before a bullet", []piece{line(2000, 900, traits{}), line(2500, 800, traits{bullet: true})}, 0},
		{"a sentence's end", []piece{line(2000, 900, traits{sentEnd: true}), line(2500, 800, traits{})}, 0},
		{"an item after a colon", []piece{{text: "năm 2019:", w: 2000, traits: &traits{}}, {text: "- giáo viên", w: 2500, fw: 300, traits: &traits{}}}, 0},
	} {
		if got := cellFaults(tc.ps, 5000); got != tc.want {
			t.Errorf("%s: cellFaults = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestNarrowPageStart: the header shows a unit column as wide as the
// content's start (contentNotWidest) and bounds it above its start
// (raisesToCaps): a narrow page of many columns, read again from the caps.
func TestNarrowPageStart(t *testing.T) {
	tb := &table{doc: &document{floors: []float64{0, 3000, 6600, 4900}, caps: []float64{0, 0, 8500, 7600}}, cellCol: []int{1, 2, 3}, content: 0}
	tb.sp.cols = []colModel{{kind: colContent, width: 6300}, {kind: colUnit, width: 6600}, {kind: colUnit, width: 4900}}
	if !tb.contentNotWidest() || !tb.raisesToCaps() {
		t.Errorf("a lead's floor 6600 over the content's 6300, caps above the starts: contentNotWidest %v, raisesToCaps %v, want both", tb.contentNotWidest(), tb.raisesToCaps())
	}
	tb.sp.cols[0].width = 9000
	if tb.contentNotWidest() {
		t.Error("content 9000 wider than every floor: contentNotWidest, want not")
	}
	tb.doc.caps = nil
	if tb.raisesToCaps() {
		t.Error("no caps: raisesToCaps, want not")
	}
}

// TestUnfilledWidths: a unit column no row filled takes the widest other
// unit column's width, a notes or extra column the widest other narrow
// column's; the content's never counts.
func TestUnfilledWidths(t *testing.T) {
	kinds := []colKind{colContent, colUnit, colUnit, colTime, colOther}
	tb := &table{}
	for _, k := range kinds {
		tb.sp.cols = append(tb.sp.cols, colModel{kind: k})
	}
	for _, tc := range []struct {
		ws          []float64
		unit, other float64 // unfilledUnitWidth(2), unfilledOtherWidth(4)
	}{
		{[]float64{12000, 5000, 0, 6000, 0}, 5000, 6000},
		{[]float64{12000, 0, 0, 3000, 0}, 0, 3000},
		{[]float64{12000, 0, 0, 0, 0}, 0, 0}, // nothing learned but the content
	} {
		if got := tb.unfilledUnitWidth(2, tc.ws); got != tc.unit {
			t.Errorf("unfilledUnitWidth(2, %v) = %v, want %v", tc.ws, got, tc.unit)
		}
		if got := tb.unfilledOtherWidth(4, tc.ws); got != tc.other {
			t.Errorf("unfilledOtherWidth(4, %v) = %v, want %v", tc.ws, got, tc.other)
		}
	}
}

func TestDashNameAcrossLines(t *testing.T) {
	tb := &table{dashNames: learnDashNames([]line{
		{text: "Công chức Tư pháp -"}, {text: "Hộ tịch"},
		{text: "Phòng Văn hóa - Xã hội"},
		{text: "Năm học 2099 - 2100"},
	})}
	checkAcrossLines(t, tb.dashNameAcrossLines, func(_, next *piece) bool { return next.goesOnAbove() }, []acrossCase{
		{"Công chức Tư pháp", "- Hộ tịch", true},      // joined across two lines elsewhere
		{"Phòng Văn hóa", "- Xã hội", true},           // joined on one line elsewhere
		{"Ban Quản lý chợ", "- Hộ kinh doanh", false}, // a list's bullet
		{"Năm học 2099", "- 2100", false},             // a range is no name
		{"Công chức Tư pháp", "Hộ tịch", false},       // no dash: nothing to tell
	})
}
