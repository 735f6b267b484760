package parser

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestTiming(t *testing.T) {
	if os.Getenv("ANNEX_TIMING") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile("../seeds/000_a1139260fa9e1465.txt")
	const N = 200
	var tRead, tScan, tTable, tLearn, tBuild, tVerify time.Duration
	for i := 0; i < N; i++ {
		t0 := time.Now()
		ls := readLines(data)
		t1 := time.Now()
		doc, _ := scanDocument(ls)
		t2 := time.Now()
		tb := newTable(doc)
		t3 := time.Now()
		tb.learnWidths()
		t4 := time.Now()
		p := buildPlan(doc, tb)
		t5 := time.Now()
		verifyText(doc.body, p)
		t6 := time.Now()
		tRead += t1.Sub(t0)
		tScan += t2.Sub(t1)
		tTable += t3.Sub(t2)
		tLearn += t4.Sub(t3)
		tBuild += t5.Sub(t4)
		tVerify += t6.Sub(t5)
	}
	fmt.Println("rounds", func() int {
		d, _ := scanDocument(readLines(data))
		tb := newTable(d)
		tb.learnWidths()
		return tb.rounds
	}())
	fmt.Println("read", tRead/N, "scan", tScan/N, "table", tTable/N, "learn", tLearn/N, "build", tBuild/N, "verify", tVerify/N)
}

func TestWantsMore(t *testing.T) {
	if os.Getenv("ANNEX_TIMING") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile("../seeds/000_a1139260fa9e1465.txt")
	doc, _ := scanDocument(readLines(data))
	tb := newTable(doc)
	tb.learnWidths()
	n := 0
	for r, q := range tb.quick {
		if q.notes.wantsMore {
			n++
			fmt.Println("wants more:", r.path, q.notes.cost, len(r.breaks))
		}
	}
	fmt.Println(n, "of", len(tb.quick))
}

func BenchmarkLearn(b *testing.B) {
	data, _ := os.ReadFile("../seeds/000_a1139260fa9e1465.txt")
	doc, _ := scanDocument(readLines(data))
	for b.Loop() {
		tb := newTable(doc)
		tb.learnWidths()
	}
}
