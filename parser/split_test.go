package parser

import (
	"math"
	"strings"
	"testing"

	"annex/model"
)

func TestNonWrapStrength(t *testing.T) {
	for _, tc := range []struct {
		fit, width, want float64
	}{
		{1100, 1000, 0},  // would not have fit
		{980, 1000, 0},   // within the tolerance: no evidence
		{750, 1000, 1},   // a quarter of the line to spare: full strength
		{880, 1000, 0.5}, // halfway up the ramp
		{500, 0, 0},      // no width known
	} {
		if got := nonWrapStrength(tc.fit, tc.width); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("nonWrapStrength(%v, %v) = %v, want %v", tc.fit, tc.width, got, tc.want)
		}
	}
}

// TestRoomAbovePageBreak: a fragment going on a cell across a page break
// costs for the room the cell's last line left it, up to the tolerance.
func TestRoomAbovePageBreak(t *testing.T) {
	full, near := pieceOf("Phát thanh, Truyền hình"), pieceOf("không vi phạm vùng biển nước ngoài")
	tail := pieceOf("tỉnh")
	fit := float64(near.w + spaceWidth + tail.fw)
	for _, tc := range []struct {
		name  string
		prev  *piece
		width float64
		want  float64
	}{
		{"the word would not have fitted", full, float64(full.w), 0},
		{"it would have fitted, just", near, fit / (1 - fitTolerance/2), fitTolerance / 2 * costRoomPerShare},
		{"room to spare: the break's own cost, not this", near, 2 * fit, fitTolerance * costRoomPerShare},
		{"no width known", near, 0, 0},
	} {
		if got := roomAbovePageBreak(tc.prev, tail, tc.width); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: roomAbovePageBreak = %v, want %v", tc.name, got, tc.want)
		}
	}
	if got := roomAbovePageBreak(near, pieceOf("- Tỉnh"), 2*fit); got != 0 {
		t.Errorf("a bullet after a page break costs %v for room, want 0", got)
	}
}

func TestOverflowCost(t *testing.T) {
	if overflowCost(1000, 1000) != 0 || overflowCost(1030, 1000) != 0 {
		t.Error("lines within the tolerance cost nothing")
	}
	if c := overflowCost(1500, 1000); c < costOverflow+costOverflowPerShare*0.4 {
		t.Errorf("a line half again as wide costs %v", c)
	}
	if overflowCost(100, 0) != 0 {
		t.Error("unknown width: no cost")
	}
	// Just past the tolerance a line pays a little of costOverflow, and the
	// whole of it overflowRamp further on.
	tol := 1000 * (1 + widthTolerance)
	if c := overflowCost(int(tol)+10, 1000); c <= 0 || c >= costOverflow/2 {
		t.Errorf("a line 1%% past the tolerance costs %v, want a little", c)
	}
	if c := overflowCost(int(tol+1000*overflowRamp), 1000); c < costOverflow+costOverflowPerShare*overflowRamp-1e-9 {
		t.Errorf("a line overflowRamp past the tolerance costs %v, want costOverflow in full", c)
	}
}

func TestCellEndCost(t *testing.T) {
	for _, tc := range []struct {
		last string
		kind colKind
		want float64
	}{
		{"Sở Tài chính", colUnit, 0},
		{"Ban Quản lý các", colUnit, costDanglingEnd},
		{"Ban Quản lý các", colContent, costDanglingEnd},
		{"có liên quan;", colUnit, costListItemEnd},
		{"Kế hoạch triển khai;", colProduct, costListItemEnd},
		{"tổ chức thực hiện;", colContent, 0},                   // a task may be an item of its section's list
		{"- Vòng loại buổi sáng;", colContent, costListItemEnd}, // a bulleted item's ";": its list goes on
		{"- Vòng loại buổi sáng;", colOther, costListItemEnd},
		{"- Vòng loại buổi sáng", colContent, 0},
		{"Tỉnh ủy.", colUnit, costUnitSentenceEnd},
		{"Tỉnh ủy.", colContent, 0},
		{"Báo cáo kết quả.", colProduct, 0},
		{"Đợt 1:", colTime, costDanglingEnd},                          // a colon introduces what follows
		{"UBND các xã, phường;", colContent, costEndsWithUnitOpening}, // a unit list's first item: the lead's first line
		{"các xã, phường;", colContent, 0},
		{"gồm các nội dung sau:", colContent, 0},
		{"Ghi chú:", colOther, 0},
		{"Phòng", colProduct, costEndsWithUnitOpening}, // "Quyết định kiện toàn" / "Phòng": the lead's first line, its product before it
		{"Báo cáo", colProduct, 0},
		{"Phòng", colUnit, 0}, // the one-line cell is cellAloneCost's
	} {
		p := makePiece(tc.last, line{})
		if got := cellEndCost(&p, tc.kind); got != tc.want {
			t.Errorf("cellEndCost(%q, %v) = %v, want %v", tc.last, tc.kind, got, tc.want)
		}
	}
	// A unit's head broken over a cell's last two lines ("Chi" / "cục",
	// headAcrossLines) ends no place's or content's cell either.
	for _, tc := range []struct {
		before, last string
		kind         colKind
		want         float64
	}{
		{"biển Chi", "cục", colOther, costEndsWithUnitOpening},
		{"biển Chi", "cục", colContent, costEndsWithUnitOpening},
		{"ven", "biển", colOther, 0},
	} {
		b, p := pieceOf(tc.before), pieceOf(tc.last)
		headAcrossLines(b, p)
		if got := cellEndCost(p, tc.kind); got != tc.want {
			t.Errorf("cellEndCost(%q / %q, %v) = %v, want %v", tc.before, tc.last, tc.kind, got, tc.want)
		}
	}
}

// TestBareHeadCosts covers what a unit's bare head costs a cell: a
// one-word head ("Sở") as the cell's only line (cellAloneCost), a
// two-word one ("Văn phòng") as its last line, or any after a list's
// separator (headEndCost).
func TestBareHeadCosts(t *testing.T) {
	for _, tc := range []struct {
		text       string
		kind       colKind
		alone, end float64
	}{
		{"Sở", colUnit, costBareUnitHead, 0},        // "Sở" / "KH&CN" broken by a narrow column; "Thanh tra" / "Sở" ends a name
		{"Văn phòng", colUnit, 0, costBareUnitHead}, // "Văn phòng" / "UBND tỉnh", cut after the head
		{"Sở KH&CN", colUnit, 0, 0},
		{"Văn phòng UBND tỉnh", colUnit, 0, 0},
		{"Văn phòng", colOther, 0, 0}, // the head answerable: "Chánh" / "Văn phòng"
		{"Quyết định", colUnit, 0, 0},
		{"phường; Hội Liên", colUnit, 0, costBareUnitHead}, // a list's last item only a head (endsWithItemHead)
		{"phường; Hội Liên", colProduct, 0, 0},
		{"Cục Môi", colUnit, 0, costBareUnitHead}, // a name cut after its first word (endsWithShortName)
		{"Cục Thuế", colUnit, 0, 0},
		{"Cục Môi", colContent, 0, 0},
		{"HĐND và UBND", colUnit, 0, costBareUnitHead}, // the level is to come (awaitsLevel)
		{"HĐND và UBND", colContent, 0, 0},
		{"Công ty cổ phần", colUnit, 0, costBareUnitHead}, // the company's name is to come (awaitsCompanyName)
		{"Ban Chỉ huy", colUnit, 0, costBareUnitHead},     // the board's charge is to come (awaitsCharge)
	} {
		p := makePiece(tc.text, line{})
		if got := cellAloneCost(&p, tc.kind); got != tc.alone {
			t.Errorf("cellAloneCost(%q, %v) = %v, want %v", tc.text, tc.kind, got, tc.alone)
		}
		if got := headEndCost(&p, tc.kind); got != tc.end {
			t.Errorf("headEndCost(%q, %v) = %v, want %v", tc.text, tc.kind, got, tc.end)
		}
	}
}

// TestListEndCost: in cell-block text a unit cell ending with a list
// item's ";" pays costListGoesOnBlock beyond cellEndCost's
// costListItemEnd; other ends, and other columns, pay nothing more.
func TestListEndCost(t *testing.T) {
	in := &passInput{final: true}
	for _, tc := range []struct {
		text string
		kind colKind
		want float64
	}{
		{"Các sở, ban, ngành;", colUnit, costListItemEnd + costListGoesOnBlock},
		{"UBND các xã, phường", colUnit, 0},
		{"Tin, bài;", colProduct, costListItemEnd}, // a product's list goes on too, no more so
		{"đơn vị, trường học;", colContent, 0},
	} {
		p := makePiece(tc.text, line{})
		if got := in.endCost(&p, tc.kind); got != tc.want {
			t.Errorf("endCost(%q, %v) = %v, want %v", tc.text, tc.kind, got, tc.want)
		}
		if got := listEndCost(&p, tc.kind); (got > 0) != (tc.kind == colUnit && tc.want > 0) {
			t.Errorf("listEndCost(%q, %v) = %v", tc.text, tc.kind, got)
		}
	}
}

// TestBlockAlone checks that a bare unit head costs only as a cell of its
// own: the block table's sums and its search (relax) agree with block.
func TestBlockAlone(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "lead", kind: colUnit, width: 4000}, {role: "coordinating", kind: colUnit, width: 4000}}}
	ps := []piece{makePiece("Sở", line{}), makePiece("KH&CN", line{}), makePiece("Công an tỉnh", line{})}
	in := &passInput{lines: ps, final: true, prev: make([]*piece, 2)}
	table := sp.tabulate(in)
	if got, want := table.block(0, 0, 1), table.start[0][0]+table.end[0][0]+costBareUnitHead; got != want {
		t.Errorf("\"Sở\" alone costs %.2f, want its start and end and costBareUnitHead, %.2f", got, want)
	}
	if got, want := table.block(0, 0, 2), table.start[0][0]+table.sum[0][2]-table.sum[0][1]+table.end[0][1]; got != want {
		t.Errorf("\"Sở\" / \"KH&CN\" costs %.2f, want its lines' costs, %.2f", got, want)
	}
	if d := table.block(1, 1, 2); d != table.start[1][1]+table.end[1][1] {
		t.Errorf("a line that is no bare head costs %.2f alone, want its start and end %.2f", d, table.start[1][1]+table.end[1][1])
	}
	inf := math.Inf(1)
	dp := []float64{0, inf, inf, inf}
	back := make([]step, 4)
	table.relax(0, 0, 0, step{}, dp, back)
	for j := 1; j <= 3; j++ {
		if dp[j] != table.block(0, 0, j) {
			t.Errorf("relax gives block 0..%d %.2f, block says %.2f", j, dp[j], table.block(0, 0, j))
		}
	}
	// A head broken over two lines ("Văn" / "phòng") costs as a cell of
	// those two lines only.
	ps = []piece{makePiece("Văn", line{}), makePiece("phòng", line{}), makePiece("UBND", line{}), makePiece("tỉnh", line{})}
	in = &passInput{lines: ps, final: true, prev: make([]*piece, 2)}
	table = sp.tabulate(in)
	if got, want := table.block(0, 0, 2), table.start[0][0]+table.sum[0][2]-table.sum[0][1]+table.end[0][1]+costBareUnitHead; got != want {
		t.Errorf("\"Văn\" / \"phòng\" costs %.2f, want its lines' costs and costBareUnitHead, %.2f", got, want)
	}
	if got, want := table.block(0, 0, 4), table.start[0][0]+table.sum[0][4]-table.sum[0][1]+table.end[0][3]; got != want {
		t.Errorf("\"Văn\" / \"phòng\" / \"UBND\" / \"tỉnh\" costs %.2f, want its lines' costs, %.2f", got, want)
	}
	dp = []float64{0, inf, inf, inf, inf}
	back = make([]step, 5)
	table.relax(0, 0, 0, step{}, dp, back)
	for j := 1; j <= 4; j++ {
		if dp[j] != table.block(0, 0, j) {
			t.Errorf("relax gives block 0..%d %.2f, block says %.2f", j, dp[j], table.block(0, 0, j))
		}
	}
}

