package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// datesUnit has a start, two sessions of which the second is undated, an
// expert in the first and an assessment of what the first teaches.
func datesUnit(t *testing.T, end model.Date) *model.Project {
	p := unit(t, "Bridges",
		model.Add(model.Outcome{ID: "o1", Code: "SCI-1", Text: "Forces"}, "", -1),
		model.Add(model.Expert{ID: "e1", Name: "Ana"}, "", -1),
		model.Add(model.Session{ID: "s1", Title: "Launch", Date: model.NewDate(2027, 5, 12), Lead: "e1", Outcomes: []string{"o1"}}, "", -1),
		model.Add(model.Session{ID: "s2", Title: "Test day"}, "", -1),
		model.Add(model.Assessment{ID: "a1", Title: "Report", Outcomes: []string{"o1"}}, "", -1),
		model.Add(model.Responsibility{ID: "r1", Task: "Book the bus", OwnerExpert: "e1"}, "", -1),
	)
	p.Unit.Start, p.Unit.End = model.NewDate(2027, 2, 1), end
	return p
}

// dateOf returns the date field at path of the form section key shows for id.
func dateOf(t *testing.T, c *App, key, id, path string) *dateField {
	t.Helper()
	var f *form
	switch v := show(t, c, key).(type) {
	case *overview:
		f = v.form
	case *listPane:
		v.Reveal(id, "")
		f = v.form
	case *people:
		v.Reveal(id, "")
		f = v.experts.form
	}
	if f == nil || f.dates[path] == nil {
		t.Fatalf("%s shows no date field %q for %q", key, path, id)
	}
	return f.dates[path]
}

func TestTheCalendarOpensAtTheFieldsDateElseTheRelatedDateElseToday(t *testing.T) {
	for _, tc := range []struct {
		name, section, id, path string
		want                    string
		selected                bool
	}{
		{"the start opens at its own date, selected", "overview", "", "unit.start", "February 2027", true},
		{"an empty end opens at the start", "overview", "", "unit.end", "February 2027", false},
		{"an undated session opens at the session before it", "sessions", "s2", "date", "May 2027", false},
		{"a due date opens at the last session teaching its outcomes", "assessments", "a1", "due", "May 2027", false},
		{"a task opens at its owner's first session", "responsibilities", "r1", "due", "May 2027", false},
		{"a safety check opens at the expert's last session", "people", "e1", "safety_check.expires", "May 2027", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestApp(t)
			c.now = func() time.Time { return time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC) }
			openUnit(t, c, datesUnit(t, model.Date{}))
			d := dateOf(t, c, tc.section, tc.id, tc.path)
			test.Tap(d.pick)
			if d.cal == nil || !d.pop.Visible() {
				t.Fatal("the calendar did not open")
			}
			if d.cal.Title() != tc.want {
				t.Errorf("the calendar opens at %q, want %q", d.cal.Title(), tc.want)
			}
			for n := 1; n <= 31; n++ {
				b := d.cal.DayButton(n)
				if on := b != nil && b.Importance == widget.HighImportance; on != (tc.selected && n == 1) {
					t.Errorf("day %d selected: %v", n, on)
				}
			}
		})
	}
}

func TestTheCalendarsTodayButtonPicksTodayFromTheInjectedClock(t *testing.T) {
	c := newTestApp(t)
	c.now = func() time.Time { return time.Date(2026, 11, 30, 23, 50, 0, 0, time.UTC) }
	openUnit(t, c, unit(t, "Bridges"))
	d := dateOf(t, c, "overview", "", "unit.start")
	test.Tap(d.pick)
	if d.cal.Title() != "November 2026" {
		t.Fatalf("with no dates at all the calendar opens at %q, not this month", d.cal.Title())
	}
	if !d.cal.IsToday(d.cal.DayButton(30)) || d.cal.IsToday(d.cal.DayButton(29)) {
		t.Error("today, the 30th, is not the day marked")
	}
	for i := 0; i < 5; i++ {
		pressKey(c, fyne.KeyTab, 0)
	}
	if b, ok := c.win.Canvas().Focused().(*widget.Button); !ok || b.Text != "Today" {
		t.Errorf("five Tabs from the days went to %T, want Today past the four jump buttons", c.win.Canvas().Focused())
	}
	pressKey(c, fyne.KeyTab, 0)
	if c.win.Canvas().Focused() != d.cal {
		t.Errorf("Tab from Today went to %T, want the days", c.win.Canvas().Focused())
	}
	d.cal.Turn(1, 0)
	if d.cal.Title() != "November 2027" {
		t.Errorf("a year on shows %q", d.cal.Title())
	}
	d.cal.Today()
	if d.pop.Visible() {
		t.Error("picking a day left the calendar open")
	}
	if got := c.Document().Project.Unit.Start; got != model.NewDate(2026, 11, 30) || d.en.Text != "2026-11-30" {
		t.Errorf("Today set the start to %v, the field shows %q", got, d.en.Text)
	}
}

