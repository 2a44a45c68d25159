package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// option is one choice of a picker: the value stored and what the user sees.
// Links store an id and show a name; icon and note add a status, such as an
// expert's safety check on the session's date.
type option struct {
	value, label, note string
	icon               fyne.Resource
}

// uniqueLabels makes equal labels distinct ("Ana", "Ana (2)"), since a
// select tells its options apart by label.
func uniqueLabels(opts []option) []option {
	seen := map[string]int{}
	for i := range opts {
		seen[opts[i].label]++
		if n := seen[opts[i].label]; n > 1 {
			opts[i].label = fmt.Sprintf("%s (%d)", opts[i].label, n)
		}
	}
	return opts
}

// choice binds a drop-down to a field holding one of options' values. With
// jump set, a button beside it shows the chosen entity.
func (f *form) choice(path string, options func() []option, jump bool) fyne.CanvasObject {
	sel := widget.NewSelect(nil, nil)
	var opts []option
	read := func() string { s, _ := f.value(path).(string); return s }
	goTo := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if id := read(); id != "" {
			f.e.reveal(id, "")
		}
	})
	goTo.Importance = widget.LowImportance
	sel.OnChanged = func(label string) {
		for _, o := range opts {
			if o.label == label && o.value != read() {
				f.set(path, o.value)
			}
		}
	}
	f.onRefreshOf([]string{path}, func() {
		cur := read()
		opts = uniqueLabels(options())
		if cur != "" && !slices.ContainsFunc(opts, func(o option) bool { return o.value == cur }) {
			opts = append(opts, option{value: cur, label: lang.L("(no longer in the unit)")})
		}
		labels := make([]string, len(opts))
		selected := ""
		for i, o := range opts {
			labels[i] = o.label
			if o.value == cur {
				selected = o.label
			}
		}
		if !slices.Equal(labels, sel.Options) {
			sel.SetOptions(labels)
		}
		if sel.Selected != selected {
			if selected == "" {
				sel.ClearSelected()
			} else {
				sel.SetSelected(selected)
			}
		}
		if cur == "" {
			goTo.Disable()
		} else {
			goTo.Enable()
		}
	})
	f.bind(path, sel)
	if !jump {
		return sel
	}
	return container.NewBorder(nil, nil, nil, goTo, sel)
}

// radio binds radio buttons, in a row when horizontal, to a field holding
// one of options' values.
func (f *form) radio(path string, opts []option, horizontal bool) *widgets.WrapRadio {
	labels := make([]string, len(opts))
	for i, o := range opts {
		labels[i] = o.label
	}
	// Long options wrap, and side-by-side ones move to a new line, in a
	// narrow pane (a RadioGroup is as wide as its options on one line).
	r := widgets.NewWrapRadio(labels, nil)
	r.Horizontal = horizontal
	read := func() string { s, _ := f.value(path).(string); return s }
	r.OnChanged = func(label string) {
		for _, o := range opts {
			if o.label == label && o.value != read() {
				f.set(path, o.value)
			}
		}
	}
	f.onRefreshOf([]string{path}, func() {
		selected := ""
		for _, o := range opts {
			if o.value == read() {
				selected = o.label
			}
		}
		if r.Selected != selected {
			r.SetSelected(selected)
		}
	})
	f.bind(path, r)
	return r
}

// checkList says how a check list looks.
type checkList struct {
	// empty is shown when there are no options.
	empty string
	// links adds to each row a button that shows the entity.
	links bool
	// columns lays the boxes out in this many columns (default one).
	columns int
	// also lists the entity's other fields the options depend on, such as
	// the session date that safety notes are for.
	also []string
}

// checks binds a list of check boxes to a field holding a list of values
// (usually ids): one box per option, with its note and status icon. The list
// keeps the options' order; values that are not options stay at the end.
func (f *form) checks(path string, options func() []option, look checkList) fyne.CanvasObject {
	box := container.NewVBox()
	if look.columns > 1 {
		box = container.New(&widgets.Columns{N: look.columns})
	}
	var opts []option
	var boxes []*widgets.WrapCheck
	read := func() []string { l, _ := f.value(path).([]string); return l }
	toggle := func() {
		cur := read()
		var next []string
		for i, o := range opts {
			if boxes[i].Check.Checked {
				next = append(next, o.value)
			}
		}
		for _, id := range cur {
			if !slices.ContainsFunc(opts, func(o option) bool { return o.value == id }) {
				next = append(next, id)
			}
		}
		if !slices.Equal(next, cur) {
			f.set(path, next)
		}
	}
	f.onRefreshOf(append([]string{path}, look.also...), func() {
		next := options()
		if !slices.Equal(next, opts) {
			opts = next
			boxes = boxes[:0]
			box.RemoveAll()
			for _, o := range opts {
				c := widgets.NewWrapCheck(o.label, func(bool) { toggle() })
				boxes = append(boxes, c)
				box.Add(container.NewBorder(nil, nil, nil, linkTail(f.e, o, look.links), c))
			}
			if len(opts) == 0 {
				l := widget.NewLabel(look.empty)
				l.TextStyle.Italic = true
				box.Add(l)
			}
		}
		cur := read()
		for i, o := range opts {
			if on := slices.Contains(cur, o.value); boxes[i].Check.Checked != on {
				boxes[i].Check.SetChecked(on)
			}
		}
	})
	f.paths = append(f.paths, path)
	return box
}

// linkTail is the end of a check-list row: the option's note and status
// icon and, with jump, a button that shows the entity.
func linkTail(e *editor, o option, jump bool) fyne.CanvasObject {
	row := container.NewHBox()
	if o.note != "" {
		n := widget.NewLabel(o.note)
		n.TextStyle.Italic = true
		row.Add(n)
	}
	if o.icon != nil {
		row.Add(widget.NewIcon(o.icon))
	}
	if jump {
		id := o.value
		goTo := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { e.reveal(id, "") })
		goTo.Importance = widget.LowImportance
		row.Add(goTo)
	}
	return row
}

// link is an entity another one points at, shown as a link that reveals it.
type link struct {
	id, label, note string
	icon            fyne.Resource
}

// links shows the entities get lists, each a link that reveals it, kept up
// to date; empty is shown when there are none.
func (f *form) links(get func() []link, empty string) fyne.CanvasObject {
	box := container.NewVBox()
	var shown []link
	f.onRefresh(func() {
		next := get()
		if slices.Equal(next, shown) && len(box.Objects) > 0 {
			return
		}
		shown = next
		box.RemoveAll()
		for _, l := range next {
			id := l.id
			h := widget.NewHyperlink(l.label, nil)
			h.OnTapped = func() { f.e.reveal(id, "") }
			h.Wrapping = fyne.TextWrapWord // a long title wraps, the note stays whole
			var icon, note fyne.CanvasObject
			if l.icon != nil {
				icon = widget.NewIcon(l.icon)
			}
			if l.note != "" {
				n := widget.NewLabel(l.note)
				n.TextStyle.Italic = true
				note = n
			}
			box.Add(container.NewBorder(nil, nil, icon, nil, widgets.NewLinkLine(h, note)))
		}
		if len(next) == 0 {
			l := widget.NewLabel(empty)
			l.TextStyle.Italic = true
			box.Add(l)
		}
	})
	return box
}