// TestSeenCellCost: a unit cell of one line whose text the column held
// whole in other rows costs costSeenCell (less), and only as a cell of its
// own, in the block table too.
func TestSeenCellCost(t *testing.T) {
	lead := colModel{role: "lead", kind: colUnit, width: 4000, seen: map[[maxAloneLines]string]int{{"Thuế tỉnh"}: 3, {"Du lịch"}: 1, {"Ủy ban nhân dân", "tỉnh"}: 2}}
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Thuế tỉnh", costSeenCell},
		{"Du lịch", 0}, // held by one row only: that row's cut may be wrong
		{"Sở Tài chính", 0},
		{"Thuế", 0},
		{"Ủy ban nhân dân", 0}, // held whole only with its next line
	} {
		p := makePiece(tc.text, line{})
		if got := seenCellCost(&lead, &p); got != tc.want {
			t.Errorf("seenCellCost(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	un, tinh, thue := makePiece("Ủy ban nhân dân", line{}), makePiece("tỉnh", line{}), makePiece("Thuế tỉnh", line{})
	if got := seenAcrossCost(&lead, &un, &tinh); got != costSeenCell {
		t.Errorf("seenAcrossCost(\"Ủy ban nhân dân\" / \"tỉnh\") = %v, want %v", got, costSeenCell)
	}
	if got := seenAcrossCost(&lead, &un, &thue); got != 0 {
		t.Errorf("seenAcrossCost(\"Ủy ban nhân dân\" / \"Thuế tỉnh\") = %v, want 0", got)
	}
	sp := &splitter{cols: []colModel{{role: "content", kind: colContent, width: 9000}, lead}}
	ps := []piece{makePiece("Áp dụng biện pháp cưỡng chế theo quy định", line{}), makePiece("Thuế tỉnh", line{})}
	table := sp.tabulate(&passInput{lines: ps, final: true, prev: make([]*piece, 2)})
	if got, want := table.block(1, 1, 2), table.start[1][1]+table.end[1][1]+costSeenCell; got != want {
		t.Errorf("\"Thuế tỉnh\" alone as the lead costs %.2f, want its start and end and costSeenCell, %.2f", got, want)
	}
}

// TestRecurs: unit and extra columns hold cells that recur whole from row
// to row, so an extra column's cell of two lines held whole in other rows
// ("Chính" / "phủ" of "Cấp ban hành") costs costSeenCell there; content,
// product and time columns keep no seen cells.
func TestRecurs(t *testing.T) {
	for kind, want := range map[colKind]bool{colUnit: true, colOther: true, colContent: false, colProduct: false, colTime: false, colFunding: false} {
		if got := recurs(kind); got != want {
			t.Errorf("recurs(%v) = %v, want %v", kind, got, want)
		}
	}
	seen := map[[maxAloneLines]string]int{{"Chính", "phủ"}: 3}
	for _, tc := range []struct {
		kind colKind
		want float64
	}{{colOther, costSeenCell}, {colTime, 0}} {
		sp := &splitter{cols: []colModel{{role: "content", kind: colContent, width: 9000}, {role: "extra", kind: tc.kind, width: 3000, seen: seen}}}
		ps := []piece{makePiece("Nghị định quy định xử phạt vi phạm hành chính", line{}), makePiece("Chính", line{}), makePiece("phủ", line{})}
		alone := sp.aloneCosts(&passInput{lines: ps, final: true, prev: make([]*piece, 2)})
		got := 0.0
		if alone != nil {
			got = alone[1][maxAloneLines*1+1]
		}
		if got != tc.want {
			t.Errorf("column kind %v: \"Chính\" / \"phủ\" seen whole costs %v, want %v", tc.kind, got, tc.want)
		}
	}
}

func TestWidthEvidence(t *testing.T) {
	var e widthEvidence
	// Three full lines near 100, one misplaced wide line, and wraps that say
	// the column is under 110.
	e.lines = []float64{95, 98, 100, 160}
	e.wraps = []float64{110, 112, 120}
	// The widest agreeing line is 100; the width goes part of the way up
	// to the lowest wrap's bound, 110×(1−fitTolerance).
	want := 100 + widthIntoGap*(110*(1-fitTolerance)-100)
	if got := e.width(); math.Abs(got-want) > 1e-9 {
		t.Errorf("width = %v, want %v (the misplaced 160 is outvoted)", got, want)
	}
	if (&widthEvidence{}).width() != 0 {
		t.Error("no evidence, no width")
	}
	// One wide line against one wrap: alike, the wide line wins; with the
	// wrap weighed double (column-aligned text), the wrap does.
	tie := widthEvidence{lines: []float64{90, 100, 160}, wraps: []float64{130}, multiLine: true}
	if got := tie.width(); got != 160 {
		t.Errorf("a wide line against a wrap: width = %v, want 160", got)
	}
	tie.wrapWeight = 2
	if got, want := tie.width(), 100+widthIntoGap*(130*(1-fitTolerance)-100); math.Abs(got-want) > 1e-9 {
		t.Errorf("a wide line against a wrap weighed double: width = %v, want %v", got, want)
	}
	// Alike, but where wraps break ties (a notes column): the wrap wins.
	tie.wrapWeight, tie.wrapsBreakTies = 0, true
	if got, want := tie.width(), 100+widthIntoGap*(130*(1-fitTolerance)-100); math.Abs(got-want) > 1e-9 {
		t.Errorf("a wide line against a wrap that breaks ties: width = %v, want %v", got, want)
	}
	if !wrapsBreakTies(colOther) || wrapsBreakTies(colUnit) || wrapsBreakTies(colContent) {
		t.Error("wraps break ties in notes and extra columns only")
	}
	// Cells of one line each: the widest is only a lower bound.
	var one widthEvidence
	one.add([]piece{{w: 90, traits: &traits{}}})
	one.add([]piece{{w: 100, traits: &traits{}}})
	if got, want := one.width(), 100*(1+oneLineSlack); math.Abs(got-want) > 1e-9 {
		t.Errorf("one-line cells: width = %v, want %v", got, want)
	}
	one.add([]piece{{w: 95, traits: &traits{}}, {w: 40, traits: &traits{}}}) // a cell of two lines, capitalised: no wrap bound
	if got := one.width(); got != 100 {
		t.Errorf("with a two-line cell: width = %v, want the widest line, 100", got)
	}
	// An aside set on a line of its own is no wrap; words broken before
	// their aside are.
	var aside widthEvidence
	aside.add([]piece{makePiece("Quý III/2026", line{}), makePiece("(công bố trước 30/9)", line{})})
	if len(aside.wraps) != 0 {
		t.Errorf("\"Quý III/2026\" / \"(công bố trước 30/9)\" gave wraps %v, want none", aside.wraps)
	}
	aside.add([]piece{makePiece("hoàn thành trong", line{}), makePiece("(quý III/2026)", line{})})
	if len(aside.wraps) != 1 {
		t.Errorf("\"hoàn thành trong\" / \"(quý III/2026)\" gave wraps %v, want one", aside.wraps)
	}
}

func TestAddHeaderWrap(t *testing.T) {
	// A product column's own cells wrap one word a line ("Quyết" /
	// "định"), under 100; another column's cell read into it in two rows
	// widens it to 160, two lines against two wraps. Its header wrapped
	// under 100 too: with that wrap the narrow width has the votes.
	e := widthEvidence{lines: []float64{60, 70, 80, 160, 160}, wraps: []float64{95, 98}, multiLine: true}
	if got := e.width(); got != 160 {
		t.Fatalf("without the header: width = %v, want 160", got)
	}
	e.addHeaderWrap(90 / headerWrapSlack)
	if got := e.width(); got >= 100 {
		t.Errorf("with the header's wrap: width = %v, want under 100", got)
	}
	var none widthEvidence
	none.addHeaderWrap(90)
	if none.wraps != nil {
		t.Errorf("a column with no lines took the header's wrap: %v", none.wraps)
	}
	e = widthEvidence{lines: []float64{60}}
	if e.addHeaderWrap(0); e.wraps != nil {
		t.Errorf("a header of one line added a wrap: %v", e.wraps)
	}
}

func TestCappedByHeader(t *testing.T) {
	for _, tc := range []struct {
		name       string
		w, headCap float64
		want       float64
	}{
		{"no header cap", 9000, 0, 9000},
		{"within the cap", 3000, 4000, 3000},
		{"past the cap, within its overrun", 5000, 4000, 5000},
		{"a content's width in a column whose header wrapped narrow", 9000, 4000, 4000 * headerCapOverrun},
	} {
		if got := cappedByHeader(tc.w, tc.headCap); got != tc.want {
			t.Errorf("%s: cappedByHeader(%v, %v) = %v, want %v", tc.name, tc.w, tc.headCap, got, tc.want)
		}
	}
}

func TestTowardWrap(t *testing.T) {
	for _, tc := range []struct {
		c     float64
		wraps []float64
		want  float64
	}{
		{100, nil, 100},           // no upper bound: the widest line
		{100, []float64{90}, 100}, // the only wrap is below: contradicted, ignored
		{100, []float64{200}, 100 + widthIntoGap*(200*(1-fitTolerance)-100)},
		{100, []float64{90, 150, 200}, 100 + widthIntoGap*(150*(1-fitTolerance)-100)},
	} {
		if got := towardWrap(tc.c, tc.wraps); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("towardWrap(%v, %v) = %v, want %v", tc.c, tc.wraps, got, tc.want)
		}
	}
}

func TestBreakCost(t *testing.T) {
	sp := &splitter{pairs: learnPairs(linesOf("tại địa phương", "làm việc cho Ngân hàng tại địa"))}
	width := float64(textWidth("Chi nhánh Ngân hàng Chính"))
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		{"Chi nhánh Ngân hàng", "Chính sách xã hội", 0},              // a wrap
		{"Sở", "các xã", costLowerNonWrap},                           // lowercase that would have fit
		{"đặc khu.", "Các sở", costParagraph},                        // a new paragraph
		{"Sở", "Ủy ban", costCapNonWrap},                             // a new cell
		{"Sở", "- Tiếp tục", 0},                                      // a bullet
		{"làm việc cho Ngân hàng tại địa", "phương.", costKnownPair}, // a known pair across a wrap
	} {
		if got := sp.breakCost(pieceOf(tc.prev), pieceOf(tc.p), width); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("breakCost(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

func TestContinuationCostUnitInContent(t *testing.T) {
	sp := &splitter{pairs: wordPairs{newHashSet(0)}}
	content := &colModel{kind: colContent, width: float64(textWidth("Tăng cường kiểm tra, giám sát hoạt động tín dụng") + 100)}
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		// A unit after a short line with no sentence end: the lead cell.
		{"hoạt động tín dụng", "Ngân hàng Nhà nước", costCapNonWrap + costUnitInContent},
		// After a sentence end it may be a new sentence opening with a
		// unit: the paragraph cost, and less for the unit.
		{"hoạt động tín dụng.", "Sở Tài chính chủ trì", costParagraph + costUnitAfterSentence},
		// A wrap: the unit word did not fit on the line above.
		{"Tăng cường kiểm tra, giám sát hoạt động tín dụng", "Sở Tài chính", 0},
		// Not a unit opening.
		{"hoạt động tín dụng", "Kiểm tra", costCapNonWrap},
	} {
		if got := sp.continuationCost(content, pieceOf(tc.prev), pieceOf(tc.p)); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("continuationCost(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

func TestWrapsFromColumnBefore(t *testing.T) {
	lead := 0.99 * float64(textWidth("Sở Công Thương"))
	sp := &splitter{cols: []colModel{{kind: colUnit, width: lead}, {kind: colUnit, width: 2 * lead}}}
	after := func(prev, s string) *piece {
		p := makePiece(s, line{})
		if prev != "" {
			p.prevW = textWidth(prev)
		}
		return &p
	}
	for _, tc := range []struct {
		prev, p string
		c       int
		want    bool
	}{
		{"Sở Công", "Thương", 1, true},      // "Thương" did not fit after "Sở Công" in column 0
		{"Sở", "Thương", 1, false},          // it would have fit: not a wrap
		{"Sở Công", "Thương", 0, false},     // no column before the first
		{"", "Thương", 1, false},            // the row's first line
		{"Sở Công", "Thương binh", 1, true}, // only the first word counts
	} {
		if got := sp.wrapsFromColumnBefore(tc.c, after(tc.prev, tc.p)); got != tc.want {
			t.Errorf("wrapsFromColumnBefore(%d, %q after %q) = %v, want %v", tc.c, tc.p, tc.prev, got, tc.want)
		}
	}
}

func TestSkipCostFilledColumn(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "lead", kind: colUnit}, {role: "deliverable", kind: colProduct}, {role: "funding", kind: colFunding, filled: true}}}
	in := &passInput{}
	for _, tc := range []struct {
		col  int
		want float64
	}{
		{0, costEmptyLead},
		{1, costEmptyOther},
		{2, costEmptyOther + costEmptyFilled}, // a column the other rows all fill
	} {
		if got := sp.skipCost(in, tc.col, tc.col+1); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("skipCost of column %d = %v, want %v", tc.col, got, tc.want)
		}
	}
}

// TestTailOpensNoFilledCell: a name's tail ("Hồ Chí Minh tỉnh" after
// "Đoàn Thanh niên Cộng sản") opens no cell, even in a column the table
// always fills: leaving that cell empty costs less.
func TestTailOpensNoFilledCell(t *testing.T) {
	col := colModel{role: "deliverable", kind: colProduct, filled: true}
	if tail, empty := startKindCost(startTail), col.emptyCost(); tail <= empty {
		t.Errorf("a tail opening a cell costs %v, an empty cell of an always filled column %v: want the tail dearer", tail, empty)
	}
}

func TestAlwaysFilled(t *testing.T) {
	for _, tc := range []struct {
		filled, n int
		want      bool
	}{
		{16, 16, true},
		{minFilledRows, minFilledRows, true},
		{15, 16, true},                                // one row left it empty: the row read wrong, maybe
		{14, 16, false},                               // two did
		{minFilledRows - 1, minFilledRows - 1, false}, // too few rows to say
		{0, 0, false},
	} {
		if got := alwaysFilled(tc.filled, tc.n); got != tc.want {
			t.Errorf("alwaysFilled(%d, %d) = %v, want %v", tc.filled, tc.n, got, tc.want)
		}
	}
}

func TestSkipCostAfterBreak(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "content", kind: colContent}, {role: "lead", kind: colUnit}, {role: "coordinating", kind: colUnit}}}
	in := &passInput{later: true, prevCount: []int{3, 1, 3},
		prev: []*piece{pieceOf("đến năm 2030"), pieceOf("Sở Tư pháp"), pieceOf("Ban Quản lý các")}}
	for _, tc := range []struct {
		col  int
		want float64
	}{
		{0, costNoContinuation}, // reached the page bottom, yet does not go on
		{1, 0},                  // ended above the bottom: done
		{2, costDanglingEnd},    // ends in "các": it must go on
	} {
		if got := sp.skipCost(in, tc.col, tc.col+1); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("skipCost of column %d = %v, want %v", tc.col, got, tc.want)
		}
	}
}

