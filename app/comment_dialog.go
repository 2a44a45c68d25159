package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/store"
)

// focusTarget is the part of the unit that last had the keyboard or was
// selected, and the field that had it: what Comment on Selection is about.
type focusTarget struct{ id, field string }

// noteTarget records that the field at path of the entity with id (or the
// entity as a whole, for "") has the keyboard or was selected. It runs on
// every focus change, so it only remembers; commentTarget works it out.
func (e *editor) noteTarget(id, field string) { e.target = focusTarget{id, field} }

// noteFocus makes each entry of f note, as it gains the keyboard, that a
// comment would be about its field. Call it once, when f is built.
func (f *form) noteFocus() {
	for path, w := range f.focus {
		if en, ok := w.(*widgets.FieldEntry); ok {
			then := en.OnFocusGained
			en.OnFocusGained = func() {
				f.e.noteTarget(f.id, path)
				if then != nil {
					then()
				}
			}
		}
	}
}

// cmdComment comments on what has the keyboard, or else on what is selected
// in the section shown, or else on the unit.
func (a *App) cmdComment() {
	if a.ed == nil {
		return
	}
	id, field := a.ed.commentTarget()
	a.withIdentity(func(o store.Owner) { a.ed.showCommentDialogOn(id, field, o) })
}

// commentTarget is the part of the unit a new comment is about, and the
// field of it when that field takes new wording: the entity whose field
// last had the keyboard or that was last selected, when it belongs to the
// section shown and to what that section has selected; otherwise the
// section's selection (see selectedEntity). A rubric cell stands for its
// criterion's descriptor at that level; a part that takes no comments (a
// level) for the nearest one that does (its rubric).
func (e *editor) commentTarget() (id, field string) {
	p := e.doc.Project
	sel := e.selectedEntity()
	if e.current < 0 || e.current >= len(e.sections) {
		return sel, ""
	}
	idx := p.Index()
	id, field = e.target.id, e.target.field
	ref, ok := idx[id]
	if !ok || sectionOf(ref.Kind) != e.sections[e.current].Key {
		return sel, ""
	}
	if c := p.Comment(id); c != nil { // a comment selected in Review: what it is about
		id, field = c.Target, c.Field
		if ref, ok = idx[id]; !ok {
			return sel, ""
		}
	}
	for !commentable(ref.Kind) {
		if ref.Parent == "" {
			return sel, ""
		}
		id, field, ref = ref.Parent, "", idx[ref.Parent]
	}
	if sel != p.ID && id != sel && ref.Parent != sel {
		return sel, "" // the keyboard was last in a part no longer selected
	}
	return id, suggestible(p, id, field)
}

// commentable reports whether comments may be about entities of kind k.
func commentable(k model.Kind) bool {
	return slices.ContainsFunc(model.Kinds(), func(s model.KindSpec) bool { return s.Kind == k && s.Commentable })
}

// suggestible returns field when a comment on the entity with id may
// suggest new wording for it, the descriptor of the same level for a
// rating's own name or points, and "" otherwise.
func suggestible(p *model.Project, id, field string) string {
	if field == "" {
		return ""
	}
	fields := model.SuggestionFields(p, id)
	if slices.Contains(fields, field) {
		return field
	}
	if _, lid, ok := strings.Cut(field, "."); ok && slices.Contains(fields, "descriptors."+lid) {
		return "descriptors." + lid
	}
	return ""
}

// selectedEntity is the id of what the section shown has selected, or the
// unit's id when nothing is.
func (e *editor) selectedEntity() string {
	var v sectionView
	if e.current >= 0 && e.current < len(e.views) {
		v = e.views[e.current]
	}
	id := ""
	switch x := v.(type) {
	case *listPane:
		id = x.selected
	case *rubrics:
		id = x.selected
	case *people:
		id = x.experts.selected
		if x.tabs.SelectedIndex() == 1 {
			id = x.partners.selected
		}
	case *reviewView:
		if c := e.doc.Project.Comment(x.selected); c != nil {
			id = c.Target
		}
	}
	if _, ok := e.doc.Project.Index()[id]; !ok || e.doc.Project.Comment(id) != nil {
		id = e.doc.Project.ID
	}
	return id
}

