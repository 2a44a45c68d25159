package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// showWhole shows the whole rubric with id at once, as it prints, for a
// partner to read: every criterion and rating with its full text wrapped,
// the columns fitted to the window.
func (v *rubrics) showWhole(id string) {
	r := v.e.doc.Project.Rubric(id)
	if r == nil {
		return
	}
	body := container.NewVScroll(wholeRubric(r))
	win := v.e.app.win
	d := dialog.NewCustom(orUntitled(r.Title), lang.L("Close"), body, win)
	size := win.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.95, size.Height*0.9))
	showDialog(win, d)
}

// wholeRubric lays out r read-only: a row of level headers, then one row
// per criterion, each cell wrapping its text to the column's width; a
// level no criterion offers gets no column, and the total ends it.
func wholeRubric(r *model.Rubric) fyne.CanvasObject {
	var levels []*model.Level
	for i := range r.Levels {
		for ci := range r.Criteria {
			if r.Criteria[ci].Offers(r.Levels[i].ID) {
				levels = append(levels, &r.Levels[i])
				break
			}
		}
	}
	cols := 1 + len(levels)
	head := []fyne.CanvasObject{wrapped(lang.L("Criterion"), true)}
	for _, l := range levels {
		text := l.Label
		if !r.Unscored {
			text += " · " + lang.L("{{.Points}} pts", map[string]any{"Points": formatPoints(l.Points)})
		}
		head = append(head, wrapped(text, true))
	}
	rows := []fyne.CanvasObject{container.NewGridWithColumns(cols, head...), widget.NewSeparator()}
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		first := container.NewVBox(wrapped(orUntitled(c.Title), true))
		if c.Description != "" {
			first.Add(wrapped(c.Description, false))
		}
		if !r.Unscored {
			first.Add(wrapped(upToPoints(r.CriterionMax(c)), false))
		}
		cells := []fyne.CanvasObject{first}
		for _, l := range levels {
			if !c.Offers(l.ID) {
				cells = append(cells, widget.NewLabel(""))
				continue
			}
			rt := c.Rating(l)
			cell := container.NewVBox()
			if rt.Label != l.Label || !r.Unscored && (rt.Points != l.Points || c.Multiplier() != 1) {
				text := rt.Label
				if !r.Unscored {
					text += " · " + lang.L("{{.Points}} pts", map[string]any{"Points": formatPoints(rt.Points * float64(c.Multiplier()))})
				}
				cell.Add(wrapped(text, true))
			}
			cell.Add(wrapped(rt.Descriptor, false))
			cells = append(cells, cell)
		}
		rows = append(rows, container.NewGridWithColumns(cols, cells...), widget.NewSeparator())
	}
	rows = append(rows, wrapped(rubricTotal(r), true))
	return container.NewVBox(rows...)
}

func wrapped(text string, bold bool) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle.Bold = bold
	return l
}
