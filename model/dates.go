package model

import (
	"fmt"
	"time"
)

// Date is a calendar date with no time zone, such as the day of a session.
// The zero Date means "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the Date for year, month and day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{Year: year, Month: month, Day: day}
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads a date written as YYYY-MM-DD; the empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String writes the date as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight UTC of the date, for arithmetic and formatting.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// UnmarshalTOML reads a TOML local date (or a YYYY-MM-DD string) without
// shifting it by the machine's time zone.
func (d *Date) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		*d = DateOf(x)
		return nil
	case string:
		parsed, err := ParseDate(x)
		if err != nil {
			return err
		}
		*d = parsed
		return nil
	}
	return fmt.Errorf("expected a date like 2027-03-01, found %T", v)
}

// Clock is a time of day with minute precision, such as a session's start.
type Clock struct {
	Hour, Minute int
	Set          bool
}

// NewClock returns the Clock for hour and minute.
func NewClock(hour, minute int) Clock { return Clock{Hour: hour, Minute: minute, Set: true} }

// ParseClock reads a time written as HH:MM or HH:MM:SS; the empty string is an unset Clock.
func ParseClock(s string) (Clock, error) {
	if s == "" {
		return Clock{}, nil
	}
	for _, layout := range []string{"15:04", "15:04:05", "3:04pm", "3:04 pm", "3pm"} {
		if t, err := time.Parse(layout, s); err == nil {
			return NewClock(t.Hour(), t.Minute()), nil
		}
	}
	return Clock{}, fmt.Errorf("time %q is not HH:MM", s)
}

// String writes the time as HH:MM, or "" when unset.
func (c Clock) String() string {
	if !c.Set {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
}

// UnmarshalTOML reads a TOML local time (or an HH:MM string).
func (c *Clock) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		*c = NewClock(x.Hour(), x.Minute())
		return nil
	case string:
		parsed, err := ParseClock(x)
		if err != nil {
			return err
		}
		*c = parsed
		return nil
	}
	return fmt.Errorf("expected a time like 09:30:00, found %T", v)
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
