package app

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// pressKey sends a key to the window as the desktop driver does: key down,
// the typed key, the character it types (when r is not 0), key up, each to
// whatever has the focus at that moment.
func pressKey(c *App, key fyne.KeyName, r rune) {
	cv := c.win.Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if k, ok := cv.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
	}
	switch f := cv.Focused(); {
	case key == fyne.KeyTab && !acceptsTab(f):
		cv.FocusNext()
	case f != nil:
		f.TypedKey(ev)
	case cv.OnTypedKey() != nil:
		cv.OnTypedKey()(ev)
	}
	if r != 0 {
		if f := cv.Focused(); f != nil {
			f.TypedRune(r)
		} else if cv.OnTypedRune() != nil {
			cv.OnTypedRune()(r)
		}
	}
	if k, ok := cv.Focused().(desktop.Keyable); ok {
		k.KeyUp(ev)
	}
}

func acceptsTab(f fyne.Focusable) bool {
	t, ok := f.(fyne.Tabbable)
	return ok && t.AcceptsTab()
}

// typeShortcut sends a shortcut as the desktop driver does: to the main
// menu's item with that shortcut first, else to the focused widget, else to
// the canvas.
func typeShortcut(c *App, s fyne.Shortcut) {
	var find func(items []*fyne.MenuItem) *fyne.MenuItem
	find = func(items []*fyne.MenuItem) *fyne.MenuItem {
		for _, it := range items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
				return it
			}
			if it.ChildMenu != nil {
				if found := find(it.ChildMenu.Items); found != nil {
					return found
				}
			}
		}
		return nil
	}
	for _, m := range c.win.MainMenu().Items {
		if it := find(m.Items); it != nil {
			it.Action()
			return
		}
	}
	if f, ok := c.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	c.win.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// titleField opens a unit called title and puts the keyboard in its title.
func titleField(t *testing.T, c *App, title string) *widgets.FieldEntry {
	t.Helper()
	openUnit(t, c, unit(t, title))
	v := show(t, c, "overview").(*overview)
	en := field(t, v.form, "title").(*widgets.FieldEntry)
	c.win.Canvas().Focus(en)
	return en
}

func TestCtrlDigitShowsEachSectionEvenFromAField(t *testing.T) {
	c := newTestApp(t)
	titleField(t, c, "Bridges")
	for i, s := range c.ed.sections {
		key := sectionKey(i)
		if key == nil {
			t.Fatalf("section %d (%s) has no shortcut", i+1, s.Title)
		}
		typeShortcut(c, key)
		if c.ed.current != i || c.ed.heading.Text != s.Title {
			t.Fatalf("%s: section %d %q shown, want %q", shortcutText(key), c.ed.current, c.ed.heading.Text, s.Title)
		}
		if len(c.ed.body.Objects) != 1 || c.ed.body.Objects[0] != c.ed.views[i].Object() {
			t.Errorf("%s: the body does not show the %s view", shortcutText(key), s.Title)
		}
	}
	if got := shortcutText(sectionKey(0)); got != "Ctrl+1" {
		t.Errorf("first section's shortcut reads %q", got)
	}
}

func TestViewMenuListsTheSectionsWithTheirShortcuts(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	var view *fyne.Menu
	for _, m := range c.win.MainMenu().Items {
		if m.Label == "View" {
			view = m
		}
	}
	if view == nil {
		t.Fatal("no View menu")
	}
	for i, s := range c.ed.sections {
		it := view.Items[i]
		if it.Label != s.Title || it.Shortcut == nil || it.Shortcut.ShortcutName() != sectionKey(i).ShortcutName() {
			t.Errorf("View item %d is %q %v, want %q with %s", i, it.Label, it.Shortcut, s.Title, shortcutText(sectionKey(i)))
		}
	}
}

// everyMenuCommand walks the main menu: the path of each item that runs something.
func everyMenuCommand(m *fyne.MainMenu) []string {
	var out []string
	var walk func(path string, items []*fyne.MenuItem)
	walk = func(path string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator || it.Label == "Command Palette…" {
				continue
			}
			p := path + " › " + it.Label
			if it.ChildMenu != nil {
				walk(p, it.ChildMenu.Items)
			}
			if it.Action != nil {
				out = append(out, p)
			}
		}
	}
	for _, top := range m.Items {
		walk(top.Label, top.Items)
	}
	return out
}

