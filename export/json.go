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
	return append(indentJSON(make([]byte, 0, len(compact)*3/2), compact), '\n'), nil
}

// indentJSON appends src, compact JSON as the model writes it (no white
// space outside strings), indented as json.Indent(dst, src, "", "  ")
// would: one member or element a line, "{}" and "[]" kept whole. Strings
// are copied in runs, not byte by byte through a state machine.
func indentJSON(dst, src []byte) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		for range depth {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := stringEnd(src, i)
			dst = append(dst, src[i:j]...)
			i = j - 1
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// stringEnd returns the index just past the JSON string that starts at
// src[i] (a quote).
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); {
		k := bytes.IndexAny(src[j:], `"\`)
		if k < 0 {
			return len(src)
		}
		j += k
		if src[j] == '"' {
			return j + 1
		}
		j += 2 // an escape and the byte it escapes
	}
	return len(src)
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
