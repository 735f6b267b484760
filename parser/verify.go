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
	return strings.Fields(strings.ReplaceAll(text, "-", "- "))
}

// maxListedWords is how many lost or invented words a warning names.
const maxListedWords = 8

// verifyText checks that every word of the table body is in the plan exactly
// once and that the plan holds no word the body lacks, and returns a warning
// for each difference. Page numbers, repeated headers and column-number rows
// are not body text.
func verifyText(body []line, p *model.Plan) []model.Warning {
	count := map[string]int{}
	where := map[string]line{}
	for _, l := range body {
		for _, w := range wordsOf(l.text) {
			count[w]++
			if _, ok := where[w]; !ok {
				where[w] = l
			}
		}
	}
	var extra []string
	p.Walk(func(it *model.Item, _ []*model.Item) {
		texts := []string{it.Number, it.Title}
		for _, c := range it.Cells {
			texts = append(texts, c.Text)
		}
		for _, t := range texts {
			for _, w := range wordsOf(t) {
				count[w]--
				if count[w] < 0 {
					extra = append(extra, w)
				}
			}
		}
	})
	var lost []string
	var first *line
	for _, l := range body {
		for _, w := range wordsOf(l.text) {
			if count[w] > 0 {
				lost = append(lost, w)
				count[w]--
				if first == nil {
					l := where[w]
					first = &l
				}
			}
		}
	}
	if len(lost) == 0 {
		first = nil
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
