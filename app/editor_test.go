package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/assets"
	"coplan/model"
)

func TestNewUnitFromTemplateCopiesItWithFreshIDs(t *testing.T) {
	c := newTestApp(t)
	c.Start(nil)
	tmpl := assets.Templates()[0]
	orig, err := model.Decode(tmpl.Data)
	if err != nil {
		t.Fatal(err)
	}

	var creates []*widget.Button
	for _, o := range objects(c) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Create" {
			creates = append(creates, b)
		}
	}
	if want := len(assets.Templates()) + 1; len(creates) != want {
		t.Fatalf("start screen offers %d ways to start, want %d (blank and each template)", len(creates), want)
	}
	test.Tap(creates[1]) // the first template, after the blank unit

	doc := c.Document()
	if doc == nil {
		t.Fatal("no unit open after choosing a template")
	}
	p := doc.Project
	if p.Title != orig.Project.Title || len(p.Sessions) != len(orig.Project.Sessions) || len(p.Sessions) == 0 {
		t.Errorf("new unit %q with %d sessions, want a copy of %q with %d", p.Title, len(p.Sessions), orig.Project.Title, len(orig.Project.Sessions))
	}
	if p.ID == orig.Project.ID || p.Sessions[0].ID == orig.Project.Sessions[0].ID {
		t.Error("the new unit shares ids with its template")
	}
	if got, want := c.win.Title(), p.Title+" — not saved yet"; got != want {
		t.Errorf("window title %q, want %q", got, want)
	}
	if c.ed.path != "" {
		t.Errorf("a unit from a template has file %q; it should ask where on first save", c.ed.path)
	}
}

func TestStartScreenCreateButtonMakesABlankUnit(t *testing.T) {
	c := newTestApp(t)
	c.Start(nil)
	test.Tap(button(t, c, "Create")) // the first one: a blank unit
	if c.Document() == nil || c.Document().Project.Title != "Untitled unit" || len(c.Document().Project.Sessions) != 0 {
		t.Fatalf("Create on the first row should open a blank unit; got %+v", c.Document())
	}
}

func TestTypingTheTitleChangesTheWindowTitleAndMarksUnsaved(t *testing.T) {
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	if got := c.win.Title(); got != "Bridges — bridges.coplan.toml" {
		t.Fatalf("window title %q before editing", got)
	}
	v := show(t, c, "overview").(*overview)
	title := field(t, v.form, "title").(*widgets.FieldEntry)
	title.CursorColumn = len(title.Text)
	test.Type(title, " and towers")

	if got := c.Document().Project.Title; got != "Bridges and towers" {
		t.Errorf("unit title %q after typing", got)
	}
	if got, want := c.win.Title(), "• Bridges and towers — bridges.coplan.toml"; got != want {
		t.Errorf("window title %q, want %q", got, want)
	}

	c.cmdSave()
	if got, want := c.win.Title(), "Bridges and towers — bridges.coplan.toml"; got != want {
		t.Errorf("window title after saving %q, want %q", got, want)
	}
	if !strings.Contains(readFile(t, path), `title = "Bridges and towers"`) {
		t.Error("the saved file does not have the new title")
	}

	c.cmdUndo()
	if got := c.Document().Project.Title; got != "Bridges" {
		t.Errorf("undo of the typing left title %q; typing is one step", got)
	}
	if title.Text != "Bridges" {
		t.Errorf("after undo the entry shows %q", title.Text)
	}
	if !strings.HasPrefix(c.win.Title(), "• ") {
		t.Errorf("undo past the save should mark the unit unsaved: %q", c.win.Title())
	}
}

