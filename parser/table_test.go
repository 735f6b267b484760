package parser

import "testing"

func TestStale(t *testing.T) {
	for _, tc := range []struct {
		moved, reused bool
		cost          float64
		want          bool
	}{
		{false, false, 5, false},  // cut with the final widths: kept
		{true, false, 0.5, false}, // widths moved, but a confident cut
		{true, false, 3, true},    // widths moved and a close call
		{false, true, 3, true},    // carried over from a round with other widths
		{false, true, staleRecutCost, false},
	} {
		tb := &table{moved: tc.moved}
		q := quickResult{reused: tc.reused, notes: rowNotes{cost: tc.cost}}
		if got := tb.stale(q); got != tc.want {
			t.Errorf("moved %v reused %v cost %v: stale %v, want %v", tc.moved, tc.reused, tc.cost, got, tc.want)
		}
	}
}
