package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestCalendarOpensAtTheGivenMonthWithTheSelectedDayFilledAndTodayRinged(t *testing.T) {
	test.NewTempApp(t)
	today := time.Date(2026, 11, 30, 15, 4, 0, 0, time.Local)
	c := NewCalendar(date(2027, 3, 1), date(2027, 3, 15), today, "Today", nil)
	test.NewTempWindow(t, c)
	if c.Title() != "March 2027" || !c.Shown().Equal(date(2027, 3, 1)) {
		t.Fatalf("opens at %q (%v), want March 2027", c.Title(), c.Shown())
	}
	if b := c.DayButton(15); b == nil || b.Importance != widget.HighImportance {
		t.Errorf("the selected 15th is not filled: %v", b)
	}
	if b := c.DayButton(14); b == nil || b.Importance == widget.HighImportance || c.IsToday(b) {
		t.Errorf("the 14th looks selected or today")
	}
	if c.DayButton(32) != nil || c.DayButton(31) == nil {
		t.Error("March has not 31 days")
	}
	c.Turn(-1, 8) // November 2026
	if c.Title() != "November 2026" {
		t.Fatalf("moved to %q", c.Title())
	}
	if b := c.DayButton(30); !c.IsToday(b) || b.Importance == widget.HighImportance {
		t.Errorf("today, the 30th, is not ringed (or looks selected)")
	}
	if c.IsToday(c.DayButton(29)) {
		t.Error("the 29th is ringed as today")
	}
}

func TestCalendarButtonsJumpByMonthAndYear(t *testing.T) {
	test.NewTempApp(t)
	c := NewCalendar(date(2027, 1, 20), time.Time{}, date(2026, 11, 30), "Today", nil)
	test.NewTempWindow(t, c)
	for _, tc := range []struct {
		name string
		b    *widget.Button
		want string
	}{
		{"a year on", c.nav[3], "January 2028"},
		{"a month back, across the year", c.nav[1], "December 2027"},
		{"a year back", c.nav[0], "December 2026"},
		{"a month on, across the year", c.nav[2], "January 2027"},
	} {
		test.Tap(tc.b)
		if c.Title() != tc.want {
			t.Errorf("%s: shows %q, want %q", tc.name, c.Title(), tc.want)
		}
	}
	for i, b := range c.nav {
		if b.Icon == nil {
			t.Errorf("navigation button %d has no icon", i)
		}
	}
}

func TestCalendarPicksADayOrToday(t *testing.T) {
	test.NewTempApp(t)
	var got []time.Time
	c := NewCalendar(date(2027, 3, 1), time.Time{}, time.Date(2026, 11, 30, 23, 30, 0, 0, time.Local), "Today", func(d time.Time) { got = append(got, d) })
	w := test.NewTempWindow(t, c)
	w.Resize(fyne.NewSize(400, 400))
	test.Tap(c.DayButton(9))
	test.Tap(c.todayBtn)
	if len(got) != 2 || !got[0].Equal(date(2027, 3, 9)) || !got[1].Equal(date(2026, 11, 30)) {
		t.Fatalf("picked %v, want 9 March 2027 then today, 30 November 2026", got)
	}
	if c.Title() != "November 2026" || c.DayButton(30).Importance != widget.HighImportance {
		t.Errorf("after Today the calendar shows %q without today selected", c.Title())
	}
	if c.todayBtn.Text != "Today" {
		t.Errorf("the Today button reads %q", c.todayBtn.Text)
	}
}

func TestCalendarKeepsItsSizeFromMonthToMonth(t *testing.T) {
	test.NewTempApp(t)
	c := NewCalendar(date(2027, 2, 1), time.Time{}, date(2026, 11, 30), "Today", nil) // February 2027: four weeks from Monday
	test.NewTempWindow(t, c)
	feb := c.MinSize()
	c.Turn(0, 3) // May 2027: six weeks
	if c.MinSize() != feb {
		t.Errorf("the calendar is %v in February, %v in May", feb, c.MinSize())
	}
}

