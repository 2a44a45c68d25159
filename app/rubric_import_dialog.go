package app

import (
	"errors"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/export"
)

// importButton offers to add rubrics from an LMS spreadsheet.
func (v *rubrics) importButton() *widget.Button {
	b := widget.NewButtonWithIcon(lang.L("Import from spreadsheet…"), theme.UploadIcon(), v.showImportDialog)
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// showImportDialog asks for a Canvas rubric spreadsheet and imports it.
func (v *rubrics) showImportDialog() {
	a := v.e.app
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		v.importCSV(r.URI().Name(), r)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// importCSV adds the rubrics of the Canvas spreadsheet r, named name, to the
// unit as one undoable step and selects the first. A spreadsheet with bad
// rows imports nothing: the rows are listed by line so they can be fixed.
func (v *rubrics) importCSV(name string, r io.Reader) {
	e := v.e
	rubrics, err := export.ReadCanvasCSV(r, e.doc.Project, e.doc.Now())
	var ie *export.ImportError
	switch {
	case errors.As(err, &ie):
		showSheetProblems(v.e, name, ie)
		return
	case err != nil:
		e.app.showError(lang.L("Could not import {{.File}}", map[string]any{"File": name}), err)
		return
	}
	var ce *export.ClashError
	if _, err := export.PlaceRubricsEdit(e.doc.Project, rubrics, export.ClashRefuse); errors.As(err, &ce) {
		v.askClash(name, rubrics, ce)
		return
	}
	v.place(name, rubrics, export.ClashRefuse)
}

// askClash asks whether imported rubrics replace the unit's rubrics of the
// same titles or are kept beside them.
func (v *rubrics) askClash(name string, rubrics []model.Rubric, ce *export.ClashError) {
	msg := widget.NewLabel(lang.L("This unit already has a rubric called {{.Titles}}. Replace it with the one from {{.File}}, or keep both?",
		map[string]any{"Titles": "“" + strings.Join(ce.Titles, "”, “") + "”", "File": name}))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	choose := func(c export.TitleClash) func() {
		return func() {
			d.Hide()
			v.place(name, rubrics, c)
		}
	}
	replace := widget.NewButton(lang.L("Replace"), choose(export.ClashReplace))
	both := widget.NewButton(lang.L("Keep Both"), choose(export.ClashKeepBoth))
	both.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("Import {{.File}}", map[string]any{"File": name}), msg, v.e.app.win)
	d.SetButtons([]fyne.CanvasObject{cancel, replace, both})
	d.Resize(fyne.NewSize(520, 0))
	showDialog(v.e.app.win, d)
}

// place adds imported rubrics as one undoable step, doing what clash says
// with a title the unit has, and selects the first.
func (v *rubrics) place(name string, rubrics []model.Rubric, clash export.TitleClash) {
	e := v.e
	edit, err := export.PlaceRubricsEdit(e.doc.Project, rubrics, clash)
	if err != nil {
		e.app.showError(lang.L("Could not import {{.File}}", map[string]any{"File": name}), err)
		return
	}
	if !e.apply(edit) {
		return
	}
	v.Reveal(rubrics[0].ID, "")
	e.setStatus(countText("Imported 1 rubric from {{.File}}; Undo takes it out again.", "Imported {{.Count}} rubrics from {{.File}}; Undo takes them out again.",
		len(rubrics), map[string]any{"File": name}))
}
