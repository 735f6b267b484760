package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"annex/model"
)

// result is what became of one input.
type result struct {
	in       inputFile
	items    int // the plan itself is not kept: memory stays that of the largest file
	err      error
	written  []string
	warnings int
}

// limits bound what one file may cost.
type limits struct {
	maxSize  int64
	maxPages int
	timeout  time.Duration
}

// readPlanLimited reads and parses one input within the limits.
func readPlanLimited(ctx context.Context, path string, stdin io.Reader, lim limits) (*model.Plan, bool, error) {
	type out struct {
		p      *model.Plan
		parsed bool
		err    error
	}
	ch := make(chan out, 1)
	go func() {
		p, parsed, err := readPlanWith(path, stdin, lim)
		ch <- out{p, parsed, err}
	}()
	timer := time.NewTimer(lim.timeout)
	defer timer.Stop()
	select {
	case o := <-ch:
		return o.p, o.parsed, o.err
	case <-timer.C:
		return nil, false, fmt.Errorf("took longer than %v (see --timeout)", lim.timeout)
	case <-ctx.Done():
		return nil, false, ctx.Err()
	}
}

// batch converts many inputs with a pool of workers. Each output is written
// to a temporary file and renamed, so an interrupted batch leaves only
// whole files.
type batch struct {
	opts    convertOptions
	formats []string
	lim     limits
	stderr  io.Writer
	tty     bool
}

func (b *batch) outputs(in inputFile) []string {
	var out []string
	for _, f := range b.formats {
		out = append(out, filepath.Join(b.opts.outdir, in.rel+"."+f))
	}
	return out
}

func (b *batch) convert(ctx context.Context, in inputFile, stdin io.Reader) result {
	r := result{in: in}
	p, _, err := readPlanLimited(ctx, in.path, stdin, b.lim)
	if err != nil {
		r.err = err
		return r
	}
	r.items, r.warnings = countItems(p), len(p.Warnings)
	for i, f := range b.formats {
		data, err := encode(p, convertOptions{format: f, noStatus: b.opts.noStatus})
		if err != nil {
			r.err = err
			return r
		}
		path := b.outputs(in)[i]
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			r.err = err
			return r
		}
		if ctx.Err() != nil {
			r.err = ctx.Err()
			return r
		}
		if err := writeFileAtomic(path, data); err != nil {
			r.err = err
			return r
		}
		r.written = append(r.written, path)
	}
	return r
}

// batchGCPercent is the garbage collector's target during a batch. Parsing
// one annex allocates a few megabytes that die with it; letting the heap
// grow further between collections costs some tens of megabytes and saves
// a good share of the CPU the collector would take.
const batchGCPercent = 200

// run converts every input and returns the exit status.
func (b *batch) run(inputs []inputFile, stdin io.Reader) int {
	defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent))
	if err := checkCollisions(b, inputs); err != nil {
		printf(b.stderr, "annex convert: %v\n", err)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	jobs := make(chan inputFile)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < max(1, b.opts.jobs); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for in := range jobs {
				results <- b.convert(ctx, in, stdin)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, in := range inputs {
			select {
			case jobs <- in:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()
	prog := newProgress(b.stderr, len(inputs), b.tty, b.opts.quiet)
	var done []result
	for r := range results {
		done = append(done, r)
		prog.report(r)
	}
	prog.finish()
	return b.summary(done, len(inputs), ctx.Err() != nil)
}

func (b *batch) summary(done []result, total int, interrupted bool) int {
	converted, warned, failed := 0, 0, 0
	sort.Slice(done, func(i, j int) bool { return done[i].in.path < done[j].in.path })
	for _, r := range done {
		switch {
		case errors.Is(r.err, context.Canceled):
			// stopped by the interrupt: not converted, not failed
		case r.err != nil:
			failed++
		case r.warnings > 0:
			warned++
			converted++
		default:
			converted++
		}
	}
	if interrupted {
		printf(b.stderr, "annex: interrupted: %d converted, %d failed, %d not converted; no partial file was left\n",
			converted, failed, total-converted-failed)
		return exitInterrupted
	}
	if !b.opts.quiet || failed > 0 {
		printf(b.stderr, "annex: %d converted (%d with warnings), %d failed, of %d\n", converted, warned, failed, total)
	}
	if failed > 0 {
		return exitInput
	}
	return exitOK
}

// exitInterrupted is the status after Ctrl-C, as shells report SIGINT.
const exitInterrupted = 130

// checkCollisions refuses two inputs that would write the same output.
func checkCollisions(b *batch, inputs []inputFile) error {
	seen := map[string]string{}
	for _, in := range inputs {
		for _, o := range b.outputs(in) {
			if prev, ok := seen[o]; ok {
				return fmt.Errorf("%s and %s would both write %s", prev, in.path, o)
			}
			seen[o] = in.path
			if in.path != "-" && sameFile(in.path, o) {
				return fmt.Errorf("%s: refusing to write an output over its input", o)
			}
		}
	}
	return nil
}

// progress reports a batch: a bar on a terminal, a line a file otherwise.
type progress struct {
	w          io.Writer
	total, n   int
	tty, quiet bool
	start      time.Time
}

func newProgress(w io.Writer, total int, tty, quiet bool) *progress {
	return &progress{w: w, total: total, tty: tty, quiet: quiet, start: time.Now()}
}

// barWidth is the width of the progress bar in characters.
const barWidth = 30

func (p *progress) report(r result) {
	p.n++
	if errors.Is(r.err, context.Canceled) {
		return
	}
	if p.quiet {
		if r.err != nil {
			printf(p.w, "annex: %s: %v\n", r.in.path, r.err)
		}
		return
	}
	if !p.tty {
		switch {
		case r.err != nil:
			printf(p.w, "FAIL %s: %v\n", r.in.path, r.err)
		default:
			printf(p.w, "ok   %s -> %s (%d items, %d warnings)\n", r.in.path, strings.Join(r.written, ", "), r.items, r.warnings)
		}
		return
	}
	if r.err != nil {
		printf(p.w, "\r\033[KFAIL %s: %v\n", r.in.path, r.err)
	}
	elapsed := time.Since(p.start)
	rate := float64(p.n) / elapsed.Seconds()
	eta := time.Duration(float64(p.total-p.n)/rate) * time.Second
	filled := barWidth * p.n / p.total
	printf(p.w, "\r\033[K[%s%s] %d/%d %.0f files/s ETA %v %s", strings.Repeat("#", filled), strings.Repeat(" ", barWidth-filled),
		p.n, p.total, rate, eta.Round(time.Second), filepath.Base(r.in.path))
}

func (p *progress) finish() {
	if p.tty && !p.quiet {
		printf(p.w, "\n")
	}
}

func countItems(p *model.Plan) int {
	if p == nil {
		return 0
	}
	n := 0
	for _, c := range p.CountItems() {
		n += c
	}
	return n
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
