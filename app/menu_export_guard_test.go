package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"

	"coplan/model"
	"coplan/model/export"
)

// TestExportRefusesTheOpenUnitAsItsTarget exports onto the open unit's own
// file, directly and through a link, and checks that the unit is left
// byte for byte as it was and the person is told why.
func TestExportRefusesTheOpenUnitAsItsTarget(t *testing.T) {
	cases := []struct {
		name   string
		target func(t *testing.T, unit string) string
		export func(t *testing.T, c *App, path string) <-chan struct{}
	}{
		{"markdown onto the unit", func(_ *testing.T, unit string) string { return unit },
			func(_ *testing.T, c *App, path string) <-chan struct{} { return c.runExport(path, markdownJob) }},
		{"calendar through a link to the unit", func(t *testing.T, unit string) string {
			link := filepath.Join(t.TempDir(), "unit.ics")
			if err := os.Symlink(unit, link); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			return link
		}, func(_ *testing.T, c *App, path string) <-chan struct{} { return c.runExport(path, c.icsJob("", false)) }},
		{"PDF handout onto the unit", func(_ *testing.T, unit string) string { return unit },
			func(t *testing.T, c *App, path string) <-chan struct{} {
				w, err := storage.Writer(storage.NewFileURI(path))
				if err != nil {
					t.Fatal(err)
				}
				return c.writePDF(w, export.PDFOptions{Handout: export.HandoutOverview, Paper: export.PaperA4})
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			isolate(t)
			c := newTestApp(t)
			p := unit(t, "Solar cars", model.Add(model.Session{ID: "s1", Title: "Launch", Date: model.NewDate(2027, 3, 1)}, "", -1))
			path := openUnit(t, c, p)
			before := readFile(t, path)
			<-tc.export(t, c, tc.target(t, path))
			if got := readFile(t, path); got != before {
				t.Errorf("the export replaced the unit with %.40q", got)
			}
			if msg := overlayText(c); !strings.Contains(msg, "is the unit itself") || !strings.Contains(msg, "Choose another name") {
				t.Errorf("the refusal is not shown: %q", msg)
			}
			if strings.Contains(c.ed.status.Text, "Exported") {
				t.Errorf("status says %q after a refused export", c.ed.status.Text)
			}
		})
	}
}

// TestExportICSNamesTheSessionsItCannotWrite writes a calendar from a unit
// whose session id holds a line break (as a hand edit can leave it) and
// checks that the other sessions are written and the person is told which
// session was left out, by its title.
func TestExportICSNamesTheSessionsItCannotWrite(t *testing.T) {
	cases := []struct {
		name   string
		broken int // how many of the two sessions have a broken id
		events int
	}{
		{"one of two left out", 1, 1},
		{"every session left out", 2, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			isolate(t)
			c := newTestApp(t)
			c.openExample()
			p := c.ed.doc.Project
			p.Sessions = p.Sessions[:2]
			for i := range p.Sessions {
				p.Sessions[i].Date = model.NewDate(2027, time.March, i+1)
			}
			p.Sessions[0].Title, p.Sessions[1].Title = "Site visit", "Launch"
			p.Sessions[0].ID = "broken\rid"
			if tc.broken == 2 {
				p.Sessions[1].ID = "also\rbroken"
			}
			path := filepath.Join(t.TempDir(), "unit.ics")
			<-c.runExport(path, c.icsJob("", false))
			msg := overlayText(c)
			if !strings.Contains(msg, "could not be written in a calendar") || !strings.Contains(msg, "Site visit") {
				t.Errorf("the session left out is not named: %q", msg)
			}
			if strings.Contains(msg, "broken") || strings.Contains(msg, "has a date yet") {
				t.Errorf("the note shows an id or the wrong reason: %q", msg)
			}
			if tc.events == 0 {
				if _, err := os.Stat(path); !os.IsNotExist(err) {
					t.Errorf("a calendar with no event was written: %v\n%s", err, readFile(t, path))
				}
				return
			}
			ics := readFile(t, path)
			if got := strings.Count(ics, "BEGIN:VEVENT"); got != tc.events || !strings.Contains(ics, "SUMMARY:Launch") {
				t.Errorf("%d events, want %d with the launch:\n%s", got, tc.events, ics)
			}
		})
	}
}
