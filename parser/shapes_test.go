package parser

import (
	"strings"
	"testing"

	"annex/model"
)

// TestShapes holds one named fixture for each annex shape issue #5 lists,
// in cell-block text: columns (count, order, wording, extra columns),
// numbering (parts, dotted subsections, 1.1 tasks, "1.", restarted and
// run-on numbers, a roman numeral printed twice), section rows, headings.
// Each expectation is the plan flattened one item a line, cells as
// key=text.
func TestShapes(t *testing.T) {
	for _, tc := range shapeCases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ParseText(tc.name+".txt", []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			got := flatKeyed(p)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s\nwarnings: %v", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), p.Warnings)
			}
			if tc.heading != "" {
				if h := p.Appendix + " | " + p.Title + " | " + p.Subtitle; h != tc.heading {
					t.Errorf("heading %q, want %q", h, tc.heading)
				}
			}
			var warned []string
			for _, w := range p.Warnings {
				warned = append(warned, w.Message)
			}
			if !containsAll(strings.Join(warned, "\n"), tc.warn) {
				t.Errorf("warnings %q, want ones with %q", warned, tc.warn)
			}
		})
	}
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// flatKeyed is flat with each cell as key=text (for extra columns, the
// header as printed).
func flatKeyed(p *model.Plan) []string {
	return flatWith(p, func(c model.Cell) string {
		if c.Key == model.KeyExtra {
			return c.Header + "=" + c.Text
		}
		return c.Key + "=" + c.Text
	})
}

type shapeCase struct {
	name    string
	text    string
	want    []string
	heading string   // "appendix | title | subtitle", when checked
	warn    []string // parts of warnings that must be given
}

// dottedBody is a table of dotted subsections with tasks numbered on
// through them, and dottedWant the plan it makes.
const dottedBody = `I
NHIỆM VỤ CHUNG
1
Quán triệt kế hoạch đến cán bộ, công chức
Văn phòng UBND tỉnh
Các sở, ngành
Quý I/2026
II
NHIỆM VỤ TRỌNG TÂM
II.1
Về thể chế
2
Ban hành quy chế quản lý dữ liệu
Sở Tư pháp
Các sở, ngành
Quý II/2026
II.1.1
Về quy định chi tiết
3
Ban hành danh mục dữ liệu mở
Sở Khoa học và Công nghệ
Các sở, ngành
Quý III/2026
II.2
Về hạ tầng
4
Nâng cấp mạng truyền số liệu chuyên dùng
Sở Khoa học và Công nghệ
Viễn thông tỉnh
Năm 2026
`

var dottedWant = []string{
	"I section | NHIỆM VỤ CHUNG",
	"I.1 task | content=Quán triệt kế hoạch đến cán bộ, công chức | lead=Văn phòng UBND tỉnh | coordinating=Các sở, ngành | timeframe=Quý I/2026",
	"II section | NHIỆM VỤ TRỌNG TÂM",
	"II.II.1 subsection | Về thể chế",
	"II.II.1.2 task | content=Ban hành quy chế quản lý dữ liệu | lead=Sở Tư pháp | coordinating=Các sở, ngành | timeframe=Quý II/2026",
	"II.II.1.II.1.1 subsection | Về quy định chi tiết",
	"II.II.1.II.1.1.3 task | content=Ban hành danh mục dữ liệu mở | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Quý III/2026",
	"II.II.2 subsection | Về hạ tầng",
	"II.II.2.4 task | content=Nâng cấp mạng truyền số liệu chuyên dùng | lead=Sở Khoa học và Công nghệ | coordinating=Viễn thông tỉnh | timeframe=Năm 2026",
}

const shapeHeading = "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 1/KH-UBND)\n"

// brokenHeader is a header whose "SẢN PHẨM" a narrow column broke inside
// the word.
const brokenHeader = `TT
NỘI DUNG
CHỦ TRÌ
PHỐI HỢP
THỜI GIAN
SẢN PHẨ
M DỰ KIẾN
`

