package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"coplan/model"
)

// attendee is an ATTENDEE as a calendar reads it.
type attendee struct{ Address, CN, Role string }

// wantEvent is what a calendar should show for one session.
type wantEvent struct {
	UID, Summary, Location, Category string
	Start, End                       time.Time
	Attendees                        []attendee
	DescriptionHas                   []string
}

// expectedEvents lists the events the dated sessions of p should become,
// with times in loc.
func expectedEvents(p *model.Project, sessions []model.Session, loc *time.Location) []wantEvent {
	var out []wantEvent
	for _, s := range sessions {
		if s.Date.IsZero() {
			continue
		}
		start := time.Date(s.Date.Year, s.Date.Month, s.Date.Day, s.Start.Hour, s.Start.Minute, 0, 0, loc)
		w := wantEvent{UID: s.ID + "@coplan", Summary: s.Title, Location: s.Location, Category: s.Engagement,
			Start: start, End: start.Add(time.Duration(s.Minutes) * time.Minute)}
		for _, id := range append([]string{s.Lead}, s.Experts...) {
			if e := p.Expert(id); e != nil && e.Email != "" {
				role := "REQ-PARTICIPANT"
				if id == s.Lead {
					role = "CHAIR"
				}
				w.Attendees = append(w.Attendees, attendee{"mailto:" + e.Email, e.Name, role})
			}
		}
		if e := p.Expert(s.Lead); e != nil {
			w.DescriptionHas = append(w.DescriptionHas, "Lead: "+e.Name)
		}
		for _, line := range strings.Split(s.Prep, "\n") {
			w.DescriptionHas = append(w.DescriptionHas, line)
		}
		out = append(out, w)
	}
	return out
}

// decodeICS reads out with the library's own decoder.
func decodeICS(t *testing.T, out []byte) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(bytes.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("the calendar does not parse: %v\n%s", err, out)
	}
	return cal
}

func TestICSHasOneEventPerDatedSessionInTheSchoolsZone(t *testing.T) {
	p := exampleUnit(t)
	var buf bytes.Buffer
	res, err := WriteICS(&buf, p, ICSOptions{})
	if err != nil {
		t.Fatal(err)
	}
	loc, _ := time.LoadLocation("Australia/Melbourne")
	want := expectedEvents(p, p.Sessions, loc)
	if res.Events != len(want) || len(res.Undated) != 0 {
		t.Errorf("result %+v, want %d events and none undated", res, len(want))
	}
	events := decodeICS(t, buf.Bytes()).Events()
	if len(events) != len(want) {
		t.Fatalf("%d events, want %d", len(events), len(want))
	}
	for i, w := range want {
		ev := events[i]
		text := func(name string) string {
			v, err := ev.Props.Text(name)
			if err != nil {
				t.Errorf("%s of %q: %v", name, w.Summary, err)
			}
			return v
		}
		if got := text(ical.PropUID); got != w.UID {
			t.Errorf("UID %q, want %q", got, w.UID)
		}
		for name, want := range map[string]string{ical.PropSummary: w.Summary, ical.PropLocation: w.Location, ical.PropCategories: w.Category} {
			if got := text(name); got != want {
				t.Errorf("%s of %q is %q, want %q", name, w.Summary, got, want)
			}
		}
		start, err1 := ev.DateTimeStart(nil)
		end, err2 := ev.DateTimeEnd(nil)
		if err1 != nil || err2 != nil || !start.Equal(w.Start) || !end.Equal(w.End) {
			t.Errorf("%q runs %v to %v (%v, %v), want %v to %v", w.Summary, start, end, err1, err2, w.Start, w.End)
		}
		if tz := ev.Props.Get(ical.PropDateTimeStart).Params.Get(ical.ParamTimezoneID); tz != "Australia/Melbourne" {
			t.Errorf("DTSTART of %q has TZID %q", w.Summary, tz)
		}
		if _, err := ev.Props.DateTime(ical.PropDateTimeStamp, nil); err != nil {
			t.Errorf("DTSTAMP of %q: %v", w.Summary, err)
		}
		var got []attendee
		for _, a := range ev.Props.Values(ical.PropAttendee) {
			got = append(got, attendee{a.Value, a.Params.Get(ical.ParamCommonName), a.Params.Get(ical.ParamRole)})
		}
		if !equalAttendees(got, w.Attendees) {
			t.Errorf("attendees of %q:\n%v\nwant\n%v", w.Summary, got, w.Attendees)
		}
		desc := text(ical.PropDescription)
		for _, part := range w.DescriptionHas {
			if !strings.Contains(desc, part) {
				t.Errorf("description of %q lacks %q:\n%s", w.Summary, part, desc)
			}
		}
	}
}