func TestTheCalendarTakesTheKeyboardAndEscapeClosesIt(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, datesUnit(t, model.NewDate(2027, 6, 30)))
	d := dateOf(t, c, "overview", "", "unit.end")
	test.Tap(d.pick)
	if c.win.Canvas().Focused() != d.cal {
		t.Fatalf("the keyboard is in %T, not the calendar", c.win.Canvas().Focused())
	}
	d.cal.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if d.pop.Visible() || c.win.Canvas().Focused() != d.en {
		t.Errorf("Escape left the calendar shown %v, the keyboard in %T", d.pop.Visible(), c.win.Canvas().Focused())
	}
	if got := c.Document().Project.Unit.End; got != model.NewDate(2027, 6, 30) {
		t.Errorf("Escape changed the end to %v", got)
	}
	test.Tap(d.pick)
	d.cal.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	d.cal.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := c.Document().Project.Unit.End; got != model.NewDate(2027, 7, 1) || d.pop.Visible() {
		t.Errorf("Right and Enter set the end to %v (calendar shown %v)", got, d.pop.Visible())
	}
}

func TestATypedDateThatIsNotOneStaysWithItsReasonUntilFixedOrUndone(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, datesUnit(t, model.NewDate(2027, 6, 30)))
	d := dateOf(t, c, "overview", "", "unit.end")
	end := func() model.Date { return c.Document().Project.Unit.End }
	typeIn := func(s string) {
		t.Helper()
		c.win.Canvas().Focus(d.en)
		d.en.TypedShortcut(&fyne.ShortcutSelectAll{})
		test.Type(d.en, s) // replaces the selection
		c.win.Canvas().Unfocus()
	}

	typeIn("03/04/2027")
	if d.en.Text != "03/04/2027" {
		t.Errorf("the field shows %q, not what was typed", d.en.Text)
	}
	if !d.line.Visible() || !strings.Contains(d.reason.Text, "3 April or 4 March") || !strings.Contains(d.reason.Text, "2027-04-03") {
		t.Errorf("the reason beside the field is %q (shown %v)", d.reason.Text, d.line.Visible())
	}
	if end() != model.NewDate(2027, 6, 30) {
		t.Errorf("the unit's end became %v while the field held no date", end())
	}
	if strings.Contains(c.ed.status.Text, "not kept") {
		t.Errorf("the status bar says %q, as if the text were thrown away", c.ed.status.Text)
	}

	// A date that passes for one on the way to the text typed is not kept:
	// 2027-02-3 on the way to 2027-02-30.
	typeIn("2027-02-30")
	if end() != model.NewDate(2027, 6, 30) {
		t.Errorf("typing 2027-02-30 moved the end to %v", end())
	}

	// Editing the text keeps the reason up to date; a date clears it.
	c.win.Canvas().Focus(d.en)
	d.en.SetText("2027-02-30")
	if !strings.Contains(d.reason.Text, "February 2027 has 28 days") {
		t.Errorf("the reason did not follow the text: %q", d.reason.Text)
	}
	d.en.SetText("2027-04-03")
	c.win.Canvas().Unfocus()
	if d.line.Visible() || end() != model.NewDate(2027, 4, 3) {
		t.Errorf("fixed, the reason shows %v (%q) and the end is %v", d.line.Visible(), d.reason.Text, end())
	}

	// Undo in the field puts its date back and leaves the unit alone.
	typeIn("next week")
	if !strings.Contains(d.reason.Text, "Not a date") {
		t.Errorf("the reason for words is %q", d.reason.Text)
	}
	c.win.Canvas().Focus(d.en)
	d.en.TypedShortcut(&fyne.ShortcutUndo{})
	if d.en.Text != "2027-04-03" || d.line.Visible() || end() != model.NewDate(2027, 4, 3) {
		t.Errorf("undo left %q (reason shown %v), end %v", d.en.Text, d.line.Visible(), end())
	}
	// With the field right, undo reaches the document.
	d.en.TypedShortcut(&fyne.ShortcutUndo{})
	if end() != model.NewDate(2027, 6, 30) || d.en.Text != "2027-06-30" {
		t.Errorf("the second undo left the end %v, the field %q", end(), d.en.Text)
	}
}

