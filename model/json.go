package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// The JSON contract "annex/v1" (YAML has the same shape):
//
//	{ "schema": "annex/v1",
//	  "source": {"file": "…", "format": "text"},
//	  "appendix": "02", "title": "…", "subtitle": "(Kèm theo …)",
//	  "columns": [{"key": "number", "header": "STT"}, …],
//	  "items": [ {"kind": "section", "number": "I", "title": "…",
//	              "source": {"page": 1, "line": 22}, "items": [ … ]},
//	             {"kind": "task", "number": "1", "content": "…", "lead": "…", …,
//	              "extra": {"<header>": "…"}, "source": {…}, "items": [ … ]} ],
//	  "warnings": [{"page": 2, "line": 152, "message": "…"}] }
//
// Keys come out in this order, task cells in table order; "items" is left
// out when empty; "extra" when the table has no extra column.

// MarshalJSON writes the plan in the annex/v1 contract.
func (p *Plan) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(jsonSizeGuess(p))
	b.WriteString(`{"schema":`)
	writeJSON(&b, Schema)
	b.WriteString(`,"source":`)
	writeJSON(&b, p.Source)
	for _, f := range []struct{ k, v string }{{"appendix", p.Appendix}, {"title", p.Title}, {"subtitle", p.Subtitle}} {
		b.WriteString(`,"` + f.k + `":`)
		writeJSON(&b, f.v)
	}
	b.WriteString(`,"columns":`)
	writeJSON(&b, nonNil(p.Columns))
	b.WriteString(`,"items":`)
	writeItems(&b, p.Items)
	b.WriteString(`,"warnings":`)
	writeJSON(&b, nonNil(p.Warnings))
	b.WriteByte('}')
	return b.Bytes(), nil
}

