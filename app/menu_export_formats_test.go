package app

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model"
)

// isolate points the app's data and cache folders at temporary ones.
func isolate(t *testing.T) {
	t.Helper()
	t.Setenv("COPLAN_DATA_DIR", t.TempDir())
	t.Setenv("COPLAN_CACHE_DIR", t.TempDir())
}

// readCSV parses the spreadsheet at path with encoding/csv.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(readFile(t, path)))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s is not valid CSV: %v", path, err)
	}
	return rows
}

func TestExportMenuOffersEveryFormat(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	var labels []string
	for _, it := range c.menu.export.Items {
		labels = append(labels, it.Label)
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{"PDF Handout…", "Canvas rubric (CSV)…", "Moodle rubric (CSV)…", "Calendar (.ics)…", "Markdown…"} {
		if !strings.Contains(got, want) {
			t.Errorf("the Export menu lacks %q: %s", want, got)
		}
	}
}

func TestExportCanvasCSVFromTheMenuPath(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.openExample()
	p := c.ed.doc.Project
	path := filepath.Join(t.TempDir(), "rubrics.csv")
	<-c.runExport(path, c.canvasJob(""))
	rows := readCSV(t, path)
	if got := strings.Join(rows[0][:4], ","); got != "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range" {
		t.Errorf("header %q", got)
	}
	criteria := 0
	for _, r := range p.Rubrics {
		criteria += len(r.Criteria)
	}
	if len(rows)-1 != criteria {
		t.Errorf("%d criterion rows, want %d", len(rows)-1, criteria)
	}
	if rows[1][0] != p.Rubrics[0].Title || rows[1][1] != p.Rubrics[0].Criteria[0].Title {
		t.Errorf("first row %q, want rubric %q criterion %q", rows[1][:2], p.Rubrics[0].Title, p.Rubrics[0].Criteria[0].Title)
	}
	if !strings.Contains(c.ed.status.Text, "Exported rubrics.csv") {
		t.Errorf("status %q", c.ed.status.Text)
	}
}

func TestExportMoodleCSVWritesOneRowPerLevel(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.openExample()
	r := c.ed.doc.Project.Rubrics[0]
	path := filepath.Join(t.TempDir(), "moodle.csv")
	<-c.runExport(path, c.moodleJob(r.ID))
	rows := readCSV(t, path)
	if got := strings.Join(rows[0], ","); got != "criterion,level,level_description,score" {
		t.Errorf("header %q", got)
	}
	if want := len(r.Criteria) * len(r.Levels); len(rows)-1 != want {
		t.Errorf("%d rows, want %d", len(rows)-1, want)
	}
}

func TestExportICSHasAnEventPerDatedSessionAndNamesTheUndated(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.openExample()
	p := c.ed.doc.Project
	dated := 0
	for _, s := range p.Sessions {
		if !s.Date.IsZero() {
			dated++
		}
	}
	undated := p.Sessions[0].ID
	c.ed.apply(model.Set(undated, "date", ""))
	dated--
	path := filepath.Join(t.TempDir(), "unit.ics")
	<-c.runExport(path, c.icsJob("", false))
	ics := strings.ReplaceAll(readFile(t, path), "\r\n ", "") // unfold
	if !strings.HasPrefix(ics, "BEGIN:VCALENDAR\r\n") {
		t.Fatalf("not an iCalendar file: %.40q", ics)
	}
	if got := strings.Count(ics, "BEGIN:VEVENT\r\n"); got != dated {
		t.Errorf("%d events, want %d", got, dated)
	}
	if !strings.Contains(ics, "UID:"+p.Sessions[1].ID) {
		t.Errorf("no event has the UID of session %s", p.Sessions[1].ID)
	}
	if !strings.Contains(overlayText(c), "1 session without a date was left out") ||
		!strings.Contains(overlayText(c), p.Sessions[0].Title) {
		t.Errorf("the undated session is not named: %q", overlayText(c))
	}
}

func TestExportMarkdownNamesTheUnitAndItsSessions(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.openExample()
	p := c.ed.doc.Project
	path := filepath.Join(t.TempDir(), "unit.md")
	<-c.runExport(path, markdownJob)
	md := readFile(t, path)
	if !strings.HasPrefix(md, "# ") || !strings.Contains(md, p.Sessions[0].Title) {
		t.Errorf("Markdown lacks the title heading or a session: %.200q", md)
	}
}

func TestExportWithNothingToWriteSaysWhyAndWritesNothing(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	p := unit(t, "Empty rubric", model.Add(model.Rubric{ID: model.NewID(), Title: "Draft"}, "", -1))
	openUnit(t, c, p)
	path := filepath.Join(t.TempDir(), "r.csv")
	<-c.runExport(path, c.canvasJob(""))
	if _, err := os.Stat(path); err == nil {
		t.Error("an empty export wrote a file")
	}
	if !strings.Contains(overlayText(c), "no criteria") {
		t.Errorf("no friendly message: %q", overlayText(c))
	}
}

func TestCalendarExportOffersTasksWithDueDates(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.openExample()
	c.exportICS()
	box := check(t, c, "Also each task on its due date, as an all-day event")
	if box.Checked {
		t.Error("tasks are in the calendar unless asked for")
	}
	for _, tasks := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "unit.ics")
		<-c.runExport(path, c.icsJob("", tasks))
		ics := strings.ReplaceAll(readFile(t, path), "\r\n ", "") // unfold
		has := strings.Contains(ics, "SUMMARY:Due: Lend two irradiance meters")
		if has != tasks {
			t.Errorf("with tasks %v the calendar has the task due: %v", tasks, has)
		}
	}
}
