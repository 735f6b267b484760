package export

import (
	"fmt"
	"testing"
	"time"

	"annex/model"
)

// largePlan is a plan of n tasks in sections of ten, each with the seed's
// kind of text.
func largePlan(n int) *model.Plan {
	p := &model.Plan{Appendix: "02", Title: "NHIỆM VỤ", Subtitle: "(Kèm theo Kế hoạch)", Columns: []model.Column{
		{Key: model.RoleNumber, Header: "STT", Width: 0.05}, {Key: model.RoleContent, Header: "Nội dung", Width: 0.45},
		{Key: model.RoleLead, Header: "Chủ trì", Width: 0.2}, {Key: model.RoleCoordinating, Header: "Phối hợp", Width: 0.2},
		{Key: model.RoleTimeframe, Header: "Thời gian", Width: 0.1},
	}}
	var sec *model.Item
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			sec = &model.Item{Kind: model.KindSection, Number: fmt.Sprint(i/10 + 1), Title: "Tăng cường công tác phổ biến, tuyên truyền"}
			p.Items = append(p.Items, sec)
		}
		sec.Items = append(sec.Items, &model.Item{Kind: model.KindTask, Number: fmt.Sprint(i + 1), Cells: []model.Cell{
			{Key: model.RoleContent, Text: "Rà soát, đề xuất, kiến nghị cấp có thẩm quyền xem xét sửa đổi, bổ sung hoàn thiện các quy định về cơ chế, chính sách liên quan đến hỗ trợ hộ nghèo về nhà ở."},
			{Key: model.RoleLead, Text: "Sở Xây dựng"},
			{Key: model.RoleCoordinating, Text: "Các sở, ban ngành có liên quan; Ủy ban nhân dân các xã, phường, đặc khu"},
			{Key: model.RoleTimeframe, Text: "Thường xuyên"},
		}})
	}
	return p
}

// TestLargeWorkbookIsFast: hundreds of rows write in well under a second.
func TestLargeWorkbookIsFast(t *testing.T) {
	p := largePlan(500)
	start := time.Now()
	if _, err := MarshalXLSX(p, XLSXOptions{}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("500 rows took %v", d)
	}
}

func BenchmarkMarshalXLSX(b *testing.B) {
	p := largePlan(500)
	for b.Loop() {
		if _, err := MarshalXLSX(p, XLSXOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshalJSON writes a 100-task plan (about the seed's size) as JSON.
func BenchmarkMarshalJSON(b *testing.B) {
	p := largePlan(100)
	data, err := MarshalJSON(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := MarshalJSON(p); err != nil {
			b.Fatal(err)
		}
	}
}
