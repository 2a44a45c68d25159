package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"coplan/model"
)

// newTeamsPane lists the teams of a judged event and edits the selected one.
func newTeamsPane(e *editor) *listPane {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:   lang.L("team"),
		count:  func() int { return len(p().Teams) },
		idAt:   func(i int) string { return p().Teams[i].ID },
		newRow: newTitledRow,
		setRow: func(i int, row *listRow) {
			t := &p().Teams[i]
			setText(row.title, orUntitled(t.Name))
			// The table first: it is short, and still shows when a long
			// project title is cut.
			setText(row.sub, joinSet(" · ", t.Table, t.Project))
		},
		newEntity: func(id string) any { return model.Team{ID: id, Name: lang.L("New team")} },
		detail: func(id string) *form {
			f := newForm(e, id)
			f.group(lang.L("Team"))
			f.row(lang.L("Name"), f.text("name", ""))
			f.row(lang.L("Project"), f.text("project", lang.L("The title of the team's project")))
			f.row(lang.L("Members"), f.list("members", lang.L("Names or initials, separated by commas")))
			f.row(lang.L("Mentor"), f.choice("mentor", func() []option { return expertOptions(e, true, model.Date{}) }, true))
			f.row(lang.L("Table"), f.text("table", lang.L("Where the team presents")))
			f.row(lang.L("Notes"), f.long("notes", 3, ""))
			return f
		},
		empty: lang.L("Select a team to edit it, or add one. The mentor never judges the team."),
	})
}

// newRoundsPane lists the judging rounds and edits the selected one.
func newRoundsPane(e *editor) *listPane {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:   lang.L("round"),
		count:  func() int { return len(p().Rounds) },
		idAt:   func(i int) string { return p().Rounds[i].ID },
		newRow: newTitledRow,
		setRow: func(i int, row *listRow) {
			r := &p().Rounds[i]
			setText(row.title, orUntitled(r.Title))
			sub := lang.L("No rubric yet")
			if rb := p().Rubric(r.Rubric); rb != nil {
				sub = orUntitled(rb.Title)
			}
			setText(row.sub, sub)
		},
		newEntity: func(id string) any {
			r := model.Round{ID: id, Title: lang.L("Judging round")}
			if len(p().Rubrics) > 0 {
				r.Rubric = p().Rubrics[0].ID
			}
			return r
		},
		detail: func(id string) *form {
			f := newForm(e, id)
			f.group(lang.L("Round"))
			f.row(lang.L("Title"), f.text("title", ""))
			f.row(lang.L("Session"), f.choice("session", func() []option {
				opts := []option{{label: noneLabel()}}
				for _, s := range p().Sessions {
					opts = append(opts, option{value: s.ID, label: orUntitled(s.Title)})
				}
				return opts
			}, true))
			f.row(lang.L("Rubric"), f.choice("rubric", func() []option {
				opts := []option{{label: noneLabel()}}
				for _, r := range p().Rubrics {
					opts = append(opts, option{value: r.ID, label: orUntitled(r.Title)})
				}
				return opts
			}, true))
			f.hintRow(lang.L("Judges per team"), lang.L("3 when not set"), f.number("judges_per_team"))
			f.hintRow(lang.L("Most teams per judge"), lang.L("Readiness warns above 12 when not set"), f.number("max_per_judge"))
			return f
		},
		empty: lang.L("Select a round to edit it, or add one."),
	})
}

// joinSet joins the parts that are not blank with sep between them.
func joinSet(sep string, parts ...string) string {
	var set []string
	for _, s := range parts {
		if strings.TrimSpace(s) != "" {
			set = append(set, s)
		}
	}
	return strings.Join(set, sep)
}
