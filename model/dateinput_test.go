package model_test

import (
	"errors"
	"testing"
	"time"

	"coplan/model"
)

func TestReadDateReadsWhatPeopleTypeAndRefusesWhatCouldMeanTwoDays(t *testing.T) {
	ok := []struct {
		name, in string
		want     model.Date
	}{
		{"empty clears", "  ", model.Date{}},
		{"ISO", "2027-03-15", model.NewDate(2027, 3, 15)},
		{"ISO with one-digit parts", "2027-3-5", model.NewDate(2027, 3, 5)},
		{"ISO with slashes", "2027/03/15", model.NewDate(2027, 3, 15)},
		{"day first, day over 12", "15/03/2027", model.NewDate(2027, 3, 15)},
		{"day first with dots", "15.3.2027", model.NewDate(2027, 3, 15)},
		{"month first, day over 12", "03/15/2027", model.NewDate(2027, 3, 15)},
		{"day equals month", "04/04/2027", model.NewDate(2027, 4, 4)},
		{"day and month name", "15 March 2027", model.NewDate(2027, 3, 15)},
		{"month name first with comma", "Mar 15, 2027", model.NewDate(2027, 3, 15)},
		{"short month name, any case", "15 mAR 2027", model.NewDate(2027, 3, 15)},
		{"sept", "1 Sept 2027", model.NewDate(2027, 9, 1)},
		{"leap day", "2028-02-29", model.NewDate(2028, 2, 29)},
	}
	for _, tc := range ok {
		t.Run(tc.name, func(t *testing.T) {
			got, err := model.ReadDate(tc.in)
			if err != nil || got != tc.want {
				t.Errorf("ReadDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
	bad := []struct {
		name, in string
		problem  model.DateProblem
	}{
		{"words", "next tuesday", model.NotADate},
		{"two parts", "15/03", model.NotADate},
		{"could be 3 April or 4 March", "03/04/2027", model.AmbiguousDate},
		{"no 30 February", "2027-02-30", model.NoSuchDay},
		{"no 29 February in 2027", "29 Feb 2027", model.NoSuchDay},
		{"no month 13", "2027-13-01", model.NotADate},
		{"neither part a month", "15/13/2027", model.NotADate},
		{"two-digit year", "15/03/27", model.ShortYear},
		{"two-digit year with month name", "15 Mar 27", model.ShortYear},
		{"half typed", "2027-03-", model.NotADate},
		{"day zero", "2027-03-00", model.NotADate},
		{"two month names", "Mar May 2027", model.NotADate},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got, err := model.ReadDate(tc.in)
			var de *model.DateInputError
			if !errors.As(err, &de) || de.Problem != tc.problem {
				t.Fatalf("ReadDate(%q) = %v, %v; want problem %d", tc.in, got, err, tc.problem)
			}
			if de.Text != tc.in {
				t.Errorf("the error quotes %q, not what was typed", de.Text)
			}
		})
	}
	_, err := model.ReadDate("03/04/2027")
	var de *model.DateInputError
	if errors.As(err, &de) && de.Readings != [2]model.Date{model.NewDate(2027, 4, 3), model.NewDate(2027, 3, 4)} {
		t.Errorf("03/04/2027 reads as %v, want 3 April then 4 March", de.Readings)
	}
	_, err = model.ReadDate("2027-02-30")
	if errors.As(err, &de) && (de.Month != time.February || de.Days != 28 || de.Year != 2027) {
		t.Errorf("2027-02-30 names %v %d with %d days", de.Month, de.Year, de.Days)
	}
}