func TestAddSessionAndLinkExpertOutcomeAndLead(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Expert{ID: "e1", Name: "Ana Kowalski", SafetyCheck: model.SafetyCheck{Kind: "WWCC", Number: "1", Expires: model.NewDate(2027, 1, 1)}}, "", -1),
		model.Add(model.Outcome{ID: "o1", Code: "AC9S9U05", Text: "Energy transfer"}, "", -1),
	))
	v := show(t, c, "sessions").(*listPane)
	test.Tap(button(t, c, "Add session"))

	p := c.Document().Project
	if len(p.Sessions) != 1 {
		t.Fatalf("%d sessions after Add session", len(p.Sessions))
	}
	s := &p.Sessions[0]
	if v.selected != s.ID {
		t.Error("the new session is not selected")
	}
	test.Type(field(t, v.form, "date").(*widgets.FieldEntry), "2027-03-04")
	test.Tap(check(t, c, "Ana Kowalski"))
	test.Tap(check(t, c, "AC9S9U05  Energy transfer"))
	lead := field(t, v.form, "lead").(*widget.Select)
	lead.SetSelected("Ana Kowalski")

	s = &c.Document().Project.Sessions[0]
	if s.Date != model.NewDate(2027, 3, 4) {
		t.Errorf("session date %v", s.Date)
	}
	if !slices.Equal(s.Experts, []string{"e1"}) || !slices.Equal(s.Outcomes, []string{"o1"}) || s.Lead != "e1" {
		t.Errorf("session links experts %v outcomes %v lead %q", s.Experts, s.Outcomes, s.Lead)
	}
	if s.Engagement != model.InClass {
		t.Errorf("a new session is %q", s.Engagement)
	}

	// The link works both ways: the expert shows the session, with the
	// safety check on its date, and following it comes back.
	people := show(t, c, "people").(*people)
	people.Reveal("e1", "")
	link := hyperlink(t, c, "New session")
	found := false
	for _, o := range objects(c) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "2027-03-04 · leads · check expired") {
			found = true
		}
	}
	if !found {
		t.Error("the expert does not show the session date and that the check has expired by then")
	}
	test.TapAt(link, fyne.NewPos(link.Size().Width/2, link.Size().Height/2))
	if got := c.ed.sections[c.ed.current].Key; got != "sessions" || v.selected != s.ID {
		t.Errorf("following the session link shows %s / %s", got, v.selected)
	}
}

func TestRubricGridTypesADescriptorAndAddsALevel(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Rubric{ID: "r1", Title: "Bridge report"}, "", -1),
		model.Add(model.Level{ID: "l1", Label: "Beginning", Points: 1}, "r1", -1),
		model.Add(model.Criterion{ID: "c1", Title: "Testing", Weight: 2}, "r1", -1),
	))
	v := show(t, c, "rubrics").(*rubrics)
	if v.grid == nil || v.grid.rid != "r1" {
		t.Fatal("the rubric's grid is not shown")
	}
	test.Type(v.grid.cells[[2]string{"c1", "l1"}], "Tests once")
	r := c.Document().Project.Rubric("r1")
	if got := r.Criteria[0].Descriptors["l1"]; got != "Tests once" {
		t.Errorf("descriptor %q after typing in the cell", got)
	}

	test.Tap(button(t, c, "Add level"))
	r = c.Document().Project.Rubric("r1")
	if len(r.Levels) != 2 || r.Levels[1].Points != 2 {
		t.Fatalf("levels after Add level: %+v", r.Levels)
	}
	l2 := r.Levels[1].ID
	cell, ok := v.grid.cells[[2]string{"c1", l2}]
	if !ok {
		t.Fatal("the grid has no cell for the new level")
	}
	test.Type(cell, "Repeats tests")
	if got := c.Document().Project.Rubric("r1").Criteria[0].Descriptors[l2]; got != "Repeats tests" {
		t.Errorf("descriptor of the new level %q", got)
	}
	if got := v.grid.cells[[2]string{"c1", "l1"}].Text; got != "Tests once" {
		t.Errorf("the first cell shows %q after the grid grew", got)
	}
	if got := c.Document().Project.Rubric("r1").MaxPoints(); got != 4 {
		t.Errorf("best total %v, want one criterion of weight 2 × 2 points", got)
	}
}

func TestDeleteExpertThenUndoRelinksSessions(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Expert{ID: "e1", Name: "Ana"}, "", -1),
		model.Add(model.Expert{ID: "e2", Name: "Ben"}, "", -1),
		model.Add(model.Session{ID: "s1", Title: "Launch", Lead: "e1", Experts: []string{"e1", "e2"}}, "", -1),
		model.Add(model.Session{ID: "s2", Title: "Visit", Experts: []string{"e1"}}, "", -1),
	))
	v := show(t, c, "people").(*people)
	v.Reveal("e1", "")
	c.cmdDelete()

	p := c.Document().Project
	if p.Expert("e1") != nil {
		t.Fatal("the expert is still there after Delete")
	}
	if s := p.Session("s1"); s.Lead != "" || !slices.Equal(s.Experts, []string{"e2"}) {
		t.Errorf("session s1 after delete: lead %q experts %v", s.Lead, s.Experts)
	}
	if want := `Deleted expert "Ana" and removed it from 2 sessions`; c.ed.status.Text != want {
		t.Errorf("status %q, want %q", c.ed.status.Text, want)
	}
	if v.experts.selected != "e2" {
		t.Errorf("after delete %q is selected, want the next expert", v.experts.selected)
	}

	c.cmdUndo()
	p = c.Document().Project
	if p.Expert("e1") == nil {
		t.Fatal("undo did not bring the expert back")
	}
	if s := p.Session("s1"); s.Lead != "e1" || !slices.Equal(s.Experts, []string{"e1", "e2"}) {
		t.Errorf("session s1 after undo: lead %q experts %v", s.Lead, s.Experts)
	}
	if s := p.Session("s2"); !slices.Equal(s.Experts, []string{"e1"}) {
		t.Errorf("session s2 after undo: experts %v", s.Experts)
	}
	if n := v.experts.list.Length(); n != 2 {
		t.Errorf("the list shows %d experts after undo", n)
	}
}

