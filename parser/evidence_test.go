package parser

import (
	"os"
	"slices"
	"strings"
	"testing"

	"annex/model"
)

func TestEndsSentence(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"của Ban Thường vụ Tỉnh ủy.", true},
		{"đặc khu;", true},
		{"để tạo nguồn vốn:", true},
		{"“Thấu hiểu lòng dân”", true},
		{"Chi nhánh Ngân hàng", false},
		{"các xã,", false},
	} {
		if got := endsSentence(tc.in); got != tc.want {
			t.Errorf("endsSentence(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLooksLikeTime(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Thường xuyên", true},
		{"Thường xuyên, liên tục", true},
		{"Thường vụ Tỉnh ủy", false}, // a standing body (namesStandingBody)
		{"Thường trực HĐND tỉnh", false},
		{"Mùng 10 tháng Giêng", true}, // a lunar date
		{"Tháng Giêng", true},         // a lunar month by its name, no event
		{"Đêm giao thừa", true},       // a night
		{"Đêm 30 Tết", true},
		{"Thứ Bảy hằng tuần", true}, // a day of the week
		{"Chủ nhật", true},
		{"Thứ tự ưu tiên", false},
		{"Chủ tịch UBND xã", false},
		{"Hằng năm", true},
		{"Quý IV/2025", true},
		{"Quí IV-2025", true},
		{"Trước ngày", true},
		{"2025", true},
		{"30/11/2025", true},
		{"Sau khi có Quy chế của TW", true},
		{"Ngày hội được tổ", false}, // an event, not a date
		{"Tháng hành động vì trẻ em", false},
		{"Tuần lễ văn hóa", false},
		{"Ngày 30/6", true}, {"Tháng", true}, {"Tháng cuối quý", true}, {"Tuần đầu tháng", true},
		{"Tháng IV", true}, {"Ngày hội năm 2026", true}, // a year in it
		{"Đợt 1 và đợt 2", true}, // a campaign's waves
		{"Ban đêm, ngày lễ", true},
		{"Ngay khi xảy ra sự cố", true}, // at once
		{"Ban ngày", true},
		{"19 giờ 00,", true}, {"8 giờ", true}, {"14h30", true}, {"7h", true}, {"30 giờ học", false}, {"19 giáo viên", false}, {"4h", true}, {"h2", false}, // an hour of the clock (namesClockTime)
		{"Sáng ngày", true}, {"Tối ngày khai mạc", true}, {"Sáng tạo", false}, {"Chiều sâu", false}, // a part of a day named
		{"Tối thứ Bảy hằng tuần", true}, {"Sáng Chủ nhật", true}, {"Tối đa 50 người", false}, {"Tối thiểu", false}, // … or a weekday's
		{"Dịp Tết Nguyên đán", true},
		{"Mùa khô", true},
		{"Suốt kỳ quy hoạch", true}, {"Suốt năm", true}, // a whole span
		{"Cao điểm dịp", true}, {"Cao điểm, Tết", true}, {"Cao", false}, {"Cao đẳng Y tế", false}, // a campaign's peak
		{"Các dịp lễ, Tết", true}, {"Các tháng cao điểm", true}, {"Những năm tiếp theo", true}, {"Các dịp.", true}, // many times or occasions (namesPluralTime)
		{"Các sở, ngành", false}, {"Các đợt kiểm tra", false}, {"Các", false}, {"Những đơn vị", false}, {"các năm tiếp theo", false},
		{"Ban Chỉ đạo", false},           // "Ban" alone opens a unit
		{"Theo kế hoạch hằng năm", true}, // as planned, as the law says: "Theo tiến độ", "Theo quy định"
		{"Khi có thiên tai xảy ra", true},
		{"Năm 2025 và", true},
		{"Học kỳ I", true}, {"Học kỳ", true}, {"Cả năm học", true}, // a school's term, its whole year
		{"Sáu tháng đầu năm", true}, {"Hai năm một lần", true}, {"Mỗi quý", true}, {"Hết tháng 6", true}, // a spelled count or each of a period (namesPeriod)
		{"Ba Đình", false}, {"Một số nội dung", false}, {"Mỗi xã", false},
		{"Mỗi học kỳ một lần", true}, {"Hai học kì", true}, {"Mỗi học kỳ.", true}, {"Mỗi học sinh", false}, {"Mỗi học", false}, {"Học kỳ", true}, // each of a school's terms (namesEachTerm)
		{"Hè hằng năm", true}, {"Hè 2045", true}, {"Hè", true}, {"Hè phố", false}, {"hè hằng năm", false}, // the summer holidays, not a sidewalk
		{"Cả tháng", true}, {"Cả nhiệm kỳ", true}, {"Cả tỉnh", false}, // a whole period; the whole province is no time
		{"Vụ Đông Xuân", true}, {"vụ Mùa", true}, {"Vụ Hè Thu", true}, {"Vụ Pháp chế", false}, {"Vụ", false}, // a crop season; a ministry's department is none
		{"Học viện Chính trị khu vực", false}, {"Cả hệ thống chính trị", false},
		{"Kỳ họp thứ 10", true}, {"Kỳ báo cáo", false}, // a council's session
		{"03 năm một lần", true}, {"6 tháng/lần", true}, {"02 lần/tháng", true}, {"2 lần/năm.", true}, {"02 lần", false}, {"02 lần/đợt", false}, {"02 hội nghị", false}, {"100 tháng", false}, // a period counted in a time's unit
		{"Sở Tài chính", false},
		{"Văn bản chỉ đạo", false},
		{"Tờ trình, Báo cáo 12345", false},
	} {
		if got := looksLikeTime(tc.in); got != tc.want {
			t.Errorf("looksLikeTime(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestHasYearOrDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"năm 2025", true}, {"1999", true}, {"12/5", true}, {"quý III/2025)", true},
		{"12345", false}, {"số 80", false}, {"3000", false}, {"22/2023/QĐ-TTg", true}, {"", false},
	} {
		if got := hasYearOrDate(tc.in); got != tc.want {
			t.Errorf("hasYearOrDate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIsDateOnly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"2025", true}, {"30/11/2025", true}, {"2025-2030", true}, {"12/2025;", true}, {"2025 - 2026", true},
		{"Năm 2025", false}, {"Quý IV/2025", false}, {"2025 Ngân sách", false}, {"12345", false},
		{"22/2023/QĐ-TTg", false}, {"", false}, {"(1)", false},
	} {
		if got := isDateOnly(tc.in); got != tc.want {
			t.Errorf("isDateOnly(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIsNamedDate(t *testing.T) {
	for in, want := range map[string]bool{
		"Năm 2026": true, "năm 2025;": true, "Quý IV/2025": true, "tháng 12/2025": true, "Quý III năm 2026": true,
		"Năm học 2025": true, "Năm học 2025 - 2026": true, "Học kỳ I/2026": true, "Học kỳ II năm học 2025 - 2026": true, "Năm 2026 - 2027": true,
		"Năm học": false, "Học kỳ I": false, "Học sinh 2026": false, "Năm - 2026 tới": false,
		"Quý III": false, "Năm": false, "Năm 2026 và 2027": false, "Ngân sách 2026": false, "2026": false, "Hằng năm": false,
	} {
		if got := isNamedDate(in); got != want {
			t.Errorf("isNamedDate(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestStartsLikeTimeOnly(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Thường xuyên", true}, {"Thường", true}, {"Hằng năm", true}, {"Hàng quý", true},
		{"Quý II/2026", true}, {"quý III/2025)", true}, {"quý 4", true}, {"Quý", true}, {"quý", false}, {"quý và năm", false}, {"Trước ngày", true},
		{"hàng Chính sách", false}, {"Thường trực Ban", false}, {"Trước hết", false}, {"Sở", false},
		{"Sau khi có Quy chế", true}, {"Sau", false}, {"Sau đó", false}, {"sau khi", false},
		{"Sau thiên tai 10 ngày", true}, {"Sau 15 ngày kể từ", true}, {"Sau mỗi vụ thu hoạch", true}, {"Sau thiên tai", false},
		{"Sau đó 2 năm", true}, {"sau thiên tai 10 ngày", false}, {"Sau năm 2025", false},
		{"Kỳ họp thứ 10", true}, {"kỳ họp", false}, {"Kỳ", false},
		{"Định kỳ 6 tháng", true}, {"Định kỳ hằng năm", true}, {"Định hướng phát triển", false}, {"định kỳ", false},
		{"Năm 2030 và", true}, {"Năm 2030,", true}, {"Năm", false}, {"Năm nhiệm vụ trọng tâm", false}, {"năm 2030", false}, {"Năm 1", false},
		{"Tháng 6 và tháng 12", true}, {"Tháng 3/2026", true}, {"Tháng", false}, {"Tháng hành động vì trẻ em", false}, {"tháng 6", false}, // a month's number
		{"Ngay khi xảy ra sự cố", true}, {"Ngay sau khi", true}, {"Ngay từ đầu năm", true}, {"Ngay", false}, {"Ngay thẳng", false}, {"ngay khi", false}, // at once
		{"Trước 15/3/2038", true}, {"Từ 01/4 đến 20/4/2038", true}, {"Từ 2 đến 3 lớp", false}, {"Từ năm 2026,", false}, {"từ 01/4", false}, // a bound and a date
	} {
		if got := startsLikeTimeOnly(tc.in); got != tc.want {
			t.Errorf("startsLikeTimeOnly(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestBoundsDate: "Trước" or "Từ" and a date's numbers open a deadline or
// a span; other words or numbers do not.
func TestBoundsDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Trước 15/3/2038", true}, {"Từ 01/4 đến", true}, {"Trước 2030", true}, {"Từ 2 đến 3 lớp", false},
		{"Trước ngày 30/6", false}, {"Sau 15/3/2038", false}, {"Từ", false}, {"từ 01/4", false},
	} {
		if got := boundsDate(openingOf(tc.in)); got != tc.want {
			t.Errorf("boundsDate(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStartsTimePhrase(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"giai đoạn 2026", true}, {"giai", true}, {"năm 2025", true}, {"tháng 12", true}, {"quý I", true},
		{"Năm học 2026 - 2027", true}, {"Năm học", true}, // a school year
		{"năm nay", false}, {"giai cấp", false}, {"Sở Nội vụ", false}, {"", false}, {"Tháng học", false},
	} {
		if got := startsTimePhrase(tc.in); got != tc.want {
			t.Errorf("startsTimePhrase(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestYearRangeBroken(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"giai đoạn 2026 -", "2030", true},
		{"2026 -", "2030)", true},
		{"2026-", "2030", false},        // a hyphen: joinsWithoutSpace joins it
		{"khoảng 15 -", "20%", false},   // no years
		{"năm 2026 -", "Quý II", false}, // a year and a quarter
	} {
		if got := yearRangeBroken(tc.prev, tc.next); got != tc.want {
			t.Errorf("yearRangeBroken(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

func TestTightYearRanges(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  bool
	}{
		{"none", []string{"Thường xuyên", "khoảng 15 - 20%"}, false},
		{"tight", []string{"giai đoạn 2021-2030;", "Năm 2025"}, true},
		{"tight after a space", []string{"giai đoạn 2026 -2030 (hoàn"}, true},
		{"spaced", []string{"2026 - 2030", "giai đoạn 2026 - 2028;"}, false},
		{"mostly spaced", []string{"2026 - 2030", "2021-2025", "2026 - 2027"}, false},
		{"mostly tight", []string{"2021-2025, 2026-2030", "2026 - 2027"}, true},
		{"a quarter's dash", []string{"Quý IV/2025-Quý II/2026"}, false},
	} {
		var ls []line
		for _, s := range tc.texts {
			ls = append(ls, line{text: s})
		}
		if got := tightYearRanges(ls); got != tc.want {
			t.Errorf("%s: tightYearRanges = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestJoinsWithoutSpace(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"Kế hoạch số 05-", "KH/TU của Ban", true},
		{"Chỉ thị số 39-", "CT/TW của", true},
		{"Quyết định số 118/2008/QĐ-", "TTg ngày", true},
		{"giai đoạn 2021-", "2030", true},
		{"2026 -", "2030", false},          // a range of years broken after a spaced dash: the document tells (tightYearRanges)
		{"khoảng 15 -", "20% tăng", false}, // other numbers: a dash after a space keeps its spaces
		{"giai đoạn 2026-", "2030)", true},
		{"Trước ngày 30/11/2", "025", true},
		{"100", "% ca phẫu thuật", true}, {"đạt 100", "%", true}, {"Quý II", "% ca", false}, // a share broken before its sign (percentAfterNumber)
		{"Trước ngày 30/11/", "2025", true},         // a word processor breaks after the slash
		{"Quyết định số 1560/", "QĐ-TTg của", true}, // … inside a document number too
		{"số liệu /", "tháng", false},               // a slash standing alone
		{"Năm 2025/", "- Quý II", false},            // nothing but a dash after it
		{"quý III/2025", ")", true},
		{"01/2026", "6/2026", false},        // two dates, each whole on its line
		{"Quý IV/2025", "2026", false},      // a year after a whole quarter
		{"Trước ngày 30/11/20", "25", true}, // a year itself broken
		{"Quý IV/2025-", "Quý II/2026", false},
		{"chức chính trị -", "xã hội", false},
		{"thị trường các-", "bon trong nước", true}, // a hyphenated word broken at its hyphen
		{"Quý IV/2025-", "quý II/2026", false},      // after a number: a range, "quý" a common word
		{"các-", "Bon", false},                      // a capital: a dash before a name, kept apart
		{"kinh tế", "- xã hội", false},
		{"Các sở,", "ban ngành", false},
	} {
		if got := joinsWithoutSpace(tc.prev, tc.next); got != tc.want {
			t.Errorf("joinsWithoutSpace(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

func TestIsCodeWord(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"KH/TU", true}, {"UBND", true}, {"TTg", true}, {"TW", true}, {"(PPP)", false}, {"PPP)", true},
		{"Quý", false}, {"Sở", false}, {"KH&CN", true}, {"A", false},
	} {
		if got := isCodeWord(tc.in); got != tc.want {
			t.Errorf("isCodeWord(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestCellStart(t *testing.T) {
	for _, tc := range []struct {
		in      string
		product bool
		want    cellStartKind
	}{
		{"Sở Tài chính", false, startUsual},
		{"Ủy ban nhân dân", false, startUsual},
		{"UBND các xã", false, startUsual},
		{"BQL các khu", false, startCode},
		{"Văn phòng UBND", false, startUsual},
		{"Văn bản chỉ đạo", false, startOther},
		{"Văn bản chỉ đạo", true, startUsual},
		{"Báo cáo đánh giá", true, startUsual},
		{"Báo và Phát thanh", false, startUsual},
		{"Thương, các", false, startUnusual},
		{"(PPP)", false, startTail}, // a short form in brackets goes on the name before it (opensInBrackets)
		{"Sở Nội vụ", true, startOther},
		{"Hội nghị tập huấn", false, startOther}, // the two-word product entry beats the one-word unit "Hội"
		{"Hội nghị tập huấn", true, startUsual},
		{"Hội Nông dân tỉnh", false, startUsual},
		{"Hội thao", true, startUsual}, {"Hội thao", false, startOther}, // an event held is a product: a sports day, a congress
		{"Đại hội các cấp", true, startUsual}, {"Đại hội các cấp", false, startOther},
		{"Đại học Huế", false, startUsual}, {"Cuộc thi sáng tác", true, startUsual},
		{"Lễ trao giải, ấn phẩm", true, startUsual}, {"Lễ trao giải, ấn phẩm", false, startOther}, // a ceremony held
		{"Nhà nước chi nhánh tỉnh", false, startTail}, // goes on "Ngân hàng"
		{"Nhà văn hóa tỉnh", false, startUsual},
		{"Hồ Chí Minh tỉnh", false, startTail}, // goes on "Đoàn Thanh niên Cộng sản"
		{"Hồ Chí Minh tỉnh", true, startTail},
		{"Hồ sơ dự án", true, startUsual},
		{"Cộng sản Hồ Chí Minh", false, startTail},
		{"Việt Nam tỉnh", false, startTail},                // goes on "Ủy ban Mặt trận Tổ quốc"
		{"Thanh niên xã", false, startTail},                // goes on "Đoàn"
		{"Công chức Tư pháp - Hộ tịch", false, startUsual}, // a commune's civil servant
		{"Trưởng thôn", false, startUsual},
		{"Trung học", false, startTail},                 // goes on "Phòng Giáo dục"
		{"Phụ nữ huyện; Huyện đoàn", false, startTail},  // goes on "Hội Liên hiệp"
		{"Trung tâm Y tế", false, startUsual},           // "Trung" alone still opens a unit
		{"Hạt Kiểm lâm các huyện", false, startUsual},   // a district's forest rangers
		{"Công Thương; Sở Tài chính", false, startTail}, // goes on "Bộ" or "Sở"
		{"Công an tỉnh", false, startUsual},             // "Công" alone still opens a unit
		{"Giáo dục và Đào tạo", false, startTail},       // a department's field: goes on "Sở" or "Phòng"
		{"Tư pháp VP", false, startTail}, {"Nội vụ", false, startTail}, {"Ngoại vụ tỉnh", false, startTail},
		{"Giáo dục kỹ năng", true, startTail},                                                       // nor opens a product
		{"Tài chính", false, startTail}, {"Xây dựng", false, startTail}, {"Y tế", false, startTail}, // the Finance, Construction, Health departments' fields
		{"Chất lượng", false, startTail}, {"Đo lường Chất lượng", false, startTail}, // the standards offices' fields: go on "Chi cục Tiêu chuẩn"
		{"Văn hóa - Xã hội", false, startUnusual}, // a commune's officer is named by the field
		{"Giao nhiệm vụ", false, startUnusual},    // "Giao" alone is no field
	} {
		if got := cellStart(tc.in, tc.product); got != tc.want {
			t.Errorf("cellStart(%q, %v) = %v, want %v", tc.in, tc.product, got, tc.want)
		}
	}
}

func TestNamesAmount(t *testing.T) {
	for in, want := range map[string]bool{
		"350": true, "4.500": true, "12.000.000": true, "1.200,5": true, "1.200 triệu đồng": true, "5 tỷ": true, "50": true,
		"2026": false, "4.50": false, "1234.500": false, "40 nhà văn hóa": false, "Quý II/2026": false, "1.1": false, "(1)": false,
		"300/năm": true, "50/người": true, "30/6": false, "2027/năm": false, // per year, per head; a date; a year
	} {
		if got := namesAmount(openingOf(in)); got != want {
			t.Errorf("namesAmount(%q) = %v, want %v", in, got, want)
		}
	}
	// An amount opens a funding cell, and no unit's.
	unit, _, funding := cellStarts(openingOf("1.200"))
	if unit != startOther || funding != startUsual {
		t.Errorf("cellStarts(1.200) = unit %v, funding %v; want %v, %v", unit, funding, startOther, startUsual)
	}
}

// TestCellStartsFunding: funding words open a funding cell and read as
// another kind's wrong start; "Ngân hàng" still opens a unit.
func TestOpensInBrackets(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"(CDC)", true},
		{"(thuộc", true},
		{"(1)", false}, // an enumeration's marker
		{"(a)", false},
		{"CDC", false},
		{"", false},
	} {
		if got := opensInBrackets(tc.w); got != tc.want {
			t.Errorf("opensInBrackets(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestCellStartsFunding(t *testing.T) {
	for _, tc := range []struct {
		in                     string
		unit, product, funding cellStartKind
	}{
		{"Ngân sách tỉnh", startOther, startOther, startUsual},
		{"Ngân hàng Nhà nước", startUsual, startOther, startOther},
		{"Nguồn vốn sự nghiệp", startOther, startOther, startUsual},
		{"Không phát sinh kinh phí", startOther, startUsual, startUsual},
		{"100% giáo viên tham gia", startOther, startUsual, startUnusual}, {"Giảm tỷ lệ học sinh yếu", startOther, startUsual, startOther}, // targets
		{"Không", startOther, startUsual, startUsual},                   // no funds, or a target said as what must not happen …
		{"Không để xảy ra ùn tắc", startOther, startUsual, startUsual},  // … "Không để xảy ra …"
		{"Doanh nghiệp tự bảo đảm", startUsual, startOther, startUsual}, // who pays, named as a unit is
		{"Chủ đầu tư", startUsual, startOther, startUsual},
		{"Từ nguồn chi thường xuyên", startOther, startOther, startUsual},
		{"Dự toán ngân sách", startOther, startOther, startUsual},
		{"Dự thảo Nghị quyết", startOther, startUsual, startOther}, // "Dự" alone opens a product
		{"Sở Tài chính", startUsual, startOther, startOther},
		{"UBND các xã", startUsual, startOther, startOther}, {"HĐND tỉnh", startUsual, startOther, startOther}, // an agency's abbreviation opens what "Ủy ban" opens
		{"Chương trình khuyến công", startOther, startUsual, startUsual}, // a programme's budget, or a programme made
		{"Chương trình mục tiêu quốc gia", startOther, startUsual, startUsual},
		{"Vụ Đông Xuân và vụ", startOther, startOther, startOther}, // a crop season …
		{"Vụ Pháp chế", startUsual, startOther, startOther},        // … a ministry's department
		{"Báo cáo", startOther, startUsual, startOther},
		{"Trung tâm Dữ liệu", startUsual, startOther, startOther},
		{"Khoa Khám bệnh", startUsual, startOther, startOther},           // a hospital's department …
		{"Khoa học dữ liệu", startOther, startUsual, startOther},         // … not a study
		{"Phiếu kết quả thử nghiệm", startOther, startUsual, startOther}, // a form returned
		{"Kho bạc Nhà nước", startUsual, startOther, startOther},         // "Kho bạc" is a unit …
		{"Kho dữ liệu số hóa", startOther, startUsual, startOther},       // … any other "Kho" a product
		{"Các lớp bồi dưỡng", startOther, startUsual, startOther},        // "Các" opens a unit's list, "Các lớp" a product
		{"Các sở, ban, ngành", startUsual, startOther, startOther},
		{"Tỷ lệ hồ sơ trực tuyến", startOther, startUsual, startOther},
		{"Dữ liệu được kết nối", startOther, startUsual, startOther},
		{"Liên hoan ẩm thực", startOther, startUsual, startOther}, // "Liên" opens "Liên đoàn …", "Liên hoan" a product
		{"Phòng học bộ môn", startOther, startUsual, startOther},  // "Phòng" opens a department, "Phòng học" classrooms
		{"Phòng Giáo dục và Đào tạo", startUsual, startOther, startOther},
		{"Hội khỏe được tổ chức", startOther, startUsual, startOther}, // "Hội" opens "Hội Nông dân", "Hội khỏe" the schools' sports festival
		{"Liên đoàn Lao động tỉnh", startUsual, startOther, startOther},
		{"Bộ Chỉ huy Quân sự tỉnh", startUsual, startOther, startOther}, // a unit's name capitalises its words …
		{"Bộ chỉ số đánh giá", startOther, startUsual, startOther},      // … a product's opening does not
		{"Bộ Công Thương", startUsual, startOther, startOther},
		{"Hội nghị sơ kết", startOther, startUsual, startOther},
		{"Đoàn kiểm tra liên ngành", startUsual, startOther, startOther}, // an inspection team leads a task
		{"Bệnh viện Đa khoa tỉnh", startUsual, startOther, startOther},
		{"Cảng vụ Hàng hải", startUsual, startOther, startOther},
		{"Bưu điện tỉnh;", startUsual, startOther, startOther},
		{"Thuế tỉnh", startUsual, startOther, startOther}, {"Thống kê tỉnh", startUsual, startOther, startOther}, {"Thi hành án dân sự tỉnh", startUsual, startOther, startOther},
		{"Đ/c Nguyễn Thị Hoa, Phó", startUsual, startOther, startOther}, {"Đồng chí Chủ tịch", startUsual, startOther, startOther}, // a named official
		{"Ông Trần Văn Bình", startUsual, startOther, startOther},
		{"Chứng thư số được cấp", startOther, startUsual, startOther}, {"Chứng chỉ bồi dưỡng", startOther, startUsual, startOther}, // a certificate issued …
		{"Chứng khoán Nhà nước", startUnusual, startUnusual, startUnusual},                                                // … not a commission's name, broken after "Ủy ban"
		{"Bộ dữ liệu", startOther, startUsual, startOther}, {"Bộ tài liệu hướng dẫn", startOther, startUsual, startOther}, // a set made …
		{"Bộ Tài chính", startUsual, startOther, startOther},                    // … not a ministry, which capitalises its name
		{"(CDC)", startTail, startTail, startTail},                              // a name's short form goes on it …
		{"(thuộc Sở Y tế)", startTail, startTail, startTail},                    // … as does an aside
		{"(1) Báo cáo; (2) Kế hoạch", startUnusual, startUnusual, startUnusual}, // an enumeration's marker opens a cell
		// a count of things opens no unit
		{"01 lớp", startOther, startUnusual, startUnusual}, {"12 chuyên mục", startOther, startUnusual, startUnusual},
		{"6 tháng", startUnusual, startUnusual, startUnusual}, {"150 triệu đồng", startOther, startUnusual, startUsual}, {"05 Sở", startUnusual, startUnusual, startUnusual},
	} {
		u, p, f := cellStarts(cellOpening(tc.in))
		if u != tc.unit || p != tc.product || f != tc.funding {
			t.Errorf("cellStarts(%q) = %v %v %v, want %v %v %v", tc.in, u, p, f, tc.unit, tc.product, tc.funding)
		}
	}
}

func TestEndsDangling(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Thương, các", true}, {"báo cáo đề xuất của", true}, {"Sở Khoa học và", true}, {"các xã,", true},
		{"trực thuộc", false}, {"đặc khu", false}, {"Sở Nội vụ", false}, {"liên quan;", false},
		{"Trước ngày", true}, {"Quý IV năm", true}, {"tháng 12 năm", true}, {"Hằng năm", false}, {"trong năm", false},
		{"năm", false}, {"Năm", true}, {"Năm 2026", false}, {"Sau khi có", true}, {"Sau khi", true}, {"có liên quan", false},
		{"tiến tới Đại hội lần thứ", true}, {"thứ tự", false}, {"Cao điểm dịp", true}, {"nhân dịp", true}, {"dịp Tết", false},
		{"Đ/c Trần Văn Bình, Bí thư", true}, {"Bí thư", true}, {"thư", false}, {"Bí thư Đoàn xã", false}, // a title names its body
		{"Đ/c Trần", true}, {"Đ/c", true}, {"Đồng chí Lan", true}, {"Đ/c Trần Văn Bình", false}, {"Đồng chí Hoàng Lan", false}, {"về đồng chí", false}, // a name has two words at least
		{"Chuyển tiếp từ năm", true}, {"trước năm", true}, {"từ năm 2026", false}, {"đầu năm", false}, // a span's bound wants its year
		{"cứu nạn, cứu hộ (Bộ", true}, {"(Bộ Công an)", false}, {"các quy định (1)", false}, // a bracket left open
		{"tạo giai đoạn", true}, {"giai đoạn", true}, {"theo từng giai đoạn", false}, {"các giai đoạn", false}, {"giai đoạn 2030 - 2035", false}, // a period names its years
		{"Tờ trình, dự thảo", true}, {"Dự thảo", true}, {"dự thảo Quyết định", false}, {"biên soạn, thảo", false}, // a draft names its document
		{"khiếu nại của người tiêu dùng qua", true}, {"trong thời gian vừa qua", false}, {"Nghị quyết được thông qua", false}, {"các năm qua", false},
		{"Trong vòng", true}, {"vòng loại", false}, {"các năm tiếp theo", false}, {"tiếp theo", false}, {"thực hiện theo", true},
		{"Hạt Kiểm lâm sở tại", false}, {"tổ chức tại", true}, {"các nội dung nói trên", false}, {"báo cáo cấp trên", false}, {"đạt trên", true}, {"Trong vòng 05 ngày làm việc", false},
		{"Trước ngày 15 của tháng cuối quý", false}, {"Hằng tháng", false}, {"Cả tháng", false}, {"Cả quý", false}, // the whole of one {"hoàn thành trong quý", true}, {"Báo cáo hằng quý", false}, {"Quý", true},
		{"Quí IV-", true}, {"Kế hoạch số 05-", true}, {"2026 -", true}, {"kinh tế - xã hội", false},
		{"Định kỳ 6 tháng", false}, {"trong 05 ngày", false}, {"ngày 15 tháng", true}, {"tháng 3 quý", true}, // a length of time is whole (endsSpan)
		{"Quyết định của Chủ tịch", true}, {"Giám đốc", true}, {"Chủ tịch UBND tỉnh", false}, {"đăng ký hộ tịch", false},
		{"Chánh", true}, {"Phó Chánh", true}, {"Chánh Thanh tra tỉnh", false}, {"Chánh Văn phòng", false}, // a chief names his office
		{"Phó Chủ tịch Thường trực", true}, {"Phó Bí thư Thường trực", true}, {"Ban Thường trực", false}, {"Thường trực", false}, {"Phó Chủ tịch Thường trực UBND tỉnh", false}, // a standing deputy names the body too (endsStandingTitle)
		{"Bộ trưởng Bộ", true}, {"Thứ trưởng Bộ", true}, {"Bộ trưởng", false}, {"Bộ trưởng Bộ Xây dựng", false}, {"Thủ tướng Chính", false}, {"Bộ trưởng bộ", false}, // a minister's body wants its name (endsMinistersBody)
		{"Ban thư ký", true}, {"Thư ký", true}, {"Ban thư ký Hội đồng", false}, {"ký", false}, {"đăng ký", false}, {"Thư", false}, // a secretariat serves the body named after it
		{"Phó", true}, {"Đồng chí Phó", true}, {"cấp trưởng, cấp phó", false}, {"Phó Chủ tịch UBND xã", false}, // a deputy names the office after him (endsDeputy)
		{"Các đồng chí", true}, {"các đồng chí", true}, {"đồng chí", true}, {"hội đồng chí", false}, {"Đồng chí", true}, {"Các đồng chí Ủy viên", true}, {"Ủy viên", true}, {"Ủy viên Ban Thường vụ", false}, {"nhân viên", false}, {"ủy viên", false}, // the comrades and a member name their posts and body (endsComrades, endsMember)
		{"Đ/c Trần Thị Mai, công chức", true}, {"cán bộ, công chức", false}, {"đội ngũ công chức", false}, {"Mai, công chức Tư pháp", false}, // a named servant's field follows (endsNamedServant)
		{"Trưởng", true}, {"Phó Trưởng", true}, {"Trưởng Công an xã", false}, {"Bộ trưởng", false}, {"Hiệu trưởng", false}, {"Tổ Trưởng", false}, // a chief names the body he heads (endsChief)
		{"Xã Phú Lộc, xã", true}, {"xã Tân An và xã", true}, {"thôn Đông; thôn", true}, // a list's next place wants its name (endsPlaceLevel)
		{"Ủy ban nhân dân các xã, phường", false}, {"các xã và phường", false}, {"Ủy ban nhân dân xã", false}, {"Công an tỉnh", false}, {"Phú Lộc, Xã", false},
		{"Kế toán; Tổ", true}, {"Công an xã; Đội", true}, {"các tổ", false}, {"Tổ", false}, // a team's or a force's head
		{"hình tỉnh; Sở", true}, {"Công an tỉnh, Sở", true}, {"Môi trường; Cục", true}, {"Sở Tư pháp; Ủy", true}, {"các sở; ban", false}, {"Sở Y tế; BHXH", false}, {"Thanh tra Sở", false}, {"Văn phòng Sở", false}, {"Sở", false}, {"trụ sở", false}, {"Sở Y tế", false}, // a department's head word
		{"Bộ luật Lao động, Luật", true}, {"Luật Đất đai; Luật", true}, {"Luật", false}, {"dự án Luật", false}, {"Bộ luật", false}, {"pháp, luật", false}, // a law's head (endsListItemHead)
		{"Đợt 1: Tháng 4; Đợt", true}, {"Đợt", false}, {"theo từng đợt", false}, {"Tháng 4; đợt", false}, // a wave's head wants its number
		{"Tỷ lệ số hóa đạt", true}, {"các tiêu chí chưa đạt", false}, {"không đạt", false}, {"đã đạt", false}, // a target reached wants its figure
		{"theo Nghị định số", true}, {"Quyết định số", true}, {"Kế hoạch số", true}, {"chuyển đổi số", false}, {"kinh tế số", false}, {"Nghị định số 61/2018/NĐ-CP", false}, // a document wants its number
	} {
		if got := endsDangling(tc.in); got != tc.want {
			t.Errorf("endsDangling(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCellEnds covers how a cell's last line ends: a list item's
// semicolon (endsListItem) and a full stop (endsFullStop).
func TestCellEnds(t *testing.T) {
	for _, tc := range []struct {
		in             string
		list, fullStop bool
	}{
		{"Các sở, ban, ngành có liên quan;", true, false},
		{"sách xã hội tỉnh;", true, false},
		{"Tỉnh ủy.", false, true},
		{"các cấp.", false, true},
		{"Sở Tài chính", false, false},
		{"tỉnh; các tổ chức", false, false},
		{"Sở Nội vụ (chủ trì)", false, false},
		{"", false, false},
	} {
		if got := endsListItem(tc.in); got != tc.list {
			t.Errorf("endsListItem(%q) = %v, want %v", tc.in, got, tc.list)
		}
		if got := endsFullStop(tc.in); got != tc.fullStop {
			t.Errorf("endsFullStop(%q) = %v, want %v", tc.in, got, tc.fullStop)
		}
	}
}

func TestStartsItemInside(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Sở KH&CN Các sở, ban, ngành tỉnh;", true},
		{"Sở Nội vụ Sở KH&CN; các cơ quan,", true},
		{"Sở KH&CN; Các sở, ban, ngành", false}, // the list goes on
		{"Văn bản của Sở Tài chính", false},     // "của" leads into it
		{"Các sở, ban, ngành tỉnh;", false},
		{"Sở", false}, {"", false},
		{"Sở KH&CN  Các sở", true}, // a double space
		{"Sở Tài chính Ủy", true},  // the last word
	} {
		if got := startsItemInside(tc.in); got != tc.want {
			t.Errorf("startsItemInside(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStartsNewItem(t *testing.T) {
	for _, tc := range []struct {
		prev, p string
		want    bool
	}{
		{"dân các cấp", "Ủy ban", true},
		{"xã hội tỉnh", "Ủy ban Mặt trận", true},
		{"liên quan", "Quyết định,", true},
		{"các cấp.", "Các sở, ban", false},
		{"liên quan;", "Ủy ban nhân dân", false},
		{"Văn bản chỉ đạo của", "Ủy ban", false},
		{"Ủy ban Mặt trận", "Tổ quốc", false},
		{"hội tỉnh", "Bưu điện", true}, // units' names' first words: "Bưu điện", "Hội …", "Ngân hàng …", "Trung tâm …", "Bảo hiểm …", "Kho bạc …"
		{"Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", true},
		{"Sở Tài chính", "Ngân hàng Chính sách", true},
		{"Sở Y tế", "Trung tâm Y tế", true},
		{"Sở Y tế", "Bảo hiểm xã hội tỉnh", true},
		{"Sở Khoa học và Công nghệ", "Kho bạc Nhà nước", true},
		{"hội tỉnh;", "Bưu điện", false},
		{"Sở Y tế", "Đoàn Thanh niên", false}, // "Đoàn" is none: measured worse
	} {
		if got := startsNewItem(tc.prev, tc.p); got != tc.want {
			t.Errorf("startsNewItem(%q, %q) = %v, want %v", tc.prev, tc.p, got, tc.want)
		}
	}
}

func TestIsTimeContinuation(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"hằng năm", true}, {"2026", true}, {"Quý II/2026", true}, {"TW", true}, {"-2030 (hoàn", true},
		{"Ngân hàng", false}, {"Chính sách xã", false},
	} {
		if got := isTimeContinuation(tc.in); got != tc.want {
			t.Errorf("isTimeContinuation(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestWordPairs(t *testing.T) {
	// The document holds the pairs on one line each, and the lines whose
	// breaks are asked about (learnPairs only keeps pairs after line ends).
	ps := learnPairs(linesOf("tại địa phương.", "Ngân hàng Chính sách", "điều kiện làm việc tại địa", "phương.", "Chi nhánh Ngân", "hàng", "phường, đặc khu",
		"Công an tỉnh; Sở Công", "HĐND tỉnh", "các cơ quan, địa phương", "và cơ quan,"))
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"điều kiện làm việc tại địa", "phương.", true},
		{"Chi nhánh Ngân", "hàng", true},
		{"phường, đặc khu", "phương.", false},
		{"HĐND tỉnh", "Sở Nông", false},     // printed only across a semicolon: no pair going on a cell
		{"và cơ quan,", "địa phương", true}, // a comma goes on within a phrase
	} {
		if got := ps.known(tc.prev, tc.next); got != tc.want {
			t.Errorf("known(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
}

// TestTableKnowsNamePairs: a cell-block table knows the pairs of units'
// names (namePairs) and plans' common words (compoundPairs) as well as
// its own, so a name broken in a narrow
// column goes on where the document never prints it whole ("Sở Nông" /
// "nghiệp"); words that pair nowhere stay unknown.
func TestTableKnowsNamePairs(t *testing.T) {
	tb := newTable(&document{body: linesOf("Sở Nông", "nghiệp và Môi", "trường")})
	if !tb.sp.pairs.known("Sở Nông", "nghiệp và Môi") {
		t.Error(`"Nông nghiệp" is a name's pair`)
	}
	if tb.sp.pairs.known("Sở Nông", "trường") {
		t.Error(`"Nông trường" is no name's pair here`)
	}
	if !tb.sp.pairs.known("Bảo hiểm xã hội tỉnh; Bưu", "điện tỉnh") {
		t.Error(`"Bưu điện" is a name's pair`)
	}
	if !tb.sp.pairs.known("Ngân hàng Nhà nước Chi", "nhánh Khu vực 9") || !tb.sp.pairs.known("Liên", "đoàn Lao động tỉnh") {
		t.Error(`"Chi nhánh" and "Liên đoàn" are units' heads (namePairs)`)
	}
	if !tb.sp.pairs.known("trận Tổ quốc", "Việt Nam xã") || !tb.sp.pairs.known("Đoàn Thanh niên Cộng sản", "Hồ Chí Minh") {
		t.Error(`"Tổ quốc Việt Nam" and "Cộng sản Hồ Chí Minh" end national bodies' names (namePairs)`)
	}
	if !tb.sp.pairs.known("Thường", "xuyên") || !tb.sp.pairs.known("bổ", "sung") {
		t.Error(`"Thường xuyên" and "bổ sung" are plans' words (compoundPairs)`)
	}
	if !tb.sp.pairs.known("Ngân sách tỉnh; nguồn xã hội", "hóa") {
		t.Error(`"xã hội hóa", a funding's word, goes on after "hội" (compoundPairs)`)
	}
}

func TestPairHash(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"phương", "phương.", true},
		{"Ngân", "ngân", true},
		{"ĐỊA", "địa", true},
		{"“Hàng”", "hàng", true},
		{"(2025);", "2025", true},
		{"địa", "đia", false},
		{"hàng", "hang", false},
		{"ab", "ba", false},
		{"", "a", false},
	} {
		if got := pairHash(tc.a) == pairHash(tc.b); got != tc.same {
			t.Errorf("pairHash(%q) == pairHash(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestAppendPairHashes(t *testing.T) {
	// The one-pass hashes are pairHash of each word between spaces (none
	// after a last space), word for word.
	texts := []string{"", "a", " a", "a ", "a  b", "Sở Tư pháp;", "“Hàng” (2025); ĐỊA-phương.", "..., ()", "Ủy ban nhân dân các xã, phường, đặc khu",
		"05-KH/TU của Ban", "a\xffb c", "日本 語", "“”", "x “y” z"}
	for _, name := range []string{"../seeds/000_a1139260fa9e1465.txt", "../testdata/corpus/nghean_980/lo.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range readLines(data) {
			texts = append(texts, l.text)
		}
	}
	for _, text := range texts {
		var want []uint64
		for _, w := range strings.Split(strings.TrimSuffix(text, " "), " ") {
			if text != "" {
				want = append(want, pairHash(w))
			}
		}
		if got := appendPairHashes(nil, text); !slices.Equal(got, want) {
			t.Errorf("appendPairHashes(%q) = %x, want %x", text, got, want)
		}
	}
}

func TestLowerHash(t *testing.T) {
	// lowerHash hashes a word as its lowercase form, whatever its case and
	// however many bytes its letters take; other words hash apart.
	words := []string{"", "a", "Sở", "ỦY", "Ủy", "ĐƠN", "Ư", "Thường", "XUYÊN", "Quý", "A1/Ƀ", "日本", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠỸ"}
	seen := map[uint64]string{}
	for _, w := range words {
		l := strings.ToLower(w)
		if got, want := lowerHash(w), lowerHash(l); got != want {
			t.Errorf("lowerHash(%q) = %x, want lowerHash(%q) = %x", w, got, l, want)
		}
		if other, ok := seen[lowerHash(w)]; ok && other != l {
			t.Errorf("%q and %q hash alike", other, l)
		}
		seen[lowerHash(w)] = l
	}
	if lowerHash("sở") == lowerHash("so") || lowerHash("ủy") == lowerHash("uỷ") {
		t.Error("accents must count")
	}
}

func TestHasPrefixFold(t *testing.T) {
	for _, tc := range []struct {
		s, prefix string
		want      bool
	}{
		{"đoạn", "đoạn", true},
		{"Đoạn,", "đoạn", true},
		{"ĐOẠN", "đoạn", true},
		{"đoàn", "đoạn", false},
		{"đo", "đoạn", false},
		{"", "đoạn", false},
	} {
		if got := hasPrefixFold(tc.s, tc.prefix); got != tc.want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", tc.s, tc.prefix, got, tc.want)
		}
	}
}

func TestStartsEnumeration(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"(1)", true}, {"(12)", true}, {"2)", true}, {"(a)", true},
		{"a)", false},    // a lettered sub-task's mark, or a word
		{"(123)", false}, // a code, not an item's number
		{"1.", false}, {"(Kèm", false}, {"Sở", false}, {")", false}, {"()", false},
	} {
		if got := startsEnumeration(tc.w); got != tc.want {
			t.Errorf("startsEnumeration(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestEndsWithShortName(t *testing.T) {
	for in, want := range map[string]bool{
		"Cục Môi": true, "Sở Nông": true, "Công an tỉnh; Vụ Kế": true, // names of two words or more, cut after the first
		"Cục Môi trường": false, "Sở Y tế": false, "Cục Thuế": false, // whole
		"Sở GDĐT": false, "Sở KH&CN": false, // abbreviations
		"thuộc Sở Nông": true, "Văn phòng Bộ": false, "Sở": false, "sở Nông": false,
	} {
		if got := endsWithShortName(in); got != want {
			t.Errorf("endsWithShortName(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestOpensWithTitle: a line opening with an office holder's title; a
// title's one word ("Phó", "Trưởng") only capitalised, where it opens one.
func TestOpensWithTitle(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Phó Chủ tịch UBND huyện", true},
		{"Trưởng Công an huyện", true},
		{"Trưởng phòng Kinh tế", true},
		{"Giám đốc Sở Y tế", true},
		{"trưởng đơn vị chủ trì", false}, // "Thủ" / "trưởng …": a wrap
		{"Trường Tiểu học", false},       // a school
		{"Công an huyện", false},
		{"Đồng chí Bí thư Huyện ủy", true}, // a Party plan names its holders so
	} {
		if got := opensWithTitle(openingOf(tc.text)); got != tc.want {
			t.Errorf("opensWithTitle(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStartOfTitle: an office holder's title opens a unit's cell, unless
// the table has a column of the holders answerable.
func TestStartOfTitle(t *testing.T) {
	for _, tc := range []struct {
		text          string
		holders       bool
		unit, product cellStartKind
	}{
		{"Phó Chủ tịch UBND huyện", false, startUsual, startUnusual},
		{"Giáo viên chủ nhiệm", false, startUsual, startUnusual},
		{"Thủ trưởng các cơ quan", false, startUsual, startUnusual},
		{"Chánh Văn phòng", false, startUsual, startUnusual},
		{"Kế toán; Ban thanh tra", false, startUsual, startUsual}, // a school's or office's staff; "Kế" opens a product too ("Kế hoạch")
		{"Nhân viên thiết bị", false, startUsual, startUnusual},
		{"Phó Chủ tịch UBND huyện", true, startUnusual, startUnusual}, // the holders have their own column
		{"Phóng sự", false, startOther, startUsual},
	} {
		sp := &splitter{holderColumn: tc.holders}
		p := makePiece(tc.text, line{})
		if u, pr := sp.startOf(colUnit, &p), sp.startOf(colProduct, &p); u != tc.unit || pr != tc.product {
			t.Errorf("%q (holder column %v): unit %v product %v, want %v %v", tc.text, tc.holders, u, pr, tc.unit, tc.product)
		}
	}
	for _, tc := range []struct {
		header string
		key    string
		want   bool
	}{
		{"Người đứng đầu chịu trách nhiệm", model.KeyExtra, true}, {"LÃNH ĐẠO PHỤ TRÁCH", model.KeyExtra, true},
		{"Người phụ trách", model.RoleLead, false}, {"Địa điểm", model.KeyExtra, false},
		{"Đồng chí phụ trách", model.KeyExtra, true}, // a Party plan's comrade answerable
	} {
		if got := isHolderHeader(model.Column{Key: tc.key, Header: tc.header}); got != tc.want {
			t.Errorf("isHolderHeader(%q) = %v, want %v", tc.header, got, tc.want)
		}
	}
}

// TestFundingSourceColumn: an extra column whose head names the money's
// source reads its cells as funding cells, where a unit's name is out of
// place, and one whose head opens with a time's (a second time column) as
// time cells; other extra columns take anything.
func TestFundingSourceColumn(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   colKind
	}{
		{"Nguồn kinh phí", colFunding}, {"NGUỒN VỐN", colFunding}, {"Kinh phí thực hiện", colFunding},
		{"Địa điểm", colOther}, {"Cấp ban hành", colOther},
		{"Thời gian hoàn thành", colTime}, {"THỜI HẠN", colTime}, {"Tiến độ", colTime}, {"Người phụ trách", colOther}, // a second time column
	} {
		var sp splitter
		sp.addColumn(model.Column{Key: model.KeyExtra, Header: tc.header}, 0)
		if got := sp.cols[0].kind; got != tc.want {
			t.Errorf("extra column %q: kind %v, want %v", tc.header, got, tc.want)
		}
	}
	p := makePiece("Công an xã, phường", line{})
	var sp splitter
	sp.addColumn(model.Column{Key: model.KeyExtra, Header: "Nguồn kinh phí"}, 0)
	if k := sp.startOf(sp.cols[0].kind, &p); k == startUsual {
		t.Errorf("a unit's name opens a funding source's cell as usual")
	}
}

// TestTargetColumn: in cell-block text an extra column of targets reads
// its cells as products, where a unit's name is out of place; other extra
// columns, and the column-aligned reader's, take any text.
func TestTargetColumn(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   colKind
	}{
		{"Chỉ tiêu", colProduct}, {"MỤC TIÊU CẦN ĐẠT", colProduct}, {"Địa điểm", colOther}, {"Nguồn kinh phí", colFunding},
	} {
		tb := &table{}
		tb.addColumn(model.Column{Key: model.KeyExtra, Header: tc.header})
		if got := tb.sp.cols[0].kind; got != tc.want {
			t.Errorf("cell-block extra column %q: kind %v, want %v", tc.header, got, tc.want)
		}
	}
	var sp splitter
	sp.addColumn(model.Column{Key: model.KeyExtra, Header: "Chỉ tiêu"}, 0)
	if sp.cols[0].kind != colOther {
		t.Errorf("column-aligned extra column of targets: kind %v, want colOther", sp.cols[0].kind)
	}
	p := makePiece("Phòng Giáo dục Trung học", line{})
	if k := (&splitter{}).startOf(colProduct, &p); k == startUsual {
		t.Errorf("a unit's name opens a target's cell as usual")
	}
}

func TestNamesShare(t *testing.T) {
	for in, want := range map[string]bool{"100%": true, "95,5%": true, "99,5%,": true, "1.200%": true, "%": false, "100": false, "a%": false, "100%/năm": false} {
		if got := namesShare(in); got != want {
			t.Errorf("namesShare(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestAwaitsRest covers the unit ends whose next words are still to come:
// a committee's or council's level (awaitsLevel), a company's name
// (awaitsCompanyName), a board's charge (awaitsCharge).
func TestAwaitsRest(t *testing.T) {
	for name, tc := range map[string]struct {
		f     func(string) bool
		cases map[string]bool
	}{
		"awaitsLevel": {awaitsLevel, map[string]bool{
			"Văn phòng HĐND và UBND": true, "UBND": true, "Ủy ban nhân dân": true, "Thường trực Hội đồng nhân dân": true,
			"UBND tỉnh": false, "Ủy ban nhân dân các xã": false, "HĐND, UBND xã": false,
			"Công an nhân dân": false, "nhân dân": false, "Văn phòng HĐND và": false,
			"Sở Xây dựng; Công an": true, "Bộ Công an": false, "Công an": false, "Công an tỉnh": false,
		}},
		"awaitsCompanyName": {awaitsCompanyName, map[string]bool{
			"Công ty cổ phần": true, "Công ty TNHH MTV": true, "Công ty TNHH": true, "Sở Y tế; Công ty cổ phần": true,
			"Công ty cổ phần Môi trường": false, "cổ phần hóa": false, "Công ty TNHH MTV Khai thác công trình thủy lợi": false, "phần": false,
		}},
		"awaitsCharge": {awaitsCharge, map[string]bool{
			"Ban Chỉ huy": true, "Ban Chỉ đạo": true, "Sở Y tế; Ban Chỉ huy": true, "Chỉ huy": true,
			"Ban Chỉ huy Quân sự huyện": false, "theo sự chỉ đạo": false, "huy": false, "Ban Chỉ": false,
			// a board the plan has named, referred to by its members or staff (refersToBoard)
			"Các cơ quan thành viên Ban Chỉ đạo": false, "Thường trực Ban Chỉ đạo": false, "Tổ giúp việc Ban Chỉ huy": false,
			"Văn phòng Ban Chỉ huy": true, // the office of a board its charge names
		}},
	} {
		for in, want := range tc.cases {
			if got := tc.f(in); got != want {
				t.Errorf("%s(%q) = %v, want %v", name, in, got, want)
			}
		}
	}
}

func TestIsLabelLetter(t *testing.T) {
	for in, want := range map[string]bool{"B": true, "Đ": true, "b": false, "B;": false, "AB": false, "": false, "II": false} {
		if got := isLabelLetter(in); got != want {
			t.Errorf("isLabelLetter(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestOpensWithLabel(t *testing.T) {
	for in, want := range map[string]bool{
		"Chủ trì: Sở Tư pháp":             true,
		"Phối hợp: các sở, ngành":         true,
		"Cơ quan phối hợp: Sở Tài chính":  true, // a label of four words
		"Phối hợp:":                       true, // the names on the lines below
		"Trong đó:":                       true,
		"phối hợp: các sở":                false, // a lowercase line goes on the line above
		"Sở Giáo dục và Đào tạo: chủ trì": false, // the colon past maxLabelWords words
		"Sở Tư pháp":                      false,
		"8:30 ngày 15/3":                  false,
		"":                                false,
	} {
		if got := opensWithLabel(in); got != want {
			t.Errorf("opensWithLabel(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestBrokenInsideWord(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"Sở KH&C", "N", true},                    // "KH&CN", its column narrower than the word
		{"Sở Công Thươn", "g; các cơ quan", true}, // the end of the word, then the cell's line goes on
		{"Sở KH&CN", "Các sở", false},
		{"Phần", "V", false},             // a roman numeral
		{"các mục", "a) Tổ chức", false}, // a list's letter: a vowel, and its bracket
		{"Quý IV-", "2025", false},
		{"(1)", "N", false},        // no word broken above
		{"Dự án nhóm", "B", false}, // a group's letter: a capital after a lowercase word
	} {
		if got := brokenInsideWord(tc.prev, tc.next); got != tc.want {
			t.Errorf("brokenInsideWord(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
	if got := joinWrapped([]string{"Sở KH&C", "N; các cơ quan"}); got != "Sở KH&CN; các cơ quan" {
		t.Errorf("joinWrapped = %q", got)
	}
}

// TestBrokenInsideSlashed: a unit per unit ("đồng/người/năm") broken
// inside a syllable by a narrow column joins without a space; two whole
// slashed words on two lines keep theirs.
func TestBrokenInsideSlashed(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"≥ 95 triệu đồng/ngườ", "i/năm", true},
		{"50 kg/ngư", "ời/năm", false},       // a longer tail reads as a word: left spaced
		{"02 lần/tháng", "đề/học kỳ", false}, // two whole words
		{"đồng/người", "năm", false},
		{"Quý I/2026,", "tháng 6/2026", false},
		{"Kế hoạch số 05/KH", "UBND/ngày", false}, // a capital: another word
	} {
		if got := brokenInsideSlashed(tc.prev, tc.next); got != tc.want {
			t.Errorf("brokenInsideSlashed(%q, %q) = %v, want %v", tc.prev, tc.next, got, tc.want)
		}
	}
	if got := joinWrapped([]string{"≥ 95 triệu đồng/ngườ", "i/năm"}); got != "≥ 95 triệu đồng/người/năm" {
		t.Errorf("joinWrapped = %q", got)
	}
}

func TestJoinPiecesYearRange(t *testing.T) {
	ps := []piece{*pieceOf("Năm 2025 và giai đoạn 2026 -"), *pieceOf("2030 (hoàn thành")}
	for _, tc := range []struct {
		tight bool
		want  string
	}{
		{false, "Năm 2025 và giai đoạn 2026 - 2030 (hoàn thành"},
		{true, "Năm 2025 và giai đoạn 2026 -2030 (hoàn thành"},
	} {
		if got := joinPieces(ps, 100, tc.tight, colTime, wordPairs{}); got != tc.want {
			t.Errorf("joinPieces(tight %v) = %q, want %q", tc.tight, got, tc.want)
		}
	}
}

// TestOpensLabelledParagraph: a label's line opens a paragraph of its
// own after a line that had room for it; after words that want more, or
// after a full line, it is the line's wrap.
func TestOpensLabelledParagraph(t *testing.T) {
	wide := float64(textWidth("Chủ trì: Văn phòng Ủy ban nhân dân tỉnh và một"))
	for _, tc := range []struct {
		lines []string
		width float64
		want  string
	}{
		{[]string{"Chủ trì: Sở Giáo dục và", "Đào tạo", "Phối hợp: Sở Tài chính"}, wide, "Chủ trì: Sở Giáo dục và Đào tạo\nPhối hợp: Sở Tài chính"},
		{[]string{"Đợt 1:", "Tháng 4;", "Đợt 2:", "Tháng 10"}, float64(textWidth("Tháng 4;")), "Đợt 1: Tháng 4; Đợt 2: Tháng 10"}, // a narrow column's wrap
		{[]string{"Chủ trì: Ủy ban nhân dân tỉnh,", "phối hợp: các sở"}, wide, "Chủ trì: Ủy ban nhân dân tỉnh, phối hợp: các sở"}, // lowercase: no label
		{[]string{"Chủ trì: Văn phòng Ủy ban nhân dân tỉnh và", "Trong đó: các sở"}, wide, "Chủ trì: Văn phòng Ủy ban nhân dân tỉnh và Trong đó: các sở"},
	} {
		var ps []piece
		for _, l := range tc.lines {
			ps = append(ps, *pieceOf(l))
		}
		if got := joinPieces(ps, tc.width, false, colUnit, wordPairs{}); got != tc.want {
			t.Errorf("joinPieces(%q) = %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestJoinsNameDash: in a unit cell that opens with no bullet, a line
// opening with a dash goes on the name wrapped before it; a bulleted list
// of units, an item's separator, and other columns keep their paragraphs,
// but for a name the document joins with a dash elsewhere, which goes on
// in any column but the content (joinsLearnedDash).
func TestJoinsNameDash(t *testing.T) {
	names := learnDashNames([]line{{text: "Phòng Tài chính - Kế hoạch"}})
	for _, tc := range []struct {
		lines []string
		kind  colKind
		want  string
	}{
		{[]string{"Phòng Văn hóa", "- Xã hội"}, colUnit, "Phòng Văn hóa - Xã hội"},
		{[]string{"- Sở KH&CN;", "- UBND cấp xã"}, colUnit, "- Sở KH&CN;\n- UBND cấp xã"},
		{[]string{"Các sở, ngành;", "- UBND cấp xã"}, colUnit, "Các sở, ngành;\n- UBND cấp xã"},
		{[]string{"Các nội dung sau:", "- Tập huấn"}, colUnit, "Các nội dung sau:\n- Tập huấn"},
		{[]string{"Triển khai Kế hoạch", "- Tập huấn"}, colContent, "Triển khai Kế hoạch\n- Tập huấn"},
		{[]string{"Trưởng phòng Tài chính", "- Kế hoạch"}, colOther, "Trưởng phòng Tài chính - Kế hoạch"},
		{[]string{"Trưởng phòng Tài chính;", "- Kế hoạch"}, colOther, "Trưởng phòng Tài chính;\n- Kế hoạch"},
		{[]string{"Trưởng phòng Nội vụ", "- Kế hoạch"}, colOther, "Trưởng phòng Nội vụ\n- Kế hoạch"},
		{[]string{"Rà soát nguồn tài chính", "- Kế hoạch vốn"}, colContent, "Rà soát nguồn tài chính\n- Kế hoạch vốn"},
	} {
		var ps []piece
		for _, l := range tc.lines {
			ps = append(ps, *pieceOf(l))
		}
		if got := joinPieces(ps, 100, false, tc.kind, names); got != tc.want {
			t.Errorf("joinPieces(%q, %v) = %q, want %q", tc.lines, tc.kind, got, tc.want)
		}
	}
}

func TestWordBeforeLast(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Quyết định của Chủ tịch", "Chủ"}, {"Quý IV năm", "IV"}, {"Năm", ""}, {"", ""}, {"Giám đốc ", "Giám"},
	} {
		if got := wordBeforeLast(tc.in); got != tc.want {
			t.Errorf("wordBeforeLast(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"Kế hoạch giai đoạn", "Kế hoạch giai"}, {"Đ/c Trần ", "Đ/c"}, {"Năm", ""}, {"", ""},
	} {
		if got := beforeLastWord(tc.in); got != tc.want {
			t.Errorf("beforeLastWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOpensWithYear(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"2030", true}, {"2030) của", true}, {"2030;", true}, {"20%", false}, {"Quý II/2026", false}, {"", false},
	} {
		if got := opensWithYear(tc.in); got != tc.want {
			t.Errorf("opensWithYear(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIsBareUnitHead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Sở", true},
		{"Vụ", true},
		{"Văn phòng", true},
		{"Ủy ban", true},
		{"Trung tâm", true},
		{"Trường", true},          // a school's head ("Trường" / "Đại học Điện lực")
		{"trường", false},         // "môi" / "trường" wrapped
		{"Sở Y tế", false},        // a whole name
		{"Văn phòng Bộ", false},   // the ministry's own office
		{"sở", false},             // lowercase: a wrapped word
		{"Công an", false},        // a commune's police is named so
		{"Thường xuyên", false},   // no unit
		{"Văn phòng UBND", false}, // three words
		{"- Sở", true},            // a list's item, broken after its head
		{"Công chức", true},       // a commune's: "Công chức" / "Văn phòng - Thống kê"
		{"- Sở Y tế;", false},
		{"Cảng vụ", true},   // "Cảng vụ" / "Hàng hải"
		{"Bệnh viện", true}, // "Bệnh viện" / "Đa khoa tỉnh"
		{"Cảng vụ Hàng hải", false},
		{"Hội Liên", true}, // "Hội Liên" / "hiệp Phụ nữ tỉnh"
		{"Hội Liên hiệp Phụ nữ", false},
		{"Chi nhánh", true}, // "Chi nhánh" / "Văn phòng Đăng ký đất đai"
		{"Chi bộ", true},    // a Party cell: "Chi bộ" / "Trường Tiểu học"
		{"Chi bộ thôn Bắc", false},
		{"Hiệp hội", true},  // "Hiệp hội" / "Gỗ và Lâm sản tỉnh"
		{"Liên minh", true}, // "Liên minh" / "Hợp tác xã tỉnh"
		{"Các hiệp hội", false},
	} {
		if got := isBareUnitHead(tc.in); got != tc.want {
			t.Errorf("isBareUnitHead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestEndsWithItemHead(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"phường; Hội Liên", true}, // the union's name goes on below, or on the next page
		{"Công an tỉnh; Sở", true},
		{"Sở Y tế, Văn phòng", true},
		{"Công an tỉnh; Sở Tư pháp", false},     // a whole name
		{"Sở", false},                           // a line that is only the head: bareUnitHeadWords
		{"các xã, phường", false},               // lowercase: no head
		{"Thanh tra tỉnh; Văn phòng Bộ", false}, // three words: a name
		{"UBND các xã, phường; Hội Liên hiệp", false},
	} {
		if got := endsWithItemHead(tc.in); got != tc.want {
			t.Errorf("endsWithItemHead(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestBareHeadAcross(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		want       bool
	}{
		{"Văn", "phòng", true},
		{"Ủy", "ban", true},
		{"Văn", "phòng UBND", false}, // the name goes on on the line
		{"văn", "phòng", false},
		{"Sở", "KH&CN", false},
	} {
		if got := bareHeadAcross(pieceOf(tc.line), pieceOf(tc.next)); got != tc.want {
			t.Errorf("bareHeadAcross(%q, %q) = %v, want %v", tc.line, tc.next, got, tc.want)
		}
	}
}

func TestHeadAfterSeparator(t *testing.T) {
	for _, tc := range []struct {
		line, next string
		want       bool
	}{
		{"tỉnh; Sở Xây dựng;", "Sở", true}, // "Sở" / "NN&MT" broken after the separator
		{"Công an tỉnh,", "Văn phòng", true},
		{"Thanh tra", "Sở", false},      // the department's own inspectorate
		{"Xây dựng;", "Sở Y tế", false}, // a whole name
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		headAfterSeparator(p, next)
		if next.dangling != tc.want {
			t.Errorf("%q / %q: dangling %v, want %v", tc.line, tc.next, next.dangling, tc.want)
		}
	}
}

func TestEndsUnitHead(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sở Y tế; Sở", true},
		{"Vụ Pháp chế; Vụ", true}, // a ministry's department
		{"Cục Thuế, Cục", true},
		{"UBND các xã ven biển; Đồn", true}, // a border post: "Đồn Biên phòng"
		{"Thanh tra Sở", false},             // the department's own
		{"Vụ Pháp chế", false},              // a whole name
		{"Sở Tư pháp; vụ", false},           // lowercase: no unit's head
	} {
		if got := endsUnitHead(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("endsUnitHead(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNameTailsAcrossLines covers the rules that read a line's start as
// the tail of a name broken on the line above: a Party committee after
// its organ's name (committeeAfterName), not after a separator; a
// comrade's last name word before the comma of the title
// (nameTailAfterComrade), not after a whole name, without a comma, a
// comrade or a capital; a ministry after a minister's
// title (bodyAfterMinister), not after a separator or another body.
func TestNameTailsAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		rule       func(p, next *piece)
		line, next string
		tail       bool
	}{
		{committeeAfterName, "Ủy ban Kiểm tra", "Tỉnh ủy", true}, // the committee's organ, broken before it
		{committeeAfterName, "Ban Tổ chức", "Huyện ủy;", true},
		{committeeAfterName, "Văn phòng", "Thành ủy Vĩnh Long", true},
		{committeeAfterName, "Công an tỉnh;", "Tỉnh ủy", false}, // after a separator: the next unit
		{committeeAfterName, "đảng viên năm 2026.", "Tỉnh ủy", false},
		{committeeAfterName, "Ủy ban Kiểm tra", "Tỉnh Đoàn", false}, // no committee
		{bodyAfterMinister, "Bộ trưởng", "Bộ Xây dựng", true},       // the minister's ministry, broken from the title
		{bodyAfterMinister, "Quyết định của Thứ trưởng", "Bộ Y tế", true},
		{bodyAfterMinister, "Bộ trưởng", "Tháng 9/2026", false}, // the title whole: the next cell
		{bodyAfterMinister, "Bộ trưởng", "bộ phận", false},
		{bodyAfterMinister, "Bộ trưởng;", "Bộ Tài chính", false},
		{bodyAfterMinister, "Tổ trưởng", "Bộ phận Một cửa", false}, // no minister
		{bodyAfterMinister, "Bộ | trưởng", "Bộ Xây", true},         // the title itself broken: "Bộ" on the line before
		{bodyAfterMinister, "Sở Tư pháp; Bộ | trưởng", "Bộ Tài chính", true},
		{bodyAfterMinister, "Tổ | trưởng", "Bộ phận", false},
		{bodyAfterMinister, "Thủ tướng", "Chính phủ", true},
		{bodyAfterMinister, "Thủ | tướng", "Chính phủ", true},
		{bodyAfterMinister, "Thủ tướng", "Chính sách xã hội", false},
		{nameTailAfterComrade, "Đ/c Trần Văn", "Nam, công chức Văn hóa - Xã hội", true},
		{nameTailAfterComrade, "Đồng chí Lê Thị", "Hoa, Bí thư Đoàn xã", true},
		{nameTailAfterComrade, "Đ/c Trần Văn Nam,", "Công chức Văn hóa", false}, // the name whole above
		{nameTailAfterComrade, "Đ/c Trần Văn", "Đoàn Thanh niên xã", false},     // no comma: the next cell
		{nameTailAfterComrade, "Trần Văn", "Nam, công chức", false},             // no comrade
		{nameTailAfterComrade, "Đ/c Trần văn", "Nam, công chức", false},         // a name's words are capitalised
	} {
		// "before | line": the line before p, for a rule that reads it too
		p := pieceOf(tc.line)
		if before, text, ok := strings.Cut(tc.line, " | "); ok {
			p = pieceOf(text)
			p.prevTraits = pieceOf(before).traits
		}
		next := pieceOf(tc.next)
		tc.rule(p, next)
		if got := next.unitStart == startTail; got != tc.tail {
			t.Errorf("%q / %q: tail %v, want %v", tc.line, tc.next, got, tc.tail)
		}
	}
}

// TestDanglingAcrossLines covers the traits a line's end takes from the
// line before it, when a narrow column broke two words apart: a head's
// title broken over two lines ("Phó Chủ" / "tịch") leaves its last word
// dangling, as endsTitle would the title whole on one line
// (titleAcrossLines); a whole time broken over two one-word lines
// ("Hằng" / "tháng", "Chủ nhật cuối" / "tháng") ends whole
// (wholeAcrossLines), while a date unit
// after a word of another cell ("mại" / "Năm"), or a time that dangles
// joined too ("Trước" / "ngày"), keeps its dangling end.
func TestDanglingAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		rule       func(p, next *piece)
		line, next string
		dangling   bool
	}{
		{titleAcrossLines, "Phó Chủ", "tịch", true},
		{titleAcrossLines, "Chủ", "tịch", true},
		{titleAcrossLines, "Giám", "đốc", true},
		{titleAcrossLines, "Chủ", "tịch UBND xã", false}, // the body named on the same line
		{titleAcrossLines, "đăng ký hộ", "tịch", false},  // no head's title
		{titleAcrossLines, "Chủ", "trì", false},
		{titleAcrossLines, "Ban thư", "ký", true},
		{titleAcrossLines, "Phó Chủ tịch", "Thường trực", true},
		{titleAcrossLines, "Chủ tịch UBND", "Thường trực", false},     // no title ends the line above
		{titleAcrossLines, "Phó Chủ tịch", "Thường trực UBND", false}, // the body named on the same line
		{titleAcrossLines, "đăng", "ký", false},
		{wholeAcrossLines, "Hằng", "tháng", false},
		{wholeAcrossLines, "Hằng", "năm", false},
		{wholeAcrossLines, "Trước", "ngày", true},
		{wholeAcrossLines, "mại", "Năm", true},
		{wholeAcrossLines, "thương mại", "Năm", true},              // the line above has more words: another cell's
		{wholeAcrossLines, "Hằng", "tháng 6", false},               // not dangling to begin with
		{wholeAcrossLines, "Chủ nhật cuối", "tháng", false},        // a time of several words on the line above
		{wholeAcrossLines, "Tổ chức hội nghị cuối", "tháng", true}, // no time above
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		tc.rule(p, next)
		if next.dangling != tc.dangling {
			t.Errorf("%q / %q: dangling %v, want %v", tc.line, tc.next, next.dangling, tc.dangling)
		}
	}
}

// TestStatesOutcome: a capitalised thing of one or two words and "được"
// state a result; a unit's name, a lowercase line and a thing of more
// words do not, and a narrow column's "Thông tin" / "được đăng tải"
// marks the first line a product's opening (outcomeAcrossLines), where a
// unit's opening ("Các đơn vị" / "được giao") stays one.
func TestStatesOutcome(t *testing.T) {
	for in, want := range map[string]bool{
		"Thông tin được đăng tải":       true,
		"Học sinh được hỗ trợ kịp thời": true,
		"Dữ liệu được kết nối":          true,
		"Phản ánh được xử lý":           true,
		"Sở Tài chính":                  false,
		"thông tin được đăng tải":       false, // a wrapped line
		"Hồ sơ thủ tục được số hóa":     false, // the thing past maxOutcomeSubject words
		"Thông tin được":                false, // nothing done yet
		"Được hỗ trợ":                   false,
	} {
		if got := statesOutcome(in); got != want {
			t.Errorf("statesOutcome(%q) = %v, want %v", in, got, want)
		}
	}
	for _, tc := range []struct {
		line, next string
		want       bool
	}{
		{"Thông tin", "được đăng tải", true},
		{"Công trình", "được đưa vào sử dụng", true},
		{"Các đơn vị", "được giao", false}, // a unit's opening
		{"Thông tin", "điện tử", false},
		{"Hồ sơ thủ tục", "được số hóa", false},
	} {
		p, next := pieceOf(tc.line), pieceOf(tc.next)
		outcomeAcrossLines(p, next)
		if got := p.outcome && p.productStart == startUsual && p.unitStart == startOther; got != tc.want {
			t.Errorf("outcomeAcrossLines(%q, %q): result's opening %v, want %v", tc.line, tc.next, got, tc.want)
		}
	}
}

func TestLastTwo(t *testing.T) {
	for _, tc := range []struct{ in, w1, w2 string }{
		{"Ban cán sự đảng", "sự", "đảng"},
		{"Đảng đoàn", "Đảng", "đoàn"},
		{"Sở", "", "Sở"},
		{"", "", ""},
	} {
		if w1, w2 := lastTwo(tc.in); w1 != tc.w1 || w2 != tc.w2 {
			t.Errorf("lastTwo(%q) = %q, %q; want %q, %q", tc.in, w1, w2, tc.w1, tc.w2)
		}
	}
}

// TestChargeAcrossLines: a narrow column broke a board's name before the
// word that makes it wait for its charge ("Ban Chỉ" / "huy").
func TestChargeAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		p, next string
		want    bool
	}{
		{"Ban Chỉ", "huy", true},
		{"UBND tỉnh; Ban Chỉ", "đạo", true},
		{"Ban Chỉ", "huy Quân sự", false}, // the charge follows on the line
		{"Ban chỉ", "huy", false},         // lowercase: no board's name
		{"Ban", "huy", false},
	} {
		ps := pieces(tc.p, tc.next)
		chargeAcrossLines(&ps[0], &ps[1])
		if ps[1].unfinished != tc.want {
			t.Errorf("chargeAcrossLines(%q, %q): unfinished %v, want %v", tc.p, tc.next, ps[1].unfinished, tc.want)
		}
	}
}

// TestAwaitsObject: a unit's head and the capitalised activity it names
// want the field after them; a whole name, an activity in lowercase or
// after no head does not.
func TestAwaitsObject(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trung tâm Xúc tiến", true}, {"Sở Công Thương; Ban Quản lý", true}, {"Quỹ Hỗ trợ", true}, {"Chi cục Kiểm soát", true},
		{"Trung tâm Xúc tiến Thương mại", false}, {"Ban Quản lý dự án", false},
		{"tăng cường quản lý", false}, {"Ban quản lý", false}, {"Sở Phát triển", false}, {"Quản lý", false},
	} {
		if got := awaitsObject(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("awaitsObject(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestIsQuarterNumber: a quarter's numeral with its year is a time's
// rest; a numeral past four, one without a year, or a date is not.
func TestIsQuarterNumber(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"III/2073", true}, {"IV/2025;", true}, {"I/2026)", true},
		{"V/2025", false}, {"III", false}, {"III/20", false}, {"30/6/2026", false}, {"II/QĐ-UBND", false},
	} {
		if got := isQuarterNumber(tc.text); got != tc.want {
			t.Errorf("isQuarterNumber(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestAwaitsSchoolName: a school's head and level want its name; the
// kind of school, or a level alone, does not.
func TestAwaitsSchoolName(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trường Cao đẳng", true}, {"du lịch Trường Đại học", true}, {"Sở Giáo dục và Đào tạo; Trường Trung cấp", true}, {"Trường Mầm non", true},
		{"Trường Cao đẳng Y tế", false}, {"Các Trường Đại học", false}, {"các trường đại học", false},
		{"Đại học", false}, {"giáo dục đại học", false}, {"Trường Chính trị", false},
	} {
		if got := awaitsSchoolName(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("awaitsSchoolName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestObjectAcrossLines: a unit's name broken before or inside its
// activity still wants the field after it.
func TestObjectAcrossLines(t *testing.T) {
	for _, tc := range []struct {
		p, next string
		want    bool
	}{
		{"tâm Xúc", "tiến", true},
		{"Trung tâm", "Xúc tiến", true},
		{"Sở Tài chính; Ban", "Quản lý", true},
		{"lịch Trường", "Cao đẳng", true},
		{"Trường Cao", "đẳng", true},
		{"Trung tâm", "Xúc tiến Thương mại", false}, // the field follows on the line
		{"Trung tâm", "Y tế", false},
		{"công tác", "quản lý", false},
	} {
		ps := pieces(tc.p, tc.next)
		objectAcrossLines(&ps[0], &ps[1])
		if ps[1].unfinished != tc.want {
			t.Errorf("objectAcrossLines(%q, %q): unfinished %v, want %v", tc.p, tc.next, ps[1].unfinished, tc.want)
		}
	}
}

// TestBoardReferredAbove: a board's name whose members or staff the line
// above names is whole without its charge.
func TestBoardReferredAbove(t *testing.T) {
	for _, tc := range []struct {
		p, next string
		want    bool // next still unfinished
	}{
		{"Các cơ quan thành viên", "Ban Chỉ đạo", false},
		{"Thường trực", "Ban Chỉ đạo", false},
		{"Các cơ quan", "Ban Chỉ đạo", true},        // no reference: the charge is to come
		{"Sở Y tế; Văn phòng", "Ban Chỉ huy", true}, // the office of a board its charge names
		{"thành viên", "Các sở; Ban Chỉ đạo", true}, // the board is not what the line above refers to
	} {
		ps := pieces(tc.p, tc.next)
		boardReferredAbove(&ps[0], &ps[1])
		if ps[1].unfinished != tc.want {
			t.Errorf("boardReferredAbove(%q, %q): unfinished %v, want %v", tc.p, tc.next, ps[1].unfinished, tc.want)
		}
	}
}

func TestBoundAlone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Trước", true}, {"Sau", true}, {"Đến", true}, {"Tới", true}, {"Từ", true}, // a deadline's bound, its date below
		{"trước", false},           // lowercase: "… so với năm" / "trước" ends a phrase
		{"Trước ngày", false},      // a date's unit: endsDateUnit's
		{"Trước 30/9/2034", false}, // whole
		{"Tháng", false},           // no bound
	} {
		if got := boundAlone(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("boundAlone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestEndsCountAwaitingUnit covers a span's count cut from its unit.
func TestEndsCountAwaitingUnit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Định kỳ 6", true}, {"định kì 3", true}, {"Trong 05", true}, {"Sau 03", true}, {"mỗi 2", true}, {"khoảng 10", true}, // a span's count, its unit after it
		{"Định kỳ 6 tháng", false}, {"Tháng 6", false}, {"Quý 2", false}, {"Học kỳ 2", false}, {"Đợt 3", false}, {"Trong 2026", false}, // whole, or a date's, term's or wave's number
		{"kỳ 6", false}, {"6", false}, {"Trong", false}, {"Định kỳ VI", false}, {"", false},
	} {
		if got := endsCountAwaitingUnit(tc.in); got != tc.want {
			t.Errorf("endsCountAwaitingUnit(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIsCount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"6", true}, {"05", true}, {"150", true}, // a count of things or of a span's units
		{"2026", false}, {"1.500", false}, {"6a", false}, {"", false}, // a year, a dotted amount, no number
	} {
		if got := isCount(tc.in); got != tc.want {
			t.Errorf("isCount(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestOpensMeasure(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"100% hồ sơ", true}, {"08 tổ", true}, {"95,5% giáo viên", true}, // a share, a count of things
		{"6 tháng", false}, {"2029", false}, {"150 triệu đồng", false}, {"Sở Y tế", false}, // a period, a year, an amount, a unit
	} {
		if got := opensMeasure(openingOf(tc.in)); got != tc.want {
			t.Errorf("opensMeasure(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
