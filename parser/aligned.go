package parser

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
