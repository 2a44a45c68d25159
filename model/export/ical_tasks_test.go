package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
)

func TestICSTasksAreAllDayEventsOnTheirDueDates(t *testing.T) {
	p := exampleUnit(t)
	tests := []struct {
		name      string
		opt       ICSOptions
		want, not []string // task summaries
	}{
		{"off by default", ICSOptions{}, nil, []string{"Due: Lend two irradiance meters and a set of multimeters for testing week"}},
		{"every task", ICSOptions{Tasks: true}, []string{
			"Done: Order 12 team kits: panels, motors, gears, wheels and axles",
			"Due: Lend two irradiance meters and a set of multimeters for testing week",
		}, nil},
		{"one expert's tasks", ICSOptions{Tasks: true, Expert: "Zoë Ødegaard"}, []string{
			"Due: Lend two irradiance meters and a set of multimeters for testing week",
		}, []string{"Done: Order 12 team kits: panels, motors, gears, wheels and axles"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			res, err := WriteICS(&buf, p, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			tasks := map[string]ical.Event{}
			for _, ev := range decodeICS(t, buf.Bytes()).Events() {
				if cat, _ := ev.Props.Text(ical.PropCategories); cat == "task" {
					s, _ := ev.Props.Text(ical.PropSummary)
					tasks[s] = ev
				}
			}
			if res.Tasks != len(tasks) {
				t.Errorf("result says %d tasks, the file has %d", res.Tasks, len(tasks))
			}
			for _, s := range tt.not {
				if _, ok := tasks[s]; ok {
					t.Errorf("the calendar has %q", s)
				}
			}
			for _, s := range tt.want {
				ev, ok := tasks[s]
				if !ok {
					t.Errorf("the calendar lacks %q among %d tasks", s, len(tasks))
					continue
				}
				start := ev.Props.Get(ical.PropDateTimeStart)
				if start == nil || start.ValueType() != ical.ValueDate {
					t.Errorf("%q is not an all-day event: %+v", s, start)
				}
				if tr, _ := ev.Props.Text(ical.PropTransparency); tr != "TRANSPARENT" {
					t.Errorf("%q blocks time: TRANSP %q", s, tr)
				}
			}
		})
	}
}

func TestICSTaskFallsOnItsDueDateWithItsOwner(t *testing.T) {
	p := exampleUnit(t)
	var buf bytes.Buffer
	if _, err := WriteICS(&buf, p, ICSOptions{Tasks: true}); err != nil {
		t.Fatal(err)
	}
	for _, ev := range decodeICS(t, buf.Bytes()).Events() {
		uid, _ := ev.Props.Text(ical.PropUID)
		if uid != "65de5ef0-932f-4b2d-9f5e-78f5d57a1029@coplan" {
			continue
		}
		start, err := ev.DateTimeStart(time.UTC)
		if err != nil || !start.Equal(time.Date(2027, 5, 31, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("the task starts %v (%v), want 31 May 2027", start, err)
		}
		desc, _ := ev.Props.Text(ical.PropDescription)
		if !strings.Contains(desc, "Owner: Zoë Ødegaard") {
			t.Errorf("the description %q does not name the owner", desc)
		}
		return
	}
	t.Error("no event for the irradiance meters task")
}
