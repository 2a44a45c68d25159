package app

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// form is the detail form of one entity. Its fields are bound to the
// entity's values by toml path: typing makes a model.Set, and refresh brings
// every field back in step after undo, redo or an edit made elsewhere.
type form struct {
	e     *editor
	id    string
	quiet bool // set while the form itself changes its widgets
	// setting is the path the form is changing itself, while it does, and
	// source the entry the change was typed in (which needs no refresh).
	setting string
	source  fyne.CanvasObject
	// change is the edit being shown, during update; nil on a full refresh.
	change *model.Change
	// scroll, when set, is scrolled to show an entry that gains focus.
	scroll *container.Scroll

	refreshers []refresher
	focus      map[string]fyne.Focusable
	paths      []string // bound paths, in form order
	box        *fyne.Container
	cur        *widget.Form
	// content, when set, is shown instead of box: a form inside a larger view.
	content fyne.CanvasObject
	// errs lists the paths the form could not read: bugs in the form, kept
	// for tests to find.
	errs []error
	// dates are the form's date fields by path.
	dates map[string]*dateField
	// handedOut is set once object has been called. Until then nothing can
	// lay the form out, so rows are added without laying out the rows
	// before them: a half-built form laid out at its least width wrapped
	// every long field's text at a width it is never shown at, once for
	// each row added.
	handedOut bool
}

func newForm(e *editor, id string) *form {
	return &form{e: e, id: id, focus: map[string]fyne.Focusable{}, box: container.NewVBox()}
}

// object is the form's content.
func (f *form) object() fyne.CanvasObject {
	f.handedOut = true
	if f.content != nil {
		return f.content
	}
	return f.box
}

// group starts a group of fields under a heading ("" for none).
func (f *form) group(title string) {
	if title != "" {
		h := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		if len(f.box.Objects) > 0 {
			f.add(widget.NewSeparator())
		}
		f.add(h)
	}
	f.cur = widget.NewForm()
	f.add(f.cur)
}

// add puts o at the end of the form, laying it out only once the form may
// be on screen.
func (f *form) add(o fyne.CanvasObject) {
	if f.handedOut {
		f.box.Add(o)
		return
	}
	f.box.Objects = append(f.box.Objects, o)
}

// addItem adds a labelled row to the current group, as add does.
func (f *form) addItem(label string, w fyne.CanvasObject) {
	if f.handedOut {
		f.cur.Append(label, w)
		return
	}
	f.cur.Items = append(f.cur.Items, widget.NewFormItem(label, w))
}

// row adds a labelled widget to the current group.
func (f *form) row(label string, w fyne.CanvasObject) {
	if f.cur == nil {
		f.group("")
	}
	f.addItem(label, w)
}

// hintRow adds a labelled widget with a line of help under it.
func (f *form) hintRow(label, hint string, w fyne.CanvasObject) {
	if f.cur == nil {
		f.group("")
	}
	// Written, not as Fyne's hint text, which is one line as wide as the
	// text: in a narrow window it wraps under the field.
	help := widget.NewRichText(&widget.TextSegment{Text: hint, Style: widget.RichTextStyle{
		ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameCaptionText, Inline: true}})
	help.Wrapping = fyne.TextWrapWord
	f.addItem(label, container.New(&widgets.TightVBox{}, w, help))
}

// refresher brings one widget up to date. deps lists the entity's fields it
// shows; nil means it may show anything, such as other entities.
type refresher struct {
	deps []string
	fn   func()
	w    fyne.CanvasObject // the widget it updates, when it is one of the form's entries
}

// refresh brings the fields up to date with the document. After an edit the
// form made itself to one field, only the widgets showing that field run:
// typing in a field costs the same however large the unit is.
func (f *form) refresh() {
	f.quiet = true
	defer func() { f.quiet = false }()
	// An edit of other entities leaves this one's own fields as they were.
	others := f.change != nil && !f.change.Structural && !slices.Contains(f.change.IDs, f.id)
	for _, r := range f.refreshers {
		switch {
		case others && r.deps != nil:
		case f.setting == "" || slices.Contains(r.deps, f.setting) && (r.w == nil || r.w != f.source):
			r.fn()
		}
	}
}

// update refreshes the form after the change c; refreshers that show other
// entities' parts (the rubric grid) can read c to refresh only those.
func (f *form) update(c model.Change) {
	f.change = &c
	defer func() { f.change = nil }()
	f.refresh()
}

// onRefresh adds fn, which may show anything, to what refresh runs, and runs it now.
func (f *form) onRefresh(fn func()) { f.onRefreshOf(nil, fn) }

// onRefreshOf adds fn, which shows the fields deps, to what refresh runs,
// and runs it now.
func (f *form) onRefreshOf(deps []string, fn func()) {
	f.refreshers = append(f.refreshers, refresher{deps: deps, fn: fn})
	f.quiet = true
	fn()
	f.quiet = false
}

