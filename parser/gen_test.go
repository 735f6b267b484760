package parser

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"annex/internal/metrics"
	"annex/model"
)

// The generator builds random annex tables from generic vocabulary and
// renders them the way the corpus files look, so that the parser is tried on
// tables nobody wrote a test for. Widths are in thousandths of an em, the
// unit of internal/metrics, and cells wrap greedily at their column's width
// as a word processor wraps them.

var (
	genSeed   = flag.Uint64("gen.seed", 0, "replay the generated table with this seed (property tests)")
	genTables = flag.Int("gen.n", 2000, "random tables per property test")
	genKeep   = flag.String("gen.keep", "", "with -gen.seed: keep the table as testdata/gen/NAME.{txt,want}")
)

// genCol is one column of a generated table.
type genCol struct {
	key, header string
	width       int
}

// genRow is a heading (a part, section or subsection: number and title)
// or a task (cells by column, cells[0] is the number as printed). path is
// the item's place as flat() prints it.
type genRow struct {
	kind  model.Kind
	cells []string
	path  string
}

type genTable struct {
	cols []genCol
	rows []genRow
	page int // lines per page
}

var genHeaders = map[string][]string{
	model.RoleContent:      {"Nội dung nhiệm vụ", "NỘI DUNG NHIỆM VỤ", "Nhiệm vụ", "Tên nhiệm vụ"},
	model.RoleLead:         {"Cơ quan chủ trì", "ĐƠN VỊ CHỦ TRÌ", "Chủ trì", "Đơn vị chủ trì"},
	model.RoleCoordinating: {"Cơ quan phối hợp", "ĐƠN VỊ PHỐI HỢP", "Phối hợp", "Đơn vị phối hợp"},
	model.RoleDeliverable:  {"Sản phẩm", "SẢN PHẨM", "Kết quả dự kiến", "Sản phẩm đầu ra"},
	model.RoleTimeframe:    {"Thời gian thực hiện", "THỜI GIAN THỰC HIỆN", "Thời gian hoàn thành", "Thời hạn hoàn thành"},
	model.RoleFunding:      {"Nguồn kinh phí", "NGUỒN KINH PHÍ"},
	model.RoleNote:         {"Ghi chú", "GHI CHÚ"},
	model.KeyExtra:         {"Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ trách"},
}

var (
	genVerbs = []string{"Triển khai", "Xây dựng", "Tổ chức", "Rà soát", "Nâng cao", "Tăng cường", "Hoàn thiện",
		"Đẩy mạnh", "Kiểm tra", "Tuyên truyền", "Đánh giá", "Hướng dẫn", "Phối hợp", "Thực hiện"}
	genWords = strings.Fields(`các nội dung kế hoạch chất lượng công tác quản lý nhà nước về chuyển đổi số trên
		địa bàn tỉnh cơ chế chính sách hỗ trợ doanh nghiệp người dân hiệu quả giám sát kết quả hoạt động
		phổ biến pháp luật nguồn vốn tín dụng hạ tầng viễn thông dịch vụ công trực tuyến đào tạo bồi dưỡng
		cán bộ công chức viên chức cải cách hành chính thủ tục năng lực cạnh tranh phát triển bền vững
		môi trường đầu tư kinh doanh an ninh trật tự xã hội chương trình mục tiêu quốc gia giai đoạn`)
	genUnits = []string{"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương",
		"Sở Khoa học và Công nghệ", "Sở Y tế", "Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
		"Ủy ban nhân dân các xã, phường", "Các sở, ban, ngành có liên quan", "UBND các huyện, thành phố",
		"Ban Quản lý các khu công nghiệp", "Ngân hàng Nhà nước chi nhánh tỉnh", "Bảo hiểm xã hội tỉnh"}
	genProducts = []string{"Báo cáo kết quả thực hiện", "Kế hoạch triển khai", "Văn bản chỉ đạo", "Quyết định phê duyệt",
		"Hệ thống thông tin", "Tờ trình", "Đề án", "Báo cáo", "Văn bản hướng dẫn", "Hội nghị tập huấn"}
	genTimes = []string{"Thường xuyên", "Quý II/2026", "Năm 2026", "Hằng năm", "Trước ngày 30/6/2026",
		"2026 - 2030", "Tháng 12/2025", "Quý IV năm 2025", "Hàng quý"}
	genRomans  = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}
	genFunding = []string{"Ngân sách tỉnh", "Ngân sách nhà nước", "Xã hội hóa", "Ngân sách trung ương và địa phương"}
	genNotes   = []string{"Chuyển tiếp", "Nhiệm vụ mới", "Theo tiến độ của Trung ương"}
	genHeads   = []string{"Giám đốc Sở", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh phụ trách", "Thủ trưởng cơ quan"}
	genLetters = []string{"a", "b", "c", "d", "đ", "e"}
)

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