var shapeCases = []shapeCase{
	{name: "sub-items numbered by a dash after a row's time; a dash placeholder stays text", text: shapeHeading + shapeHeader + `1
Tổ chức tuyên truyền
Sở Tư pháp
-
Năm 2026
-
Tuyên truyền trên báo chí
Báo tỉnh
Sở Tư pháp
Quý I/2026
+
Tuyên truyền tại cơ sở
UBND cấp xã
Sở Tư pháp
Quý II/2026
2
Tổ chức tập huấn
Sở Nội vụ
Các sở
Năm 2026
`, want: []string{
		"1 task | content=Tổ chức tuyên truyền | lead=Sở Tư pháp | coordinating=- | timeframe=Năm 2026",
		"1.- task | content=Tuyên truyền trên báo chí | lead=Báo tỉnh | coordinating=Sở Tư pháp | timeframe=Quý I/2026",
		"1.+ task | content=Tuyên truyền tại cơ sở | lead=UBND cấp xã | coordinating=Sở Tư pháp | timeframe=Quý II/2026",
		"2 task | content=Tổ chức tập huấn | lead=Sở Nội vụ | coordinating=Các sở | timeframe=Năm 2026",
	}},
	{name: "a cell's line \"Phụ lục 02\" before a page's repeated header opens no other annex", text: shapeHeading + shapeHeader + `1
Hoàn thiện các biểu mẫu theo
Phụ lục 02
Sở Nội vụ
Các sở, ngành
Quý I/2026
2
` + shapeHeader + `2
Tổng hợp báo cáo
Văn phòng
Các sở
Năm 2026
`, want: []string{
		"1 task | content=Hoàn thiện các biểu mẫu theo Phụ lục 02 | lead=Sở Nội vụ | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"2 task | content=Tổng hợp báo cáo | lead=Văn phòng | coordinating=Các sở | timeframe=Năm 2026",
	}},
	{name: "a second annex in the same text is not read as the first's rows", text: shapeHeading + shapeHeader + `1
Tổng hợp báo cáo
Văn phòng
Các sở
Năm 2026
PHỤ LỤC 02
DANH MỤC DỰ ÁN
(Kèm theo Kế hoạch số 1/KH-UBND)
STT
TÊN DỰ ÁN
CHỦ TRÌ
KINH PHÍ
1
Xây dựng trụ sở
Sở Xây dựng
Ngân sách tỉnh
`, want: []string{
		"1 task | content=Tổng hợp báo cáo | lead=Văn phòng | coordinating=Các sở | timeframe=Năm 2026",
	}, warn: []string{`another annex begins here ("PHỤ LỤC 02")`}},
	{name: "page numbers at the pages' feet, and a title's year alone on a line", text: "PHỤ LỤC\nDANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 -\n2030\n(Kèm theo Kế hoạch số 1/KH-UBND)\n" + shapeHeader + `I
KIỆN TOÀN TỔ CHỨC
1
Rà soát chức năng, nhiệm vụ của các
phòng chuyên môn
Sở Nội vụ
Các sở, ngành
Quý I/2026
1
` + "\f" + `2
Ban hành quy chế làm việc
Văn phòng
Các phòng
Năm 2026
2
`, heading: " | DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 - 2030 | (Kèm theo Kế hoạch số 1/KH-UBND)", want: []string{
		"I section | KIỆN TOÀN TỔ CHỨC",
		"I.1 task | content=Rà soát chức năng, nhiệm vụ của các phòng chuyên môn | lead=Sở Nội vụ | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"I.2 task | content=Ban hành quy chế làm việc | lead=Văn phòng | coordinating=Các phòng | timeframe=Năm 2026",
	}},
	{name: "a lowercase aside wrapped onto a line of its own stays in its time cell", text: shapeHeading + `STT
NỘI DUNG NHIỆM VỤ
ĐƠN VỊ CHỦ TRÌ
ĐƠN VỊ
PHỐI HỢP
SẢN PHẨM
THỜI GIAN
THỰC
HIỆN
NGUỒN
KINH PHÍ
1
Nghiên cứu, đề xuất cơ chế, chính sách cụ thể để
khuyến khích mạnh mẽ mô hình tín dụng chính sách,
nhất là sự tham gia của cộng đồng, các doanh nghiệp xã
hội, doanh nghiệp không vì mục tiêu lợi nhuận; khuyến
khích phát triển các nền tảng số cho tín dụng chính
sách.
Chi nhánh Ngân hàng
Chính sách xã hội tỉnh
Các sở, ban
ngành có
liên quan;
Ủy ban nhân
dân các xã,
phường, đặc
khu
Tờ trình, Báo
cáo đề xuất của
Chi nhánh
Ngân hàng
Chính sách xã
hội tỉnh
Năm 2025 và
giai đoạn
2026 -2030
(hoàn thành
trong quý
III/2025)
`, want: []string{
		"1 task | content=Nghiên cứu, đề xuất cơ chế, chính sách cụ thể để khuyến khích mạnh mẽ mô hình tín dụng chính sách, nhất là sự tham gia của cộng đồng, các doanh nghiệp xã hội, doanh nghiệp không vì mục tiêu lợi nhuận; khuyến khích phát triển các nền tảng số cho tín dụng chính sách. | lead=Chi nhánh Ngân hàng Chính sách xã hội tỉnh | coordinating=Các sở, ban ngành có liên quan; Ủy ban nhân dân các xã, phường, đặc khu | deliverable=Tờ trình, Báo cáo đề xuất của Chi nhánh Ngân hàng Chính sách xã hội tỉnh | timeframe=Năm 2025 và giai đoạn 2026 -2030 (hoàn thành trong quý III/2025) | funding=",
	}},
	{name: "a date said with its unit on a line of its own goes on the time, not an empty funding cell", text: shapeHeading + `TT
Nội dung/nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian
thực hiện
Nguồn
kinh phí
1
Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các
khu công nghệ cao và khu công nghiệp đến năm 2030
Ban Quản lý các
khu công nghệ cao
và khu công
nghiệp
Sở Khoa học và
Công nghệ Sở Công
Thương; UBND các
phường, xã
Quý III
Năm 2026

`, want: []string{
		"1 task | content=Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030 | lead=Ban Quản lý các khu công nghệ cao và khu công nghiệp | coordinating=Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã | timeframe=Quý III Năm 2026 | funding=",
	}},
	{name: "closing punctuation a narrow column pushed onto a line of its own", text: shapeHeading + `STT
NỘI DUNG
NHIỆM VỤ
CƠ
QUAN
CHỦ
TRÌ
CƠ
QUAN
PHỐI
HỢP
THỜI
HẠN
HOÀN
THÀNH
KẾT
QUẢ
DỰ
KIẾN
(1)
(2)
(3)
(4)
(5)
(6)
I
Tăng cường công tác phổ biến, tuyên truyền, quán
triệt về chủ trương của Đảng, chính sách pháp luật
của Nhà nước liên quan đến tín dụng chính sách xã
hội
1
Tổ chức nghiên
cứu, phổ biến, quán
triệt sâu rộng nội
dung Chỉ thị số 39-
CT/TW của Ban Bí
thư, Quyết định số
1560/QĐ-TTg của
Thủ tướng Chính
phủ, Kế hoạch số
05-KH/TU của Ban
Thường vụ Tỉnh ủy.
Các sở,
ban,
ngành
có liên
quan;
Ủy ban
nhân
dân các
xã,
phường
, đặc
khu
Thường
xuyên
Văn
bản
triển
khai,
Kế
hoạch
phổ
biến,
tuyên
truyền
`, want: []string{
		"I section | Tăng cường công tác phổ biến, tuyên truyền, quán triệt về chủ trương của Đảng, chính sách pháp luật của Nhà nước liên quan đến tín dụng chính sách xã hội",
		"I.1 task | content=Tổ chức nghiên cứu, phổ biến, quán triệt sâu rộng nội dung Chỉ thị số 39-CT/TW của Ban Bí thư, Quyết định số 1560/QĐ-TTg của Thủ tướng Chính phủ, Kế hoạch số 05-KH/TU của Ban Thường vụ Tỉnh ủy. | lead=Các sở, ban, ngành có liên quan; Ủy ban nhân dân các xã, phường, đặc khu | coordinating= | timeframe=Thường xuyên | deliverable=Văn bản triển khai, Kế hoạch phổ biến, tuyên truyền",
	}},
	{name: "header word broken in a narrow column, header repeated", text: shapeHeading + brokenHeader + `1
Rà soát danh mục dịch vụ công trực tuyến
Văn phòng UBND tỉnh
Sở Tư pháp
Quý III/2026
Quyết định công bố danh mục
` + "\f2\n" + brokenHeader + `2
Kiểm tra việc số hóa hồ sơ tại bộ phận một cửa
Sở Nội vụ
Các sở, ban, ngành
Thường xuyên
Thông báo kết quả kiểm tra
`, want: []string{
		"1 task | content=Rà soát danh mục dịch vụ công trực tuyến | lead=Văn phòng UBND tỉnh | coordinating=Sở Tư pháp | timeframe=Quý III/2026 | deliverable=Quyết định công bố danh mục",
		"2 task | content=Kiểm tra việc số hóa hồ sơ tại bộ phận một cửa | lead=Sở Nội vụ | coordinating=Các sở, ban, ngành | timeframe=Thường xuyên | deliverable=Thông báo kết quả kiểm tra",
	}},
	{name: "product after time, short capital headers, TT", text: shapeHeading + `TT
NỘI DUNG
CHỦ TRÌ
PHỐI HỢP
THỜI GIAN
SẢN PHẨM
1
Xây dựng kế hoạch chuyển đổi số năm 2026
Sở Khoa học và Công nghệ
Các sở, ngành
Quý I/2026
Kế hoạch của UBND tỉnh
2
Tổ chức tập huấn kỹ năng số cho cán bộ
Sở Nội vụ
UBND các xã, phường
Hằng năm
Báo cáo kết quả
`, want: []string{
		"1 task | content=Xây dựng kế hoạch chuyển đổi số năm 2026 | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Quý I/2026 | deliverable=Kế hoạch của UBND tỉnh",
		"2 task | content=Tổ chức tập huấn kỹ năng số cho cán bộ | lead=Sở Nội vụ | coordinating=UBND các xã, phường | timeframe=Hằng năm | deliverable=Báo cáo kết quả",
	}},
	{name: "extra column between content and lead, long lowercase headers", text: shapeHeading + `STT
Nội dung công việc
Người đứng đầu chịu trách nhiệm
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian dự kiến hoàn thành
1
Rà soát thủ tục hành chính trên môi trường điện tử
Giám đốc Sở
Sở Tư pháp
Văn phòng UBND tỉnh
Tháng 6/2026
2
Công bố danh mục dịch vụ công trực tuyến toàn trình
Chủ tịch UBND tỉnh
Văn phòng UBND tỉnh
Các sở, ngành
Năm 2026
`, want: []string{
		"1 task | content=Rà soát thủ tục hành chính trên môi trường điện tử | Người đứng đầu chịu trách nhiệm=Giám đốc Sở | lead=Sở Tư pháp | coordinating=Văn phòng UBND tỉnh | timeframe=Tháng 6/2026",
		"2 task | content=Công bố danh mục dịch vụ công trực tuyến toàn trình | Người đứng đầu chịu trách nhiệm=Chủ tịch UBND tỉnh | lead=Văn phòng UBND tỉnh | coordinating=Các sở, ngành | timeframe=Năm 2026",
	}},
	{name: "eight columns with funding and note", text: shapeHeading + `STT
Nhiệm vụ, giải pháp
Đơn vị chủ trì
Đơn vị phối hợp
Sản phẩm đầu ra
Thời hạn hoàn thành
Nguồn kinh phí
Ghi chú
1
Đầu tư hạ tầng trung tâm dữ liệu của tỉnh
Sở Khoa học và Công nghệ
Sở Tài chính
Trung tâm dữ liệu
Năm 2027
Ngân sách tỉnh
Chuyển tiếp
`, want: []string{
		"1 task | content=Đầu tư hạ tầng trung tâm dữ liệu của tỉnh | lead=Sở Khoa học và Công nghệ | coordinating=Sở Tài chính | deliverable=Trung tâm dữ liệu | timeframe=Năm 2027 | funding=Ngân sách tỉnh | note=Chuyển tiếp",
	}},
	{name: "no product and no coordinating column", text: shapeHeading + `STT
Nội dung nhiệm vụ
Đơn vị thực hiện
Thời gian thực hiện
1
Cập nhật cơ sở dữ liệu đất đai
Sở Nông nghiệp và Môi trường
Quý III/2026
2
Số hóa hồ sơ lưu trữ
Sở Nội vụ
Năm 2026
`, want: []string{
		"1 task | content=Cập nhật cơ sở dữ liệu đất đai | lead=Sở Nông nghiệp và Môi trường | timeframe=Quý III/2026",
		"2 task | content=Số hóa hồ sơ lưu trữ | lead=Sở Nội vụ | timeframe=Năm 2026",
	}},
	{name: "letter parts above roman sections", text: shapeHeading + shapeHeader + `A
NHIỆM VỤ CHUNG
I
Tuyên truyền, nâng cao nhận thức
1
Tổ chức hội nghị quán triệt kế hoạch
Sở Nội vụ
Các sở, ngành
Quý I/2026
B
NHIỆM VỤ CỤ THỂ
I
Phát triển hạ tầng số
1
Phủ sóng di động đến các thôn, bản
Sở Khoa học và Công nghệ
Các doanh nghiệp viễn thông
Năm 2026
`, want: []string{
		"A part | NHIỆM VỤ CHUNG",
		"A.I section | Tuyên truyền, nâng cao nhận thức",
		"A.I.1 task | content=Tổ chức hội nghị quán triệt kế hoạch | lead=Sở Nội vụ | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"B part | NHIỆM VỤ CỤ THỂ",
		"B.I section | Phát triển hạ tầng số",
		"B.I.1 task | content=Phủ sóng di động đến các thôn, bản | lead=Sở Khoa học và Công nghệ | coordinating=Các doanh nghiệp viễn thông | timeframe=Năm 2026",
	}},
	{name: "dotted subsections with tasks numbered on", text: shapeHeading + shapeHeader + dottedBody, want: dottedWant},
	{name: "dotted numbers broken after their dot in a narrow number column", text: shapeHeading + shapeHeader +
		strings.NewReplacer("\nII.1\n", "\nII.\n1\n", "\nII.1.1\n", "\nII.1.\n1\n", "\nII.2\n", "\nII.\n2\n").Replace(dottedBody), want: dottedWant},
	{name: "dotted tasks under a section with no task 1, numbers written 1.", text: shapeHeading + shapeHeader + `I
Hoàn thiện thể chế
1.1.
Sửa đổi quy chế làm việc
Văn phòng UBND tỉnh
Các sở, ngành
Quý I/2026
1.2.
Ban hành quy định phân cấp
Sở Nội vụ
Các sở, ngành
Quý II/2026
II
Phát triển nguồn nhân lực
2.3.
Đào tạo cán bộ chuyên trách công nghệ thông tin
Sở Nội vụ
Các cơ sở đào tạo
Hằng năm
`, want: []string{
		"I section | Hoàn thiện thể chế",
		"I.1.1 task | content=Sửa đổi quy chế làm việc | lead=Văn phòng UBND tỉnh | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"I.1.2 task | content=Ban hành quy định phân cấp | lead=Sở Nội vụ | coordinating=Các sở, ngành | timeframe=Quý II/2026",
		"II section | Phát triển nguồn nhân lực",
		"II.2.3 task | content=Đào tạo cán bộ chuyên trách công nghệ thông tin | lead=Sở Nội vụ | coordinating=Các cơ sở đào tạo | timeframe=Hằng năm",
	}},
	{name: "numbering restarts in each section", text: shapeHeading + shapeHeader + `I
Chuyển đổi số
1
Xây dựng nền tảng số dùng chung
Sở Khoa học và Công nghệ
Các sở, ngành
Năm 2026
2
Triển khai chữ ký số cho cán bộ
Sở Nội vụ
Các sở, ngành
Quý II/2026
II
Cải cách hành chính
1
Rà soát thủ tục hành chính
Sở Tư pháp
Các sở, ngành
Quý I/2026
`, want: []string{
		"I section | Chuyển đổi số",
		"I.1 task | content=Xây dựng nền tảng số dùng chung | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Năm 2026",
		"I.2 task | content=Triển khai chữ ký số cho cán bộ | lead=Sở Nội vụ | coordinating=Các sở, ngành | timeframe=Quý II/2026",
		"II section | Cải cách hành chính",
		"II.1 task | content=Rà soát thủ tục hành chính | lead=Sở Tư pháp | coordinating=Các sở, ngành | timeframe=Quý I/2026",
	}},
	{name: "numbering runs on across sections", text: shapeHeading + shapeHeader + `I
Chuyển đổi số
1
Xây dựng nền tảng số dùng chung
Sở Khoa học và Công nghệ
Các sở, ngành
Năm 2026
II
Cải cách hành chính
2
Rà soát thủ tục hành chính
Sở Tư pháp
Các sở, ngành
Quý I/2026
3
Công khai kết quả giải quyết hồ sơ
Văn phòng UBND tỉnh
Các sở, ngành
Thường xuyên
`, want: []string{
		"I section | Chuyển đổi số",
		"I.1 task | content=Xây dựng nền tảng số dùng chung | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Năm 2026",
		"II section | Cải cách hành chính",
		"II.2 task | content=Rà soát thủ tục hành chính | lead=Sở Tư pháp | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"II.3 task | content=Công khai kết quả giải quyết hồ sơ | lead=Văn phòng UBND tỉnh | coordinating=Các sở, ngành | timeframe=Thường xuyên",
	}},
	{name: "roman numeral printed twice", text: shapeHeading + shapeHeader + `I
Chuyển đổi số
1
Xây dựng nền tảng số dùng chung
Sở Khoa học và Công nghệ
Các sở, ngành
Năm 2026
I
Cải cách hành chính
1
Rà soát thủ tục hành chính
Sở Tư pháp
Các sở, ngành
Quý I/2026
`, want: []string{
		"I section | Chuyển đổi số",
		"I.1 task | content=Xây dựng nền tảng số dùng chung | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Năm 2026",
		"I section | Cải cách hành chính",
		"I.1 task | content=Rà soát thủ tục hành chính | lead=Sở Tư pháp | coordinating=Các sở, ngành | timeframe=Quý I/2026",
	}, warn: []string{"I"}},
	{name: "section rows: title on the numeral's line, sentence case and capitals", text: shapeHeading + shapeHeader + `I. TĂNG CƯỜNG CÔNG TÁC LÃNH ĐẠO
1
Quán triệt nghị quyết đến cán bộ, đảng viên
Văn phòng UBND tỉnh
Các sở, ngành
Quý I/2026
II Hoàn thiện thể chế, chính sách về dữ liệu và
bảo đảm an toàn thông tin
2
Ban hành quy chế bảo đảm an toàn thông tin mạng
Công an tỉnh
Sở Khoa học và Công nghệ
Quý II/2026
`, want: []string{
		"I section | TĂNG CƯỜNG CÔNG TÁC LÃNH ĐẠO",
		"I.1 task | content=Quán triệt nghị quyết đến cán bộ, đảng viên | lead=Văn phòng UBND tỉnh | coordinating=Các sở, ngành | timeframe=Quý I/2026",
		"II section | Hoàn thiện thể chế, chính sách về dữ liệu và bảo đảm an toàn thông tin",
		"II.2 task | content=Ban hành quy chế bảo đảm an toàn thông tin mạng | lead=Công an tỉnh | coordinating=Sở Khoa học và Công nghệ | timeframe=Quý II/2026",
	}},
	{name: "cells with numbered items and empty cells", text: shapeHeading + shapeHeaderProduct + `1
Xây dựng các văn bản hướng dẫn: (1) Quy chế quản lý, vận hành; (2) Quy
định kỹ thuật về dữ liệu; (3) Hướng dẫn vận hành hệ thống thông tin
của tỉnh.
Sở Khoa học và Công nghệ
(1) Quy chế; (2) Quy định;
(3) Hướng dẫn
Năm 2026
2
Tổ chức kiểm tra, đánh giá việc thực hiện kế hoạch tại các cơ quan, đơn
vị và địa phương trên địa bàn tỉnh
Thanh tra tỉnh
Các sở, ngành; UBND các xã, phường
Hằng năm
`, want: []string{
		"1 task | content=Xây dựng các văn bản hướng dẫn: (1) Quy chế quản lý, vận hành; (2) Quy định kỹ thuật về dữ liệu; (3) Hướng dẫn vận hành hệ thống thông tin của tỉnh. | lead=Sở Khoa học và Công nghệ | coordinating= | deliverable=(1) Quy chế; (2) Quy định; (3) Hướng dẫn | timeframe=Năm 2026",
		"2 task | content=Tổ chức kiểm tra, đánh giá việc thực hiện kế hoạch tại các cơ quan, đơn vị và địa phương trên địa bàn tỉnh | lead=Thanh tra tỉnh | coordinating=Các sở, ngành; UBND các xã, phường | deliverable= | timeframe=Hằng năm",
	}},
	{name: "heading: roman appendix number, Ban hành kèm theo with blank placeholders", text: `PHỤ LỤC II
DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH
(Ban hành kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND tỉnh)
` + shapeHeader + `1
Xây dựng nền tảng số dùng chung
Sở Khoa học và Công nghệ
Các sở, ngành
Năm 2026
`, want: []string{
		"1 task | content=Xây dựng nền tảng số dùng chung | lead=Sở Khoa học và Công nghệ | coordinating=Các sở, ngành | timeframe=Năm 2026",
	}, heading: "II | DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH | (Ban hành kèm theo Kế hoạch số: /KH-UBND ngày / /2025 của UBND tỉnh)"},
}

const shapeHeader = `STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
`

const shapeHeaderProduct = `STT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Sản phẩm
Thời gian thực hiện
`
