package parser

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// ANNEX_DUMP=file ANNEX_ROW=lineNo ANNEX_CUTS="0,4,8,..." evaluates a given cut.
func TestDebugCut(t *testing.T) {
	f := os.Getenv("ANNEX_DUMP")
	rowAt, _ := strconv.Atoi(os.Getenv("ANNEX_ROW"))
	if f == "" || rowAt == 0 {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, _ := scanDocument(readLines(data))
	tb := newTable(doc)
	tb.learnWidths()
	for _, r := range doc.rows {
		if r.at.num != rowAt {
			continue
		}
		in := &passInput{final: true}
		for _, l := range r.lines {
			in.lines = append(in.lines, makePiece(l.text, l))
		}
		var cuts []int
		for _, c := range strings.Split(os.Getenv("ANNEX_CUTS"), ",") {
			n, _ := strconv.Atoi(c)
			cuts = append(cuts, n)
		}
		total := 0.0
		for c := 0; c+1 < len(cuts); c++ {
			if cuts[c] == cuts[c+1] {
				total += emptyCost(tb.sp.cols[c].role)
				continue
			}
			ev := blockEval{sp: &tb.sp, in: in, c: c, start: cut{cuts[c], 0}, next: cuts[c]}
			v := ev.costTo(cut{cuts[c+1], 0})
			fmt.Printf("col %d lines %d-%d cost %.2f\n", c, cuts[c], cuts[c+1], v)
			total += v
		}
		res := tb.sp.solvePass(in)
		fmt.Printf("total %.2f; solver %.2f\n", total, res.cost)
		for _, b := range res.blocksTo(res.final, len(res.cuts)-1) {
			fmt.Println(b)
		}
	}
}

func TestDebugPieces(t *testing.T) {
	f := os.Getenv("ANNEX_DUMP")
	rowAt, _ := strconv.Atoi(os.Getenv("ANNEX_ROW"))
	col, _ := strconv.Atoi(os.Getenv("ANNEX_COL"))
	if f == "" || rowAt == 0 {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, _ := scanDocument(readLines(data))
	tb := newTable(doc)
	tb.learnWidths()
	for _, r := range doc.rows {
		if r.at.num != rowAt {
			continue
		}
		in := &passInput{final: true}
		var prev *piece
		for _, l := range r.lines {
			p := makePiece(l.text, l)
			in.lines = append(in.lines, p)
			fmt.Printf("%6.2f %5d %s\n", tb.sp.pieceCost(in, col, prev, &p), p.w, p.text)
			prev = &p
		}
	}
}

func TestDebugImplicit(t *testing.T) {
	f := os.Getenv("ANNEX_DUMP")
	rowAt, _ := strconv.Atoi(os.Getenv("ANNEX_ROW"))
	at, _ := strconv.Atoi(os.Getenv("ANNEX_AT"))
	if f == "" || rowAt == 0 {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, _ := scanDocument(readLines(data))
	tb := newTable(doc)
	tb.learnWidths()
	for _, r := range doc.rows {
		if r.at.num != rowAt {
			continue
		}
		in := &passInput{final: true}
		for _, l := range r.lines {
			in.lines = append(in.lines, makePiece(l.text, l))
		}
		res := tb.sp.solvePass(in)
		C := len(tb.sp.cols)
		first := place(res.blocksTo(C-1, at), res.in)
		prev := make([]*piece, C)
		counts := make([]int, C)
		for _, b := range first {
			ps := materialize(b, b.in)
			last := ps[len(ps)-1]
			prev[b.col], counts[b.col] = &last, len(ps)
		}
		fmt.Println("pass0 cost", res.dp[C][at], counts)
		in2 := &passInput{lines: in.lines[at:], later: true, final: true, prev: prev, prevCount: counts}
		r2 := tb.sp.solvePass(in2)
		fmt.Println("pass1 unsplit", r2.cost)
		for _, b := range r2.blocksTo(r2.final, len(r2.cuts)-1) {
			fmt.Println(b, materialize(placedBlock{b, in2}, in2)[0].text)
		}
		r3 := tb.splitFused(r2)
		fmt.Println("pass1 split", r3.cost)
		for _, b := range r3.blocksTo(r3.final, len(r3.cuts)-1) {
			fmt.Println(b, materialize(placedBlock{b, r3.in}, r3.in)[0].text)
		}
	}
}

func TestDebugPass1(t *testing.T) {
	f := os.Getenv("ANNEX_DUMP")
	rowAt, _ := strconv.Atoi(os.Getenv("ANNEX_ROW"))
	if f == "" || rowAt == 0 {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	doc, _ := scanDocument(readLines(data))
	tb := newTable(doc)
	tb.learnWidths()
	for _, r := range doc.rows {
		if r.at.num != rowAt {
			continue
		}
		C := len(tb.sp.cols)
		in := &passInput{}
		for _, l := range r.lines[:r.breaks[0]] {
			in.lines = append(in.lines, makePiece(l.text, l))
		}
		res := tb.sp.solvePass(in)
		prev := make([]*piece, C)
		counts := make([]int, C)
		for _, b := range place(res.blocksTo(res.final, len(res.cuts)-1), in) {
			ps := materialize(b, b.in)
			last := ps[len(ps)-1]
			prev[b.col], counts[b.col] = &last, len(ps)
		}
		in2 := &passInput{later: true, final: true, prev: prev, prevCount: counts}
		for _, l := range r.lines[r.breaks[0]:] {
			in2.lines = append(in2.lines, makePiece(l.text, l))
		}
		var cuts []int
		for _, c := range strings.Split(os.Getenv("ANNEX_CUTS"), ",") {
			n, _ := strconv.Atoi(c)
			cuts = append(cuts, n)
		}
		for c := 0; c+1 < len(cuts); c++ {
			if cuts[c] == cuts[c+1] {
				continue
			}
			ev := blockEval{sp: &tb.sp, in: in2, c: c, start: cut{cuts[c], 0}, next: cuts[c]}
			fmt.Printf("col %d lines %d-%d cost %.2f\n", c, cuts[c], cuts[c+1], ev.costTo(cut{cuts[c+1], 0}))
		}
		fmt.Println("skip", tb.sp.skipCost(in2, 0, C))
	}
}
