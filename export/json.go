package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"annex/model"
)

// MarshalJSON returns the plan as indented JSON with a final newline.
func MarshalJSON(p *model.Plan) ([]byte, error) {
	compact, err := p.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, compact, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// WriteJSON writes the plan as indented JSON.
func WriteJSON(w io.Writer, p *model.Plan) error {
	data, err := MarshalJSON(p)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// ReadJSON reads a plan written by WriteJSON (or by hand in its shape).
func ReadJSON(data []byte) (*model.Plan, error) {
	var p model.Plan
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, describeJSONError(data, err)
	}
	p.OrderCells()
	return &p, nil
}

// describeJSONError adds the line of a syntax error.
func describeJSONError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Errorf("line %d: %v", line, err)
	}
	return err
}
