package app

import (
	"errors"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// openLoaded shows the unit read in l once its lock is settled: taken at
// once when nobody else has the file open, else after asking whether to
// open it read-only or anyway. recovered, when set, is an autosaved version
// of the unit, taken in as one undoable edit; when that fails the file
// opens as saved and the person is told their changes were not recovered.
func (a *App) openLoaded(l *store.Loaded, recovered *model.Project) {
	show := func(locked, readOnly bool, lockMsg string) {
		_, _ = store.Remember(l.Project)
		doc := model.NewDocument(l.Project)
		var lost error
		if recovered != nil {
			_, lost = doc.Apply(model.Replace(recovered, lang.L("Recovered unsaved changes")))
		}
		a.prefs.addRecent(l.Path)
		a.showDocument(doc, l.Path, "", l.Warnings)
		a.ed.share.track(l.Path, l.Snapshot, locked, readOnly, lockMsg)
		if lost != nil {
			showDialog(a.win, dialog.NewInformation(lang.L("Could not recover"),
				lang.L("The unsaved changes could not be recovered ({{.Reason}}). The file is open as it was last saved.",
					map[string]any{"Reason": lost.Error()}), a.win))
		}
	}
	_, err := store.AcquireLock(l.Path, a.lockOwner())
	var held *store.LockedError
	switch {
	case err == nil:
		show(true, false, "")
	case errors.As(err, &held):
		a.askLocked(held, func(choice lockChoice) {
			switch choice {
			case openReadOnly:
				show(false, true, lockHolder(held.Lock))
			case openAnyway:
				_, terr := store.TakeLock(l.Path, a.lockOwner())
				show(terr == nil, false, "")
			}
		})
	default:
		// A folder we may not write to: open without a lock, and say so.
		show(false, false, "")
		a.ed.setError(lang.L("No lock file could be written, so others are not told you have this unit open: {{.Reason}}",
			map[string]any{"Reason": err.Error()}))
	}
}

// lockChoice is the answer to "someone else has this file open".
type lockChoice int

const (
	openCancel lockChoice = iota
	openReadOnly
	openAnyway
)

// askLocked tells the user who has the file open and asks what to do.
func (a *App) askLocked(held *store.LockedError, answered func(lockChoice)) {
	msg := widget.NewLabel(lockHolder(held.Lock) + "\n\n" +
		lang.L("Open Read-Only to look without saving. Open Anyway to edit it too: if you both save, Coplan merges your changes, but working one at a time is simpler."))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.L("{{.File}} is open elsewhere", map[string]any{"File": fileLabel(held.Path)}), msg, a.win)
	answer := func(c lockChoice) func() {
		return func() {
			d.Hide()
			answered(c)
		}
	}
	readOnly := widget.NewButton(lang.L("Open Read-Only"), answer(openReadOnly))
	readOnly.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("Cancel"), answer(openCancel)),
		widget.NewButton(lang.L("Open Anyway"), answer(openAnyway)),
		readOnly,
	})
	d.Resize(fyne.NewSize(560, 0))
	showDialog(a.win, d)
}

// takeOver makes a read-only unit editable: the lock becomes this editor's.
func (a *App) takeOver() {
	s := a.ed.share
	if !s.readOnly {
		return
	}
	if _, err := store.TakeLock(s.path, a.lockOwner()); err != nil {
		a.ed.setError(err.Error())
		return
	}
	s.locked, s.readOnly, s.lockMsg = true, false, ""
	s.updateBanner()
	a.ed.setStatus(lang.L("You have this unit open now; others who open it are told."))
}

// refreshLock renews the lock, writes it again when it went away, and says
// so when someone else took it over (they opened the unit anyway); once
// they close, the lock is this editor's again.
func (s *sharing) refreshLock() {
	s.refresh = time.Now()
	err := store.RefreshLock(s.path, s.e.app.lockOwner())
	var held *store.LockedError
	switch {
	case errors.As(err, &held):
		if s.locked {
			s.e.setError(lockTakenOver(held.Lock))
		}
		s.locked = false
	case err == nil:
		s.locked = true
	}
}

// lockNeedsRefresh reports whether the lock is due for renewal, or is not
// this editor's lock any more (deleted, or someone else's).
func (s *sharing) lockNeedsRefresh() bool {
	if s.path == "" || s.readOnly {
		return false
	}
	if !s.locked || time.Since(s.refresh) >= lockRefreshInterval {
		return true
	}
	l, err := store.ReadLock(s.path)
	return err != nil || l == nil || !l.Mine()
}

// readOnlyRefusal explains why a read-only unit was not saved.
func (a *App) readOnlyRefusal() {
	showDialog(a.win, dialog.NewInformation(lang.L("Read-only"),
		lang.L("{{.Holder}} You opened it read-only, so it was not saved. Use Save As to keep your own copy, or Edit anyway on the bar above the unit.",
			map[string]any{"Holder": a.ed.share.lockMsg}), a.win))
}

// lockHolder says in a sentence who has a unit open, where and since when:
// "Raj Patel has this unit open in Coplan on vm since 12:01."
func lockHolder(l store.Lock) string {
	args := lockWords(l)
	if l.Name == "" {
		return lang.L("Someone on {{.Host}} has this unit open in Coplan since {{.Since}}.", args)
	}
	return lang.L("{{.Name}} has this unit open in Coplan on {{.Host}} since {{.Since}}.", args)
}

// lockTakenOver says that someone opened this editor's unit anyway.
func lockTakenOver(l store.Lock) string {
	args := lockWords(l)
	if l.Name == "" {
		return lang.L("Someone on {{.Host}} opened this unit too, at {{.Since}}. If you both save, Coplan merges your changes.", args)
	}
	return lang.L("{{.Name}} opened this unit too, on {{.Host}} at {{.Since}}. If you both save, Coplan merges your changes.", args)
}

// lockWords are the parts of a lock a sentence names: who, which computer
// and when (the time of day, with the date unless it is today).
func lockWords(l store.Lock) map[string]any {
	host := l.Host
	if host == "" {
		host = lang.L("another computer")
	}
	since := l.Since.Local()
	when := since.Format("15:04")
	if y, m, d := since.Date(); y != time.Now().Year() || m != time.Now().Month() || d != time.Now().Day() {
		when = since.Format("Mon 2 Jan 2006 15:04")
	}
	return map[string]any{"Name": l.Name, "Host": host, "Since": when}
}

// canvasRect is a faint background in the theme colour name, for a bar.
func canvasRect(name fyne.ThemeColorName) *canvas.Rectangle {
	r, g, b, _ := theme.Color(name).RGBA()
	return canvas.NewRectangle(color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x30})
}
