package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

const canvasCSV = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\r\n" +
	"Bridge design,Load testing,\"Tests loads, records results\",false,Excellent,Three loads,4,Developing,\"One test,\nno record\",\"1,75\"\r\n" +
	"Bridge design,Teamwork,,false,Excellent,Everyone has a role,4,Developing,Some roles,\"1,75\"\r\n"

func TestImportCanvasCSVAddsTheRubricAsOneUndoableStep(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	v := show(t, c, "rubrics").(*rubrics)
	v.importCSV("bridge.csv", strings.NewReader(canvasCSV))

	p := c.ed.doc.Project
	if len(p.Rubrics) != 1 {
		t.Fatalf("%d rubrics after the import, want 1", len(p.Rubrics))
	}
	r := p.Rubrics[0]
	if r.Title != "Bridge design" || len(r.Criteria) != 2 || len(r.Levels) != 2 || r.Levels[1].Points != 1.75 {
		t.Errorf("imported %q with %d criteria, levels %+v", r.Title, len(r.Criteria), r.Levels)
	}
	if r.Criteria[0].Descriptors[r.Levels[1].ID] != "One test,\nno record" {
		t.Errorf("descriptor %q", r.Criteria[0].Descriptors[r.Levels[1].ID])
	}
	if v.selected != r.ID {
		t.Errorf("the new rubric is not selected (selected %q)", v.selected)
	}
	if !strings.Contains(c.ed.status.Text, "Imported 1 rubric from bridge.csv") {
		t.Errorf("status %q", c.ed.status.Text)
	}
	c.cmdUndo()
	if len(p.Rubrics) != 0 {
		t.Errorf("undo left %d rubrics", len(p.Rubrics))
	}
}

func TestImportOfABadSpreadsheetNamesTheLinesAndChangesNothing(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	v := show(t, c, "rubrics").(*rubrics)
	bad := "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n" +
		"Bridge design,Load testing,,false,Excellent,Three loads,4\n" +
		"Bridge design,Teamwork,,false,Excellent,Roles,\n" +
		"Bridge design,Safety,,false,Excellent,Goggles\n"
	v.importCSV("bad.csv", strings.NewReader(bad))

	if n := len(c.ed.doc.Project.Rubrics); n != 0 {
		t.Errorf("a bad spreadsheet imported %d rubrics", n)
	}
	if _, ok := c.ed.doc.CanUndo(); ok {
		t.Error("a bad spreadsheet left an undo step")
	}
	text := overlayText(c)
	for _, want := range []string{"Nothing was imported", "Line 3", "Line 4"} {
		if !strings.Contains(text, want) {
			t.Errorf("the problems dialog lacks %q: %q", want, text)
		}
	}
	if strings.Contains(text, "Line 2") {
		t.Errorf("a good row is reported: %q", text)
	}
}

func TestACopiedRubricShowsWhereItCameFrom(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	r := model.Rubric{ID: model.NewID(), Title: "Pitch", CopiedFrom: model.CopiedFrom{File: "unit-123", Rubric: "r-1"}}
	openUnit(t, c, unit(t, "Bridges", model.Add(r, "", -1)))
	show(t, c, "rubrics")
	if !hasLabel(c, "Copied from another unit") {
		t.Error("the rubric's origin is not shown")
	}
	if hasLabel(c, "unit-123") {
		t.Error("the rubric's origin shows the other unit's id")
	}
}

// hasLabel reports whether a label in the window or its dialogs shows text.
func hasLabel(c *App, text string) bool {
	for _, o := range objects(c) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			return true
		}
	}
	return false
}

// overlayButton returns the button labelled text in the window's overlays.
func overlayButton(t *testing.T, c *App, text string) *widget.Button {
	t.Helper()
	for _, o := range c.win.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if b, ok := asButton(x); ok && b.Text == text {
				return b
			}
		}
	}
	t.Fatalf("no %q button in the overlays: %q", text, overlayText(c))
	return nil
}

func TestImportingARubricWhoseTitleExistsAsksReplaceOrKeepBoth(t *testing.T) {
	tests := []struct {
		button string
		want   []string
	}{
		{"Cancel", []string{"Bridge design"}},
		{"Keep Both", []string{"Bridge design", "Bridge design (2)"}},
		{"Replace", []string{"Bridge design"}},
	}
	for _, tt := range tests {
		t.Run(tt.button, func(t *testing.T) {
			isolate(t)
			c := newTestApp(t)
			openUnit(t, c, unit(t, "Bridges"))
			v := show(t, c, "rubrics").(*rubrics)
			v.importCSV("bridge.csv", strings.NewReader(canvasCSV))
			first := c.ed.doc.Project.Rubrics[0].ID
			v.importCSV("bridge.csv", strings.NewReader(canvasCSV))
			if text := overlayText(c); !strings.Contains(text, "already has a rubric called “Bridge design”") {
				t.Fatalf("no question about the clash: %q", text)
			}
			test.Tap(overlayButton(t, c, tt.button))
			var titles []string
			for _, r := range c.ed.doc.Project.Rubrics {
				titles = append(titles, r.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.want, "|") {
				t.Errorf("rubrics %q, want %q", titles, tt.want)
			}
			if replaced := c.ed.doc.Project.Rubrics[0].ID != first; replaced != (tt.button == "Replace") {
				t.Errorf("first rubric replaced: %v", replaced)
			}
		})
	}
}
