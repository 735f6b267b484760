package parser

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"annex/model"
)

// FuzzParse feeds the text parser arbitrary input, seeded with every text
// file of the corpus. The parser must not panic, must not invent text (every
// character of the output is in the input), must write NFC text without
// surrounding spaces, and its JSON must read back unchanged.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/corpus/*/*.txt")
	seeds = append(seeds, "../seeds/000_a1139260fa9e1465.txt")
	addFileSeeds(f, seeds)
	f.Add([]byte(fixtureHeader + "1\nNội dung\nSở\n2025\n"))
	clock := newSeedClock(seeds, func(data []byte) { ParseText("seed.txt", data) })
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ok := parseTimed(t, data, clock, func() (*model.Plan, error) { return ParseText("fuzz.txt", data) })
		if ok {
			checkNoInventedText(t, data, p)
			checkTextForm(t, p)
			checkJSONRoundTrip(t, p)
		}
	})
}

// addFileSeeds adds each file's contents to the fuzzer's seed corpus.
func addFileSeeds(f *testing.F, paths []string) {
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// maxFuzzParseTime bounds one parse: the corpus files take milliseconds
// to a second (the seed's 35 kB of portrait column-aligned text, whose
// rows are read again with the columns shifted six ways), and fuzzing runs
// them two to three times slower (coverage counters, two workers on two
// cores), so a mutant that takes three seconds may have found a slow
// path. The bound is for an input of fuzzParseTimeBytes; a longer mutant
// gets it in proportion, since a parse's time grows with the rows it
// reads. A parse over the bound is then held to the target's largest
// seed, timed in the same process (seedClock): only one slowPathFactor
// times slower per byte has found a slow path. (The bound alone failed CI
// twice on mutants of the portrait text: at one second,
// testdata/fuzz/FuzzParseLayout/569ca589adec6aa0; at three, a 35,000-byte
// mutant took 3.22 s, as the unmutated file does under a busy fuzzer.)
const (
	maxFuzzParseTime   = 3 * time.Second
	fuzzParseTimeBytes = 32 << 10
	slowPathFactor     = 3
)

// fuzzParseLimit is maxFuzzParseTime for an input of n bytes.
func fuzzParseLimit(n int) time.Duration {
	return max(maxFuzzParseTime, time.Duration(int64(maxFuzzParseTime)*int64(n)/fuzzParseTimeBytes))
}

// seedClock times a fuzz target's parse of its largest seed, once per
// process and only when first asked (a parse over fuzzParseLimit): the
// yardstick for how long a mutant of that size may take where the fuzzer
// runs, whatever its instrumentation and load.
type seedClock struct {
	once    sync.Once
	paths   []string
	parse   func([]byte)
	perByte float64 // nanoseconds per byte of the largest seed
}

// newSeedClock is a clock for a target whose seeds are the files paths,
// each parsed by parse. Where the target fuzzes (fuzzing), the largest
// seed is timed at once, before any input runs: timed when a slow input
// first asks, its parse ran inside that input's time, and the fuzzing
// worker gives each input ten seconds before it takes the process for
// hung and kills it. The largest seed itself, 35 kB of portrait column-
// aligned text, is such an input: on a machine where it took 1.2 s
// without the coverage counters, its parse and the clock's together
// overran the ten seconds about once in thirty baseline runs ("fuzzing
// process hung or terminated unexpectedly: exit status 2" on seed#20).
func newSeedClock(paths []string, parse func([]byte)) *seedClock {
	c := &seedClock{paths: paths, parse: parse}
	if fuzzing() {
		c.limit(0)
	}
	return c
}

// fuzzing reports whether this test process fuzzes (go test -fuzz), as
// the coordinator or a worker, rather than running the seeds as tests.
func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// limit is slowPathFactor times what the largest seed took per byte, for
// an input of n bytes (0: no seed to time).
func (c *seedClock) limit(n int) time.Duration {
	c.once.Do(func() {
		data := largestFile(c.paths)
		if len(data) == 0 {
			return
		}
		start := time.Now()
		c.parse(data)
		c.perByte = float64(time.Since(start)) / float64(len(data))
	})
	return time.Duration(slowPathFactor * c.perByte * float64(n))
}

// largestFile returns the contents of the longest of the files paths.
func largestFile(paths []string) []byte {
	var out []byte
	for _, path := range paths {
		if data, err := os.ReadFile(path); err == nil && len(data) > len(out) {
			out = data
		}
	}
	return out
}

func checkNoInventedText(t *testing.T, data []byte, p *model.Plan) {
	have := map[rune]int{}
	for _, r := range norm.NFC.String(string(data)) {
		have[r]++
	}
	take := func(s string) {
		for _, r := range s {
			if unicode.IsSpace(r) {
				continue
			}
			if have[r]--; have[r] < 0 {
				t.Fatalf("output has more %q than the input: %q", r, s)
			}
		}
	}
	take(p.Appendix + p.Title + p.Subtitle)
	p.Walk(func(it *model.Item, _ []*model.Item) {
		take(it.Number + it.Title)
		for _, c := range it.Cells {
			take(c.Text)
		}
	})
}

func checkTextForm(t *testing.T, p *model.Plan) {
	p.Walk(func(it *model.Item, _ []*model.Item) {
		texts := []string{it.Number, it.Title}
		for _, c := range it.Cells {
			texts = append(texts, c.Text)
		}
		for _, s := range texts {
			if !norm.NFC.IsNormalString(s) || strings.TrimSpace(s) != s {
				t.Fatalf("text not NFC or not trimmed: %q", s)
			}
		}
		if it.Number == "" || it.Source.Line == 0 {
			t.Fatalf("item without number or position: %+v", it)
		}
	})
}

func checkJSONRoundTrip(t *testing.T, p *model.Plan) {
	a, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back model.Plan
	if err := json.Unmarshal(a, &back); err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(&back)
	if string(a) != string(b) {
		t.Fatalf("JSON round trip changed the plan")
	}
}

// FuzzParsePDF feeds the PDF path mutated corpus PDFs. Panics inside the
// PDF library are turned into errors; any other panic, invented text, or
// text not in NFC fails.
func FuzzParsePDF(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/corpus/*/*.pdf")
	more, _ := filepath.Glob("../testdata/pdf/*.pdf")
	seeds = append(seeds, more...)
	addFileSeeds(f, seeds)
	clock := newSeedClock(seeds, func(data []byte) { ParsePDF("seed.pdf", data) })
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ok := parseTimed(t, data, clock, func() (*model.Plan, error) { return ParsePDF("fuzz.pdf", data) })
		if ok {
			checkTextForm(t, p)
			checkJSONRoundTrip(t, p)
		}
	})
}

// FuzzParseLayout feeds the column-aligned text path its corpus files,
// mutated: no panic, no invented text, NFC output, stable JSON.
func FuzzParseLayout(f *testing.F) {
	seeds, _ := filepath.Glob("../testdata/corpus/*/*.layout.txt")
	addFileSeeds(f, seeds)
	clock := newSeedClock(seeds, func(data []byte) { ParseLayoutText("seed.txt", data) })
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ok := parseTimed(t, data, clock, func() (*model.Plan, error) { return ParseLayoutText("fuzz.txt", data) })
		if ok {
			checkNoInventedText(t, data, p)
			checkTextForm(t, p)
			checkJSONRoundTrip(t, p)
		}
	})
}

// parseTimed runs a parse, failing on a panic turned into an error or on a
// slow parse (over fuzzParseLimit and over what the clock's seed says),
// and reports whether it gave a plan.
func parseTimed(t *testing.T, data []byte, clock *seedClock, parse func() (*model.Plan, error)) (*model.Plan, bool) {
	start := time.Now()
	p, err := parse()
	if d := time.Since(start); d > fuzzParseLimit(len(data)) && d > clock.limit(len(data)) {
		t.Fatalf("parsing %d bytes took %v (the largest seed, timed here: %v per kB)", len(data), d,
			time.Duration(clock.perByte*1024))
	}
	if err != nil {
		if strings.Contains(err.Error(), "internal error") {
			t.Fatalf("panic inside the parser: %v", err)
		}
		return nil, false
	}
	return p, true
}
