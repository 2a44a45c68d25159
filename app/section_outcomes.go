package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// newOutcomes lists the learning outcomes and edits the selected one,
// showing where it is taught and where it is assessed.
func newOutcomes(e *editor) sectionView {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:  lang.L("outcome"),
		count: func() int { return len(p().Outcomes) },
		idAt:  func(i int) string { return p().Outcomes[i].ID },
		newRow: func() (*listRow, fyne.CanvasObject) {
			code := widget.NewLabel("")
			code.TextStyle.Bold = true
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			return &listRow{title: code, sub: text}, container.NewBorder(nil, nil, code, nil, text)
		},
		setRow: func(i int, row *listRow) {
			x := p().Outcomes[i]
			setText(row.title, x.Code)
			setText(row.sub, orUntitled(firstLine(x.Text)))
		},
		newEntity: func(id string) any { return model.Outcome{ID: id} },
		detail:    func(id string) *form { return outcomeForm(e, id) },
		empty:     lang.L("Select an outcome to edit it, or add one."),
	})
}

func outcomeForm(e *editor, id string) *form {
	f := newForm(e, id)
	f.group(lang.L("Outcome"))
	f.hintRow(lang.L("Code"), lang.L("The curriculum code, such as AC9S9U05."), narrow(f.text("code", ""), 220))
	f.row(lang.L("Outcome"), f.long("text", 4, lang.L("What students will know or be able to do")))

	f.group(lang.L("Where it is taught and assessed"))
	f.row(lang.L("Taught in"), f.links(func() []link {
		var out []link
		for _, s := range e.doc.Project.Sessions {
			if slices.Contains(s.Outcomes, id) {
				out = append(out, link{id: s.ID, label: orUntitled(s.Title), note: s.Date.String(), icon: engagementIcon(s.Engagement)})
			}
		}
		return out
	}, lang.L("No session teaches it yet: tick it in a session.")))
	f.row(lang.L("Assessed by"), f.links(func() []link {
		var out []link
		p := e.doc.Project
		for _, a := range p.Assessments {
			if slices.Contains(a.Outcomes, id) {
				out = append(out, link{id: a.ID, label: orUntitled(a.Title), note: lang.L("assessment")})
			}
		}
		for _, r := range p.Rubrics {
			for _, c := range r.Criteria {
				if slices.Contains(c.Outcomes, id) {
					out = append(out, link{id: c.ID, label: orUntitled(r.Title) + " › " + orUntitled(c.Title), note: lang.L("rubric criterion")})
				}
			}
		}
		return out
	}, lang.L("Nothing assesses it yet: link it from an assessment or a rubric criterion.")))
	return f
}

// firstLine is the first line of s, trimmed.
func firstLine(s string) string {
	return strings.TrimSpace(strings.SplitN(s, "\n", 2)[0])
}