// jsonSizeGuess is about the size of a plan's JSON: its text and, per
// item, the keys around it.
func jsonSizeGuess(p *Plan) int {
	const perItem, perCell = 64, 16
	n := 1024
	p.Walk(func(it *Item, _ []*Item) {
		n += perItem + len(it.Number) + len(it.Title)
		for _, c := range it.Cells {
			n += perCell + len(c.Text)
		}
	})
	return n
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// writeJSON appends the encoding of a value that cannot fail to encode
// (strings, structs of strings and ints) without HTML escaping.
func writeJSON(b *bytes.Buffer, v any) {
	switch v := v.(type) {
	case string:
		writeString(b, v)
		return
	case Kind:
		writeString(b, string(v))
		return
	case Pos:
		fmt.Fprintf(b, `{"page":%d,"line":%d}`, v.Page, v.Line)
		return
	}
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	b.Truncate(b.Len() - 1) // Encode's trailing newline
}

// letterLen is the length of the valid two- or three-byte UTF-8 sequence s
// starts with, for the lead bytes Vietnamese letters have (C2–DF, E1, E3–EC,
// EE, EF: no overlong form, surrogate or line separator), and 0 for
// anything else.
func letterLen(s string) int {
	isCont := func(x byte) bool { return x&0xc0 == 0x80 }
	switch c := s[0]; {
	case c >= 0xc2 && c < 0xe0:
		if len(s) > 1 && isCont(s[1]) {
			return 2
		}
	case c >= 0xe1 && c < 0xf0 && c != 0xe2 && c != 0xed:
		if len(s) > 2 && isCont(s[1]) && isCont(s[2]) {
			return 3
		}
	}
	return 0
}

// writeString appends s as a JSON string, escaping only what JSON requires
// (and U+2028, U+2029, as encoding/json does); an invalid UTF-8 byte is
// written as U+FFFD.
func writeString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < 0x80 {
			i++
			continue
		}
		if c < 0x80 {
			b.WriteString(s[start:i])
			switch c {
			case '"', '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hex[c>>4])
				b.WriteByte(hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		if n := letterLen(s[i:]); n > 0 {
			i += n // a letter: only U+2028, U+2029 (led by 0xe2) need escaping
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2028' || r == '\u2029' || r == utf8.RuneError && size == 1 {
			b.WriteString(s[start:i])
			if r == utf8.RuneError {
				b.WriteString(`\ufffd`)
			} else {
				fmt.Fprintf(b, `\u%04x`, r)
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

func writeItems(b *bytes.Buffer, items []*Item) {
	b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			b.WriteByte(',')
		}
		it.writeJSON(b)
	}
	b.WriteByte(']')
}

// MarshalJSON writes one item: kind, number, then the title (headings) or the
// cells in table order with non-role columns under "extra", then source and
// nested items.
func (it *Item) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	it.writeJSON(&b)
	return b.Bytes(), nil
}

func (it *Item) writeJSON(b *bytes.Buffer) {
	b.WriteString(`{"kind":`)
	writeString(b, string(it.Kind))
	b.WriteString(`,"number":`)
	writeString(b, it.Number)
	if it.Kind.IsHeading() {
		b.WriteString(`,"title":`)
		writeString(b, it.Title)
	}
	extras := 0
	for _, c := range it.Cells {
		if c.Key == KeyExtra {
			extras++
			continue
		}
		b.WriteString(`,`)
		writeString(b, c.Key)
		b.WriteByte(':')
		writeString(b, c.Text)
	}
	if extras > 0 {
		b.WriteString(`,"extra":{`)
		first := true
		for _, c := range it.Cells {
			if c.Key != KeyExtra {
				continue
			}
			if !first {
				b.WriteByte(',')
			}
			first = false
			writeString(b, c.Header)
			b.WriteByte(':')
			writeString(b, c.Text)
		}
		b.WriteByte('}')
	}
	b.WriteString(`,"source":`)
	writeJSON(b, it.Source)
	if len(it.Items) > 0 {
		b.WriteString(`,"items":`)
		writeItems(b, it.Items)
	}
	b.WriteByte('}')
}

// member is one key of a JSON object, in the order it was written.
type member struct {
	key string
	raw json.RawMessage
}

// decodeObject reads a JSON object keeping its key order, which carries the
// table's column order for task cells.
func decodeObject(data []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("expected an object, found %v", tok)
	}
	var out []member
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("%q: %w", key, err)
		}
		out = append(out, member{key, raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the object")
	}
	return out, nil
}

// UnmarshalJSON reads the annex/v1 contract. Unknown keys are errors, so that
// a mistyped key in a hand-edited file is reported rather than dropped.
func (p *Plan) UnmarshalJSON(data []byte) error {
	members, err := decodeObject(data)
	if err != nil {
		return err
	}
	*p = Plan{}
	for _, m := range members {
		var err error
		switch m.key {
		case "schema":
			var s string
			if err = json.Unmarshal(m.raw, &s); err == nil && s != Schema {
				err = fmt.Errorf("unsupported schema %q (this version reads %q)", s, Schema)
			}
		case "source":
			err = json.Unmarshal(m.raw, &p.Source)
		case "appendix":
			err = json.Unmarshal(m.raw, &p.Appendix)
		case "title":
			err = json.Unmarshal(m.raw, &p.Title)
		case "subtitle":
			err = json.Unmarshal(m.raw, &p.Subtitle)
		case "columns":
			err = json.Unmarshal(m.raw, &p.Columns)
		case "items":
			err = json.Unmarshal(m.raw, &p.Items)
		case "warnings":
			err = json.Unmarshal(m.raw, &p.Warnings)
		default:
			err = fmt.Errorf("unknown key")
		}
		if err != nil {
			return fmt.Errorf("plan: %q: %w", m.key, err)
		}
	}
	return nil
}

// UnmarshalJSON reads one item; any cell-role key becomes a cell, in the order
// written, and "extra" members become extra cells after them.
func (it *Item) UnmarshalJSON(data []byte) error {
	members, err := decodeObject(data)
	if err != nil {
		return err
	}
	*it = Item{}
	for _, m := range members {
		var err error
		switch {
		case m.key == "kind":
			err = json.Unmarshal(m.raw, &it.Kind)
			if err == nil && !validKind(it.Kind) {
				err = fmt.Errorf("unknown kind %q", it.Kind)
			}
		case m.key == "number":
			err = json.Unmarshal(m.raw, &it.Number)
		case m.key == "title":
			err = json.Unmarshal(m.raw, &it.Title)
		case m.key == "source":
			err = json.Unmarshal(m.raw, &it.Source)
		case m.key == "items":
			err = json.Unmarshal(m.raw, &it.Items)
		case m.key == "extra":
			err = it.unmarshalExtra(m.raw)
		case IsCellRole(m.key):
			var s string
			err = json.Unmarshal(m.raw, &s)
			it.Cells = append(it.Cells, Cell{Key: m.key, Text: s})
		default:
			err = fmt.Errorf("unknown key")
		}
		if err != nil {
			return fmt.Errorf("item %s: %q: %w", it.Number, m.key, err)
		}
	}
	if it.Kind == "" {
		return fmt.Errorf("item %s: no \"kind\"", it.Number) // written back, it would read as an unknown kind
	}
	return nil
}

func (it *Item) unmarshalExtra(raw json.RawMessage) error {
	members, err := decodeObject(raw)
	if err != nil {
		return err
	}
	for _, m := range members {
		var s string
		if err := json.Unmarshal(m.raw, &s); err != nil {
			return fmt.Errorf("%q: %w", m.key, err)
		}
		it.Cells = append(it.Cells, Cell{Key: KeyExtra, Header: m.key, Text: s})
	}
	return nil
}

func validKind(k Kind) bool {
	switch k {
	case KindPart, KindSection, KindSubsection, KindTask:
		return true
	}
	return false
}

// OrderCells puts every task's cells in the order of the plan's columns, so
// that a plan read back from a file whose keys were reordered by hand still
// writes its cells in table order.
func (p *Plan) OrderCells() {
	rank := map[string]int{}
	for i, c := range p.Columns {
		k := c.Key
		if k == KeyExtra {
			k += "\x00" + c.Header
		}
		rank[k] = i
	}
	rankOf := func(c Cell) int {
		k := c.Key
		if k == KeyExtra {
			k += "\x00" + c.Header
		}
		if r, ok := rank[k]; ok {
			return r
		}
		return len(rank)
	}
	p.Walk(func(it *Item, _ []*Item) {
		sortStable(it.Cells, func(a, b Cell) bool { return rankOf(a) < rankOf(b) })
	})
}

func sortStable(cells []Cell, less func(a, b Cell) bool) {
	for i := 1; i < len(cells); i++ {
		for j := i; j > 0 && less(cells[j], cells[j-1]); j-- {
			cells[j], cells[j-1] = cells[j-1], cells[j]
		}
	}
}
