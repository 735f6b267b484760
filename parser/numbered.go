package parser

import (
	"math"
	"slices"
)

// numberedHeader is stackHeader of a column-aligned header's lines, its
// cells made as many as the row of column numbers under it has numbers
// (numberedColumns), where that row stands right under the header and
// stackHeader found more or fewer (fitColumnCount). The numbers "(1)" to
// "(n)" count the table's columns for certain; the header's own words
// only tell them apart by where pdftotext set them, and a header it ran
// together gives two heads as one ("Bộ phận Phối hợp" over "thực hiện",
// five cells for six numbers), or a lower line as a head of its own
// ("dự kiến" of "Sản phẩm" / "dự kiến").
func numberedHeader(header, body []textLine) []span {
	cols := splitNumberHead(stackHeader(header))
	n := numberedColumns(body)
	if n == 0 || len(cols) == n || len(header) == 0 {
		return cols
	}
	if fitted := fitColumnCount(cols, n, header[0].y); len(fitted) == n {
		return fitted
	}
	return cols
}

// splitNumberHead parts a header cell that opens with a number column's
// whole head ("STT", "TT") and goes on, on the same line, with a
// capitalised word: the next column's head, run on one space apart ("STT
// Lĩnh" / "vực" over a column of fields before the content), whatever it
// is. A number column's head names nothing more, and left on it the next
// head's words made no column of their own: that column's cells went into
// the content. Lower lines go on the part whose top words they stand
// nearer (partAt).
func splitNumberHead(cols []span) []span {
	for i := 0; i < len(cols); i++ {
		c := cols[i]
		if len(c.words) > 1 && c.words[1].y == c.words[0].y && capitalised(c.words[1].text) && isNumberHead(headerKeys(c.words[0].text)) {
			left, right := partAt(c, 1)
			cols = slices.Replace(slices.Clone(cols), i, i+1, left, right)
		}
	}
	return cols
}

// numberedColumns returns how many columns the row of column numbers
// opening body counts, 0 when body does not open with one.
func numberedColumns(body []textLine) int {
	if len(body) == 0 || !numbersEachColumn(body[0], len(body[0].words)) {
		return 0
	}
	return len(body[0].words)
}

// fitColumnCount parts or joins header cells cols toward n cells: a cell
// holding two heads on its top line is parted where the second opens
// (secondHeadAt), and a cell with no word on the header's first line (at
// top) goes on its nearest neighbour (lowerOnly). It stops when neither
// applies.
func fitColumnCount(cols []span, n int, top float64) []span {
	cols = slices.Clone(cols)
	for len(cols) < n {
		i, k := -1, 0
		for j, c := range cols {
			if k = secondHeadAt(c); k > 0 {
				i = j
				break
			}
		}
		if i < 0 {
			return cols
		}
		left, right := partAt(cols[i], k)
		cols = slices.Replace(cols, i, i+1, left, right)
	}
	for len(cols) > n {
		i := slices.IndexFunc(cols, func(c span) bool { return lowerOnly(c, top) })
		if i < 0 {
			return cols
		}
		j := nearestNeighbour(cols, i)
		if j < 0 {
			return cols
		}
		cols[j] = joinSpans(cols[j], cols[i])
		cols = slices.Delete(cols, i, i+1)
	}
	return cols
}

// secondHeadAt returns the index among cell c's words of a word on its
// top line, not the first, that opens a second head there: a capital
// after a word in lowercase, not an abbreviation (isCodeWord), opening a
// head phrase of the vocabulary with the top line's words after it
// (isHeadPrefix). A sentence-case header opens each cell with a capital,
// and a wrapped head goes on in lowercase. 0 when there is none.
func secondHeadAt(c span) int {
	topY := c.words[0].y
	for k := 1; k < len(c.words) && c.words[k].y == topY; k++ {
		w, prev := c.words[k].text, c.words[k-1].text
		if !capitalised(w) || !hasLower(prev) || isCodeWord(w) {
			continue
		}
		var keys []string
		for _, o := range c.words[k:] {
			if o.y == topY {
				keys = append(keys, headerKeys(o.text)...)
			}
		}
		if isHeadPrefix(keyTokens(keys)) {
			return k
		}
	}
	return 0
}

// partAt parts cell c before its top-line word k: the top line's words
// before it make the left cell, those from it the right; each lower
// line's word goes on the part whose top-line words its centre is
// nearer.
func partAt(c span, k int) (span, span) {
	topY := c.words[0].y
	left, right := spanOfWords(c.words[:k]), wordSpan(c.words[k])
	for _, w := range c.words[k+1:] {
		if w.y == topY {
			right = joinSpans(right, wordSpan(w))
		}
	}
	lx, rx := (left.x0+left.x1)/2, (right.x0+right.x1)/2 // the top line's stretches
	for _, w := range c.words[k+1:] {
		if w.y == topY {
			continue
		}
		if x := w.center(); math.Abs(x-lx) <= math.Abs(x-rx) {
			left = joinSpans(left, wordSpan(w))
		} else {
			right = joinSpans(right, wordSpan(w))
		}
	}
	left.pushed, right.pushed = c.pushed, c.pushed
	return left, right
}

// lowerOnly reports whether cell c has no word on the header's first line
// (at top): a lower line set apart from its head.
func lowerOnly(c span, top float64) bool {
	return !slices.ContainsFunc(c.words, func(w word) bool { return w.y == top })
}

// nearestNeighbour returns the index of the cell beside cols[i] whose
// stretch stands the least far from it.
func nearestNeighbour(cols []span, i int) int {
	best, gap := -1, math.Inf(1)
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(cols) {
			continue
		}
		g := math.Max(cols[j].x0-cols[i].x1, cols[i].x0-cols[j].x1)
		if g < gap {
			best, gap = j, g
		}
	}
	return best
}
