package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// newResponsibilities lists who does what by when, and edits the selected task.
func newResponsibilities(e *editor) sectionView {
	p := func() *model.Project { return e.doc.Project }
	done := theme.NewSuccessThemedResource(theme.CheckButtonCheckedIcon())
	return newListPane(e, listSpec{
		noun:  lang.L("task"),
		count: func() int { return len(p().Responsibilities) },
		idAt:  func(i int) string { return p().Responsibilities[i].ID },
		newRow: func() (*listRow, fyne.CanvasObject) {
			row, lines := newTitledRow()
			row.icon = widget.NewIcon(nil)
			return row, container.NewBorder(nil, nil, row.icon, nil, lines)
		},
		setRow: func(i int, row *listRow) {
			x := &p().Responsibilities[i]
			setText(row.title, orUntitled(firstLine(x.Task)))
			sub := partyLabel(x.Party)
			if owner := p().OwnerOf(x).Name(); owner != "" {
				sub += " · " + owner
			}
			if !x.Due.IsZero() {
				sub += " · " + lang.L("due {{.Date}}", map[string]any{"Date": x.Due.String()})
			}
			setText(row.sub, sub)
			icon := theme.CheckButtonIcon()
			if x.Done {
				icon = done
			}
			row.icon.SetResource(icon)
		},
		newEntity: func(id string) any {
			return model.Responsibility{ID: id, Party: model.PartySchool, Task: lang.L("New task")}
		},
		detail: func(id string) *form { return responsibilityForm(e, id) },
		empty:  lang.L("Select a task to edit it, or add one."),
	})
}

func responsibilityForm(e *editor, id string) *form {
	f := newForm(e, id)
	f.group(lang.L("Task"))
	f.row(lang.L("Task"), f.long("task", 2, lang.L("What needs doing")))
	var parties []option
	for _, x := range model.Parties {
		parties = append(parties, option{value: x, label: partyLabel(x)})
	}
	f.row(lang.L("Who"), f.radio("party", parties, true))
	// The owner is an expert or a partner, or failing those a role in words.
	f.row(lang.L("Person"), f.choice("owner_expert", func() []option { return expertOptions(e, true, model.Date{}) }, true))
	f.row(lang.L("Organisation"), f.choice("owner_partner", func() []option {
		opts := []option{{label: noneLabel()}}
		for _, x := range e.doc.Project.Partners {
			opts = append(opts, option{value: x.ID, label: orUnnamed(x.Name)})
		}
		return opts
	}, true))
	f.row(lang.L("Or in words"), f.text("owner", lang.L("A role, such as Every team")))
	f.row(lang.L("Due"), f.date("due", dateLink{near: responsibilityNear(e, id)}))
	f.row("", f.check("done", lang.L("Done")))
	return f
}

// partyLabel names who owns a responsibility.
func partyLabel(x string) string {
	switch x {
	case model.PartySchool:
		return lang.L("School")
	case model.PartyPartner:
		return lang.L("Partner")
	case model.PartyStudents:
		return lang.L("Students")
	}
	return lang.L("Not set")
}
