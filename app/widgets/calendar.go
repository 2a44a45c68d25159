package widgets

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Calendar is a month of days to pick a date from. Buttons go a month or a
// year back and forward and pick today; today's day has a ring and the
// selected day is filled. Weeks start on Monday. Dates are days: only their
// year, month and day count.
//
// With the keyboard in it, the arrow keys move a day or a week, Page Up and
// Page Down a month, Ctrl+Page Up and Ctrl+Page Down a year; Enter or Space
// picks the day, and Escape calls OnCancel. The days are one stop for Tab,
// the calendar itself: Tab goes from them to the year and month buttons and
// Today, not from day to day.
type Calendar struct {
	widget.BaseWidget

	// OnSelected is called with the day picked (at midnight UTC).
	OnSelected func(time.Time) `json:"-"`
	// OnCancel is called when Escape is pressed in the calendar.
	OnCancel func() `json:"-"`

	shown    time.Time // the first of the month shown
	selected time.Time // zero when no day is selected
	today    time.Time
	cursor   time.Time // the day the keyboard is on
	focused  bool

	title    *widget.Label
	days     *fyne.Container
	todayBtn *widget.Button
	nav      [4]*widget.Button // a year back, a month back, a month on, a year on
	cells    []dayCell         // the days of the month shown
}

// dayCell is one day of the month shown: its button and the ring that
// marks today.
type dayCell struct {
	button *DayButton
	ring   *canvas.Rectangle
}

// DayButton is a day of a Calendar: a button that never takes the
// keyboard, so that Tab does not stop on each day; the calendar takes it
// for all of them.
type DayButton struct {
	widget.Button
	unfocusable
}

// unfocusable has a FocusGained of its own. Embedded beside widget.Button,
// the two clash, so neither is promoted and DayButton is not a
// fyne.Focusable, which is what Fyne's focus manager looks for.
type unfocusable struct{}

// FocusGained is never called: it only hides the button's own.
func (unfocusable) FocusGained() {}

func newDayButton(text string, tapped func()) *DayButton {
	b := &DayButton{}
	b.Text, b.OnTapped = text, tapped
	b.ExtendBaseWidget(b)
	return b
}

var (
	_ fyne.Focusable    = (*Calendar)(nil)
	_ fyne.Shortcutable = (*Calendar)(nil)
)

// NewCalendar returns a calendar showing the month of open, with selected
// marked (unless it is zero), today ringed, and a Today button labelled
// todayLabel.
func NewCalendar(open, selected, today time.Time, todayLabel string, onSelected func(time.Time)) *Calendar {
	c := &Calendar{OnSelected: onSelected, selected: day(selected), today: day(today)}
	if selected.IsZero() {
		c.selected = time.Time{}
	}
	c.shown = firstOf(open)
	c.cursor = day(open)
	if !c.selected.IsZero() {
		c.cursor = c.selected
	}
	c.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	c.todayBtn = widget.NewButton(todayLabel, func() { c.pick(c.today) })
	steps := [4][2]int{{-1, 0}, {0, -1}, {0, 1}, {1, 0}}
	icons := [4]fyne.Resource{theme.MediaFastRewindIcon(), theme.NavigateBackIcon(), theme.NavigateNextIcon(), theme.MediaFastForwardIcon()}
	for i, s := range steps {
		years, months := s[0], s[1]
		c.nav[i] = widget.NewButtonWithIcon("", icons[i], func() { c.Turn(years, months) })
		c.nav[i].Importance = widget.LowImportance
	}
	c.days = container.NewGridWithColumns(7)
	c.fill()
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer lays out the month's title between its buttons, the days,
// and the Today button.
func (c *Calendar) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewBorder(nil, nil,
		container.NewHBox(c.nav[0], c.nav[1]), container.NewHBox(c.nav[2], c.nav[3]), c.title)
	return widget.NewSimpleRenderer(container.NewBorder(top, container.NewCenter(c.todayBtn), nil, nil, c.days))
}

// Shown returns the first day of the month shown.
func (c *Calendar) Shown() time.Time { return c.shown }

// Title is the month and year shown, such as "March 2027".
func (c *Calendar) Title() string { return c.title.Text }

// Turn shows the month years and months away from the one shown, and
// moves the keyboard's day with it (to the month's last day at most).
func (c *Calendar) Turn(years, months int) {
	c.shown = c.shown.AddDate(years, months, 0)
	last := c.shown.AddDate(0, 1, -1).Day()
	c.cursor = c.shown.AddDate(0, 0, min(c.cursor.Day(), last)-1)
	c.fill()
}

