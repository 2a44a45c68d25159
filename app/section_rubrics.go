package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// rubrics lists the rubrics and edits the selected one in a grid.
type rubrics struct {
	*listPane
	e    *editor
	grid *rubricGrid // the grid of the selected rubric

	details     *widget.Button  // shows or folds the rubric's own fields
	detailBox   *fyne.Container // those fields
	detailsOpen bool
}

func newRubrics(e *editor) sectionView {
	v := &rubrics{e: e}
	p := func() *model.Project { return e.doc.Project }
	v.listPane = newListPane(e, listSpec{
		noun:   lang.L("rubric"),
		count:  func() int { return len(p().Rubrics) },
		idAt:   func(i int) string { return p().Rubrics[i].ID },
		newRow: newTitledRow,
		setRow: func(i int, row *listRow) {
			r := &p().Rubrics[i]
			setText(row.title, orUntitled(r.Title))
			setText(row.sub, rubricShape(r))
		},
		newEntity: func(id string) any { return model.Rubric{ID: id, Title: lang.L("New rubric")} },
		detail:    v.rubricForm,
		empty:     lang.L("Select a rubric to edit it, or add one."),
		fill:      true,
		offset:    0.2,
		footer:    v.importButton(),
	})
	return v
}

// rubricShape says how big a rubric is, such as "4 criteria × 4 levels · 16 points".
func rubricShape(r *model.Rubric) string {
	shape := countText("1 criterion", "{{.Count}} criteria", len(r.Criteria), nil) +
		" × " + countText("1 level", "{{.Count}} levels", len(r.Levels), nil)
	if r.Unscored {
		return shape + " · " + lang.L("feedback only")
	}
	best := r.MaxPoints()
	return shape + " · " + countText("{{.Points}} point", "{{.Points}} points", pointsCount(best), map[string]any{"Points": formatPoints(best)})
}

// rubricTotal says what a student can get in all: the best possible total,
// weights counted.
func rubricTotal(r *model.Rubric) string {
	if r.Unscored {
		return lang.L("Feedback only: no points")
	}
	best := r.MaxPoints()
	return countText("Best possible total: {{.Points}} point", "Best possible total: {{.Points}} points", pointsCount(best), map[string]any{"Points": formatPoints(best)})
}

// Changed keeps the selected rubric's row in the list up to date as its
// levels and criteria are edited (they have rows of their own nowhere).
func (v *rubrics) Changed(c model.Change) {
	if !c.Structural && v.selected != "" {
		v.refreshRowSoon(v.selected)
	}
	v.listPane.Changed(c)
}

