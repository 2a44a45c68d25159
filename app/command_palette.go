package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// command is one entry of the command palette: a menu item and the menus
// that lead to it.
type command struct {
	path []string
	item *fyne.MenuItem
}

// label is the command's menu path, "File › Export › Rubric for Moodle…".
func (c command) label() string { return strings.Join(c.path, " › ") }

// menuCommands lists every command of the main menu m in menu order, child
// menus included: each item that has an action, except skip. The palette
// reads the menu, so an item added to a menu is in the palette too.
func menuCommands(m *fyne.MainMenu, skip *fyne.MenuItem) []command {
	var out []command
	var walk func(path []string, items []*fyne.MenuItem)
	walk = func(path []string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator || it == skip {
				continue
			}
			p := append(append([]string(nil), path...), strings.TrimSpace(it.Label))
			if it.ChildMenu != nil {
				walk(p, it.ChildMenu.Items)
			}
			if it.Action != nil {
				out = append(out, command{path: p, item: it})
			}
		}
	}
	if m != nil {
		for _, top := range m.Items {
			walk([]string{top.Label}, top.Items)
		}
	}
	return out
}

// matchCommand reports whether label holds every word of query, in any
// order, ignoring case.
func matchCommand(label, query string) bool {
	label = strings.ToLower(label)
	for _, w := range strings.Fields(strings.ToLower(query)) {
		if !strings.Contains(label, w) {
			return false
		}
	}
	return true
}

// palette is the command palette: a search field over the list of every
// command of the menus.
type palette struct {
	a      *App
	all    []command
	shown  []command
	sel    int
	moving bool // the list's selection follows the keyboard, not a click
	entry  *paletteEntry
	list   *widget.List
	rows   widgets.Rows[paletteRow]
	none   *widget.Label // says that nothing matches
	pop    *widget.PopUp
}

// paletteRow is one command in the list: its menu path and its shortcut.
type paletteRow struct{ name, key *widget.Label }

// cmdPalette opens the command palette over the window.
func (a *App) cmdPalette() {
	if a.menu == nil || dialogOpen(a.win) {
		return
	}
	p := &palette{a: a, all: menuCommands(a.win.MainMenu(), a.menu.palette)}
	p.entry = newPaletteEntry(p)
	p.entry.SetPlaceHolder(lang.L("Type to find a command"))
	p.entry.OnChanged = func(string) { p.filter() }
	p.list = widget.NewList(func() int { return len(p.shown) }, p.newRow, p.updateRow)
	p.list.OnSelected = func(i widget.ListItemID) {
		p.sel = i
		if !p.moving {
			p.run()
		}
	}
	hint := widget.NewLabel(lang.L("↑ ↓ to choose, Enter to run, Escape to close"))
	hint.Importance = widget.LowImportance
	title := widget.NewLabelWithStyle(lang.L("Command Palette"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.none = widget.NewLabel(lang.L("No command matches these words."))
	p.none.Hide()
	body := container.NewBorder(container.NewVBox(title, p.entry, p.none), hint, nil, nil, p.list)
	p.pop = widget.NewModalPopUp(body, a.win.Canvas())
	a.menu.shownPalette = p
	p.filter()
	size := a.win.Canvas().Size()
	p.pop.Resize(fyne.NewSize(min(680, size.Width-48), min(460, size.Height-64)))
	p.pop.Show()
	a.win.Canvas().Focus(p.entry)
}

func (p *palette) newRow() fyne.CanvasObject {
	r := &paletteRow{name: widget.NewLabel(""), key: widget.NewLabel("")}
	r.key.TextStyle.Italic = true
	r.name.Truncation = fyne.TextTruncateEllipsis
	return p.rows.Add(r, container.NewBorder(nil, nil, nil, r.key, r.name))
}

func (p *palette) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	r := p.rows.Of(o)
	name, key := r.name, r.key
	cmd := p.shown[i]
	name.Importance = widget.MediumImportance
	if cmd.item.Disabled {
		name.Importance = widget.LowImportance
	}
	name.SetText(cmd.label())
	key.SetText(shortcutText(cmd.item.Shortcut))
}

// filter shows the commands that match what is typed and selects the first.
func (p *palette) filter() {
	p.shown = p.shown[:0]
	for _, c := range p.all {
		if matchCommand(c.label(), p.entry.Text) {
			p.shown = append(p.shown, c)
		}
	}
	p.none.Hidden = len(p.shown) > 0
	p.none.Refresh()
	p.list.Refresh()
	p.move(-len(p.all) - 1)
}

// move selects the command by steps down the list (up when negative).
func (p *palette) move(by int) {
	if len(p.shown) == 0 {
		p.sel = -1
		p.list.UnselectAll()
		return
	}
	p.sel = max(0, min(len(p.shown)-1, p.sel+by))
	p.moving = true
	p.list.Select(p.sel)
	p.moving = false
	p.list.ScrollTo(p.sel)
}

// run closes the palette and runs the selected command, unless it does not
// apply now.
func (p *palette) run() {
	if p.sel < 0 || p.sel >= len(p.shown) {
		return
	}
	it := p.shown[p.sel].item
	if it.Disabled {
		return
	}
	p.close()
	it.Action()
}

func (p *palette) close() { p.pop.Hide() }

// paletteEntry is the palette's search field: Up and Down move through the
// commands, Enter runs one, Escape closes the palette.
type paletteEntry struct {
	widget.Entry
	p *palette
}

func newPaletteEntry(p *palette) *paletteEntry {
	e := &paletteEntry{p: p}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey moves, runs or closes on the palette's keys and types the rest.
func (e *paletteEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown:
		e.p.move(1)
	case fyne.KeyUp:
		e.p.move(-1)
	case fyne.KeyPageDown:
		e.p.move(8)
	case fyne.KeyPageUp:
		e.p.move(-8)
	case fyne.KeyReturn, fyne.KeyEnter:
		e.p.run()
	case fyne.KeyEscape:
		e.p.close()
	default:
		e.Entry.TypedKey(ev)
	}
}
