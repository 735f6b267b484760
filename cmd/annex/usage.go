package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"annex/model"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `annex turns the task annex of a Vietnamese plan ("Phụ lục … nhiệm vụ")
into clean data.

Usage:
  annex convert INPUT [-o OUTPUT] [--format json|yaml|xlsx|csv] [--no-status] [-q]
  annex convert INPUT... -d OUTDIR [--format json,yaml,xlsx,csv] [-j N] [-q]
  annex check INPUT... [--json] [--strict] [-j N]
  annex inspect INPUT
  annex version
  annex help

convert reads INPUT (an annex PDF, text extracted from one, or a JSON or
YAML file that annex wrote) and writes the table as JSON, YAML, a formatted
Excel workbook or CSV.
  INPUT        a file, or - for standard input
  -o OUTPUT    where to write; the format follows its extension (.json,
               .yaml, .yml, .xlsx, .csv). Without -o, JSON goes to
               standard output.
  --format F   json, yaml, xlsx or csv, whatever OUTPUT is called
  --no-status  leave the "Tình trạng" tracking column out of the workbook
  --debug      also print, to standard error, how the parser saw the input
  -q           do not print warnings or progress
  -d OUTDIR    convert many inputs: files, folders (their .pdf, .txt, .yaml,
               .json files, recursively) and patterns, one output each
               (same name, folders' structure kept) per format of --format
  -j N         workers for many inputs (default: the number of CPUs)
  --max-size N, --max-pages N, --timeout D
               limits on one input (default 64 MiB, 500 pages, 60s)

check parses inputs without writing anything and reports, per file, the
items found and the warnings with page:line, or the error. --json prints a
machine-readable report; --strict exits 3 when an input has warnings.

Warnings (what the parser guessed at) go to standard error as
FILE:PAGE:LINE: message, and into the output's "warnings".

inspect prints how the parser saw one input: the columns found (with their
x-ranges in a PDF or column-aligned text, or the widths learned from the
wrapping in text; in column-aligned text, each page whose columns stand
elsewhere) and each line with the row and the column it went to, to
understand a wrong parse without reading code.

Examples:
  annex convert phu-luc.pdf -o plan.xlsx     # a workbook to print and track work in
  annex convert seeds/000_a1139260fa9e1465.txt -o plan.json
  annex convert phu-luc.txt -o plan.yaml     # edit plan.yaml by hand, then:
  annex convert plan.yaml -o plan.json
  pdftotext -layout phu-luc.pdf - | annex convert - --format yaml

  annex convert annexes/ -d out/ --format json,xlsx -j 4
  annex check --strict annexes/*.pdf          # in CI

Exit status: 0 converted (perhaps with warnings); 1 an input could not be
converted (the reason is printed; the other inputs are converted); 2 the
command line is wrong; 3 check --strict found warnings; 130 interrupted
(outputs are whole files, never partial).
`

func writeUsage(w io.Writer) { printf(w, "%s", usage) }

func runVersion(w io.Writer) int {
	rev := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	printf(w, "annex %s%s (contract %s)\n", version, rev, model.Schema)
	return exitOK
}

// printf writes to a terminal stream; there is nothing useful to do when
// stderr itself fails.
func printf(w io.Writer, format string, args ...any) {
	_, _ = fmt.Fprintf(w, format, args...)
}
