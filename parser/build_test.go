package parser

import (
	"testing"

	"annex/model"
)

// TestDottedParent: a dotted task goes under the task of the chain whose
// number it extends by one part, the deepest first; a number that extends
// none (or has no dot) has no parent in the chain.
func TestDottedParent(t *testing.T) {
	chain := []*model.Item{{Number: "1.1"}, {Number: "1.1.2"}}
	for _, tc := range []struct {
		number string
		want   int
	}{
		{"1.1.3", 0},   // a sibling of "1.1.2", under "1.1"
		{"1.1.2.1", 1}, // four levels
		{"1.2", -1},    // under the task, not the chain
		{"2.1.1", -1},
		{"3", -1},
		{"1.1", -1}, // extends no task of the chain
	} {
		if got := dottedParent(chain, tc.number); got != tc.want {
			t.Errorf("dottedParent(%q) = %d, want %d", tc.number, got, tc.want)
		}
	}
	if dottedParent(nil, "1.1.1") != -1 {
		t.Error("an empty chain holds no parent")
	}
}