// TestRowspanPass: a pass read as a row without a number going on the
// task above skips columns freely and opens its cells, where a pass after
// a page break continues them.
func TestRowspanPass(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "content", kind: colContent, width: 10000}, {role: "lead", kind: colUnit, width: 10000},
		{role: "coordinating", kind: colUnit, width: 10000}}, pairs: wordPairs{newHashSet(0)}}
	prev := []*piece{pieceOf("đến năm 2030"), pieceOf("Sở Tư pháp"), pieceOf("Ban Quản lý các")}
	pageBreak := &passInput{later: true, prevCount: []int{3, 1, 3}, prev: prev}
	rowspan := &passInput{later: true, rowspan: true, prevCount: []int{3, 1, 3}, prev: prev}
	if got := sp.skipCost(rowspan, 0, 3); got != 0 {
		t.Errorf("skipCost in a row going on the task = %v, want 0", got)
	}
	if got := sp.skipCost(pageBreak, 0, 3); got == 0 {
		t.Errorf("skipCost after a page break = 0, want the ends' costs")
	}
	p := pieceOf("Ủy ban nhân dân các xã")
	if got, want := sp.pieceCost(rowspan, 1, nil, p), sp.pieceCost(&passInput{}, 1, nil, p); math.Abs(got-want) > 1e-9 {
		t.Errorf("a cell's opening in a row going on the task costs %v, in a first pass %v: want the same", got, want)
	}
	// "Ban Quản lý các" has not ended: a paragraph after it is dear.
	if got, want := sp.pieceCost(rowspan, 2, nil, p), sp.pieceCost(&passInput{}, 2, nil, p)+costRowspanAfterOpenEnd; math.Abs(got-want) > 1e-9 {
		t.Errorf("a paragraph after an open end costs %v, want %v", got, want)
	}
	if got, want := sp.pieceCost(pageBreak, 2, nil, p), sp.continuationCost(&sp.cols[2], prev[2], p)+roomAbovePageBreak(prev[2], p, sp.cols[2].width); math.Abs(got-want) > 1e-9 {
		t.Errorf("after a page break it costs %v, want the continuation of %q: %v", got, prev[2].text, want)
	}
}

