package parser

import (
	"strings"
	"testing"

	"annex/model"
)

// flat renders a plan's items one per line, "path kind | cells", for
// compact expectations in fixture tests.
func flat(p *model.Plan) []string {
	return flatWith(p, func(c model.Cell) string { return c.Text })
}

// flatColumns writes a plan's columns on one line, each as its key and
// header: "columns: number STT | content Nội dung | …".
func flatColumns(p *model.Plan) string {
	var cols []string
	for _, c := range p.Columns {
		cols = append(cols, c.Key+" "+c.Header)
	}
	return "columns: " + strings.Join(cols, " | ")
}

// flatWith is flat with each cell written by cell.
func flatWith(p *model.Plan, cell func(model.Cell) string) []string {
	var out []string
	p.Walk(func(it *model.Item, parents []*model.Item) {
		var path []string
		for _, par := range parents {
			path = append(path, par.Number)
		}
		s := strings.Join(append(path, it.Number), ".") + " " + string(it.Kind)
		if it.Kind.IsHeading() {
			s += " | " + it.Title
		}
		for _, c := range it.Cells {
			s += " | " + cell(c)
		}
		out = append(out, s)
	})
	return out
}

const fixtureHeader = `PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 1/KH-UBND)
STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
`

// Two task rows several fixtures share, as cell-block text (after the
// row's number) and as flat's cells.
const (
	taskOneText = `Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các
khu công nghệ cao và khu công nghiệp đến năm 2030
Sở Xây dựng
Sở Tài chính
Thường xuyên
`
	taskTwoText = `Khảo sát, đánh giá thực trạng hạ tầng viễn thông, nhu cầu chuyển đổi
số doanh nghiệp trong các khu công nghệ cao, khu công nghiệp
Sở Công Thương
UBND các phường, xã
Quý II/2026
`
	taskOneCells = "Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030 | Sở Xây dựng | Sở Tài chính | Thường xuyên"
	taskTwoCells = "Khảo sát, đánh giá thực trạng hạ tầng viễn thông, nhu cầu chuyển đổi số doanh nghiệp trong các khu công nghệ cao, khu công nghiệp | Sở Công Thương | UBND các phường, xã | Quý II/2026"
)

