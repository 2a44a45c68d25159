package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// listSpec describes one kind of entity for a listPane.
type listSpec struct {
	// noun names one entity in buttons, such as "session".
	noun string
	// count and idAt read the list from the document.
	count func() int
	idAt  func(i int) string
	// newRow makes a row of the list: its widgets by name, and the object
	// that lays them out; setRow fills the widgets for entity i.
	newRow func() (*listRow, fyne.CanvasObject)
	setRow func(i int, row *listRow)
	// newEntity returns the entity Add inserts, with the id given; nil means
	// no Add button.
	newEntity func(id string) any
	// detail builds the form for the entity with id.
	detail func(id string) *form
	// empty is shown when nothing is selected.
	empty string
	// fill gives the detail the pane's whole height instead of a scroll
	// container, for details that scroll themselves.
	fill bool
	// offset is where the divider between list and detail starts (0.32 if 0).
	offset float64
	// footer, when set, is shown under the list.
	footer fyne.CanvasObject
}

// listPane is a virtualised list of entities with add, delete and move
// buttons above it and the selected entity's form beside it.
type listPane struct {
	e        *editor
	spec     listSpec
	list     *widgets.RevealList
	selected string
	form     *form
	detail   *fyne.Container
	scroll   *container.Scroll // nil when the detail fills the pane
	del      *widget.Button
	up, down *widget.Button
	root     fyne.CanvasObject
	quiet    bool
	shown    func(id string) // called when another entity's form is shown

	rows          widgets.Rows[paneRow] // the widgets of each row the list made
	rowsDue       map[string]bool       // ids whose rows wait to be redrawn
	rowsScheduled bool
}

// paneRow is a row of a listPane: the section's widgets and the comment
// badge after them.
type paneRow struct {
	*listRow
	badge *commentBadge
}

// rowDelay is the longest a list row lags behind typing in its form: rows
// are redrawn at most this often, since a truncated label costs a text
// shaping each time.
const rowDelay = 150 * time.Millisecond

func newListPane(e *editor, spec listSpec) *listPane {
	p := &listPane{e: e, spec: spec}
	p.list = widgets.NewRevealList(spec.count, func() fyne.CanvasObject {
		row, o := spec.newRow()
		badge, all := withBadge(o)
		return p.rows.Add(&paneRow{listRow: row, badge: badge}, all)
	}, func(i widget.ListItemID, o fyne.CanvasObject) {
		row := p.rows.Of(o)
		spec.setRow(i, row.listRow)
		row.badge.set(e, spec.idAt(i))
		widgets.Relayout(o)
	})
	p.list.OnSelected = func(i widget.ListItemID) {
		if !p.quiet {
			p.show(spec.idAt(i))
		}
	}
	var tools []fyne.CanvasObject
	if spec.newEntity != nil {
		add := widget.NewButtonWithIcon(lang.L("Add {{.Noun}}", map[string]any{"Noun": spec.noun}), theme.ContentAddIcon(), p.add)
		add.Importance = widget.HighImportance
		tools = append(tools, add)
	}
	p.up = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { p.move(-1) })
	p.down = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { p.move(+1) })
	p.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.DeleteSelected() })
	tools = append(tools, layout.NewSpacer(), p.up, p.down, p.del)
	bar := container.NewHBox(tools...)
	p.detail = container.NewStack()
	var right fyne.CanvasObject = container.NewPadded(p.detail)
	if !spec.fill {
		p.scroll = container.NewScroll(right)
		right = widgets.WheelScrolls(p.scroll)
	}
	var footer fyne.CanvasObject
	if spec.footer != nil {
		footer = container.NewPadded(spec.footer)
	}
	left := container.NewBorder(container.NewPadded(bar), footer, nil, nil, p.list)
	split := container.NewHSplit(left, right)
	split.Offset = 0.32
	if spec.offset > 0 {
		split.Offset = spec.offset
	}
	p.root = split
	if spec.count() > 0 {
		p.selectID(spec.idAt(0))
	} else {
		p.show("")
	}
	return p
}

// Object is the pane's content.
func (p *listPane) Object() fyne.CanvasObject { return p.root }

// indexOf returns the list position of id, or -1.
func (p *listPane) indexOf(id string) int {
	if id == "" {
		return -1
	}
	for i, n := 0, p.spec.count(); i < n; i++ {
		if p.spec.idAt(i) == id {
			return i
		}
	}
	return -1
}