func TestContinuationCostInTime(t *testing.T) {
	sp := &splitter{pairs: wordPairs{newHashSet(0)}}
	timeCol := &colModel{kind: colTime, width: float64(textWidth("Quý II/2026"))}
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		{"Trước ngày", "30/6/2026", 0},                                               // a time goes on
		{"Quý II/2026", "Hệ thống thông tin", costAgencyInTime + costAfterWholeTime}, // a product: the next cell
		{"Quý II/2026", "Sở Tài chính", costAgencyInTime + costAfterWholeTime},       // a unit
		{"Quý II/2026", "Luật Đất đai", costTimeCapital + costAfterWholeTime},        // an ordinary capital
		{"Quý II và", "Quý III/2026", 0},                                             // a time goes on with a time
		{"Theo kế hoạch của", "Đoàn kiểm tra", 0},                                    // the organ it waits on
		{"Quý II và", "Sở Tài chính", costAgencyInTime},                              // "và" joins times, not units
	} {
		if got := sp.continuationCost(timeCol, pieceOf(tc.prev), pieceOf(tc.p)); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("continuationCost(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

// TestTitleGoesOnHolder: in the column of the office holders answerable
// each cell opens with its holder's title, so a title going on a cell
// costs costTitleInHolder, unless a separator lists a second holder; the
// same lines cost nothing in an extra column of other words.
func TestTitleGoesOnHolder(t *testing.T) {
	sp := &splitter{pairs: wordPairs{newHashSet(0)}}
	width := float64(textWidth("Phó Chủ tịch UBND"))
	holder := &colModel{kind: colOther, width: width, holder: true}
	other := &colModel{kind: colOther, width: width}
	for _, tc := range []struct {
		prev, p string
		want    float64 // what the holder column costs more
	}{
		{"Nguyên đán", "Phó Chủ tịch", costTitleInHolder},                // the cell before ends above the title
		{"Chủ tịch UBND tỉnh;", "Phó Chủ tịch", 0},                       // a second holder after a separator
		{"Phó Chủ tịch", "UBND tỉnh", 0},                                 // no title: the office goes on
		{"Giám đốc Sở Y tế", "Giám đốc Sở Tài chính", costTitleInHolder}, // two titles, no separator
		{"Phó", "Trưởng phòng Kinh tế", 0},                               // one title broken after its "Phó"
		{"Phó", "Giám đốc Sở Y tế", 0},
		{"Đồng chí", "Phó Bí thư", 0},                       // a comrade's post (endsWithComrade)
		{"huyện", "Đồng chí Phó Bí thư", costTitleInHolder}, // a comrade opens the next holder
	} {
		prev, p := pieceOf(tc.prev), pieceOf(tc.p)
		got := sp.continuationCost(holder, prev, p) - sp.continuationCost(other, prev, p)
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("continuationCost(%q, %q): the holder column's %v more, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

// TestAmountElsewhereCost: beside a funding column, a sum of money opens
// no notes cell; a product's or a target's count ("3.000" / "lao động …")
// and a table without funding are left alone.
func TestAmountElsewhereCost(t *testing.T) {
	sp := &splitter{hasFunding: true, cols: []colModel{{role: "deliverable", kind: colProduct}, {role: "funding", kind: colFunding},
		{role: "note", kind: colOther}, {role: "extra", kind: colOther}}}
	for _, tc := range []struct {
		text string
		col  int
		want float64
	}{
		{"2.500", 2, costAmountElsewhere},
		{"300/năm", 2, costAmountElsewhere},
		{"2.500", 1, 0},               // the funding's own
		{"3.000", 0, 0},               // a product's count, broken after its number
		{"5.000", 3, 0},               // a target's
		{"Vốn điều lệ ban đầu", 2, 0}, // no amount
	} {
		if got := sp.amountElsewhereCost(tc.col, pieceOf(tc.text)); got != tc.want {
			t.Errorf("amountElsewhereCost(%d, %q) = %v, want %v", tc.col, tc.text, got, tc.want)
		}
	}
	sp.hasFunding = false
	if got := sp.amountElsewhereCost(2, pieceOf("2.500")); got != 0 {
		t.Errorf("without a funding column: %v, want 0", got)
	}
}

func TestDateElsewhereCost(t *testing.T) {
	sp := &splitter{hasTime: true, cols: []colModel{{role: "content", kind: colContent}, {role: "lead", kind: colUnit},
		{role: "timeframe", kind: colTime}, {role: "deliverable", kind: colProduct}, {role: "funding", kind: colFunding}}}
	for _, tc := range []struct {
		text string
		col  int
		want float64
	}{
		{"2025", 2, 0},                       // a time cell's
		{"2025", 3, costTimeElsewhere},       // no product opens with a year alone
		{"30/11/2025", 4, costTimeElsewhere}, // nor a funding cell with a date
		{"2025", 1, costTimeElsewhere},       // nor a unit
		{"Ngân sách tỉnh năm 2025", 4, 0},    // a year inside a cell's words
		{"Quyết định của UBND tỉnh", 3, 0},   // no date
	} {
		if got := sp.startCostOf(tc.col, pieceOf(tc.text)).elsewhere; math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("startCostOf(%d, %q).elsewhere = %v, want %v", tc.col, tc.text, got, tc.want)
		}
	}
	// A date wrapped onto a line of its own goes on a cell of any column.
	sp.pairs = wordPairs{newHashSet(0)}
	if got := sp.contCostOf(0, pieceOf("Hoàn thành trước ngày"), pieceOf("30/6/2025")).elsewhere; got != 0 {
		t.Errorf("contCostOf of a date going on the content = %v, want 0", got)
	}
	sp.hasTime = false
	if got := sp.startCostOf(3, pieceOf("2025")).elsewhere; got != 0 {
		t.Errorf("without a time column, startCostOf(product, 2025).elsewhere = %v, want 0", got)
	}
}

// pieceOf makes a piece of text as the splitter sees it, outside any row.
// TestOpensSkippedCost: a notes or extra cell read after an empty
// funding or product cell pays for opening as that cell would; units, a
// funding cell saying there is none, a block of any other column, and
// later passes are left alone.
func TestOpensSkippedCost(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "lead", kind: colUnit}, {role: "coordinating", kind: colUnit}, {role: "extra", kind: colOther},
		{role: "timeframe", kind: colTime}, {role: "funding", kind: colFunding}, {role: "note", kind: colOther},
		{role: "deliverable", kind: colProduct}, {role: "extra", kind: colOther}}}
	for _, tc := range []struct {
		name  string
		text  string
		col   int
		later bool
		want  float64
	}{
		{"funding's opening after the funding", "Ngân sách phường", 5, false, costOpensSkipped},
		{"a note's own words", "Theo danh mục được duyệt", 5, false, 0},
		{"no funding, said in the notes", "Không phát sinh kinh phí", 5, false, 0},
		{"product's opening after the product", "Thông báo tình hình", 7, false, costOpensSkipped},
		{"a unit after the coordinating units", "Bộ trưởng Bộ Xây dựng", 2, false, 0},
		{"a time after the empty time, in a funding column", "Quý II/2026", 4, false, costTimeAfterSkipped},
		{"an occasion after the empty time", "Dịp Tết Nguyên", 4, false, costTimeAfterSkipped},
		{"the funding's own opening after the empty time", "Ngân sách tỉnh", 4, false, 0},
		{"a time after the empty funding, in the notes", "Quý II/2026", 5, false, 0},
		{"a time after the time, past a page break", "Quý II/2026", 4, true, 0},
		{"after a page break", "Ngân sách phường", 5, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := &passInput{lines: []piece{*pieceOf(tc.text)}, later: tc.later}
			if got := sp.opensSkippedCost(in, tc.col, cut{}); got != tc.want {
				t.Errorf("opensSkippedCost(%q, column %d) = %v, want %v", tc.text, tc.col, got, tc.want)
			}
		})
	}
}

func pieceOf(s string) *piece { p := makePiece(s, line{}); return &p }

func TestWordsFrom(t *testing.T) {
	for _, tc := range []struct {
		text     string
		from, to int
		want     string
	}{
		{"Sở Công Thương tỉnh", 0, 2, "Sở Công"},
		{"Sở Công Thương tỉnh", 2, -1, "Thương tỉnh"},
		{"Sở Công Thương tỉnh", 1, 3, "Công Thương"},
		{"Sở Công Thương tỉnh", 0, -1, "Sở Công Thương tỉnh"},
		{"Sở Công Thương tỉnh", 4, -1, ""},
		{"Sở Công Thương tỉnh", 0, 9, "Sở Công Thương tỉnh"},
		{"Sở Công", 0, 0, ""},
		{"one", 0, 1, "one"},
		{"  Sở  Công ", 1, -1, "Công"}, // untidy text: split as strings.Fields does
	} {
		if got := wordsFrom(tc.text, tc.from, tc.to); got != tc.want {
			t.Errorf("wordsFrom(%q, %d, %d) = %q, want %q", tc.text, tc.from, tc.to, got, tc.want)
		}
		if got, want := wordCount(tc.text), len(strings.Fields(tc.text)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", tc.text, got, want)
		}
	}
}

// TestTabulateFromLineCosts checks that the search tables made from a
// row's width-free line costs are the ones pieceCost gives, to the bit,
// on every row of the corpus text, with the widths learned and in both
// first and later passes; and that blocks inside lines cost the same
// with their line heads cached.
func TestTabulateFromLineCosts(t *testing.T) {
	for _, f := range corpusTextFiles(t) {
		tb := learnedTable(t, f[0])
		for _, r := range tb.taskRows() {
			ps := tb.piecesOf(r)
			for _, later := range []bool{false, true} {
				in := &passInput{lines: ps, final: true, later: later, prev: make([]*piece, len(tb.sp.cols)), prevCount: make([]int, len(tb.sp.cols))}
				if later {
					in.prev[0] = &ps[0]
				}
				slow := tb.sp.tabulate(in)
				fast := tb.sp.tabulate(&passInput{lines: ps, final: true, later: later, prev: in.prev, prevCount: in.prevCount, costs: tb.lineCostsOf(r)})
				for c := range tb.sp.cols {
					for i := range ps {
						if slow.start[c][i] != fast.start[c][i] || slow.sum[c][i+1] != fast.sum[c][i+1] {
							t.Fatalf("%s row %s col %d line %d: start %v/%v sum %v/%v", f[0], r.path, c, i,
								slow.start[c][i], fast.start[c][i], slow.sum[c][i+1], fast.sum[c][i+1])
						}
					}
				}
			}
			checkCachedHeads(t, tb, r)
		}
	}
}

// TestPieceCostStartsAsTabulated: a block's first line costs the same
// whether the search prices it line by line (pieceCost: lines split
// inside, later passes) or from the row's width-free line costs
// (tabulateColumn): a notes cell opening with a name's tail or with a
// sum beside a funding column, an enumerated unit line, and an office
// holder's title in a table with a column of holders answerable.
func TestPieceCostStartsAsTabulated(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: model.RoleContent, kind: colContent, width: 9000}, {role: model.RoleLead, kind: colUnit, width: 4000},
		{role: model.RoleFunding, kind: colFunding, width: 3000}, {role: model.RoleNote, kind: colOther, width: 3000}},
		pairs: wordPairs{newHashSet(0)}, hasFunding: true, holderColumn: true}
	ps := pieces("Thanh niên xã", "(1) Sở Tư pháp", "500 triệu đồng", "Phó Chủ tịch UBND tỉnh")
	ps[0].markTail()
	in := &passInput{lines: ps}
	fast := sp.tabulate(&passInput{lines: ps, costs: sp.lineCostsOf(ps)})
	for c := range sp.cols {
		for i := range ps {
			if got, want := sp.pieceCost(in, c, nil, &ps[i]), fast.start[c][i]; math.Abs(got-want) > 1e-9 {
				t.Errorf("%q opening column %d: pieceCost %v, tabulated %v", ps[i].text, c, got, want)
			}
		}
	}
}

// checkCachedHeads compares blockCost with blockCostFrom and a head cache
// for every block of a row whose lines may all be split.
func checkCachedHeads(t *testing.T, tb *table, r *row) {
	ps := tb.piecesOf(r)
	if len(ps) > 12 {
		ps = ps[:12]
	}
	in := &passInput{lines: ps, final: true, splittable: make([]bool, len(ps))}
	for i := range in.splittable {
		in.splittable[i] = true
	}
	cuts := tb.sp.buildCuts(in)
	in.cutAt = cuts
	table := tb.sp.tabulate(in)
	heads := tb.sp.headCache(len(cuts))
	for c := range tb.sp.cols {
		for k, a := range cuts[:len(cuts)-1] {
			st := tb.sp.blockStartAt(in, table, c, a)
			for _, b := range cuts[k+1:] {
				if b.word > 0 && b.line == a.line && a.word > 0 {
					continue
				}
				if want, got := tb.sp.blockCost(in, table, c, a, b), tb.sp.blockCostFrom(in, table, &st, b, &heads[c]); want != got {
					t.Fatalf("row %s col %d block %v–%v: %v with cached heads, %v without", r.path, c, a, b, got, want)
				}
			}
		}
	}
}

func TestOverflowShare(t *testing.T) {
	for _, tc := range []struct {
		w     int
		width float64
		want  float64
	}{
		{1000, 1000, 0},                    // as wide as the column
		{1040, 1000, 0},                    // within widthTolerance
		{1500, 1000, 0.5 - widthTolerance}, // half again as wide
		{1500, 0, 0},                       // no width known
	} {
		if got := overflowShare(tc.w, tc.width); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("overflowShare(%d, %v) = %v, want %v", tc.w, tc.width, got, tc.want)
		}
	}
}

func TestOpenAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		line, next    string
		unit, funding cellStartKind
	}{
		{"Ngân", "sách tỉnh", startOther, startUsual}, // "Ngân sách" opens a funding cell
		{"Ngân", "hàng Chính sách", startUsual, startOther},
		{"Ngân", "Sở Tài chính", startUsual, startOther}, // a new cell after it: "Ngân" alone
		{"Ngân sách", "tỉnh", startOther, startUsual},    // two words of its own
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		openAcrossLines(p, next)
		if p.unitStart != tc.unit || p.fundingStart != tc.funding {
			t.Errorf("%q / %q: unit %v, funding %v; want %v, %v", tc.line, tc.next, p.unitStart, p.fundingStart, tc.unit, tc.funding)
		}
	}
}

