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
// each and without a map. Equal sums mean equal multisets but for a chance
// of about 2⁻¹²⁸ (two independent 64-bit sums); on any difference the
// exact count above finds which words differ.
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

// add adds the words of text, split as eachWord splits them.
func (d *wordDigest) add(text string) {
	eachWord(text, func(w string) { d.word(fnv64(w)) })
}

// fnv64 is the FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// word adds one word's hash; two different mixes of it make the two sums
// independent.
func (d *wordDigest) word(h uint64) {
	d.n++
	d.s1 += mix64(h)
	d.s2 += mix64(h ^ secondSumKey)
}

// secondSumKey (the golden ratio in 64 bits, as splitmix64 steps by) sets
// the second sum's inputs apart from the first's.
const secondSumKey = 0x9e3779b97f4a7c15

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
