package model_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func TestEncodeMatchesGoldenFile(t *testing.T) {
	got := model.Encode(sample())
	golden := filepath.Join("testdata", "sample.coplan.toml")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./model -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("encoding differs from %s (run with -update if the change is intended):\n%s", golden, got)
	}
}

func TestFormatKeyComesFirst(t *testing.T) {
	got := string(model.Encode(sample()))
	if !strings.HasPrefix(got, "format = \"coplan/1\"\n") {
		t.Errorf("file starts with %q", got[:40])
	}
}

func TestDecodeThenEncodeGivesTheSameBytes(t *testing.T) {
	first := model.Encode(sample())
	d, err := model.Decode(first)
	if err != nil {
		t.Fatal(err)
	}
	if second := model.Encode(d.Project); !bytes.Equal(first, second) {
		t.Errorf("re-encoding changed the file:\n%s", second)
	}
	p := d.Project
	checks := []struct{ name, got, want string }{
		{"multi-line problem", p.Unit.RealWorldProblem, "Our town's buses run on diesel.\nCould the sun move us instead?"},
		{"quoted question", p.Unit.DrivingQuestion, `How might we design a solar car that carries a "payload"?`},
		{"descriptor with quotes and backslash", p.Rubrics[0].Criteria[0].Descriptors["l2"], "Tests \"fairly\"\nand repeats\\"},
		{"session start", p.Sessions[0].Start.String(), "09:30"},
		{"session date", p.Sessions[0].Date.String(), "2027-02-03"},
		{"safety check expiry", p.Experts[0].SafetyCheck.Expires.String(), "2027-03-01"},
		{"Vietnamese name", p.Experts[0].Name, "Nguyễn Thị Ánh"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if p.Rubrics[0].Levels[1].Points != 2.5 {
		t.Errorf("points: got %v, want 2.5", p.Rubrics[0].Levels[1].Points)
	}
}

func TestDecodeRecordsTheLineOfEachID(t *testing.T) {
	data := model.Encode(sample())
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	for _, id := range []string{"s1", "c1", "l2", "m1"} {
		n := d.Lines[id]
		if n == 0 || lines[n-1] != `id = "`+id+`"` {
			t.Errorf("line of %s: got %d", id, n)
		}
	}
}

func TestDatesDoNotMoveWithTheMachinesTimeZone(t *testing.T) {
	data := model.Encode(sample())
	saved := time.Local
	defer func() { time.Local = saved }()
	for _, zone := range []*time.Location{time.FixedZone("Pacific/Kiritimati", 14*3600), time.FixedZone("Pacific/Pago_Pago", -11*3600)} {
		time.Local = zone
		d, err := model.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Project.Sessions[0].Date.String(); got != "2027-02-03" {
			t.Errorf("in %s the session date is %s", zone, got)
		}
		if got := model.Encode(d.Project); !bytes.Equal(got, data) {
			t.Errorf("in %s re-encoding changed the file", zone)
		}
	}
}

func TestUnknownKeysAreReportedAndKept(t *testing.T) {
	src := string(model.Encode(sample()))
	src = strings.Replace(src, "title = \"Solar car challenge\"\n", "title = \"Solar car challenge\"\ncolour = \"teal\"\n", 1)
	src = strings.Replace(src, "minutes = 60\n", "minutes = 60\nbus_seats = 52\nrooms = [\"Lab 2\", \"Hall\"]\n", 1)
	src = strings.Replace(src, "central_goal = ", "budget = { amount = 300, currency = \"AUD\" }\ncentral_goal = ", 1)
	d, err := model.Decode([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, w := range d.Warnings {
		if w.Severity != model.Warning || w.Line == 0 {
			t.Errorf("warning %+v: want a warning with a line", w)
		}
		keys = append(keys, w.Field)
	}
	for _, want := range []string{"colour", "sessions.bus_seats", "sessions.rooms", "unit.budget"} {
		if !strings.Contains(strings.Join(keys, " "), want) {
			t.Errorf("no warning for %s in %v", want, keys)
		}
	}
	out := model.Encode(d.Project)
	for _, want := range []string{`colour = "teal"`, "bus_seats = 52", `rooms = ["Lab 2", "Hall"]`, `budget = { amount = 300, currency = "AUD" }`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("saved file lost %s:\n%s", want, out)
		}
	}
	again, err := model.Decode(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(model.Encode(again.Project), out) {
		t.Error("unknown keys are not stable across a second save")
	}
}

func TestDecodeRefusesBadInput(t *testing.T) {
	valid := string(model.Encode(sample()))
	tests := []struct {
		name     string
		data     string
		wantLine int
		wantMsg  string
	}{
		{"empty file", "", 0, "empty"},
		{"only white space", " \n\t\n", 0, "empty"},
		{"binary garbage", "\x00\xff\xfe\x01PK\x03\x04", 1, "not UTF-8"},
		{"no format key", "title = \"x\"\n", 0, `no "format" key`},
		{"another program's format", "format = \"kanban/2\"\n", 1, "not a Coplan format"},
		{"newer major format", "format = \"coplan/2\"\ntitle = \"x\"\n", 1, "needs a newer Coplan that reads format coplan/2"},
		{"syntax error", "format = \"coplan/1\"\ntitle = \n", 2, ""},
		{"wrong type", "format = \"coplan/1\"\n[[sessions]]\nid = \"s\"\nminutes = \"ten\"\n", 4, "Minutes of untitled session must be a whole number"},
		{"bad date", "format = \"coplan/1\"\n[[sessions]]\nid = \"s\"\ndate = \"next week\"\n", 4, "next week"},
		{"unclosed string", "format = \"coplan/1\"\ntitle = \"abc\n", 2, "never closed"},
		{"unclosed multi-line string", "format = \"coplan/1\"\n\ntitle = \"\"\"abc\n\n", 3, "never closed"},
		{"deep nesting", "format = \"coplan/1\"\nx = " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n", 2, "nested more than"},
		{"deep inline tables", "format = \"coplan/1\"\nx = " + strings.Repeat("{a=", 5000) + "1" + strings.Repeat("}", 5000) + "\n", 2, "nested more than"},
		{"long dotted key", "format = \"coplan/1\"\n" + strings.Repeat("a.", 5000) + "b = 1\n", 2, "more than"},
		{"deep table header", "format = \"coplan/1\"\n[" + strings.Repeat("a.", 5000) + "b]\n", 2, "more than"},
		{"text too long", "format = \"coplan/1\"\ntitle = \"" + strings.Repeat("x", model.MaxStringLen+1) + "\"\n", 2, "longer than"},
		{"file too large", valid + "\n#" + strings.Repeat("x", model.MaxFileSize) + "\n", 0, "larger than"},
		{"too many sessions", "format = \"coplan/1\"\n" + strings.Repeat("[[sessions]]\n", model.MaxEntities+1), 0, "too many sessions"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := model.Decode([]byte(tt.data))
			if err == nil {
				t.Fatal("decoded without error")
			}
			if time.Since(start) > 5*time.Second {
				t.Errorf("took %v to refuse", time.Since(start))
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not say %q", err, tt.wantMsg)
			}
			var le *model.LineError
			line := 0
			if errors.As(err, &le) {
				line = le.Line
			}
			if line != tt.wantLine {
				t.Errorf("error %q names line %d, want %d", err, line, tt.wantLine)
			}
		})
	}
}

func TestOlderFilesWithoutOptionalKeysLoad(t *testing.T) {
	d, err := model.Decode([]byte("format = \"coplan/1\"\ntitle = \"Bare\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Project.Title != "Bare" || d.Project.Format != model.Format {
		t.Errorf("got %+v", d.Project)
	}
}
