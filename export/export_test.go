package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"annex/model"
	"annex/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func corpusPlans(t *testing.T) map[string]*model.Plan {
	var files []string
	for _, kind := range []string{"lo", "lo-portrait", "chromium"} {
		m, _ := filepath.Glob("../testdata/corpus/*/" + kind + ".txt")
		files = append(files, m...)
	}
	files = append(files, "../seeds/000_a1139260fa9e1465.txt")
	out := map[string]*model.Plan{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := parser.ParseText(filepath.Base(f), data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[f] = p
	}
	if len(out) < 13 {
		t.Fatalf("corpus has %d text files", len(out))
	}
	return out
}

// TestYAMLRoundTrip writes every corpus plan as YAML, reads it back, and
// requires the same JSON: a clerk's YAML file loses nothing.
func TestYAMLRoundTrip(t *testing.T) {
	for name, p := range corpusPlans(t) {
		want, _ := MarshalJSON(p)
		y, err := MarshalYAML(p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		back, err := ReadYAML(y)
		if err != nil {
			t.Fatalf("%s: reading YAML back: %v", name, err)
		}
		got, _ := MarshalJSON(back)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: YAML round trip changed the plan", name)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for name, p := range corpusPlans(t) {
		want, _ := MarshalJSON(p)
		back, err := ReadJSON(want)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, _ := MarshalJSON(back); !bytes.Equal(got, want) {
			t.Errorf("%s: JSON round trip changed the plan", name)
		}
	}
}

// TestYAMLByHand reads YAML a clerk typed: numbers without quotes, keys in
// another order, a literal block.
func TestYAMLByHand(t *testing.T) {
	in := `schema: annex/v1
title: DANH MỤC
columns:
  - {key: number, header: STT}
  - {key: content, header: Nội dung}
  - {key: lead, header: Chủ trì}
items:
  - kind: task
    number: 1
    lead: Sở Tài chính
    content: |-
      - Một
      - Hai
    source: {page: 1, line: 3}
`
	p, err := ReadYAML([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	it := p.Items[0]
	if it.Number != "1" || it.Cells[0].Key != model.RoleContent || it.Cells[0].Text != "- Một\n- Hai" || it.Source.Line != 3 {
		t.Errorf("read %+v", it)
	}
	for _, bad := range []struct{ in, want string }{
		{"schema: annex/v1\ntitel: x\n", "unknown key"},
		{"schema: annex/v1\nitems:\n  - kind: task\n    source: {page: one}\n", "whole number"},
		{"schema: [\n", "yaml"},
	} {
		if _, err := ReadYAML([]byte(bad.in)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadYAML(%q) = %v, want %q", bad.in, err, bad.want)
		}
	}
}

// TestGolden compares the seed's JSON and YAML with testdata/golden; run
// go test ./export -update to rewrite them after an intended change.
func TestGolden(t *testing.T) {
	p := corpusPlans(t)["../seeds/000_a1139260fa9e1465.txt"]
	for _, f := range []struct {
		name string
		enc  func(*model.Plan) ([]byte, error)
	}{{"seed.json", MarshalJSON}, {"seed.yaml", MarshalYAML}} {
		got, err := f.enc(p)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "testdata", "golden", f.name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./export -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file; run go test ./export -update if the change is intended", f.name)
		}
	}
}

// FuzzReadYAML feeds hand-editable YAML to the reader: it must not panic,
// and what it accepts must write out and read back the same.
func FuzzReadYAML(f *testing.F) {
	for _, g := range []string{"../testdata/golden/seed.yaml"} {
		data, err := os.ReadFile(g)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("schema: annex/v1\nitems:\n  - {kind: task, number: 1, content: x}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadYAML(data)
		if err != nil {
			return
		}
		roundTrip(t, p)
	})
}

// FuzzReadJSON does the same for JSON.
func FuzzReadJSON(f *testing.F) {
	data, err := os.ReadFile("../testdata/golden/seed.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"schema":"annex/v1","items":[{"kind":"section","number":"I","title":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadJSON(data)
		if err != nil {
			return
		}
		roundTrip(t, p)
	})
}

func roundTrip(t *testing.T, p *model.Plan) {
	a, err := MarshalJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadJSON(a)
	if err != nil {
		t.Fatalf("written JSON does not read back: %v", err)
	}
	b, _ := MarshalJSON(back)
	if !bytes.Equal(a, b) {
		t.Fatal("JSON round trip changed the plan")
	}
	y, err := MarshalYAML(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadYAML(y); err != nil {
		t.Fatalf("written YAML does not read back: %v", err)
	}
}

// TestIndentJSON checks indentJSON against json.Indent on plans of every
// shape the corpus gives and on edge cases of strings and empty values.
func TestIndentJSON(t *testing.T) {
	inputs := []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":"d"}]}`,
		`{"s":"quote \" and \\ backslash, {braces} [brackets] :colon, comma"}`,
		`{"s":"ends with backslash \\\\"}`, `["\u2028",""]`,
	}
	files, _ := filepath.Glob("../testdata/corpus/*/expected.json")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, compact.String())
	}
	for _, in := range inputs {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(in), "", "  "); err != nil {
			t.Fatalf("%.40q: %v", in, err)
		}
		if got := indentJSON(nil, []byte(in)); string(got) != want.String() {
			t.Errorf("%.60q:\ngot  %.200q\nwant %.200q", in, got, want.String())
		}
	}
}
