package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"coplan/model/store"
)

// readCSVFile parses the CSV file at path with encoding/csv.
func readCSVFile(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s is not CSV: %v", path, err)
	}
	return rows
}

func TestExportInterchangeFormatsWriteFilesOtherToolsRead(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	loaded, err := store.Open(unit)
	if err != nil {
		t.Fatal(err)
	}
	p := loaded.Project
	criteria := 0
	for _, r := range p.Rubrics {
		criteria += len(r.Criteria)
	}
	cases := []struct {
		name  string
		args  []string
		check func(t *testing.T, out string)
	}{
		{"canvas-csv", []string{"--format", "canvas-csv"}, func(t *testing.T, out string) {
			rows := readCSVFile(t, out)
			if len(rows) != 1+criteria || rows[0][0] != "Rubric Name" || rows[1][0] != p.Rubrics[0].Title {
				t.Errorf("%d rows starting %q, want the header and %d criteria", len(rows), rows[0], criteria)
			}
		}},
		{"canvas-csv of one rubric", []string{"--format", "canvas-csv", "--rubric", p.Rubrics[1].Title}, func(t *testing.T, out string) {
			if rows := readCSVFile(t, out); len(rows) != 1+len(p.Rubrics[1].Criteria) {
				t.Errorf("%d rows, want the header and %d criteria", len(rows), len(p.Rubrics[1].Criteria))
			}
		}},
		{"moodle-csv", []string{"--format", "moodle-csv", "--rubric", p.Rubrics[0].ID}, func(t *testing.T, out string) {
			r := p.Rubrics[0]
			rows := readCSVFile(t, out)
			if len(rows) != 1+len(r.Criteria)*len(r.Levels) || strings.Join(rows[0], ",") != "criterion,level,level_description,score" {
				t.Errorf("%d rows starting %q, want the header and %d", len(rows), rows[0], len(r.Criteria)*len(r.Levels))
			}
		}},
		{"ics", []string{"--format", "ics"}, func(t *testing.T, out string) {
			if n := len(readCalendar(t, out).Events()); n != len(p.Sessions) {
				t.Errorf("%d events, want %d", n, len(p.Sessions))
			}
		}},
		{"ics of one expert", []string{"--format", "ics", "--expert", "Zoë Ødegaard"}, func(t *testing.T, out string) {
			if n := len(readCalendar(t, out).Events()); n != 3 {
				t.Errorf("%d events, want Zoë's 3", n)
			}
		}},
		{"md", []string{"--format", "md"}, func(t *testing.T, out string) {
			data, _ := os.ReadFile(out)
			doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(data))
			tables, headings := 0, 0
			_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
				if entering {
					switch n.(type) {
					case *east.Table:
						tables++
					case *ast.Heading:
						headings++
					}
				}
				return ast.WalkContinue, nil
			})
			if !bytes.HasPrefix(data, []byte("# "+p.Title+"\n")) || tables < 4 || headings < 10 {
				t.Errorf("page has %d headings and %d tables:\n%.300s", headings, tables, data)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".out")
			r := coplan(t, dir, append(append([]string{"export"}, c.args...), "-o", out, unit)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			c.check(t, out)
		})
	}
}

// readCalendar parses the iCalendar file at path.
func readCalendar(t *testing.T, path string) *ical.Calendar {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cal, err := ical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("%s is not iCalendar: %v", path, err)
	}
	return cal
}

