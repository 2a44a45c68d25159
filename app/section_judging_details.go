package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/export"
)

// resultDetails shows the team picked in the results in full: its name and
// project, its rank and mean, each judge's total, and its mean on each
// criterion, marking those its judges disagree on. In a narrow window it
// takes the table's place, with a button back to the table.
type resultDetails struct {
	r    *judgingResults
	back *widget.Button
	box  *fyne.Container
	root fyne.CanvasObject
	// name is the label with the team's full name, or nil.
	name *widget.Label
}

func newResultDetails(r *judgingResults) *resultDetails {
	d := &resultDetails{r: r, box: container.New(&widgets.TightVBox{})}
	d.back = widget.NewButtonWithIcon(lang.L("All results"), theme.NavigateBackIcon(), r.closeDetails)
	d.back.Importance = widget.LowImportance
	d.back.Alignment = widget.ButtonAlignLeading
	d.root = container.NewBorder(d.back, nil, nil, nil, container.NewVScroll(d.box))
	return d
}

// valueRow lays out a name that wraps, with a value on the right.
func valueRow(name, value string, imp widget.Importance) fyne.CanvasObject {
	v := widget.NewLabel(value)
	v.Alignment = fyne.TextAlignTrailing
	v.Importance = imp
	return container.NewBorder(nil, nil, nil, v, para(name))
}

// show fills the details from tr, or with a hint when no team is picked.
func (d *resultDetails) show(tr *model.TeamResult) {
	d.box.RemoveAll()
	d.name = nil
	if tr == nil || d.r.res == nil {
		hint := para(lang.L("Pick a team in the table to see each judge's total and the team's mean on each criterion."))
		hint.Importance = widget.LowImportance
		d.box.Add(hint)
		d.box.Refresh()
		return
	}
	p, rb := d.r.v.e.doc.Project, d.r.res.Rubric
	t := tr.Team
	d.name = para(orUntitled(t.Name))
	d.name.TextStyle.Bold = true
	d.box.Add(d.name)
	if about := joinSet(" · ", t.Table, t.Project); about != "" {
		d.box.Add(para(about))
	}
	summary := lang.L("Not ranked yet: no judge has scored this team on every criterion.")
	if len(tr.ScoredBy) > 0 {
		summary = lang.L("Rank {{.Rank}} · mean {{.Mean}} · scored by {{.Scored}} of {{.Judges}}",
			map[string]any{"Rank": tr.Rank, "Mean": export.Round2(tr.Mean), "Scored": len(tr.ScoredBy), "Judges": len(tr.Judges)})
	}
	d.box.Add(para(summary))

	d.box.Add(heading(lang.L("Judges' totals")))
	judges := append([]string(nil), tr.Judges...)
	for _, j := range slices.Concat(tr.ScoredBy, tr.InProgress) {
		if !slices.Contains(judges, j) {
			judges = append(judges, j)
		}
	}
	if len(judges) == 0 {
		d.box.Add(para(lang.L("No judges are assigned to this team yet.")))
	}
	best := rb.MaxPoints()
	for _, j := range judges {
		name := lang.L("A judge no longer in the unit")
		if x := p.Expert(j); x != nil {
			name = orUntitled(x.Name)
		}
		value, imp := lang.L("not scored yet"), widget.WarningImportance
		if total, ok := tr.Totals[j]; ok {
			value, imp = outOf(total, best), widget.MediumImportance
		} else if slices.Contains(tr.InProgress, j) {
			scored, of := p.SheetScored(d.r.res.Round.ID, j, t.ID)
			value = lang.L("in progress: {{.Scored}} of {{.Criteria}} criteria", map[string]any{"Scored": scored, "Criteria": of})
		}
		d.box.Add(valueRow(name, value, imp))
	}

	d.box.Add(heading(lang.L("Mean on each criterion")))
	for i := range rb.Criteria {
		c := &rb.Criteria[i]
		value := "–"
		if mean, ok := tr.Criteria[c.ID]; ok {
			top := 0.0
			for _, rt := range rb.Ratings(c) {
				top = max(top, rt.Points)
			}
			value = outOf(mean, top)
		}
		d.box.Add(valueRow(orUntitled(c.Title), value, widget.MediumImportance))
		if slices.Contains(tr.Spread, c.ID) {
			warn := para(lang.L("Judges chose levels more than one apart"))
			warn.Importance = widget.WarningImportance
			d.box.Add(warn)
		}
	}
	d.box.Refresh()
}

// outOf writes x out of best, or x alone when best is 0.
func outOf(x, best float64) string {
	if best <= 0 {
		return export.Round2(x)
	}
	return lang.L("{{.Points}} of {{.Best}}", map[string]any{"Points": export.Round2(x), "Best": export.Round2(best)})
}