// show puts the form of the entity with id beside the list ("" for none).
func (p *listPane) show(id string) {
	if id == p.selected && (id == "" || p.form != nil) && len(p.detail.Objects) > 0 {
		return
	}
	p.selected = id
	p.form = nil
	if id != "" {
		p.e.noteTarget(id, "")
	}
	if id == "" {
		msg := widget.NewLabel(p.spec.empty)
		msg.Wrapping = fyne.TextWrapWord
		msg.SizeName = theme.SizeNameCaptionText
		p.detail.Objects = []fyne.CanvasObject{msg}
	} else {
		p.form = p.spec.detail(id)
		p.form.scroll = p.scroll
		p.form.noteFocus()
		p.detail.Objects = []fyne.CanvasObject{p.form.object()}
	}
	// A pane never laid out is laid out when it goes on screen: laying it
	// out now wrapped the form's text at its least width, for nothing.
	if !p.detail.Size().IsZero() {
		p.detail.Refresh()
		if p.scroll != nil {
			p.scroll.ScrollToTop()
		}
	}
	p.updateButtons()
	if p.shown != nil {
		p.shown(id)
	}
}

func (p *listPane) updateButtons() {
	i, n := p.indexOf(p.selected), p.spec.count()
	enable(p.del, i >= 0)
	enable(p.up, i > 0)
	enable(p.down, i >= 0 && i < n-1)
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// showIf shows o when on and hides it otherwise, touching it only when
// that changes.
func showIf(o fyne.CanvasObject, on bool) {
	switch {
	case on && !o.Visible():
		o.Show()
	case !on && o.Visible():
		o.Hide()
	}
}

// selectID selects the entity with id in the list and shows its form.
func (p *listPane) selectID(id string) {
	i := p.indexOf(id)
	if i < 0 {
		p.quiet = true
		p.list.UnselectAll()
		p.quiet = false
		p.show("")
		return
	}
	p.quiet = true
	p.list.Reveal(i)
	p.quiet = false
	p.show(id)
}

// add inserts a new entity after the selected one (or at the end), selects
// it and puts the keyboard in its first field.
func (p *listPane) add() {
	id := model.NewID()
	ent := p.spec.newEntity(id)
	at := -1
	if i := p.indexOf(p.selected); i >= 0 {
		at = i + 1
	}
	if !p.e.apply(model.Add(ent, "", at)) {
		return
	}
	p.selectID(id)
	if p.form != nil && len(p.form.paths) > 0 {
		p.form.focusField(p.form.paths[0])
	}
}

// move moves the selected entity by delta places.
func (p *listPane) move(delta int) {
	if i := p.indexOf(p.selected); i >= 0 {
		p.e.apply(model.Move(p.selected, i+delta))
	}
}

// DeleteSelected deletes the selected entity and selects its neighbour.
func (p *listPane) DeleteSelected() bool {
	i := p.indexOf(p.selected)
	if i < 0 {
		return false
	}
	if !p.e.apply(model.Delete(p.selected)) {
		return true
	}
	if n := p.spec.count(); n > 0 {
		p.selectID(p.spec.idAt(min(i, n-1)))
	}
	return true
}

// Changed refreshes the rows of changed entities, or the whole list when
// entities came, went or moved, and the open form.
func (p *listPane) Changed(c model.Change) {
	if c.Structural {
		p.Reload()
		return
	}
	for _, id := range c.IDs {
		p.refreshRowSoon(id)
	}
	if p.form != nil {
		p.form.update(c)
	}
}

// refreshRowSoon redraws the row of the entity with id within rowDelay.
func (p *listPane) refreshRowSoon(id string) {
	if p.rowsDue == nil {
		p.rowsDue = map[string]bool{}
	}
	p.rowsDue[id] = true
	if p.rowsScheduled {
		return
	}
	p.rowsScheduled = true
	p.e.app.schedule(rowDelay, func() {
		p.rowsScheduled = false
		for id := range p.rowsDue {
			if i := p.indexOf(id); i >= 0 {
				p.list.RefreshRow(i)
			}
		}
		clear(p.rowsDue)
	})
}

// Reload refreshes the whole list and the form, keeping the selection on
// the same entity wherever it moved.
func (p *listPane) Reload() {
	p.list.Refresh()
	if p.indexOf(p.selected) < 0 {
		p.selectID("")
	} else {
		p.quiet = true
		p.list.Select(p.indexOf(p.selected))
		p.quiet = false
	}
	if p.form != nil {
		p.form.refresh()
	}
	p.updateButtons()
}

// Reveal selects the entity with id and focuses field, if given.
func (p *listPane) Reveal(id, field string) {
	p.selectID(id)
	if field != "" && p.form != nil {
		p.form.focusField(field)
	}
}
