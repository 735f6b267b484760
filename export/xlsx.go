package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"annex/internal/metrics"
	"annex/model"
)

// XLSXOptions shape the workbook.
type XLSXOptions struct {
	// NoStatus leaves out the "Tình trạng" tracking column.
	NoStatus bool
}

// Sheet names and the tracking column.
const (
	SheetTasks    = "Nhiệm vụ"
	SheetWarnings = "Cảnh báo"
	StatusHeader  = "Tình trạng"
)

// StatusValues are the choices of the tracking column's drop-down.
var StatusValues = []string{"Chưa thực hiện", "Đang thực hiện", "Hoàn thành"}

// Layout of the workbook, as Vietnamese administrative documents are set.
const (
	fontName        = "Times New Roman"
	tableFontSize   = 12.0
	headingFontSize = 13.0
	titleFontSize   = 14.0
	headerFill      = "#DDEBF7"
	// tableWidth is the width of the whole table in Excel's character units:
	// an A4 landscape page's printable width in Times New Roman 12.
	tableWidth  = 150.0
	minColWidth = 6.0
	// Row heights: a line of 12 pt Times New Roman takes about 14 pt in
	// LibreOffice and Excel; a little more, plus the cell's padding, keeps
	// every line in sight.
	lineHeight = 14.8
	rowPadding = 4.0
	// An Excel width unit is about 7 pixels, 5.25 points; a cell keeps about
	// 7 points of padding inside. charUnit converts width units to
	// thousandths of an em at 12 pt.
	pointsPerUnit = 5.25
	cellPadding   = 7.0
	firstTableRow = 5 // the header row
)

// defaultShares are the column widths used when a plan does not carry the
// annex's own (a hand-written file): content widest.
var defaultShares = map[string]float64{
	model.RoleNumber: 0.05, model.RoleContent: 0.40, model.RoleLead: 0.15, model.RoleCoordinating: 0.15,
	model.RoleDeliverable: 0.12, model.RoleTimeframe: 0.10, model.RoleFunding: 0.10, model.RoleNote: 0.08,
	model.KeyExtra: 0.12,
}

// MarshalXLSX returns the plan as a formatted workbook.
func MarshalXLSX(p *model.Plan, opts XLSXOptions) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteXLSX(&b, p, opts); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteXLSX writes the plan as a workbook: the table on sheet "Nhiệm vụ",
// laid out for printing, and the parser's warnings on sheet "Cảnh báo".
func WriteXLSX(w io.Writer, p *model.Plan, opts XLSXOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxWriter{f: f, plan: p, status: !opts.NoStatus}
	if err := x.write(); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// xlsxWriter holds what writing one workbook needs.
type xlsxWriter struct {
	f      *excelize.File
	plan   *model.Plan
	status bool
	cols   []model.Column // the table's columns, plus the status column
	widths []float64      // Excel width units
	styles map[string]int
	row    int // next row to write
	err    error
}

func (x *xlsxWriter) write() error {
	x.cols = append([]model.Column(nil), x.plan.Columns...)
	if x.status {
		x.cols = append(x.cols, model.Column{Key: "status", Header: StatusHeader})
	}
	if len(x.plan.Columns) == 0 {
		return fmt.Errorf("the plan has no columns to lay out")
	}
	x.check(x.f.SetSheetName("Sheet1", SheetTasks))
	x.makeStyles()
	x.setWidths()
	x.heading()
	x.header()
	x.items(x.plan.Items)
	x.statusList()
	x.pageSetup()
	x.properties()
	if len(x.plan.Warnings) > 0 {
		x.warningsSheet()
	}
	return x.err
}

// check keeps the first error of the excelize calls, which only fail on
// arguments this writer builds itself.
func (x *xlsxWriter) check(err error) {
	if err != nil && x.err == nil {
		x.err = err
	}
}

func (x *xlsxWriter) lastCol() string { return colName(len(x.cols)) }

func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

func cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// Style names.
const (
	stAppendix = "appendix"
	stTitle    = "title"
	stSubtitle = "subtitle"
	stHeader   = "header"
	stSection  = "section"
	stSectNum  = "sectionnumber"
	stNumber   = "number"
	stContent  = "content"
	stCentered = "centered"
	stWarnHead = "warnhead"
	stWarn     = "warn"
)

func (x *xlsxWriter) makeStyles() {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: fontName, Size: size, Bold: bold, Italic: italic}
	}
	align := func(h, v string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: v, WrapText: true}
	}
	defs := map[string]*excelize.Style{
		stAppendix: {Font: font(headingFontSize, true, false), Alignment: align("center", "center")},
		stTitle:    {Font: font(titleFontSize, true, false), Alignment: align("center", "center")},
		stSubtitle: {Font: font(headingFontSize, false, true), Alignment: align("center", "center")},
		stHeader: {Font: font(tableFontSize, true, false), Alignment: align("center", "center"), Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}}},
		stSection:  {Font: font(tableFontSize, true, false), Alignment: align("left", "center"), Border: border},
		stSectNum:  {Font: font(tableFontSize, true, false), Alignment: align("center", "center"), Border: border},
		stNumber:   {Font: font(tableFontSize, false, false), Alignment: align("center", "center"), Border: border},
		stContent:  {Font: font(tableFontSize, false, false), Alignment: align("justify", "center"), Border: border},
		stCentered: {Font: font(tableFontSize, false, false), Alignment: align("center", "center"), Border: border},
		stWarnHead: {Font: font(tableFontSize, true, false), Alignment: align("center", "center"), Border: border},
		stWarn:     {Font: font(tableFontSize, false, false), Alignment: align("left", "top"), Border: border},
	}
	x.styles = map[string]int{}
	for _, name := range []string{stAppendix, stTitle, stSubtitle, stHeader, stSection, stSectNum, stNumber, stContent, stCentered, stWarnHead, stWarn} {
		id, err := x.f.NewStyle(defs[name])
		x.check(err)
		x.styles[name] = id
	}
}

