package model_test

import (
	"errors"
	"strings"
	"testing"

	"coplan/model"
)

// unitWith returns a small valid unit with extra lines added to its first session.
func unitWith(sessionLines string) []byte {
	return []byte(`format = "coplan/1"
id = "u1"
title = "Solar cars"

[[sessions]]
id = "s1"
title = "Launch"
` + sessionLines)
}

func TestDecodeAcceptsAByteOrderMark(t *testing.T) {
	data := append([]byte("\xEF\xBB\xBF"), unitWith("")...)
	d, err := model.Decode(data)
	if err != nil {
		t.Fatalf("a unit starting with a byte order mark was refused: %v", err)
	}
	if d.Project.Title != "Solar cars" {
		t.Errorf("title: got %q", d.Project.Title)
	}
}

func TestTimesKeepTheirSeconds(t *testing.T) {
	d, err := model.Decode(unitWith("start = 09:30:45\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Project.Sessions[0].Start.String(); got != "09:30:45" {
		t.Errorf("start read as %q, want 09:30:45", got)
	}
	if out := string(model.Encode(d.Project)); !strings.Contains(out, "start = 09:30:45\n") {
		t.Errorf("saved without its seconds:\n%s", out)
	}
	d, err = model.Decode(unitWith("start = 09:30:00\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Project.Sessions[0].Start.String(); got != "09:30" {
		t.Errorf("a time with no seconds shows as %q, want 09:30", got)
	}
}

func TestAValueOfTheWrongTypeIsAnErrorNamingLineAndField(t *testing.T) {
	cases := []struct {
		name, line, field string
	}{
		{"time of day in a date field", "date = 09:30:00", "Date"},
		{"date and time in a date field", "date = 2027-03-01T09:30:00", "Date"},
		{"date in a time field", "start = 2027-03-01", "Starts at"},
		{"text in a whole-number field", `minutes = "ninety"`, "Minutes"},
		{"number in a text field", "location = 12", "Location"},
		{"list in a text field", `title2 = 1` + "\n" + `notes = ["a"]`, "Notes"},
		{"time of day in a date-and-time field", "updated = 09:30:00", "Updated"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := unitWith(c.line + "\n")
			_, err := model.Decode(data)
			if err == nil {
				t.Fatalf("%s was accepted", c.line)
			}
			want := strings.Count(string(data), "\n") // the last line
			if !strings.Contains(err.Error(), "line ") || !strings.Contains(err.Error(), c.field+` of session "Launch"`) {
				t.Errorf("error %q does not name the line and the field %q of the session", err, c.field)
			}
			var le *model.LineError
			if !errors.As(err, &le) || le.Line != want {
				t.Errorf("error %q: want line %d", err, want)
			}
		})
	}
}
