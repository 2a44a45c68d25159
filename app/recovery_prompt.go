package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// autosaveKey is the file the unit's autosave belongs to: its own file, or
// for a unit not saved yet a made-up name from its id (store.UntitledPath),
// which the first save of the unit clears.
func (s *sharing) autosaveKey() string {
	if s.e.path != "" {
		return s.e.path
	}
	key, err := store.UntitledPath(s.e.doc.Project.ID)
	if err != nil {
		return ""
	}
	return key
}

// isUntitledKey reports whether path is the made-up name of a unit never saved.
func isUntitledKey(path string) bool { return store.IsUntitled(path) }

// autosave writes unsaved edits to the data folder, from a copy and off the
// UI thread unless wait is set.
func (s *sharing) autosave(wait bool) {
	key := s.autosaveKey()
	if s.stopped || key == "" || !s.e.doc.Dirty() {
		return
	}
	p := s.e.doc.Project.Clone()
	write := func() {
		if err := store.Autosave(key, p); err != nil {
			fyne.Do(func() {
				s.e.setError(lang.L("Autosave failed: {{.Reason}}", map[string]any{"Reason": err.Error()}))
			})
		}
	}
	if wait {
		write()
		return
	}
	go write()
}

// offerRecovery offers back, one at a time, the unsaved edits of editors
// that ended without saving.
func (a *App) offerRecovery() {
	rs, err := store.Recoverable()
	if err != nil || len(rs) == 0 {
		return
	}
	var next func(i int)
	next = func(i int) {
		if i < len(rs) {
			a.askRecover(rs[i], func() { next(i + 1) })
		}
	}
	next(0)
}

// askRecover asks whether to recover r, says what it changes, and recovers
// or discards it; then runs after the answer.
func (a *App) askRecover(r store.Recovery, then func()) {
	name := fileLabel(r.Path)
	if isUntitledKey(r.Path) {
		name = r.Project.Title
	}
	text := lang.L("Coplan closed before these changes to {{.File}} were saved. Recover them from {{.Time}}?",
		map[string]any{"File": name, "Time": r.Saved.Local().Format("Mon 2 Jan 15:04")})
	if n := len(r.Changes); n > 0 {
		var list []string
		for _, c := range r.Changes[:min(n, 5)] {
			list = append(list, "• "+c.String())
		}
		if n > 5 {
			list = append(list, "• "+lang.L("and {{.Count}} more", map[string]any{"Count": n - 5}))
		}
		text += "\n\n" + countText("1 change:", "{{.Count}} changes:", n, nil) + "\n" + strings.Join(list, "\n")
	}
	if r.DiskMissing && !isUntitledKey(r.Path) {
		text += "\n\n" + lang.L("The file is no longer there; recovering opens the changes as a new unit.")
	}
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("Recover unsaved changes?"), msg, a.win)
	recover := widget.NewButton(lang.L("Recover"), func() {
		d.Hide()
		a.confirmDiscard(func() { a.recover(r) })
		then()
	})
	recover.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("Discard"), func() {
			d.Hide()
			_ = store.DiscardRecovery(r.Path)
			then()
		}),
		recover,
	})
	d.Resize(fyne.NewSize(600, 0))
	showDialog(a.win, d)
}

// recover opens the autosaved unit r with its changes unsaved: over its
// file when that can be read, else as a new unit.
func (a *App) recover(r store.Recovery) {
	if !r.DiskMissing && r.DiskError == nil && !isUntitledKey(r.Path) {
		if l, err := store.Open(r.Path); err == nil && l.Project.ID == r.Project.ID {
			a.openLoaded(l, r.Project)
			return
		}
	}
	blank := model.NewProject(r.Project.Title, a.now())
	blank.ID = r.Project.ID
	doc := model.NewDocument(blank)
	if _, err := doc.Apply(model.Replace(r.Project, lang.L("Recovered unsaved changes"))); err != nil {
		a.showError(lang.L("Could not recover"), err)
		return
	}
	suggested := ""
	if !isUntitledKey(r.Path) {
		suggested = fileLabel(r.Path)
	}
	a.showDocument(doc, "", suggested, nil)
	_ = store.DiscardRecovery(r.Path)
	a.ed.share.autosave(true)
}