// genSentence is a capitalised sentence of n generic words after a verb.
func genSentence(r *rand.Rand, n int, end string) string {
	ws := []string{pick(r, genVerbs)}
	for range n {
		ws = append(ws, pick(r, genWords))
	}
	return strings.Join(ws, " ") + end
}

// genUnitList is one to max units, joined the way annexes list them.
func genUnitList(r *rand.Rand, max int) string {
	n := 1 + r.IntN(max)
	us := make([]string, n)
	for i := range us {
		us[i] = pick(r, genUnits)
	}
	return strings.Join(us, pick(r, []string{"; ", ", "}))
}

// newGenTable draws a table: its columns (content and lead always; the
// coordinating, product and time columns each maybe, product and time in
// either order; now and then a funding or note column at the end, or an
// extra column between content and lead), widths, and rows under a
// numbering drawn from the shapes annexes use: sections alone or under
// letter parts A, B; tasks numbered per section or on through the table,
// written "1" or "1.", under dotted subsections (II.1, II.1.1), or dotted
// themselves (1.1, 2.3) under a section with no task 1; lettered
// sub-tasks.
func newGenTable(r *rand.Rand) genTable {
	roles := []string{model.RoleContent, model.RoleLead}
	if r.IntN(8) == 0 {
		roles = []string{model.RoleContent, model.KeyExtra, model.RoleLead}
	}
	if r.IntN(4) > 0 {
		roles = append(roles, model.RoleCoordinating)
	}
	tail := []string{}
	if r.IntN(3) > 0 {
		tail = append(tail, model.RoleDeliverable)
	}
	if r.IntN(5) > 0 {
		tail = append(tail, model.RoleTimeframe)
	}
	if len(tail) == 2 && r.IntN(3) == 0 {
		tail[0], tail[1] = tail[1], tail[0]
	}
	roles = append(roles, tail...)
	if r.IntN(8) == 0 {
		roles = append(roles, model.RoleFunding)
	}
	if r.IntN(10) == 0 {
		roles = append(roles, model.RoleNote)
	}
	t := genTable{cols: []genCol{{model.RoleNumber, pick(r, []string{"STT", "TT"}), 2000}}, page: 35 + r.IntN(20)}
	for _, role := range roles {
		w := 6000 + r.IntN(3500)
		if role == model.RoleContent {
			w = 17000 + r.IntN(9000)
		}
		t.cols = append(t.cols, genCol{role, pick(r, genHeaders[role]), w})
	}
	t.genRows(r)
	return t
}

// genNumbering is how a generated table numbers its rows.
type genNumbering struct {
	parts, subsections, dottedTasks, runOn, letters bool
	suffix                                          string // "" or "."
}

func drawNumbering(r *rand.Rand) genNumbering {
	n := genNumbering{parts: r.IntN(8) == 0, runOn: r.IntN(4) == 0, letters: r.IntN(6) == 0}
	switch r.IntN(8) {
	case 0:
		n.subsections = true
	case 1:
		n.dottedTasks = true
	}
	if r.IntN(4) == 0 {
		n.suffix = "."
	}
	return n
}

