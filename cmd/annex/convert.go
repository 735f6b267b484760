package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"annex/export"
	"annex/model"
	"annex/parser"
	"annex/parser/pdfread"
)

// convertOptions are the flags of annex convert.
type convertOptions struct {
	inputs                []string
	input, output, format string
	outdir                string
	quiet, noStatus       bool
	debug                 bool
	jobs                  int
	lim                   limits
}

// usageError is a wrong command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Defaults of the limits on one input.
const (
	defaultMaxSize = 64 << 20
	defaultTimeout = 60 * time.Second
)

func parseConvertArgs(args []string) (convertOptions, error) {
	o := convertOptions{jobs: runtime.NumCPU()}
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.output, "o", "", "output file")
	fs.StringVar(&o.outdir, "d", "", "output folder")
	fs.StringVar(&o.format, "format", "", "json, yaml, xlsx, csv, or several: json,xlsx")
	fs.BoolVar(&o.quiet, "q", false, "no warnings")
	fs.BoolVar(&o.noStatus, "no-status", false, "no tracking column in the workbook")
	fs.IntVar(&o.jobs, "j", o.jobs, "workers")
	fs.BoolVar(&o.debug, "debug", false, "print how the parser saw the input (as annex inspect)")
	addLimitFlags(fs, &o.lim)
	inputs, err := parseInterleaved(fs, args)
	if err != nil {
		return o, err
	}
	o.inputs = inputs
	if len(inputs) == 0 {
		return o, usageError{"convert needs an INPUT file (or - for standard input)"}
	}
	if o.jobs < 1 {
		return o, usageError{"-j takes a number of workers, 1 or more"}
	}
	if o.outdir == "" && (len(inputs) > 1 || isDir(inputs[0])) {
		return o, usageError{"several inputs need -d OUTDIR to write one output each"}
	}
	if o.outdir != "" && o.output != "" {
		return o, usageError{"-o and -d do not go together: -o names one file, -d a folder"}
	}
	o.input = inputs[0]
	if o.format == "" {
		o.format = formatOf(o.output)
	}
	for _, f := range strings.Split(o.format, ",") {
		switch f {
		case "json", "yaml", "csv":
		case "xlsx":
			if o.output == "" && o.outdir == "" {
				return o, usageError{"a workbook needs -o FILE.xlsx: it is not written to the terminal"}
			}
		default:
			return o, usageError{fmt.Sprintf("unknown output format %q (json, yaml, xlsx or csv)", f)}
		}
	}
	if strings.Contains(o.format, ",") && o.outdir == "" {
		return o, usageError{"several formats need -d OUTDIR"}
	}
	return o, nil
}

// addLimitFlags declares the flags that bound one input's cost.
func addLimitFlags(fs *flag.FlagSet, lim *limits) {
	*lim = limits{maxSize: defaultMaxSize, maxPages: pdfread.DefaultMaxPages, timeout: defaultTimeout}
	fs.Int64Var(&lim.maxSize, "max-size", lim.maxSize, "largest input in bytes")
	fs.IntVar(&lim.maxPages, "max-pages", lim.maxPages, "most pages of a PDF")
	fs.DurationVar(&lim.timeout, "timeout", lim.timeout, "longest time for one input")
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// formatOf returns the output format an output file name asks for.
func formatOf(output string) string {
	switch strings.ToLower(filepath.Ext(output)) {
	case "", ".json":
		return "json"
	case ".yaml", ".yml":
		return "yaml"
	}
	return strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".") // xlsx, csv, or an unknown one
}

