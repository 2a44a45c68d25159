package export

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"coplan/model"
	"coplan/model/modeltest"
)

// The tests read the PDFs back with poppler-utils (pdftotext, pdfinfo),
// which `make deps` installs.

// render writes a handout of p and fails the test on error.
func render(t testing.TB, p *model.Project, opt PDFOptions) []byte {
	t.Helper()
	if opt.Now.IsZero() {
		opt.Now = fixedNow
	}
	var buf bytes.Buffer
	if err := WritePDF(&buf, p, opt); err != nil {
		t.Fatalf("WritePDF(%+v): %v", opt, err)
	}
	return buf.Bytes()
}

// pdfFile saves data to a temporary file for the poppler tools.
func pdfFile(t testing.TB, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// pdfInfo returns pdfinfo's fields, such as "Pages" and "Page size".
func pdfInfo(t testing.TB, data []byte) map[string]string {
	t.Helper()
	info := map[string]string{}
	for _, l := range strings.Split(modeltest.Poppler(t, "pdfinfo", pdfFile(t, data)), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok {
			info[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return info
}

// pages returns the number of pages pdfinfo reports.
func pages(t testing.TB, data []byte) int {
	t.Helper()
	n, err := strconv.Atoi(pdfInfo(t, data)["Pages"])
	if err != nil {
		t.Fatalf("pdfinfo gives no page count: %v", err)
	}
	return n
}

// layoutText is pdftotext -layout of the pages first to last (0 for all).
func layoutText(t testing.TB, data []byte, first, last int) string {
	t.Helper()
	args := []string{"-layout"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	return modeltest.Poppler(t, "pdftotext", append(args, pdfFile(t, data), "-")...)
}

// flatText is the text of the pages first to last (0 for all) in drawing
// order, without the footers and with all white space removed, so that
// text wrapped across lines and pages can be found with flat(s).
func flatText(t testing.TB, data []byte, first, last int) string {
	t.Helper()
	args := []string{"-raw"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	var b strings.Builder
	for _, pg := range strings.Split(modeltest.Poppler(t, "pdftotext", append(args, pdfFile(t, data), "-")...), "\f") {
		lines := strings.Split(strings.TrimRight(pg, "\n"), "\n")
		if n := len(lines); n > 0 && strings.Contains(lines[n-1], " · Page ") {
			lines = lines[:n-1] // the footer, drawn last on every page
		}
		b.WriteString(strings.Join(lines, "\n"))
	}
	return flat(b.String())
}

// flat removes all white space from s.
func flat(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// word is one word's box on a page, in points, from pdftotext -bbox.
type word struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
}

// page is one page of pdftotext -bbox output.
type page struct {
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	Words  []word  `xml:"word"`
}

// wordBoxes returns every word's box on every page.
func wordBoxes(t testing.TB, data []byte) []page {
	t.Helper()
	out := modeltest.Poppler(t, "pdftotext", "-bbox", pdfFile(t, data), "-")
	var doc struct {
		Pages []page `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("reading pdftotext -bbox: %v", err)
	}
	return doc.Pages
}

// checkLayout fails the test if a word lies outside the page's side margins
// or overlaps another word: the signs of clipped or colliding text.
func checkLayout(t *testing.T, name string, data []byte) {
	t.Helper()
	const mm = 72 / 25.4
	for i, pg := range wordBoxes(t, data) {
		for j, a := range pg.Words {
			if a.XMin < marginSide*mm-1 || a.XMax > pg.Width-marginSide*mm+1 || a.YMax > pg.Height-4*mm {
				t.Errorf("%s page %d: %q at x %.0f–%.0f, y %.0f lies outside the text area", name, i+1, a.Text, a.XMin, a.XMax, a.YMax)
			}
			for _, b := range pg.Words[j+1:] {
				if a.XMin < b.XMax-0.5 && b.XMin < a.XMax-0.5 && a.YMin < b.YMax-0.5 && b.YMin < a.YMax-0.5 {
					t.Errorf("%s page %d: %q overlaps %q", name, i+1, a.Text, b.Text)
				}
			}
		}
	}
}
