package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// cmdComment comments on what is selected in the section shown.
func (a *App) cmdComment() {
	if a.ed == nil {
		return
	}
	id := a.ed.selectedEntity()
	a.withIdentity(func(o store.Owner) { a.ed.showCommentDialog(id, o) })
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

// showCommentDialog asks for a comment on the entity with id, by o, and,
// optionally, new wording for one of its fields.
func (e *editor) showCommentDialog(id string, o store.Owner) {
	p := e.doc.Project
	targets := model.CommentTargets(p)
	names := make([]string, len(targets))
	for i, t := range targets {
		names[i] = targetName(e, t)
	}
	var fields []string
	wholeItem := lang.L("(the item as a whole)")
	field := widget.NewSelect(nil, nil)
	suggestion := widget.NewMultiLineEntry()
	suggestion.Wrapping = fyne.TextWrapWord
	suggestion.SetMinRowsVisible(3)
	suggestion.SetPlaceHolder(lang.L("Choose a field above to suggest new wording for it"))
	text := widget.NewMultiLineEntry()
	text.Wrapping = fyne.TextWrapWord
	text.SetMinRowsVisible(4)
	text.SetPlaceHolder(lang.L("What you would like changed, and why"))
	target := widget.NewSelect(names, nil)
	current := func() string {
		i := field.SelectedIndex() - 1
		if i < 0 || i >= len(fields) {
			return ""
		}
		v, _ := p.Field(targets[target.SelectedIndex()], fields[i])
		s, _ := v.(string)
		return s
	}
	field.OnChanged = func(string) {
		suggestion.SetText(current())
		if field.SelectedIndex() > 0 {
			suggestion.Enable()
		} else {
			suggestion.Disable()
		}
	}
	target.OnChanged = func(string) {
		fields = model.SuggestionFields(p, targets[target.SelectedIndex()])
		opts := []string{wholeItem}
		for _, f := range fields {
			opts = append(opts, fieldName(e, f))
		}
		field.SetOptions(opts)
		field.SetSelectedIndex(0)
	}
	target.SetSelectedIndex(max(0, indexOf(targets, id)))
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	from := widget.NewLabel(o.Name + " (" + userRoleLabel(o.Role) + ")")
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("From"), from),
		widget.NewFormItem(lang.L("On"), target),
		widget.NewFormItem(lang.L("About"), field),
		widget.NewFormItem(lang.L("Comment"), text),
		widget.NewFormItem(lang.L("New wording"), suggestion),
		widget.NewFormItem("", problem),
	}
	var d *dialog.FormDialog
	d = dialog.NewForm(lang.L("Comment"), lang.L("Add Comment"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		c := model.Comment{Target: targets[target.SelectedIndex()], Author: o.Name, Role: o.Role, Text: text.Text}
		if i := field.SelectedIndex() - 1; i >= 0 && i < len(fields) {
			c.Field = fields[i]
			if suggestion.Text != current() {
				c.Suggestion = suggestion.Text
			}
		}
		if _, err := e.doc.Apply(model.AddComment(c)); err != nil {
			problem.SetText(err.Error())
			problem.Show()
			d.Show()
		}
	}, e.app.win)
	d.Resize(fyne.NewSize(640, 0))
	d.Show()
	e.app.win.Canvas().Focus(text)
}
