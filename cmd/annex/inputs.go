package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// inputFile is one file to convert: its path, and the path its outputs
// take under OUTDIR (relative, without extension).
type inputFile struct {
	path string
	rel  string
}

// inputExts are the files a folder contributes.
var inputExts = map[string]bool{".pdf": true, ".txt": true, ".yaml": true, ".yml": true, ".json": true}

// expandInputs turns the command line's inputs into files: a folder gives
// its annex files (recursively, keeping their paths below it), a pattern
// that is no file gives its matches, a file gives itself.
func expandInputs(args []string) ([]inputFile, error) {
	var out []inputFile
	seen := map[string]bool{}
	add := func(path, rel string) {
		if !seen[path] {
			seen[path] = true
			out = append(out, inputFile{path, strings.TrimSuffix(rel, filepath.Ext(rel))})
		}
	}
	for _, a := range args {
		if a == "-" {
			add(a, "stdin")
			continue
		}
		st, err := os.Stat(a)
		switch {
		case err == nil && st.IsDir():
			var files []string
			err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if !d.IsDir() && inputExts[strings.ToLower(filepath.Ext(p))] {
					files = append(files, p)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			sort.Strings(files)
			for _, f := range files {
				rel, _ := filepath.Rel(a, f)
				add(f, rel)
			}
		case err != nil && strings.ContainsAny(a, "*?["):
			matches, gerr := filepath.Glob(a)
			if gerr != nil {
				return nil, fmt.Errorf("%s: %v", a, gerr)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("%s: no file matches", a)
			}
			for _, m := range matches {
				add(m, filepath.Base(m))
			}
		default:
			add(a, filepath.Base(a)) // a missing file is reported when it is read
		}
	}
	return out, nil
}
