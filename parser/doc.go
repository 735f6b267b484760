// Package parser recovers the task table of a Vietnamese plan annex
// ("Phụ lục … nhiệm vụ") from text extracted out of a PDF, and returns it as
// a model.Plan.
//
// The input this package reads is text in cell-block order: each table row's
// cells one after another (the number, the content's wrapped lines, the lead
// unit's lines, …), rows top to bottom, pages in turn, with page numbers,
// repeated headers and form feeds mixed in. The stages, each with its own
// types:
//
//	bytes ─ readLines ─▶ []line ─ scanDocument ─▶ heading, columns, []row
//	      ─ splitRow (per row) ─▶ cells ─ buildPlan ─▶ model.Plan ─ verify
//
// Recovering cells from wrapped lines is a search: every way of cutting a
// row's lines into its columns is scored by named evidence (a column's
// learned width, whether a wrapped line was full, capitals at a cell's start,
// what times look like), and the cheapest wins. Column widths are learned
// from the document itself. Every guess made at low confidence becomes a
// warning with its page and line.
//
// Column-aligned text (pdftotext -layout, layouttext.go and layoutrow.go)
// and PDFs (layout.go, unruled.go, with pdfread) are laid out into the
// same rows, their cells read from the words' positions; they share the
// numbering, the cell-block text model of how cells start, wrap and end,
// and the checks. pdftotext places each page's text, and each row's, by
// what stands left of it, so column-aligned text's boundaries are looked
// for on each page and then in each row (bandBoundaries), each reading
// kept only where it costs less.
//
// Limits: the parser knows generic Vietnamese administrative vocabulary
// (column headers, units, time words) but nothing of any one annex; a table
// whose header names no known column, or whose rows carry no numbers, is
// reported as having no annex table. Heads are read by the vocabulary
// (headVocabulary: "Bộ phận chủ trì", "Phòng, đơn vị phối hợp"), also
// where a sentence-case head names its role after words of its own
// ("Trách nhiệm chủ trì", "Tổng kinh phí"); a content head it lacks is
// found by its place, right after the number's, when the lead is named
// (contentByPlace), and a lead head it lacks by its words, an unknown
// head naming bodies ("Cơ quan chuẩn bị") where no lead is named
// (leadByName). Any other unknown head is read as an extra column,
// its cells kept under "extra". In cell-block text a head in capitals
// whose role phrase follows other words ("TRÁCH NHIỆM CHỦ TRÌ") keeps its
// role, but its first words are read as the end of the head before it:
// nothing shows where one head ends. One input gives one table: a second
// annex after the first (its own "PHỤ LỤC" heading and header) ends the
// table with a warning, and is not read. A header of two rows, a group
// head over sub-heads ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"),
// is read by its sub-heads from a PDF and from column-aligned text
// (splitGroupHeads, withoutGroupName), and from cell-block text, which
// gives the sub-heads after the top row's heads, when they end the header
// (placeSubHeads); the group's name is not kept in the columns' headers.
// A group whose sub-heads name no role ("Thời gian" over "Bắt đầu" /
// "Hoàn thành") is not understood. A row without a
// number whose cells go on the task above (a cell merged down in the
// source) is read from a PDF and from column-aligned text; in cell-block
// text only the order shows it (the row's lines reach its last column,
// then start over), so it is read at a cost, with a warning, and some
// are still read as the task's own next lines. In cell-block text an
// extra column whose cells name councils or units ("Cấp ban hành":
// "UBND tỉnh") is told from the unit columns beside it by the cells'
// order alone: a row that leaves one of them empty may be read a cell
// off.
package parser
