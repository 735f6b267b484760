package parser

import (
	"os"
	"testing"
)

// BenchmarkParse parses the seed annex; it reports MB/s of input text.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../seeds/000_a1139260fa9e1465.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseText("seed.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePDF parses the seed's LibreOffice PDF in process; the whole
// process is compared with pdftotext by .ci/bench-pdf.
func BenchmarkParsePDF(b *testing.B) {
	data, err := os.ReadFile("../testdata/corpus/seed/lo.pdf")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParsePDF("lo.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}
