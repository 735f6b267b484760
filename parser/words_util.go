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

// textWidth and spaceWidth measure text in Times units (see metrics).
var textWidth = metrics.TextWidth

const spaceWidth = metrics.SpaceWidth
