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
// shifting it by the machine's time zone. A time of day, or a date with a
// time, is refused rather than read as some other day.
func (d *Date) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		if k := tomlTimeKind(x); k != "date" {
			return fmt.Errorf("expected a date like 2027-03-01, found a %s", k)
		}
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
	return fmt.Errorf("expected a date like 2027-03-01, found %s", tomlTypeName(v))
}

// Clock is a time of day, such as a session's start. Seconds are kept as
// written, though the app shows them only when they are not zero.
type Clock struct {
	Hour, Minute int
	Set          bool
	Second       int
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
			c := NewClock(t.Hour(), t.Minute())
			c.Second = t.Second()
			return c, nil
		}
	}
	return Clock{}, fmt.Errorf("time %q is not HH:MM", s)
}

// String writes the time as HH:MM (HH:MM:SS when it has seconds), or "" when unset.
func (c Clock) String() string {
	switch {
	case !c.Set:
		return ""
	case c.Second != 0:
		return fmt.Sprintf("%02d:%02d:%02d", c.Hour, c.Minute, c.Second)
	}
	return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
}

// UnmarshalTOML reads a TOML local time (or an HH:MM string).
func (c *Clock) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case time.Time:
		if k := tomlTimeKind(x); k != "time of day" {
			return fmt.Errorf("expected a time like 09:30:00, found a %s", k)
		}
		*c = NewClock(x.Hour(), x.Minute())
		c.Second = x.Second()
		return nil
	case string:
		parsed, err := ParseClock(x)
		if err != nil {
			return err
		}
		*c = parsed
		return nil
	}
	return fmt.Errorf("expected a time like 09:30:00, found %s", tomlTypeName(v))
}

// tomlTimeKind names which of TOML's four kinds of date and time t was read
// from: the decoder marks local ones by their location's name.
func tomlTimeKind(t time.Time) string {
	switch t.Location().String() {
	case "date-local":
		return "date"
	case "time-local":
		return "time of day"
	case "datetime-local":
		return "date and time"
	}
	return "date and time"
}

// tomlTypeName names the kind of a decoded TOML value in words.
func tomlTypeName(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case int64, int:
		return "a whole number"
	case float64:
		return "a number"
	case bool:
		return "true or false"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	case time.Time:
		return "a " + tomlTimeKind(v.(time.Time))
	}
	return fmt.Sprintf("%T", v)
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
