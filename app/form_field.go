package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"coplan/app/widgets"
)

// fieldWith is field, but with say set, text that c cannot read stays in
// the entry as typed and say shows why when the entry loses focus or Enter
// is pressed, and again as the text changes, until it reads (say("")), the
// field's value changes, or undo puts the value back; the document keeps its
// last value meanwhile. Text is kept as it is typed only when written as c
// writes it; other text that reads is kept, and rewritten as c writes it so
// the person sees how it was read, when the entry loses focus, Enter is
// pressed or a shortcut is typed.
func (f *form) fieldWith(path string, c codec, en *widgets.FieldEntry, say func(reason string)) *widgets.FieldEntry {
	read := func() string { return c.format(f.value(path)) }
	shown := read() // the value as last read or written, to spare a lookup per keystroke
	telling := false
	tell := func(reason string) {
		if say != nil && (reason != "" || telling) {
			telling = reason != ""
			say(reason)
		}
	}
	restore := func() {
		f.quiet = true
		en.SetText(read())
		f.quiet = false
		tell("")
	}
	apply := func(v any) {
		if c.format(v) == shown {
			return
		}
		shown = c.format(v)
		if !f.setFrom(en, path, v) {
			shown = read()
		}
	}
	var done func()
	en.OnShortcut = func(s fyne.Shortcut) bool {
		if say != nil && en.Text != shown {
			if name := s.ShortcutName(); name == keyUndo.ShortcutName() || name == (&fyne.ShortcutUndo{}).ShortcutName() {
				restore() // undo the typing not yet kept
				return true
			}
			if _, err := c.parse(en.Text); err == nil {
				done() // keep it before saving or the like
			}
		}
		return f.e.app.handleShortcut(s)
	}
	en.SetText(shown)
	en.OnChanged = func(s string) {
		v, err := c.parse(s)
		if err != nil {
			if telling {
				tell(err.Error())
			}
			return
		}
		tell("")
		// With say set, only text written as c writes it is kept as it is
		// typed, the rest when the entry loses focus: on the way to
		// 2027-02-30, 2027-02-3 reads as a date that was never meant.
		if say != nil && (s == "" || c.format(v) != s) {
			return
		}
		apply(v)
	}
	en.OnFocusGained = func() {
		if f.scroll != nil {
			widgets.EnsureVisible(f.scroll, en, true, true)
		}
	}
	done = func() {
		v, err := c.parse(en.Text)
		switch {
		case err != nil && say != nil:
			tell(err.Error())
		case err != nil:
			f.e.setError(lang.L("“{{.Text}}” was not kept: {{.Reason}}", map[string]any{"Text": en.Text, "Reason": err.Error()}))
			restore()
		case say != nil:
			apply(v)
			if en.Text != shown {
				restore() // as c writes it, to show how it was read
			}
		}
	}
	en.OnFocusLost = done
	if say != nil {
		en.OnSubmitted = func(string) { done() }
	}
	f.refreshers = append(f.refreshers, refresher{deps: []string{path}, w: en, fn: func() {
		cur := read()
		before := shown
		shown = cur
		v, err := c.parse(en.Text)
		switch {
		case err == nil && c.format(v) == cur:
			return
		case err != nil && say != nil && cur == before:
			return // still being fixed, over a value nothing else changed
		}
		en.SetText(cur)
		tell("")
	}})
	f.bind(path, en)
	return en
}
