package app

import (
	"errors"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// dateLink says how a date field relates to the unit's other dates.
type dateLink struct {
	// near is the date the calendar opens at while the field is empty, such
	// as the start for an end; nil or a zero date opens it at today.
	near func() model.Date
	// after is the path of the entity's date this one may not come before,
	// as an end may not come before the start.
	after string
}

// dateField is a date entry of a form, with its calendar button and the
// line under it that says what is wrong with the date.
type dateField struct {
	reasonLine
	f     *form
	path  string
	link  dateLink
	en    *widgets.FieldEntry
	pick  *widget.Button
	typed string            // why the text typed is not a date, or ""
	cal   *widgets.Calendar // the calendar last opened
	pop   *widget.PopUp
}

// reasonLine is the line under a field that says, in red, what is wrong with it.
type reasonLine struct {
	reason *widget.Label
	line   fyne.CanvasObject // reason with its icon, hidden when all is well
}

func newReasonLine() reasonLine {
	r := reasonLine{reason: widget.NewLabel("")}
	r.reason.Importance = widget.DangerImportance
	r.reason.Wrapping = fyne.TextWrapWord
	r.line = container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, r.reason)
	r.line.Hide()
	return r
}

// say shows text under the field, or hides the line when text is "".
func (r reasonLine) say(text string) {
	if r.reason.Text != text {
		r.reason.SetText(text)
	}
	if text == "" && r.line.Visible() {
		r.line.Hide()
	} else if text != "" && !r.line.Visible() {
		r.line.Show()
	}
}

// date binds an entry for a date, with a calendar to pick from, to the date
// field at path. Text that is not a date stays as typed with the reason under
// it, until it is fixed or undone (Ctrl+Z); the unit keeps its last date.
func (f *form) date(path string, link dateLink) fyne.CanvasObject {
	d := &dateField{reasonLine: newReasonLine(), f: f, path: path, link: link}
	d.en = f.fieldWith(path, dateCodec, widgets.NewFieldEntry(), func(reason string) {
		d.typed = reason
		d.show()
	})
	d.en.PlaceHolder = "YYYY-MM-DD"
	d.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), d.open)
	d.pick.Importance = widget.LowImportance
	if link.after != "" {
		f.onRefreshOf([]string{path, link.after}, d.show)
	}
	if f.dates == nil {
		f.dates = map[string]*dateField{}
	}
	f.dates[path] = d
	return container.NewVBox(narrow(container.NewBorder(nil, nil, nil, d.pick, d.en), 190), d.line)
}

// show puts the reason the date is wrong, if any, under the field: what was
// typed first, then a date that comes before the one it follows.
func (d *dateField) show() {
	text := d.typed
	if text == "" && d.link.after != "" {
		own, _ := d.f.value(d.path).(model.Date)
		first, _ := d.f.value(d.link.after).(model.Date)
		if !own.IsZero() && !first.IsZero() && own.Before(first) {
			text = lang.L("Ends before it starts ({{.Start}})", map[string]any{"Start": first.Time().Format("2 Jan 2006")})
		}
	}
	d.say(text)
}

// opensAt is the month the calendar opens at: the field's date, else the
// related date, else today.
func (d *dateField) opensAt() (open, selected time.Time) {
	today := d.f.e.app.now()
	own, err := model.ReadDate(d.en.Text)
	if err != nil {
		own, _ = d.f.value(d.path).(model.Date)
	}
	if !own.IsZero() {
		return own.Time(), own.Time()
	}
	if d.link.near != nil {
		if near := d.link.near(); !near.IsZero() {
			return near.Time(), time.Time{}
		}
	}
	return today, time.Time{}
}

// open shows the calendar beside the field.
func (d *dateField) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(d.en)
	if c == nil {
		return
	}
	open, selected := d.opensAt()
	d.cal = widgets.NewCalendar(open, selected, d.f.e.app.now(), lang.L("Today"), func(t time.Time) {
		d.pop.Hide()
		d.en.SetText(model.DateOf(t).String())
		c.Focus(d.en)
	})
	d.cal.OnCancel = func() {
		d.pop.Hide()
		c.Focus(d.en)
	}
	d.pop = widget.NewPopUp(d.cal, c)
	d.pop.ShowAtPosition(d.besideField(c.Size(), d.pop.MinSize()))
	c.Focus(d.cal)
}

// besideField is where a pop-up of size goes in a window of size win: right
// of the calendar button, else left of the field, else under the field.
// Beside is better than under: where there is no room below, a pop-up moves
// up and would hide the field it fills.
func (d *dateField) besideField(win, size fyne.Size) fyne.Position {
	drv := fyne.CurrentApp().Driver()
	en, pick := drv.AbsolutePositionForObject(d.en), drv.AbsolutePositionForObject(d.pick)
	switch right := pick.X + d.pick.Size().Width; {
	case right+size.Width <= win.Width:
		return fyne.NewPos(right, en.Y)
	case en.X >= size.Width:
		return fyne.NewPos(en.X-size.Width, en.Y)
	}
	return fyne.NewPos(en.X, en.Y+d.en.Size().Height)
}