func TestExportICSNamesTheSessionsItLeavesOut(t *testing.T) {
	unit := exampleUnit(t)
	data, _ := os.ReadFile(unit)
	data = bytes.Replace(data, []byte("date = 2027-06-22\n"), nil, 1)
	if err := os.WriteFile(unit, data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := coplan(t, filepath.Dir(unit), "export", "--format", "ics", "-o", "-", unit)
	if r.code != 0 || !strings.Contains(r.stderr, `left out session "Debrief and reflection": it has no date yet`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if strings.Count(r.stdout, "BEGIN:VEVENT") != 10 {
		t.Errorf("want the 10 dated sessions:\n%s", r.stdout)
	}
}

func TestImportRubricAddsTheRubricsOfACanvasSpreadsheet(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	sheet := filepath.Join(dir, "rubrics.csv")
	if r := coplan(t, dir, "export", "--format", "canvas-csv", "-o", sheet, unit); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	blank := filepath.Join(dir, "blank.coplan.toml")
	if r := coplan(t, dir, "new", blank); r.code != 0 {
		t.Fatalf("new: %s", r.stderr)
	}
	r := coplan(t, dir, "import-rubric", "--format", "canvas-csv", sheet, blank)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if want := "Added rubric \"Solar car engineering\" (5 criteria, 4 levels)"; !strings.Contains(r.stdout, want) {
		t.Errorf("stdout %q does not say %q", r.stdout, want)
	}
	loaded, err := store.Open(blank)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := store.Open(unit)
	if len(loaded.Project.Rubrics) != len(orig.Project.Rubrics) {
		t.Fatalf("the unit has %d rubrics, want %d", len(loaded.Project.Rubrics), len(orig.Project.Rubrics))
	}
	for i, r := range loaded.Project.Rubrics {
		o := orig.Project.Rubrics[i]
		if r.Title != o.Title || len(r.Criteria) != len(o.Criteria) || r.Criteria[0].Descriptors[r.Levels[0].ID] != o.Criteria[0].Descriptors[o.Levels[0].ID] {
			t.Errorf("rubric %d came in as %q with %d criteria", i+1, r.Title, len(r.Criteria))
		}
	}
	if v := coplan(t, dir, "validate", blank); v.code != 0 {
		t.Errorf("the unit does not validate after the import:\n%s", v.stdout)
	}
}

func TestImportRubricOfABadSpreadsheetNamesTheLinesAndChangesNothing(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	before, _ := os.ReadFile(unit)
	sheet := filepath.Join(dir, "bad.csv")
	csvText := "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\r\n" +
		"Bridges,Load,,false,Good,\"Holds, and\r\nholds\",4\r\n" +
		"Bridges,Span,,false,Good,Long,\r\n" +
		"Bridges,,,false,Good,Cheap,2\r\n"
	if err := os.WriteFile(sheet, []byte(csvText), 0o644); err != nil {
		t.Fatal(err)
	}
	r := coplan(t, dir, "import-rubric", "--format", "canvas-csv", sheet, unit)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
	}
	for _, want := range []string{sheet + `:4: rating "Good" of "Span" has no points`,
		sheet + `:5: the Criteria Name is empty`, "nothing imported"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	after, _ := os.ReadFile(unit)
	if !bytes.Equal(before, after) {
		t.Error("the unit file changed")
	}
	if _, err := os.Stat(store.BackupPath(unit)); err == nil {
		t.Error("a backup was made although nothing was saved")
	}
}

func TestImportRubricAsksWhatToDoWithARubricWhoseTitleExists(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	sheet := filepath.Join(dir, "rubrics.csv")
	if r := coplan(t, dir, "export", "--format", "canvas-csv", "--rubric", "Solar car engineering", "-o", sheet, unit); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	before := fileBytes(t, unit)
	r := coplan(t, dir, "import-rubric", sheet, unit)
	if r.code != 1 || !strings.Contains(r.stderr, `already has a rubric called "Solar car engineering"`) || !strings.Contains(r.stderr, "--replace") {
		t.Fatalf("exit %d, want 1 naming the clash: %s", r.code, r.stderr)
	}
	if !bytes.Equal(before, fileBytes(t, unit)) {
		t.Error("the unit changed although nothing was imported")
	}
	titles := func() []string {
		loaded, err := store.Open(unit)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range loaded.Project.Rubrics {
			out = append(out, r.Title)
		}
		return out
	}
	n := len(titles())
	if r := coplan(t, dir, "import-rubric", "--keep-both", sheet, unit); r.code != 0 || !strings.Contains(r.stdout, `Added rubric "Solar car engineering (2)"`) {
		t.Fatalf("--keep-both: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	if got := titles(); len(got) != n+1 || got[n] != "Solar car engineering (2)" {
		t.Errorf("after --keep-both the rubrics are %q", got)
	}
	if r := coplan(t, dir, "import-rubric", "--replace", sheet, unit); r.code != 0 {
		t.Fatalf("--replace: exit %d: %s", r.code, r.stderr)
	}
	if got := titles(); len(got) != n+1 {
		t.Errorf("--replace added a rubric instead of replacing one: %q", got)
	}
	if v := coplan(t, dir, "validate", unit); v.code != 0 {
		t.Errorf("the unit does not validate after replacing:\n%s", v.stdout)
	}
}

func TestImportRubricExitCodes(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	sheet := filepath.Join(dir, "ok.csv")
	header := "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n"
	locked := filepath.Join(dir, "locked.coplan.toml")
	if os.WriteFile(sheet, []byte(header+"R,A,,false,Good,ok,1\n"), 0o644) != nil || os.WriteFile(locked, fileBytes(t, unit), 0o644) != nil {
		t.Fatal("cannot write the test files")
	}
	othersLock(t, locked, "Zoë")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no files", nil, 2, "Usage"},
		{"one file", []string{sheet}, 2, "Usage"},
		{"an unknown format", []string{"--format", "xlsx", sheet, unit}, 2, `unknown format "xlsx"`},
		{"a missing spreadsheet", []string{filepath.Join(dir, "none.csv"), unit}, 1, "none.csv"},
		{"a missing unit", []string{sheet, filepath.Join(dir, "none.coplan.toml")}, 1, "none.coplan.toml"},
		{"a unit open in someone's editor", []string{sheet, locked}, 1, "Zoë has this unit open in Coplan"},
		{"help", []string{"-h"}, 0, "Usage"},
		{"both answers to a title clash", []string{"--replace", "--keep-both", sheet, unit}, 2, "cannot be used together"},
	}
	for _, c := range tests {
		t.Run(c.name, func(t *testing.T) {
			r := coplan(t, dir, append([]string{"import-rubric"}, c.args...)...)
			if r.code != c.code || !strings.Contains(r.stderr, c.stderr) {
				t.Errorf("exit %d, want %d; stderr %q should say %q", r.code, c.code, r.stderr, c.stderr)
			}
		})
	}
}

// othersLock writes a lock beside the unit at path saying that name has it
// open in a Coplan on another computer. (A lock that this test process took
// would be the command's own: it runs in this process.)
func othersLock(t *testing.T, path, name string) {
	t.Helper()
	now := time.Now().UTC().Truncate(time.Second).Format(time.RFC3339)
	lock := fmt.Sprintf("name = %q\nrole = \"partner\"\nhost = \"laptop-7\"\npid = 4242\nsince = %s\nrefreshed = %s\ntoken = \"a-coplan-elsewhere\"\n", name, now, now)
	if err := os.WriteFile(store.LockPath(path), []byte(lock), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := store.ReadLock(path); err != nil || l == nil || l.Mine() || l.Stale(time.Now()) {
		t.Fatalf("the lock %+v (%v) does not count as someone else's", l, err)
	}
}

// fileBytes returns the content of the unit file at path.
func fileBytes(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestHelpListsImportRubricAndExportListsItsFormats(t *testing.T) {
	dir := t.TempDir()
	if r := coplan(t, dir, "help"); !strings.Contains(r.stdout, "  import-rubric ") {
		t.Errorf("help does not list import-rubric:\n%s", r.stdout)
	}
	r := coplan(t, dir, "export", "-h")
	for _, f := range []string{"canvas-csv", "moodle-csv", "ics", "md"} {
		if !strings.Contains(r.stderr, f) {
			t.Errorf("export -h does not mention %s:\n%s", f, r.stderr)
		}
	}
}
