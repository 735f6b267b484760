package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"annex/model"
)

// MarshalYAML returns the plan as YAML with the JSON contract's shape.
func MarshalYAML(p *model.Plan) ([]byte, error) {
	data, err := p.MarshalJSON()
	if err != nil {
		return nil, err
	}
	node, err := jsonToNode(json.NewDecoder(bytes.NewReader(data)))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteYAML writes the plan as YAML.
func WriteYAML(w io.Writer, p *model.Plan) error {
	data, err := MarshalYAML(p)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// jsonToNode turns the next JSON value into a YAML node, keeping key order.
func jsonToNode(dec *json.Decoder) (*yaml.Node, error) {
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return nil, err
				}
				v, err := jsonToNode(dec)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, stringNode(k.(string)), v)
			}
			_, err := dec.Token()
			return n, err
		}
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for dec.More() {
			v, err := jsonToNode(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, v)
		}
		_, err := dec.Token()
		return n, err
	case string:
		return stringNode(t), nil
	case json.Number:
		tag := "!!int"
		if strings.ContainsAny(t.String(), ".eE") {
			tag = "!!float"
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: t.String()}, nil
	}
	return nil, fmt.Errorf("unexpected JSON value %v", tok)
}

// stringNode is a YAML string; text with line breaks is a literal block,
// which YAML can hold exactly only when no line ends in a space.
func stringNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") && !strings.Contains(s, " \n") && !strings.HasSuffix(s, " ") {
		n.Style = yaml.LiteralStyle
	}
	return n
}

// intKeys and floatKeys are the contract's only numbers; every other scalar
// is text, so a number typed by hand ("number: 1") reads as the string it
// stands for.
var (
	intKeys   = map[string]bool{"page": true, "line": true}
	floatKeys = map[string]bool{"width": true}
)

// ReadYAML reads a plan written by WriteYAML or edited by hand.
func ReadYAML(data []byte) (*model.Plan, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil, fmt.Errorf("not a YAML document")
	}
	var b bytes.Buffer
	if err := nodeToJSON(&b, doc.Content[0], ""); err != nil {
		return nil, err
	}
	var p model.Plan
	if err := json.Unmarshal(b.Bytes(), &p); err != nil {
		return nil, err
	}
	p.OrderCells()
	return &p, nil
}

func nodeToJSON(b *bytes.Buffer, n *yaml.Node, key string) error {
	switch n.Kind {
	case yaml.AliasNode:
		return nodeToJSON(b, n.Alias, key)
	case yaml.MappingNode:
		b.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				b.WriteByte(',')
			}
			k := n.Content[i].Value
			writeString(b, k)
			b.WriteByte(':')
			if err := nodeToJSON(b, n.Content[i+1], k); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case yaml.SequenceNode:
		b.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := nodeToJSON(b, c, key); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case yaml.ScalarNode:
		if intKeys[key] {
			v, err := strconv.Atoi(n.Value)
			if err != nil {
				return fmt.Errorf("line %d: %s: want a whole number, found %q", n.Line, key, n.Value)
			}
			b.WriteString(strconv.Itoa(v))
			return nil
		}
		if floatKeys[key] {
			v, err := strconv.ParseFloat(n.Value, 64)
			if err != nil {
				return fmt.Errorf("line %d: %s: want a number, found %q", n.Line, key, n.Value)
			}
			b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
			return nil
		}
		if n.Tag == "!!null" {
			writeString(b, "")
			return nil
		}
		writeString(b, n.Value)
	default:
		return fmt.Errorf("line %d: unexpected YAML node", n.Line)
	}
	return nil
}

func writeString(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	b.Truncate(b.Len() - 1)
}
