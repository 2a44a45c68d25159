package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"coplan/model"
	"coplan/model/store"
)

// commentPicker returns the part picker of the comment dialog shown.
func commentPicker(t testing.TB, c *App) *targetPicker {
	t.Helper()
	for _, o := range objects(c) {
		if s, ok := o.(*pickerSearch); ok {
			return s.picker
		}
	}
	t.Fatal("no comment dialog with a list of parts is shown")
	return nil
}

// pickerRows reads the rows of the picker's list as the list draws them:
// headings as "# Title", items as their name.
func pickerRows(tp *targetPicker) []string {
	var out []string
	o := tp.list.CreateItem()
	for i := 0; i < tp.list.Length(); i++ {
		tp.list.UpdateItem(i, o)
		cell := tp.cells.Of(o)
		if cell.name.TextStyle.Bold {
			out = append(out, "# "+cell.name.Text)
		} else {
			out = append(out, cell.name.Text)
		}
	}
	return out
}

// asPartner opens p as a partner who has said who they are.
func asPartner(t *testing.T, p *model.Project) *App {
	t.Helper()
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	openUnit(t, c, p)
	return c
}

func TestCommentOnSelectionIsAboutTheFocusedRubricCell(t *testing.T) {
	p, rubric, criterion, level := rubricUnit(t)
	c := asPartner(t, p)
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal(rubric, "")
	c.win.Canvas().Focus(v.grid.cells[[2]string{criterion, level}])
	c.cmdComment()
	tp := commentPicker(t, c)
	if tp.id() != criterion {
		t.Fatalf("the dialog is about %s, want the focused cell's criterion %s", targetName(c.ed, tp.id()), criterion)
	}
	if got := selectWith(t, c, "Title").Selected; got != `Descriptor at level "Beginning"` {
		t.Errorf("About shows %q, want the focused cell's descriptor", got)
	}
	entry(t, c, "What you would like changed, and why").SetText("Say what they record?")
	test.Tap(button(t, c, "Add Comment"))
	cs := c.Document().Project.Comments
	if len(cs) != 1 || cs[0].Target != criterion || cs[0].Field != "descriptors."+level || cs[0].Suggestion != "" {
		t.Fatalf("comments = %+v, want one on the cell's descriptor without new wording", cs)
	}
}

func TestCommentOnSelectionFallsBackToTheSelectionThenTheUnit(t *testing.T) {
	p := unit(t, "Rivers",
		model.Add(model.Session{ID: "s1", Title: "Launch"}, "", -1),
		model.Add(model.Session{ID: "s2", Title: "Storm drain walk"}, "", -1),
		model.Add(model.Rubric{ID: "r1", Title: "Report"}, "", -1),
		model.Add(model.Level{ID: "l1", Label: "Beginning"}, "r1", -1),
		model.AddComment(model.Comment{ID: "k1", Target: "s2", Field: "title", Author: "Ben", Text: "Shorter?"}),
	)
	c := asPartner(t, p)
	for _, tc := range []struct {
		name  string
		setup func()
		want  string
		field string // the field About shows, "" for the item as a whole
	}{
		{"a selected session row", func() {
			show(t, c, "sessions").(*listPane).list.Select(1)
		}, "s2", ""},
		{"the focused field of the selected session", func() {
			v := show(t, c, "sessions").(*listPane)
			v.list.Select(0)
			c.win.Canvas().Focus(field(t, v.form, "title"))
		}, "s1", "title"},
		{"a focused level name: its rubric, which takes comments", func() {
			v := show(t, c, "rubrics").(*rubrics)
			v.Reveal("l1", "label")
		}, "r1", ""},
		{"focus left in another section: that section's selection", func() {
			v := show(t, c, "sessions").(*listPane)
			v.list.Select(1)
			c.win.Canvas().Focus(field(t, v.form, "title"))
			show(t, c, "rubrics").(*rubrics).Reveal("r1", "")
		}, "r1", ""},
		{"a comment selected in Review: what it is about", func() {
			show(t, c, "review").(*reviewView).selectID("k1")
		}, "s2", "title"},
		{"the overview: the unit", func() { show(t, c, "overview") }, p.ID, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.setup()
			c.cmdComment()
			if got := commentPicker(t, c).id(); got != tc.want {
				t.Errorf("the dialog is about %s, want %s", targetName(c.ed, got), targetName(c.ed, tc.want))
			}
			about := "(the item as a whole)"
			if tc.field != "" {
				about = fieldName(c.ed, tc.want, tc.field)
			}
			if got := selectWith(t, c, "(the item as a whole)").Selected; got != about {
				t.Errorf("About shows %q, want %q", got, about)
			}
			test.Tap(button(t, c, "Cancel"))
		})
	}
}

