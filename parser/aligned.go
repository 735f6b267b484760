package parser

import (
	"unicode"
	"unicode/utf8"
)

// Column-aligned text cuts a line's words into runs at gaps of two spaces
// or more: a run is one cell's text, or several cells' run on (see
// layoutrow.go for how a run is read into columns).

// Tolerances in characters.
const (
	segmentGap     = 2.0 // a gap this wide separates two cells' text on a line
	alignTolerance = 2.0 // starts this close are aligned
)

// segment is a run of a line's words with no wide gap, by word index.
type segment struct {
	from, to int // words [from, to)
	x0, x1   float64
}

// runsOn reports whether word j of ws stands one space after the word
// before it (closer than segmentGap): in one run of words, which one cell's
// text makes, or two cells' texts run on.
func runsOn(ws []word, j int) bool { return j > 0 && ws[j].x0-ws[j-1].x1 < segmentGap }

func lineSegments(ws []word) []segment {
	var out []segment
	for i, w := range ws {
		if n := len(out); n > 0 && runsOn(ws, i) {
			out[n-1].to, out[n-1].x1 = i+1, w.x1
			continue
		}
		out = append(out, segment{from: i, to: i + 1, x0: w.x0, x1: w.x1})
	}
	return out
}

func wordsText(ws []word) string {
	return textLine{words: ws}.text()
}

// glueReach is how many characters from a column boundary a glued word's
// seam may stand (unglue).
const glueReach = alignTolerance

// unglueLines returns the lines with their glued words parted (unglue) at
// the column boundaries xs.
func unglueLines(ls []textLine, xs []float64) []textLine {
	out, copied := ls, false
	for i, l := range ls {
		ws := unglue(l.words, xs)
		if len(ws) == len(l.words) {
			continue
		}
		if !copied {
			out, copied = append([]textLine(nil), ls...), true // the caller's lines stay as they are
		}
		out[i].words = ws
	}
	return out
}

// unglue parts the words of a column-aligned line that pdftotext set
// with no space between two cells' texts ("Sở Xây dựngCác sở, ban"): a
// word whose lowercase letters or digits run into a capitalised word
// ("dựng|Các", "ban|Báo", "30/11/2025|UBND") where a column starts. A name
// printed that way ("TikTok") stands inside its column, and "VNeID",
// "iPhone", "H5N1" have no two lowercase letters or digits before their
// capital.
func unglue(ws []word, xs []float64) []word {
	var out []word
	for i, w := range ws {
		seam, x := glueSeam(w)
		if seam < 0 || !nearBoundary(x, xs) {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append(make([]word, 0, len(ws)+1), ws[:i]...)
		}
		left, right := w, w
		left.text, left.x1 = w.text[:seam], x
		right.text, right.x0 = w.text[seam:], x
		out = append(out, left, right)
	}
	if out == nil {
		return ws
	}
	return out
}

// glueSeam returns where in w (a byte offset, and the character column
// it stands at) two lowercase letters or digits meet an uppercase letter
// followed by another letter; -1 when they do not.
func glueSeam(w word) (int, float64) {
	var prev [2]rune // the two characters before r, the nearer last
	col := w.x0
	for i, r := range w.text {
		if unicode.IsUpper(r) && endsWord(prev[0]) && endsWord(prev[1]) {
			if next, _ := utf8.DecodeRuneInString(w.text[i+utf8.RuneLen(r):]); unicode.IsLetter(next) {
				return i, col
			}
		}
		if !unicode.Is(unicode.Mn, r) {
			col++
			prev[1], prev[0] = prev[0], r
		}
	}
	return -1, 0
}

// endsWord reports whether r may end the first of two glued words: a
// lowercase letter or a digit ("dựng|Các", "30/11/2025|UBND").
func endsWord(r rune) bool { return unicode.IsLower(r) || unicode.IsDigit(r) }

// nearBoundary reports whether x stands within glueReach of one of the
// inner boundaries of xs.
func nearBoundary(x float64, xs []float64) bool { return atBoundary(x, xs, glueReach, glueReach) }

// atBoundary reports whether x stands from before characters left of one
// of the inner boundaries of xs to after characters right of it.
func atBoundary(x float64, xs []float64, before, after float64) bool {
	for k := 1; k+1 < len(xs); k++ {
		if x >= xs[k]-before && x <= xs[k]+after {
			return true
		}
	}
	return false
}
