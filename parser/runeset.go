package parser

// runeSet is a small set of punctuation characters, asked about for every
// line and every word the evidence reads: a table for ASCII, a short list
// for the rest. strings.ContainsRune and strings.IndexByte on a literal do
// the same job through a call that costs more than the question.
type runeSet struct {
	ascii [0x80]bool
	other []rune
}

// newRuneSet returns the set of the characters of chars.
func newRuneSet(chars string) *runeSet {
	s := &runeSet{}
	for _, r := range chars {
		if r < 0x80 {
			s.ascii[r] = true
		} else {
			s.other = append(s.other, r)
		}
	}
	return s
}

// has reports whether r is in the set.
func (s *runeSet) has(r rune) bool {
	if r < 0x80 {
		return r >= 0 && s.ascii[r]
	}
	for _, o := range s.other {
		if o == r {
			return true
		}
	}
	return false
}

// hasByte reports whether the ASCII character b is in the set; a byte of a
// longer character never is.
func (s *runeSet) hasByte(b byte) bool { return b < 0x80 && s.ascii[b] }

// trimRight returns w without the ASCII characters of the set at its end.
func (s *runeSet) trimRight(w string) string {
	for w != "" && s.hasByte(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}
