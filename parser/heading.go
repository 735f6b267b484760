package parser

import (
	"regexp"
	"strings"
)

// heading is the block above the table: "PHỤ LỤC 02", the title lines and
// the "(Kèm theo …)" line.
type heading struct {
	appendix string
	title    string
	subtitle string
	found    bool // a "PHỤ LỤC" line was seen
}

// appendixLine matches "PHỤ LỤC", "PHỤ LỤC 02", "Phụ lục số II", "PHỤ LỤC II:".
var appendixLine = regexp.MustCompile(`^(?i:phụ lục)(?:\s+(?i:số))?\s*([0-9IVXLivxl]+[a-z]?)?\s*[.:]?$`)

// titledAppendixLine matches an appendix line that goes on with the title
// after a colon, a full stop or a dash: "PHỤ LỤC 01: DANH MỤC NHIỆM VỤ",
// "Phụ lục I - Danh mục …"; the title's first words are its second group.
var titledAppendixLine = regexp.MustCompile(`^(?i:phụ lục)(?:\s+(?i:số))?\s*([0-9IVXLivxl]+[a-z]?)?\s*[.:\-–]\s+(\S.*)$`)

// isAppendixLine reports whether text is an appendix line, with or without
// its title on it ("PHỤ LỤC 02", "PHỤ LỤC 01: DANH MỤC …").
func isAppendixLine(text string) bool {
	return hasPrefixFold(text, "phụ lục") && (appendixLine.MatchString(text) || titledAppendixLine.MatchString(text))
}

// parseHeading reads the lines above the header. Lines before "PHỤ LỤC"
// (page numbers, the issuing body's name) are not part of the heading; the
// title runs from after "PHỤ LỤC" to the first line opening with "(",
// which starts the subtitle and runs until its bracket closes.
func parseHeading(lines []line) heading {
	var h heading
	start := 0
	var title, sub []string
	for i, l := range lines {
		if m := appendixLine.FindStringSubmatch(l.text); m != nil {
			h.appendix, h.found, start = m[1], true, i+1
			break
		}
		if m := titledAppendixLine.FindStringSubmatch(l.text); m != nil {
			h.appendix, h.found, start = m[1], true, i+1
			title = append(title, m[2])
			break
		}
	}
	if !h.found {
		for start < len(lines) && isPageNumberText(lines[start].text) {
			start++
		}
	}
	depth := 0
	for _, l := range lines[start:] {
		switch {
		case depth > 0 || (len(sub) == 0 && opensSubtitle(l.text)):
			sub = append(sub, l.text)
			depth += strings.Count(l.text, "(") - strings.Count(l.text, ")")
		case len(sub) == 0:
			title = append(title, l.text)
		}
	}
	h.title = joinWrapped(title)
	h.subtitle = joinWrapped(sub)
	return h
}

// opensSubtitle reports whether a heading line opens the subtitle, "(Kèm
// theo …)": it opens with a bracket that does not close before more words
// on the line. A title may wrap onto a line that opens with an
// abbreviation in brackets ("… CẤP TỈNH" / "(PCI) GIAI ĐOẠN 2027 - 2028"),
// which is still the title's.
func opensSubtitle(text string) bool {
	if !strings.HasPrefix(text, "(") {
		return false
	}
	depth := 0
	for i, r := range text {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return strings.TrimSpace(text[i+1:]) == ""
			}
		}
	}
	return true
}