// acrossCase is a line and the next one, and whether a rule that reads
// them together says what is tested of them (checkAcrossLines).
type acrossCase struct {
	line, next string
	want       bool
}

// checkAcrossLines runs rule on each case's two pieces and checks what
// got says of them afterwards.
func checkAcrossLines(t *testing.T, rule func(p, next *piece), got func(p, next *piece) bool, cases []acrossCase) {
	t.Helper()
	for _, tc := range cases {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		rule(p, next)
		if g := got(p, next); g != tc.want {
			t.Errorf("%q / %q: %v, want %v", tc.line, tc.next, g, tc.want)
		}
	}
}

// onLines makes rule, which reads a line with the line before it, a rule
// of two texts for checkPairRule.
func onLines(rule func(prev, p *piece) bool) func(a, b string) bool {
	return func(a, b string) bool { return rule(pieceOf(a), pieceOf(b)) }
}

// TestEventAcrossLines: a time's word alone on its line reads as a date
// unless the next line's first word makes it an event's name.
func TestEventAcrossLines(t *testing.T) {
	checkAcrossLines(t, eventAcrossLines, func(p, _ *piece) bool { return p.timeLike }, []acrossCase{
		{"Ngày", "hội được tổ chức", false}, // "Ngày hội": an event
		{"Tháng", "hành động", false},
		{"Tháng", "10/2026", true}, // the month's number
		{"Tháng", "cuối quý", true},
		{"Ngày", "Sở Tài chính", true}, // a new cell after it: the word alone
		{"Thường", "vụ", false},        // "Ban" / "Thường" / "vụ": the standing board
		{"Thường", "trực HĐND", false},
		{"Thường", "xuyên", true},
	})
	checkAcrossLines(t, eventAcrossLines, func(p, _ *piece) bool { return p.timeOnly }, []acrossCase{
		{"Thường", "vụ", false}, // no time alone either, costed nowhere else as one
		{"Thường", "xuyên", true},
	})
}

// TestTimeAcrossLines: a word alone that says no time reads as a time's
// start when the next line's first word makes it one.
func TestTimeAcrossLines(t *testing.T) {
	checkAcrossLines(t, timeAcrossLines, func(p, _ *piece) bool { return p.timeLike }, []acrossCase{
		{"Cả", "năm", true}, // "Cả năm": the whole year
		{"Cả", "nhiệm kỳ", true},
		{"Cả", "hệ thống chính trị", false}, // a lead
		{"Cả", "Năm 2028", false},           // a new cell after it: the word alone
		{"Sở", "năm 2027", false},           // the year is the next line's: "Sở năm" opens no time
		{"Cả năm", "học", true},             // a time already
	})
}

// TestDateNumberAcrossLines: a date's unit alone and its number on the
// next line are one time: the number goes on the unit, and the unit
// reads as a whole time.
func TestDateNumberAcrossLines(t *testing.T) {
	both := func(p, next *piece) bool { return p.timeOnly && next.goesOnAbove() }
	checkAcrossLines(t, dateNumberAcrossLines, both, []acrossCase{
		{"Tháng", "1/2031", true},
		{"Quý", "IV/2031", true},
		{"Quý", "II", false},             // no year: a section numeral as well
		{"Tháng", "Thanh niên", false},   // an event's name, no date
		{"Tháng 6", "2030", false},       // the unit has its number
		{"Hội nghị", "1/2031", false},    // no date's unit
		{"trước tháng", "6/2030", false}, // lowercase: the time goes on
	})
}

// TestRecurrenceAcrossLines: a recurrence's two words broken over two
// lines say a whole time on the second.
func TestRecurrenceAcrossLines(t *testing.T) {
	checkAcrossLines(t, recurrenceAcrossLines, func(_, next *piece) bool { return next.endsRecurrence && saysWholeTime(next) }, []acrossCase{
		{"Thường", "xuyên", true},
		{"Hằng", "năm", true},
		{"Hằng", "tháng", true},              // every month: a whole time, though "tháng" alone wants its number
		{"Thường", "trực", false},            // a standing body, no time
		{"Thường", "xuyên, liên tục", false}, // the line goes on: no recurrence alone
		{"Trước", "ngày", false},             // a date's unit that waits for its number
	})
}

// TestRegionNumberAcrossLines: a region's number after its "Khu vực" is
// the name's tail.
func TestRegionNumberAcrossLines(t *testing.T) {
	tail := func(_, next *piece) bool { return next.fundingStart == startTail && next.unitStart == startTail }
	checkAcrossLines(t, regionNumberAcrossLines, tail, []acrossCase{
		{"nhánh Khu vực", "9", true}, // "Chi nhánh Khu vực 9"
		{"Kho bạc Nhà nước Khu vực", "XI; Sở Tài chính", true},
		{"Chi nhánh Khu vực", "Sở Tài chính", false}, // the name ends there, the next unit after it
		{"tại các khu vực", "120", false},            // a phrase's end, an amount after it
		{"Khu vực", "12", true},                      // a number after it is its own …
		{"Khu vực", "2028", false},                   // … but a year, the time's
		{"Ngân hàng Nhà nước", "9", false},
		{"NGÂN HÀNG NHÀ NƯỚC KHU VỰC", "9", true}, // capitals alike
	})
}

// TestNumberAcrossLines: the rest of a number broken inside it, or a
// share's sign, goes on the line above and opens no cell.
func TestNumberAcrossLines(t *testing.T) {
	goesOn := func(_, next *piece) bool {
		return next.lower && next.unitStart == startTail && next.productStart == startTail
	}
	checkAcrossLines(t, numberAcrossLines, goesOn, []acrossCase{
		{"Từ tháng 01/202", "9", true},      // a year broken inside it
		{"Trước ngày 30/11/", "2025", true}, // … after its slash
		{"100", "% ca phẫu thuật", true},    // a share broken before its sign
		{"Tháng 01/2029", "6/2029", false},  // a whole date, then another
		{"Quý II", "2029", false},           // no number broken
		{"05 mô hình", "Sở Y tế", false},
	})
}

// TestSpanAcrossLines: a span of years or dates broken before its dash
// goes on the line above, and its rest is no amount.
func TestSpanAcrossLines(t *testing.T) {
	goesOn := func(_, next *piece) bool {
		return next.lower && next.fundingStart == startTail && !next.amount
	}
	checkAcrossLines(t, spanAcrossLines, goesOn, []acrossCase{
		{"Năm học 2099", "- 2100", true},    // years
		{"Tháng 4", "- 6/2100", true},       // months to a date
		{"2026", "– 2030;", true},           // an en dash, a list's separator after
		{"Năm 2026", "- 02 lớp học", false}, // a bullet's count, no year
		{"Quý IV/2026", "- Báo cáo", false}, // a bullet's word
		{"Sở Y tế", "- 2027", false},        // no number before it
		{"Năm học 2099", "-2100", false},    // no dash standing alone
	})
}

// TestNamesSpanEnd: the year or date a span ends with.
func TestNamesSpanEnd(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"2100", true}, {"6/2100", true}, {"12/2030;", true}, {"01/6/2030,", true},
		{"02", false}, {"6/21", false}, {"Báo", false}, {"", false},
	} {
		if got := namesSpanEnd(tc.w); got != tc.want {
			t.Errorf("namesSpanEnd(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestHeadAcrossLines: a one-word line that completes a bare head opened
// at the end of the line above ends a head whose name is to come.
func TestHeadAcrossLines(t *testing.T) {
	checkAcrossLines(t, headAcrossLines, func(_, next *piece) bool { return next.headAcross }, []acrossCase{
		{"Công an tỉnh; Văn", "phòng", true}, // "Văn phòng" broken: its name to come
		{"Ủy", "ban", true},
		{"Các công", "chức", false},                     // "Các công chức": a whole name
		{"Công an tỉnh; Văn", "phòng UBND tỉnh", false}, // the name on the same line
		{"Sở Tài", "chính", false},
	})
}

func TestDashTailAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		tail       bool
	}{
		{"lượng; Phòng Kế hoạch", "- Tài chính", true}, // "Kế hoạch - Tài chính" broken before its dash
		{"Phòng Tổ chức -", "Hành chính", false},       // no dash opens the line
		{"Công chức Tư pháp", "- Hộ tịch", false},      // "Hộ" opens units too ("Hộ kinh doanh"): left alone
		{"Phòng Tổ chức", "- Hành chính", true},
		{"Các sở, ban, ngành:", "- Sở Y tế;", false},                      // a list's bullet after a colon
		{"UBND tỉnh", "- Sở Y tế;", false},                                // a unit opens it
		{"Tổ chức hội nghị", "- Tiếp tục triển khai các nhiệm vụ", false}, // too long for a name's half
		{"Phòng Kế hoạch", "- Quý IV/2026", false},                        // a time
		{"Phòng Tổ chức;", "- Hành chính", false},                         // the line above ends an item
		{"650", "- Duy tu trạm", false},                                   // an amount ends a cell, no name's half
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		dashTailAcrossLines(p, next)
		if got := next.unitStart == startTail && next.productStart == startTail; got != tc.tail {
			t.Errorf("%q / %q: tail %v, want %v", tc.line, tc.next, got, tc.tail)
		}
	}
}

func TestTailAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		want       cellStartKind
	}{
		{"Ủy ban MTTQ Việt", "Nam tỉnh; Sở GD&ĐT", startTail}, // "Việt Nam" broken
		{"Đoàn Thanh niên Cộng sản Hồ", "Chí Minh tỉnh", startTail},
		{"Ủy ban MTTQ Việt Nam tỉnh", "Sở GD&ĐT", startUsual}, // a new unit
		{"Tỉnh đoàn", "Nam Định", startUnusual},               // "Nam" after no "Việt"
		{"Bộ Tài chính; Bộ Công", "Thương", startTail},        // "Công Thương" broken
		{"Dịp Tết", "Nguyên đán và rằm", startTail},           // a holiday's name after its "Tết"
		{"Dịp Tết", "Dương lịch", startTail},
		{"Dịp Tết", "Trung tâm Văn hóa", startUsual}, // "Trung" opens units: "Trung thu" is left out
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		tailAcrossLines(p, next)
		if next.unitStart != tc.want || next.productStart != tc.want && tc.want == startTail {
			t.Errorf("%q / %q: unit start %v, product start %v; want %v", tc.line, tc.next, next.unitStart, next.productStart, tc.want)
		}
	}
}