// focusField puts the keyboard in the field at path, or in the first field
// inside it ("safety_check" finds "safety_check.kind").
func (f *form) focusField(path string) bool {
	w, ok := f.focus[path]
	if !ok {
		for _, p := range f.paths {
			if strings.HasPrefix(p, path+".") {
				w, ok = f.focus[p]
				break
			}
		}
	}
	if !ok {
		return false
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(w.(fyne.CanvasObject)); c != nil {
		c.Focus(w)
	}
	return true
}

// bind records the widget of path, for focusField when it can take focus.
func (f *form) bind(path string, w fyne.CanvasObject) {
	if fw, ok := w.(fyne.Focusable); ok {
		f.focus[path] = fw
	}
	f.paths = append(f.paths, path)
}

// value reads the field at path of the form's entity. A path the entity
// does not have is a bug in the form, never shown as a blank field in
// silence: see broken.
func (f *form) value(path string) any {
	p := f.e.doc.Project
	v, err := p.Field(f.id, path)
	if err == nil {
		return v
	}
	if _, ok := p.Index()[f.id]; !ok {
		return nil // the entity is gone, and its form with it once the list catches up
	}
	f.broken(fmt.Errorf("form of %s: read field %q: %w", f.id, path, err))
	return nil
}

// broken reports a field the form could not read: it is logged with the
// path, kept in f.errs, and the status bar tells the person, in their words,
// that something is wrong rather than leaving an empty field unexplained.
func (f *form) broken(err error) {
	for _, e := range f.errs {
		if e.Error() == err.Error() {
			return
		}
	}
	f.errs = append(f.errs, err)
	fyne.LogError("internal error", err)
	f.e.setError(lang.L("Coplan could not show one of the fields here; please report this as a bug."))
}

// set changes the field at path of the form's entity, unless the form is
// updating itself.
func (f *form) set(path string, v any) { f.setFrom(nil, path, v) }

// setFrom is set for a change typed into the entry source; it reports
// whether the change was made.
func (f *form) setFrom(source fyne.CanvasObject, path string, v any) bool {
	if f.quiet {
		return false
	}
	f.setting, f.source = path, source
	defer func() { f.setting, f.source = "", nil }()
	return f.e.apply(model.Set(f.id, path, v))
}

// field binds en to the field at path through c and returns it. Text that c
// cannot read is put back to the field's value when the entry loses focus,
// and the status bar says why.
func (f *form) field(path string, c codec, en *widgets.FieldEntry) *widgets.FieldEntry {
	return f.fieldWith(path, c, en, nil)
}

// text binds a one-line entry to a string field.
func (f *form) text(path, placeholder string) *widgets.FieldEntry {
	en := f.field(path, textCodec, widgets.NewFieldEntry())
	en.PlaceHolder = placeholder
	return en
}

// long binds a wrapping multi-line entry, rows lines tall, to a string field.
func (f *form) long(path string, rows int, placeholder string) *widgets.FieldEntry {
	en := f.field(path, textCodec, widgets.NewMultiLineFieldEntry(rows))
	en.PlaceHolder = placeholder
	return en
}

// list binds an entry of comma-separated values to a list field.
func (f *form) list(path, placeholder string) *widgets.FieldEntry {
	en := f.field(path, listCodec, widgets.NewFieldEntry())
	en.PlaceHolder = placeholder
	return en
}

// number binds a narrow entry to a whole-number field.
func (f *form) number(path string) fyne.CanvasObject {
	return narrow(f.field(path, intCodec, widgets.NewFieldEntry()), 110)
}

// decimal binds a narrow entry to a number field such as points.
func (f *form) decimal(path string) fyne.CanvasObject {
	return narrow(f.field(path, floatCodec, widgets.NewFieldEntry()), 110)
}

// clock binds a narrow entry to a time-of-day field. As in a date field,
// text that is not a time stays with the reason under it.
func (f *form) clock(path string) fyne.CanvasObject {
	r := newReasonLine()
	en := f.fieldWith(path, clockCodec, widgets.NewFieldEntry(), r.say)
	en.PlaceHolder = "HH:MM"
	return container.NewVBox(narrow(en, 110), r.line)
}

// check binds a check box to a yes/no field.
func (f *form) check(path, label string) *widget.Check {
	c := widget.NewCheck(label, func(on bool) {
		if v, _ := f.value(path).(bool); v != on {
			f.set(path, on)
		}
	})
	f.onRefreshOf([]string{path}, func() {
		v, _ := f.value(path).(bool)
		if c.Checked != v {
			c.SetChecked(v)
		}
	})
	f.bind(path, c)
	return c
}

// readOnly shows the text of get, kept up to date.
func (f *form) readOnly(get func() string) *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	f.onRefresh(func() {
		if s := get(); l.Text != s {
			l.SetText(s)
		}
	})
	return l
}

// narrow gives obj a fixed width, for the default text size and growing
// with the text, at the start of its row.
func narrow(obj fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewHBox(container.New(fixedWidth(width), obj))
}

// noneLabel is the option that clears a link.
func noneLabel() string { return lang.L("(none)") }
