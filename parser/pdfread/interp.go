package pdfread

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation [a b 0; c d 0; e f 1].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m, then n).
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// textState is the part of the graphics state that text showing reads.
type textState struct {
	ctm                     matrix
	tc, tw, th, tl, ts, tfs float64
	font                    *font
}

// interpreter runs one page's content stream.
type interpreter struct {
	page    pdf.Page
	height  float64
	fonts   map[string]*font
	gs      textState
	stack   []textState
	tm, tlm matrix
	glyphs  []Glyph
	rules   []Rule
	path    []segment
	cx, cy  float64 // current point, user space
	sx, sy  float64 // start of the current subpath
}

type segment struct{ x0, y0, x1, y1 float64 } // device space, y up

func newInterpreter(p pdf.Page, height float64) *interpreter {
	return &interpreter{page: p, height: height, fonts: map[string]*font{},
		gs: textState{ctm: identity, th: 1}, tm: identity, tlm: identity}
}

func (in *interpreter) font(name string) *font {
	if f, ok := in.fonts[name]; ok {
		return f
	}
	f := newFont(in.page.Resources().Key("Font").Key(name))
	in.fonts[name] = f
	return f
}

func floats(args []pdf.Value) []float64 {
	out := make([]float64, len(args))
	for i, a := range args {
		out[i] = a.Float64()
	}
	return out
}

func (in *interpreter) run(contents pdf.Value) {
	pdf.Interpret(contents, func(stk *pdf.Stack, op string) {
		args := popAll(stk)
		in.do(op, args)
	})
}

