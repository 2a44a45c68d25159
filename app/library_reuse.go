package app

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/catalog"
	"coplan/model/store"
)

// openSelected opens the selected unit in the editor, through the usual
// open flow (which asks about unsaved changes first).
func (l *library) openSelected() {
	if l.cur == nil {
		return
	}
	l.a.win.RequestFocus()
	l.a.openPath(l.cur.Path)
}

// loadSelected reads the selected unit's file, or says why it cannot.
func (l *library) loadSelected() *model.Project {
	if l.cur == nil {
		return nil
	}
	src, err := store.Open(l.cur.Path)
	if err != nil {
		showDialog(l.win, dialog.NewInformation(lang.L("Could not open {{.File}}", map[string]any{"File": filepath.Base(l.cur.Path)}), err.Error(), l.win))
		return nil
	}
	return src.Project
}

// newUnitFromSelected opens a copy of the selected unit, with fresh ids and
// no comments or approvals, as a new unit that has no file yet.
func (l *library) newUnitFromSelected() {
	src := l.loadSelected()
	if src == nil {
		return
	}
	a := l.a
	p := catalog.NewUnitFrom(src, a.now())
	a.win.RequestFocus()
	a.confirmDiscard(func() {
		a.showDocument(model.NewDocument(p), "", "", nil)
		a.ed.setStatus(lang.L("A new unit started from {{.Title}}: save it to keep it.", map[string]any{"Title": orUntitled(src.Title)}))
	})
}

// copyRubric copies the rubric chosen in the preview into the open unit as
// one undoable step, and shows it there.
func (l *library) copyRubric() {
	rid := l.preview.rubricID()
	if l.a.ed == nil || rid == "" {
		return
	}
	src := l.loadSelected()
	if src == nil {
		return
	}
	ed := l.a.ed
	edit, err := catalog.CopyRubric(src, rid, ed.doc.Project, l.a.now())
	if err != nil {
		showDialog(l.win, dialog.NewError(err, l.win))
		return
	}
	if !ed.apply(edit) {
		return
	}
	rubrics := ed.doc.Project.Rubrics
	copied := rubrics[len(rubrics)-1]
	ed.reveal(copied.ID, "")
	l.status.SetText(lang.L("Copied the rubric {{.Rubric}} into {{.Unit}}.", map[string]any{"Rubric": orUntitled(copied.Title), "Unit": ed.unitTitle()}))
}

// originOf says where a rubric copied from the unit with id fileID came
// from: the unit's title and file when the Library knows it, never the id.
func (a *App) originOf(fileID string) string {
	if l := a.menu.lib; l != nil && l.ix != nil {
		for _, e := range l.ix.Entries {
			if e.ID == fileID {
				return lang.L("Copied from {{.Title}} ({{.File}})", map[string]any{"Title": orUntitled(e.Title), "File": e.Rel})
			}
		}
	}
	return lang.L("Copied from another unit")
}

// cmdSaveTemplate asks for a template title and saves the open unit as a
// template, which the start screen then offers.
func (a *App) cmdSaveTemplate() {
	if a.ed == nil {
		return
	}
	title := newDialogEntry()
	title.SetText(a.ed.doc.Project.Title)
	note := caption(lang.L("The template is a copy with fresh ids and without comments or approvals. The start screen offers it under Your templates."))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Title"), title), widget.NewFormItem("", note)}
	d := dialog.NewForm(lang.L("Save as template"), lang.L("Save"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			a.saveTemplate(title.Text)
		}
	}, a.win)
	d.Resize(fyne.NewSize(520, 0))
	showDialog(a.win, d)
}

// saveTemplate saves the open unit as a template titled title and returns
// its file, or "" when that failed (which it says).
func (a *App) saveTemplate(title string) string {
	path, err := catalog.SaveAsTemplate(a.ed.doc.Project, title, a.now())
	if err != nil {
		a.showError(lang.L("Could not save the template"), err)
		return ""
	}
	a.ed.setStatus(lang.L("Saved the template {{.File}}; the start screen offers it under Your templates.", map[string]any{"File": filepath.Base(path)}))
	return path
}

// addUserTemplates lists the user's own templates on the start screen,
// under their own heading, each with a button that starts a unit from it.
func (a *App) addUserTemplates(box *fyne.Container) {
	ix, err := catalog.UserTemplates(context.Background())
	if err != nil || len(ix.Entries) == 0 {
		return
	}
	box.Add(widget.NewSeparator())
	box.Add(container.NewPadded(heading(lang.L("Your templates"))))
	for _, e := range ix.Entries {
		path := e.Path
		box.Add(widget.NewSeparator())
		box.Add(a.templateRow(orUntitled(e.Title), templateNote(e), func() { a.newUnitFromFile(path) }))
	}
}

// templateNote describes a user template in a line.
func templateNote(e *catalog.Entry) string {
	var facts []string
	if len(e.YearLevels) > 0 {
		facts = append(facts, lang.L("Years {{.Years}}", map[string]any{"Years": strings.Join(e.YearLevels, ", ")}))
	}
	facts = append(facts, e.Subjects...)
	if q := strings.TrimSpace(e.DrivingQuestion); q != "" {
		facts = append(facts, q)
	}
	if len(facts) == 0 {
		return lang.L("One of your units, saved as a template.")
	}
	return strings.Join(facts, " · ")
}

// newUnitFromFile shows a new, unsaved unit made from the template file at
// path, with fresh ids.
func (a *App) newUnitFromFile(path string) {
	l, err := store.Open(path)
	if err != nil {
		a.showLoadError(path, err)
		return
	}
	p := l.Project
	model.Reidentify(p, a.now())
	a.confirmDiscard(func() { a.showDocument(model.NewDocument(p), "", "", nil) })
}