// openPalette types Ctrl+Shift+P and returns the palette shown.
func openPalette(t *testing.T, c *App) *palette {
	t.Helper()
	typeShortcut(c, keyPalette)
	p := c.menu.shownPalette
	if p == nil || !p.pop.Visible() || c.win.Canvas().Overlays().Top() != p.pop {
		t.Fatal("Ctrl+Shift+P did not show the command palette")
	}
	if c.win.Canvas().Focused() != p.entry {
		t.Fatal("the palette's search field does not have the keyboard")
	}
	return p
}

func paletteLabels(p *palette) []string {
	var out []string
	for _, cmd := range p.shown {
		out = append(out, cmd.label())
	}
	return out
}

func TestPaletteListsEveryMenuCommand(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	want := everyMenuCommand(c.win.MainMenu())
	p := openPalette(t, c)
	got := paletteLabels(p)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("the palette does not list %q", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("the palette lists %d commands, the menus have %d", len(got), len(want))
	}
	for _, must := range []string{"File › Save", "View › Readiness", "Export › PDF Handout…"} {
		if !slices.Contains(got, must) {
			t.Errorf("the palette does not list %q", must)
		}
	}
}

func TestPaletteFiltersByWordsInAnyOrder(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	p := openPalette(t, c)
	test.Type(p.entry, "HANDOUT export")
	got := paletteLabels(p)
	if !slices.Contains(got, "Export › PDF Handout…") {
		t.Errorf("“HANDOUT export” does not find Export › PDF Handout…: %q", got)
	}
	for _, l := range got {
		low := strings.ToLower(l)
		if !strings.Contains(low, "handout") || !strings.Contains(low, "export") {
			t.Errorf("“HANDOUT export” also lists %q", l)
		}
	}
	p.entry.SetText("no such command")
	if len(p.shown) != 0 || p.sel != -1 {
		t.Errorf("a search that matches nothing lists %q", paletteLabels(p))
	}
	if !p.none.Visible() {
		t.Error("a search that matches nothing does not say so")
	}
}

func TestPaletteEnterRunsTheChosenCommand(t *testing.T) {
	c := newTestApp(t)
	titleField(t, c, "Bridges")
	p := openPalette(t, c)
	test.Type(p.entry, "view")
	pressKey(c, fyne.KeyDown, 0)
	pressKey(c, fyne.KeyDown, 0)
	pressKey(c, fyne.KeyUp, 0)
	if p.shown[p.sel].label() != "View › Outcomes" {
		t.Fatalf("Down, Down, Up chose %q", p.shown[p.sel].label())
	}
	pressKey(c, fyne.KeyReturn, 0)
	if c.win.Canvas().Overlays().Top() != nil {
		t.Error("the palette stayed open after Enter")
	}
	if got := c.ed.sections[c.ed.current].Key; got != "outcomes" {
		t.Errorf("Enter on View › Outcomes shows %q", got)
	}
}

func TestPaletteEscapeClosesAndRunsNothing(t *testing.T) {
	c := newTestApp(t)
	en := titleField(t, c, "Bridges")
	p := openPalette(t, c)
	test.Type(p.entry, "readiness")
	pressKey(c, fyne.KeyEscape, 0)
	if c.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the palette open")
	}
	if c.ed.sections[c.ed.current].Key != "overview" {
		t.Error("Escape ran a command")
	}
	if c.win.Canvas().Focused() != en {
		t.Error("the title field lost the keyboard after the palette closed")
	}
}

// dirtyPrompt edits the unit's title and asks to close: the Save changes?
// dialog is on screen, over the title field.
func dirtyPrompt(t *testing.T, c *App) *widgets.FieldEntry {
	t.Helper()
	en := titleField(t, c, "Bridges")
	en.CursorColumn = len(en.Text)
	test.Type(en, " and towers")
	typeShortcut(c, keyClose)
	if !strings.Contains(overlayText(c), "Save them before closing?") {
		t.Fatal("closing with unsaved changes did not ask")
	}
	return en
}

