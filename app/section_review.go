package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// newReview lists the comments reviewers left: who, on what, what they said
// and whether it is settled, and lets the teacher accept (using a suggested
// wording), reject, resolve or reopen each, filtered by status, author or
// entity (see reviewView).
func newReview(e *editor) sectionView {
	p := func() *model.Project { return e.doc.Project }
	v, filters := newReviewView(e)
	v.attach(newListPane(e, listSpec{
		noun:  lang.L("comment"),
		count: func() int { return len(v.ids) },
		idAt:  func(i int) string { return v.ids[i] },
		newRow: func() (*listRow, fyne.CanvasObject) {
			head := widget.NewLabel("")
			head.TextStyle.Bold = true
			head.Truncation = fyne.TextTruncateEllipsis
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			status := widget.NewLabel("")
			status.SizeName = theme.SizeNameCaptionText
			row := &listRow{title: head, sub: text, aside: status, icon: widget.NewIcon(nil)}
			lines := container.New(&widgets.TightVBox{}, container.NewBorder(nil, nil, nil, status, head), text)
			return row, container.NewBorder(nil, nil, row.icon, nil, lines)
		},
		setRow: func(i int, row *listRow) {
			c := p().Comment(v.ids[i])
			setText(row.title, lang.L("{{.Author}} on {{.Target}}", map[string]any{
				"Author": orUnnamed(c.Author), "Target": targetName(e, c.Target)}))
			setText(row.aside, statusLabel(c.Status))
			setText(row.sub, firstLine(c.Text))
			row.icon.SetResource(statusIcon(c.Status))
		},
		detail: func(id string) *form { return commentForm(e, id) },
		empty:  lang.L("Comments from reviewers appear here. Select one to read it and settle it."),
	}), filters)
	return v
}

func commentForm(e *editor, id string) *form {
	f := newForm(e, id)
	comment := func() *model.Comment {
		if c := e.doc.Project.Comment(id); c != nil {
			return c
		}
		return &model.Comment{}
	}
	f.group("")
	f.row(lang.L("From"), f.readOnly(func() string {
		c := comment()
		s := orUnnamed(c.Author)
		if c.Role != "" {
			s += " (" + userRoleLabel(c.Role) + ")"
		}
		if !c.At.IsZero() {
			s += " · " + c.At.Local().Format("2006-01-02 15:04")
		}
		return s
	}))
	f.row(lang.L("On"), f.links(func() []link {
		c := comment()
		if c.Target == "" {
			return nil
		}
		l := link{id: c.Target, label: targetName(e, c.Target), note: fieldName(e, c.Target, c.Field)}
		return []link{l}
	}, lang.L("the unit as a whole")))
	f.row(lang.L("Comment"), f.readOnly(func() string { return comment().Text }))
	suggestionRows(e, f, comment)
	status := f.readOnly(func() string { return statusLabel(comment().Status) })
	status.TextStyle.Bold = true
	accept := widget.NewButtonWithIcon(lang.L("Accept"), theme.ConfirmIcon(), func() { e.apply(model.AcceptComment(id)) })
	accept.Importance = widget.HighImportance
	reject := widget.NewButtonWithIcon(lang.L("Reject"), theme.CancelIcon(), func() { e.apply(model.RejectComment(id)) })
	resolve := widget.NewButton(lang.L("Mark resolved"), func() { e.apply(model.ResolveComment(id)) })
	reopen := widget.NewButton(lang.L("Reopen"), func() { e.apply(model.ReopenComment(id)) })
	f.onRefresh(func() {
		c := comment()
		open := model.IsOpen(*c)
		label := lang.L("Accept")
		if c.Suggestion != "" {
			label = lang.L("Accept and use the wording")
		}
		if accept.Text != label {
			accept.SetText(label)
		}
		// Only what can be done shows: an open comment is settled, a
		// settled one reopened. The row then fits on one line in a small
		// window instead of pushing Reopen out of view.
		for _, b := range []*widget.Button{accept, reject, resolve} {
			showIf(b, open)
		}
		showIf(reopen, !open)
	})
	f.row(lang.L("Status"), status)
	f.row("", container.New(&widgets.Flow{}, accept, reject, resolve, reopen))
	return f
}

// targetName names the entity a comment is about.
func targetName(e *editor, id string) string {
	if id == "" || id == e.doc.Project.ID {
		return lang.L("the unit")
	}
	ref, ok := e.doc.Project.Index()[id]
	if !ok {
		return lang.L("something deleted")
	}
	return ref.Describe()
}

func statusLabel(s model.CommentStatus) string {
	switch s {
	case model.StatusOpen:
		return lang.L("Open")
	case model.StatusAccepted:
		return lang.L("Accepted")
	case model.StatusRejected:
		return lang.L("Rejected")
	case model.StatusResolved:
		return lang.L("Resolved")
	}
	return lang.L("Open")
}

func statusIcon(s model.CommentStatus) fyne.Resource {
	switch s {
	case model.StatusAccepted, model.StatusResolved:
		return icons().accepted
	case model.StatusRejected:
		return icons().rejected
	}
	return icons().openMark
}