func TestCalendarAnswersTheKeyboard(t *testing.T) {
	test.NewTempApp(t)
	var picked []time.Time
	cancelled := 0
	c := NewCalendar(date(2027, 1, 31), date(2027, 1, 31), date(2026, 11, 30), "Today", func(d time.Time) { picked = append(picked, d) })
	c.OnCancel = func() { cancelled++ }
	w := test.NewTempWindow(t, c)
	w.Canvas().Focus(c)
	key := func(k fyne.KeyName) { c.TypedKey(&fyne.KeyEvent{Name: k}) }
	ctrl := func(k fyne.KeyName) {
		c.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierControl})
	}
	for _, tc := range []struct {
		name  string
		press func()
		want  time.Time
		title string
	}{
		{"right goes a day on, into the next month", func() { key(fyne.KeyRight) }, date(2027, 2, 1), "February 2027"},
		{"up goes a week back", func() { key(fyne.KeyUp) }, date(2027, 1, 25), "January 2027"},
		{"page down goes a month on", func() { key(fyne.KeyPageDown) }, date(2027, 2, 25), "February 2027"},
		{"ctrl+page down goes a year on", func() { ctrl(fyne.KeyPageDown) }, date(2028, 2, 25), "February 2028"},
		{"ctrl+page up goes a year back", func() { ctrl(fyne.KeyPageUp) }, date(2027, 2, 25), "February 2027"},
		{"down goes a week on", func() { key(fyne.KeyDown) }, date(2027, 3, 4), "March 2027"},
		{"left goes a day back", func() { key(fyne.KeyLeft) }, date(2027, 3, 3), "March 2027"},
	} {
		tc.press()
		if !c.Cursor().Equal(tc.want) || c.Title() != tc.title {
			t.Errorf("%s: on %v in %q, want %v in %q", tc.name, c.Cursor(), c.Title(), tc.want, tc.title)
		}
	}
	if b := c.DayButton(3); b.Importance != widget.MediumImportance {
		t.Errorf("the keyboard's day is not shown (importance %v)", b.Importance)
	}
	key(fyne.KeyReturn)
	key(fyne.KeyEscape)
	if len(picked) != 1 || !picked[0].Equal(date(2027, 3, 3)) || cancelled != 1 {
		t.Errorf("Enter picked %v, Escape cancelled %d times", picked, cancelled)
	}
	c.pick(date(2027, 1, 31))
	c.Turn(0, 1)
	if !c.Cursor().Equal(date(2027, 2, 28)) {
		t.Errorf("a month on from 31 January is %v, want 28 February", c.Cursor())
	}
}

func TestCalendarTabStopsOnTheDaysOnceThenOnEachButton(t *testing.T) {
	test.NewTempApp(t)
	c := NewCalendar(date(2027, 3, 1), date(2027, 3, 15), date(2026, 11, 30), "Today", nil)
	w := test.NewTempWindow(t, c)
	for n := 1; n <= 31; n++ {
		if _, ok := any(c.DayButton(n)).(fyne.Focusable); ok {
			t.Fatalf("day %d takes the keyboard", n)
		}
	}
	cv := w.Canvas()
	cv.Focus(c)
	want := []struct {
		name string
		obj  fyne.Focusable
	}{
		{"a year back", c.nav[0]}, {"a month back", c.nav[1]}, {"a month on", c.nav[2]},
		{"a year on", c.nav[3]}, {"Today", c.todayBtn}, {"the days", c},
	}
	for _, stop := range want {
		cv.FocusNext()
		if cv.Focused() != stop.obj {
			t.Fatalf("Tab went to %T %v, want %s", cv.Focused(), cv.Focused(), stop.name)
		}
	}
	cv.FocusPrevious()
	if cv.Focused() != c.todayBtn {
		t.Errorf("Shift+Tab from the days went to %T, want Today", cv.Focused())
	}
	test.Tap(c.DayButton(9))
	if c.Cursor() != date(2027, 3, 9) {
		t.Errorf("a day button no longer picks its day: on %v", c.Cursor())
	}
}