func TestClosePromptStartsOnCancelAndEscapeCancels(t *testing.T) {
	c := newTestApp(t)
	dirtyPrompt(t, c)
	if b, ok := c.win.Canvas().Focused().(*keyButton); !ok || b.Text != "Cancel" {
		t.Fatalf("the prompt's focus starts on %#v, want Cancel", c.win.Canvas().Focused())
	}
	pressKey(c, fyne.KeyTab, 0)
	save, ok := c.win.Canvas().Focused().(*keyButton)
	if !ok || save.Text != "Save" {
		t.Fatalf("Tab from Cancel goes to %#v, want Save", c.win.Canvas().Focused())
	}
	if ring := test.WidgetRenderer(save).(*keyButtonRenderer).ring; !ring.Visible() {
		t.Error("the focused Save button shows no focus ring")
	}
	pressKey(c, fyne.KeyEscape, 0)
	if c.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the prompt open")
	}
	if c.ed == nil || !c.ed.doc.Dirty() || c.ed.doc.Project.Title != "Bridges and towers" {
		t.Error("Escape did not keep the unit open with its changes")
	}
}

func TestSpaceOnAPromptButtonTypesNothingBehindIt(t *testing.T) {
	c := newTestApp(t)
	en := dirtyPrompt(t, c)
	focusButton(t, c, "Cancel")
	pressKey(c, fyne.KeySpace, ' ')
	if c.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Space on Cancel left the prompt open")
	}
	if got := c.ed.doc.Project.Title; got != "Bridges and towers" || en.Text != got {
		t.Errorf("Space on Cancel changed the title behind to %q (field %q)", got, en.Text)
	}
	if c.win.Canvas().Focused() != en {
		t.Error("the title field did not get the keyboard back")
	}
}

// focusButton gives the keyboard to the dialog button labelled text.
func focusButton(t *testing.T, c *App, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.win.Canvas().Overlays().Top()) {
		var label string
		switch b := o.(type) {
		case *widget.Button:
			label = b.Text
		case *keyButton:
			label = b.Text
		}
		if f, ok := o.(fyne.Focusable); ok && label == text {
			c.win.Canvas().Focus(f)
			return
		}
	}
	t.Fatalf("no button %q in the dialog", text)
}

func TestEnterInClosePromptSaves(t *testing.T) {
	c := newTestApp(t)
	dirtyPrompt(t, c)
	path := c.ed.path
	pressKey(c, fyne.KeyReturn, 0)
	if c.ed != nil {
		t.Error("Enter (Save) did not close the unit")
	}
	if !strings.Contains(readFile(t, path), `title = "Bridges and towers"`) {
		t.Error("Enter did not save the unit")
	}
}

func TestF10OpensTheMenuBarFromAFieldOrTheWindowButNotOverADialog(t *testing.T) {
	toggled := 0
	orig := toggleMenu
	toggleMenu = func(fyne.Canvas) { toggled++ }
	t.Cleanup(func() { toggleMenu = orig })
	c := newTestApp(t)
	en := titleField(t, c, "Bridges")
	pressKey(c, fyne.KeyF10, 0)
	if toggled != 1 {
		t.Fatalf("F10 in the title field opened the menu bar %d times, want once", toggled)
	}
	if en.Text != "Bridges" || c.win.Canvas().Focused() != en {
		t.Errorf("F10 changed the field: %q, focus on %T", en.Text, c.win.Canvas().Focused())
	}
	pressKey(c, fyne.KeyF9, 0)
	if toggled != 1 {
		t.Error("F9 opened the menu bar")
	}
	c.win.Canvas().Unfocus()
	pressKey(c, fyne.KeyF10, 0)
	if toggled != 2 {
		t.Errorf("F10 with no field focused: menu bar opened %d times in all, want 2", toggled)
	}
	c.win.Canvas().Focus(c.ed.nav) // as a click on a section does
	pressKey(c, fyne.KeyF10, 0)
	if toggled != 3 {
		t.Errorf("F10 on the sections' list: menu bar opened %d times in all, want 3", toggled)
	}
	c.win.Canvas().Focus(en)
	test.Type(en, "x")
	typeShortcut(c, keyClose)
	if !dialogOpen(c.win) {
		t.Fatal("closing with unsaved changes did not ask")
	}
	c.win.Canvas().Unfocus()
	pressKey(c, fyne.KeyF10, 0)
	en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF10})
	if toggled != 3 {
		t.Errorf("F10 opened the menu bar over a dialog: %d times in all, want 3", toggled)
	}
}

