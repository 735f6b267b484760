package parser

import "strings"

// joinPieces turns a cell's pieces into its text: wrapped lines joined by one
// space, a document number broken after its hyphen joined without one, and
// "\n" before each new paragraph: a dash bullet, a capital after a
// sentence end on a line that had room for more, or a label's line
// ("Phối hợp: …"). tight says the document writes its ranges of years
// without spaces (tightYearRanges); kind is the cell's column's; names
// are the words the document joins with a dash (learnDashNames).
func joinPieces(ps []piece, width float64, tight bool, kind colKind, names wordPairs) string {
	var b strings.Builder
	n := 0
	for _, p := range ps {
		n += len(p.text) + 1 // and what separates it from the next
	}
	b.Grow(n)
	bulleted := len(ps) > 0 && ps[0].bullet
	for i, p := range ps {
		if i > 0 {
			if joinsNameDash(&ps[i-1], &p, kind, bulleted) || joinsLearnedDash(&ps[i-1], &p, kind, names) {
				b.WriteByte(' ')
			} else {
				b.WriteString(separator(&ps[i-1], &p, width, tight))
			}
		}
		b.WriteString(p.text)
	}
	return strings.TrimSpace(b.String())
}

// joinsNameDash reports whether p, a line opening with a dash, goes on a
// unit's name across its wrap rather than opening a bulleted item: a
// narrow column wraps "Phòng Văn hóa - Xã hội" before its dash. A unit
// cell lists its units in bullets from its first line ("- Sở Y tế;" /
// "- UBND cấp xã"), each item ending with its separator; one that opened
// with no bullet, whose line before ends no item, has none.
func joinsNameDash(prev, p *piece, kind colKind, bulleted bool) bool {
	return kind == colUnit && p.bullet && !bulleted && !prev.listGoesOn && !prev.sentEnd && !introducesMore(prev.text)
}

// joinsLearnedDash reports whether p, a line opening with a dash, goes on
// the line above as the tail of a name the document joins with a dash
// elsewhere (names: "Phòng Tài chính - Kế hoạch" in another cell), in
// any column but the content: a column naming the heads who answer for
// each task wraps "Trưởng phòng Tài chính" / "- Kế hoạch" as a unit
// column wraps a unit's name, and joinsNameDash asks unit columns only.
// The content's wide lines seldom break a name at its dash, and its
// dashes open its paragraphs. A line that ends an item or a sentence
// ends there.
func joinsLearnedDash(prev, p *piece, kind colKind, names wordPairs) bool {
	return kind != colContent && p.bullet && !prev.listGoesOn && !prev.sentEnd && joinedByDash(names, prev, p)
}

// separator is what goes between two consecutive pieces of one cell.
func separator(prev, p *piece, width float64, tight bool) string {
	switch {
	case p.bullet || p.paraBreak || opensListItem(prev, p):
		return "\n"
	case joinsWithoutSpace(prev.text, p.text), tight && yearRangeBroken(prev.text, p.text):
		return ""
	case isParagraphBreak(prev, p, width), opensLabelledParagraph(prev, p, width):
		return "\n"
	}
	return " "
}

// opensLabelledParagraph reports whether p opens a paragraph under a label
// of its own ("Chủ trì: …" / "Phối hợp: …"; opensWithLabel) after a line
// that had room for its first word and whose words do not want more
// (endsDangling): a cell that sets its parts under labels starts each on
// a line of its own. A narrow column wraps one paragraph's labels
// ("Đợt 1:" / "Tháng 4;" / "Đợt 2:" / "Tháng 10"), and the line before
// such a wrap had no room.
func opensLabelledParagraph(prev, p *piece, width float64) bool {
	return p.labelled && !prev.dangling && nonWrapStrength(float64(prev.w+spaceWidth+p.fw), width) > 0
}

// isParagraphBreak reports whether p starts a new paragraph: the line
// before it ends a sentence and had room for p's first word, and p starts
// with a capital. A wrapped line never has that room.
func isParagraphBreak(prev, p *piece, width float64) bool {
	return prev.sentEnd && !p.lower && nonWrapStrength(float64(prev.w+spaceWidth+p.fw), width) > 0
}
