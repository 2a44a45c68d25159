package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"

	"coplan/model/export"
)

func TestExportPDFWritesTheHandoutInTheBackground(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	path := filepath.Join(t.TempDir(), "overview.pdf")
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	<-c.writePDF(w, export.PDFOptions{Handout: export.HandoutOverview, Paper: export.PaperA4})
	if got := readFile(t, path); !strings.HasPrefix(got, "%PDF-") {
		t.Errorf("the file does not hold a PDF: %.20q", got)
	}
	if !strings.Contains(c.ed.status.Text, "Exported overview.pdf") {
		t.Errorf("status %q", c.ed.status.Text)
	}
}

func TestAFailedExportLeavesTheOldFile(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	path := filepath.Join(t.TempDir(), "old.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, _ := storage.Writer(storage.NewFileURI(path))
	<-c.writePDF(w, export.PDFOptions{Handout: "no such handout"})
	if got := readFile(t, path); got != "old" {
		t.Errorf("a failed export changed the file to %.20q", got)
	}
	if !strings.Contains(overlayText(c), "Could not export") && !strings.Contains(overlayText(c), "unknown handout") {
		t.Errorf("the failure is not shown: %q", overlayText(c))
	}
}
