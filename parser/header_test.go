package parser

import (
	"slices"
	"strings"
	"testing"

	"annex/model"
)

func linesOf(texts ...string) []line {
	var out []line
	for i, t := range texts {
		out = append(out, line{text: t, num: i + 1, page: 1})
	}
	return out
}

func TestContentByPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		want int
	}{
		{"unknown head after the number", []string{model.RoleNumber, model.KeyExtra, model.RoleLead, model.RoleTimeframe}, 1},
		{"content known", []string{model.RoleNumber, model.RoleContent, model.KeyExtra, model.RoleLead}, -1},
		{"no number first", []string{model.KeyExtra, model.RoleLead, model.RoleTimeframe}, -1},
		{"no lead", []string{model.RoleNumber, model.KeyExtra, model.RoleCoordinating, model.RoleTimeframe}, -1},
		{"a known head after the number", []string{model.RoleNumber, model.RoleLead, model.KeyExtra}, -1},
	} {
		var cols []model.Column
		roles := map[string]bool{}
		for _, k := range tc.keys {
			cols = append(cols, model.Column{Key: k})
			roles[k] = true
		}
		if got := contentByPlace(cols, roles); got != tc.want {
			t.Errorf("%s: contentByPlace = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestLeadByName: in a table that names no lead, the first column read
// as extra whose head names bodies ("Cơ quan chuẩn bị") is the lead; a
// known extra head ("Cơ quan ban hành", "Đơn vị tính") and a person's
// head are not, nor is any column where a lead is named.
func TestLeadByName(t *testing.T) {
	for _, tc := range []struct {
		name  string
		heads []string // a head's key after "=", extra otherwise
		want  int
	}{
		{"a preparing body", []string{"TT=number", "Nội dung=content", "Cơ quan chuẩn bị", "Đồng chí phụ trách", "Thời gian=timeframe"}, 2},
		{"a unit given", []string{"TT=number", "Nội dung=content", "Đơn vị được phân công", "Thời gian=timeframe"}, 2},
		{"a section", []string{"TT=number", "Nội dung=content", "Bộ phận tham mưu, giúp việc", "Thời gian=timeframe"}, 2},
		{"the lead named", []string{"TT=number", "Nội dung=content", "Cơ quan chủ trì=lead", "Cơ quan chuẩn bị"}, -1},
		{"an issuing body", []string{"TT=number", "Nội dung=content", "Cơ quan ban hành", "Thời gian=timeframe"}, -1},
		{"a measure's unit", []string{"TT=number", "Chỉ tiêu=content", "Đơn vị tính", "Năm 2026=timeframe"}, -1},
		{"a person", []string{"TT=number", "Nội dung=content", "Đồng chí phụ trách", "Thời gian=timeframe"}, -1},
	} {
		var cols []model.Column
		roles := map[string]bool{}
		for _, h := range tc.heads {
			head, key, ok := strings.Cut(h, "=")
			if !ok {
				key = model.KeyExtra
			}
			cols = append(cols, model.Column{Key: key, Header: head})
			roles[key] = true
		}
		if got := leadByName(cols, roles); got != tc.want {
			t.Errorf("%s: leadByName = %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestHeadWithin(t *testing.T) {
	for _, tc := range []struct {
		head, want string // want: the role found, or ""
	}{
		{"Trách nhiệm chủ trì", model.RoleLead},
		{"Tổng kinh phí", model.RoleFunding},
		{"Cơ quan cùng phối hợp", model.RoleCoordinating},
		{"Mã số nhiệm vụ", ""},         // a content phrase inside names no content
		{"Tên chỉ tiêu, nhiệm vụ", ""}, // … nor an extra one
		{"Địa bàn", ""},
	} {
		p, ok := headWithin(tokenizeHeader(linesOf(tc.head)))
		if got := map[bool]string{true: p.role}[ok]; got != tc.want {
			t.Errorf("headWithin(%q) = %q, want %q", tc.head, got, tc.want)
		}
	}
}

func TestParseHeader(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
		want  string // key=header; …
		ok    bool
	}{
		{"seed, fused and wrapped", []string{"STT NỘI DUNG NHIỆM VỤ ĐƠN VỊ CHỦ TRÌ", "ĐƠN VỊ", "PHỐI HỢP", "SẢN PHẨM", "THỜI GIAN", "THỰC HIỆN"},
			"number=STT; content=NỘI DUNG NHIỆM VỤ; lead=ĐƠN VỊ CHỦ TRÌ; coordinating=ĐƠN VỊ PHỐI HỢP; deliverable=SẢN PHẨM; timeframe=THỜI GIAN THỰC HIỆN", true},
		{"sentence case, product last", []string{"TT", "Nội dung thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "hoàn thành", "Sản phẩm dự", "kiến"},
			"number=TT; content=Nội dung thực hiện; lead=Cơ quan chủ trì; coordinating=Cơ quan phối hợp; timeframe=Thời gian hoàn thành; deliverable=Sản phẩm dự kiến", true},
		{"slash in header", []string{"TT", "Nội dung/nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực", "hiện"},
			"number=TT; content=Nội dung/nhiệm vụ; lead=Cơ quan chủ trì; coordinating=Cơ quan phối hợp; timeframe=Thời gian thực hiện", true},
		{"extra column between content and lead", []string{"STT", "Tên nhiệm vụ", "Người đứng đầu chịu", "trách nhiệm", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành", "Ghi chú"},
			"number=STT; content=Tên nhiệm vụ; extra=Người đứng đầu chịu trách nhiệm; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời hạn hoàn thành; note=Ghi chú", true},
		{"short caps", []string{"TT NHIỆM VỤ CHỦ TRÌ PHỐI HỢP THỜI GIAN KINH PHÍ"},
			"number=TT; content=NHIỆM VỤ; lead=CHỦ TRÌ; coordinating=PHỐI HỢP; timeframe=THỜI GIAN; funding=KINH PHÍ", true},
		{"a commune's parts, the time before the coordinating one", []string{"STT", "Nội dung thực hiện", "Bộ phận chủ trì", "Thời gian thực hiện", "Bộ phận phối hợp", "Ghi chú"},
			"number=STT; content=Nội dung thực hiện; lead=Bộ phận chủ trì; timeframe=Thời gian thực hiện; coordinating=Bộ phận phối hợp; note=Ghi chú", true},
		{"heads opening otherwise", []string{"TT", "Các nhiệm vụ, giải pháp", "Cơ quan, đơn vị thực hiện", "Dự kiến sản phẩm", "Dự kiến thời gian", "Dự kiến kinh phí"},
			"number=TT; content=Các nhiệm vụ, giải pháp; lead=Cơ quan, đơn vị thực hiện; deliverable=Dự kiến sản phẩm; timeframe=Dự kiến thời gian; funding=Dự kiến kinh phí", true},
		{"a department's own divisions", []string{"STT", "Nội dung công việc", "Phòng, đơn vị chủ trì", "Phòng, đơn vị phối hợp", "Thời hạn hoàn thành"},
			"number=STT; content=Nội dung công việc; lead=Phòng, đơn vị chủ trì; coordinating=Phòng, đơn vị phối hợp; timeframe=Thời hạn hoàn thành", true},
		{"units and localities", []string{"TT", "Nhiệm vụ", "Sở, ngành chủ trì", "Đơn vị, địa phương phối hợp", "Thời gian"},
			"number=TT; content=Nhiệm vụ; lead=Sở, ngành chủ trì; coordinating=Đơn vị, địa phương phối hợp; timeframe=Thời gian", true},
		{"a school's plan", []string{"TT", "Nội dung công việc", "Người thực hiện", "Người phối hợp", "Thời gian"},
			"number=TT; content=Nội dung công việc; lead=Người thực hiện; coordinating=Người phối hợp; timeframe=Thời gian", true},
		{"localities", []string{"STT", "Nhiệm vụ", "Địa phương thực hiện", "Thời gian"},
			"number=STT; content=Nhiệm vụ; lead=Địa phương thực hiện; timeframe=Thời gian", true},
		{"a list of schemes", []string{"STT", "Tên đề án", "Cơ quan chủ trì", "Loại văn bản", "Hạn hoàn thành"},
			"number=STT; content=Tên đề án; lead=Cơ quan chủ trì; deliverable=Loại văn bản; timeframe=Hạn hoàn thành", true},
		{"unit wording", []string{"STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Kết quả dự kiến"},
			"number=STT; content=Nhiệm vụ, giải pháp; lead=Đơn vị thực hiện; deliverable=Kết quả dự kiến", true},
		{"word broken in a narrow column", []string{"TT", "Nội dung thực hiện", "Cơ", "quan", "chủ", "trì", "Cơ", "quan", "phối", "hợp", "Thời gian", "hoàn", "thành", "Sản", "phẩ", "m dự", "kiến"},
			"number=TT; content=Nội dung thực hiện; lead=Cơ quan chủ trì; coordinating=Cơ quan phối hợp; timeframe=Thời gian hoàn thành; deliverable=Sản phẩm dự kiến", true},
		{"a list of documents to draft", []string{"STT", "Tên văn bản", "Cơ quan soạn thảo", "Cơ quan phối hợp", "Cấp ban hành", "Lộ trình thực hiện"},
			"number=STT; content=Tên văn bản; lead=Cơ quan soạn thảo; coordinating=Cơ quan phối hợp; extra=Cấp ban hành; timeframe=Lộ trình thực hiện", true},
		{"a drafting lead and the level that issues", []string{"STT", "Tên văn bản", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp", "Cấp ban hành", "Thời hạn trình"},
			"number=STT; content=Tên văn bản; lead=Cơ quan chủ trì soạn thảo; coordinating=Cơ quan phối hợp; extra=Cấp ban hành; timeframe=Thời hạn trình", true},
		{"an activity's content wrapped", []string{"TT", "Nội dung", "hoạt động", "Khoa/phòng", "chủ trì", "Thời gian"},
			"number=TT; content=Nội dung hoạt động; lead=Khoa/phòng chủ trì; timeframe=Thời gian", true},
		{"who answers for it, over who leads and who helps", []string{"TT", "Nội dung", "Trách nhiệm thực hiện", "Chủ trì", "Phối hợp", "Thời gian"},
			"number=TT; content=Nội dung; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian", true},
		{"a group the vocabulary does not know, over bare unit heads", []string{"TT", "Nội dung", "Trách nhiệm", "Chủ trì", "Phối hợp", "Thời gian"},
			"number=TT; content=Nội dung; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian", true},
		{"an unknown column of its own before bare unit heads", []string{"TT", "Nội dung", "Quy mô", "Chủ trì", "Phối hợp", "Thời gian"},
			"number=TT; content=Nội dung; extra=Quy mô; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian", true},
		{"who answers for it, one column; a requirement and an estimate", []string{"STT", "Nhiệm vụ", "Trách nhiệm thực hiện", "Yêu cầu đạt được", "Thời gian", "Dự toán"},
			"number=STT; content=Nhiệm vụ; lead=Trách nhiệm thực hiện; deliverable=Yêu cầu đạt được; timeframe=Thời gian; funding=Dự toán", true},
		{"the unit assigned and the one it reports to", []string{"TT", "Nội dung", "Đơn vị được giao", "Cơ quan phối hợp", "Mốc hoàn thành"},
			"number=TT; content=Nội dung; lead=Đơn vị được giao; coordinating=Cơ quan phối hợp; timeframe=Mốc hoàn thành", true},
		{"a hospital's departments that carry out", []string{"STT", "Nội dung công việc", "Khoa, phòng thực hiện", "Khoa phối hợp", "Thời gian hoàn thành", "Ghi chú"},
			"number=STT; content=Nội dung công việc; lead=Khoa, phòng thực hiện; coordinating=Khoa phối hợp; timeframe=Thời gian hoàn thành; note=Ghi chú", true},
		{"projects, with the unit that advises", []string{"TT", "TÊN DỰ ÁN", "CƠ QUAN THAM MƯU", "PHỐI HỢP", "LỘ TRÌNH"},
			"number=TT; content=TÊN DỰ ÁN; lead=CƠ QUAN THAM MƯU; coordinating=PHỐI HỢP; timeframe=LỘ TRÌNH", true},
		{"one column named twice", []string{"TT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả, sản", "phẩm", "Thời hạn"},
			"number=TT; content=Nhiệm vụ, giải pháp; lead=Đơn vị chủ trì; coordinating=Đơn vị phối hợp; deliverable=Kết quả, sản phẩm; timeframe=Thời hạn", true},
		{"one column named twice, joined", []string{"STT NỘI DUNG CHỦ TRÌ SẢN PHẨM VÀ KẾT QUẢ THỜI GIAN/TIẾN ĐỘ"},
			"number=STT; content=NỘI DUNG; lead=CHỦ TRÌ; deliverable=SẢN PHẨM VÀ KẾT QUẢ; timeframe=THỜI GIAN/TIẾN ĐỘ", true},
		{"two columns of one role side by side", []string{"STT", "Nội dung", "Chủ trì", "Sản phẩm", "Kết quả", "Thời gian"},
			"number=STT; content=Nội dung; lead=Chủ trì; deliverable=Sản phẩm; extra=Kết quả; timeframe=Thời gian", true},
		{"units that coordinate the carrying out", []string{"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "thực hiện", "Thời gian"},
			"number=STT; content=Nội dung công việc; lead=Cơ quan chủ trì; coordinating=Cơ quan phối hợp thực hiện; timeframe=Thời gian", true},
		{"a force that carries it out and the place it covers", []string{"TT", "Nội dung công việc", "Lực lượng thực hiện", "Địa bàn", "Thời gian", "Kinh phí (đồng)"},
			"number=TT; content=Nội dung công việc; lead=Lực lượng thực hiện; extra=Địa bàn; timeframe=Thời gian; funding=Kinh phí (đồng)", true},
		{"a model's place and scale, the scale's head broken", []string{"TT", "Tên mô hình, nhiệm vụ", "Địa điểm thực hiện", "Quy", "mô", "Đơn vị thực hiện", "Thời gian"},
			"number=TT; content=Tên mô hình, nhiệm vụ; extra=Địa điểm thực hiện; extra=Quy mô; lead=Đơn vị thực hiện; timeframe=Thời gian", true},
		{"a field's column before the content, its head broken", []string{"STT", "Lĩnh", "vực", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"},
			"number=STT; extra=Lĩnh vực; content=Nội dung nhiệm vụ; lead=Cơ quan chủ trì; timeframe=Thời hạn", true},
		{"public investment projects", []string{"STT", "Tên dự án", "Chủ đầu tư", "Địa điểm xây dựng", "Thời gian thực hiện", "Tổng mức đầu tư", "(triệu đồng)"},
			"number=STT; content=Tên dự án; lead=Chủ đầu tư; extra=Địa điểm xây dựng; timeframe=Thời gian thực hiện; funding=Tổng mức đầu tư (triệu đồng)", true},
		{"an event's organiser", []string{"TT", "Hoạt động", "Đối tượng tham gia", "Đơn vị tổ chức", "Thời gian", "Địa điểm"},
			"number=TT; content=Hoạt động; extra=Đối tượng tham gia; lead=Đơn vị tổ chức; timeframe=Thời gian; extra=Địa điểm", true},
		{"no content column", []string{"STT", "Đơn vị chủ trì", "Thời gian"}, "", false},
		{"a content head the vocabulary lacks, by its place", []string{"TT", "Việc cần làm", "Đơn vị thực hiện", "Đơn vị tham gia", "Thời gian"},
			"number=TT; content=Việc cần làm; lead=Đơn vị thực hiện; coordinating=Đơn vị tham gia; timeframe=Thời gian", true},
		{"an unknown head not after the number stays extra", []string{"TT", "Nội dung", "Việc cần làm", "Chủ trì", "Thời gian"},
			"number=TT; content=Nội dung; extra=Việc cần làm; lead=Chủ trì; timeframe=Thời gian", true},
		{"no lead: no table by place", []string{"TT", "Việc cần làm", "Thời gian", "Ghi chú"}, "", false},
		{"heads that name their role after words of their own", []string{"TT", "Nhiệm vụ cụ", "thể", "Trách", "nhiệm chủ", "trì", "Cơ quan cùng", "phối hợp", "Tổng kinh phí"},
			"number=TT; content=Nhiệm vụ cụ thể; lead=Trách nhiệm chủ trì; coordinating=Cơ quan cùng phối hợp; funding=Tổng kinh phí", true},
		{"an extra head's phrase does not end the unknown opening", []string{"TT", "Tên", "chỉ tiêu,", "nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"},
			"number=TT; content=Tên chỉ tiêu, nhiệm vụ; lead=Đơn vị chủ trì; timeframe=Thời hạn", true},
		{"a header of two rows, row by row: the sub-heads take the group's place", []string{"STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian", "Ghi chú", "Chủ trì", "Phối hợp"},
			"number=STT; content=Nội dung công việc; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian; note=Ghi chú", true},
		{"… a group's name the vocabulary lacks", []string{"STT", "Nội dung", "Lực lượng thực hiện", "Thời gian", "Chủ trì", "Phối hợp"},
			"number=STT; content=Nội dung; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian", true},
		{"a header of two rows, cell by cell: the group's name right before its sub-heads", []string{"STT", "Tên đề án, hoạt động", "Đơn vị thực hiện", "Chủ trì", "Phối hợp", "Thời gian tổ chức", "Kinh phí"},
			"number=STT; content=Tên đề án, hoạt động; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian tổ chức; funding=Kinh phí", true},
		{"sub-heads in place already", []string{"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"},
			"number=STT; content=Nội dung; lead=Chủ trì; coordinating=Phối hợp; timeframe=Thời gian", true},
		{"a capitalised head after an unknown one is its own", []string{"STT", "Nội dung", "Địa bàn", "Chủ trì", "Thời gian"},
			"number=STT; content=Nội dung; extra=Địa bàn; lead=Chủ trì; timeframe=Thời gian", true},
		{"one cell's head naming two roles' words", []string{"STT", "Nội dung hoạt động", "Cơ quan chủ trì", "thực hiện", "Cơ quan phối hợp", "thực hiện", "Thời hạn hoàn", "thành", "Sản phẩm"},
			"number=STT; content=Nội dung hoạt động; lead=Cơ quan chủ trì thực hiện; coordinating=Cơ quan phối hợp thực hiện; timeframe=Thời hạn hoàn thành; deliverable=Sản phẩm", true},
		{"one column for the lead and the coordinating units", []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian"},
			"number=TT; content=Nhiệm vụ; lead=Cơ quan chủ trì, phối hợp; timeframe=Thời gian", true},
		{"alternatives parted by a slash, a person's after a unit's", []string{"TT", "Nội dung công việc", "Bộ phận/cá nhân", "phụ trách", "Phối hợp", "Thời gian", "Địa điểm"},
			"number=TT; content=Nội dung công việc; lead=Bộ phận/cá nhân phụ trách; coordinating=Phối hợp; timeframe=Thời gian; extra=Địa điểm", true},
		{"alternatives parted by a slash, the first unknown", []string{"TT", "Nội dung công việc", "Người/bộ phận", "chủ trì", "Bộ phận phối", "hợp", "Thời gian"},
			"number=TT; content=Nội dung công việc; lead=Người/bộ phận chủ trì; coordinating=Bộ phận phối hợp; timeframe=Thời gian", true},
		{"an unknown head wrapped at an abbreviation", []string{"TT", "Nội dung công việc", "Lãnh đạo", "UBND tỉnh", "phụ trách", "Cơ quan chủ trì", "Thời hạn"},
			"number=TT; content=Nội dung công việc; extra=Lãnh đạo UBND tỉnh phụ trách; lead=Cơ quan chủ trì; timeframe=Thời hạn", true},
		{"an abbreviation after a known head opens its own", []string{"TT", "Nội dung công việc", "Cơ quan chủ trì", "HĐND tỉnh", "Thời hạn"},
			"number=TT; content=Nội dung công việc; lead=Cơ quan chủ trì; extra=HĐND tỉnh; timeframe=Thời hạn", true},
		{"prose", []string{"Kế hoạch này được ban hành"}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cols, ok := parseHeader(tokenizeHeader(linesOf(tc.lines...)))
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (%v)", ok, tc.ok, cols)
			}
			if !ok {
				return
			}
			var got []string
			for _, c := range cols {
				got = append(got, c.Key+"="+c.Header)
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}

func TestIsColumnNumberRow(t *testing.T) {
	for in, want := range map[string]bool{"(1)": true, "(2) (3) (4)": true, "(1) Nội dung": false, "1": false, "()": false} {
		if got := isColumnNumberRow(in); got != want {
			t.Errorf("isColumnNumberRow(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestColumnNumberLen(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  int
	}{
		{[]string{"(1) (2) (3)", "1"}, 1},
		{[]string{"(1 (2) (3) (4)", ")", "1 Tổ chức"}, 2}, // a narrow number column broke "(1)"
		{[]string{"(1", ")", "(2)", "(3)"}, 2},            // … in cell-block text
		{[]string{"(1", ")", "Sở Tư pháp"}, 0},            // a cell's "(1" / ")": no row of numbers after
		{[]string{"(1 (2)", ") )"}, 0},                    // two closers for one broken number
		{[]string{"(1 (2)", ") Sở"}, 0},
		{[]string{"(1 (2 (3)", ") )", "1"}, 2},
		{[]string{"(a) (b)", ")"}, 0},
		{[]string{"Tổ chức (1", ")"}, 0},
		{[]string{"(1 (2)"}, 0}, // no line after
	} {
		if got := columnNumberLen(tc.texts, 0); got != tc.want {
			t.Errorf("columnNumberLen(%q) = %d, want %d", tc.texts, got, tc.want)
		}
	}
}

func TestOpensSubtitle(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"(Kèm theo Kế hoạch số 1/KH-UBND)", true},
		{"(Ban hành kèm theo Quyết định số: /QĐ-UBND", true}, // goes on below
		{"(Kèm theo Kế hoạch (sửa đổi) số 1)", true},
		{"(PCI) GIAI ĐOẠN 2027 - 2028", false}, // the title's abbreviation
		{"(PCI)", true},
		{"NHIỆM VỤ (PCI)", false},
	} {
		if got := opensSubtitle(tc.in); got != tc.want {
			t.Errorf("opensSubtitle(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestParseHeading(t *testing.T) {
	for _, tc := range []struct {
		name                      string
		lines                     []string
		appendix, title, subtitle string
	}{
		{"numbered", []string{"PHỤ LỤC 02", "NHIỆM VỤ TRIỂN KHAI", "KẾ HOẠCH SỐ 05-KH/TU", "(Kèm theo Kế hoạch số 89/KH-UBND)"},
			"02", "NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH SỐ 05-KH/TU", "(Kèm theo Kế hoạch số 89/KH-UBND)"},
		{"page number first, bare appendix", []string{"1", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ", "(Ban hành kèm theo Quyết định số: /QĐ-UBND", "ngày / /2025)"},
			"", "DANH MỤC NHIỆM VỤ", "(Ban hành kèm theo Quyết định số: /QĐ-UBND ngày / /2025)"},
		{"roman appendix", []string{"Phụ lục II", "Nhiệm vụ"}, "II", "Nhiệm vụ", ""},
		{"no appendix line", []string{"DANH MỤC", "(Kèm theo …)"}, "", "DANH MỤC", "(Kèm theo …)"},
		{"document number broken after its hyphen", []string{"PHỤ LỤC", "THỰC HIỆN KẾ HOẠCH SỐ 05-", "KH/TU NGÀY 29/9/2025", "(Kèm theo Kế hoạch số 89/KH-", "UBND ngày 20/11/2025)"},
			"", "THỰC HIỆN KẾ HOẠCH SỐ 05-KH/TU NGÀY 29/9/2025", "(Kèm theo Kế hoạch số 89/KH-UBND ngày 20/11/2025)"},
		{"a dash keeps its space", []string{"PHỤ LỤC", "NHIỆM VỤ -", "GIẢI PHÁP"}, "", "NHIỆM VỤ - GIẢI PHÁP", ""},
		{"title on the appendix line", []string{"PHỤ LỤC 01: DANH MỤC NHIỆM VỤ", "NĂM 2026", "(Kèm theo Kế hoạch số 1/KH-UBND)"},
			"01", "DANH MỤC NHIỆM VỤ NĂM 2026", "(Kèm theo Kế hoạch số 1/KH-UBND)"},
		{"title after a dash, no number", []string{"Phụ lục - Danh mục nhiệm vụ"}, "", "Danh mục nhiệm vụ", ""},
		{"words after the appendix with no separator are the title's", []string{"PHỤ LỤC KÈM THEO", "KẾ HOẠCH"}, "", "PHỤ LỤC KÈM THEO KẾ HOẠCH", ""},
		{"a title line opening with an abbreviation in brackets", []string{"PHỤ LỤC I", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI", "(PCI) GIAI ĐOẠN 2027 - 2028", "(Kèm theo Kế hoạch số 18/KH-UBND (sửa đổi)", "ngày 25/01/2027)"},
			"I", "NHIỆM VỤ CẢI THIỆN CHỈ SỐ PCI (PCI) GIAI ĐOẠN 2027 - 2028", "(Kèm theo Kế hoạch số 18/KH-UBND (sửa đổi) ngày 25/01/2027)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := parseHeading(linesOf(tc.lines...))
			if h.appendix != tc.appendix || h.title != tc.title || h.subtitle != tc.subtitle {
				t.Errorf("got %q %q %q\nwant %q %q %q", h.appendix, h.title, h.subtitle, tc.appendix, tc.title, tc.subtitle)
			}
		})
	}
}

// parsedHeader tokenizes and parses header lines that must name n columns.
func parsedHeader(t *testing.T, n int, lines ...string) ([]line, []headerToken, []model.Column) {
	t.Helper()
	ls := linesOf(lines...)
	toks := tokenizeHeader(ls)
	cols, ok := parseHeader(toks)
	if !ok || len(cols) != n {
		t.Fatalf("header %v %v", cols, ok)
	}
	return ls, toks, cols
}

func TestHeaderCaps(t *testing.T) {
	ls, toks, cols := parsedHeader(t, 5, "STT NỘI DUNG", "Cơ quan", "chủ trì", "Đơn vị phối", "hợp", "Thời gian thực hiện")
	caps := headerCaps(ls, toks, len(cols))
	want := []float64{
		0, 0, // "STT NỘI DUNG" holds two columns' words: no evidence for either
		headerCap(ls[1:3]), // "Cơ quan" did not fit with "chủ"
		headerCap(ls[3:5]),
		0, // one line: no wrap
	}
	for i := range want {
		if caps[i] != want[i] {
			t.Errorf("column %d (%s): cap %v, want %v", i, cols[i].Key, caps[i], want[i])
		}
	}
	if want := float64(textWidth("Cơ quan chủ")) * headerCapSlack; caps[2] != want {
		t.Errorf("lead cap %v, want %v", caps[2], want)
	}
}

func TestHeaderFloors(t *testing.T) {
	ls, toks, cols := parsedHeader(t, 4, "STT NỘI DUNG", "Đơn vị phối", "hợp", "Thời gian thực hiện")
	floors := headerFloors(ls, toks, len(cols))
	want := []float64{
		0, // "STT NỘI DUNG" holds two columns' words: no evidence for either
		0,
		float64(textWidth("Đơn vị phối")), // the wider of its two lines
		float64(textWidth("Thời gian thực hiện")),
	}
	for i := range want {
		if floors[i] != want[i] {
			t.Errorf("column %d (%s): floor %v, want %v", i, cols[i].Key, floors[i], want[i])
		}
	}
}

func TestGluedNumberHead(t *testing.T) {
	for _, tc := range []struct {
		key, head, rest string
		ok              bool
	}{
		{"STTNỘI", "STT", "NỘI", true},
		{"TTTÊN", "TT", "TÊN", true},
		{"STT", "", "", false},     // the head alone
		{"TTHC", "", "", false},    // an abbreviation, no head word after "TT"
		{"STTXYZ", "", "", false},  // no head word after "STT"
		{"NỘIDUNG", "", "", false}, // no number head first
	} {
		head, rest, ok := gluedNumberHead(tc.key)
		if head != tc.head || rest != tc.rest || ok != tc.ok {
			t.Errorf("gluedNumberHead(%q) = %q, %q, %v; want %q, %q, %v", tc.key, head, rest, ok, tc.head, tc.rest, tc.ok)
		}
	}
	if got := headerKeys("STTNỘI"); !slices.Equal(got, []string{"STT", "NỘI"}) {
		t.Errorf(`headerKeys("STTNỘI") = %q`, got)
	}
}

func TestIsLoneConsonant(t *testing.T) {
	for in, want := range map[string]bool{"H": true, "g": true, "Đ": true, "N": true, "a": false, "Ư": false, "ý": false, "CN": false, "1": false, ")": false, "": false} {
		if got := isLoneConsonant(in); got != want {
			t.Errorf("isLoneConsonant(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestBrokenHeadWord(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"NGƯỜI ĐỨNG ĐẦU CHỊU TRÁC", "H", "NHIỆM"}, "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM"}, // a bold word broken by a narrow column
		{[]string{"Thời gian", "thực hiện"}, "Thời gian thực hiện"},
		{[]string{"Phụ lục", "A"}, "Phụ lục A"}, // a vowel is a word of its own
		{[]string{"(1)", "H"}, "(1) H"},         // after no letter
	} {
		if got := joinTitle(linesOf(tc.lines...)); got != tc.want {
			t.Errorf("joinTitle(%q) = %q, want %q", tc.lines, got, tc.want)
		}
	}
	toks := tokenizeHeader(linesOf("NGƯỜI ĐỨNG ĐẦU CHỊU TRÁC", "H", "NHIỆM"))
	var keys []string
	for _, tk := range toks {
		keys = append(keys, tk.key)
	}
	if want := []string{"NGƯỜI", "ĐỨNG", "ĐẦU", "CHỊU", "TRÁCH", "NHIỆM"}; !slices.Equal(keys, want) {
		t.Errorf("tokenizeHeader keys = %q, want %q", keys, want)
	}
}

func TestOpensTable(t *testing.T) {
	for in, want := range map[string]bool{"I": true, "A": true, "1": true, "1 Tổ chức": true, "4": true, "II": true, "IV": true, "H": false, "V": false, "b": false, "NHIỆM": false} {
		if got := opensTable(in); got != want {
			t.Errorf("opensTable(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestFindHeaderBrokenHeadWord: a narrow column breaks a bold head word
// ("TRÁC" / "H", "NGƯỜ" / "I"), and the lone tail neither ends the header
// (though "I" reads as a row number: endsBrokenHeadWord) nor stays a word
// of its own.
func TestFindHeaderBrokenHeadWord(t *testing.T) {
	for _, extra := range [][]string{
		{"NGƯỜI ĐỨNG ĐẦU CHỊU TRÁC", "H", "NHIỆM"},
		{"NGƯỜ", "I", "ĐỨNG ĐẦU CHỊU TRÁC", "H", "NHIỆ", "M"},
	} {
		lines := linesOf(append(append([]string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ"}, extra...),
			"ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN", "I", "Nâng cao nhận thức")...)
		start, end, cols, _, ok := findHeader(lines)
		if wantEnd := len(lines) - 2; !ok || start != 2 || end != wantEnd {
			t.Fatalf("%q: findHeader = %d, %d, %v; want lines 2 to %d", extra, start, end, ok, wantEnd)
		}
		var got []string
		for _, c := range cols {
			got = append(got, c.Key+"="+c.Header)
		}
		want := []string{"number=STT", "content=NỘI DUNG NHIỆM VỤ", "extra=NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM", "lead=ĐƠN VỊ CHỦ TRÌ", "timeframe=THỜI GIAN"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: columns %q, want %q", extra, got, want)
		}
	}
}

// TestFindHeaderWrappedNumberHead: a narrow number column wraps its head
// ("Số" / "TT"), and the header starts with its first line, which opens
// no head alone, so that the header printed again on a later page is
// known from it (repeatedHeaderLen) and "Số" is no cell's text.
func TestFindHeaderWrappedNumberHead(t *testing.T) {
	for _, head := range [][]string{{"Số", "TT"}, {"Số thứ", "tự"}, {"T", "T"}} { // "T" / "T": the one word broken
		lines := linesOf(append(append([]string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)"}, head...),
			"Tên đề án, nhiệm vụ", "Cơ quan", "chủ trì", "Thời gian trình", "I.", "Tài chính")...)
		start, end, cols, _, ok := findHeader(lines)
		if !ok || start != 2 || end != len(lines)-2 {
			t.Fatalf("%q: findHeader = %d, %d, %v; want lines 2 to %d", head, start, end, ok, len(lines)-2)
		}
		want := strings.Join(head, " ")
		if splitsHeadWord(head[0], head[1]) {
			want = strings.Join(head, "")
		}
		if cols[0].Key != model.RoleNumber || cols[0].Header != want {
			t.Errorf("%q: first column %s=%q, want number=%q", head, cols[0].Key, cols[0].Header, want)
		}
	}
	// A line before the header that opens no head with it stays out.
	lines := linesOf("PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "Danh mục", "STT", "Nội dung", "Chủ trì", "Thời gian", "I.", "Tài chính")
	if start, _, _, _, ok := findHeader(lines); !ok || start != 3 {
		t.Errorf("findHeader starts at %d, %v; want 3", start, ok)
	}
}

func TestJoinHeader(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"NGƯỜ", "I", "ĐỨNG", "ĐẦU"}, "NGƯỜI ĐỨNG ĐẦU"}, // a head word broken after a vowel
		{[]string{"TRÁC", "H", "NHIỆ", "M"}, "TRÁCH NHIỆM"},      // after consonants, as titles join them
		{[]string{"Phụ lục", "A"}, "Phụ lục A"},                  // no head word together
		{[]string{"ĐƠN VỊ", "CHỦ TRÌ"}, "ĐƠN VỊ CHỦ TRÌ"},        // two head words stay two
	} {
		if got := joinHeader(linesOf(tc.lines...)); got != tc.want {
			t.Errorf("joinHeader(%q) = %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestScanTableTakenUpPartWay: a table whose first row is no plausible
// first row ("II", "8": pages of an annex converted on their own) is read
// from that row (opensExcerpt); the header does not swallow the "II".
func TestScanTableTakenUpPartWay(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN"}
	for _, tc := range []struct {
		name string
		body []string
		want []string
	}{
		{"a section", []string{"II", "TIẾP TỤC THỰC HIỆN", "8", "Rà soát các thủ tục", "Sở Tư pháp", "Năm 2026",
			"9", "Kiểm tra việc thực hiện", "Sở Nội vụ", "Quý IV", "III", "KIỂM TRA", "10", "Tổng kết", "Sở Nội vụ", "Năm 2027"},
			[]string{"II", "II.8", "II.9", "III", "III.10"}},
		{"a task", []string{"8", "Rà soát các thủ tục", "Sở Tư pháp", "Năm 2026", "9", "Kiểm tra việc thực hiện", "Sở Nội vụ", "Quý IV"},
			[]string{"8", "9"}},
		{"from the start, as before", []string{"I", "NÂNG CAO", "1", "Rà soát các thủ tục", "Sở Tư pháp", "Năm 2026",
			"8", "năm kế hoạch", "2", "Kiểm tra", "Sở Nội vụ", "Quý IV"},
			[]string{"I", "I.1", "I.2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, got := scannedPaths(t, append(append([]string(nil), head...), tc.body...))
			if !slices.Equal(got, tc.want) {
				t.Errorf("rows %q, want %q", got, tc.want)
			}
			if partWay := tc.want[0] != "I"; partWay != (len(doc.warnings) > 0) {
				t.Errorf("warnings %v; want one only where the table is taken up part-way", doc.warnings)
			}
		})
	}
}

func TestSplitsHeadKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"NGƯỜ", "I", true}, {"TRÁC", "H", true}, {"PHẨ", "M", true},
		{"ĐƠN", "VỊ", false}, // two head words, not one broken
		{"PHỤ", "LỤC", false},
	} {
		if got := splitsHeadKey(tc.a, tc.b); got != tc.want {
			t.Errorf("splitsHeadKey(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestAbbreviationGoesOn(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		at    int // the token index
		want  bool
	}{
		{[]string{"Lãnh đạo", "UBND tỉnh"}, 2, true},
		{[]string{"Lãnh đạo", "HĐND tỉnh"}, 2, true},
		{[]string{"Lãnh đạo", "Ủy ban"}, 2, false},    // a word's capital opens a cell
		{[]string{"LÃNH ĐẠO", "UBND TỈNH"}, 2, false}, // capitals tell nothing
		{[]string{"Lãnh đạo", "2026"}, 2, false},
	} {
		toks := tokenizeHeader(linesOf(tc.lines...))
		if got := abbreviationGoesOn(toks[tc.at]); got != tc.want {
			t.Errorf("abbreviationGoesOn(%q, %d) = %v, want %v", tc.lines, tc.at, got, tc.want)
		}
	}
}

func TestGoesOnHeadBefore(t *testing.T) {
	for _, tc := range []struct {
		line string
		at   int // the token index of the phrase's first word
		want bool
	}{
		{"Nội dung hoạt động", 2, true},        // lowercase inside the line: the same cell
		{"Cơ quan chủ trì, phối hợp", 4, true}, // one column for both
		{"Nội dung Hoạt động", 2, false},       // a capital opens a cell of its own
		{"phối hợp", 0, false},                 // a line's first word: a wrapped cell's next line
		{"NỘI DUNG HOẠT ĐỘNG", 2, false},       // capitals tell nothing
	} {
		toks := tokenizeHeader(linesOf(tc.line))
		if got := goesOnHeadBefore(toks[tc.at]); got != tc.want {
			t.Errorf("goesOnHeadBefore(%q, %d) = %v, want %v", tc.line, tc.at, got, tc.want)
		}
	}
}

// TestScanNumeralEndsText: a numeral alone on a line that would start the
// numbering over is the end of the line before it when that line waits
// for a numeral ("Cảng cá loại" / "I"); after any other line it still
// opens its row.
func TestScanNumeralEndsText(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "SẢN PHẨM"}
	checkScannedRows(t, head, []scanCase{
		{"a class's numeral", []string{"I", "CẢNG CÁ", "1", "Nâng cấp cảng cá", "Ban Quản lý dự án", "Cảng cá loại", "I",
			"2", "Khu neo đậu", "Ban Quản lý dự án", "Khu neo đậu cấp vùng"},
			[]string{"I", "I.1", "I.2"}},
		{"a term's, in the second section", []string{"I", "CHUẨN BỊ", "1", "Rà soát", "Sở Nội vụ", "Báo cáo", "II", "ĐẠI HỘI",
			"2", "Tổ chức Đại hội khóa", "I", "Tỉnh Đoàn", "Nghị quyết", "3", "Tổng kết", "Tỉnh Đoàn", "Báo cáo"},
			[]string{"I", "I.1", "II", "II.2", "II.3"}},
		{"a phase's number", []string{"I", "ĐẦU TƯ", "1", "Cảng cá (giai đoạn", "1)", "Ban Quản lý dự án", "Cảng cá",
			"2", "Khu neo đậu giai đoạn", "1", "Ban Quản lý dự án", "Khu neo đậu"},
			[]string{"I", "I.1", "I.2"}},
		{"a section again after a row's end", []string{"I", "CẢNG CÁ", "1", "Nâng cấp cảng cá", "Ban Quản lý dự án", "Cảng cá",
			"I", "KHU NEO ĐẬU", "2", "Khu neo đậu", "Ban Quản lý dự án", "Khu neo đậu"},
			[]string{"I", "I.1", "I", "I.2"}},
		{"tasks starting over under a section", []string{"I", "CẢNG CÁ GIAI ĐOẠN", "1", "Nâng cấp cảng cá", "Ban Quản lý dự án", "Cảng cá"},
			[]string{"I", "I.1"}},
		{"a rank's numeral, the section's again", []string{"I", "HẠ TẦNG", "1", "Nâng cấp", "Sở Y tế", "Báo cáo", "II", "ỨNG DỤNG",
			"2", "Bệnh án điện tử tại bệnh viện hạng I, hạng", "II", "Sở Y tế", "Bệnh án", "3", "Đặt lịch khám", "Bệnh viện", "Phần mềm"},
			[]string{"I", "I.1", "II", "II.2", "II.3"}},
		{"a section printed twice after a row's end", []string{"I", "HẠ TẦNG", "1", "Nâng cấp", "Sở Y tế", "Báo cáo", "II", "ỨNG DỤNG",
			"2", "Bệnh án điện tử", "Sở Y tế", "Bệnh án", "II", "ĐÀO TẠO", "3", "Tập huấn", "Sở Y tế", "Lớp học"},
			[]string{"I", "I.1", "II", "II.2", "II", "II.3"}},
		{"a quarter's numeral, the section in turn", []string{"I", "TẬP HUẤN", "1", "Tập huấn", "Trung tâm", "Quý I, Quý", "II",
			"2", "Hội nghị đầu bờ", "Phòng Kinh tế", "Cuối vụ"},
			[]string{"I", "I.1", "I.2"}},
		{"a section after a whole period", []string{"I", "TẬP HUẤN", "1", "Tập huấn", "Trung tâm", "Báo cáo hằng quý", "II",
			"KIỂM TRA", "2", "Kiểm tra", "Phòng Kinh tế", "Cuối vụ"},
			[]string{"I", "I.1", "II", "II.2"}},
		{"a team's number inside its task, then the next task's", []string{"I", "KIỂM TRA", "1", "Kiểm tra việc lãnh đạo", "Tổ Kiểm tra số", "1", "Tháng 3",
			"2", "Kiểm tra tổ chức đảng", "Tổ Kiểm tra số", "2", "Quý II", "3", "Kiểm tra đảng viên", "Ủy ban Kiểm tra", "Khi phát sinh"},
			[]string{"I", "I.1", "I.2", "I.3"}},
		{"no quarter has a fifth", []string{"I", "CẢNG", "1", "Nâng cấp", "Ban Quản lý", "Năm 2027", "II", "ĐÊ", "2", "Gia cố", "Ban Quản lý", "Năm 2028",
			"III", "KÈ", "3", "Xây kè", "Ban Quản lý", "Năm 2029", "IV", "ĐƯỜNG", "4", "Mở đường", "Ban Quản lý", "Quý",
			"V", "TỔNG KẾT", "5", "Báo cáo", "Phòng", "Cuối năm"},
			[]string{"I", "I.1", "II", "II.2", "III", "III.3", "IV", "IV.4", "V", "V.5"}},
	})
}

// TestScanNumberedNameBeforeRow: a task number in turn alone after a
// line ending with a number's word ("… thị trường số" / "3") is the name's
// when the next task number, past parts' and sections' rows, is the same
// again; followed by the next number, or by its own at a page's turn (the
// page's number), it opens its row.
func TestScanNumberedNameBeforeRow(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "TT", "NỘI DUNG", "PHỐI HỢP", "SẢN PHẨM"}
	checkScannedRows(t, head, []scanCase{
		{"a team's number, the row again after a part", []string{"A", "CHỈ ĐẠO", "1", "Kiện toàn Ban Chỉ đạo", "Trạm Y tế", "Quyết định",
			"2", "Kiểm tra liên ngành", "Công an phường; Đội", "Quản lý thị trường số", "3", "Kế hoạch kiểm tra",
			"B", "CHUYÊN MÔN", "I", "Truyền thông", "3", "Tuyên truyền", "Tổ dân phố", "Tin bài"},
			[]string{"A", "1", "2", "B", "I", "I.3"}},
		{"a phase's, in the same section", []string{"I", "ĐẦU TƯ", "1", "Khu neo đậu giai đoạn", "2", "Ban Quản lý dự án", "Khu neo đậu",
			"2", "Cảng cá", "Ban Quản lý dự án", "Cảng cá"},
			[]string{"I", "I.1", "I.2"}},
		{"digital, the next number after", []string{"I", "CHUYỂN ĐỔI SỐ", "1", "Rà soát", "Ban Chỉ đạo chuyển đổi số", "2",
			"Cập nhật", "Sở Tài chính", "Báo cáo", "3", "Tổng kết", "Sở Nội vụ", "Báo cáo"},
			[]string{"I", "I.1", "I.2", "I.3"}},
		{"a section's title", []string{"I", "Chuyển đổi số", "1", "Xây dựng nền tảng", "Sở Khoa học", "Năm 2026",
			"II", "Cải cách", "1", "Rà soát", "Sở Tư pháp", "Quý I"},
			[]string{"I", "I.1", "II", "II.1"}},
		{"a sub-task's letter after it", []string{"I", "ĐẦU TƯ", "1", "Rà soát", "Đội số", "2", "Cập nhật", "a", "Kiểm tra", "Sở Tài chính", "Báo cáo"},
			[]string{"I", "I.1", "I.2", "I.2.a"}},
	})
}

// TestEndsQuarter: a quarter's word waits for its numeral; a whole period
// does not.
func TestEndsQuarter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Quý I, Quý", true}, {"Quý", true}, {"Trong quý", true},
		{"Báo cáo hằng quý", false}, {"Định kỳ hàng quý", false}, {"Quý I", false}, {"Tháng", false},
	} {
		if got := endsQuarter(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("endsQuarter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// scanCase is a table body after a header, and the rows it must scan to.
type scanCase struct {
	name string
	body []string
	want []string
}

// checkScannedRows scans each case's body after head and checks its rows'
// paths.
func checkScannedRows(t *testing.T, head []string, cases []scanCase) {
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := scannedPaths(t, append(append([]string(nil), head...), tc.body...)); !slices.Equal(got, tc.want) {
				t.Errorf("rows %q, want %q", got, tc.want)
			}
		})
	}
}

// TestScanNameNumberNotTheTasks: a number alone after a line ending "số"
// ("Tổ Kiểm tra số" / "1") is the name's: the task's own "1" again inside
// task 1 (numbersNamedUnit), and the next task's "2" that comes again so
// after the real one (numberComesAgain), which then is no page's number.
func TestScanNameNumberNotTheTasks(t *testing.T) {
	head := []string{"1", "PHỤ LỤC 01", "CHƯƠNG TRÌNH KIỂM TRA, GIÁM SÁT NĂM 2048", "(Kèm theo Chương trình số 02-CTr/UBKT)",
		"TT", "Nội dung kiểm tra, giám", "sát", "Đối tượng kiểm", "tra", "Bộ phận thực", "hiện", "Thời gian", "Ghi chú",
		"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "I", "KIỂM TRA"}
	row1 := []string{"1", "Kiểm tra việc lãnh đạo, chỉ", "đạo thực hiện nhiệm vụ", "Ban Thường vụ", "Đảng ủy xã"}
	row2 := []string{"2", "Kiểm tra tổ chức đảng cấp", "dưới", "Ủy ban Kiểm tra", "Đảng ủy các xã,", "thị trấn", "Tổ Kiểm tra số", "2",
		"Quý II/2048", "Chọn 03", "đơn vị", "3", "Kiểm tra đảng viên khi có", "dấu hiệu vi phạm", "Đảng viên có"}
	join := func(parts ...[]string) []string { return slices.Concat(parts...) }
	checkScannedRows(t, head, []scanCase{
		{"each team's number", join(row1, []string{"Tổ Kiểm tra số", "1", "Tháng", "3/2048"}, row2), []string{"I", "I.1", "I.2", "I.3"}},
	})
}

// TestScanLevelNumber: a "1" alone after a line ending with a level's
// word ("kênh cấp" / "1") inside task 1 is the level's, not the task's
// number again; the next task follows in turn.
func TestScanLevelNumber(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "GHI CHÚ"}
	checkScannedRows(t, head, []scanCase{
		{"a canal's level", []string{"I", "KÊNH MƯƠNG", "1", "Nạo vét kênh chính, kênh cấp", "1", "Các cụm thủy nông",
			"2", "Gia cố bờ kênh", "Phòng Kỹ thuật"},
			[]string{"I", "I.1", "I.2"}},
		{"after other words the task's number again", []string{"I", "KÊNH MƯƠNG", "1", "Nạo vét kênh chính", "1", "Các cụm thủy nông"},
			[]string{"I", "I.1", "I.1"}},
	})
}

// TestScanDateBeforeRow: a number alone after a line ending with a
// date's unit ("vào tháng" / "6") is the date's when the row number in
// turn follows it; in turn itself, or after other words, it opens its row.
func TestScanDateBeforeRow(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "GHI CHÚ"}
	checkScannedRows(t, head, []scanCase{
		{"a month's number, the row in turn after it", []string{"I", "TIÊM CHỦNG", "1", "Tiêm vắc xin", "Trung tâm Y tế", "Tiêm vét vào tháng", "3",
			"2", "Bố trí đội cấp cứu", "Bệnh viện tỉnh"},
			[]string{"I", "I.1", "I.2"}},
		{"the row in turn itself", []string{"I", "TIÊM CHỦNG", "1", "Tiêm vắc xin", "Trung tâm Y tế", "Tiêm vét vào tháng", "2",
			"Bố trí đội cấp cứu", "Bệnh viện tỉnh"},
			[]string{"I", "I.1", "I.2"}},
		{"after other words", []string{"I", "TIÊM CHỦNG", "1", "Tiêm vắc xin", "Trung tâm Y tế", "Tiêm vét", "3",
			"Bố trí đội cấp cứu", "Bệnh viện tỉnh"},
			[]string{"I", "I.1", "I.3"}},
	})
}

// TestScanNumberAheadAfterNumeralWord: a task number that jumps ahead of the
// next in turn after a word waiting for a numeral (a region's "Khu vực",
// "giai đoạn", "… số") is that word's (skipsAhead); in turn, or after
// other words, it opens its row.
func TestScanNumberAheadAfterNumeralWord(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "GHI CHÚ"}
	checkScannedRows(t, head, []scanCase{
		{"a region's number ahead of the rows", []string{"I", "THANH TOÁN", "1", "Triển khai thanh toán", "Ngân hàng Nhà nước Chi nhánh Khu vực", "3",
			"2", "Mở tài khoản", "Các tổ chức tín dụng"},
			[]string{"I", "I.1", "I.2"}},
		{"a phase's number ahead of the rows", []string{"I", "ĐẦU TƯ", "1", "Xây dựng hồ sơ giai đoạn", "3", "Sở Tài chính",
			"2", "Thẩm định", "Sở Xây dựng"},
			[]string{"I", "I.1", "I.2"}},
		{"a section's title waits for no number", []string{"I", "THANH TOÁN", "1", "Triển khai thanh toán", "Ngân hàng Nhà nước", "II", "PHÁT TRIỂN HẠ TẦNG SỐ", "3",
			"Mở tài khoản", "Các tổ chức tín dụng"},
			[]string{"I", "I.1", "II", "II.3"}},
		{"a number ahead after other words: a row lost", []string{"I", "THANH TOÁN", "1", "Triển khai thanh toán", "Ngân hàng Nhà nước", "3",
			"Mở tài khoản", "Các tổ chức tín dụng"},
			[]string{"I", "I.1", "I.3"}},
	})
}

// TestScanOrdinalNumber: after "lần thứ" a number alone is the ordinal's,
// even when it is the next row's number too: the row goes on with it,
// and the next row opens at the number that follows.
func TestScanOrdinalNumber(t *testing.T) {
	doc, err := scanDocument(linesOf("PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN",
		"I", "XÂY DỰNG ĐẢNG", "1", "Học tập Nghị quyết", "Ban Tuyên giáo", "Quý I",
		"2", "Sửa đổi Quy chế", "Văn phòng Tỉnh ủy", "Trước Hội nghị lần thứ", "3",
		"3", "Đánh giá, xếp loại", "Ban Tổ chức", "Tháng 12"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range doc.rows {
		var texts []string
		for _, l := range r.lines {
			texts = append(texts, l.text)
		}
		got = append(got, r.path+": "+strings.Join(texts, " / "))
	}
	want := []string{"I: XÂY DỰNG ĐẢNG", "I.1: Học tập Nghị quyết / Ban Tuyên giáo / Quý I",
		"I.2: Sửa đổi Quy chế / Văn phòng Tỉnh ủy / Trước Hội nghị lần thứ / 3", "I.3: Đánh giá, xếp loại / Ban Tổ chức / Tháng 12"}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%q\nwant\n%q", got, want)
	}
}

// scannedPaths scans texts as lines of cell-block text and returns the
// document and its rows' paths.
func scannedPaths(t *testing.T, texts []string) (*document, []string) {
	t.Helper()
	doc, err := scanDocument(linesOf(texts...))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, r := range doc.rows {
		paths = append(paths, r.path)
	}
	return doc, paths
}

// TestScanDateRange: a number and a lone dash after a date's unit word
// ("Tháng" / "4 -" / "tháng 10") is a range broken in a narrow time
// column, not the next row's number, which comes after it.
func TestScanDateRange(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "NỘI DUNG NHIỆM VỤ", "ĐƠN VỊ CHỦ TRÌ", "THỜI GIAN",
		"I", "HỖ TRỢ", "1", "Tư vấn pháp lý", "Sở Tư pháp", "Cả năm", "2", "Hỗ trợ doanh nghiệp", "Sở Công Thương"}
	for _, tc := range []struct {
		name string
		body []string
		want string // the last two rows
	}{
		{"month range broken at its dash", []string{"Tháng", "3 -", "tháng 10", "3", "Tổ chức Hội chợ", "Trung tâm"},
			"I.2: Hỗ trợ doanh nghiệp / Sở Công Thương / Tháng / 3 - / tháng 10 | I.3: Tổ chức Hội chợ / Trung tâm"},
		{"quarter range broken at its dash", []string{"Quý", "III -", "Quý IV", "3", "Tổ chức Hội chợ", "Trung tâm"},
			"I.2: Hỗ trợ doanh nghiệp / Sở Công Thương / Quý / III - / Quý IV | I.3: Tổ chức Hội chợ / Trung tâm"},
		{"no unit before: a row's number", []string{"Năm 2028", "3 -", "Tổ chức Hội chợ", "Trung tâm"},
			"I.2: Hỗ trợ doanh nghiệp / Sở Công Thương / Năm 2028 | I.3: - / Tổ chức Hội chợ / Trung tâm"},
		{"unit before, number alone: the next row's", []string{"Hằng tháng", "3", "Tổ chức Hội chợ", "Trung tâm"},
			"I.2: Hỗ trợ doanh nghiệp / Sở Công Thương / Hằng tháng | I.3: Tổ chức Hội chợ / Trung tâm"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := scanDocument(linesOf(append(append([]string(nil), head...), tc.body...)...))
			if err != nil {
				t.Fatal(err)
			}
			var rows []string
			for _, r := range doc.rows[len(doc.rows)-2:] {
				var texts []string
				for _, l := range r.lines {
					texts = append(texts, l.text)
				}
				rows = append(rows, r.path+": "+strings.Join(texts, " / "))
			}
			if got := strings.Join(rows, " | "); got != tc.want {
				t.Errorf("rows\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestScanNumberAfterNumeralWord: a number alone after a line ending with
// "số" is the text's ("Trường THPT số" / "2"), though it is the next
// page's number too; where a page plainly turns, it is the page's.
func TestScanNumberAfterNumeralWord(t *testing.T) {
	head := []string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "STT", "TÊN DỰ ÁN", "CHỦ ĐẦU TƯ", "THỜI GIAN",
		"I", "GIAO THÔNG", "1", "Đường tỉnh 537", "Ban Quản lý dự án", "2029", "2", "Cầu vượt lũ", "Ban Quản lý dự án", "2030",
		"II", "GIÁO DỤC"}
	for _, tc := range []struct {
		name string
		body []string
		want string // the last row
	}{
		{"the school's number", []string{"3", "Nhà lớp học Trường THPT số", "2", "Sở Giáo dục và Đào tạo", "2029 - 2030"},
			"II.3: Nhà lớp học Trường THPT số / 2 / Sở Giáo dục và Đào tạo / 2029 - 2030"},
		{"a word that wants none: the page's", []string{"3", "Nhà lớp học Trường THPT", "2", "Sở Giáo dục và Đào tạo", "2029 - 2030"},
			"II.3: Nhà lớp học Trường THPT / Sở Giáo dục và Đào tạo / 2029 - 2030"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := scanDocument(linesOf(append(append([]string(nil), head...), tc.body...)...))
			if err != nil {
				t.Fatal(err)
			}
			r := doc.rows[len(doc.rows)-1]
			var texts []string
			for _, l := range r.lines {
				texts = append(texts, l.text)
			}
			if got := r.path + ": " + strings.Join(texts, " / "); got != tc.want {
				t.Errorf("row\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

// TestFindHeaderEndsAtBrokenColumnNumbers: the row of column numbers under
// a header, its first broken before its ")" by a narrow number column
// ("(1" / ")" / "(2)" …), ends the header in cell-block text as a whole
// row of them does, and none of it goes on the last head ("Ghi chú").
func TestFindHeaderEndsAtBrokenColumnNumbers(t *testing.T) {
	for _, tc := range []struct {
		numbers []string
		first   int // lines of the row's first line of numbers
	}{
		{[]string{"(1", ")", "(2)", "(3)", "(4)"}, 2},
		{[]string{"(1)", "(2)", "(3)", "(4)"}, 1},
	} {
		numbers := tc.numbers
		lines := linesOf(append([]string{"PHỤ LỤC", "(Kèm theo Kế hoạch số 1/KH-UBND)", "TT", "Nội dung", "Khoa/phòng", "chủ trì", "Ghi chú"},
			append(numbers, "I", "An toàn người bệnh")...)...)
		_, end, cols, _, ok := findHeader(lines)
		if !ok || end != 7 {
			t.Fatalf("%q: findHeader ends at %d (%v), want 7", numbers, end, ok)
		}
		if last := cols[len(cols)-1]; last.Header != "Ghi chú" {
			t.Errorf("%q: last column %q, want \"Ghi chú\"", numbers, last.Header)
		}
		if got := columnNumbersAt(lines, 7); got != tc.first {
			t.Errorf("%q: columnNumbersAt = %d, want %d", numbers, got, tc.first)
		}
	}
}

func TestAwaitsNumeral(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Xây dựng hồ sơ giai đoạn", true}, {"Tổ chức đợt", true}, {"Nạo vét kênh cấp", true}, // a phase's, a wave's, a level's numeral
		{"Trường THPT số", true},                       // a numbered name's
		{"Ngân hàng Nhà nước Chi nhánh Khu vực", true}, // a region's
		{"tại các khu vực", false}, {"Sở Tài chính", false}, {"", false},
	} {
		if got := awaitsNumeral(tc.text, lowerHash(lastWord(tc.text))); got != tc.want {
			t.Errorf("awaitsNumeral(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