func TestFixtures(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
		want []string
	}{
		{"inline numbers and merged section title", `I. NÂNG CAO NHẬN THỨC
1 Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức,
kỹ năng số cho người dân, doanh nghiệp.
Sở Nội vụ
Các sở, ban, ngành tỉnh;
UBND các xã, phường
Thường xuyên
II Hoàn thiện cơ chế chính sách
1. Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp.
Sở Tài chính
Các sở, ban, ngành tỉnh
Quý IV/2025
`, []string{
			"I section | NÂNG CAO NHẬN THỨC",
			"I.1 task | Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số cho người dân, doanh nghiệp. | Sở Nội vụ | Các sở, ban, ngành tỉnh; UBND các xã, phường | Thường xuyên",
			"II section | Hoàn thiện cơ chế chính sách",
			"II.1 task | Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp. | Sở Tài chính | Các sở, ban, ngành tỉnh | Quý IV/2025",
		}},
		{"page number inside a row, then the same number as the next task", `1
Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các
khu công nghệ cao và khu công nghiệp đến năm 2030 và thực hiện
Sở Xây dựng
Sở Tài chính
Thường xuyên
2
các nhiệm vụ khác theo quy định của pháp luật hiện hành
2
` + taskTwoText, []string{
			"1 task | Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030 và thực hiện các nhiệm vụ khác theo quy định của pháp luật hiện hành | Sở Xây dựng | Sở Tài chính | Thường xuyên",
			"2 task | " + taskTwoCells,
		}},
		{"task number equal to the next page number, the page number before a repeated header", `1
` + taskOneText + `2
` + taskTwoText + `2
STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
3
Rà soát các thủ tục hành chính
Sở Tư pháp
Các sở, ban, ngành
Năm 2026
`, []string{
			"1 task | " + taskOneCells,
			"2 task | " + taskTwoCells,
			"3 task | Rà soát các thủ tục hành chính | Sở Tư pháp | Các sở, ban, ngành | Năm 2026",
		}},
		{"task number equal to the next page number, the page number after the next form feed", `I
Nâng cao nhận thức
1
` + taskOneText + `2
` + taskTwoText + "\f" + `2
II
Hoàn thiện cơ chế chính sách
1
Rà soát các thủ tục hành chính
Sở Tư pháp
Các sở, ban, ngành
Năm 2026
`, []string{
			"I section | Nâng cao nhận thức",
			"I.1 task | " + taskOneCells,
			"I.2 task | " + taskTwoCells,
			"II section | Hoàn thiện cơ chế chính sách",
			"II.1 task | Rà soát các thủ tục hành chính | Sở Tư pháp | Các sở, ban, ngành | Năm 2026",
		}},
		{"form feed, repeated header and column numbers", `1
` + taskOneText + "\f" + `STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
(1)
(2)
(3)
(4)
(5)
2
` + taskTwoText, []string{
			"1 task | " + taskOneCells,
			"2 task | " + taskTwoCells,
		}},
		{"spanning task with lettered sub-tasks and bullets", `I
Ưu tiên tập trung nguồn lực
1
Tập trung các nguồn vốn có nguồn gốc từ ngân sách nhà nước và có tính chất ngân sách nhà nước vào Ngân hàng để
tạo nguồn vốn thực hiện tín dụng chính sách xã hội:
a
- Tiếp tục cân đối, ưu tiên bố trí kịp thời nguồn vốn từ
ngân sách địa phương ủy thác sang Ngân hàng Chính sách.
- Trước mắt, trong năm 2025, tổ chức rà soát các nguồn
vốn, nhiệm vụ chi không có khả năng giải ngân hết.
Sở Tài chính
Các sở, ban ngành
Thường xuyên
b
Căn cứ đặc điểm tình hình và mục tiêu phát triển kinh tế
- xã hội tại địa phương để cân đối, bố trí nguồn vốn.
Sở Tài chính
Các sở, ban ngành
Hằng năm
`, []string{
			"I section | Ưu tiên tập trung nguồn lực",
			"I.1 task | Tập trung các nguồn vốn có nguồn gốc từ ngân sách nhà nước và có tính chất ngân sách nhà nước vào Ngân hàng để tạo nguồn vốn thực hiện tín dụng chính sách xã hội: |  |  | ",
			"I.1.a task | - Tiếp tục cân đối, ưu tiên bố trí kịp thời nguồn vốn từ ngân sách địa phương ủy thác sang Ngân hàng Chính sách.\n- Trước mắt, trong năm 2025, tổ chức rà soát các nguồn vốn, nhiệm vụ chi không có khả năng giải ngân hết. | Sở Tài chính | Các sở, ban ngành | Thường xuyên",
			"I.1.b task | Căn cứ đặc điểm tình hình và mục tiêu phát triển kinh tế - xã hội tại địa phương để cân đối, bố trí nguồn vốn. | Sở Tài chính | Các sở, ban ngành | Hằng năm",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ParseText("fixture.txt", []byte(fixtureHeader+tc.body))
			if err != nil {
				t.Fatal(err)
			}
			got := flat(p)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s\nwarnings: %v", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), p.Warnings)
			}
		})
	}
}

// TestTitleYearIsNoPage: a title wrapped before its year leaves the year
// alone on a line ("… GIAI ĐOẠN 2099 -" / "2100"); read as page 2100, it
// made the next page's number "2" a cell's text and every position
// after it a page two thousand off.
func TestTitleYearIsNoPage(t *testing.T) {
	text := strings.Replace(fixtureHeader, "DANH MỤC NHIỆM VỤ\n", "DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2099 -\n2100\n", 1) + `1
Rà soát quy hoạch mạng lưới trường học
Sở Giáo dục và Đào tạo
Sở Tài chính
Năm 2099
2
2
Xây dựng thư viện số dùng chung
Thư viện tỉnh
Sở Khoa học và Công nghệ
Năm 2100
`
	p, err := ParseText("title.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if want := "DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2099 - 2100"; p.Title != want {
		t.Errorf("title %q, want %q", p.Title, want)
	}
	want := []string{
		"1 task | Rà soát quy hoạch mạng lưới trường học | Sở Giáo dục và Đào tạo | Sở Tài chính | Năm 2099",
		"2 task | Xây dựng thư viện số dùng chung | Thư viện tỉnh | Sở Khoa học và Công nghệ | Năm 2100",
	}
	if got := flat(p); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.Items) == 2 && p.Items[1].Source.Page != 2 {
		t.Errorf("row 2 on page %d, want 2", p.Items[1].Source.Page)
	}
}
