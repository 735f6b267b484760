// Package model is the typed plan annex that every parser produces and every
// exporter consumes: a heading, the table's columns, and a tree of items
// (parts, sections, subsections, tasks, sub-tasks), each with its source
// position, plus the warnings the parser raised.
//
// model owns the JSON contract "annex/v1" (see MarshalJSON on Plan and Item).
// It imports nothing of this module and knows nothing of PDFs or text layout.
// Its limits: it stores text as given (callers normalise to NFC) and does not
// validate numbering or nesting beyond what decoding needs.
package model

import (
	"fmt"
	"sort"
)

// Schema is the contract identifier written into every JSON and YAML output.
const Schema = "annex/v1"

// Kind says what an item is.
type Kind string

// The item kinds, outermost first.
const (
	KindPart       Kind = "part"       // A, B …
	KindSection    Kind = "section"    // I, II …
	KindSubsection Kind = "subsection" // III.1, III.1.1 …
	KindTask       Kind = "task"       // 1, 2, 1.1, and lettered sub-tasks a, b …
)

// IsHeading reports whether items of this kind carry a title rather than cells.
func (k Kind) IsHeading() bool { return k == KindPart || k == KindSection || k == KindSubsection }

// Column roles: the cell keys of the JSON contract. A column whose header
// names none of these roles has Role "" and its cells go under "extra".
const (
	RoleNumber       = "number"
	RoleContent      = "content"
	RoleLead         = "lead"
	RoleCoordinating = "coordinating"
	RoleDeliverable  = "deliverable"
	RoleTimeframe    = "timeframe"
	RoleFunding      = "funding"
	RoleNote         = "note"
)

// CellRoles lists the roles that become cell keys of a task, in no particular
// table order (the table's own order is Plan.Columns).
var CellRoles = []string{RoleContent, RoleLead, RoleCoordinating, RoleDeliverable, RoleTimeframe, RoleFunding, RoleNote}

// IsCellRole reports whether key is one of CellRoles.
func IsCellRole(key string) bool {
	for _, r := range CellRoles {
		if r == key {
			return true
		}
	}
	return false
}

// Column is one column of the annex table, in table order.
type Column struct {
	Key    string  `json:"key"`             // a role (RoleContent …), "number", or "extra"
	Header string  `json:"header"`          // the header as printed, wrapped lines joined by one space
	Width  float64 `json:"width,omitempty"` // the column's share of the table's width, when known (0.05 …)
}

// KeyExtra is the Column.Key of a column whose header names no known role.
const KeyExtra = "extra"

// Pos is where something starts in the source: a 1-based page and line.
// Line is the line of the text file, or for PDFs the line on the page.
type Pos struct {
	Page int `json:"page"`
	Line int `json:"line"`
}

// IsZero reports whether the position is unknown.
func (p Pos) IsZero() bool { return p.Page == 0 && p.Line == 0 }

// Cell is one task cell: the column it belongs to and its text.
// Key is a role for known columns; for other columns Key is KeyExtra and
// Header names the column.
type Cell struct {
	Key    string
	Header string
	Text   string
}

// Item is one row of the annex: a heading (part, section, subsection) with a
// Title, or a task with Cells in table order. Items nest.
type Item struct {
	Kind   Kind
	Number string
	Title  string // headings only
	Cells  []Cell // tasks only, in table column order
	Source Pos
	Items  []*Item
}

// Cell returns the text of the cell with the given role key, and whether the
// task has such a column.
func (it *Item) Cell(key string) (string, bool) {
	for _, c := range it.Cells {
		if c.Key == key {
			return c.Text, true
		}
	}
	return "", false
}

// Extra returns the text of the non-role column with the given header.
func (it *Item) Extra(header string) (string, bool) {
	for _, c := range it.Cells {
		if c.Key == KeyExtra && c.Header == header {
			return c.Text, true
		}
	}
	return "", false
}

// Source says where the plan was read from.
type Source struct {
	File   string `json:"file"`
	Format string `json:"format"` // "text", "layout", "pdf", "json", "yaml"
}

// Warning is something the parser guessed at or could not place.
type Warning struct {
	Page    int    `json:"page"`
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// String formats the warning as page:line: message.
func (w Warning) String() string {
	return fmt.Sprintf("%d:%d: %s", w.Page, w.Line, w.Message)
}

// SortWarnings orders warnings by position, keeping the order of equal ones.
func SortWarnings(ws []Warning) {
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].Page != ws[j].Page {
			return ws[i].Page < ws[j].Page
		}
		return ws[i].Line < ws[j].Line
	})
}

// Plan is one annex.
type Plan struct {
	Source   Source
	Appendix string // "02", "II", or "" for a bare "PHỤ LỤC"
	Title    string
	Subtitle string
	Columns  []Column
	Items    []*Item
	Warnings []Warning
}

// Walk calls fn for every item, depth first, in document order, with the
// item's ancestors (outermost first).
func (p *Plan) Walk(fn func(it *Item, parents []*Item)) {
	var walk func(items []*Item, parents []*Item)
	walk = func(items []*Item, parents []*Item) {
		for _, it := range items {
			fn(it, parents)
			walk(it.Items, append(parents[:len(parents):len(parents)], it))
		}
	}
	walk(p.Items, nil)
}

// CountItems returns how many items of each kind the plan holds.
func (p *Plan) CountItems() map[Kind]int {
	n := map[Kind]int{}
	p.Walk(func(it *Item, _ []*Item) { n[it.Kind]++ })
	return n
}
