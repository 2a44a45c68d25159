package app

import (
	"fyne.io/fyne/v2/lang"

	"coplan/model"
)

// newAssessments lists the assessment tasks and edits the selected one: its
// due date, the rubric that marks it and the outcomes it assesses.
func newAssessments(e *editor) sectionView {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:   lang.L("assessment"),
		count:  func() int { return len(p().Assessments) },
		idAt:   func(i int) string { return p().Assessments[i].ID },
		newRow: newTitledRow,
		setRow: func(i int, row *listRow) {
			a := &p().Assessments[i]
			setText(row.title, orUntitled(a.Title))
			sub := lang.L("no rubric")
			if r := p().Rubric(a.Rubric); r != nil {
				sub = orUntitled(r.Title)
			}
			if !a.Due.IsZero() {
				sub = lang.L("due {{.Date}}", map[string]any{"Date": a.Due.String()}) + " · " + sub
			}
			setText(row.sub, sub)
		},
		newEntity: func(id string) any { return model.Assessment{ID: id, Title: lang.L("New assessment")} },
		detail:    func(id string) *form { return assessmentForm(e, id) },
		empty:     lang.L("Select an assessment to edit it, or add one."),
	})
}

func assessmentForm(e *editor, id string) *form {
	f := newForm(e, id)
	f.group(lang.L("Assessment"))
	f.row(lang.L("Title"), f.text("title", ""))
	f.row(lang.L("Due"), f.date("due", dateLink{near: assessmentNear(e, id)}))
	f.row(lang.L("Rubric"), f.choice("rubric", func() []option {
		opts := []option{{label: noneLabel()}}
		for _, r := range e.doc.Project.Rubrics {
			opts = append(opts, option{value: r.ID, label: orUntitled(r.Title)})
		}
		return opts
	}, true))
	f.row(lang.L("Task"), f.long("description", 4, lang.L("What students do and hand in")))
	f.group(lang.L("Learning"))
	f.row(lang.L("Outcomes"), f.checks("outcomes", func() []option { return outcomeOptions(e) },
		checkList{empty: lang.L("No outcomes yet: add them under Outcomes."), links: true}))
	return f
}
