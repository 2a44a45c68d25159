package app

import (
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model/store"
)

// pollInterval is how often the open file is checked for changes on disk,
// besides when the window comes to the front and before every save.
var pollInterval = 5 * time.Second

// lockRefreshInterval is how often the lock file is renewed, so that others
// can tell a running editor from one that crashed.
var lockRefreshInterval = 4 * time.Minute

// backgroundTimers starts the autosave, lock refresh and disk polling
// timers; tests turn it off and call what the timers call themselves.
var backgroundTimers = true

// sharing keeps an editor's unit safe while others use the same file: it
// holds the lock, watches the file, finds conflicted copies and autosaves.
type sharing struct {
	e        *editor
	path     string         // the file locked and watched; "" for none
	snap     store.Snapshot // the file as last read, merged or saved
	watcher  *store.Watcher
	locked   bool   // this editor holds the file's lock
	readOnly bool   // opened read-only because someone else has it open
	lockMsg  string // who has it open, when read-only
	copies   []store.ConflictedCopy
	merging  bool     // a merge waits for the user's choices
	parents  []string // revisions merged in since the last save
	refresh  time.Time
	stopTick func()
	banner   *fyne.Container // the bars above the editor
	stopped  bool
}

func newSharing(e *editor) *sharing {
	s := &sharing{e: e, banner: container.NewVBox()}
	if backgroundTimers {
		s.stopTick = every(store.AutosaveInterval, s.tick)
	}
	return s
}

// every runs fn on the UI thread each time d passes, until stopped.
func every(d time.Duration, fn func()) (stop func()) {
	t := time.NewTicker(d)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				fyne.Do(fn)
			}
		}
	}()
	return func() {
		t.Stop()
		close(done)
	}
}

// tick autosaves unsaved edits and renews the lock when it is due.
func (s *sharing) tick() {
	if s.stopped {
		return
	}
	s.autosave(false)
	if s.lockNeedsRefresh() {
		s.refreshLock()
	}
}

// track starts looking after the file at path, as read in snap: lock held
// (or read-only), watched, checked for conflicted copies.
func (s *sharing) track(path string, snap store.Snapshot, locked, readOnly bool, lockMsg string) {
	s.path, s.snap = path, snap
	s.locked, s.readOnly, s.lockMsg = locked, readOnly, lockMsg
	s.refresh = time.Now()
	interval := pollInterval
	if !backgroundTimers {
		interval = 24 * time.Hour
	}
	s.watcher = store.Watch(path, snap, interval, func(now store.Snapshot) {
		fyne.Do(func() { s.diskChanged(now) })
	})
	s.findCopies()
}

// tracks reports whether saving to path must check the file first.
func (s *sharing) tracks(path string) bool { return s.path != "" && s.path == path }

// stop releases the lock, stops the timers and drops the autosave: the
// editor closes, after the user saved or chose not to.
func (s *sharing) stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	if s.stopTick != nil {
		s.stopTick()
	}
	s.untrack()
	_ = store.DiscardRecovery(s.autosaveKey())
}

// shutdown stops like stop, but keeps unsaved edits autosaved to be
// offered back at the next start: the app ends without the user having
// closed the unit (a logout, a signal).
func (s *sharing) shutdown() {
	if s.stopped {
		return
	}
	s.autosave(true)
	s.stopped = true
	if s.stopTick != nil {
		s.stopTick()
	}
	s.untrack()
}

// untrack lets go of the file: the lock and the watcher.
func (s *sharing) untrack() {
	if s.watcher != nil {
		s.watcher.Stop()
		s.watcher = nil
	}
	if s.locked {
		_ = store.ReleaseLock(s.path)
	}
	s.path, s.locked, s.readOnly, s.copies = "", false, false, nil
	s.updateBanner()
}