func TestStartCostOfNote(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "note", kind: colOther, width: 4000}}}
	for _, tc := range []struct {
		text string
		want float64
	}{
		{"Thanh niên xã", costTailStart}, // "…; Đoàn" / "Thanh niên xã": a name's tail opens no note
		{"Theo hướng dẫn của Sở Tư pháp", 0},
		{"Phòng Đảm bảo", costUnitInNote}, // a unit's head: the coordinating cell's (opensWithUnitHead)
		{"Trung tâm Thông tin -", costUnitInNote},
		{"Cấp hóa chất cho các xã", 0}, // a verb, no head
		{"phòng chống dịch", 0},
		{"Mời chuyên gia", 0},
		{"- Vận động doanh nghiệp, nhà hảo tâm", costBulletInNote}, // a row going on the task above: its content's next paragraph
		{"- xã hội", 0},                                            // a wrapped hyphen, no bullet
	} {
		p := makePiece(tc.text, line{})
		if got := sp.startCostOf(0, &p).kind; got != tc.want {
			t.Errorf("a note starting %q costs %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStartCostOfSums: a funding cell of a column given in sums opens with
// a sum, a source's words or "none"; any other word costs more there.
func TestStartCostOfSums(t *testing.T) {
	for _, tc := range []struct {
		text string
		sums bool
		want float64
	}{
		{"6.000.000", true, 0},
		{"150 triệu đồng", true, 0},
		{"Ngân sách xã", true, 0},
		{"Không", true, 0},
		{"Ngoại khóa về văn hóa giao thông", true, costUnusualStart + costWordsInSums}, // a row going on the task above
		{"Theo thực tế", true, costUnusualStart},                                       // as spent: a linking word opens a funding cell's phrase
		{"Ngoại khóa về văn hóa giao thông", false, costUnusualStart},                  // a column of sources: any words
	} {
		sp := &splitter{cols: []colModel{{role: "funding", kind: colFunding, width: 4000, sums: tc.sums}}}
		p := makePiece(tc.text, line{})
		if got := sp.startCostOf(0, &p).kind; math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("a funding cell (sums %v) starting %q costs %v, want %v", tc.sums, tc.text, got, tc.want)
		}
	}
}

// TestAddColumnMarks: a column of sums or of places is marked as such in
// cell-block text (table.addColumn) and not in column-aligned text
// (splitter.addColumn), which places words by their x.
func TestAddColumnMarks(t *testing.T) {
	cols := []model.Column{{Key: model.RoleFunding, Header: "Kinh phí (triệu đồng)"}, {Key: model.KeyExtra, Header: "Địa điểm thực hiện"},
		{Key: model.KeyExtra, Header: "Nguồn kinh phí"}, {Key: model.KeyExtra, Header: "Quy mô"}}
	want := [][2]bool{{true, false}, {false, true}, {false, false}, {false, false}} // sums, place
	tb := &table{}
	var sp splitter
	for i, c := range cols {
		tb.addColumn(c)
		sp.addColumn(c, 0)
		if got := [2]bool{tb.sp.cols[i].sums, tb.sp.cols[i].place}; got != want[i] {
			t.Errorf("%q in cell-block text: sums, place = %v, want %v", c.Header, got, want[i])
		}
		if sp.cols[i].sums || sp.cols[i].place {
			t.Errorf("%q in column-aligned text is marked", c.Header)
		}
	}
}

// TestStartCostOfPlace: a place's cell opening with a count or a share
// costs; a scale's or any other extra column's does not.
func TestStartCostOfPlace(t *testing.T) {
	for _, tc := range []struct {
		text  string
		place bool
		want  float64
	}{
		{"24 số", true, costMeasureInPlace},
		{"100% thôn", true, costMeasureInPlace},
		{"Xã Hòa Bình", true, 0},
		{"Các xã ven sông", true, 0},
		{"24 số", false, 0}, // a scale's column
	} {
		sp := &splitter{cols: []colModel{{role: model.KeyExtra, kind: colOther, width: 4000, place: tc.place}}}
		p := makePiece(tc.text, line{})
		if got := sp.startCostOf(0, &p).kind; math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("an extra cell (place %v) starting %q costs %v, want %v", tc.place, tc.text, got, tc.want)
		}
	}
}

// TestHeadNames: what a column's head says of its cells (namesPlace,
// namesMoneyUnit).
func TestHeadNames(t *testing.T) {
	for _, tc := range []struct {
		name   string
		rule   func(string) bool
		header string
		want   bool
	}{
		{"namesPlace", namesPlace, "Địa điểm thực hiện", true}, {"namesPlace", namesPlace, "ĐỊA BÀN", true},
		{"namesPlace", namesPlace, "Quy mô", false}, {"namesPlace", namesPlace, "Địa phương thực hiện", false},
		{"namesMoneyUnit", namesMoneyUnit, "Kinh phí (triệu đồng)", true}, {"namesMoneyUnit", namesMoneyUnit, "KINH PHÍ (đồng)", true},
		{"namesMoneyUnit", namesMoneyUnit, "Dự toán (nghìn đồng)", true},
		{"namesMoneyUnit", namesMoneyUnit, "Nguồn kinh phí", false}, {"namesMoneyUnit", namesMoneyUnit, "Kinh phí", false},
	} {
		if got := tc.rule(tc.header); got != tc.want {
			t.Errorf("%s(%q) = %v, want %v", tc.name, tc.header, got, tc.want)
		}
	}
}

func TestOpensWithUnitHead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Phòng Đảm bảo chất lượng", true}, {"Sở Y tế", true}, {"Trung tâm Y tế", true}, {"Văn phòng", true}, {"Bệnh viện tỉnh", true},
		{"phòng, chống", false}, {"Trung", false}, {"Công bố ít nhất 30 ngày", false}, {"Cấp hóa chất", false}, {"", false},
	} {
		if got := opensWithUnitHead(tc.text); got != tc.want {
			t.Errorf("opensWithUnitHead(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestNonWrapCost(t *testing.T) {
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		{"Quý III/2026", "(công bố trước 30/9)", costParagraph}, // a note on a line of its own
		{"Quý III/2026", "công bố trước 30/9", costLowerNonWrap},
		{"hoàn thành trong", "(quý III/2026)", costLowerNonWrap}, // the words before want more
		{"Sở Y tế.", "Sở Tài chính", costParagraph},
		{"Sở Y tế", "Sở Tài chính", costCapNonWrap},
		{"Dự án nhóm", "B", 0},                                                             // a label letter goes on the word before it (isLabelLetter)
		{"Hoàn thành.", "B", costParagraph},                                                // … not after a sentence's end
		{"theo Luật Giáo dục năm 2019:", "- giáo viên mầm non: 120 người;", costParagraph}, // a list's item (opensListItem)
		{"- giáo viên mầm non: 120 người;", "- giáo viên tiểu học", costParagraph},
		{"phát triển kinh tế", "- xã hội", costLowerNonWrap},                         // a phrase's dash wrapped
		{"Chủ trì: Sở Giáo dục và Đào tạo", "Phối hợp: Sở Tài chính", costParagraph}, // a label's line (opensWithLabel)
	} {
		if got := nonWrapCost(pieceOf(tc.prev), pieceOf(tc.p)); got != tc.want {
			t.Errorf("nonWrapCost(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

// TestOpensListItem: a dash or a plus and a space open a list's item after
// a colon or a semicolon, whatever the case after them, and the item
// joins its cell as a paragraph of its own; elsewhere a lowercase line
// after a dash is a phrase's dash wrapped, joined with a space.
func TestOpensListItem(t *testing.T) {
	checkPairRule(t, "opensListItem", onLines(opensListItem), []pairCase{
		{"năm 2019:", "- giáo viên mầm non", true},
		{"120 người;", "+ giáo viên tiểu học", true},
		{"120 người;", "- Giáo viên tiểu học", true},
		{"phát triển kinh tế", "- xã hội", false},
		{"năm 2019:", "-2030", false},
		{"năm 2019:", "giáo viên", false},
		{"năm 2019:", "-", false},
	})
	ps := []piece{*pieceOf("Đào tạo theo Luật Giáo dục năm 2019:"), *pieceOf("- giáo viên mầm non;"), *pieceOf("- giáo viên tiểu học")}
	if got, want := joinPieces(ps, 30000, false, colContent, wordPairs{}), "Đào tạo theo Luật Giáo dục năm 2019:\n- giáo viên mầm non;\n- giáo viên tiểu học"; got != want {
		t.Errorf("joinPieces = %q, want %q", got, want)
	}
}

// TestOpensTimeElsewhere: a capitalised time, or a date's unit waiting for
// its number, goes on no funding, notes or extra cell of a table with a
// time column; a source's words, an event named by a month, a lowercase
// date and a table without times are left alone.
func TestOpensTimeElsewhere(t *testing.T) {
	withTime := &splitter{hasTime: true}
	for _, tc := range []struct {
		line string
		sp   *splitter
		want bool
	}{
		{"Tháng", withTime, true}, {"Quý III/2073", withTime, true}, {"Thường xuyên", withTime, true},
		{"Dự án Trung ương", withTime, false}, // "Dự" opens "dự kiến" too: no time
		{"Thường", withTime, false},           // "Thường trực" as well as "Thường xuyên"
		{"Tháng Thanh niên", withTime, false}, // an event
		{"tháng 3/2073", withTime, false},     // lowercase: the cell's own words
		{"Tháng", &splitter{}, false},         // no time column
		{"Năm học", withTime, true},           // a school year wanting its years (opensSchoolYear)
		{"Năm học mới", withTime, false},
	} {
		if got := tc.sp.opensTimeElsewhere(pieceOf(tc.line)); got != tc.want {
			t.Errorf("opensTimeElsewhere(%q, time column %v) = %v, want %v", tc.line, tc.sp.hasTime, got, tc.want)
		}
	}
}

func TestOpensSchoolYear(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Năm học", true},
		{"năm học", false}, // lowercase: a cell's own words ("trong năm học")
		{"Năm học 2028 - 2029", false},
		{"Năm", false},
		{"Học kỳ", false},
	} {
		if got := opensSchoolYear(tc.text); got != tc.want {
			t.Errorf("opensSchoolYear(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestGoesOnWholeTime(t *testing.T) {
	for _, tc := range []struct {
		before, p string
		want      bool
	}{
		{"Thường xuyên", "trên 80%", true}, // the product's end carried over a page break
		{"Thường xuyên", "triển khai thực hiện", true},
		{"Quí IV-2025", "quan", true},         // a date, whole
		{"Quý II/2026", "(hoàn thành", false}, // an aside in brackets goes on a time
		{"Thường xuyên,", "hằng năm", false},  // a comma: the time goes on
		{"Năm 2025 và giai", "đoạn 2026 -2030", false},
		{"Trước ngày", "30/11/2025", false},           // it waits for its date
		{"Thường xuyên", "năm 2026", false},           // a year is a time's
		{"Theo kế hoạch", "hằng năm của tỉnh", false}, // no whole time yet
	} {
		if got := goesOnWholeTime(pieceOf(tc.before), pieceOf(tc.p)); got != tc.want {
			t.Errorf("goesOnWholeTime(%q, %q) = %v, want %v", tc.before, tc.p, got, tc.want)
		}
	}
}

// TestBulletInTime: a bullet after a whole time is the next paragraph of
// another cell, unless it says a time itself or the time is not whole.
func TestBulletInTime(t *testing.T) {
	checkPairRule(t, "bulletInTime", onLines(bulletInTime), []pairCase{
		{"III/2031", "- Vận động doanh nghiệp,", true}, // a row going on the task above
		{"Thường xuyên", "- Tổ chức kiểm tra", true},
		{"Tháng 12/2026", "- Tháng 01/2027", false}, // a range's end
		{"Vụ Xuân", "- Hè 2089", false},             // a season's range, not yet whole
		{"Quý II/2026", "tháng 5", false},           // no bullet
		{"Năm 2030", "- 2031", false},               // a dash before a number is no bullet
	})
}

// TestSaysWholeTime: a date or a recurrence's two words say a whole time.
func TestSaysWholeTime(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Quý II/2026", true},
		{"31/12/2026", true},
		{"Thường xuyên", true},
		{"Hằng năm", true},
		{"Trước ngày", false},
		{"Vụ Xuân", false},
		{"Theo kế hoạch", false},
	} {
		if got := saysWholeTime(pieceOf(tc.text)); got != tc.want {
			t.Errorf("saysWholeTime(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestGoesOnWholeAmount(t *testing.T) {
	for _, tc := range []struct {
		before, p string
		want      bool
	}{
		{"2.400", "Nhà", true}, // the notes' words beside a sum
		{"150 triệu đồng", "Vận động xã hội hóa", true},
		{"2.400", "nước và", false},                 // lowercase: a wrapped line goes on
		{"2.400", "(Ngân sách tỉnh)", false},        // an aside in brackets
		{"2.400", "Ngân sách tỉnh", false},          // a funding source
		{"2.400", "1.500", false},                   // another sum
		{"Ngân sách tỉnh:", "Vốn sự nghiệp", false}, // no sum before
		{"150 triệu đồng từ", "Nguồn vốn", false},   // more than a sum
	} {
		if got := goesOnWholeAmount(pieceOf(tc.before), pieceOf(tc.p)); got != tc.want {
			t.Errorf("goesOnWholeAmount(%q, %q) = %v, want %v", tc.before, tc.p, got, tc.want)
		}
	}
}

func TestEndsWithUnitOpening(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Văn phòng", true}, // the lead's first line, broken after it
		{"Sở Tài", true},
		{"Ngân hàng Chính sách xã hội", false}, // a whole name may end a sentence of the content
		{"Tỉnh ủy.", false},                    // a sentence's end
		{"công quốc gia", false},               // lowercase: the content's own words
		{"Quyết định", false},                  // a document, not a unit
		{"UBND tỉnh", false},                   // whole: an issuing level's cell
		{"Bộ trưởng", false},                   // a title, whole
		{"Đảng ủy", true},                      // a Party organ wants its body: "Đảng ủy" / "Ủy ban nhân dân tỉnh"
		{"Sở", true},                           // one word
		{"Công ty TNHH MTV", true},             // a company's form without its name: the lead's first line
		{"Trung tâm Xúc tiến", true},           // a head and its activity without the field
		{"Ủy ban nhân dân", true},              // a committee without its level
		{"báo cáo Ủy ban nhân dân", false},     // the content's own words
	} {
		if got := endsWithUnitOpening(pieceOf(tc.in)); got != tc.want {
			t.Errorf("endsWithUnitOpening(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestKindContinuation: what a column's kind charges a cell going on with
// a line. An extra cell naming a unit ("HĐND tỉnh", an issuing level)
// does not go on with the next unit's line, as a unit cell does not after
// a bare word, while a person's title ("Giám đốc", "Chánh") goes on with
// the unit it heads; a unit cell does not go on with a line that opens a
// product by two words whose first opens units too ("Hội nghị", "Báo
// cáo"), while a unit's name ("Hội Nông dân") goes on its list.
func TestKindContinuation(t *testing.T) {
	checkKindContinuation(t, &splitter{}, []kindContinuationCase{
		{colOther, "HĐND tỉnh", "Sở Nông nghiệp và", costNewItem},
		{colOther, "UBND tỉnh", "Công an tỉnh", costNewItem},
		{colOther, "Giám đốc", "Sở Nông nghiệp và", 0},
		{colOther, "Chánh", "Thanh tra tỉnh", 0},
		{colOther, "Trưởng", "Công an huyện", 0},                                                   // a title goes on with the body it heads
		{colOther, "HĐND tỉnh;", "Sở Tư pháp", 0},                                                  // a list goes on after its separator
		{colUnit, "Liên đoàn Lao động tỉnh", "Hội nghị, tin bài", costProductInUnit + costNewItem}, // a product, and "Hội" opens items
		{colUnit, "Sở Tài chính;", "Báo cáo kết quả", costProductInUnit},
		{colUnit, "Bộ Chỉ huy Quân sự tỉnh", "Hội thao", costProductInUnit + costNewItem}, // an event held, not "Hội …", a unit
		{colUnit, "Liên đoàn Lao động tỉnh;", "Hội Nông dân tỉnh", 0},
		{colUnit, "Nông nghiệp và Môi trường", "Thông tin được đăng tải", costProductInUnit},   // a result (statesOutcome)
		{colUnit, "Phó Chủ tịch UBND xã", "Hội trường UBND xã", costPlaceInUnit + costNewItem}, // a place (opensPlacePair), and "Hội" opens items
		{colUnit, "Phó Chủ tịch UBND xã;", "Hội Cựu chiến binh xã", 0},                         // a unit after a separator
		{colUnit, "Ủy ban nhân dân các xã", "hội nghị", 0},                                     // lowercase: a wrapped name's words
		{colUnit, "Công an tỉnh", "Ban Quản lý các khu công nghiệp", costNewItem},              // two units, no separator
		{colUnit, "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", costNewItem},
		{colUnit, "Trung tâm Xúc tiến Du lịch", "Trường Cao đẳng", costNewItem},      // a school, the next unit
		{colUnit, "Các thành viên", "Ban Chỉ huy", 0},                                // the members of the committee
		{colUnit, "Văn phòng", "Ban Chỉ huy", 0},                                     // its office
		{colTime, "Sau thiên tai 10 ngày", "Ngân sách tỉnh; Ngân", costAgencyInTime}, // the funding cell beside
		{colTime, "Trước Hội nghị", "Nguồn vốn xã hội hóa", costAgencyInTime},
		{colTime, "Tỉnh ủy lần thứ", "5", 0},                                // a time's number, not an amount
		{colTime, "Trước mùa mưa", "bão", 0},                                // lowercase: the time's own words
		{colTime, "Sau thiên tai 10 ngày", "Luật Đất đai", costTimeCapital}, // a capital only
	})
	// Beside a time column, a unit's cell goes on with no date, a time's
	// broken off it ("Sở Tư pháp" / "ngày" / "15/12" beside "Trước"):
	// units are named, not dated; a product may be.
	checkKindContinuation(t, &splitter{hasTime: true}, []kindContinuationCase{
		{colUnit, "ngày", "15/12", costTimePhraseElsewhere},
		{colUnit, "Sở Tư pháp", "2027", costTimePhraseElsewhere},
		{colUnit, "Sở Tư pháp", "năm 2027", costTimePhraseElsewhere},
		{colUnit, "Sở Tư pháp", "Công an tỉnh", costNewItem},
		{colProduct, "Báo cáo ngày", "15/12", 0},
	})
}

// kindContinuationCase is a line going on the line before it in a column
// of the kind, and what kindContinuation charges for it.
type kindContinuationCase struct {
	kind         colKind
	before, line string
	want         float64
}

// checkKindContinuation checks each case with sp.
func checkKindContinuation(t *testing.T, sp *splitter, cases []kindContinuationCase) {
	t.Helper()
	for _, tc := range cases {
		if got := sp.kindContinuation(&colModel{kind: tc.kind}, pieceOf(tc.before), pieceOf(tc.line)); got != tc.want {
			t.Errorf("hasTime %v, %v: %q / %q: %v, want %v", sp.hasTime, tc.kind, tc.before, tc.line, got, tc.want)
		}
	}
}

func TestTakesOrgan(t *testing.T) {
	for _, tc := range []struct {
		before, line string
		want         bool
	}{
		{"", "Văn phòng", true},                     // a bare head
		{"Văn", "phòng", true},                      // broken over two lines
		{"", "Các thành viên", true},                // members of …
		{"Phó", "Trưởng", true},                     // a head of …
		{"", "Bộ Chỉ huy", true},                    // a command of …: "Bộ Chỉ huy" / "Bộ đội Biên phòng tỉnh"
		{"", "Công an tỉnh", false},                 // a whole name
		{"", "Thanh tra", true},                     // an inspectorate of …: "Thanh tra" / "Sở Xây dựng"
		{"", "Ủy ban Kiểm tra", true},               // "Ủy ban Kiểm tra" / "Tỉnh ủy"
		{"Sở Xây", "dựng", false},                   // a whole name broken
		{"", "Văn phòng Tỉnh ủy", false},            // the office, named
		{"", "Đ/c Phạm Văn Hùng - Công chức", true}, // a commune official of …: "Công chức" / "Văn hóa - Xã hội"
		{"", "Ban Tổ chức", true},                   // "Ban Tổ chức" / "Tỉnh ủy"
	} {
		p := pieceOf(tc.line)
		if tc.before != "" {
			b := pieceOf(tc.before)
			p.prevTraits = b.traits
		}
		if got := p.takesOrgan(); got != tc.want {
			t.Errorf("%q / %q: takesOrgan %v, want %v", tc.before, tc.line, got, tc.want)
		}
	}
}

// TestRestartEnds: the lines before a restart may end the row before
// notes or extra columns, each left empty at its cost: empty in most rows,
// they need not be filled first; before a page break the other columns
// must be, before a row without a number going on the task none but the
// content (leftEmptyBeforeRestart).
func TestRestartEnds(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "content", kind: colContent}, {role: "timeframe", kind: colTime},
		{role: "funding", kind: colFunding}, {role: "note", kind: colOther}}}
	inf := math.Inf(1)
	empty := func(c int) float64 { return sp.cols[c].emptyCost() }
	for _, tc := range []struct {
		name       string
		rowspanRow bool
		dp         [4]float64 // cheapest cut of the lines before the restart ending in content, time, funding, note
		want       float64
		wantCol    int
	}{
		{"funding then no note", false, [4]float64{inf, inf, 1, 4}, 1 + empty(3), 2},
		{"the note filled, cheaper", false, [4]float64{inf, inf, 3, 1}, 1, 3},
		{"the time, before a page break", false, [4]float64{inf, 1, inf, inf}, inf, 3}, // the funding column is no notes column: filled first
		{"the time, before a row going on the task", true, [4]float64{inf, 1, inf, inf}, 1 + empty(2) + empty(3), 1},
		{"the time or the funding", true, [4]float64{inf, 1, 5, inf}, 1 + empty(2) + empty(3), 1},
		{"content alone, before a row going on the task", true, [4]float64{2, inf, inf, inf}, 2 + empty(1) + empty(2) + empty(3), 0},
		{"no cut", true, [4]float64{inf, inf, inf, inf}, inf, 3},
	} {
		res := &passResult{in: &passInput{}, cuts: []cut{{0, 0}}, dp: [][]float64{{0}, {tc.dp[0]}, {tc.dp[1]}, {tc.dp[2]}, {tc.dp[3]}}}
		ends, col := sp.restartEnds(res, tc.rowspanRow)
		if math.Abs(ends[0]-tc.want) > 1e-9 && !(math.IsInf(ends[0], 1) && math.IsInf(tc.want, 1)) || col[0] != tc.wantCol {
			t.Errorf("%s: restartEnds = %v in column %d, want %v in column %d", tc.name, ends[0], col[0], tc.want, tc.wantCol)
		}
	}
}

// TestCellEnd: the line a later pass goes on from has its end judged with
// the line before it ("Hằng" / "tháng" is whole, "Trước ngày" / "tháng"
// is not), and the cell's own pieces are left as they were.
func TestCellEnd(t *testing.T) {
	for _, tc := range []struct {
		lines    []string
		dangling bool
	}{
		{[]string{"Hằng", "tháng"}, false},
		{[]string{"Trước ngày 15", "tháng"}, true},
		{[]string{"tháng"}, true}, // alone: nothing to read it with
		{[]string{"Sở Tài chính;", "Sở Xây dựng và"}, true},
		{[]string{"Công an", "tỉnh"}, false},
	} {
		var ps []piece
		for _, l := range tc.lines {
			ps = append(ps, makePiece(l, line{}))
		}
		before := ps[len(ps)-1].dangling
		if got := cellEnd(ps); got.dangling != tc.dangling {
			t.Errorf("cellEnd(%q).dangling = %v, want %v", tc.lines, got.dangling, tc.dangling)
		}
		if ps[len(ps)-1].dangling != before {
			t.Errorf("cellEnd(%q) changed the cell's own last piece", tc.lines)
		}
	}
}

// TestAloneCostsBeforeBreak: before a page break a cell may go on, so a
// bare head alone costs nothing there, but a cell the column held whole
// in other rows earns its bonus all the same; after the last break both
// count.
func TestAloneCostsBeforeBreak(t *testing.T) {
	sp := &splitter{cols: []colModel{{role: "lead", kind: colUnit, width: 10000,
		seen: map[[maxAloneLines]string]int{{"Phòng Kinh tế"}: minSeenRows}}}}
	lines := []piece{*pieceOf("Sở"), *pieceOf("Phòng Kinh tế")}
	for _, tc := range []struct {
		final          bool
		bareHead, seen float64
	}{
		{false, 0, costSeenCell},
		{true, costBareUnitHead, costSeenCell},
	} {
		alone := sp.aloneCosts(&passInput{lines: lines, final: tc.final})
		if alone == nil {
			t.Fatalf("final %v: no alone costs", tc.final)
		}
		if got := alone[0][0]; got != tc.bareHead {
			t.Errorf("final %v: bare head alone costs %v, want %v", tc.final, got, tc.bareHead)
		}
		if got := alone[0][maxAloneLines]; got != tc.seen {
			t.Errorf("final %v: a cell seen whole costs %v, want %v", tc.final, got, tc.seen)
		}
	}
}

// TestDateGoesOnNoOtherCell: beside a time column, a line that is only a
// date opening with its digits ("2029 -") goes on no other column's cell
// (a place's); a date said in words ("trước ngày 31/12") may end a note.
func TestDateGoesOnNoOtherCell(t *testing.T) {
	sp := &splitter{hasTime: true, pairs: wordPairs{newHashSet(0)}}
	other := &colModel{kind: colOther}
	for _, tc := range []struct {
		prev, p string
		want    float64
	}{
		{"Đại Đồng", "2029 -", costTimePhraseElsewhere},
		{"Đại Đồng", "15/12/2029", costTimePhraseElsewhere},
		{"Ban hành", "trước ngày 31/12", 0},
		{"Ban hành trước ngày", "31/12/2029", costTimePhraseElsewhere}, // most often the time's "Tháng" / "5/2026"
		{"Mỗi xã ít nhất", "01 lớp", 0},
	} {
		if got := sp.kindContinuation(other, pieceOf(tc.prev), pieceOf(tc.p)); got != tc.want {
			t.Errorf("kindContinuation(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
	sp.hasTime = false
	if got := sp.kindContinuation(other, pieceOf("Đại Đồng"), pieceOf("2029 -")); got != 0 {
		t.Errorf("with no time column: %v, want 0", got)
	}
}

// TestDateAfterItsUnit: a date on a line of its own after a cell's
// lowercase line that waits for it ("Chuyển tiếp" / "từ năm" / "2026")
// goes on that cell: a notes column pays nothing for it. After any other
// line it pays as a date stranded from the time beside (strandsDate), and
// so after a time's own capitalised first line ("Trước ngày").
func TestDateAfterItsUnit(t *testing.T) {
	sp := &splitter{hasTime: true, cols: []colModel{{kind: colOther}, {kind: colTime}}}
	for _, tc := range []struct {
		before, p string
		completes bool
	}{
		{"từ năm", "2026", true},
		{"ban hành trước ngày", "31/12", true},
		{"Trước ngày", "31/12", false}, // a time's own first line
		{"Chuyển tiếp", "2026", false},
		{"từ năm 2025", "2026", false},
	} {
		ps := pieces(tc.before, tc.p)
		if got := completesDate(&ps[0]); got != tc.completes {
			t.Errorf("completesDate(%q) = %v, want %v", tc.before, got, tc.completes)
		}
		want := costTimePhraseElsewhere
		if tc.completes {
			want = 0
		}
		if got := sp.kindContinuation(&sp.cols[0], &ps[0], &ps[1]); got != want {
			t.Errorf("kindContinuation(%q, %q) in notes = %v, want %v", tc.before, tc.p, got, want)
		}
	}
}

func TestHeadAtBreakCost(t *testing.T) {
	for _, tc := range []struct {
		name           string
		prev, line     string // prev: the cell's last line before the break ("" none)
		later, rowspan bool
		want           float64
	}{
		{"bank's head broken at the page", "Tôn giáo; Ngân", "hàng", true, false, costBareUnitHead},
		{"office's head broken at the page", "Văn", "phòng", true, false, costBareUnitHead},
		{"the name goes on the line", "Văn", "phòng Sở", true, false, 0},
		{"lowercase: a whole name ends", "Các công", "chức", true, false, 0},
		{"no head", "Sở Tư", "pháp", true, false, 0},
		{"nothing before the break", "", "hàng", true, false, 0},
		{"the first page: no cell before", "Ngân", "hàng", false, false, 0},
		{"a row going on the task above opens a paragraph", "Ngân", "hàng", true, true, 0},
	} {
		in := &passInput{later: tc.later, rowspan: tc.rowspan, prev: []*piece{nil}}
		if tc.prev != "" {
			in.prev[0] = pieceOf(tc.prev)
		}
		if got := in.headAtBreakCost(0, pieceOf(tc.line)); got != tc.want {
			t.Errorf("%s: %q / %q: %v, want %v", tc.name, tc.prev, tc.line, got, tc.want)
		}
	}
}

// TestOpensSpanUnit covers the line a span's count ("Định kỳ 6") goes on
// with.
func TestOpensSpanUnit(t *testing.T) {
	for in, want := range map[string]bool{
		"tháng, hằng năm": true, "năm": true, "giờ một lần": true, "lần/năm": false,
		"nhân dân tỉnh": false, "Tháng 6": true, "": false,
	} {
		p := pieceOf(in)
		if got := opensSpanUnit(p); got != want {
			t.Errorf("opensSpanUnit(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestUnitAfterMeasure(t *testing.T) {
	checkPairRule(t, "unitAfterMeasure", onLines(unitAfterMeasure), []pairCase{
		{"100% hồ sơ", "Bộ phận Một", true},   // a target's share, then the lead's unit
		{"08 tổ", "Đoàn Thanh niên xã", true}, // a target's count
		{"100% hồ sơ", "được số hóa", false},  // the target goes on
		{"Báo cáo", "Sở Y tế", false},         // no measure: "Báo cáo" / "UBND tỉnh" is one product
		{"6 tháng", "Sở Y tế", false},         // a period is no count of things
		{"2026", "Sở Y tế", false},
	})
}

// TestLinkerGoesOn: a line opening with a capitalised linking word opens
// a cell unless the line above ended a sentence, an item, a lead-in or a
// clause.
func TestLinkerGoesOn(t *testing.T) {
	checkPairRule(t, "linkerGoesOn", onLines(linkerGoesOn), []pairCase{
		{"Ngân sách tỉnh", "Theo hướng dẫn của", true}, // a note beside the funding
		{"Quý IV/2070", "Theo kế hoạch của Bộ Tư pháp", true},
		{"Phòng Quản lý chất lượng", "Tại các khoa", true},
		{"Sở Y tế;", "Các sở, ban, ngành", false},         // a list's next item
		{"Sở Nội vụ, Sở Tài chính,", "Các đơn vị", false}, // … after a comma
		{"… năm 2026.", "Trong đó, ưu tiên", false},       // a new sentence in the cell
		{"gồm các nội dung sau:", "Theo từng quý", false}, // a lead-in
		{"Bộ phận", "Một cửa phường", false},              // "Một" of a name
		{"Ngân sách tỉnh", "THEO KẾ HOẠCH", false},        // capitals: a heading's
		{"Ngân sách tỉnh", "theo kế hoạch", false},        // lowercase: goes on
		{"Ngân sách tỉnh", "- Theo kế hoạch", false},      // a bullet's own paragraph
	})
}

// TestOverflowIn: a date alone on its line never overflows a time column,
// however narrow the column learned; anything else does, and a date does
// in another column.
func TestOverflowIn(t *testing.T) {
	sp := &splitter{cols: []colModel{{kind: colTime, width: 2000}, {kind: colOther, width: 2000}}}
	for _, tc := range []struct {
		col  int
		text string
		free bool
	}{
		{0, "25/01/2036", true},
		{0, "2036", false}, // narrow enough: no overflow to spare
		{0, "Trước ngày 25/01/2036", false},
		{0, "Thường xuyên", false},
		{1, "25/01/2036", false},
	} {
		p := pieceOf(tc.text)
		got, plain := sp.overflowIn(tc.col, p), overflowCost(p.w, sp.cols[tc.col].width)
		if tc.free && (got != 0 || plain == 0) || !tc.free && got != plain {
			t.Errorf("overflowIn(%d, %q) = %v (overflowCost %v), want free: %v", tc.col, tc.text, got, plain, tc.free)
		}
	}
}