func runConvert(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseConvertArgs(args)
	if err != nil {
		printf(stderr, "annex convert: %v\nRun 'annex help' for usage.\n", err)
		return exitUsage
	}
	if o.outdir != "" {
		inputs, err := expandInputs(o.inputs)
		if err != nil {
			printf(stderr, "annex convert: %v\n", err)
			return exitUsage
		}
		b := &batch{opts: o, formats: strings.Split(o.format, ","), lim: o.lim, stderr: stderr, tty: isTerminal(stderr)}
		return b.run(inputs, stdin)
	}
	if o.debug && o.input != "-" {
		if err := inspect(o.input, stdin, stderr); err != nil {
			printf(stderr, "annex: %s: %v\n", displayName(o.input), err)
			return exitInput
		}
	}
	if o.output != "" && o.input != "-" && sameFile(o.input, o.output) {
		printf(stderr, "annex convert: %s: refusing to write the output over the input\n", o.output)
		return exitUsage
	}
	plan, parsed, err := readPlanLimited(context.Background(), o.input, stdin, o.lim)
	if err != nil {
		printf(stderr, "annex: %s: %v\n", displayName(o.input), err)
		return exitInput
	}
	if parsed && !o.quiet { // a JSON or YAML input's warnings are its source's, already seen
		for _, w := range plan.Warnings {
			printf(stderr, "%s:%d:%d: warning: %s\n", displayName(o.input), w.Page, w.Line, w.Message)
		}
	}
	data, err := encode(plan, o)
	if err != nil {
		printf(stderr, "annex: %s: %v\n", displayName(o.input), err)
		return exitInput
	}
	if o.output == "" {
		if _, err := stdout.Write(data); err != nil {
			printf(stderr, "annex: writing output: %v\n", err)
			return exitInput
		}
		return exitOK
	}
	if err := writeFileAtomic(o.output, data); err != nil {
		printf(stderr, "annex: %v\n", err)
		return exitInput
	}
	return exitOK
}

func displayName(input string) string {
	if input == "-" {
		return "<stdin>"
	}
	return input
}

// readPlanWith reads INPUT and turns it into a plan, whatever it holds: a
// JSON or YAML plan written by annex, or an annex as PDF or text (parsed is
// then true).
func readPlanWith(input string, stdin io.Reader, lim limits) (plan *model.Plan, parsed bool, err error) {
	p, kind, err := loadPlan(input, stdin, lim)
	return p, kind == "text" || kind == "pdf", err
}

// looksLikePDF reports whether a file is named as a PDF.
func looksLikePDF(name string, data []byte) bool {
	return strings.EqualFold(filepath.Ext(name), ".pdf")
}

func loadPlan(input string, stdin io.Reader, lim limits) (*model.Plan, string, error) {
	var r io.Reader = stdin
	if input != "-" {
		f, err := os.Open(input)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, "", errors.New("no such file")
			}
			return nil, "", err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, "", errors.New("is a directory, not a file")
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.maxSize+1))
	if err != nil {
		return nil, "", err
	}
	if int64(len(data)) > lim.maxSize {
		return nil, "", fmt.Errorf("larger than the %s limit (see --max-size)", sizeText(lim.maxSize))
	}
	kind := sniff(input, data)
	switch kind {
	case "pdf":
		p, err := parser.ParsePDFLimited(displayName(input), data, lim.maxPages)
		return p, kind, err
	case "json":
		p, err := export.ReadJSON(data)
		if err != nil {
			return nil, kind, fmt.Errorf("not a valid annex JSON file: %v", err)
		}
		return p, kind, nil
	case "yaml":
		p, err := export.ReadYAML(data)
		if err != nil {
			return nil, kind, fmt.Errorf("not a valid annex YAML file: %v", err)
		}
		return p, kind, nil
	}
	if looksLikePDF(input, data) {
		return nil, kind, errors.New("not a PDF file: it is named .pdf but does not start with %PDF")
	}
	p, err := parser.ParseText(displayName(input), data)
	return p, kind, err
}

// sniff tells what an input holds, from its content first and its name next.
func sniff(name string, data []byte) string {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return "pdf"
	case bytes.HasPrefix(trimmed, []byte("{")):
		return "json"
	case bytes.HasPrefix(trimmed, []byte("schema:")), bytes.HasPrefix(trimmed, []byte("---\nschema:")):
		return "yaml"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return "json"
	case ".yaml", ".yml":
		return "yaml"
	}
	return "text"
}

func encode(p *model.Plan, o convertOptions) ([]byte, error) {
	switch o.format {
	case "yaml":
		return export.MarshalYAML(p)
	case "xlsx":
		return export.MarshalXLSX(p, export.XLSXOptions{NoStatus: o.noStatus})
	case "csv":
		return export.MarshalCSV(p)
	}
	return export.MarshalJSON(p)
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so that no reader ever sees a partial file and a failure
// leaves nothing behind; a new file, on Linux, through an unnamed file
// (writeUnnamed).
func writeFileAtomic(path string, data []byte) (err error) {
	if done, err := writeUnnamed(path, data); done {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// sizeText writes a byte count for people.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
