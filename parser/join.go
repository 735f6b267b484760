package parser

import "strings"

// joinPieces turns a cell's pieces into its text: wrapped lines joined by one
// space, a document number broken after its hyphen joined without one, and
// "\n" before each new paragraph: a dash bullet, or a capital after a
// sentence end on a line that had room for more. tight says the document
// writes its ranges of years without spaces (tightYearRanges).
func joinPieces(ps []piece, width float64, tight bool) string {
	var b strings.Builder
	n := 0
	for _, p := range ps {
		n += len(p.text) + 1 // and what separates it from the next
	}
	b.Grow(n)
	for i, p := range ps {
		if i > 0 {
			b.WriteString(separator(&ps[i-1], &p, width, tight))
		}
		b.WriteString(p.text)
	}
	return strings.TrimSpace(b.String())
}

// separator is what goes between two consecutive pieces of one cell.
func separator(prev, p *piece, width float64, tight bool) string {
	switch {
	case p.bullet || p.paraBreak:
		return "\n"
	case joinsWithoutSpace(prev.text, p.text), tight && yearRangeBroken(prev.text, p.text):
		return ""
	case isParagraphBreak(prev, p, width):
		return "\n"
	}
	return " "
}

// isParagraphBreak reports whether p starts a new paragraph: the line
// before it ends a sentence and had room for p's first word, and p starts
// with a capital. A wrapped line never has that room.
func isParagraphBreak(prev, p *piece, width float64) bool {
	return prev.sentEnd && !p.lower && nonWrapStrength(float64(prev.w+spaceWidth+p.fw), width) > 0
}
