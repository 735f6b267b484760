package parser

import (
	"fmt"
	"strings"

	"annex/model"
)

// wordsOf splits text into the words the no-text-lost check counts. A hyphen
// ends a word, so that "05-" + "KH/TU" on two lines and "05-KH/TU" on one
// count the same.
func wordsOf(text string) []string {
	var out []string
	eachWord(text, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls fn with each word of text as wordsOf splits it, without
// allocating.
func eachWord(text string, fn func(string)) {
	start := -1
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			if start >= 0 {
				fn(text[start:i])
				start = -1
			}
		case c == '-':
			if start < 0 {
				start = i
			}
			fn(text[start : i+1])
			start = -1
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		fn(text[start:])
	}
}

// maxListedWords is how many lost or invented words a warning names.
const maxListedWords = 8

// verifyText checks that every word of the table body is in the plan exactly
// once and that the plan holds no word the body lacks, and returns a warning
// for each difference. Page numbers, repeated headers and column-number rows
// are not body text.
func verifyText(body []line, p *model.Plan) []model.Warning {
	if sameWords(body, p) {
		return nil
	}
	count := make(map[string]int32, 4*len(body))
	for _, l := range body {
		eachWord(l.text, func(w string) { count[w]++ })
	}
	var extra []string
	take := func(w string) {
		if count[w]--; count[w] < 0 {
			extra = append(extra, w)
		}
	}
	p.Walk(func(it *model.Item, _ []*model.Item) {
		eachWord(it.Number, take)
		eachWord(it.Title, take)
		for _, c := range it.Cells {
			eachWord(c.Text, take)
		}
	})
	var lost []string
	var first *line
	for i := len(body) - 1; i >= 0; i-- { // the later copies of a word are the ones missing
		eachWord(body[i].text, func(w string) {
			if count[w] > 0 {
				count[w]--
				lost = append(lost, w)
				first = &body[i]
			}
		})
	}
	lost, extra = matchJoined(lost, extra)
	var ws []model.Warning
	if len(lost) > 0 {
		ws = append(ws, model.Warning{Page: first.page, Line: first.num,
			Message: fmt.Sprintf("text lost: %d word(s) of the table are not in the output: %s", len(lost), listWords(lost))})
	}
	if len(extra) > 0 {
		ws = append(ws, model.Warning{Message: fmt.Sprintf("text invented: %d word(s) in the output are not in the table: %s", len(extra), listWords(extra))})
	}
	return ws
}

// sameWords is verifyText's fast path: it compares the multisets of the
// body's and the plan's words by a sum of word hashes, in one pass over
// each and without a map. Equal sums mean equal multisets but for odds of
// about 2⁻⁶⁴ that two different words hash alike (words of up to eight
// bytes never do) and 2⁻¹²⁸ that the two sums both meet by chance; on any
// difference the exact count above finds which words differ.
func sameWords(body []line, p *model.Plan) bool {
	var a, b wordDigest
	for _, l := range body {
		a.add(l.text)
	}
	p.Walk(func(it *model.Item, _ []*model.Item) {
		b.add(it.Number)
		b.add(it.Title)
		for _, c := range it.Cells {
			b.add(c.Text)
		}
	})
	return a == b
}

// wordDigest is an order-free digest of a multiset of words, split as
// eachWord splits them.
type wordDigest struct {
	n      int
	s1, s2 uint64
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// add adds the words of text, split as eachWord splits them (the loop is
// eachWord's, written out: the digest runs over every byte of the body and
// of the plan, and a call per word is most of its cost).
func (d *wordDigest) add(text string) {
	start := 0
	for i := 0; i < len(text); i++ {
		switch wordEnd[text[i]] {
		case endsNot:
			continue
		case endsBefore:
			if i > start {
				d.word(wordHash(text[start:i]))
			}
		case endsAfter:
			d.word(wordHash(text[start : i+1]))
		}
		start = i + 1
	}
	if start < len(text) {
		d.word(wordHash(text[start:]))
	}
}

// How a byte ends a word, as eachWord splits words: white space ends the
// word before it; a hyphen ends the word it is the last byte of.
const (
	endsNot = iota
	endsBefore
	endsAfter
)

var wordEnd = [256]uint8{' ': endsBefore, '\n': endsBefore, '\t': endsBefore, '\r': endsBefore,
	'\f': endsBefore, '\v': endsBefore, '-': endsAfter}

// wordHash is a 64-bit hash of w, eight bytes at a time: the length, then
// each eight-byte chunk, then the rest, each mixed in by mix64. Words of
// up to eight bytes and one length, most of them, never collide with one
// another.
func wordHash(w string) uint64 {
	h := uint64(len(w)) * goldenRatio64
	for len(w) >= 8 {
		h = mix64(h ^ load64(w))
		w = w[8:]
	}
	var tail uint64
	for i := len(w) - 1; i >= 0; i-- {
		tail = tail<<8 | uint64(w[i])
	}
	return mix64(h ^ tail)
}

// load64 reads the first eight bytes of s as a little-endian number.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// fnv64 is the FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// word adds one word's hash, mixed already, to the first sum and its
// square to the second: multisets whose sums meet by chance have squares
// that do not.
func (d *wordDigest) word(h uint64) {
	d.n++
	d.s1 += h
	d.s2 += h * h
}

// goldenRatio64 is the golden ratio in 64 bits, as splitmix64 steps by: an
// odd number whose multiples spread a small number over all 64 bits.
const goldenRatio64 = 0x9e3779b97f4a7c15

// mix64 is the splitmix64 finaliser: it spreads every bit of h over the
// result, so that sums of hashes do not cancel by accident.
func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func listWords(ws []string) string {
	if len(ws) > maxListedWords {
		return strings.Join(ws[:maxListedWords], " ") + " …"
	}
	return strings.Join(ws, " ")
}

// matchJoined removes from lost and extra the words that the parser joined
// without a space: an extra word that is two lost words put together
// ("30/11/2" + "025" = "30/11/2025").
func matchJoined(lost, extra []string) ([]string, []string) {
	var keptExtra []string
	for _, e := range extra {
		found := false
		for i := 0; i < len(lost) && !found; i++ {
			for j := 0; j < len(lost) && !found; j++ {
				if i != j && lost[i]+lost[j] == e {
					lost = removeTwo(lost, i, j)
					found = true
				}
			}
		}
		if !found {
			keptExtra = append(keptExtra, e)
		}
	}
	return lost, keptExtra
}

func removeTwo(s []string, i, j int) []string {
	var out []string
	for k, w := range s {
		if k != i && k != j {
			out = append(out, w)
		}
	}
	return out
}
