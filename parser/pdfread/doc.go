// Package pdfread reads the text of a PDF as positioned glyphs, and the
// straight lines drawn on each page (table rules), for the annex layout
// stage. It is built on github.com/ledongthuc/pdf's object reader and
// content-stream lexer, with a text-state interpreter and font decoding of
// its own:
//
//   - codes are decoded per font: one byte for simple fonts, the code
//     lengths of the CMap's codespace for composite (Type0) fonts such as
//     Identity-H;
//   - ToUnicode maps are read completely (bfchar, and bfrange in both its
//     forms, carrying into the higher bytes);
//   - glyph widths come from /Widths for simple fonts and /W and /DW for CID
//     fonts; word spacing (Tw) applies to single-byte code 32, as the PDF
//     specification says;
//   - every text-showing operator (Tj, TJ, ', ") and the text and graphics
//     state (Tm, Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tf, cm, q, Q) is followed.
//
// A panic inside the library while reading a page becomes that page's
// error. Text is returned as the PDF maps it to Unicode; callers normalise.
// Limits: Type 3 fonts are read for their widths and ToUnicode text only
// (their glyph procedures are not run), no text in form XObjects, rotated text is read as
// if upright.
package pdfread
