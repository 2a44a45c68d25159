package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"coplan/model/export"
)

// exportMenu is the Export menu. Each exporter adds its item here.
func (a *App) exportMenu() *fyne.Menu {
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.L("PDF Handout…"), a.exportPDF), fyne.NewMenuItemSeparator()}
	return fyne.NewMenu(lang.L("Export"), append(items, a.interchangeItems()...)...)
}

// setExportEnabled enables the export items only while a unit is open.
func setExportEnabled(m *fyne.Menu, on bool) {
	for _, it := range m.Items {
		it.Disabled = !on
	}
}

// handoutLabel names a PDF handout.
func handoutLabel(h string) string {
	switch h {
	case export.HandoutOverview:
		return lang.L("Unit overview")
	case export.HandoutRubric:
		return lang.L("Student rubric")
	case export.HandoutBriefing:
		return lang.L("Expert or partner briefing")
	case export.HandoutSchedule:
		return lang.L("Session schedule")
	}
	return h
}

// choosePDFFile asks where to write the handout and writes it there.
func (a *App) choosePDFFile(opt export.PDFOptions) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if w == nil || a.ed == nil {
			return
		}
		a.writePDF(w, opt)
	}, a.win)
	d.SetFileName(handoutFileName(a.ed.doc.Project, opt))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// writePDF lays the handout out in a goroutine, on a copy of the unit so that
// editing can go on, and reports back on the UI thread; the channel closes
// when it has. The writer opens its file only when the finished PDF is
// written, so a failure leaves any old file as it was.
func (a *App) writePDF(w fyne.URIWriteCloser, opt export.PDFOptions) <-chan struct{} {
	finished := make(chan struct{})
	if a.refuseExportOverUnit(w.URI().Path()) {
		_ = w.Close() // unused, it leaves the file untouched (file_writer.go)
		close(finished)
		return finished
	}
	p := a.ed.doc.Project.Clone()
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.L("Making the PDF…"), container.NewPadded(bar), a.win)
	showDialog(a.win, wait)
	ed := a.ed
	go func() {
		defer close(finished)
		err := export.WritePDF(w, p, opt)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		fyne.DoAndWait(func() {
			bar.Stop()
			wait.Hide()
			if err != nil {
				a.showError(lang.L("Could not export"), err)
				return
			}
			if a.ed == ed {
				ed.setStatus(lang.L("Exported {{.File}}", map[string]any{"File": w.URI().Name()}))
			}
			a.showExported(w.URI().Path(), "")
		})
	}()
	return finished
}
