package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"annex/export"
	"annex/model"
	"annex/parser"
)

// convertOptions are the flags of annex convert.
type convertOptions struct {
	input, output, format string
	quiet, noStatus       bool
}

// usageError is a wrong command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func parseConvertArgs(args []string) (convertOptions, error) {
	var o convertOptions
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.output, "o", "", "output file")
	fs.StringVar(&o.format, "format", "", "json or yaml")
	fs.BoolVar(&o.quiet, "q", false, "no warnings")
	fs.BoolVar(&o.noStatus, "no-status", false, "no tracking column in the workbook")
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return o, usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			break
		}
		inputs = append(inputs, fs.Arg(0))
		args = fs.Args()[1:]
	}
	switch len(inputs) {
	case 0:
		return o, usageError{"convert needs an INPUT file (or - for standard input)"}
	case 1:
		o.input = inputs[0]
	default:
		return o, usageError{fmt.Sprintf("convert takes one INPUT, got %d", len(inputs))}
	}
	if o.format == "" {
		o.format = formatOf(o.output)
	}
	switch o.format {
	case "json", "yaml", "csv":
	case "xlsx":
		if o.output == "" {
			return o, usageError{"a workbook needs -o FILE.xlsx: it is not written to the terminal"}
		}
	default:
		return o, usageError{fmt.Sprintf("unknown output format %q (json, yaml, xlsx or csv)", o.format)}
	}
	return o, nil
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
	if o.output != "" && o.input != "-" && sameFile(o.input, o.output) {
		printf(stderr, "annex convert: %s: refusing to write the output over the input\n", o.output)
		return exitUsage
	}
	plan, parsed, err := readPlan(o.input, stdin)
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

// maxInputSize bounds what is read into memory.
const maxInputSize = 64 << 20

// readPlan reads INPUT and turns it into a plan, whatever it holds: a JSON or
// YAML plan written by annex, or annex text (parsed is then true).
func readPlan(input string, stdin io.Reader) (plan *model.Plan, parsed bool, err error) {
	p, kind, err := loadPlan(input, stdin)
	return p, kind == "text" || kind == "pdf", err
}

// looksLikePDF reports whether a file is named as a PDF.
func looksLikePDF(name string, data []byte) bool {
	return strings.EqualFold(filepath.Ext(name), ".pdf")
}

func loadPlan(input string, stdin io.Reader) (*model.Plan, string, error) {
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
	data, err := io.ReadAll(io.LimitReader(r, maxInputSize+1))
	if err != nil {
		return nil, "", err
	}
	if len(data) > maxInputSize {
		return nil, "", fmt.Errorf("larger than %d MiB", maxInputSize>>20)
	}
	kind := sniff(input, data)
	switch kind {
	case "pdf":
		p, err := parser.ParsePDF(displayName(input), data)
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
// leaves nothing behind.
func writeFileAtomic(path string, data []byte) (err error) {
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