// genRows draws the rows: parts, sections, subsections, tasks and
// sub-tasks as the numbering says.
func (t *genTable) genRows(r *rand.Rand) {
	num := drawNumbering(r)
	task, sections := 0, 0
	heading := func(kind model.Kind, number, path string) {
		title := genSentence(r, 3+r.IntN(10), "")
		if r.IntN(3) == 0 {
			title = strings.ToUpper(title)
		}
		t.rows = append(t.rows, genRow{kind, []string{number, title}, path})
	}
	tasks := func(parent, section string, n int) {
		if !num.runOn && !num.subsections {
			task = 0
		}
		for range n {
			task++
			number := fmt.Sprint(task)
			if num.dottedTasks {
				number = fmt.Sprintf("%d.%d", sections, task)
			}
			t.rows = append(t.rows, genRow{model.KindTask, t.genCells(r, number+num.suffix), parent + "." + number})
			if num.letters && r.IntN(3) == 0 {
				for k := range 1 + r.IntN(3) {
					l := genLetters[k]
					t.rows = append(t.rows, genRow{model.KindTask, t.genCells(r, l), parent + "." + number + "." + l})
				}
			}
		}
	}
	parts := []string{""}
	if num.parts {
		parts = []string{"A", "B"}[:1+r.IntN(2)]
	}
	for _, part := range parts {
		prefix := ""
		if part != "" {
			heading(model.KindPart, part, part)
			prefix = part + "."
		}
		for s := range 1 + r.IntN(4) {
			roman := genRomans[s]
			sections++
			heading(model.KindSection, roman, prefix+roman)
			if !num.subsections {
				tasks(prefix+roman, roman, 1+r.IntN(5))
				continue
			}
			for k := range 1 + r.IntN(3) {
				sub := fmt.Sprintf("%s.%d", roman, k+1)
				heading(model.KindSubsection, sub, prefix+roman+"."+sub)
				tasks(prefix+roman+"."+sub, roman, 1+r.IntN(3))
			}
		}
	}
}

func (t genTable) genCells(r *rand.Rand, number string) []string {
	cells := []string{number}
	for _, c := range t.cols[1:] {
		var s string
		switch c.key {
		case model.RoleContent:
			s = genSentence(r, 4+r.IntN(30), pick(r, []string{".", "", ";"}))
		case model.RoleLead:
			s = genUnitList(r, 1)
		case model.RoleCoordinating:
			if r.IntN(6) > 0 {
				s = genUnitList(r, 3)
			}
		case model.RoleDeliverable:
			s = pick(r, genProducts)
		case model.RoleTimeframe:
			s = pick(r, genTimes)
		case model.RoleFunding:
			s = pick(r, genFunding)
		case model.RoleNote:
			if r.IntN(3) == 0 {
				s = pick(r, genNotes)
			}
		case model.KeyExtra:
			s = pick(r, genHeads)
		}
		if c.key != model.RoleContent && c.key != model.RoleLead && r.IntN(25) == 0 {
			s = "" // any cell but the content may be empty
		}
		cells = append(cells, s)
	}
	return cells
}

