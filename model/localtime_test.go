package model_test

import (
	"strings"
	"testing"
	"time"

	"coplan/model"
)

func TestLocalTimeReadsSkippedAndRepeatedTimesByOneRule(t *testing.T) {
	melbourne, err := time.LoadLocation("Australia/Melbourne")
	if err != nil {
		t.Fatal(err)
	}
	berlin, _ := time.LoadLocation("Europe/Berlin")
	d, c := model.NewDate, model.NewClock
	tests := []struct {
		name    string
		loc     *time.Location
		date    model.Date
		clock   model.Clock
		wantUTC time.Time
		fit     model.ClockFit
	}{
		{"ordinary", melbourne, d(2027, 3, 3), c(10, 30), time.Date(2027, 3, 2, 23, 30, 0, 0, time.UTC), model.ClockOnce},
		{"skipped: clocks go forward at 02:00", melbourne, d(2027, 10, 3), c(2, 30), time.Date(2027, 10, 2, 16, 30, 0, 0, time.UTC), model.ClockSkipped},
		{"repeated: clocks go back at 03:00", melbourne, d(2027, 4, 4), c(2, 30), time.Date(2027, 4, 3, 15, 30, 0, 0, time.UTC), model.ClockRepeated},
		{"just after the jump", melbourne, d(2027, 10, 3), c(3, 0), time.Date(2027, 10, 2, 16, 0, 0, 0, time.UTC), model.ClockOnce},
		{"northern autumn", berlin, d(2027, 10, 31), c(2, 15), time.Date(2027, 10, 31, 0, 15, 0, 0, time.UTC), model.ClockRepeated},
		{"floating without a zone", nil, d(2027, 10, 3), c(2, 30), time.Date(2027, 10, 3, 2, 30, 0, 0, time.UTC), model.ClockOnce},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, fit := model.LocalTime(tt.loc, tt.date, tt.clock)
			if !got.Equal(tt.wantUTC) || fit != tt.fit {
				t.Errorf("LocalTime = %v (%v), fit %d; want %v, fit %d", got, got.UTC(), fit, tt.wantUTC, tt.fit)
			}
		})
	}
}

func TestSessionAcrossTheChangeLastsItsMinutes(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal("no time zone database")
	}
	s := &model.Session{Date: model.NewDate(2027, 3, 28), Start: model.NewClock(1, 0), Minutes: 180}
	start, end, _ := model.SessionSpan(s, berlin)
	if end.Sub(start) != 3*time.Hour || end.Format("15:04") != "05:00" {
		t.Errorf("an overnight session from 01:00 for 180 minutes ends %s after %v", end.Format("15:04"), end.Sub(start))
	}
}

func TestValidateWarnsOfASessionAtATimeTheClocksSkipOrRepeat(t *testing.T) {
	p := &model.Project{Format: model.Format, ID: "u", Title: "T", Unit: model.Unit{TimeZone: "Australia/Melbourne"},
		Sessions: []model.Session{
			{ID: "a", Title: "Stargazing", Date: model.NewDate(2027, 4, 4), Start: model.NewClock(2, 30)},
			{ID: "b", Title: "Dawn count", Date: model.NewDate(2027, 10, 3), Start: model.NewClock(2, 30)},
			{ID: "c", Title: "Lab", Date: model.NewDate(2027, 10, 4), Start: model.NewClock(2, 30)},
		}}
	if p.Unit.Zone() == nil {
		t.Fatal("no time zone database")
	}
	var got []string
	for _, dg := range model.Validate(p) {
		if dg.Field == "start" && dg.Severity == model.Warning {
			got = append(got, dg.Message)
		}
	}
	want := []string{
		`Session "Stargazing" starts at 02:30 on 2027-04-04, a time that occurs twice in Australia/Melbourne as the clocks go back that night: calendars and handouts mean the first (02:30 AEDT)`,
		`Session "Dawn count" starts at 02:30 on 2027-10-03, a time that does not exist in Australia/Melbourne: the clocks skip it that night, so calendars and handouts show 03:30`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