func TestThePartPickerGroupsBySectionAndSearchFilters(t *testing.T) {
	p := unit(t, "Rivers",
		model.Add(model.Outcome{ID: "o1", Code: "SCI-1", Text: "Water cycles"}, "", -1),
		model.Add(model.Session{ID: "s1", Title: "Launch"}, "", -1),
		model.Add(model.Session{ID: "s2", Title: "Storm Drain walk"}, "", -1),
		model.Add(model.Partner{ID: "p1", Name: "City Water"}, "", -1),
		model.Add(model.Expert{ID: "e1", Name: "Ana"}, "", -1),
		model.Add(model.Rubric{ID: "r1", Title: "Drainage report"}, "", -1),
		model.Add(model.Criterion{ID: "c1", Title: "Evidence"}, "r1", -1),
		model.Add(model.Responsibility{ID: "x1", Task: "Provide the drain map", Party: model.PartyPartner}, "", -1),
	)
	c := asPartner(t, p)
	c.cmdComment()
	tp := commentPicker(t, c)
	all := []string{"# Unit", "Rivers", "# Outcomes", "SCI-1  Water cycles", "# Sessions", "Launch", "Storm Drain walk",
		"# People", "City Water", "Ana", "# Rubrics", "Drainage report", "Evidence", "# Responsibilities", "Provide the drain map"}
	if got := pickerRows(tp); !slices.Equal(got, all) {
		t.Fatalf("the picker shows\n%q\nwant\n%q", got, all)
	}
	for _, tc := range []struct {
		search string
		rows   []string
		chosen string
	}{
		{"drain", []string{"# Sessions", "Storm Drain walk", "# Rubrics", "Drainage report", "Evidence", "# Responsibilities", "Provide the drain map"}, "s2"},
		{"WALK drain", []string{"# Sessions", "Storm Drain walk"}, "s2"},
		{"evidence", []string{"# Rubrics", "Drainage report", "Evidence"}, "c1"},
		{"people", []string{"# People", "City Water", "Ana"}, "p1"},
		{"expert", []string{"# People", "Ana"}, "e1"},
		{"zebra", nil, p.ID},
		{"", all, p.ID},
	} {
		tp.search.SetText(tc.search)
		if got := pickerRows(tp); !slices.Equal(got, tc.rows) {
			t.Errorf("search %q shows\n%q\nwant\n%q", tc.search, got, tc.rows)
		}
		if tp.id() != tc.chosen {
			t.Errorf("search %q chooses %s, want %s", tc.search, targetName(c.ed, tp.id()), tc.chosen)
		}
		if got := tp.nothing.Visible(); got != (tc.rows == nil) {
			t.Errorf("search %q: the nothing-matches line shown: %v", tc.search, got)
		}
	}

	// The keyboard: Down and Up move the choice past headings, Enter goes on to the comment.
	tp.search.SetText("drain")
	c.win.Canvas().Focus(tp.search)
	for _, k := range []struct {
		key  fyne.KeyName
		want string
	}{{fyne.KeyDown, "r1"}, {fyne.KeyDown, "c1"}, {fyne.KeyDown, "x1"}, {fyne.KeyDown, "x1"}, {fyne.KeyUp, "c1"}} {
		c.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k.key})
		if tp.id() != k.want {
			t.Fatalf("after %s the choice is %s, want %s", k.key, targetName(c.ed, tp.id()), targetName(c.ed, k.want))
		}
	}
	if got := selectWith(t, c, "Description").Options; !slices.Contains(got, "Title") {
		t.Errorf("About offers %q for the criterion chosen", got)
	}
	c.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	text := entry(t, c, "What you would like changed, and why")
	if f, ok := c.win.Canvas().Focused().(*dialogEntry); !ok || &f.Entry != text {
		t.Fatalf("Enter in the search leaves the keyboard in %T, want the comment", c.win.Canvas().Focused())
	}
	text.SetText("Ask for sources")
	test.Tap(button(t, c, "Add Comment"))
	if cs := c.Document().Project.Comments; len(cs) != 1 || cs[0].Target != "c1" {
		t.Fatalf("comments = %+v, want one on the criterion chosen", cs)
	}
}

// markers lists the counts of the comment markers shown inside o.
func markers(o fyne.CanvasObject) []string {
	if o == nil || !o.Visible() {
		return nil
	}
	var out []string
	switch x := o.(type) {
	case *fyne.Container:
		if len(x.Objects) >= 2 { // a marker: the icon, then the count
			_, icon := x.Objects[0].(*canvas.Image)
			if n, ok := x.Objects[1].(*canvas.Text); ok && icon {
				return []string{n.Text}
			}
		}
		for _, y := range x.Objects {
			out = append(out, markers(y)...)
		}
	case fyne.Widget:
		for _, y := range test.WidgetRenderer(x).Objects() {
			out = append(out, markers(y)...)
		}
	}
	return out
}