// setWidths gives the columns the annex's proportions over tableWidth.
func (x *xlsxWriter) setWidths() {
	shares := make([]float64, len(x.cols))
	total := 0.0
	for i, c := range x.cols {
		shares[i] = c.Width
		if shares[i] <= 0 {
			shares[i] = defaultShares[c.Key]
		}
		if c.Key == "status" {
			shares[i] = 0.09
		}
		total += shares[i]
	}
	x.widths = make([]float64, len(x.cols))
	for i := range x.cols {
		x.widths[i] = math.Max(minColWidth, math.Round(10*tableWidth*shares[i]/total)/10)
		x.check(x.f.SetColWidth(SheetTasks, colName(i+1), colName(i+1), x.widths[i]))
	}
}

// emWidth is the width of a column in thousandths of an em at 12 pt, the
// unit metrics.WrapLines counts in.
func emWidth(units float64) int {
	pts := units*pointsPerUnit - cellPadding
	return int(pts / tableFontSize * 1000)
}

// linesIn estimates how many lines text wraps to in a cell as wide as
// columns from..to.
func (x *xlsxWriter) linesIn(text string, from, to int, size float64) int {
	units := 0.0
	for i := from; i <= to; i++ {
		units += x.widths[i]
	}
	return metrics.WrapLines(text, int(float64(emWidth(units))*tableFontSize/size))
}

// maxRowHeight is the tallest row a workbook may have, in points; a cell
// with more text than that shows scroll-free in the formula bar only.
const maxRowHeight = 409

func (x *xlsxWriter) setHeight(row, lines int, size float64) {
	h := float64(lines)*lineHeight*size/tableFontSize + rowPadding
	x.check(x.f.SetRowHeight(SheetTasks, row, math.Min(h, maxRowHeight)))
}

// merged writes text in a cell merged across the whole table's width.
func (x *xlsxWriter) merged(row int, text, style string, size float64) {
	x.check(x.f.SetCellValue(SheetTasks, cell(1, row), text))
	x.check(x.f.MergeCell(SheetTasks, cell(1, row), cell(len(x.cols), row)))
	x.check(x.f.SetCellStyle(SheetTasks, cell(1, row), cell(len(x.cols), row), x.styles[style]))
	x.setHeight(row, x.linesIn(text, 0, len(x.cols)-1, size), size)
}

// heading writes rows 1–3: "PHỤ LỤC 02", the title, the "(Kèm theo …)" line.
func (x *xlsxWriter) heading() {
	appendix := strings.TrimSpace("PHỤ LỤC " + x.plan.Appendix)
	x.merged(1, appendix, stAppendix, headingFontSize)
	x.merged(2, strings.ToUpper(x.plan.Title), stTitle, titleFontSize)
	x.merged(3, x.plan.Subtitle, stSubtitle, headingFontSize)
	x.row = firstTableRow
}

// header writes the table's header row with the annex's own headers.
func (x *xlsxWriter) header() {
	lines := 1
	for i, c := range x.cols {
		x.check(x.f.SetCellValue(SheetTasks, cell(i+1, x.row), c.Header))
		lines = max(lines, x.linesIn(c.Header, i, i, tableFontSize))
	}
	x.check(x.f.SetCellStyle(SheetTasks, cell(1, x.row), cell(len(x.cols), x.row), x.styles[stHeader]))
	x.setHeight(x.row, lines, tableFontSize)
	x.row++
}

// items writes the rows, depth first: headings across the table, tasks
// cell by cell, sub-tasks under their task.
func (x *xlsxWriter) items(items []*model.Item) {
	for _, it := range items {
		if it.Kind.IsHeading() {
			x.headingRow(it)
		} else {
			x.taskRow(it)
		}
		x.items(it.Items)
	}
}