func TestADateWithTheDayOver12IsReadAndShownAsYearMonthDay(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, datesUnit(t, model.Date{}))
	d := dateOf(t, c, "overview", "", "unit.start")
	c.win.Canvas().Focus(d.en)
	d.en.SetText("")
	test.Type(d.en, "15/03/2027") // on the way, 15/03/2 is no date
	if got := c.Document().Project.Unit.Start; got != model.NewDate(2027, 2, 1) {
		t.Errorf("typing 15/03/2027 set the start to %v before leaving the field", got)
	}
	c.win.Canvas().Unfocus()
	if got := c.Document().Project.Unit.Start; got != model.NewDate(2027, 3, 15) {
		t.Errorf("15/03/2027 set the start to %v", got)
	}
	if d.en.Text != "2027-03-15" || d.line.Visible() {
		t.Errorf("after leaving the field it shows %q (reason %q)", d.en.Text, d.reason.Text)
	}
}

func TestAnEndBeforeTheStartIsSaidBesideTheEnd(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, datesUnit(t, model.NewDate(2027, 6, 30)))
	d := dateOf(t, c, "overview", "", "unit.end")
	start := dateOf(t, c, "overview", "", "unit.start")
	if d.line.Visible() || start.line.Visible() {
		t.Fatalf("dates in order show %q", d.reason.Text)
	}
	d.en.SetText("2027-01-15")
	if !d.line.Visible() || d.reason.Text != "Ends before it starts (1 Feb 2027)" {
		t.Errorf("an end before the start shows %q (shown %v)", d.reason.Text, d.line.Visible())
	}
	if start.line.Visible() {
		t.Errorf("the start shows %q too", start.reason.Text)
	}
	start.en.SetText("2027-01-10")
	if d.line.Visible() {
		t.Errorf("moving the start earlier left %q", d.reason.Text)
	}
	c.ed.undo()
	if !d.line.Visible() {
		t.Error("undoing the start's move did not bring the warning back")
	}
}

func TestTheCalendarOpensBesideTheFieldNotOverIt(t *testing.T) {
	for _, width := range []float32{1180, 760} {
		c := newTestApp(t)
		c.win.Resize(fyne.NewSize(width, 640))
		openUnit(t, c, datesUnit(t, model.NewDate(2027, 6, 30)))
		for _, tc := range []struct{ section, id, path string }{
			{"overview", "", "unit.end"}, {"sessions", "s1", "date"},
		} {
			d := dateOf(t, c, tc.section, tc.id, tc.path)
			test.Tap(d.pick)
			drv := fyne.CurrentApp().Driver()
			at, size := drv.AbsolutePositionForObject(d.cal), d.cal.Size()
			en := drv.AbsolutePositionForObject(d.en)
			right := en.X + d.en.Size().Width + d.pick.Size().Width
			if at.X < right && at.X+size.Width > en.X {
				t.Errorf("%v wide, %s: the calendar (x %v to %v) covers the field (x %v to %v)",
					width, tc.path, at.X, at.X+size.Width, en.X, right)
			}
			if at.X+size.Width > c.win.Canvas().Size().Width || at.Y+size.Height > c.win.Canvas().Size().Height {
				t.Errorf("%v wide, %s: the calendar at %v, %v reaches out of the window", width, tc.path, at, size)
			}
			d.pop.Hide()
		}
	}
}

func TestATypedTimeThatIsNotOneStaysWithItsReason(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges", model.Add(model.Session{ID: "s1", Title: "Launch", Start: model.NewClock(9, 30)}, "", -1)))
	v := show(t, c, "sessions").(*listPane)
	v.Reveal("s1", "")
	en := field(t, v.form, "start").(*widgets.FieldEntry)
	start := func() model.Clock { return c.Document().Project.Sessions[0].Start }
	reason := func() string {
		for _, o := range test.LaidOutObjects(c.win.Content()) {
			if l, ok := o.(*widget.Label); ok && l.Importance == widget.DangerImportance && l.Visible() && l.Text != "" {
				return l.Text
			}
		}
		return ""
	}
	c.win.Canvas().Focus(en)
	en.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(en, "25:00")
	c.win.Canvas().Unfocus()
	if en.Text != "25:00" || !strings.Contains(reason(), "Not a time") || start() != model.NewClock(9, 30) {
		t.Errorf("25:00 left the field %q, the reason %q, the start %v", en.Text, reason(), start())
	}
	c.win.Canvas().Focus(en)
	en.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(en, "9:45")
	c.win.Canvas().Unfocus()
	if en.Text != "09:45" || reason() != "" || start() != model.NewClock(9, 45) {
		t.Errorf("9:45 left the field %q, the reason %q, the start %v", en.Text, reason(), start())
	}
}