func formatPoints(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

func (v *rubrics) rubricForm(id string) *form {
	e := v.e
	f := newForm(e, id)
	// The title heads the pane; the rest of the rubric's own fields fold
	// away under Details, so that the grid gets the pane's height.
	title := f.text("title", lang.L("Rubric title"))
	title.TextStyle.Bold = true
	f.row(lang.L("Description"), f.long("description", 2, lang.L("What the rubric is for, in a sentence or two")))
	if r := e.doc.Project.Rubric(id); r != nil && r.CopiedFrom.File != "" {
		origin := widget.NewLabel(e.app.originOf(r.CopiedFrom.File))
		origin.Wrapping = fyne.TextWrapWord
		f.row(lang.L("Origin"), origin)
	}
	f.row(lang.L("Used by"), f.links(func() []link {
		var out []link
		for _, a := range e.doc.Project.Assessments {
			if a.Rubric == id {
				out = append(out, link{id: a.ID, label: orUntitled(a.Title), note: a.Due.String()})
			}
		}
		return out
	}, lang.L("No assessment uses it yet: choose it in an assessment.")))
	f.row(lang.L("Scoring"), f.check("unscored", lang.L("Feedback only: no points")))
	details := f.box
	v.details = widget.NewButtonWithIcon(lang.L("Details"), theme.MenuExpandIcon(), nil)
	v.details.Importance = widget.LowImportance
	v.details.OnTapped = func() { v.showDetails(!details.Visible()) }
	v.detailBox = details
	v.showDetails(v.detailsOpen)

	total := widget.NewLabel("")
	total.TextStyle.Bold = true
	showTotal := func() {
		if r := e.doc.Project.Rubric(id); r != nil {
			setText(total, rubricTotal(r))
		}
	}
	f.onRefresh(showTotal)
	f.onRefreshOf([]string{"unscored"}, showTotal)
	addCriterion := widget.NewButtonWithIcon(lang.L("Add criterion"), theme.ContentAddIcon(), func() {
		cid := model.NewID()
		if e.apply(model.Add(model.Criterion{ID: cid, Title: lang.L("New criterion"), Weight: 1}, id, -1)) && v.grid != nil {
			v.grid.focus(cid, "title")
		}
	})
	addLevel := widget.NewButtonWithIcon(lang.L("Add level"), theme.ContentAddIcon(), func() {
		points := 1.0
		if r := e.doc.Project.Rubric(id); r != nil && len(r.Levels) > 0 {
			points = r.Levels[len(r.Levels)-1].Points + 1
		}
		lid := model.NewID()
		if e.apply(model.Add(model.Level{ID: lid, Label: lang.L("New level"), Points: points}, id, -1)) && v.grid != nil {
			v.grid.focus(lid, "label")
		}
	})
	whole := widget.NewButtonWithIcon(lang.L("Whole rubric"), theme.VisibilityIcon(), func() { v.showWhole(id) })
	// The total shows beside the title where there is room for both (the
	// rubric's row of the list shows it too); the buttons that add criteria
	// and levels sit in the grid's corner, between the two.
	head := container.New(&titleBar{}, title, total, container.NewHBox(whole, v.details))

	v.grid = newRubricGrid(e, id, container.NewVBox(addCriterion, addLevel))
	grid := v.grid
	f.refreshers = append(f.refreshers, refresher{fn: func() { grid.refresh(f.change) }},
		refresher{deps: []string{"unscored"}, fn: func() { grid.refresh(nil) }}) // points fields come and go
	// The grid takes the height the fields leave it and scrolls on its own.
	f.content = container.NewBorder(container.NewVBox(head, details, widget.NewSeparator()), nil, nil, nil, v.grid.object())
	return f
}

// showDetails shows or folds away the selected rubric's own fields below
// its title, and remembers the choice for the next rubric shown.
func (v *rubrics) showDetails(open bool) {
	v.detailsOpen = open
	if v.detailBox == nil {
		return
	}
	if open {
		v.detailBox.Show()
		v.details.SetIcon(theme.MenuDropDownIcon())
	} else {
		v.detailBox.Hide()
		v.details.SetIcon(theme.MenuExpandIcon())
	}
}

// Reveal selects the rubric with id, or the rubric holding the level or
// criterion with id, and puts the keyboard in its cell for field.
func (v *rubrics) Reveal(id, field string) {
	ref := v.e.doc.Project.Index()[id]
	rid := id
	if ref.Kind == model.KindLevel || ref.Kind == model.KindCriterion {
		rid = ref.Parent
	}
	v.listPane.Reveal(rid, "")
	if rid != id && v.grid != nil && v.grid.rid == rid {
		v.grid.focus(id, field)
	} else if field != "" && v.form != nil {
		if field != "title" {
			v.showDetails(true)
		}
		v.form.focusField(field)
	}
}

// titleBar lays out a rubric's title, its total and its buttons on one
// line: the buttons at the right, the total before them while the title
// keeps room for about 20 characters, and the title in the rest.
type titleBar struct{}

// MinSize is the title's and the buttons' least width, on one line.
func (*titleBar) MinSize(objects []fyne.CanvasObject) fyne.Size {
	title, total, buttons := objects[0].MinSize(), objects[1].MinSize(), objects[2].MinSize()
	return fyne.NewSize(title.Width+theme.Padding()+buttons.Width, max(title.Height, total.Height, buttons.Height))
}

// Layout places the buttons, the total when it fits, and the title.
func (*titleBar) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	title, total, buttons := objects[0], objects[1], objects[2]
	pad := theme.Padding()
	bw := buttons.MinSize().Width
	right := size.Width - bw
	buttons.Move(fyne.NewPos(right, 0))
	buttons.Resize(fyne.NewSize(bw, size.Height))
	tw := total.MinSize().Width
	if right-tw-2*pad >= 200*textScale() {
		total.Show()
		right -= tw + pad
		total.Move(fyne.NewPos(right, 0))
		total.Resize(fyne.NewSize(tw, size.Height))
	} else {
		total.Hide()
	}
	title.Move(fyne.Position{})
	title.Resize(fyne.NewSize(right-pad, size.Height))
}

// upToPoints says the most a criterion can give, weight counted.
func upToPoints(p float64) string {
	return countText("Up to {{.Points}} point", "Up to {{.Points}} points", pointsCount(p), map[string]any{"Points": formatPoints(p)})
}
