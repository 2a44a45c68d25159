package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Every keyboard shortcut of the window is here. Each is a
// desktop.CustomShortcut with the platform's modifier (Ctrl; Cmd on macOS),
// set on its menu item so the menu shows it.
var (
	keyNew    = shortcut(fyne.KeyN, 0)
	keyOpen   = shortcut(fyne.KeyO, 0)
	keySave   = shortcut(fyne.KeyS, 0)
	keySaveAs = shortcut(fyne.KeyS, fyne.KeyModifierShift)
	keyClose  = shortcut(fyne.KeyW, 0)
	keyQuit   = shortcut(fyne.KeyQ, 0)
	keyUndo   = shortcut(fyne.KeyZ, 0)
	keyRedo   = shortcut(fyne.KeyZ, fyne.KeyModifierShift)
	keyRedoY  = shortcut(fyne.KeyY, 0)
	// keyLibrary opens the Library window.
	keyLibrary = shortcut(fyne.KeyL, 0)
)

func shortcut(k fyne.KeyName, extra fyne.KeyModifier) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | extra}
}

// binding ties a shortcut to the command it runs.
type binding struct {
	key fyne.Shortcut
	run func()
}

// bindings lists every shortcut with its command. The desktop driver reports
// Ctrl+Z and Ctrl+Y as fyne.ShortcutUndo and fyne.ShortcutRedo rather than as
// custom shortcuts, so those are bound to the same commands.
func (a *App) bindings() []binding {
	return []binding{
		{keyNew, a.cmdNew}, {keyOpen, a.cmdOpen}, {keyLibrary, a.cmdLibrary},
		{keySave, a.cmdSave}, {keySaveAs, a.cmdSaveAs},
		{keyClose, a.cmdClose}, {keyQuit, a.cmdQuit},
		{keyUndo, a.cmdUndo}, {keyRedo, a.cmdRedo}, {keyRedoY, a.cmdRedo},
		{&fyne.ShortcutUndo{}, a.cmdUndo}, {&fyne.ShortcutRedo{}, a.cmdRedo},
	}
}

// registerShortcuts binds every shortcut on the window's canvas.
func (a *App) registerShortcuts() {
	for _, b := range a.bindings() {
		run := b.run
		a.win.Canvas().AddShortcut(b.key, func(fyne.Shortcut) { run() })
	}
}

// handleShortcut runs the command bound to s and reports whether there was
// one. Entries call it first, so that Ctrl+Z undoes the document's last edit
// rather than the entry's.
func (a *App) handleShortcut(s fyne.Shortcut) bool {
	name := s.ShortcutName()
	for _, b := range a.bindings() {
		if b.key.ShortcutName() == name {
			b.run()
			return true
		}
	}
	return false
}
