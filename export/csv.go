package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"

	"annex/model"
)

// CSV columns before the table's own.
var csvLead = []string{"path", "section", "section_title"}

// MarshalCSV returns the plan's tasks and sub-tasks as CSV: one row each,
// with its full number ("IV.1.a"), its section's number and title, and one
// column per table column under the annex's own headers. UTF-8 with a byte
// order mark, so that Excel reads Vietnamese right; RFC 4180 quoting and
// CRLF line ends.
func MarshalCSV(p *model.Plan) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteCSV(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteCSV writes the plan as MarshalCSV does.
func WriteCSV(w io.Writer, p *model.Plan) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := append([]string(nil), csvLead...)
	for _, c := range p.Columns {
		head = append(head, c.Header)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	var err error
	p.Walk(func(it *model.Item, parents []*model.Item) {
		if it.Kind != model.KindTask || err != nil {
			return
		}
		err = cw.Write(csvRow(p, it, parents))
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(p *model.Plan, it *model.Item, parents []*model.Item) []string {
	// The section is the nearest roman section above the task, or failing
	// one the nearest heading of any kind (a part, a subsection).
	var path []string
	var section, heading *model.Item
	for _, par := range parents {
		path = append(path, par.Number)
		switch {
		case par.Kind == model.KindSection:
			section = par
		case par.Kind.IsHeading():
			heading = par
		}
	}
	if section == nil {
		section = heading
	}
	rec := []string{strings.Join(append(path, it.Number), "."), "", ""}
	if section != nil {
		rec[1], rec[2] = section.Number, section.Title
	}
	for _, c := range p.Columns {
		var text string
		switch c.Key {
		case model.RoleNumber:
			text = it.Number
		case model.KeyExtra:
			text, _ = it.Extra(c.Header)
		default:
			text, _ = it.Cell(c.Key)
		}
		rec = append(rec, text)
	}
	return rec
}
