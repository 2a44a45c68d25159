package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
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
