package model

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func samplePlan() *Plan {
	return &Plan{
		Source:   Source{File: "a.txt", Format: "text"},
		Appendix: "02", Title: "NHIỆM VỤ", Subtitle: "(Kèm theo …)",
		Columns: []Column{{RoleNumber, "STT", 0}, {RoleContent, "Nội dung", 0.6}, {KeyExtra, "Người đứng đầu", 0}, {RoleLead, "Chủ trì", 0}},
		Items: []*Item{{Kind: KindSection, Number: "I", Title: "Tăng cường", Source: Pos{1, 22}, Items: []*Item{
			{Kind: KindTask, Number: "1", Source: Pos{1, 27}, Cells: []Cell{
				{Key: RoleContent, Text: "- Một\n- Hai"}, {Key: KeyExtra, Header: "Người đứng đầu", Text: "Giám đốc"}, {Key: RoleLead, Text: "Sở <A&B>"},
			}},
		}}},
		Warnings: []Warning{{2, 152, "row I.1: low confidence"}},
	}
}

func TestPlanJSON(t *testing.T) {
	data, err := samplePlan().MarshalJSON() // json.Marshal would escape <, > and & again
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema":"annex/v1","source":{"file":"a.txt","format":"text"},"appendix":"02","title":"NHIỆM VỤ","subtitle":"(Kèm theo …)",` +
		`"columns":[{"key":"number","header":"STT"},{"key":"content","header":"Nội dung","width":0.6},{"key":"extra","header":"Người đứng đầu"},{"key":"lead","header":"Chủ trì"}],` +
		`"items":[{"kind":"section","number":"I","title":"Tăng cường","source":{"page":1,"line":22},"items":[` +
		`{"kind":"task","number":"1","content":"- Một\n- Hai","lead":"Sở <A&B>","extra":{"Người đứng đầu":"Giám đốc"},"source":{"page":1,"line":27}}]}],` +
		`"warnings":[{"page":2,"line":152,"message":"row I.1: low confidence"}]}`
	if string(data) != want {
		t.Errorf("got\n%s\nwant\n%s", data, want)
	}
	var back Plan
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	back.OrderCells()
	again, _ := back.MarshalJSON()
	if string(again) != string(data) {
		t.Errorf("round trip changed the plan:\n%s", again)
	}
	if v, _ := back.Items[0].Items[0].Extra("Người đứng đầu"); v != "Giám đốc" {
		t.Errorf("extra cell lost: %q", v)
	}
}

func TestPlanJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"schema":"annex/v2"}`, "unsupported schema"},
		{`{"schema":"annex/v1","titel":"x"}`, `"titel": unknown key`},
		{`{"items":[{"kind":"task","number":"1","conten":"x"}]}`, `"conten": unknown key`},
		{`{"items":[{"kind":"row"}]}`, `unknown kind "row"`},
		{`{"items":[{"number":"1","content":"x"}]}`, `item 1: no "kind"`},
		{`[1]`, "expected an object"},
		{`{"title":"x"} {}`, "after top-level value"},
	} {
		var p Plan
		err := json.Unmarshal([]byte(tc.in), &p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func TestEmptyPlanJSON(t *testing.T) {
	data, _ := json.Marshal(&Plan{})
	if !strings.Contains(string(data), `"columns":[]`) || !strings.Contains(string(data), `"items":[]`) || !strings.Contains(string(data), `"warnings":[]`) {
		t.Errorf("empty lists must be [], not null: %s", data)
	}
}

func TestSortWarnings(t *testing.T) {
	ws := []Warning{{2, 5, "b"}, {1, 9, "a"}, {2, 1, "c"}, {1, 9, "d"}}
	SortWarnings(ws)
	var got []string
	for _, w := range ws {
		got = append(got, w.String())
	}
	if g := strings.Join(got, " "); g != "1:9: a 1:9: d 2:1: c 2:5: b" {
		t.Errorf("got %s", g)
	}
}

func TestWriteString(t *testing.T) {
	for _, s := range []string{"", "Thường xuyên", "a\"b\\c", "dòng\nmới\ttab\r", "\x01\x1f", "<&>", "\u2028\u2029", "Ủy ban “x”"} {
		var b bytes.Buffer
		writeString(&b, s)
		var back string
		if err := json.Unmarshal(b.Bytes(), &back); err != nil || back != s {
			t.Errorf("writeString(%q) = %s, reads back %q (%v)", s, b.String(), back, err)
		}
		if strings.Contains(s, "<") && !strings.Contains(b.String(), "<") {
			t.Errorf("HTML escaped: %s", b.String())
		}
	}
	// Invalid UTF-8 is written as encoding/json writes it: U+FFFD per bad byte.
	for _, s := range []string{"\xff", "a\xc3", "\xe1\xbb", "\xed\xa0\x80", "\xc0\x80", "x\xe2\x80", "\xf4\x90\x80\x80", "ổ\xffn", "😀"} {
		var b, want bytes.Buffer
		writeString(&b, s)
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.Encode(s)
		if b.String()+"\n" != want.String() {
			t.Errorf("writeString(%q) = %s, encoding/json writes %s", s, b.String(), want.String())
		}
	}
}