// moved follows the unit to path after Save As: the lock and watch move
// with it, and the autosaves kept under its old file or, for a new unit,
// under its id go.
func (s *sharing) moved(path string, snap store.Snapshot) {
	if s.path != "" {
		_ = store.DiscardRecovery(s.path)
	}
	_ = store.DiscardUnitRecoveries(s.e.doc.Project.ID)
	s.untrack()
	locked := false
	if _, err := store.AcquireLock(path, s.e.app.lockOwner()); err == nil {
		locked = true
	}
	s.track(path, snap, locked, false, "")
	s.updateBanner()
}

// foreground checks the file and its copies when the window comes to the front.
func (s *sharing) foreground() {
	if s.stopped || s.path == "" {
		return
	}
	if w := s.watcher; w != nil {
		go func() { _, _ = w.Check() }()
	}
	s.findCopies()
}

// findCopies looks for conflicted copies beside the file and shows the bar.
func (s *sharing) findCopies() {
	if s.path == "" {
		return
	}
	copies, err := store.FindConflictedCopies(s.path)
	if err != nil {
		copies = nil
	}
	s.copies = copies
	s.updateBanner()
}

// updateBanner shows the bars that apply: read-only, conflicted copies.
func (s *sharing) updateBanner() {
	var bars []fyne.CanvasObject
	if s.readOnly {
		take := widget.NewButton(lang.L("Edit anyway"), s.e.app.takeOver)
		bars = append(bars, infoBar(theme.WarningIcon(), lang.L("Read-only: {{.Holder}} Saving is off; Save As keeps your own copy.",
			map[string]any{"Holder": s.lockMsg}), take))
	}
	if n := len(s.copies); n > 0 {
		merge := widget.NewButton(lang.L("Review and merge"), s.e.app.mergeCopies)
		merge.Importance = widget.HighImportance
		text := countText("1 conflicting copy of this file, made by a sync tool", "{{.Count}} conflicting copies of this file, made by a sync tool", n, nil)
		bars = append(bars, infoBar(theme.WarningIcon(), text, merge))
	}
	s.banner.Objects = bars
	s.banner.Refresh()
}

// infoBar is a line across the editor with an icon, a message and a button.
func infoBar(icon fyne.Resource, text string, action *widget.Button) fyne.CanvasObject {
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.WarningImportance
	bg := canvasRect(theme.ColorNameWarning)
	row := container.NewBorder(nil, nil, widget.NewIcon(icon), container.NewVBox(layout.NewSpacer(), action, layout.NewSpacer()), msg)
	return container.NewVBox(container.NewStack(bg, container.NewPadded(row)), widget.NewSeparator())
}

// initSharing adds the sharing commands to the menus and looks after the
// open file when the window comes to the front, closes or the app quits.
func (a *App) initSharing() {
	a.win.SetOnClosed(a.stopSharing)
	a.fyne.Lifecycle().SetOnStopped(a.shutdown)
	a.fyne.Lifecycle().SetOnEnteredForeground(func() {
		if a.ed != nil {
			a.ed.share.foreground()
		}
	})
	if a.menu == nil || a.menu.main == nil {
		return
	}
	for _, m := range a.menu.main.Items {
		switch m.Label {
		case lang.L("Edit"):
			m.Items = append(m.Items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("Comment on Selection…"), a.cmdComment))
		case lang.L("Help"):
			m.Items = append([]*fyne.MenuItem{fyne.NewMenuItem(lang.L("Your Name and Role…"), a.editIdentity), fyne.NewMenuItemSeparator()}, m.Items...)
		}
	}
	a.menu.main.Refresh()
}

// stopSharing lets go of the open unit's file: the window closes or the app quits.
func (a *App) stopSharing() {
	if a.ed != nil {
		a.ed.share.stop()
	}
}

// identityChanged writes the user's new name into the lock of the open unit.
func (a *App) identityChanged(o store.Owner) {
	if a.ed != nil && a.ed.share.locked {
		_, _ = store.AcquireLock(a.ed.share.path, o)
	}
}

// fileLabel names a file in messages.
func fileLabel(path string) string { return filepath.Base(path) }
