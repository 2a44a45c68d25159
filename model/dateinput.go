package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateProblem says why typed text was not read as a date.
type DateProblem int

// The reasons ReadDate gives for text it does not read as a date.
const (
	// NotADate is text with no date's shape.
	NotADate DateProblem = iota + 1
	// AmbiguousDate is a date in numbers whose day and month could swap,
	// such as 03/04/2027; Readings holds both.
	AmbiguousDate
	// NoSuchDay is a day its month does not have, such as 2027-02-30.
	NoSuchDay
	// ShortYear is a year not written with four digits, such as 15/03/27.
	ShortYear
)

// DateInputError is the reason ReadDate did not read Text as a date.
type DateInputError struct {
	Text    string
	Problem DateProblem
	// Readings are the two dates an AmbiguousDate could be, day first then
	// month first.
	Readings [2]Date
	// Year and Month are the month a NoSuchDay named, which has Days days.
	Year  int
	Month time.Month
	Days  int
}

func (e *DateInputError) Error() string {
	switch e.Problem {
	case AmbiguousDate:
		return fmt.Sprintf("%q could be %s or %s: write it as YYYY-MM-DD", e.Text, e.Readings[0], e.Readings[1])
	case NoSuchDay:
		return fmt.Sprintf("%q: %s %d has %d days", e.Text, e.Month, e.Year, e.Days)
	case ShortYear:
		return fmt.Sprintf("%q: write the year with four digits", e.Text)
	}
	return fmt.Sprintf("%q is not a date: write it as YYYY-MM-DD", e.Text)
}

// ReadDate reads a date as a person types it: 2027-03-15 (also with / or .
// between the parts), 15/03/2027 and 3/15/2027 when only one reading makes a
// date, and with the month in English words, such as 15 March 2027 or
// Mar 15, 2027. A date in numbers whose day and month could swap (03/04/2027)
// is refused, since units travel between countries that write dates either
// way. The empty string is the zero Date. Errors are *DateInputError.
func ReadDate(s string) (Date, error) {
	text := strings.TrimSpace(s)
	if text == "" {
		return Date{}, nil
	}
	bad := func(p DateProblem) (Date, error) { return Date{}, &DateInputError{Text: text, Problem: p} }
	parts := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == '-' || r == '/' || r == '.' || r == ',' || r == ' '
	})
	if len(parts) != 3 {
		return bad(NotADate)
	}
	var nums [3]int
	var digits [3]int
	month := time.Month(0)
	monthAt := -1
	for i, p := range parts {
		if n, err := strconv.Atoi(p); err == nil && n >= 0 {
			nums[i], digits[i] = n, len(p)
			continue
		}
		m := monthNamed(p)
		if m == 0 || monthAt >= 0 {
			return bad(NotADate)
		}
		month, monthAt = m, i
	}
	switch {
	case monthAt >= 0:
		// 15 March 2027, March 15 2027, 2027 Mar 15.
		var rest []int
		var restDigits []int
		for i := range parts {
			if i != monthAt {
				rest = append(rest, nums[i])
				restDigits = append(restDigits, digits[i])
			}
		}
		day, year, yearDigits := rest[0], rest[1], restDigits[1]
		if restDigits[0] == 4 {
			year, day, yearDigits = rest[0], rest[1], restDigits[0]
		}
		if yearDigits != 4 {
			return bad(ShortYear)
		}
		return checkDay(text, year, month, day)
	case digits[0] == 4:
		// 2027-03-15: year, month, day.
		if digits[1] > 2 || digits[2] > 2 {
			return bad(NotADate)
		}
		if nums[1] < 1 || nums[1] > 12 {
			return bad(NotADate)
		}
		return checkDay(text, nums[0], time.Month(nums[1]), nums[2])
	}
	if digits[0] > 2 || digits[1] > 2 {
		return bad(NotADate)
	}
	if digits[2] != 4 {
		return bad(ShortYear)
	}
	a, b, year := nums[0], nums[1], nums[2]
	switch {
	case a == b && a >= 1 && a <= 12:
		return checkDay(text, year, time.Month(a), a)
	case a > 12 && b >= 1 && b <= 12:
		return checkDay(text, year, time.Month(b), a)
	case b > 12 && a >= 1 && a <= 12:
		return checkDay(text, year, time.Month(a), b)
	case a >= 1 && a <= 12 && b >= 1 && b <= 12:
		return Date{}, &DateInputError{Text: text, Problem: AmbiguousDate,
			Readings: [2]Date{NewDate(year, time.Month(b), a), NewDate(year, time.Month(a), b)}}
	}
	return bad(NotADate)
}

// checkDay returns the date when month has day, else a NoSuchDay error.
func checkDay(text string, year int, month time.Month, day int) (Date, error) {
	days := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if year < 1 || day < 1 || day > days {
		if day < 1 || year < 1 {
			return Date{}, &DateInputError{Text: text, Problem: NotADate}
		}
		return Date{}, &DateInputError{Text: text, Problem: NoSuchDay, Year: year, Month: month, Days: days}
	}
	return NewDate(year, month, day), nil
}

// monthNamed returns the month whose English name word is, or begins with
// when word has at least three letters ("mar", "sept"); 0 if none.
func monthNamed(word string) time.Month {
	if len(word) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if strings.HasPrefix(name, word) || word == "sept" && m == time.September {
			return m
		}
	}
	return 0
}
