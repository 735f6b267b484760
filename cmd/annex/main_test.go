package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seed = "../../seeds/000_a1139260fa9e1465.txt"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestConvertToStdout(t *testing.T) {
	code, out, _ := runCLI(t, "", "convert", seed)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil || v["schema"] != "annex/v1" {
		t.Fatalf("stdout is not an annex/v1 JSON document: %v", err)
	}
}

func TestConvertFormatsAndRoundTrip(t *testing.T) {
	dir := t.TempDir()
	j, y, j2 := filepath.Join(dir, "plan.json"), filepath.Join(dir, "plan.yaml"), filepath.Join(dir, "plan2.json")
	for _, args := range [][]string{
		{"convert", seed, "-o", j},
		{"convert", "-o", y, seed}, // flags before or after INPUT
		{"convert", y, "-o", j2},
	} {
		if code, _, errs := runCLI(t, "", args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
	}
	a, _ := os.ReadFile(j)
	b, _ := os.ReadFile(j2)
	if !bytes.Equal(a, b) {
		t.Error("JSON → YAML → JSON changed the plan")
	}
	if data, _ := os.ReadFile(y); !bytes.HasPrefix(data, []byte("schema: annex/v1\n")) {
		t.Errorf("plan.yaml is not YAML: %.40s", data)
	}
	code, out, _ := runCLI(t, "", "convert", seed, "--format", "yaml")
	if code != exitOK || !strings.HasPrefix(out, "schema: annex/v1") {
		t.Errorf("--format yaml to stdout: exit %d, %.30q", code, out)
	}
}

func TestConvertStdin(t *testing.T) {
	data, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, string(data), "convert", "-", "-q")
	if code != exitOK || !strings.Contains(out, `"file": "<stdin>"`) {
		t.Errorf("exit %d; %.200s", code, out)
	}
}

func TestWarningsOnStderr(t *testing.T) {
	_, _, errs := runCLI(t, "", "convert", seed)
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(l, seed+":") || !strings.Contains(l, ": warning: ") {
			t.Errorf("warning not in FILE:PAGE:LINE: form: %q", l)
		}
	}
	if _, _, errs := runCLI(t, "", "convert", seed, "-q"); errs != "" {
		t.Errorf("-q still printed %q", errs)
	}
}

// TestBadInput: each bad input gets one line naming the file and the
// reason, exit status 1, and no output file.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name, input, reason string
	}{
		{"empty", write("empty.txt", nil), "empty input"},
		{"binary", write("bin.txt", []byte("\x00\x01\x02PK\x03\x04")), "binary data"},
		{"no table", write("prose.txt", []byte("Kế hoạch này được ban hành.\nGiao các sở thực hiện.\n")), "no annex table"},
		{"invalid utf-8", write("latin1.txt", []byte("PH\xd9 L\xd9C\n")), "invalid UTF-8"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"bad json", write("bad.json", []byte(`{"schema": "annex/v1", "titel": 1}`)), "not a valid annex JSON file"},
		{"named pdf, not a pdf", write("a.pdf", []byte("hello")), "not a PDF file"},
		{"truncated pdf", "../../testdata/pdf/truncated.pdf", "damaged or truncated PDF"},
		{"encrypted pdf", "../../testdata/pdf/encrypted.pdf", "encrypted PDF that needs a password"},
		{"scanned pdf", "../../testdata/pdf/no-text.pdf", "scanned? no text to read"},
		{"pdf without a table", "../../testdata/pdf/no-table.pdf", "no annex table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.name+".json")
			code, stdout, stderr := runCLI(t, "", "convert", tc.input, "-o", out)
			if code != exitInput {
				t.Errorf("exit %d, want %d", code, exitInput)
			}
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], tc.input) || !strings.Contains(lines[0], tc.reason) {
				t.Errorf("stderr %q: want one line naming %s and %q", stderr, tc.input, tc.reason)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("an output file was written")
			}
			if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(m) > 0 {
				t.Errorf("temporary files left: %v", m)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	data, _ := os.ReadFile(seed)
	os.WriteFile(in, data, 0o644)
	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"convert"},
		{"convert", seed, "--format", "docx"},
		{"convert", seed, "-o", "plan.docx"},
		{"convert", seed, "--bogus"},
		{"convert", in, "-o", in}, // never over the input
		{"convert", dir},          // a folder needs -d
		{"convert", seed, seed, "-o", "x.json"},
		{"convert", seed, "--format", "json,xlsx"}, // several formats need -d
		{"convert", seed, "-d", dir, "-o", "x.json"},
		{"convert", seed, "-d", dir, "-j", "0"},
		{"check"},
	} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if got, _ := os.ReadFile(in); !bytes.Equal(got, data) {
		t.Error("the input was overwritten")
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"--help"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != exitOK || !strings.Contains(out, "annex convert INPUT") || !strings.Contains(out, "Examples:") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
	code, out, _ := runCLI(t, "", "version")
	if code != exitOK || !strings.HasPrefix(out, "annex ") || !strings.Contains(out, "annex/v1") {
		t.Errorf("version: exit %d, %q", code, out)
	}
}