func TestReadinessListsProblemsAndJumpsToThem(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Assessment{ID: "a1", Title: "Report"}, "", -1),
	))
	v := show(t, c, "readiness").(*readiness)
	i := slices.IndexFunc(c.ed.diags, func(d model.Diagnostic) bool { return d.EntityID == "a1" && d.Field == "rubric" })
	if i < 0 {
		t.Fatalf("no finding about the assessment's rubric in %v", c.ed.diags)
	}
	v.list.Select(i)
	if got := c.ed.sections[c.ed.current].Key; got != "assessments" {
		t.Fatalf("selecting the finding shows %s", got)
	}
	if got := c.ed.views[c.ed.current].(*listPane).selected; got != "a1" {
		t.Errorf("selected %q, want the assessment", got)
	}

	n := len(c.ed.diags)
	c.ed.apply(model.Add(model.Rubric{ID: "r1", Title: "Report rubric"}, "", -1))
	c.ed.apply(model.Set("a1", "rubric", "r1"))
	if slices.ContainsFunc(c.ed.diags, func(d model.Diagnostic) bool { return d.EntityID == "a1" && d.Field == "rubric" }) {
		t.Error("the finding stays after choosing a rubric")
	}
	if len(c.ed.diags) == n {
		t.Error("readiness did not change after the edits")
	}
}

func TestUndoShortcutInAnEntryUndoesTheDocument(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	v := show(t, c, "overview").(*overview)
	school := field(t, v.form, "unit.school").(*widgets.FieldEntry)
	test.Type(school, "Riverbend High")
	school.TypedShortcut(&fyne.ShortcutUndo{})
	if got := c.Document().Project.Unit.School; got != "" {
		t.Errorf("Ctrl+Z in the entry left school %q", got)
	}
	school.TypedShortcut(keyRedoY)
	if got := c.Document().Project.Unit.School; got != "Riverbend High" {
		t.Errorf("Ctrl+Y in the entry left school %q", got)
	}
}

func TestMoveKeepsTheSelectionOnTheEntity(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Outcome{ID: "o1", Code: "A"}, "", -1),
		model.Add(model.Outcome{ID: "o2", Code: "B"}, "", -1),
	))
	v := show(t, c, "outcomes").(*listPane)
	v.Reveal("o2", "")
	v.move(-1)
	if p := c.Document().Project; p.Outcomes[0].ID != "o2" {
		t.Fatalf("outcomes after moving up: %v, %v", p.Outcomes[0].Code, p.Outcomes[1].Code)
	}
	if v.selected != "o2" || v.indexOf(v.selected) != 0 {
		t.Errorf("selection %q at %d after the move", v.selected, v.indexOf(v.selected))
	}
	c.cmdUndo()
	if c.Document().Project.Outcomes[0].ID != "o1" {
		t.Error("undo did not move it back")
	}
}

func TestRecentFilesAreCapped(t *testing.T) {
	c := newTestApp(t)
	for i := range 13 {
		c.prefs.addRecent(string(rune('a' + i)))
	}
	c.prefs.addRecent("c")
	r := c.prefs.recent()
	if len(r) != maxRecent || r[0] != "c" || slices.Index(r[1:], "c") >= 0 {
		t.Errorf("recent files %v", r)
	}
}

func TestLastSectionIsRemembered(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	show(t, c, "rubrics")
	c.showStart()
	openUnit(t, c, unit(t, "Towers"))
	if got := c.ed.sections[c.ed.current].Key; got != "rubrics" {
		t.Errorf("reopening shows %s, want the section shown last", got)
	}
}
