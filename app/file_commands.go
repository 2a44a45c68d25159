package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"coplan/assets"
	"coplan/model"
	"coplan/model/catalog"
	"coplan/model/store"
)

// showStart closes the open unit, if any, and shows the start screen.
func (a *App) showStart() {
	if a.ed != nil {
		a.ed.close()
		a.ed = nil
	}
	a.win.SetTitle("Coplan")
	a.setContent(a.startScreen())
	a.updateMenus()
}

// showDocument shows doc in the window. path is its file ("" when it has
// none yet), suggested the file name Save As offers, warnings what loading it
// reported.
func (a *App) showDocument(doc *model.Document, path, suggested string, warnings []model.Diagnostic) {
	if a.ed != nil {
		a.ed.close()
	}
	a.ed = newEditor(a, doc, path, suggested, warnings)
	a.setContent(a.ed.object())
	a.ed.updateTitle()
	a.updateMenus()
	if len(warnings) > 0 {
		a.ed.setStatus(lang.L("Opened with warnings ({{.Count}}): see Readiness.", map[string]any{"Count": len(warnings)}))
	}
}

// openPath reads the unit at path and shows it. A file that cannot be read
// is reported with where and why, and the window keeps what it showed.
func (a *App) openPath(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if a.ed != nil && a.ed.path == path {
		return
	}
	l, err := store.Open(path)
	if err != nil {
		a.showLoadError(path, err)
		return
	}
	a.confirmDiscard(func() { a.openLoaded(l, nil) })
}

// showLoadError explains why the file at path could not be opened.
func (a *App) showLoadError(path string, err error) {
	var fe *store.FileError
	msg := err.Error()
	if errors.As(err, &fe) {
		msg = fe.Error() // file:line: message
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	text.TextStyle = fyne.TextStyle{Monospace: true}
	content := container.NewVBox(widget.NewLabel(lang.L("Coplan could not read this file:")), text)
	if _, statErr := os.Stat(path); errors.Is(statErr, os.ErrNotExist) {
		a.prefs.removeRecent(path)
		a.updateMenus()
	} else if _, bakErr := os.Stat(store.BackupPath(path)); bakErr == nil {
		content.Add(widget.NewLabel(lang.L("The previous version is kept as {{.File}}; you can open that instead.",
			map[string]any{"File": filepath.Base(store.BackupPath(path))})))
	}
	d := dialog.NewCustom(lang.L("Could not open {{.File}}", map[string]any{"File": filepath.Base(path)}), lang.L("OK"), content, a.win)
	d.Resize(fyne.NewSize(560, 0))
	showDialog(a.win, d)
}

// showOpenDialog asks for a unit file and opens it.
func (a *App) showOpenDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		a.openPath(path)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// startIn points a file dialog at the open unit's folder, or the newest recent file's.
func (a *App) startIn(d *dialog.FileDialog) {
	dir := ""
	if a.ed != nil && a.ed.path != "" {
		dir = filepath.Dir(a.ed.path)
	} else if r := a.prefs.recent(); len(r) > 0 {
		dir = filepath.Dir(r[0])
	}
	if dir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// newUnit shows a new, unsaved unit: blank when t is nil, else a copy of the
// template with fresh ids.
func (a *App) newUnit(t *assets.Starter) {
	var p *model.Project
	if t == nil {
		p = model.NewProject(lang.L("Untitled unit"), a.now())
	} else {
		d, err := model.Decode(t.Data)
		if err != nil {
			a.showError(lang.L("Could not use this template"), err)
			return
		}
		p = d.Project
		model.Reidentify(p, a.now())
	}
	a.confirmDiscard(func() { a.showDocument(model.NewDocument(p), "", "", nil) })
}

// openExample shows the bundled example as an unsaved copy: saving it asks
// where, so the example itself is never written to.
func (a *App) openExample() {
	d, err := model.Decode(assets.Example())
	if err != nil {
		a.showError(lang.L("Could not open the example"), err)
		return
	}
	a.confirmDiscard(func() { a.showDocument(model.NewDocument(d.Project), "", assets.ExampleName, d.Warnings) })
}

// save writes the unit to its file (asking for one if it has none), then
// runs then, if given, once that worked.
func (a *App) save(then func()) {
	if a.ed.path == "" {
		a.saveAs(then)
		return
	}
	if a.ed.share.tracks(a.ed.path) {
		a.saveTracked(then)
		return
	}
	if a.writeUnit(a.ed.path) == nil && then != nil {
		then()
	}
}

// saveAs asks where to save the unit, saves it there and runs then, if
// given, once that worked. The dialog's writer is closed unused (it has not
// touched the file; see file_writer.go) and the store saves atomically.
func (a *App) saveAs(then func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if w == nil {
			return
		}
		a.saveAsChosen(w, then)
	}, a.win)
	d.SetFileName(a.ed.suggestedName())
	d.SetFilter(storage.NewExtensionFileFilter([]string{".toml"}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// saveAsChosen saves to the file the save dialog chose, given its writer.
func (a *App) saveAsChosen(w fyne.URIWriteCloser, then func()) {
	path := w.URI().Path()
	_ = w.Close()
	if !strings.HasSuffix(strings.ToLower(path), ".toml") {
		path += store.Extension
		if _, err := os.Stat(path); err == nil {
			showDialog(a.win, dialog.NewConfirm(lang.L("Replace file?"),
				lang.L("{{.File}} already exists. Replace it?", map[string]any{"File": filepath.Base(path)}),
				func(ok bool) {
					if ok {
						a.saveAsPath(path, then)
					}
				}, a.win))
			return
		}
	}
	a.saveAsPath(path, then)
}

// saveAsPath saves the unit to path and makes path its file.
func (a *App) saveAsPath(path string, then func()) {
	if a.writeUnit(path) != nil {
		return
	}
	a.ed.setPath(path)
	if snap, err := store.TakeSnapshot(path); err == nil {
		a.ed.share.moved(path, snap)
	}
	a.prefs.addRecent(path)
	a.updateMenus()
	if then != nil {
		then()
	}
}

// writeUnit saves the open unit to path and marks it saved; on failure it
// says why and that the file on disk was left as it was.
func (a *App) writeUnit(path string) error {
	if err := a.saveFile(path, a.ed.doc.Project); err != nil {
		a.saveFailed(err)
		return err
	}
	a.savedAs(path)
	return nil
}

// saveFailed says why a save failed and that nothing was lost.
func (a *App) saveFailed(err error) {
	showDialog(a.win, dialog.NewInformation(lang.L("Could not save"),
		err.Error()+"\n\n"+lang.L("Your changes are still here, and the file on disk was not changed."), a.win))
}

// savedAs marks the unit saved to path.
func (a *App) savedAs(path string) {
	a.ed.doc.MarkSaved()
	a.ed.updateTitle()
	a.ed.setStatus(lang.L("Saved {{.File}}", map[string]any{"File": filepath.Base(path)}))
	a.updateMenus()
}

// fileNameFor turns a unit title into a file name such as
// "solar-car.coplan.toml", by the one rule catalog.FileName keeps.
func fileNameFor(title string) string { return catalog.FileName(title) + store.Extension }
