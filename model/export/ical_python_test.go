package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// pythonICalendar returns a Python interpreter that has the icalendar
// package (Debian's python3-icalendar, which make deps installs), or skips.
func pythonICalendar(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		path, err := exec.LookPath(name)
		if err != nil {
			continue
		}
		if exec.Command(path, "-c", "import icalendar").Run() == nil {
			return path
		}
	}
	msg := "python3 with the icalendar package is not installed (make deps installs python3-icalendar)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg) // on CI every tool is installed: a missing one is a broken setup
	}
	t.Skip(msg)
	return ""
}

// pyEvent is one event as testdata/ics_events.py prints it.
type pyEvent struct {
	UID, Start, End, Stamp, Summary, Location, Description string
	Categories                                             []string
	Attendees                                              []struct{ Address, CN, Role string }
}

func TestICSReadByPythonICalendarGivesEverySessionAsItsEvent(t *testing.T) {
	python := pythonICalendar(t)
	p := exampleUnit(t)
	p.Experts[2].Name = "Ødegaard, Zoë (O'Neil); PhD" // needs a quoted CN
	var buf bytes.Buffer
	if _, err := WriteICS(&buf, p, ICSOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "testdata/ics_events.py")
	cmd.Stdin = &buf
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("icalendar could not read the calendar: %v\n%s", err, stderr.String())
	}
	var got []pyEvent
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	loc, _ := time.LoadLocation("Australia/Melbourne")
	want := expectedEvents(p, p.Sessions, loc)
	if len(got) != len(want) {
		t.Fatalf("icalendar read %d events, want %d", len(got), len(want))
	}
	const iso = "2006-01-02T15:04:05-07:00"
	for i, w := range want {
		g := got[i]
		checks := []struct{ what, got, want string }{
			{"UID", g.UID, w.UID},
			{"start", g.Start, w.Start.Format(iso)},
			{"end", g.End, w.End.Format(iso)},
			{"summary", g.Summary, w.Summary},
			{"location", g.Location, w.Location},
			{"categories", strings.Join(g.Categories, ","), w.Category},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s of %q: %q, want %q", c.what, w.Summary, c.got, c.want)
			}
		}
		if !strings.HasSuffix(g.Stamp, "+00:00") {
			t.Errorf("DTSTAMP of %q is %q, want a UTC time", w.Summary, g.Stamp)
		}
		var atts []attendee
		for _, a := range g.Attendees {
			atts = append(atts, attendee{a.Address, a.CN, a.Role})
		}
		if !equalAttendees(atts, w.Attendees) {
			t.Errorf("attendees of %q:\n%v\nwant\n%v", w.Summary, atts, w.Attendees)
		}
		for _, part := range w.DescriptionHas {
			if !strings.Contains(g.Description, part) {
				t.Errorf("description of %q lacks %q", w.Summary, part)
			}
		}
	}
}
