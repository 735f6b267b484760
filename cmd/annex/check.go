package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"runtime"
	"runtime/debug"
	"sync"

	"annex/model"
)

// exitWarnings is check --strict's status when an input parsed with warnings.
const exitWarnings = 3

// checkReport is one input's line of annex check --json.
type checkReport struct {
	File     string          `json:"file"`
	OK       bool            `json:"ok"`
	Error    string          `json:"error,omitempty"`
	Items    map[string]int  `json:"items,omitempty"`
	Warnings []model.Warning `json:"warnings"`
}

// checkSummary is the whole of annex check --json.
type checkSummary struct {
	Files        []checkReport `json:"files"`
	Parsed       int           `json:"parsed"`
	WithWarnings int           `json:"with_warnings"`
	Failed       int           `json:"failed"`
	Exit         int           `json:"exit"`
}

// runCheck parses inputs without writing anything and reports on each.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "machine-readable report")
	strict := fs.Bool("strict", false, "exit 3 when any input has warnings")
	jobs := fs.Int("j", runtime.NumCPU(), "workers")
	var lim limits
	addLimitFlags(fs, &lim)
	pos, err := parseInterleaved(fs, args)
	if err == nil && len(pos) == 0 {
		err = usageError{"check needs at least one INPUT"}
	}
	if err != nil {
		printf(stderr, "annex check: %v\nRun 'annex help' for usage.\n", err)
		return exitUsage
	}
	inputs, err := expandInputs(pos)
	if err != nil {
		printf(stderr, "annex check: %v\n", err)
		return exitUsage
	}
	defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	reports := checkAll(inputs, stdin, lim, max(1, *jobs))
	sum := checkSummary{Files: reports}
	for _, r := range reports {
		switch {
		case !r.OK:
			sum.Failed++
		case len(r.Warnings) > 0:
			sum.WithWarnings++
			sum.Parsed++
		default:
			sum.Parsed++
		}
	}
	switch {
	case sum.Failed > 0:
		sum.Exit = exitInput
	case *strict && sum.WithWarnings > 0:
		sum.Exit = exitWarnings
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(sum); err != nil {
			return exitInput
		}
		return sum.Exit
	}
	for _, r := range reports {
		if !r.OK {
			printf(stdout, "FAIL %s: %s\n", r.File, r.Error)
			continue
		}
		printf(stdout, "ok   %s: %d sections, %d tasks, %d warnings\n", r.File,
			r.Items[string(model.KindSection)]+r.Items[string(model.KindPart)]+r.Items[string(model.KindSubsection)],
			r.Items[string(model.KindTask)], len(r.Warnings))
		for _, w := range r.Warnings {
			printf(stdout, "     %s:%d:%d: warning: %s\n", r.File, w.Page, w.Line, w.Message)
		}
	}
	printf(stdout, "%d parsed (%d with warnings), %d failed\n", sum.Parsed, sum.WithWarnings, sum.Failed)
	return sum.Exit
}

// checkAll parses every input with a pool of workers; reports come back in
// input order.
func checkAll(inputs []inputFile, stdin io.Reader, lim limits, jobs int) []checkReport {
	reports := make([]checkReport, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				reports[i] = checkOne(inputs[i], stdin, lim)
			}
		}()
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return reports
}

func checkOne(in inputFile, stdin io.Reader, lim limits) checkReport {
	r := checkReport{File: displayName(in.path), Warnings: []model.Warning{}}
	p, _, err := readPlanLimited(context.Background(), in.path, stdin, lim)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.OK = true
	r.Items = map[string]int{}
	for k, n := range p.CountItems() {
		r.Items[string(k)] = n
	}
	r.Warnings = append(r.Warnings, p.Warnings...)
	return r
}