// wrapText wraps text greedily at width, as a word processor does.
func wrapText(text string, width int) []string {
	var lines []string
	cur, used := "", 0
	for _, w := range strings.Fields(text) {
		ww := metrics.TextWidth(w)
		if cur != "" && used+metrics.SpaceWidth+ww > width {
			lines, cur, used = append(lines, cur), "", 0
		}
		if cur == "" {
			cur, used = w, ww
		} else {
			cur, used = cur+" "+w, used+metrics.SpaceWidth+ww
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// renderCellBlock writes the table as text pulled out of a PDF in cell-block
// order: the heading, the header's cells wrapped, then each row's cells one
// after another; a row that does not fit on the page is split, its first
// lines of every column, the page number, then the rest of each column.
func (t genTable) renderCellBlock(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số /KH-UBND ngày / /2025)\n")
	header := func() {
		for _, c := range t.cols {
			for _, l := range wrapText(c.header, c.width) {
				b.WriteString(l + "\n")
			}
		}
	}
	header()
	page, used := 1, 6
	for _, row := range t.rows {
		cols := t.rowLines(row)
		height := linesHeight(cols)
		for start := 0; start < height; {
			room := t.page - used
			if room <= 0 {
				page++
				fmt.Fprintf(&b, "%d\n", page)
				if r.IntN(2) == 0 {
					header()
				}
				used, room = 0, t.page
			}
			end := min(height, start+room)
			for _, ls := range cols {
				for _, l := range ls[min(start, len(ls)):min(end, len(ls))] {
					b.WriteString(l + "\n")
				}
			}
			used += end - start
			start = end
		}
	}
	return b.String()
}

// linesHeight is how many printed lines a row of columns' lines takes.
func linesHeight(cols [][]string) int {
	h := 0
	for _, ls := range cols {
		h = max(h, len(ls))
	}
	return h
}

// rowLines is each column's wrapped lines for one row; a section's title
// spans every column but the number's.
func (t genTable) rowLines(row genRow) [][]string {
	if row.kind.IsHeading() {
		w := 0
		for _, c := range t.cols[1:] {
			w += c.width
		}
		return [][]string{{row.cells[0]}, wrapText(row.cells[1], w)}
	}
	out := make([][]string, len(t.cols))
	for i, c := range t.cols {
		out[i] = wrapText(row.cells[i], c.width)
	}
	return out
}

// want is the table as flat() prints a plan.
func (t genTable) want() []string {
	var out []string
	for _, row := range t.rows {
		if row.kind.IsHeading() {
			out = append(out, row.path+" "+string(row.kind)+" | "+row.cells[1])
			continue
		}
		out = append(out, row.path+" task | "+strings.Join(row.cells[1:], " | "))
	}
	return out
}

// propertyStats counts how a run of generated tables came out.
type propertyStats struct {
	tables, exactTables, rows, exactRows int
	failed                               []uint64
}

// minExactRows is the share of generated rows the parser must recover
// exactly. The goal is every row; the bar keeps what has been reached.
const minExactRows = 0.95

// runProperty renders each generated table as text and parses it back.
func runProperty(t *testing.T, render func(genTable, *rand.Rand) string, parse func(string, []byte) (*model.Plan, error)) {
	runPropertyAt(t, minExactRows, render, parse)
}

// runPropertyAt is runProperty holding the parser to another share of
// exact rows.
func runPropertyAt(t *testing.T, least float64, render func(genTable, *rand.Rand) string, parse func(string, []byte) (*model.Plan, error)) {
	runPropertyOnAt(t, true, least, func(tb genTable, r *rand.Rand) (*model.Plan, string, error) {
		text := render(tb, r)
		p, err := parse("gen.txt", []byte(text))
		return p, text, err
	})
}

// runPropertyOn runs the property over the generated tables: run renders
// and parses one, returning the plan and what to print of the input on a
// failure; keepable says that input can be kept as a text fixture.
func runPropertyOn(t *testing.T, keepable bool, run func(genTable, *rand.Rand) (*model.Plan, string, error)) {
	runPropertyOnAt(t, keepable, minExactRows, run)
}

func runPropertyOnAt(t *testing.T, keepable bool, least float64, run func(genTable, *rand.Rand) (*model.Plan, string, error)) {
	seeds := make([]uint64, *genTables)
	for i := range seeds {
		seeds[i] = uint64(i + 1)
	}
	if *genSeed != 0 {
		seeds = []uint64{*genSeed}
	}
	results := generateAndParse(seeds, run)
	var st propertyStats
	for i, seed := range seeds {
		got, want, text, err := results[i].got, results[i].want, results[i].text, results[i].err
		if err != nil {
			t.Errorf("seed %d: %v", seed, err)
			continue
		}
		st.tables++
		st.rows += len(want)
		exact := len(got) == len(want)
		for i := range want {
			if i < len(got) && got[i] == want[i] {
				st.exactRows++
			} else {
				exact = false
			}
		}
		if exact {
			st.exactTables++
		} else {
			st.failed = append(st.failed, seed)
		}
		if *genKeep != "" && *genSeed != 0 && keepable {
			keepGenerated(t, *genKeep, text, want)
		}
		if *genSeed != 0 && !exact {
			t.Logf("text:\n%s", text)
			t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	share := float64(st.exactRows) / float64(max(st.rows, 1))
	t.Logf("%d tables, %d exact; %d of %d rows exact (%.1f%%)", st.tables, st.exactTables, st.exactRows, st.rows, 100*share)
	if len(st.failed) > 0 {
		t.Logf("replay a failure: go test ./parser -run %s -gen.seed=%d -v (failing seeds %v)", t.Name(), st.failed[0], st.failed[:min(10, len(st.failed))])
	}
	if share < least {
		t.Errorf("only %.1f%% of rows exact, want at least %.0f%%; failing seeds %v", 100*share, 100*least, st.failed[:min(10, len(st.failed))])
	}
}

// propertyResult is what one generated table gave.
type propertyResult struct {
	got, want []string
	text      string
	err       error
}

// generateAndParse generates and parses the table of each seed, on every
// CPU: the tables are independent, and the results come back in seed order.
func generateAndParse(seeds []uint64, run func(genTable, *rand.Rand) (*model.Plan, string, error)) []propertyResult {
	out := make([]propertyResult, len(seeds))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				r := rand.New(rand.NewPCG(seeds[i], 0))
				tb := newGenTable(r)
				p, text, err := run(tb, r)
				out[i] = propertyResult{want: tb.want(), err: err}
				if err == nil {
					out[i].got = flat(p)
				}
				if len(seeds) == 1 {
					out[i].text = text // printed or kept for a replayed seed
				}
			}
		})
	}
	for i := range seeds {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// keepGenerated writes a generated table and the rows it must give as a
// fixture for TestGeneratedFixtures.
func keepGenerated(t *testing.T, name, text string, want []string) {
	base := filepath.Join("testdata", "gen", name)
	if err := os.WriteFile(base+".txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".want", []byte(strings.Join(want, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPropertyCellBlock(t *testing.T) {
	n := *genTables
	if testing.Short() && *genSeed == 0 {
		*genTables = 200
		defer func() { *genTables = n }()
	}
	runProperty(t, genTable.renderCellBlock, ParseText)
}

// layoutCharWidth is how wide one character of pdftotext -layout output is,
// in thousandths of an em of the body font.
const layoutCharWidth = 400

// layoutPageWidth is how many characters a page number is centred in.
const layoutPageWidth = 100

// renderLayout writes the table the way pdftotext -layout does: each
// printed line is one text line, each column's text starting at that
// column's character position (pushed right by one space when the text
// before it runs long), form feeds between pages and the page number
// centred on its own line at the foot of each page.
func (t genTable) renderLayout(r *rand.Rand) string {
	starts := make([]int, len(t.cols))
	x := 0
	for i, c := range t.cols {
		starts[i] = x
		x += c.width/layoutCharWidth + 2
	}
	var b strings.Builder
	b.WriteString("                         PHỤ LỤC\n                    DANH MỤC NHIỆM VỤ\n      (Kèm theo Kế hoạch số /KH-UBND ngày / /2025)\n\n")
	header := func() {
		cols := make([][]string, len(t.cols))
		for i, c := range t.cols {
			cols[i] = wrapText(c.header, c.width)
		}
		writeLayoutLines(&b, cols, starts, false)
	}
	header()
	page := 1
	footer := func() {
		n := fmt.Sprint(page)
		fmt.Fprintf(&b, "\n%s%s\n\f", strings.Repeat(" ", (layoutPageWidth-len(n))/2), n)
		page++
	}
	t.paginate(r, footer, header, func(row genRow, part [][]string) {
		writeLayoutLines(&b, part, starts, row.kind.IsHeading())
	})
	footer()
	return b.String()
}

// paginate lays the rows' lines out on pages of t.page lines, the first
// page's table starting below its heading: a row that does not fit is
// split, its first lines of every column on one page, the rest on the
// next. write is called with each page's part of a row; footer at each
// page's end, then header when the next page repeats it (every other
// page, at random).
func (t genTable) paginate(r *rand.Rand, footer, header func(), write func(row genRow, part [][]string)) {
	used := 6
	for _, row := range t.rows {
		cols := t.rowLines(row)
		height := linesHeight(cols)
		for start := 0; start < height; {
			if used >= t.page {
				footer()
				if r.IntN(2) == 0 {
					header()
				}
				used = 0
			}
			end := min(height, start+t.page-used)
			part := make([][]string, len(cols))
			for i, ls := range cols {
				part[i] = ls[min(start, len(ls)):min(end, len(ls))]
			}
			write(row, part)
			used += end - start
			start = end
		}
	}
}

// writeLayoutLines sets columns of lines side by side. A section's title
// (spans) starts in the content column.
func writeLayoutLines(b *strings.Builder, cols [][]string, starts []int, spans bool) {
	height := linesHeight(cols)
	for k := range height {
		var line []rune
		for i, ls := range cols {
			if k >= len(ls) {
				continue
			}
			at := starts[i]
			if spans && i > 0 {
				at = starts[1]
			}
			if len(line) > 0 {
				at = max(at, len(line)+1)
			}
			for len(line) < at {
				line = append(line, ' ')
			}
			line = append(line, []rune(ls[k])...)
		}
		b.WriteString(string(line) + "\n")
	}
}

func TestPropertyLayout(t *testing.T) {
	n := *genTables
	if testing.Short() && *genSeed == 0 {
		*genTables = 200
		defer func() { *genTables = n }()
	}
	runProperty(t, genTable.renderLayout, ParseText)
}

// TestGeneratedFixtures parses the generated tables that taught something,
// kept in testdata/gen as text with the rows they must give (.want, one
// flat() row a line). Write a new one with -gen.keep=NAME and -gen.seed.
func TestGeneratedFixtures(t *testing.T) {
	checkFlatFixtures(t, "testdata/gen/*.txt", false, false)
}
