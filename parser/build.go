package parser

import (
	"strings"

	"annex/model"
)

// buildPlan nests the rows into items: parts > sections > subsections >
// tasks > sub-tasks; a dotted task "1.1" goes under task "1" of its section
// when there is one, and "1.1.2" under "1.1" (dottedParent).
func buildPlan(doc *document, t *table) *model.Plan {
	p := &model.Plan{
		Appendix: doc.heading.appendix,
		Title:    doc.heading.title,
		Subtitle: doc.heading.subtitle,
		Columns:  doc.columns,
	}
	var part, section, sub, task *model.Item
	var dotted []*model.Item // the dotted tasks under task, each under the one before ("1.1", "1.1.2")
	add := func(parent *model.Item, it *model.Item) {
		if parent == nil {
			p.Items = append(p.Items, it)
			return
		}
		parent.Items = append(parent.Items, it)
	}
	container := func() *model.Item {
		for _, c := range []*model.Item{sub, section, part} {
			if c != nil {
				return c
			}
		}
		return nil
	}
	for _, r := range doc.rows {
		it := &model.Item{Number: r.mark.number, Source: model.Pos{Page: r.at.page, Line: r.at.num}}
		if doc.trace != nil {
			doc.trace.add(r.at, r.path, model.RoleNumber, r.mark.number)
			if !r.mark.kind.holdsCells() {
				for _, l := range r.lines {
					doc.trace.add(l, r.path, "title", l.text)
				}
			}
		}
		switch r.mark.kind {
		case markPart:
			it.Kind, it.Title = model.KindPart, joinTitle(r.lines)
			add(nil, it)
			part, section, sub, task, dotted = it, nil, nil, nil, nil
		case markRoman:
			it.Kind, it.Title = model.KindSection, joinTitle(r.lines)
			add(part, it)
			section, sub, task, dotted = it, nil, nil, nil
		case markSubsection:
			it.Kind, it.Title = model.KindSubsection, joinTitle(r.lines)
			add(subsectionParent(section, sub, r.mark.number), it)
			sub, task, dotted = it, nil, nil
		case markTask:
			it.Kind, it.Cells = model.KindTask, t.cells(r)
			parent := container()
			if dot := strings.LastIndexByte(r.mark.number, '.'); dot > 0 && task != nil && task.Number == r.mark.number[:dot] {
				parent, dotted = task, []*model.Item{it}
			} else if i := dottedParent(dotted, r.mark.number); i >= 0 {
				parent, dotted = dotted[i], append(dotted[:i+1], it)
			} else {
				task, dotted = it, nil
			}
			add(parent, it)
		case markLetter, markDash:
			it.Kind, it.Cells = model.KindTask, t.cells(r)
			if task == nil {
				add(container(), it)
			} else {
				add(task, it)
			}
		}
	}
	return p
}

// dottedParent returns the index in dotted (the chain of dotted tasks
// under the current task, each under the one before) of the task that
// number extends by one part ("1.1.2" under "1.1"), or -1: a ministry's
// plan numbers its tasks in three levels, and "1.1.1" read as a task of
// its own had left "1.1" without its parts.
func dottedParent(dotted []*model.Item, number string) int {
	dot := strings.LastIndexByte(number, '.')
	if dot <= 0 {
		return -1
	}
	for i := len(dotted) - 1; i >= 0; i-- {
		if dotted[i].Number == number[:dot] {
			return i
		}
	}
	return -1
}

// subsectionParent returns where a dotted subsection belongs: under the
// subsection it extends ("III.1.1" under "III.1"), else the section.
func subsectionParent(section, sub *model.Item, number string) *model.Item {
	if sub != nil && strings.HasPrefix(number, sub.Number+".") {
		return sub
	}
	return section
}

// joinTitle joins a heading's wrapped lines.
func joinTitle(lines []line) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = l.text
	}
	return joinWrapped(parts)
}

// joinWrapped joins wrapped lines with one space, or none where a line
// broke a document number after its hyphen ("05-" / "KH/TU"), as a cell's
// lines are joined.
func joinWrapped(texts []string) string { return joinLines(texts, joinsWithoutSpace) }

// joinLines joins lines with one space, or none between two that
// noSpace says run on.
func joinLines(texts []string, noSpace func(prev, next string) bool) string {
	var b strings.Builder
	for i, t := range texts {
		if i > 0 && !noSpace(texts[i-1], t) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// cells splits a task row and returns its cells in table order.
func (t *table) cells(r *row) []model.Cell {
	var pieces [][]piece
	if r.given != nil {
		for _, ci := range t.cellCol {
			pieces = append(pieces, r.given[ci])
		}
	} else {
		pieces = t.cellsOf(r)
	}
	out := make([]model.Cell, len(t.cellCol))
	for i, ci := range t.cellCol {
		col := t.doc.columns[ci]
		if t.doc.trace != nil {
			for _, p := range pieces[i] {
				t.doc.trace.add(p.src, r.path, col.Key, p.text)
			}
		}
		out[i] = model.Cell{Key: col.Key, Text: joinPieces(pieces[i], t.sp.cols[i].width, t.tightRanges, t.sp.cols[i].kind, t.dashNames)}
		if col.Key == model.KeyExtra {
			out[i].Header = col.Header
		}
	}
	return out
}