func (x *xlsxWriter) headingRow(it *model.Item) {
	r := x.row
	x.check(x.f.SetCellValue(SheetTasks, cell(1, r), it.Number))
	x.check(x.f.SetCellValue(SheetTasks, cell(2, r), it.Title))
	x.check(x.f.MergeCell(SheetTasks, cell(2, r), cell(len(x.cols), r)))
	x.check(x.f.SetCellStyle(SheetTasks, cell(1, r), cell(len(x.cols), r), x.styles[stSection]))
	x.check(x.f.SetCellStyle(SheetTasks, cell(1, r), cell(1, r), x.styles[stSectNum]))
	x.setHeight(r, x.linesIn(it.Title, 1, len(x.cols)-1, tableFontSize), tableFontSize)
	x.row++
}

func (x *xlsxWriter) taskRow(it *model.Item) {
	r := x.row
	lines := 1
	for i, c := range x.cols {
		text, style := "", stCentered
		switch c.Key {
		case model.RoleNumber:
			text, style = it.Number, stNumber
		case "status":
		case model.KeyExtra:
			text, _ = it.Extra(c.Header)
		default:
			text, _ = it.Cell(c.Key)
			if c.Key == model.RoleContent {
				style = stContent
			}
		}
		if text != "" {
			x.check(x.f.SetCellValue(SheetTasks, cell(i+1, r), text))
		}
		x.check(x.f.SetCellStyle(SheetTasks, cell(i+1, r), cell(i+1, r), x.styles[style]))
		lines = max(lines, x.linesIn(text, i, i, tableFontSize))
	}
	x.setHeight(r, lines, tableFontSize)
	x.row++
}

// statusList puts the drop-down on the tracking column of every table row.
func (x *xlsxWriter) statusList() {
	if !x.status || x.row <= firstTableRow+1 {
		return
	}
	col := colName(len(x.cols))
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s%d:%s%d", col, firstTableRow+1, col, x.row-1)
	x.check(dv.SetDropList(StatusValues))
	x.check(x.f.AddDataValidation(SheetTasks, dv))
}

// pageSetup freezes the header, filters on it, and prints A4 landscape one
// page wide with the header on every page and "Trang n/N" in the footer.
func (x *xlsxWriter) pageSetup() {
	header := fmt.Sprintf("A%d:%s%d", firstTableRow, x.lastCol(), firstTableRow)
	x.check(x.f.SetPanes(SheetTasks, &excelize.Panes{Freeze: true, YSplit: firstTableRow,
		TopLeftCell: fmt.Sprintf("A%d", firstTableRow+1), ActivePane: "bottomLeft"}))
	x.check(x.f.AutoFilter(SheetTasks, header, nil))
	size, orient, wide, tall := 9, "landscape", 1, 0
	x.check(x.f.SetPageLayout(SheetTasks, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &wide, FitToHeight: &tall}))
	fit := true
	x.check(x.f.SetSheetProps(SheetTasks, &excelize.SheetPropsOptions{FitToPage: &fit}))
	x.check(x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: SheetTasks,
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", SheetTasks, firstTableRow, firstTableRow)}))
	x.check(x.f.SetHeaderFooter(SheetTasks, &excelize.HeaderFooterOptions{OddFooter: "&CTrang &P/&N"}))
}

// properties sets the document properties, with fixed dates so that two
// runs give the same bytes.
func (x *xlsxWriter) properties() {
	subject := strings.TrimSpace("Phụ lục " + x.plan.Appendix + " " + x.plan.Subtitle)
	x.check(x.f.SetDocProps(&excelize.DocProperties{
		Title: x.plan.Title, Subject: subject, Description: "Nguồn: " + x.plan.Source.File,
		Keywords: x.plan.Source.File, Creator: "annex", LastModifiedBy: "annex",
		Created: fixedDate, Modified: fixedDate, Language: "vi-VN",
	}))
}

// fixedDate stands for the creation time: a workbook must not differ from
// run to run.
const fixedDate = "2000-01-01T00:00:00Z"

// warningsSheet lists the parser's warnings: page, line, message.
func (x *xlsxWriter) warningsSheet() {
	_, err := x.f.NewSheet(SheetWarnings)
	x.check(err)
	s := SheetWarnings
	for i, h := range []string{"Trang", "Dòng", "Nội dung"} {
		x.check(x.f.SetCellValue(s, cell(i+1, 1), h))
	}
	x.check(x.f.SetCellStyle(s, "A1", "C1", x.styles[stWarnHead]))
	x.check(x.f.SetColWidth(s, "A", "B", 8))
	x.check(x.f.SetColWidth(s, "C", "C", 110))
	for i, w := range x.plan.Warnings {
		r := i + 2
		x.check(x.f.SetCellValue(s, cell(1, r), w.Page))
		x.check(x.f.SetCellValue(s, cell(2, r), w.Line))
		x.check(x.f.SetCellValue(s, cell(3, r), w.Message))
		x.check(x.f.SetCellStyle(s, cell(1, r), cell(3, r), x.styles[stWarn]))
	}
}
