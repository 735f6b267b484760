package parser

import (
	"fmt"

	"annex/model"
)

// ParseText parses an annex given as extracted text in cell-block order. name
// is the file name used in messages and in the plan's source. The error is
// non-nil only when the input cannot be an annex (empty, binary, invalid
// UTF-8, no table); everything the parser merely guessed at is a warning in
// the returned plan.
func ParseText(name string, data []byte) (plan *model.Plan, err error) {
	defer func() {
		if r := recover(); r != nil {
			plan, err = nil, fmt.Errorf("%s: internal error: %v", name, r)
		}
	}()
	if err := checkText(data); err != nil {
		return nil, err
	}
	if looksColumnAligned(data) {
		return ParseLayoutText(name, data)
	}
	return parseTextTraced(name, data, nil, nil)
}