// Cursor is the day the keyboard is on.
func (c *Calendar) Cursor() time.Time { return c.cursor }

// FocusGained shows the day the keyboard is on.
func (c *Calendar) FocusGained() { c.focused = true; c.fill() }

// FocusLost stops showing the day the keyboard is on.
func (c *Calendar) FocusLost() { c.focused = false; c.fill() }

// TypedRune does nothing: days are picked with keys, not typed.
func (c *Calendar) TypedRune(rune) {}

// TypedKey moves the keyboard's day, picks it, or cancels.
func (c *Calendar) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyLeft:
		c.step(-1)
	case fyne.KeyRight:
		c.step(1)
	case fyne.KeyUp:
		c.step(-7)
	case fyne.KeyDown:
		c.step(7)
	case fyne.KeyPageUp:
		c.Turn(0, -1)
	case fyne.KeyPageDown:
		c.Turn(0, 1)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		c.pick(c.cursor)
	case fyne.KeyEscape:
		if c.OnCancel != nil {
			c.OnCancel()
		}
	}
}

// TypedShortcut turns a year with Ctrl+Page Up and Ctrl+Page Down.
func (c *Calendar) TypedShortcut(s fyne.Shortcut) {
	cs, ok := s.(*desktop.CustomShortcut)
	if !ok || cs.Modifier != fyne.KeyModifierShortcutDefault && cs.Modifier != fyne.KeyModifierControl {
		return
	}
	switch cs.KeyName {
	case fyne.KeyPageUp:
		c.Turn(-1, 0)
	case fyne.KeyPageDown:
		c.Turn(1, 0)
	}
}

// step moves the keyboard's day by days, turning the month when it leaves it.
func (c *Calendar) step(days int) {
	c.cursor = c.cursor.AddDate(0, 0, days)
	c.shown = firstOf(c.cursor)
	c.fill()
}

// Today picks today, as the Today button does.
func (c *Calendar) Today() { c.pick(c.today) }

// pick selects d and reports it.
func (c *Calendar) pick(d time.Time) {
	c.selected, c.cursor = d, d
	c.shown = firstOf(d)
	c.fill()
	if c.OnSelected != nil {
		c.OnSelected(d)
	}
}

// DayButton returns the button of day n of the month shown, or nil.
func (c *Calendar) DayButton(n int) *DayButton {
	if n < 1 || n > len(c.cells) {
		return nil
	}
	return c.cells[n-1].button
}

// IsToday reports whether the button b is ringed as today.
func (c *Calendar) IsToday(b *DayButton) bool {
	for _, d := range c.cells {
		if d.button == b {
			return d.ring.StrokeWidth > 0
		}
	}
	return false
}

// fill lays out the month shown: weekday headings, then six weeks of days,
// always six so the calendar keeps its size from month to month.
func (c *Calendar) fill() {
	c.title.SetText(c.shown.Format("January 2006"))
	var cells []fyne.CanvasObject
	for i := 0; i < 7; i++ {
		h := widget.NewLabelWithStyle(time.Weekday((i + 1) % 7).String()[:2], fyne.TextAlignCenter, fyne.TextStyle{})
		h.Importance = widget.LowImportance
		cells = append(cells, h)
	}
	lead := (int(c.shown.Weekday()) + 6) % 7 // days before the first, from Monday
	for i := 0; i < lead; i++ {
		cells = append(cells, widget.NewLabel(""))
	}
	last := c.shown.AddDate(0, 1, -1).Day()
	c.cells = c.cells[:0]
	for n := 1; n <= last; n++ {
		d := c.shown.AddDate(0, 0, n-1)
		b := newDayButton(strconv.Itoa(n), func() { c.pick(d) })
		b.Importance = widget.LowImportance
		switch {
		case d.Equal(c.selected):
			b.Importance = widget.HighImportance
		case c.focused && d.Equal(c.cursor):
			b.Importance = widget.MediumImportance
		}
		ring := canvas.NewRectangle(color.Transparent)
		if d.Equal(c.today) {
			ring.StrokeColor = theme.Color(theme.ColorNamePrimary)
			ring.StrokeWidth = 2
			ring.CornerRadius = theme.InputRadiusSize()
		}
		c.cells = append(c.cells, dayCell{button: b, ring: ring})
		cells = append(cells, container.NewStack(ring, b))
	}
	for len(cells) < 7*7 {
		cells = append(cells, widget.NewLabel(""))
	}
	c.days.Objects = cells
	c.days.Refresh()
}

// day is the date of t at midnight UTC.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// firstOf is the first day of t's month.
func firstOf(t time.Time) time.Time {
	y, m, _ := t.Date()
	return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
}