// do executes one operator; operators with the wrong operands are skipped.
func (in *interpreter) do(op string, args []pdf.Value) {
	n := floats(args)
	switch op {
	case "q":
		in.stack = append(in.stack, in.gs)
	case "Q":
		if k := len(in.stack); k > 0 {
			in.gs, in.stack = in.stack[k-1], in.stack[:k-1]
		}
	case "cm":
		if len(n) == 6 {
			in.gs.ctm = matrix(n[:6]).mul(in.gs.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		if len(n) == 1 {
			in.gs.tc = n[0]
		}
	case "Tw":
		if len(n) == 1 {
			in.gs.tw = n[0]
		}
	case "Tz":
		if len(n) == 1 {
			in.gs.th = n[0] / 100
		}
	case "TL":
		if len(n) == 1 {
			in.gs.tl = n[0]
		}
	case "Ts":
		if len(n) == 1 {
			in.gs.ts = n[0]
		}
	case "Tf":
		if len(args) == 2 {
			in.gs.font, in.gs.tfs = in.font(args[0].Name()), n[1]
		}
	case "Td":
		if len(n) == 2 {
			in.tlm = translate(n[0], n[1]).mul(in.tlm)
			in.tm = in.tlm
		}
	case "TD":
		if len(n) == 2 {
			in.gs.tl = -n[1]
			in.tlm = translate(n[0], n[1]).mul(in.tlm)
			in.tm = in.tlm
		}
	case "Tm":
		if len(n) == 6 {
			in.tm, in.tlm = matrix(n[:6]), matrix(n[:6])
		}
	case "T*":
		in.nextLine()
	case "Tj":
		if len(args) == 1 {
			in.show(args[0].RawString())
		}
	case "'":
		if len(args) == 1 {
			in.nextLine()
			in.show(args[0].RawString())
		}
	case "\"":
		if len(args) == 3 {
			in.gs.tw, in.gs.tc = n[0], n[1]
			in.nextLine()
			in.show(args[2].RawString())
		}
	case "TJ":
		if len(args) == 1 {
			in.showArray(args[0])
		}
	default:
		in.doPath(op, n)
	}
}

func (in *interpreter) nextLine() {
	in.tlm = translate(0, -in.gs.tl).mul(in.tlm)
	in.tm = in.tlm
}

func (in *interpreter) showArray(a pdf.Value) {
	for i := 0; i < a.Len(); i++ {
		v := a.Index(i)
		if v.Kind() == pdf.String {
			in.show(v.RawString())
			continue
		}
		tx := -v.Float64() / 1000 * in.gs.tfs * in.gs.th
		in.tm = translate(tx, 0).mul(in.tm)
	}
}

// show draws a string: one glyph per character code, advancing the text
// matrix by the code's width plus character and word spacing.
func (in *interpreter) show(s string) {
	f := in.gs.font
	if f == nil {
		return
	}
	g := in.gs
	for _, c := range f.decode(s) {
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.ts}.mul(in.tm).mul(g.ctm)
		x, y := trm[4], trm[5]
		w := c.width / 1000 * g.tfs * g.th
		dev := in.tm.mul(g.ctm)
		in.glyphs = append(in.glyphs, Glyph{
			X: x, Y: in.height - y, W: w * math.Hypot(dev[0], dev[1]),
			Size: math.Hypot(trm[2], trm[3]), Text: c.text, Font: f.name,
		})
		adv := c.width/1000*g.tfs + g.tc
		if c.bytes == 1 && c.code == 32 {
			adv += g.tw
		}
		in.tm = translate(adv*g.th, 0).mul(in.tm)
	}
}

// Rules. A table border is drawn as a stroked line or as a thin filled
// rectangle; anything thicker than maxRuleThickness is a shaded area, not a
// rule.
const (
	maxRuleThickness = 2.5
	minRuleLength    = 3.0
)

func (in *interpreter) doPath(op string, n []float64) {
	switch op {
	case "m":
		if len(n) == 2 {
			in.cx, in.cy, in.sx, in.sy = n[0], n[1], n[0], n[1]
		}
	case "l":
		if len(n) == 2 {
			in.addSegment(in.cx, in.cy, n[0], n[1])
			in.cx, in.cy = n[0], n[1]
		}
	case "h":
		in.addSegment(in.cx, in.cy, in.sx, in.sy)
		in.cx, in.cy = in.sx, in.sy
	case "re":
		if len(n) == 4 {
			x, y, w, h := n[0], n[1], n[2], n[3]
			in.addSegment(x, y, x+w, y)
			in.addSegment(x+w, y, x+w, y+h)
			in.addSegment(x+w, y+h, x, y+h)
			in.addSegment(x, y+h, x, y)
			in.cx, in.cy = x, y
		}
	case "S", "s", "B", "B*", "b", "b*":
		in.strokePath()
	case "f", "F", "f*":
		in.fillPath()
	case "n":
		in.path = in.path[:0]
	}
}

func (in *interpreter) addSegment(x0, y0, x1, y1 float64) {
	ax, ay := in.gs.ctm.apply(x0, y0)
	bx, by := in.gs.ctm.apply(x1, y1)
	in.path = append(in.path, segment{ax, ay, bx, by})
}

// strokePath keeps the horizontal and vertical segments of a stroked path.
func (in *interpreter) strokePath() {
	for _, s := range in.path {
		in.addRule(s.x0, s.y0, s.x1, s.y1)
	}
	in.path = in.path[:0]
}

// fillPath keeps a filled path that is a thin rectangle, as a rule along
// its length.
func (in *interpreter) fillPath() {
	defer func() { in.path = in.path[:0] }()
	if len(in.path) != 4 {
		return
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, s := range in.path {
		x0, x1 = math.Min(x0, math.Min(s.x0, s.x1)), math.Max(x1, math.Max(s.x0, s.x1))
		y0, y1 = math.Min(y0, math.Min(s.y0, s.y1)), math.Max(y1, math.Max(s.y0, s.y1))
	}
	switch {
	case y1-y0 <= maxRuleThickness && x1-x0 >= minRuleLength:
		in.addRule(x0, (y0+y1)/2, x1, (y0+y1)/2)
	case x1-x0 <= maxRuleThickness && y1-y0 >= minRuleLength:
		in.addRule((x0+x1)/2, y0, (x0+x1)/2, y1)
	}
}

// addRule records an axis-parallel segment given in device space (y up).
func (in *interpreter) addRule(x0, y0, x1, y1 float64) {
	const tilt = 0.5
	switch {
	case math.Abs(y1-y0) <= tilt && math.Abs(x1-x0) >= minRuleLength:
		in.rules = append(in.rules, Rule{math.Min(x0, x1), in.height - y0, math.Max(x0, x1), in.height - y0})
	case math.Abs(x1-x0) <= tilt && math.Abs(y1-y0) >= minRuleLength:
		in.rules = append(in.rules, Rule{x0, in.height - math.Max(y0, y1), x0, in.height - math.Min(y0, y1)})
	}
}
