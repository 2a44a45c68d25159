package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

func newExpertsPane(e *editor) *listPane {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:  lang.L("expert"),
		count: func() int { return len(p().Experts) },
		idAt:  func(i int) string { return p().Experts[i].ID },
		newRow: func() (*listRow, fyne.CanvasObject) {
			row, lines := newTitledRow()
			row.icon = widget.NewIcon(nil)
			return row, container.NewBorder(nil, nil, nil, row.icon, lines)
		},
		setRow: func(i int, row *listRow) {
			x := &p().Experts[i]
			setText(row.title, orUnnamed(x.Name))
			sub := rolesLabel(x.Roles)
			if org := p().Partner(x.Partner); org != nil {
				sub = strings.TrimSuffix(orUnnamed(org.Name)+" · "+sub, " · ")
			}
			setText(row.sub, sub)
			row.icon.SetResource(worstSafety(p(), x))
		},
		newEntity: func(id string) any { return model.Expert{ID: id, Name: lang.L("New expert")} },
		detail:    func(id string) *form { return expertForm(e, id) },
		empty:     lang.L("Select an expert to edit them, or add one."),
	})
}

// worstSafety is the icon of the worst safety-check status an expert has on
// the dates of their sessions (model.Project.WorstSafety), or nil when all
// are covered.
func worstSafety(p *model.Project, x *model.Expert) fyne.Resource {
	if st := p.WorstSafety(x); st != model.SafetyValid {
		return safetyIcon(st)
	}
	return nil
}

func expertForm(e *editor, id string) *form {
	f := newForm(e, id)
	f.group(lang.L("Expert"))
	f.row(lang.L("Name"), f.text("name", ""))
	f.row(lang.L("Organisation"), f.choice("partner", func() []option {
		opts := []option{{label: noneLabel()}}
		for _, x := range e.doc.Project.Partners {
			opts = append(opts, option{value: x.ID, label: orUnnamed(x.Name)})
		}
		return opts
	}, true))
	f.row(lang.L("Roles"), f.checks("roles", func() []option {
		opts := make([]option, len(model.Roles))
		for i, r := range model.Roles {
			opts[i] = option{value: r, label: roleLabel(r)}
		}
		return opts
	}, checkList{columns: 2}))
	f.row(lang.L("Expertise"), f.long("expertise", 2, lang.L("What they know and can show students")))
	f.row(lang.L("Email"), f.text("email", ""))
	f.row(lang.L("Phone"), f.text("phone", ""))

	f.group(lang.L("Safety check"))
	f.hintRow(lang.L("Kind"), lang.L("Such as a Working With Children Check; school staff are checked by their employer."),
		f.text("safety_check.kind", lang.L("Working With Children Check")))
	f.row(lang.L("Issued in"), f.text("safety_check.jurisdiction", lang.L("State or country")))
	f.row(lang.L("Number"), narrow(f.text("safety_check.number", ""), 260))
	f.row(lang.L("Expires"), f.date("safety_check.expires", dateLink{near: expiryNear(e, id)}))

	f.group(lang.L("Sessions"))
	f.hintRow(lang.L("Contributes to"), lang.L("Their safety check is shown for each session's date."), f.links(func() []link {
		p := e.doc.Project
		x := p.Expert(id)
		if x == nil {
			return nil
		}
		var out []link
		for _, s := range p.SessionsOf(id) {
			note, icon := safetyNote(x, s.Date)
			when := s.Date.String()
			if when == "" {
				when = lang.L("no date")
			}
			if s.Lead == id {
				note = lang.L("leads") + " · " + note
			}
			out = append(out, link{id: s.ID, label: orUntitled(s.Title), note: when + " · " + note, icon: icon})
		}
		return out
	}, lang.L("Not in any session yet: tick them in a session.")))
	f.group("")
	f.row(lang.L("Private notes"), f.long("notes", 3, lang.L("Your own notes: never printed on a handout")))
	return f
}

// rolesLabel lists roles in words.
func rolesLabel(roles []string) string {
	out := make([]string, len(roles))
	for i, r := range roles {
		out[i] = roleLabel(r)
	}
	return strings.Join(out, ", ")
}

// roleLabel names one way a person contributes.
func roleLabel(r string) string {
	switch r {
	case model.RoleMentor:
		return lang.L("Mentor")
	case model.RoleGuestSpeaker:
		return lang.L("Guest speaker")
	case model.RoleConsultant:
		return lang.L("Project consultant")
	case model.RoleJudge:
		return lang.L("Judge")
	case model.RoleFieldTripHost:
		return lang.L("Field trip host")
	case model.RoleRubricReviewer:
		return lang.L("Rubric reviewer")
	case model.RoleInternshipHost:
		return lang.L("Internship host")
	case model.RoleAdvisoryBoard:
		return lang.L("Advisory board")
	case model.RoleCareerDay:
		return lang.L("Career day presenter")
	case model.RoleTeacher:
		return lang.L("Teacher (school staff)")
	}
	return r
}
