package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// newSessions lists the sessions with where each happens (icon and words)
// and edits the selected one: when, where, who leads, which experts come and
// which outcomes it teaches.
func newSessions(e *editor) sectionView {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:  lang.L("session"),
		count: func() int { return len(p().Sessions) },
		idAt:  func(i int) string { return p().Sessions[i].ID },
		newRow: func() (*listRow, fyne.CanvasObject) {
			title, sub := rowLabels()
			row := &listRow{title: title, sub: sub, aside: widget.NewLabel(""), icon: widget.NewIcon(nil)}
			// The engagement in words gives way to the date, time and
			// length in a narrow list: the icon still shows it.
			lines := container.New(&widgets.TightVBox{}, title, container.New(&widgets.GiveWay{}, sub, row.aside))
			return row, container.NewBorder(nil, nil, row.icon, nil, lines)
		},
		setRow: func(i int, row *listRow) {
			s := &p().Sessions[i]
			row.icon.SetResource(engagementIcon(s.Engagement))
			setText(row.title, orUntitled(s.Title))
			setText(row.sub, sessionWhen(s))
			setText(row.aside, engagementLabel(s.Engagement))
		},
		newEntity: func(id string) any {
			return model.Session{ID: id, Title: lang.L("New session"), Engagement: model.InClass}
		},
		detail: func(id string) *form { return sessionForm(e, id) },
		empty:  lang.L("Select a session to edit it, or add one."),
	})
}

// sessionWhen is a session's date, start and length in a few words.
func sessionWhen(s *model.Session) string {
	var parts []string
	if !s.Date.IsZero() {
		parts = append(parts, s.Date.String())
	} else {
		parts = append(parts, lang.L("no date"))
	}
	if s.Start.Set {
		parts = append(parts, s.Start.String())
	}
	if s.Minutes > 0 {
		parts = append(parts, lang.L("{{.Minutes}} min", map[string]any{"Minutes": s.Minutes}))
	}
	return strings.Join(parts, " · ")
}

func sessionForm(e *editor, id string) *form {
	f := newForm(e, id)
	session := func() *model.Session { return e.doc.Project.Session(id) }
	f.group(lang.L("Session"))
	f.row(lang.L("Title"), f.text("title", ""))
	f.row(lang.L("Engagement"), f.radio("engagement", []option{
		{value: model.InClass, label: lang.L("In class: the community comes into the classroom")},
		{value: model.InCommunity, label: lang.L("In community: students go out and take part")},
	}, false))
	f.row(lang.L("Date"), f.date("date", dateLink{near: sessionNear(e, id)}))
	f.row(lang.L("Starts at"), f.clock("start"))
	f.row(lang.L("Minutes"), f.number("minutes"))
	f.row(lang.L("Location"), f.text("location", lang.L("Room, site or address")))

	f.group(lang.L("People"))
	f.row(lang.L("Lead"), f.choice("lead", func() []option { return expertOptions(e, true, model.Date{}) }, true))
	f.hintRow(lang.L("Experts"), lang.L("Each expert's safety check is shown for this session's date."),
		f.checks("experts", func() []option {
			s := session()
			if s == nil {
				return nil
			}
			return expertOptions(e, false, s.Date)
		}, checkList{empty: lang.L("No experts yet: add them under People."), links: true, also: []string{"date"}}))

	f.group(lang.L("Learning"))
	f.row(lang.L("Outcomes"), f.checks("outcomes", func() []option { return outcomeOptions(e) },
		checkList{empty: lang.L("No outcomes yet: add them under Outcomes."), links: true}))

	f.group(lang.L("Preparation"))
	f.row(lang.L("Preparation"), f.long("prep", 3, lang.L("What to book, bring or send beforehand")))
	f.row(lang.L("Notes"), f.long("notes", 3, ""))
	return f
}

// expertOptions offers the unit's experts, with "(none)" first when none is
// allowed and each one's safety check on date when date is set.
func expertOptions(e *editor, none bool, date model.Date) []option {
	var opts []option
	if none {
		opts = append(opts, option{label: noneLabel()})
	}
	for i := range e.doc.Project.Experts {
		x := &e.doc.Project.Experts[i]
		o := option{value: x.ID, label: orUnnamed(x.Name)}
		if !date.IsZero() || !none {
			o.note, o.icon = safetyNote(x, date)
		}
		opts = append(opts, o)
	}
	return opts
}

// outcomeOptions offers the unit's outcomes as "CODE  text".
func outcomeOptions(e *editor) []option {
	opts := make([]option, 0, len(e.doc.Project.Outcomes))
	for _, o := range e.doc.Project.Outcomes {
		opts = append(opts, option{value: o.ID, label: outcomeLabel(o)})
	}
	return opts
}

// outcomeLabel shows an outcome by its code and the start of its text.
func outcomeLabel(o model.Outcome) string {
	text := strings.TrimSpace(strings.SplitN(o.Text, "\n", 2)[0])
	if r := []rune(text); len(r) > 44 {
		text = strings.TrimSpace(string(r[:43])) + "…"
	}
	switch {
	case o.Code == "" && text == "":
		return lang.L("Untitled outcome")
	case o.Code == "":
		return text
	case text == "":
		return o.Code
	}
	return o.Code + "  " + text
}

func orUntitled(s string) string {
	if strings.TrimSpace(s) == "" {
		return lang.L("Untitled")
	}
	return s
}

func orUnnamed(s string) string {
	if strings.TrimSpace(s) == "" {
		return lang.L("Unnamed")
	}
	return s
}
