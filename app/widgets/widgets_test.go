package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

func TestFieldEntryOffersShortcutsFirst(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewFieldEntry()
	var got []string
	e.OnShortcut = func(s fyne.Shortcut) bool {
		got = append(got, s.ShortcutName())
		return s.ShortcutName() == "Undo"
	}
	test.Type(e, "abc")
	e.TypedShortcut(&fyne.ShortcutUndo{})
	if e.Text != "abc" {
		t.Errorf("the entry undid its own typing (%q) although OnShortcut took the shortcut", e.Text)
	}
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	if len(got) != 2 || e.SelectedText() != "abc" {
		t.Errorf("shortcuts offered %v; select all gave %q", got, e.SelectedText())
	}
}

func TestFieldEntryReportsFocusAndLetsTabMoveOn(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewMultiLineFieldEntry(3)
	gained, lost := 0, 0
	e.OnFocusGained = func() { gained++ }
	e.OnFocusLost = func() { lost++ }
	w := test.NewTempWindow(t, container.NewVBox(e, widget.NewEntry()))
	w.Canvas().Focus(e)
	test.FocusNext(w.Canvas())
	if gained != 1 || lost != 1 {
		t.Errorf("focus gained %d, lost %d times", gained, lost)
	}
	if e.AcceptsTab() {
		t.Error("a multi-line field entry keeps Tab instead of moving on")
	}
}

func TestScrollForwarderScrollsItsTarget(t *testing.T) {
	test.NewTempApp(t)
	long := widget.NewLabel("line\nline\nline\nline\nline\nline\nline\nline\nline\nline")
	s := container.NewVScroll(long)
	s.Resize(fyne.NewSize(100, 40))
	f := widgets.NewScrollForwarder(s)
	f.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -20)})
	if s.Offset.Y <= 0 {
		t.Errorf("the scroll did not move: offset %v", s.Offset)
	}
}
