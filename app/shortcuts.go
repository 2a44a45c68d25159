package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
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
	// keyPreferences opens Edit › Preferences….
	keyPreferences = shortcut(fyne.KeyComma, 0)
	// keyPalette opens the command palette.
	keyPalette = shortcut(fyne.KeyP, fyne.KeyModifierShift)
	// keyMenu opens the File menu of the window's menu bar, from where the
	// arrow keys reach every menu. Alt pressed and released alone does the
	// same in Fyne's desktop driver.
	keyMenu = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierAlt}
	// keyMenuF10 opens the menu bar too, as F10 does in most desktop apps.
	keyMenuF10 = widgets.FunctionKey(fyne.KeyF10)
)

// sectionKeys go to the sections in order: Ctrl+1 to Ctrl+9, then Ctrl+0
// for the tenth.
var sectionKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5,
	fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9, fyne.Key0}

// sectionKey is the shortcut of the i-th section, or nil past the tenth.
func sectionKey(i int) fyne.Shortcut {
	if i < 0 || i >= len(sectionKeys) {
		return nil
	}
	return shortcut(sectionKeys[i], 0)
}

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
	b := []binding{
		{keyNew, a.cmdNew}, {keyOpen, a.cmdOpen}, {keyLibrary, a.cmdLibrary}, {keyPreferences, a.cmdPreferences},
		{keySave, a.cmdSave}, {keySaveAs, a.cmdSaveAs},
		{keyClose, a.cmdClose}, {keyQuit, a.cmdQuit},
		{keyUndo, a.cmdUndo}, {keyRedo, a.cmdRedo}, {keyRedoY, a.cmdRedo},
		{&fyne.ShortcutUndo{}, a.cmdUndo}, {&fyne.ShortcutRedo{}, a.cmdRedo},
		{keyPalette, a.cmdPalette}, {keyMenu, a.openMenuBar}, {keyMenuF10, a.openMenuBar},
	}
	for i := range sectionKeys {
		b = append(b, binding{sectionKey(i), a.cmdSection(i)})
	}
	return b
}

// registerShortcuts binds every shortcut on the window's canvas, and lets
// Escape and Enter answer a dialog that has no button focused. Function
// keys (F10) arrive as typed keys, not shortcuts: the canvas gets them when
// nothing has the keyboard, and a field offers them to handleShortcut.
func (a *App) registerShortcuts() {
	for _, b := range a.bindings() {
		if b.key == keyMenuF10 {
			continue
		}
		run := a.unlessDialog(b.run)
		a.win.Canvas().AddShortcut(b.key, func(fyne.Shortcut) { run() })
	}
	a.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if answerDialogKey(a.win, ev.Name) {
			return
		}
		if s := widgets.FunctionKey(ev.Name); s != nil {
			a.handleShortcut(s)
		}
	})
}

// handleShortcut runs the command bound to s and reports whether there was
// one. Entries call it first, so that Ctrl+Z undoes the document's last edit
// rather than the entry's.
func (a *App) handleShortcut(s fyne.Shortcut) bool {
	name := s.ShortcutName()
	for _, b := range a.bindings() {
		if b.key.ShortcutName() == name {
			a.unlessDialog(b.run)()
			return true
		}
	}
	return false
}

// dialogOpen reports whether a dialog (or the command palette) is shown over
// the window: the window's commands wait until it is answered.
func dialogOpen(win fyne.Window) bool {
	_, modal := win.Canvas().Overlays().Top().(*widget.PopUp)
	return modal
}

// unlessDialog returns run, made to do nothing while a dialog is open, so
// that a shortcut typed in a dialog never acts on the window behind it.
func (a *App) unlessDialog(run func()) func() {
	return func() {
		if !dialogOpen(a.win) {
			run()
		}
	}
}

// openMenuBar opens the menu bar's first menu, where the desktop driver
// draws the menu bar in the window.
func (a *App) openMenuBar() { toggleMenu(a.win.Canvas()) }

// toggleMenu opens or closes the menu bar drawn in c, as Alt does; tests
// replace it, since the test driver draws no menu bar.
var toggleMenu = func(c fyne.Canvas) {
	if bar, ok := c.(interface{ ToggleMenu() }); ok {
		bar.ToggleMenu()
	}
}

// keyList is a list of the window that offers function keys to the
// window's shortcuts, as the unit's fields do: Fyne gives every key to the
// widget with the keyboard, and a list takes it when one of its rows is
// clicked, so F10 after choosing a section would not reach the menu bar.
type keyList struct {
	widget.List
	app *App
}

// newKeyList is widget.NewList, for a list whose function keys go to a's
// shortcuts first.
func (a *App) newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{app: a}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey offers a function key to the window's shortcuts, then to the
// list.
func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if s := widgets.FunctionKey(ev.Name); s != nil && l.app.handleShortcut(s) {
		return
	}
	l.List.TypedKey(ev)
}

// cmdSection shows the i-th section of the open unit.
func (a *App) cmdSection(i int) func() {
	return func() {
		if a.ed != nil && i < len(a.ed.sections) {
			a.ed.showSection(i)
		}
	}
}

// shortcutText is how a shortcut is written for people: "Ctrl+Shift+P"
// ("Cmd+Shift+P" on macOS).
func shortcutText(s fyne.Shortcut) string {
	ks, ok := s.(fyne.KeyboardShortcut)
	if !ok {
		return ""
	}
	var parts []string
	mod := ks.Mod()
	if mod&fyne.KeyModifierControl != 0 {
		parts = append(parts, lang.L("Ctrl"))
	}
	if mod&fyne.KeyModifierSuper != 0 {
		parts = append(parts, lang.L("Cmd"))
	}
	if mod&fyne.KeyModifierAlt != 0 {
		parts = append(parts, lang.L("Alt"))
	}
	if mod&fyne.KeyModifierShift != 0 {
		parts = append(parts, lang.L("Shift"))
	}
	return strings.Join(append(parts, string(ks.Key())), "+")
}
