package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/store"
)

// reviewView is the Review section: the comments the filters select, with
// the filters and a button to write a comment above them.
type reviewView struct {
	*listPane
	e      *editor
	filter model.CommentFilter
	ids    []string // the comments shown, in file order

	openOnly *widget.Check
	author   *widget.Select
	entity   *widget.Select
	entities []string // the entity ids the entity filter offers, after "any"
	root     fyne.CanvasObject
}

// newReviewView makes the Review section's filters; attach adds the list.
func newReviewView(e *editor) (*reviewView, fyne.CanvasObject) {
	v := &reviewView{e: e}
	v.select_()
	v.openOnly = widget.NewCheck(lang.L("Open only"), func(on bool) {
		v.filter.OpenOnly = on
		v.Reload()
	})
	v.author = widget.NewSelect(nil, func(string) {
		v.filter.Author = ""
		if i := v.author.SelectedIndex(); i > 0 {
			v.filter.Author = model.CommentAuthors(e.doc.Project)[i-1]
		}
		v.Reload()
	})
	v.entity = widget.NewSelect(nil, func(string) {
		v.filter.Entity = ""
		if i := v.entity.SelectedIndex(); i > 0 && i <= len(v.entities) {
			v.filter.Entity = v.entities[i-1]
		}
		v.Reload()
	})
	write := widget.NewButtonWithIcon(lang.L("Comment…"), theme.MailComposeIcon(), func() {
		e.app.withIdentity(func(o store.Owner) { e.showCommentDialog(e.selectedEntity(), o) })
	})
	write.Importance = widget.HighImportance
	v.fillFilters()
	// The filters wrap onto a second line in a narrow window.
	filters := container.New(&widgets.Flow{}, v.openOnly,
		container.NewHBox(widget.NewLabel(lang.L("By")), v.author), container.NewHBox(widget.NewLabel(lang.L("On")), v.entity))
	bar := container.NewBorder(nil, nil, nil, container.NewVBox(write), filters)
	return v, bar
}

// attach puts the comment list under the filters.
func (v *reviewView) attach(p *listPane, bar fyne.CanvasObject) {
	v.listPane = p
	v.root = container.NewBorder(container.NewVBox(container.NewPadded(bar), widget.NewSeparator()), nil, nil, nil, p.Object())
}

// Object is the section's content.
func (v *reviewView) Object() fyne.CanvasObject { return v.root }

// select_ works out which comments the filters show.
func (v *reviewView) select_() {
	v.ids = v.ids[:0]
	for _, c := range model.FilterComments(v.e.doc.Project, v.filter) {
		v.ids = append(v.ids, c.ID)
	}
}

// fillFilters offers the authors and commented entities there are now.
func (v *reviewView) fillFilters() {
	p := v.e.doc.Project
	authors := []string{lang.L("Everyone")}
	for _, a := range model.CommentAuthors(p) {
		authors = append(authors, orUnnamed(a))
	}
	v.author.Options = authors
	if v.filter.Author == "" {
		v.author.Selected = authors[0]
	}
	v.author.Refresh()
	v.entities = v.entities[:0]
	commented := map[string]bool{}
	for _, c := range p.Comments {
		commented[c.Target] = true
	}
	names := []string{lang.L("Any part")}
	for _, id := range model.CommentTargets(p) {
		if commented[id] {
			v.entities = append(v.entities, id)
			names = append(names, targetName(v.e, id))
		}
	}
	v.entity.Options = names
	if v.filter.Entity == "" {
		v.entity.Selected = names[0]
	}
	v.entity.Refresh()
}

// Changed follows an edit: comments may have come, gone or changed status.
func (v *reviewView) Changed(c model.Change) {
	if c.Structural {
		v.Reload()
		return
	}
	v.listPane.Changed(c)
}

// Reload shows the comments the filters select now.
func (v *reviewView) Reload() {
	if v.listPane == nil {
		return
	}
	v.select_()
	v.fillFilters()
	v.listPane.Reload()
}

// openCount is the number of open comments on the entity with id and, for
// a rubric, on its criteria and levels.
func openCount(p *model.Project, counts map[string]int, id string) int {
	n := counts[id]
	if r := p.Rubric(id); r != nil {
		for _, c := range r.Criteria {
			n += counts[c.ID]
		}
		for _, l := range r.Levels {
			n += counts[l.ID]
		}
	}
	return n
}
