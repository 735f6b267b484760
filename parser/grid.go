package parser

import (
	"math"
	"sort"

	"annex/parser/pdfread"
)

// ruleLine is one horizontal or vertical position with the stretches of
// the other axis that rules cover there.
type ruleLine struct {
	pos   float64
	spans [][2]float64
}

// covers reports whether the rule line covers v (with tolerance).
func (r ruleLine) covers(v float64) bool {
	for _, s := range r.spans {
		if v >= s[0]-ruleJoin && v <= s[1]+ruleJoin {
			return true
		}
	}
	return false
}

// Rule tolerances in points: rules closer than ruleMerge are one rule
// (borders are drawn once per cell and doubled where cells meet), and gaps
// shorter than ruleJoin along a rule are closed.
const (
	ruleMerge = 2.0
	ruleJoin  = 2.0
)

// grid is a page's table as its rules draw it.
type grid struct {
	vs          []ruleLine // vertical rules by x
	hs          []ruleLine // horizontal rules by y
	rows        []float64  // row boundaries, top to bottom
	left, right float64
}

// buildGrid collects a page's rules into a grid, or reports that the page
// has too few rules to be a ruled table.
func buildGrid(rules []pdfread.Rule) (grid, bool) {
	var g grid
	var hraw, vraw []pdfread.Rule
	for _, r := range rules {
		if r.Vertical() {
			vraw = append(vraw, r)
		} else {
			hraw = append(hraw, r)
		}
	}
	g.vs = mergeRules(vraw, true)
	g.hs = mergeRules(hraw, false)
	if len(g.vs) < minTableColumns+1 || len(g.hs) < 2 {
		return g, false
	}
	g.left, g.right = g.vs[0].pos, g.vs[len(g.vs)-1].pos
	// Row boundaries are the horizontal rules that cross the first column:
	// a rule under a cell merged down over several rows (rowspan) stops
	// short of it in that column only.
	firstMid := (g.vs[0].pos + g.vs[1].pos) / 2
	for _, h := range g.hs {
		if h.covers(firstMid) {
			g.rows = append(g.rows, h.pos)
		}
	}
	// A row cut by a page break may have no rule at the page's edge: the
	// vertical rules' ends close it.
	top, bottom := math.Inf(1), math.Inf(-1)
	for _, v := range g.vs {
		top, bottom = math.Min(top, v.spans[0][0]), math.Max(bottom, v.spans[len(v.spans)-1][1])
	}
	if len(g.rows) > 0 && top < g.rows[0]-rowEdgeGap {
		g.rows = append([]float64{top}, g.rows...)
	}
	if n := len(g.rows); n > 0 && bottom > g.rows[n-1]+rowEdgeGap {
		g.rows = append(g.rows, bottom)
	}
	return g, len(g.rows) >= 2
}

// rowEdgeGap: vertical rules reaching this far past the outermost row rule
// mean a row open at the page's edge.
const rowEdgeGap = 4.0

// minTableColumns is the fewest columns a ruled annex table has (number,
// content, lead).
const minTableColumns = 3

func mergeRules(rs []pdfread.Rule, vertical bool) []ruleLine {
	pos := func(r pdfread.Rule) float64 {
		if vertical {
			return (r.X0 + r.X1) / 2
		}
		return (r.Y0 + r.Y1) / 2
	}
	span := func(r pdfread.Rule) [2]float64 {
		if vertical {
			return [2]float64{r.Y0, r.Y1}
		}
		return [2]float64{r.X0, r.X1}
	}
	sort.Slice(rs, func(i, j int) bool { return pos(rs[i]) < pos(rs[j]) })
	var out []ruleLine
	for _, r := range rs {
		p := pos(r)
		if n := len(out); n > 0 && p-out[n-1].pos <= ruleMerge {
			out[n-1].spans = append(out[n-1].spans, span(r))
			continue
		}
		out = append(out, ruleLine{pos: p, spans: [][2]float64{span(r)}})
	}
	for i := range out {
		out[i].spans = unionSpans(out[i].spans)
	}
	return out
}

func unionSpans(ss [][2]float64) [][2]float64 {
	sort.Slice(ss, func(i, j int) bool { return ss[i][0] < ss[j][0] })
	var out [][2]float64
	for _, s := range ss {
		if n := len(out); n > 0 && s[0] <= out[n-1][1]+ruleJoin {
			out[n-1][1] = math.Max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// boundaries returns the x of the vertical rules that cross the band
// between y0 and y1: the cell edges of that row, where merged cells have
// fewer.
func (g grid) boundaries(y0, y1 float64) []float64 {
	mid := (y0 + y1) / 2
	var out []float64
	for _, v := range g.vs {
		if v.covers(mid) {
			out = append(out, v.pos)
		}
	}
	return out
}