func equalAttendees(a, b []attendee) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestICSUIDsStayTheSameWhenTheUnitChanges(t *testing.T) {
	p := exampleUnit(t)
	uids := func() []string {
		var buf bytes.Buffer
		if _, err := WriteICS(&buf, p, ICSOptions{Now: time.Now()}); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, ev := range decodeICS(t, buf.Bytes()).Events() {
			uid, _ := ev.Props.Text(ical.PropUID)
			out = append(out, uid)
		}
		return out
	}
	first := uids()
	doc := model.NewDocument(p)
	if _, err := doc.Apply(model.Set(p.Sessions[0].ID, "title", "Launch, renamed")); err != nil {
		t.Fatal(err)
	}
	second := uids()
	if strings.Join(first, " ") != strings.Join(second, " ") {
		t.Errorf("UIDs changed between exports:\n%v\n%v", first, second)
	}
	if !strings.HasPrefix(first[0], p.Sessions[0].ID) {
		t.Errorf("UID %q does not come from the session id %s", first[0], p.Sessions[0].ID)
	}
}

func TestICSIsTheSameBytesTwiceAndEditsRaiseTheSequence(t *testing.T) {
	p := exampleUnit(t)
	export := func() []byte {
		var buf bytes.Buffer
		if _, err := WriteICS(&buf, p, ICSOptions{Now: time.Now()}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	a, b := export(), export()
	if !bytes.Equal(a, b) {
		t.Error("two exports of an unchanged unit differ")
	}
	seq := func(out []byte) int {
		n, err := decodeICS(t, out).Events()[0].Props.Get(ical.PropSequence).Int()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	doc := model.NewDocument(p)
	doc.Now = func() time.Time { return time.Date(2027, 5, 1, 9, 0, 0, 0, time.UTC) }
	if _, err := doc.Apply(model.Set(p.Sessions[0].ID, "location", "Hall")); err != nil {
		t.Fatal(err)
	}
	if before, after := seq(a), seq(export()); after <= before {
		t.Errorf("SEQUENCE went from %d to %d after an edit", before, after)
	}
}

func TestICSLinesAreFoldedAt75OctetsAndTextIsEscaped(t *testing.T) {
	p := exampleUnit(t)
	s := &p.Sessions[0]
	s.Title = `Solar; "cars", back\slash` + strings.Repeat(" ünïcödé", 20)
	s.Prep = "Line one,\r\nline two; with ⚡ emoji " + strings.Repeat("Ā", 60)
	var buf bytes.Buffer
	if _, err := WriteICS(&buf, p, ICSOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasSuffix(out, "\r\n") || strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Error("content lines must end in CRLF and contain no bare LF")
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > 75 {
			t.Errorf("line %d has %d octets: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d splits a UTF-8 sequence: %q", i+1, line)
		}
	}
	if !strings.Contains(out, "\r\n ") {
		t.Error("no line was folded")
	}
	ev := decodeICS(t, buf.Bytes()).Events()[0]
	if got, _ := ev.Props.Text(ical.PropSummary); got != s.Title {
		t.Errorf("SUMMARY reads back as %q, want %q", got, s.Title)
	}
	if got, _ := ev.Props.Text(ical.PropDescription); !strings.Contains(got, "Line one,\nline two; with ⚡") {
		t.Errorf("DESCRIPTION reads back as %q", got)
	}
}

func TestICSTimeZones(t *testing.T) {
	sessions := []model.Session{
		{ID: "s-winter", Title: "Winter", Date: model.NewDate(2027, 3, 20), Start: model.NewClock(9, 0), Minutes: 60},
		{ID: "s-summer", Title: "Summer", Date: model.NewDate(2027, 7, 1), Start: model.NewClock(14, 30), Minutes: 90},
		{ID: "s-autumn", Title: "Autumn", Date: model.NewDate(2027, 11, 5), Start: model.NewClock(23, 30), Minutes: 60},
	}
	cases := []struct {
		zone         string
		observances  int // STANDARD and DAYLIGHT parts; 0: no VTIMEZONE
		floating     bool
		errorMessage string
	}{
		{zone: "Europe/Berlin", observances: 3},
		{zone: "Australia/Melbourne", observances: 3},
		{zone: "Asia/Tokyo", observances: 1},
		{zone: "UTC", observances: 1},
		{zone: "", floating: true},
		{zone: "Mars/Olympus_Mons", errorMessage: `time zone "Mars/Olympus_Mons"`},
		{zone: "Local", errorMessage: `time zone "Local"`},
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.zone+" ", "/", "-"), func(t *testing.T) {
			p := &model.Project{ID: "u", Title: "Zones", Unit: model.Unit{TimeZone: c.zone}, Sessions: sessions}
			var buf bytes.Buffer
			_, err := WriteICS(&buf, p, ICSOptions{})
			if c.errorMessage != "" {
				if err == nil || !strings.Contains(err.Error(), c.errorMessage) {
					t.Fatalf("error %v, want one naming %s", err, c.errorMessage)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			cal := decodeICS(t, buf.Bytes())
			var zones []*ical.Component
			for _, child := range cal.Children {
				if child.Name == ical.CompTimezone {
					zones = append(zones, child)
				}
			}
			loc := time.UTC
			if c.floating {
				if len(zones) != 0 || strings.Contains(buf.String(), "TZID") {
					t.Fatalf("a unit without a time zone should get floating times:\n%s", buf.String())
				}
			} else {
				loc, _ = time.LoadLocation(c.zone)
				if len(zones) != 1 || len(zones[0].Children) != c.observances {
					t.Fatalf("want one VTIMEZONE with %d parts:\n%s", c.observances, buf.String())
				}
			}
			for i, ev := range cal.Events() {
				s := sessions[i]
				want := time.Date(s.Date.Year, s.Date.Month, s.Date.Day, s.Start.Hour, s.Start.Minute, 0, 0, loc)
				prop := ev.Props.Get(ical.PropDateTimeStart)
				if got, err := ev.DateTimeStart(time.UTC); err != nil || !got.Equal(want) {
					t.Errorf("%s starts %v (%v), want %v", s.Title, got, err, want)
				}
				if !c.floating {
					if got := resolveWithVTIMEZONE(t, zones[0], prop.Value); !got.Equal(want) {
						t.Errorf("%s at %s by the VTIMEZONE alone is %v, want %v", s.Title, prop.Value, got, want)
					}
				}
			}
		})
	}
}

// resolveWithVTIMEZONE turns a local time into an instant using only the
// observances of tz, as a calendar without a zone database would.
func resolveWithVTIMEZONE(t *testing.T, tz *ical.Component, local string) time.Time {
	t.Helper()
	wall, err := time.Parse("20060102T150405", local)
	if err != nil {
		t.Fatal(err)
	}
	offset, best := 0, time.Time{}
	for _, part := range tz.Children {
		onset, err := time.Parse("20060102T150405", part.Props.Get(ical.PropDateTimeStart).Value)
		if err != nil {
			t.Fatal(err)
		}
		if !onset.After(wall) && !onset.Before(best) {
			best = onset
			offset = parseOffset(t, part.Props.Get(ical.PropTimezoneOffsetTo).Value)
		}
	}
	return wall.Add(-time.Duration(offset) * time.Second)
}

func parseOffset(t *testing.T, s string) int {
	t.Helper()
	v, err := time.Parse("-0700", s)
	if err != nil {
		t.Fatalf("offset %q: %v", s, err)
	}
	_, off := v.Zone()
	return off
}

func TestICSSkipsUndatedSessionsAndGivesUntimedOnesTheWholeDay(t *testing.T) {
	p := &model.Project{ID: "u", Title: "Unit", Unit: model.Unit{TimeZone: "Europe/Berlin"}, Sessions: []model.Session{
		{ID: "s-1", Title: "Someday"},
		{ID: "s-2", Title: "All day", Date: model.NewDate(2027, 5, 3)},
		{ID: "s-3", Title: "Timed", Date: model.NewDate(2027, 5, 4), Start: model.NewClock(10, 0)},
	}}
	var buf bytes.Buffer
	res, err := WriteICS(&buf, p, ICSOptions{Now: interopNow})
	if err != nil {
		t.Fatal(err)
	}
	if res.Events != 2 || len(res.Undated) != 1 || res.Undated[0] != "Someday" {
		t.Errorf("result %+v, want 2 events and Someday undated", res)
	}
	events := decodeICS(t, buf.Bytes()).Events()
	start := events[0].Props.Get(ical.PropDateTimeStart)
	end := events[0].Props.Get(ical.PropDateTimeEnd)
	if start.ValueType() != ical.ValueDate || start.Value != "20270503" || end.Value != "20270504" {
		t.Errorf("all-day event runs %s (%s) to %s", start.Value, start.ValueType(), end.Value)
	}
	if events[1].Props.Get(ical.PropDateTimeEnd) != nil {
		t.Error("a session without minutes should have no DTEND")
	}
	stamp, _ := events[0].Props.DateTime(ical.PropDateTimeStamp, nil)
	if !stamp.Equal(interopNow) {
		t.Errorf("a session never edited is stamped %v, want the export time %v", stamp, interopNow)
	}

	p.Sessions = p.Sessions[:1]
	if _, err := WriteICS(&bytes.Buffer{}, p, ICSOptions{}); !errors.Is(err, ErrNothingToExport) {
		t.Errorf("a unit with only undated sessions: error %v, want ErrNothingToExport", err)
	}
}

func TestICSForOneExpertHasOnlyTheirSessions(t *testing.T) {
	p := exampleUnit(t)
	var buf bytes.Buffer
	res, err := WriteICS(&buf, p, ICSOptions{Expert: "nguyễn thị ánh"})
	if err != nil {
		t.Fatal(err)
	}
	e, _ := FindExpert(p, "Nguyễn Thị Ánh")
	want := p.SessionsOf(e.ID)
	events := decodeICS(t, buf.Bytes()).Events()
	if res.Events != len(want) || len(events) != len(want) {
		t.Fatalf("%d events, want %d", len(events), len(want))
	}
	for i, ev := range events {
		if uid, _ := ev.Props.Text(ical.PropUID); uid != want[i].ID+"@coplan" {
			t.Errorf("event %d is %s, want session %q", i+1, uid, want[i].Title)
		}
	}
	if name, _ := decodeICS(t, buf.Bytes()).Props.Text("X-WR-CALNAME"); !strings.Contains(name, e.Name) {
		t.Errorf("calendar name %q does not name the expert", name)
	}
	if _, err := WriteICS(&bytes.Buffer{}, p, ICSOptions{Expert: "Nobody"}); err == nil || !strings.Contains(err.Error(), `no expert "Nobody"`) {
		t.Errorf("unknown expert: error %v", err)
	}
}
