package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"annex/internal/metrics"
	"annex/model"
)

func openXLSX(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestWorkbook reads every corpus annex's workbook back and checks values,
// merges, styles, widths, panes, filter, print titles, drop-down and row
// heights.
func TestWorkbook(t *testing.T) {
	for name, p := range corpusPlans(t) {
		t.Run(filepath.Base(filepath.Dir(name))+"/"+filepath.Base(name), func(t *testing.T) {
			data, err := MarshalXLSX(p, XLSXOptions{})
			if err != nil {
				t.Fatal(err)
			}
			f := openXLSX(t, data)
			checkHeading(t, f, p)
			checkTable(t, f, p, true)
			checkSheetSetup(t, f, p)
		})
	}
}

func checkHeading(t *testing.T, f *excelize.File, p *model.Plan) {
	for row, want := range map[int]string{1: strings.TrimSpace("PHỤ LỤC " + p.Appendix), 2: strings.ToUpper(p.Title), 3: p.Subtitle} {
		a := cellName(1, row)
		if got, _ := f.GetCellValue(SheetTasks, a); got != want {
			t.Errorf("%s = %q, want %q", a, got, want)
		}
	}
	merges, _ := f.GetMergeCells(SheetTasks)
	found := map[string]bool{}
	for _, m := range merges {
		found[m.GetStartAxis()+":"+m.GetEndAxis()] = true
	}
	last := colNameT(len(p.Columns) + 1)
	for _, r := range []string{"A1:" + last + "1", "A2:" + last + "2", "A3:" + last + "3"} {
		if !found[r] {
			t.Errorf("heading row %s not merged across the table (merges %v)", r, found)
		}
	}
	if st := style(t, f, "A2"); st.Font == nil || !st.Font.Bold || st.Font.Family != fontName {
		t.Errorf("title style %+v", st.Font)
	}
	if st := style(t, f, "A3"); st.Font == nil || !st.Font.Italic {
		t.Error("subtitle not italic")
	}
}

func cellName(c, r int) string { s, _ := excelize.CoordinatesToCellName(c, r); return s }
func colNameT(n int) string    { s, _ := excelize.ColumnNumberToName(n); return s }

func style(t *testing.T, f *excelize.File, a string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(SheetTasks, a)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// checkTable walks the plan as the workbook lays it out and compares each
// row: values, styles and heights.
func checkTable(t *testing.T, f *excelize.File, p *model.Plan, status bool) {
	ncols := len(p.Columns)
	if status {
		ncols++
	}
	for i, c := range p.Columns {
		a := cellName(i+1, firstTableRow)
		if got, _ := f.GetCellValue(SheetTasks, a); got != c.Header {
			t.Errorf("header %s = %q, want %q", a, got, c.Header)
		}
		st := style(t, f, a)
		if !st.Font.Bold || !st.Alignment.WrapText || st.Alignment.Horizontal != "center" || len(st.Border) != 4 || len(st.Fill.Color) == 0 {
			t.Errorf("header %s style: bold, wrapped, centred, bordered, filled wanted", a)
		}
	}
	if status {
		if got, _ := f.GetCellValue(SheetTasks, cellName(ncols, firstTableRow)); got != StatusHeader {
			t.Errorf("status header %q", got)
		}
	}
	merges, _ := f.GetMergeCells(SheetTasks)
	merged := map[string]string{}
	for _, m := range merges {
		merged[m.GetStartAxis()] = m.GetEndAxis()
	}
	widths := make([]float64, ncols)
	for i := range widths {
		widths[i], _ = f.GetColWidth(SheetTasks, colNameT(i+1))
	}
	row := firstTableRow + 1
	p.Walk(func(it *model.Item, _ []*model.Item) {
		num, _ := f.GetCellValue(SheetTasks, cellName(1, row))
		if num != it.Number {
			t.Fatalf("row %d: number %q, want %q", row, num, it.Number)
		}
		texts := map[int]string{}
		if it.Kind.IsHeading() {
			texts[2] = it.Title
			if end := merged[cellName(2, row)]; end != cellName(ncols, row) {
				t.Errorf("row %d: section title not merged to the table's end (%q)", row, end)
			}
			if st := style(t, f, cellName(2, row)); !st.Font.Bold {
				t.Errorf("row %d: section not bold", row)
			}
		} else {
			for i, c := range p.Columns {
				switch c.Key {
				case model.RoleNumber:
				case model.KeyExtra:
					texts[i+1], _ = it.Extra(c.Header)
				default:
					texts[i+1], _ = it.Cell(c.Key)
				}
			}
		}
		h, _ := f.GetRowHeight(SheetTasks, row)
		for col, want := range texts {
			a := cellName(col, row)
			if got, _ := f.GetCellValue(SheetTasks, a); got != want {
				t.Errorf("%s = %q, want %q", a, got, want)
			}
			st := style(t, f, a)
			if !st.Alignment.WrapText || len(st.Border) != 4 {
				t.Errorf("%s: not wrapped or without borders", a)
			}
			w := widths[col-1]
			if it.Kind.IsHeading() {
				w = 0
				for _, x := range widths[1:] {
					w += x
				}
			}
			if need := math.Min(maxRowHeight, float64(metrics.WrapLines(want, emWidth(w)))*lineHeight+rowPadding); h+0.01 < need {
				t.Errorf("%s: row height %.1f, the text needs %.1f", a, h, need)
			}
		}
		row++
	})
	if status {
		dvs, _ := f.GetDataValidations(SheetTasks)
		if len(dvs) != 1 || !strings.Contains(dvs[0].Formula1, StatusValues[2]) || !strings.HasPrefix(dvs[0].Sqref, colNameT(ncols)) {
			t.Errorf("status drop-down %+v", dvs)
		}
	}
}

func checkSheetSetup(t *testing.T, f *excelize.File, p *model.Plan) {
	panes, _ := f.GetPanes(SheetTasks)
	if !panes.Freeze || panes.YSplit != firstTableRow {
		t.Errorf("panes %+v: frozen below the header wanted", panes)
	}
	names := f.GetDefinedName()
	var titles, filter bool
	for _, n := range names {
		titles = titles || n.Name == "_xlnm.Print_Titles" && strings.Contains(n.RefersTo, "$5:$5")
		filter = filter || n.Name == "_xlnm._FilterDatabase"
	}
	if !titles || !filter {
		t.Errorf("defined names %+v: print titles and autofilter wanted", names)
	}
	layout, _ := f.GetPageLayout(SheetTasks)
	if *layout.Orientation != "landscape" || *layout.Size != 9 || *layout.FitToWidth != 1 {
		t.Errorf("page layout %+v", layout)
	}
	hf, _ := f.GetHeaderFooter(SheetTasks)
	if !strings.Contains(hf.OddFooter, "Trang &P/&N") {
		t.Errorf("footer %q", hf.OddFooter)
	}
	props, _ := f.GetDocProps()
	if props.Title != p.Title || props.Created != fixedDate {
		t.Errorf("properties %+v", props)
	}
	sheets := f.GetSheetList()
	if len(p.Warnings) > 0 {
		if len(sheets) != 2 || sheets[1] != SheetWarnings {
			t.Errorf("sheets %v", sheets)
		}
		if got, _ := f.GetCellValue(SheetWarnings, "C2"); got != p.Warnings[0].Message {
			t.Errorf("first warning %q", got)
		}
	} else if len(sheets) != 1 {
		t.Errorf("sheets %v", sheets)
	}
	content := 0
	for i, c := range p.Columns {
		w, _ := f.GetColWidth(SheetTasks, colNameT(i+1))
		if c.Key == model.RoleContent {
			content = i
		}
		if cw, _ := f.GetColWidth(SheetTasks, colNameT(content+1)); w > cw {
			t.Errorf("column %s is wider than the content column", c.Header)
		}
	}
}

func TestWorkbookNoStatus(t *testing.T) {
	p := corpusPlans(t)["../seeds/000_a1139260fa9e1465.txt"]
	data, err := MarshalXLSX(p, XLSXOptions{NoStatus: true})
	if err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, data)
	checkTable(t, f, p, false)
	if got, _ := f.GetCellValue(SheetTasks, cellName(len(p.Columns)+1, firstTableRow)); got != "" {
		t.Errorf("a column after the table: %q", got)
	}
}

// TestDeterministic: the same plan gives the same bytes, twice.
func TestDeterministic(t *testing.T) {
	p := corpusPlans(t)["../seeds/000_a1139260fa9e1465.txt"]
	a, _ := MarshalXLSX(p, XLSXOptions{})
	b, _ := MarshalXLSX(p, XLSXOptions{})
	if !bytes.Equal(a, b) {
		t.Error("two workbooks of one plan differ")
	}
	c, _ := MarshalCSV(p)
	d, _ := MarshalCSV(p)
	if !bytes.Equal(c, d) {
		t.Error("two CSV files of one plan differ")
	}
}

func TestCSV(t *testing.T) {
	p := corpusPlans(t)["../seeds/000_a1139260fa9e1465.txt"]
	data, err := MarshalCSV(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeff")) || !bytes.Contains(data, []byte("\r\n")) {
		t.Fatal("want a BOM and CRLF line ends")
	}
	recs, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	tasks := 0
	p.Walk(func(it *model.Item, _ []*model.Item) {
		if it.Kind == model.KindTask {
			tasks++
		}
	})
	if len(recs) != tasks+1 {
		t.Fatalf("%d rows, want %d tasks and a header", len(recs), tasks)
	}
	byPath := map[string][]string{}
	for _, r := range recs[1:] {
		byPath[r[0]] = r
	}
	a := byPath["IV.1.a"]
	if a == nil || a[1] != "IV" || a[3] != "a" || !strings.Contains(a[4], "\n- Trước mắt") {
		t.Errorf("IV.1.a row %q", a)
	}
	if recs[0][3] != "STT" || recs[0][4] != "NỘI DUNG NHIỆM VỤ" {
		t.Errorf("header %q", recs[0])
	}
}
