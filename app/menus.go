package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// menus is the window's main menu and the items whose state follows the document.
type menus struct {
	main                                 *fyne.MainMenu
	newItem, open, recent, quit, about   *fyne.MenuItem
	save, saveAs, close, undo, redo, del *fyne.MenuItem
	export                               *fyne.Menu
	library, saveTemplate                *fyne.MenuItem
	// sections go to each section of the unit; palette opens the command palette.
	sections []*fyne.MenuItem
	palette  *fyne.MenuItem
	// shownPalette is the command palette last opened.
	shownPalette *palette
	// guarded holds the items whose action already waits for open dialogs.
	guarded map[*fyne.MenuItem]bool
	last    menuState
	// lib is the Library window File › Open Library… opened, while it is open.
	lib *library
}

// menuState is what the menu items' enabled states depend on.
type menuState struct {
	open, canUndo, canRedo bool
	recent                 string
}

func menuItem(label string, key fyne.Shortcut, run func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, run)
	it.Shortcut = key
	return it
}

// buildMenus sets the window's main menu: File, Edit, View, Export, Help.
func (a *App) buildMenus() {
	m := &menus{
		newItem: menuItem(lang.L("New…"), keyNew, a.cmdNew),
		open:    menuItem(lang.L("Open…"), keyOpen, a.cmdOpen),
		save:    menuItem(lang.L("Save"), keySave, a.cmdSave),
		saveAs:  menuItem(lang.L("Save As…"), keySaveAs, a.cmdSaveAs),
		close:   menuItem(lang.L("Close"), keyClose, a.cmdClose),
		quit:    menuItem(lang.L("Quit"), keyQuit, a.cmdQuit),
		undo:    menuItem(lang.L("Undo"), keyUndo, a.cmdUndo),
		redo:    menuItem(lang.L("Redo"), keyRedo, a.cmdRedo),
		del:     fyne.NewMenuItem(lang.L("Delete"), a.cmdDelete),
		recent:  fyne.NewMenuItem(lang.L("Open Recent"), nil),
		about:   fyne.NewMenuItem(lang.L("About Coplan"), a.about),

		library:      menuItem(lang.L("Open Library…"), keyLibrary, a.cmdLibrary),
		saveTemplate: fyne.NewMenuItem(lang.L("Save as Template…"), a.cmdSaveTemplate),
		palette:      menuItem(lang.L("Command Palette…"), keyPalette, a.cmdPalette),
		guarded:      map[*fyne.MenuItem]bool{},
	}
	m.quit.IsQuit = true
	m.recent.ChildMenu = fyne.NewMenu("")
	m.export = a.exportMenu()
	a.menu = m
	m.main = fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"), m.newItem, m.open, m.recent, m.library, fyne.NewMenuItemSeparator(),
			m.save, m.saveAs, m.saveTemplate, fyne.NewMenuItemSeparator(), m.close, fyne.NewMenuItemSeparator(), m.quit),
		fyne.NewMenu(lang.L("Edit"), m.undo, m.redo, fyne.NewMenuItemSeparator(), m.del, fyne.NewMenuItemSeparator(), menuItem(lang.L("Preferences…"), keyPreferences, a.cmdPreferences)),
		a.viewMenu(m),
		m.export,
		fyne.NewMenu(lang.L("Help"), m.about),
	)
	a.fillRecentMenu()
	m.last = menuState{open: true, canUndo: true, canRedo: true} // force the first update
	a.guardMenu(m)
	a.win.SetMainMenu(m.main)
}

// viewMenu lists the sections, each with its shortcut, and the command
// palette, so that both are found in the menu.
func (a *App) viewMenu(m *menus) *fyne.Menu {
	var items []*fyne.MenuItem
	for i, s := range sections() {
		it := menuItem(s.Title, sectionKey(i), a.cmdSection(i))
		m.sections = append(m.sections, it)
		items = append(items, it)
	}
	items = append(items, fyne.NewMenuItemSeparator(), m.palette)
	return fyne.NewMenu(lang.L("View"), items...)
}

// guardMenu makes every item of the main menu, including those added since
// the last call, do nothing while a dialog is open: the desktop driver runs
// a menu item's shortcut even when a dialog covers the window.
func (a *App) guardMenu(m *menus) {
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
			if it.Action == nil || m.guarded[it] {
				continue
			}
			m.guarded[it] = true
			it.Action = a.unlessDialog(it.Action)
		}
	}
	for _, top := range m.main.Items {
		walk(top.Items)
	}
}

// updateMenus enables the items that apply now; it refreshes the menu only
// when something changed, so typing does not redraw it.
func (a *App) updateMenus() {
	m := a.menu
	if m == nil {
		return
	}
	s := menuState{recent: strings.Join(a.prefs.recent(), "\n")}
	if a.ed != nil {
		s.open = true
		_, s.canUndo = a.ed.doc.CanUndo()
		_, s.canRedo = a.ed.doc.CanRedo()
	}
	if s == m.last {
		return
	}
	if m.lib != nil && s.open != m.last.open {
		m.lib.updateButtons()
	}
	recentChanged := s.recent != m.last.recent
	m.last = s
	for _, it := range []*fyne.MenuItem{m.save, m.saveAs, m.saveTemplate, m.close, m.del} {
		it.Disabled = !s.open
	}
	m.undo.Disabled = !s.canUndo
	m.redo.Disabled = !s.canRedo
	for _, it := range m.sections {
		it.Disabled = !s.open
	}
	setExportEnabled(m.export, s.open)
	if recentChanged {
		a.fillRecentMenu()
	}
	a.guardMenu(m)
	m.main.Refresh()
}

// fillRecentMenu lists the recent files under File › Open Recent.
func (a *App) fillRecentMenu() {
	m := a.menu
	var it *fyne.MenuItem
	if m != nil {
		it = m.recent
	}
	if it == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, path := range a.prefs.recent() {
		p := path
		items = append(items, fyne.NewMenuItem(filepath.Base(p)+"  —  "+filepath.Dir(p), func() { a.openPath(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No recent files"), nil)
		none.Disabled = true
		items = append(items, none)
	}
	it.ChildMenu.Items = items
	if m.guarded != nil {
		a.guardMenu(m)
	}
}

// The commands of the menus and shortcuts.

func (a *App) cmdNew()  { a.confirmDiscard(a.showStart) }
func (a *App) cmdOpen() { a.showOpenDialog() }
func (a *App) cmdQuit() {
	a.confirmDiscard(func() {
		a.stopSharing() // the user answered: nothing is kept for recovery
		a.fyne.Quit()
	})
}

func (a *App) cmdSave() {
	if a.ed != nil {
		a.save(nil)
	}
}

func (a *App) cmdSaveAs() {
	if a.ed != nil {
		a.saveAs(nil)
	}
}

func (a *App) cmdClose() {
	if a.ed != nil {
		a.confirmDiscard(a.showStart)
	}
}

func (a *App) cmdUndo() {
	if a.ed != nil {
		a.ed.undo()
	}
}

func (a *App) cmdRedo() {
	if a.ed != nil {
		a.ed.redo()
	}
}

func (a *App) cmdDelete() {
	if a.ed != nil {
		a.ed.deleteSelected()
	}
}