func TestCommentedCellsAndRowsShowMarkersUntilResolved(t *testing.T) {
	p, rubric, criterion, level := rubricUnit(t)
	p.Sessions = append(p.Sessions, model.Session{ID: "s1", Title: "Launch"})
	c := asPartner(t, p)
	add := func(target, field string) string {
		t.Helper()
		if !c.ed.apply(model.AddComment(model.Comment{Target: target, Field: field, Author: "Zoë", Text: "?"})) {
			t.Fatal("the comment was not added")
		}
		cs := c.Document().Project.Comments
		return cs[len(cs)-1].ID
	}
	v := show(t, c, "rubrics").(*rubrics)
	v.Reveal(rubric, "")
	cell := v.grid.markers[[2]string{criterion, level}]
	head := v.grid.markers[[2]string{criterion, ""}]
	if cell.shown() != "" || head.shown() != "" {
		t.Fatalf("markers before any comment: cell %q, criterion %q", cell.shown(), head.shown())
	}
	first := add(criterion, "descriptors."+level)
	add(criterion, "descriptors."+level)
	add(criterion, "title")
	if cell.shown() != "2" || head.shown() != "1" {
		t.Errorf("markers: cell %q, criterion %q; want 2 on the cell and 1 on the criterion", cell.shown(), head.shown())
	}
	if got := markers(v.grid.rows[0][0]); !slices.Equal(got, []string{"2"}) {
		t.Errorf("the cell draws markers %q, want [2]", got)
	}
	c.ed.apply(model.ResolveComment(first))
	if cell.shown() != "1" {
		t.Errorf("after one is resolved the cell shows %q, want 1", cell.shown())
	}
	for _, cm := range c.Document().Project.Comments {
		if model.IsOpen(cm) {
			c.ed.apply(model.RejectComment(cm.ID))
		}
	}
	if cell.shown() != "" || head.shown() != "" || len(markers(v.grid.rows[0][0])) != 0 {
		t.Errorf("with every comment settled the cell shows %q and the criterion %q", cell.shown(), head.shown())
	}

	// A list row: the session's row counts its open comments.
	sessions := show(t, c, "sessions").(*listPane)
	row := sessions.list.CreateItem()
	count := func() []string { sessions.list.UpdateItem(0, row); return markers(row) }
	if got := count(); len(got) != 0 {
		t.Errorf("an uncommented session row shows markers %q", got)
	}
	id := add("s1", "")
	if got := count(); !slices.Equal(got, []string{"1"}) {
		t.Errorf("a commented session row shows markers %q, want [1]", got)
	}
	c.ed.apply(model.ResolveComment(id))
	if got := count(); len(got) != 0 {
		t.Errorf("after resolving, the session row shows markers %q", got)
	}
}

// TestTheCommentDialogFitsSmallWindows checks the dialog inside a 1024×640 window.
func TestTheCommentDialogFitsSmallWindows(t *testing.T) {
	p, _, _, _ := rubricUnit(t)
	c := asPartner(t, p)
	c.win.Resize(fyne.NewSize(1024, 640))
	c.cmdComment()
	tp := commentPicker(t, c)
	win := c.win.Canvas().Size()
	for _, o := range c.win.Canvas().Overlays().List() {
		if s := o.MinSize(); s.Width > win.Width || s.Height > win.Height {
			t.Errorf("the dialog needs %v in a %v window", s, win)
		}
	}
	if tp.list.Size().Height < 100 {
		t.Errorf("the list of parts is %v high", tp.list.Size().Height)
	}
}

func TestEscapeInTheSearchClosesTheCommentDialog(t *testing.T) {
	c := asPartner(t, unit(t, "Rivers"))
	c.cmdComment()
	tp := commentPicker(t, c)
	c.win.Canvas().Focus(tp.search)
	test.Type(tp.search, "riv")
	c.win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if n := len(c.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs still shown after Escape", n)
	}
	if n := len(c.Document().Project.Comments); n != 0 {
		t.Errorf("Escape added %d comments", n)
	}
}

func TestCommentOnSelectionIsAboutTheFocusedFieldOfTheUnit(t *testing.T) {
	c := asPartner(t, unit(t, "Rivers"))
	v := show(t, c, "overview").(*overview)
	c.win.Canvas().Focus(field(t, v.form, "unit.driving_question"))
	c.cmdComment()
	entry(t, c, "What you would like changed, and why").SetText("Make it a question students ask")
	test.Tap(button(t, c, "Add Comment"))
	p := c.Document().Project
	if cs := p.Comments; len(cs) != 1 || cs[0].Target != p.ID || cs[0].Field != "unit.driving_question" {
		t.Fatalf("comments = %+v, want one on the unit's driving question", cs)
	}
}
