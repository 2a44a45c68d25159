// Package widgets holds Coplan's reusable widgets. They know nothing of units
// or files: the app package binds them to a document.
package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// FieldEntry is a text entry for one field of a document. It offers every
// shortcut to OnShortcut first, so that undo and redo reach the document's
// history rather than the entry's own, and function keys too (see
// FunctionKey); it reports gaining and losing focus; and Tab moves to the
// next field even in a multi-line entry.
type FieldEntry struct {
	widget.Entry

	// OnShortcut is offered each shortcut typed into the entry; it returns
	// true when it handled the shortcut.
	OnShortcut func(fyne.Shortcut) bool `json:"-"`
	// OnFocusLost runs after the entry loses keyboard focus.
	OnFocusLost func() `json:"-"`
	// OnFocusGained runs after the entry gains keyboard focus, for example
	// to scroll it into view.
	OnFocusGained func() `json:"-"`
}

var (
	_ fyne.Shortcutable = (*FieldEntry)(nil)
	_ fyne.Focusable    = (*FieldEntry)(nil)
	_ fyne.Tabbable     = (*FieldEntry)(nil)
)

// NewFieldEntry returns a one-line field entry.
func NewFieldEntry() *FieldEntry {
	e := &FieldEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineFieldEntry returns a field entry for long text that wraps at
// word boundaries and is tall enough to show rows lines.
func NewMultiLineFieldEntry(rows int) *FieldEntry {
	e := &FieldEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(rows)
	return e
}

// TypedShortcut offers the shortcut to OnShortcut, then to the entry.
func (e *FieldEntry) TypedShortcut(s fyne.Shortcut) {
	if e.OnShortcut != nil && e.OnShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey offers a function key to OnShortcut as a FunctionKey, then
// types the key. Fyne gives every key to the widget with the keyboard and
// none to the window, so F10 would never reach the window's menu bar from
// a field otherwise.
func (e *FieldEntry) TypedKey(ev *fyne.KeyEvent) {
	if s := FunctionKey(ev.Name); s != nil && e.OnShortcut != nil && e.OnShortcut(s) {
		return
	}
	e.Entry.TypedKey(ev)
}

// FunctionKey is the shortcut for function key k (F1 to F12) pressed on
// its own, or nil for any other key. Fyne reports only keys pressed with
// a modifier as shortcuts; a function key alone arrives as a typed key.
func FunctionKey(k fyne.KeyName) fyne.Shortcut {
	switch k {
	case fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6,
		fyne.KeyF7, fyne.KeyF8, fyne.KeyF9, fyne.KeyF10, fyne.KeyF11, fyne.KeyF12:
		return &desktop.CustomShortcut{KeyName: k}
	}
	return nil
}

// FocusLost ends editing and calls OnFocusLost.
func (e *FieldEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.OnFocusLost != nil {
		e.OnFocusLost()
	}
}

// FocusGained starts editing and calls OnFocusGained.
func (e *FieldEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.OnFocusGained != nil {
		e.OnFocusGained()
	}
}

// AcceptsTab reports false: Tab moves to the next field, as in a form,
// rather than typing a tab into the text.
func (e *FieldEntry) AcceptsTab() bool { return false }
