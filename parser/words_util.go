package parser

import (
	"strings"

	"annex/internal/metrics"
)

// firstWord returns s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// lastWord returns s after its last space.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// lastTwo returns the last two words of s ("" for a missing one).
func lastTwo(s string) (w1, w2 string) {
	w2 = lastWord(s)
	rest := strings.TrimSuffix(s, w2)
	if rest == s || rest == "" {
		return "", w2
	}
	return lastWord(strings.TrimSuffix(rest, " ")), w2
}

// textWidth and spaceWidth measure text in Times units (see metrics).
var textWidth = metrics.TextWidth

const spaceWidth = metrics.SpaceWidth
