package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileAtomic writes a new file (through an unnamed file on Linux)
// and over an existing one (through a named temporary file): each ends
// with the data, readable by all, and nothing else is left in the folder.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	for _, data := range []string{"new", "replaced"} {
		if err := writeFileAtomic(path, []byte(data)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != data {
			t.Fatalf("after writing %q: %q, %v", data, got, err)
		}
		st, err := os.Stat(path)
		if err != nil || st.Mode().Perm() != 0o644 {
			t.Errorf("mode %v, %v; want 0644", st.Mode().Perm(), err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("folder holds %d entries after writing %q, want the output only", len(entries), data)
		}
	}
	if err := writeFileAtomic(filepath.Join(dir, "missing", "plan.json"), []byte("x")); err == nil {
		t.Error("writing into a missing folder: no error")
	}
}

func TestWriteUnnamedLeavesExistingFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if done, err := writeUnnamed(path, []byte("new")); done || err != nil {
		t.Errorf("writeUnnamed over an existing file: done %v, %v; want it left to the named temporary file", done, err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("existing file now %q", got)
	}
}
