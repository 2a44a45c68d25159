package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// neatnessUnit has a rubric whose "Neatness" criterion offers two of the
// three levels, under its own names and points.
func neatnessUnit(t *testing.T) *model.Project {
	return unit(t, "Essays",
		model.Add(model.Rubric{ID: "r1", Title: "Essay"}, "", -1),
		model.Add(model.Level{ID: "l1", Label: "Excellent", Points: 4}, "r1", -1),
		model.Add(model.Level{ID: "l2", Label: "Good", Points: 3}, "r1", -1),
		model.Add(model.Level{ID: "l3", Label: "Poor", Points: 0}, "r1", -1),
		model.Add(model.Criterion{ID: "c1", Title: "Argument", Weight: 2}, "r1", -1),
		model.Add(model.Criterion{ID: "c2", Title: "Neatness", Unused: []string{"l3"},
			Labels: map[string]string{"l1": "Neat", "l2": "Messy"}, Points: map[string]float64{"l1": 1, "l2": 0}}, "r1", -1),
	)
}

// entryIn returns the entry of field path in the grid form of entity id.
func entryIn(t *testing.T, g *rubricGrid, id, path string) *widgets.FieldEntry {
	t.Helper()
	for _, f := range g.forms {
		if f.id == id {
			if en, ok := f.focus[path].(*widgets.FieldEntry); ok {
				return en
			}
		}
	}
	t.Fatalf("no entry for %s of %s", path, id)
	return nil
}

func TestRubricGridShowsAndEditsEachCriterionsOwnRatings(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	g := v.grid
	if got := entryIn(t, g, "c2", "labels.l1").Text; got != "Neat" {
		t.Errorf("Neatness's first rating shows %q, want its own name", got)
	}
	if got := entryIn(t, g, "c2", "points.l2").Text; got != "0" {
		t.Errorf("Messy shows %q points, want its own 0", got)
	}
	if en := entryIn(t, g, "c1", "labels.l1"); en.Text != "" || en.PlaceHolder != "Excellent" {
		t.Errorf("a rating without its own name shows %q over %q, want the level's name as a hint", en.Text, en.PlaceHolder)
	}
	if !g.cells[[2]string{"c2", "l3"}].Disabled() {
		t.Error("the cell of a level Neatness does not offer can be typed in")
	}
	if got := v.grid.rubric().MaxPoints(); got != 9 {
		t.Errorf("best total %v, want 2×4 + 1", got)
	}
	if !strings.Contains(labelsText(c), "Best possible total: 9 points") {
		t.Errorf("the total shown is not 9:\n%s", labelsText(c))
	}

	test.Type(entryIn(t, g, "c1", "points.l2"), "2.5")
	crit := c.Document().Project.Rubric("r1").Criteria[0]
	if crit.Points["l2"] != 2.5 {
		t.Errorf("typing own points gave %v", crit.Points)
	}
	test.Tap(g.offered[[2]string{"c1", "l3"}])
	if crit := c.Document().Project.Rubric("r1").Criteria[0]; !slices.Contains(crit.Unused, "l3") {
		t.Errorf("unticking the cell left it offered: unused %v", crit.Unused)
	}
	c.cmdUndo()
	if crit := c.Document().Project.Rubric("r1").Criteria[0]; len(crit.Unused) != 0 {
		t.Errorf("undo left unused %v", crit.Unused)
	}
}