func TestShortcutsWaitWhileADialogIsOpen(t *testing.T) {
	c := newTestApp(t)
	dirtyPrompt(t, c)
	typeShortcut(c, sectionKey(2))
	typeShortcut(c, keyPalette)
	if c.ed.sections[c.ed.current].Key != "overview" {
		t.Error("Ctrl+3 changed the section behind the dialog")
	}
	if c.menu.shownPalette != nil && c.menu.shownPalette.pop.Visible() {
		t.Error("Ctrl+Shift+P opened the palette over a dialog")
	}
}

func TestFyneDialogsAnswerEscapeAndEnter(t *testing.T) {
	for _, tc := range []struct {
		name string
		key  fyne.KeyName
		want bool
	}{
		{"Escape declines", fyne.KeyEscape, false},
		{"Enter confirms", fyne.KeyReturn, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestApp(t)
			answer := (*bool)(nil)
			d := dialog.NewConfirm("Replace file?", "It exists.", func(ok bool) { answer = &ok }, c.win)
			showDialog(c.win, d)
			if b, ok := c.win.Canvas().Focused().(*keyButton); !ok || b.Text != "No" {
				t.Fatalf("focus starts on %#v, want No", c.win.Canvas().Focused())
			}
			pressKey(c, tc.key, 0)
			if answer == nil || *answer != tc.want {
				t.Errorf("answer %v, want %v", answer, tc.want)
			}
		})
	}
}

func TestFormDialogEnterSubmitsOnlyWhenValid(t *testing.T) {
	c := newTestApp(t)
	name := widget.NewEntry()
	name.Validator = func(s string) error {
		if s == "" {
			return errEmpty
		}
		return nil
	}
	submitted := 0
	d := dialog.NewForm("Name", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)},
		func(ok bool) {
			if ok {
				submitted++
			}
		}, c.win)
	showDialog(c.win, d)
	c.win.Canvas().Focus(name)
	pressKey(c, fyne.KeyReturn, 0)
	if submitted != 0 || c.win.Canvas().Overlays().Top() == nil {
		t.Fatal("Enter submitted a form that is not valid")
	}
	test.Type(name, "Ana")
	pressKey(c, fyne.KeyReturn, 0)
	if submitted != 1 {
		t.Error("Enter in a valid form's field did not submit it")
	}
}

var errEmpty = errors.New("empty")

func TestOneButtonDialogsCloseOnEscapeOrEnter(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		c := newTestApp(t)
		closed := false
		d := dialog.NewInformation("Could not save", "The disk is full.", c.win)
		d.SetOnClosed(func() { closed = true })
		showDialog(c.win, d)
		if _, ok := c.win.Canvas().Focused().(*keyButton); !ok {
			t.Fatalf("%s: the OK button does not have the keyboard", key)
		}
		pressKey(c, key, 0)
		if !closed || c.win.Canvas().Overlays().Top() != nil {
			t.Errorf("%s did not close the dialog", key)
		}
	}
}

func TestEscapeInADialogsFieldCancels(t *testing.T) {
	c := newTestApp(t)
	name := newDialogEntry()
	answer := (*bool)(nil)
	d := dialog.NewForm("Name", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", name)},
		func(ok bool) { answer = &ok }, c.win)
	showDialog(c.win, d)
	c.win.Canvas().Focus(name)
	test.Type(name, "Ana")
	pressKey(c, fyne.KeyEscape, 0)
	if answer == nil || *answer || c.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Escape in the field answered %v, want Cancel", answer)
	}
}

func TestEscapeAnswersADialogWhoseButtonsLostTheKeyboard(t *testing.T) {
	c := newTestApp(t)
	dirtyPrompt(t, c)
	c.win.Canvas().Unfocus() // as after a click on the dialog's text
	pressKey(c, fyne.KeyEscape, 0)
	if c.win.Canvas().Overlays().Top() != nil || c.ed == nil || !c.ed.doc.Dirty() {
		t.Error("Escape with nothing focused did not cancel the prompt")
	}
}
