package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// overview edits the unit's own fields: title, audience, dates, the problem,
// the driving question and the central goal.
type overview struct {
	e       *editor
	form    *form
	summary *widget.Label
	root    fyne.CanvasObject
}

func newOverview(e *editor) sectionView {
	v := &overview{e: e, form: newForm(e, e.doc.Project.ID)}
	f := v.form
	f.group("")
	f.row(lang.L("Title"), f.text("title", lang.L("Solar car challenge")))
	f.row(lang.L("Year levels"), f.list("unit.year_levels", lang.L("for example 9, 10")))
	f.row(lang.L("Subjects"), f.list("unit.subjects", lang.L("for example Science, Technology")))
	f.row(lang.L("Starts"), f.date("unit.start", dateLink{near: unitStartNear(e)}))
	f.row(lang.L("Ends"), f.date("unit.end", dateLink{near: unitEndNear(e), after: "unit.start"}))

	f.group(lang.L("Purpose"))
	f.hintRow(lang.L("Real-world problem"), lang.L("The problem in the community or industry that the unit tackles."),
		f.long("unit.real_world_problem", 4, ""))
	f.hintRow(lang.L("Driving question"), lang.L("The open question students work on, often “How might we …?”"),
		f.long("unit.driving_question", 2, lang.L("How might we …?")))
	f.hintRow(lang.L("Central goal"), lang.L("The one goal the school and its partners share."),
		f.long("unit.central_goal", 3, ""))

	f.group(lang.L("School"))
	f.row(lang.L("School"), f.text("unit.school", ""))
	f.row(lang.L("Contact"), f.text("unit.contact", lang.L("The teacher partners can reach")))
	f.row(lang.L("Email"), f.text("unit.contact_email", ""))
	f.row(lang.L("Phone"), f.text("unit.contact_phone", ""))
	f.row(lang.L("Time zone"), f.text("unit.time_zone", lang.L("for example Australia/Sydney")))

	v.summary = widget.NewLabel("")
	v.summary.SizeName = theme.SizeNameCaptionText
	v.summary.Wrapping = fyne.TextWrapWord
	v.updateSummary()
	f.scroll = container.NewVScroll(container.NewPadded(container.NewVBox(v.summary, f.object())))
	v.root = widgets.WheelScrolls(f.scroll)
	f.noteFocus()
	return v
}

func (v *overview) Object() fyne.CanvasObject { return v.root }

// Changed refreshes the fields when the unit's own fields changed, and the
// summary when entities came or went.
func (v *overview) Changed(c model.Change) {
	if c.Structural {
		v.updateSummary()
	}
	v.form.refresh()
}

func (v *overview) Reload() {
	v.updateSummary()
	v.form.refresh()
}

// Reveal focuses field of the unit.
func (v *overview) Reveal(_ string, field string) {
	if field != "" {
		v.form.focusField(field)
	}
}

// updateSummary counts what the unit holds, in a line above the form.
func (v *overview) updateSummary() {
	p := v.e.doc.Project
	out := 0
	for _, s := range p.Sessions {
		if s.Engagement == model.InCommunity {
			out++
		}
	}
	parts := []string{
		lang.L("Outcomes: {{.Count}}", map[string]any{"Count": len(p.Outcomes)}),
		lang.L("Sessions: {{.Count}} ({{.Out}} in the community)", map[string]any{"Count": len(p.Sessions), "Out": out}),
		lang.L("Experts: {{.Count}}", map[string]any{"Count": len(p.Experts)}),
		lang.L("Partners: {{.Count}}", map[string]any{"Count": len(p.Partners)}),
		lang.L("Rubrics: {{.Count}}", map[string]any{"Count": len(p.Rubrics)}),
		lang.L("Assessments: {{.Count}}", map[string]any{"Count": len(p.Assessments)}),
	}
	v.summary.SetText(strings.Join(parts, " · "))
}