func TestConvertPDF(t *testing.T) {
	for _, f := range []string{"../../testdata/corpus/seed/lo.pdf", "../../testdata/pdf/encrypted-empty-password.pdf"} {
		code, out, errs := runCLI(t, "", "convert", f, "-q")
		if code != exitOK || !strings.Contains(out, `"format": "pdf"`) {
			t.Errorf("%s: exit %d: %s", f, code, errs)
		}
	}
}

func TestConvertWorkbookAndCSV(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.xlsx", "b.xlsx", "a.csv", "b.csv"} {
		if code, _, errs := runCLI(t, "", "convert", seed, "-q", "-o", filepath.Join(dir, name)); code != exitOK {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
	}
	for _, pair := range [][2]string{{"a.xlsx", "b.xlsx"}, {"a.csv", "b.csv"}} {
		a, _ := os.ReadFile(filepath.Join(dir, pair[0]))
		b, _ := os.ReadFile(filepath.Join(dir, pair[1]))
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s and %s differ: two runs must give the same bytes", pair[0], pair[1])
		}
	}
	if a, _ := os.ReadFile(filepath.Join(dir, "a.xlsx")); !bytes.HasPrefix(a, []byte("PK")) {
		t.Error("plan.xlsx is not a workbook")
	}
	if code, _, _ := runCLI(t, "", "convert", seed, "--format", "xlsx"); code != exitUsage {
		t.Errorf("a workbook to the terminal: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "", "convert", seed, "-q", "--no-status", "-o", filepath.Join(dir, "c.xlsx")); code != exitOK {
		t.Errorf("--no-status: exit %d", code)
	}
}

func TestInspect(t *testing.T) {
	for _, tc := range []struct{ file, format, where string }{
		{seed, "format: text", "width "},
		{"../../testdata/corpus/hanoi_310/lo.pdf", "format: pdf", " pt"},
		{"../../testdata/corpus/hanoi_310/lo.layout.txt", "format: layout", " chars"},
	} {
		code, out, errs := runCLI(t, "", "inspect", tc.file)
		if code != exitOK || !strings.Contains(out, tc.format) || !strings.Contains(out, tc.where) {
			t.Errorf("%s: exit %d\n%s%s", tc.file, code, out, errs)
			continue
		}
		// Every row's number and content lines are placed.
		if !strings.Contains(out, " number ") || !strings.Contains(out, " content ") {
			t.Errorf("%s: no placed lines:\n%s", tc.file, out)
		}
	}
	// A header printed again on each page places that page's columns.
	if code, out, _ := runCLI(t, "", "inspect", "../../testdata/corpus/seed/lo-portrait.layout.txt"); code != exitOK ||
		!strings.Contains(out, "pages whose columns stand elsewhere") || !strings.Contains(out, "  page 2: ") {
		t.Errorf("lo-portrait.layout.txt: no page's own columns:\n%s", out)
	}
	// A row that stands off its page's columns is read at its own.
	if code, out, _ := runCLI(t, "", "inspect", "../../testdata/rerender-lo/seed-2.layout.txt"); code != exitOK ||
		!strings.Contains(out, "rows read at their own boundaries") {
		t.Errorf("seed-2.layout.txt: no row's own boundaries:\n%s", out)
	}
	if code, _, errs := runCLI(t, "", "convert", seed, "--debug", "-q"); code != exitOK || !strings.Contains(errs, "columns:") {
		t.Errorf("--debug: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "inspect", "nope.txt"); code != exitInput {
		t.Errorf("missing file: exit %d", code)
	}
}
