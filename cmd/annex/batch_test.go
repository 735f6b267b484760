package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for the annex command, so that a
// test can run it as a process (to interrupt it).
func TestMain(m *testing.M) {
	if os.Getenv("ANNEX_BE_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// badFolder makes a folder of good and bad inputs.
func badFolder(t *testing.T) (dir string, good []string) {
	t.Helper()
	dir = t.TempDir()
	copyFile := func(src, dst string) {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile(seed, filepath.Join(dir, "seed.txt"))
	copyFile("../../testdata/corpus/hanoi_310/lo.pdf", filepath.Join(dir, "sub", "hanoi.pdf"))
	copyFile("../../testdata/pdf/truncated.pdf", filepath.Join(dir, "truncated.pdf"))
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01PK\x03\x04"), 0o644)
	big := bytes.Repeat([]byte("Nội dung "), 20000)
	os.WriteFile(filepath.Join(dir, "big.txt"), big, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not an input"), 0o644)
	return dir, []string{"seed", "sub/hanoi"}
}

// TestBatchFolder converts a folder of good and bad files: the good ones
// are converted, each bad one is reported with its reason, exit status 1.
func TestBatchFolder(t *testing.T) {
	in, good := badFolder(t)
	out := t.TempDir()
	code, _, errs := runCLI(t, "", "convert", in, "-d", out, "--format", "json,csv", "--max-size", "100000", "-j", "2")
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, g := range good {
		for _, ext := range []string{".json", ".csv"} {
			if _, err := os.Stat(filepath.Join(out, g+ext)); err != nil {
				t.Errorf("%s%s not written: %v", g, ext, err)
			}
		}
	}
	for file, reason := range map[string]string{
		"truncated.pdf": "damaged or truncated PDF", "empty.txt": "empty input",
		"binary.txt": "binary data", "big.txt": "larger than the 100000 bytes limit",
	} {
		if !strings.Contains(errs, filepath.Join(in, file)+": "+reason) {
			t.Errorf("%s not reported with %q:\n%s", file, reason, errs)
		}
	}
	if strings.Contains(errs, "notes.md") {
		t.Error("a folder's non-annex files are not inputs")
	}
	if !strings.Contains(errs, "2 converted (1 with warnings), 4 failed, of 6") {
		t.Errorf("summary missing:\n%s", errs)
	}
	entries, _ := filepath.Glob(filepath.Join(out, "*"))
	for _, e := range entries {
		if strings.Contains(e, ".tmp") || strings.Contains(e, "truncated") || strings.Contains(e, "empty") {
			t.Errorf("unexpected output %s", e)
		}
	}
}

// TestBatchDeterministic: -j 1 and -j 4 write the same bytes.
func TestBatchDeterministic(t *testing.T) {
	in, _ := badFolder(t)
	a, b := t.TempDir(), t.TempDir()
	runCLI(t, "", "convert", in, "-d", a, "--format", "json,yaml,xlsx,csv", "-j", "1", "-q")
	runCLI(t, "", "convert", in, "-d", b, "--format", "json,yaml,xlsx,csv", "-j", "4", "-q")
	files, _ := filepath.Glob(filepath.Join(a, "*.*"))
	sub, _ := filepath.Glob(filepath.Join(a, "sub", "*.*"))
	files = append(files, sub...)
	if len(files) != 8 {
		t.Fatalf("%d outputs, want 8", len(files))
	}
	for _, f := range files {
		rel, _ := filepath.Rel(a, f)
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between -j 1 and -j 4", rel)
		}
	}
}

func TestCheckExitCodes(t *testing.T) {
	in, _ := badFolder(t)
	warned := filepath.Join(t.TempDir(), "seed-original.txt")
	data, _ := os.ReadFile(seed)
	os.WriteFile(warned, data, 0o644) // the seed parses with warnings
	clean := "../../testdata/corpus/hanoi_310/lo.txt"
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"check", clean}, exitOK},
		{[]string{"check", "--strict", clean}, exitOK},
		{[]string{"check", warned}, exitOK},
		{[]string{"check", "--strict", warned}, exitWarnings},
		{[]string{"check", clean, filepath.Join(in, "empty.txt")}, exitInput},
		{[]string{"check", "--strict", warned, filepath.Join(in, "empty.txt")}, exitInput},
	} {
		if code, out, _ := runCLI(t, "", tc.args...); code != tc.want {
			t.Errorf("%v: exit %d, want %d\n%s", tc.args, code, tc.want, out)
		}
	}
	code, out, _ := runCLI(t, "", "check", "--json", warned, filepath.Join(in, "empty.txt"))
	var rep checkSummary
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if code != exitInput || rep.Exit != exitInput || len(rep.Files) != 2 || !rep.Files[0].OK || rep.Files[1].OK ||
		len(rep.Files[0].Warnings) == 0 || rep.Files[0].Items["task"] != 24 || rep.Files[1].Error != "empty input" {
		t.Errorf("report %+v", rep)
	}
	code, out, _ = runCLI(t, "", "check", warned)
	if code != exitOK || !strings.Contains(out, warned+":2:614: warning:") {
		t.Errorf("text report lacks FILE:PAGE:LINE warnings:\n%s", out)
	}
}

// TestInterruptedBatch sends SIGINT to a running batch: it stops, says what
// was done, and leaves no partial or temporary file.
func TestInterruptedBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	in := t.TempDir()
	data, _ := os.ReadFile(seed)
	for i := 0; i < 400; i++ {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("a%03d.txt", i)), data, 0o644)
	}
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "convert", in, "-d", out, "--format", "json,xlsx", "-j", "2")
	cmd.Env = append(os.Environ(), "ANNEX_BE_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m, _ := filepath.Glob(filepath.Join(out, "*.json")); len(m) >= 5 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != exitInterrupted {
		t.Fatalf("exit %v, want %d\n%s", err, exitInterrupted, stderr.String())
	}
	if !strings.Contains(stderr.String(), "interrupted:") || !strings.Contains(stderr.String(), "not converted") {
		t.Errorf("no account of what was done:\n%s", stderr.String())
	}
	entries, _ := os.ReadDir(out)
	if len(entries) == 0 || len(entries) >= 800 {
		t.Fatalf("%d outputs: the batch was not stopped midway", len(entries))
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
			continue
		}
		b, _ := os.ReadFile(filepath.Join(out, e.Name()))
		if strings.HasSuffix(e.Name(), ".json") && !json.Valid(b) {
			t.Errorf("partial output %s", e.Name())
		}
	}
}

// BenchmarkBatch converts 1,000 copies of the seed text to JSON with as many
// workers as CPUs, and reports files/s.
func BenchmarkBatch(b *testing.B) {
	in := b.TempDir()
	data, err := os.ReadFile(seed)
	if err != nil {
		b.Fatal(err)
	}
	const files = 1000
	for i := 0; i < files; i++ {
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("a%04d.txt", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		out := b.TempDir()
		var stderr bytes.Buffer
		if code := run([]string{"convert", in, "-d", out, "-q"}, nil, io.Discard, &stderr); code != exitOK {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
	b.ReportMetric(float64(files*b.N)/time.Since(start).Seconds(), "files/s")
}
