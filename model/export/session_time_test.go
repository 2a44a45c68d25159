package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// TestCalendarAndHandoutsAgreeOnTimesAcrossAClockChange checks that a time
// the clocks skip, and a session that runs across a change, print as the
// calendar has them on the schedule, the overview, the briefing and the
// Markdown page.
func TestCalendarAndHandoutsAgreeOnTimesAcrossAClockChange(t *testing.T) {
	tests := []struct {
		name, zone string
		session    model.Session
		printed    string // on every handout
		start, end string // in the calendar, local to the zone
	}{
		{"a time the clocks skip", "Australia/Melbourne",
			model.Session{Date: model.NewDate(2027, 10, 3), Start: model.NewClock(2, 30), Minutes: 60},
			"03:30–04:30", "20271003T033000", "20271003T043000"},
		{"overnight across the spring change", "Europe/Berlin",
			model.Session{Date: model.NewDate(2027, 3, 28), Start: model.NewClock(1, 0), Minutes: 180},
			"01:00–05:00", "20270328T010000", "20270328T050000"},
		{"overnight across the autumn change", "Europe/Berlin",
			model.Session{Date: model.NewDate(2027, 10, 31), Start: model.NewClock(1, 0), Minutes: 180},
			"01:00–03:00", "20271031T010000", "20271031T030000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := unicodeUnit()
			p.Unit.TimeZone = tt.zone
			p.Unit.Start, p.Unit.End = model.NewDate(2027, 1, 1), model.NewDate(2027, 12, 31)
			s := tt.session
			s.ID, s.Title, s.Lead, s.Experts, s.Engagement = "s-night", "Night sky watch", "ex-4", []string{"ex-1"}, model.InCommunity
			p.Sessions = []model.Session{s}

			var cal bytes.Buffer
			if _, err := WriteICS(&cal, p, ICSOptions{Now: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
				t.Fatal(err)
			}
			ics := strings.ReplaceAll(cal.String(), "\r\n ", "")
			for _, want := range []string{"DTSTART;TZID=" + tt.zone + ":" + tt.start, "DTEND;TZID=" + tt.zone + ":" + tt.end} {
				if !strings.Contains(ics, want) {
					t.Errorf("the calendar lacks %s", want)
				}
			}
			for _, h := range []string{HandoutSchedule, HandoutOverview} {
				if text := flatText(t, render(t, p, PDFOptions{Handout: h}), 0, 0); !strings.Contains(text, flat(tt.printed)) {
					t.Errorf("the %s handout does not print %s", h, tt.printed)
				}
			}
			if text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: "ex-1"}), 0, 0); !strings.Contains(text, flat(tt.printed)) {
				t.Errorf("the briefing does not print %s", tt.printed)
			}
			var md bytes.Buffer
			if err := WriteMarkdown(&md, p); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(md.String(), tt.printed) {
				t.Errorf("the Markdown page does not print %s", tt.printed)
			}
		})
	}
}