// dateReason says, in words, why text could not be read as a date.
func dateReason(err error) string {
	var de *model.DateInputError
	if !errors.As(err, &de) {
		return lang.L("Not a date: write it as year-month-day, such as 2027-03-15")
	}
	switch de.Problem {
	case model.AmbiguousDate:
		a, b := de.Readings[0], de.Readings[1]
		return lang.L("Is it {{.First}} or {{.Second}}? Write it as {{.FirstDate}} or {{.SecondDate}}", map[string]any{
			"First": a.Time().Format("2 January"), "Second": b.Time().Format("2 January"),
			"FirstDate": a.String(), "SecondDate": b.String()})
	case model.NoSuchDay:
		return lang.L("{{.Month}} has {{.Days}} days", map[string]any{
			"Month": time.Date(de.Year, de.Month, 1, 0, 0, 0, 0, time.UTC).Format("January 2006"), "Days": de.Days})
	case model.ShortYear:
		return lang.L("Write the year in full, such as 2027")
	}
	return lang.L("Not a date: write it as year-month-day, such as 2027-03-15")
}

// unitDates is the first and last session dates of the unit, in time.
func unitDates(p *model.Project) (first, last model.Date) {
	for _, s := range p.Sessions {
		if s.Date.IsZero() {
			continue
		}
		if first.IsZero() || s.Date.Before(first) {
			first = s.Date
		}
		if s.Date.After(last) {
			last = s.Date
		}
	}
	return first, last
}

// firstSet returns the first of dates that is set.
func firstSet(dates ...model.Date) model.Date {
	for _, d := range dates {
		if !d.IsZero() {
			return d
		}
	}
	return model.Date{}
}

// unitStartNear is where the unit's start calendar opens: at its first
// session, else its end.
func unitStartNear(e *editor) func() model.Date {
	return func() model.Date {
		first, _ := unitDates(e.doc.Project)
		return firstSet(first, e.doc.Project.Unit.End)
	}
}

// unitEndNear is where the unit's end calendar opens: at its start, else
// its last session.
func unitEndNear(e *editor) func() model.Date {
	return func() model.Date {
		_, last := unitDates(e.doc.Project)
		return firstSet(e.doc.Project.Unit.Start, last)
	}
}

// sessionNear is where a session's calendar opens: at the date of the
// nearest dated session before it in the teaching order, else the unit's start.
func sessionNear(e *editor, id string) func() model.Date {
	return func() model.Date {
		p := e.doc.Project
		i := slices.IndexFunc(p.Sessions, func(s model.Session) bool { return s.ID == id })
		for j := i - 1; j >= 0; j-- {
			if !p.Sessions[j].Date.IsZero() {
				return p.Sessions[j].Date
			}
		}
		return p.Unit.Start
	}
}

// expertSessions is the first and last dates of the sessions expert id
// leads or joins.
func expertSessions(p *model.Project, id string) (first, last model.Date) {
	for _, s := range p.Sessions {
		if s.Date.IsZero() || s.Lead != id && !slices.Contains(s.Experts, id) {
			continue
		}
		if first.IsZero() || s.Date.Before(first) {
			first = s.Date
		}
		if s.Date.After(last) {
			last = s.Date
		}
	}
	return first, last
}

// assessmentNear is where an assessment's calendar opens: at the last
// session that teaches one of its outcomes, else the unit's end or start.
func assessmentNear(e *editor, id string) func() model.Date {
	return func() model.Date {
		p := e.doc.Project
		var last model.Date
		if a := p.Assessment(id); a != nil {
			for _, s := range p.Sessions {
				teaches := slices.ContainsFunc(s.Outcomes, func(o string) bool { return slices.Contains(a.Outcomes, o) })
				if teaches && s.Date.After(last) {
					last = s.Date
				}
			}
		}
		return firstSet(last, p.Unit.End, p.Unit.Start)
	}
}

// responsibilityNear is where a task's calendar opens: at the first session
// of the expert who owns it, else the unit's start.
func responsibilityNear(e *editor, id string) func() model.Date {
	return func() model.Date {
		p := e.doc.Project
		var first model.Date
		if i := slices.IndexFunc(p.Responsibilities, func(r model.Responsibility) bool { return r.ID == id }); i >= 0 {
			if owner := p.Responsibilities[i].OwnerExpert; owner != "" {
				first, _ = expertSessions(p, owner)
			}
		}
		return firstSet(first, p.Unit.Start)
	}
}

// expiryNear is where a safety check's calendar opens: at the expert's last
// session, which the check must outlast, else today.
func expiryNear(e *editor, id string) func() model.Date {
	return func() model.Date {
		_, last := expertSessions(e.doc.Project, id)
		return last
	}
}