// showCommentDialog asks for a comment on the entity with id, by o.
func (e *editor) showCommentDialog(id string, o store.Owner) { e.showCommentDialogOn(id, "", o) }

// showCommentDialogOn asks for a comment by o on the entity with id, about
// field when it is not "", and, optionally, new wording for one of its
// fields. The part commented on is chosen from a list grouped by section,
// with a search.
func (e *editor) showCommentDialogOn(id, field string, o store.Owner) {
	p := e.doc.Project
	picker := newTargetPicker(e, id)
	var fields []string
	wholeItem := lang.L("(the item as a whole)")
	about := widget.NewSelect(nil, nil)
	suggestion := newDialogMultiLineEntry()
	suggestion.Wrapping = fyne.TextWrapWord
	suggestion.SetMinRowsVisible(3)
	suggestion.SetPlaceHolder(lang.L("Choose a field above to suggest new wording for it"))
	text := newDialogMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(5)
	text.SetPlaceHolder(lang.L("What you would like changed, and why"))
	current := func() string {
		i := about.SelectedIndex() - 1
		if i < 0 || i >= len(fields) {
			return ""
		}
		v, _ := p.Field(picker.id(), fields[i])
		s, _ := v.(string)
		return s
	}
	about.OnChanged = func(string) {
		suggestion.SetText(current())
		if about.SelectedIndex() > 0 {
			suggestion.Enable()
		} else {
			suggestion.Disable()
		}
	}
	setTarget := func(id, field string) {
		fields = model.SuggestionFields(p, id)
		opts := []string{wholeItem}
		for _, f := range fields {
			opts = append(opts, fieldName(e, id, f))
		}
		about.SetOptions(opts)
		about.SetSelectedIndex(indexOf(fields, field) + 1)
	}
	setTarget(picker.id(), field)
	picker.OnChanged = func(to string) {
		if to == id {
			setTarget(to, field) // back to what had the keyboard
		} else {
			setTarget(to, "")
		}
	}
	picker.OnSubmitted = func() { e.app.win.Canvas().Focus(text) }
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	from := widget.NewLabel(o.Name + " (" + userRoleLabel(o.Role) + ")")
	form := widget.NewForm(
		widget.NewFormItem(lang.L("From"), from),
		widget.NewFormItem(lang.L("About"), about),
		widget.NewFormItem(lang.L("Comment"), text),
		widget.NewFormItem(lang.L("New wording"), suggestion),
		widget.NewFormItem("", problem),
	)
	on := widget.NewLabelWithStyle(lang.L("On"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	content := container.New(&sideLayout{width: pickerWidth}, container.NewBorder(on, nil, nil, nil, picker.root), form)
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm(lang.L("Comment"), lang.L("Add Comment"), lang.L("Cancel"), content, func(ok bool) {
		if !ok {
			return
		}
		c := model.Comment{Target: picker.id(), Author: o.Name, Role: o.Role, Text: text.Text}
		if i := about.SelectedIndex() - 1; i >= 0 && i < len(fields) {
			c.Field = fields[i]
			if suggestion.Text != current() {
				c.Suggestion = suggestion.Text
			}
		}
		if _, err := e.doc.Apply(model.AddComment(c)); err != nil {
			problem.SetText(err.Error())
			problem.Show()
			showDialog(e.app.win, d)
		}
	}, e.app.win)
	win := e.app.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, win.Width-32), min(540, win.Height-32)))
	showDialog(e.app.win, d)
	e.app.win.Canvas().Focus(text)
}

// pickerWidth is the width of the list of parts in the comment dialog.
const pickerWidth = 300

// sideLayout puts its first object in a column width wide at the left and
// gives the second the rest.
type sideLayout struct{ width float32 }

// MinSize is the column's width beside the second object's, and the taller height.
func (l *sideLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	a, b := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(l.width+2*theme.Padding()+b.Width, max(a.Height, b.Height))
}

// Layout places the column and the rest side by side at full height.
func (l *sideLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(l.width, size.Height))
	x := l.width + 2*theme.Padding()
	objects[1].Move(fyne.NewPos(x, 0))
	objects[1].Resize(fyne.NewSize(size.Width-x, size.Height))
}