// labelsText is the text of every label in the window and its overlays.
func labelsText(c *App) string {
	var b strings.Builder
	for _, o := range objects(c) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func TestDuplicateCriterionAndNewRowsTakeTheKeyboard(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	v.grid.duplicate("c2")
	r := c.Document().Project.Rubric("r1")
	if len(r.Criteria) != 3 || r.Criteria[2].Title != "Neatness (copy)" || r.Criteria[2].Labels["l1"] != "Neat" || r.Criteria[2].ID == "c2" {
		t.Fatalf("criteria after duplicating: %+v", r.Criteria)
	}
	if f := c.win.Canvas().Focused(); f != v.grid.heads[r.Criteria[2].ID] {
		t.Errorf("the copy's title does not have the keyboard (focused %T)", f)
	}
	test.Tap(button(t, c, "Add criterion"))
	r = c.Document().Project.Rubric("r1")
	if f := c.win.Canvas().Focused(); f != v.grid.heads[r.Criteria[3].ID] {
		t.Errorf("the new criterion's title does not have the keyboard (focused %T)", f)
	}
	test.Tap(button(t, c, "Add level"))
	r = c.Document().Project.Rubric("r1")
	if f := c.win.Canvas().Focused(); f != v.grid.heads[r.Levels[3].ID] {
		t.Errorf("the new level's name does not have the keyboard (focused %T)", f)
	}
}

func TestWholeRubricShowsEveryRatingAndTheTotal(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	test.Tap(button(t, c, "Whole rubric"))
	text := overlayText(c)
	for _, want := range []string{"Neat · 1 pts", "Messy · 0 pts", "Up to 8 points", "Up to 1 point", "Best possible total: 9 points", "Excellent · 4 pts"} {
		if !strings.Contains(text, want) {
			t.Errorf("the whole rubric lacks %q:\n%s", want, text)
		}
	}
}

func TestRubricListSummaryFollowsEditsInTheGrid(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	en := entryIn(t, v.grid, "c1", "weight")
	en.SetText("")
	test.Type(en, "3")
	if got := labelsText(c); !strings.Contains(got, "2 criteria × 3 levels · 13 points") {
		t.Errorf("the list row does not show the new total (3×4 + 1):\n%s", got)
	}
}

func TestADescriptorCellGrowsToShowAllItsText(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	g := v.grid
	cell := g.cells[[2]string{"c1", "l2"}]
	before, side := cell.MinSize().Height, g.sides[0].Size().Height
	long := strings.Repeat("Explains each step of the method with evidence from repeated trials. ", 12)
	cell.SetText(long) // as a paste: typing it key by key checks nothing more
	if got := cell.MinSize().Height; got <= before*2 {
		t.Errorf("a cell with %d characters is %v tall, was %v: it did not grow", len(long), got, before)
	}
	if g.heights[0] < cell.MinSize().Height || g.sides[0].Size().Height <= side {
		t.Errorf("the row (%v) or its criterion (%v, was %v) did not grow with the cell (%v)", g.heights[0], g.sides[0].Size().Height, side, cell.MinSize().Height)
	}
	if other := g.cells[[2]string{"c2", "l2"}]; other.Size().Height >= cell.MinSize().Height {
		t.Errorf("the next row grew too (%v)", other.Size().Height)
	}
}

func TestRevealingARatingsOwnNamePutsTheKeyboardThere(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("c2", "labels.l2")
	if f := c.win.Canvas().Focused(); f != entryIn(t, v.grid, "c2", "labels.l2") {
		t.Errorf("focused %T, want Messy's name", f)
	}
}

func TestFeedbackOnlyRubricHidesEveryPointsField(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	var tick *widget.Check
	for _, o := range objects(c) {
		if ch, ok := o.(*widget.Check); ok && ch.Text == "Feedback only: no points" {
			tick = ch
		}
	}
	if tick == nil {
		t.Fatal("no Feedback only tick")
	}
	test.Tap(tick)
	if !c.Document().Project.Rubric("r1").Unscored {
		t.Fatal("the tick did not make the rubric unscored")
	}
	for _, f := range v.grid.forms {
		for path := range f.focus {
			if path == "points" || strings.HasPrefix(path, "points.") || path == "weight" {
				t.Errorf("the grid still has a %s field for %s", path, f.id)
			}
		}
	}
	text := labelsText(c)
	if strings.Contains(text, "Up to") || !strings.Contains(text, "feedback only") {
		t.Errorf("points still shown, or the list row does not say feedback only:\n%s", text)
	}
}

func TestALevelsNewPointsShowInEveryCriterionsRow(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	en := entryIn(t, v.grid, "l1", "points")
	en.SetText("")
	test.Type(en, "5")
	if got := entryIn(t, v.grid, "c1", "points.l1").PlaceHolder; got != "5" {
		t.Errorf("Argument's first rating hints %q points, want the level's new 5", got)
	}
	if text := labelsText(c); !strings.Contains(text, "Up to 10 points") {
		t.Errorf("Argument (weight 2) does not say up to 10 points:\n%s", text)
	}
}

// rubricGridFits checks rubric grid g as laid out in a window of size:
// at 1024×640 and larger, at least three criteria rows show whole at once
// and every level fits across; in a smaller window, one row shows whole.
// It returns what may scroll sideways: nothing, or in a smaller window
// the grid, whose levels scroll beside the criteria column.
func rubricGridFits(t *testing.T, g *rubricGrid, size fyne.Size) []fyne.CanvasObject {
	t.Helper()
	want, may := 3, []fyne.CanvasObject(nil)
	if size.Width < 1024 || size.Height < 640 {
		want, may = 1, test.LaidOutObjects(g.object())
	}
	view, y, whole := g.body.Size().Height, float32(0), 0
	for _, h := range g.heights {
		if y+h > view {
			break
		}
		y += h + theme.Padding()
		whole++
	}
	if whole < min(want, len(g.heights)) {
		t.Errorf("the rubric grid shows %d criteria rows whole in %v (rows %v), want at least %d", whole, view, g.heights, want)
	}
	if may == nil && g.side.Size().Width < g.critW {
		t.Errorf("the criteria column is %v wide, less than its %v", g.side.Size().Width, g.critW)
	}
	return may
}

// shownObjects returns o and the objects inside it that show: those in a
// hidden container are left out.
func shownObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			out = append(out, shownObjects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			out = append(out, shownObjects(c)...)
		}
	}
	return out
}

func TestOnlyTheRowBeingEditedShowsItsOwnNamesPointsAndButtons(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, neatnessUnit(t))
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal("r1", "")
	g := v.grid
	shows := func(id, path string) bool {
		return slices.Contains(shownObjects(g.object()), fyne.CanvasObject(entryIn(t, g, id, path)))
	}
	if shows("c1", "labels.l1") || shows("c2", "weight") {
		t.Error("a row shows its ratings' names or its weight before it is edited")
	}
	closed := g.heights[1]
	c.win.Canvas().Focus(g.cells[[2]string{"c2", "l1"}])
	if !shows("c2", "labels.l1") || !shows("c2", "points.l2") || !shows("c2", "weight") || !shows("c2", "description") {
		t.Error("the row being edited does not show its ratings' names and points, weight and description")
	}
	if shows("c1", "labels.l1") {
		t.Error("another row opened too")
	}
	if g.heights[1] <= closed {
		t.Errorf("the open row is %v tall, no taller than closed (%v)", g.heights[1], closed)
	}
	v.Reveal("c1", "weight")
	if f := c.win.Canvas().Focused(); f != entryIn(t, g, "c1", "weight") || shows("c2", "weight") {
		t.Errorf("revealing Argument's weight focused %T, or left Neatness open", f)
	}
	if v.detailBox.Visible() {
		t.Error("the rubric's details show before they are asked for")
	}
	v.Reveal("r1", "description")
	if !v.detailBox.Visible() || c.win.Canvas().Focused() != v.form.focus["description"] {
		t.Error("revealing the rubric's description did not show the details with the keyboard there")
	}
}
