package export

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"

	"coplan/model/modeltest"
)

// BenchmarkPDF exports a generated unit of 100 sessions and 40 rubrics
// ("layout") and, for comparison, has gofpdf write the same lines of text
// with the same fonts and no layout, one Cell per line ("plain"). The goal
// is layout at most 1.3 times plain.
//
//	go test -run '^$' -bench PDF ./model/export/
func BenchmarkPDF(b *testing.B) {
	p := bigUnit(100, 40)
	for _, h := range []string{HandoutOverview, HandoutRubric, HandoutSchedule, HandoutBriefing} {
		opt := PDFOptions{Handout: h, Now: fixedNow}
		data := render(b, p, opt)
		text := modeltest.Poppler(b, "pdftotext", "-raw", pdfFile(b, data), "-")
		lines := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\f' })
		b.Run(h+"/layout", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := WritePDF(io.Discard, p, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(h+"/plain", func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := plainPDF(io.Discard, lines, h == HandoutRubric); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// plainPDF writes lines with gofpdf and the handouts' fonts, one Cell each.
func plainPDF(w io.Writer, lines []string, landscape bool) error {
	orient := "P"
	if landscape {
		orient = "L"
	}
	pdf := gofpdf.New(orient, "mm", "A4", "")
	if err := addFonts(pdf); err != nil {
		return err
	}
	pdf.SetAutoPageBreak(true, marginBottom)
	pdf.AddPage()
	pdf.SetFont(fontFamily, regular, 9)
	for _, l := range lines {
		pdf.CellFormat(0, 4.5, l, "", 1, "L", false, 0, "")
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return err
	}
	_, err := buf.WriteTo(w)
	return err
}
