package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"annex/parser"
)

// runInspect prints how the parser saw one input: the columns it found, with
// their positions or learned widths, then each line with the row and column
// it went to.
func runInspect(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	pos, err := parseInterleaved(fs, args)
	if err == nil && len(pos) != 1 {
		err = usageError{"inspect takes one INPUT"}
	}
	if err != nil {
		printf(stderr, "annex inspect: %v\nRun 'annex help' for usage.\n", err)
		return exitUsage
	}
	if err := inspect(pos[0], stdin, stdout); err != nil {
		printf(stderr, "annex: %s: %v\n", displayName(pos[0]), err)
		return exitInput
	}
	return exitOK
}

func inspect(input string, stdin io.Reader, w io.Writer) error {
	var data []byte
	var err error
	if input == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, defaultMaxSize))
	} else {
		data, err = os.ReadFile(input)
	}
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return errors.New("no such file")
		}
		return err
	}
	ins, err := parser.Inspect(displayName(input), data, bytes.HasPrefix(data, []byte("%PDF-")))
	if err != nil {
		return err
	}
	writeInspection(w, ins)
	return nil
}

func writeInspection(w io.Writer, ins *parser.Inspection) {
	printf(w, "format: %s\ncolumns:\n", ins.Format)
	unit := map[string]string{"pdf": "pt", "layout": "chars"}[ins.Format]
	for i, c := range ins.Columns {
		var where []string
		if unit != "" {
			where = append(where, fmt.Sprintf("x %.1f–%.1f %s", c.X0, c.X1, unit))
		}
		if c.WidthEm > 0 {
			where = append(where, fmt.Sprintf("width %.1f em (learned)", c.WidthEm))
		}
		printf(w, "  %d  %-13s %-32q %s\n", i+1, c.Key, c.Header, strings.Join(where, ", "))
	}
	if len(ins.Pages) > 0 {
		printf(w, "pages whose columns stand elsewhere (boundaries, left edge first):\n")
		for _, p := range ins.Pages {
			printf(w, "  page %d: %s %s\n", p.Page, joinXs(p.X), unit)
		}
	}
	if len(ins.Bands) > 0 {
		printf(w, "rows read at their own boundaries (boundaries, left edge first):\n")
		for _, b := range ins.Bands {
			printf(w, "  %d:%-5d %s %s\n", b.Page, b.Line, joinXs(b.X), unit)
		}
	}
	printf(w, "lines (page:line  row  column  text):\n")
	for _, l := range ins.Lines {
		printf(w, "  %d:%-5d %-9s %-13s %s\n", l.Page, l.Line, l.Row, l.Column, l.Text)
	}
	for _, wr := range ins.Plan.Warnings {
		printf(w, "warning %d:%d: %s\n", wr.Page, wr.Line, wr.Message)
	}
}

// joinXs writes boundaries as "-1.0 | 4.2 | 30.0".
func joinXs(x []float64) string {
	xs := make([]string, len(x))
	for i, v := range x {
		xs[i] = fmt.Sprintf("%.1f", v)
	}
	return strings.Join(xs, " | ")
}
