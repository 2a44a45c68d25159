package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/assets"
	"coplan/model/catalog"
	"coplan/model/store"
)

// libraryFolder writes the starter templates, a unit titled "Ngā awa: our
// rivers" and a file that is not a unit into a temporary folder.
func libraryFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, s := range assets.Templates() {
		if err := os.WriteFile(filepath.Join(dir, s.Name+store.Extension), s.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rivers := unit(t, "Ngā awa: our rivers")
	if err := store.Save(filepath.Join(dir, "rivers"+store.Extension), rivers); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken"+store.Extension), []byte("format = \"coplan/1\"\ntitle = [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// openLibrary opens the Library window on dir and waits for its scan.
func openLibrary(t *testing.T, c *App, dir string) *library {
	t.Helper()
	c.cmdLibrary()
	l := c.menu.lib
	if l == nil {
		t.Fatal("File › Open Library… opened no window")
	}
	t.Cleanup(func() { l.win.Close() })
	<-l.scan(dir)
	return l
}

// titles lists the titles of the table's rows, as the table shows them.
func (l *library) titles() []string {
	rows, _ := l.table.Length()
	var out []string
	for i := range rows {
		cell := l.table.CreateCell()
		l.table.UpdateCell(widget.TableCellID{Row: i, Col: 0}, cell)
		out = append(out, l.cells.Of(cell).label.Text)
	}
	return out
}

// entryTitled returns the table's row for the unit titled title.
func (l *library) entryTitled(t *testing.T, title string) *catalog.Entry {
	t.Helper()
	for _, e := range l.rows {
		if e.Title == title {
			return e
		}
	}
	t.Fatalf("no unit %q in the table", title)
	return nil
}

func TestLibraryListsTheUnitsOfAFolderAndTheFilesThatFailed(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	dir := libraryFolder(t)
	l := openLibrary(t, c, dir)

	titles := l.titles()
	if want := len(assets.Templates()) + 1; len(titles) != want {
		t.Fatalf("%d rows, want %d: %q", len(titles), want, titles)
	}
	for _, s := range assets.Templates() {
		if !strings.Contains(strings.Join(titles, "|"), s.Title) {
			t.Errorf("no row for the template %q", s.Title)
		}
	}
	if len(l.failed.Items) != 1 || !strings.Contains(l.failed.Items[0].Title, "Files that could not be read: 1") {
		t.Errorf("the broken file is not listed: %+v", l.failed.Items)
	} else if got := l.failed.Items[0].Detail.(*container.Scroll).Content.(*widget.Label).Text; !strings.Contains(got, "broken.coplan.toml") {
		t.Errorf("the failure says %q", got)
	}
	if c.prefs.libraryDir() != dir {
		t.Errorf("the folder is not remembered: %q", c.prefs.libraryDir())
	}
}

func TestLibraryHeaderSortsAndReverses(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	l := openLibrary(t, c, libraryFolder(t))
	first := l.titles()
	l.sortBy(catalog.ByTitle) // already by title: reverses
	reversed := l.titles()
	if reversed[0] != first[len(first)-1] {
		t.Errorf("reversed order starts with %q, want %q", reversed[0], first[len(first)-1])
	}
	l.sortBy(catalog.ByPath)
	if l.filter.Sort != catalog.ByPath || l.filter.Reverse {
		t.Errorf("filter %+v after choosing the File column", l.filter)
	}
}

func TestLibrarySearchIgnoresAccentsAsYouType(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	l := openLibrary(t, c, libraryFolder(t))
	test.Type(l.search, "nga awa")
	if got := l.titles(); len(got) != 1 || got[0] != "Ngā awa: our rivers" {
		t.Errorf("searching \"nga awa\" shows %q", got)
	}
	if !strings.HasPrefix(l.status.Text, "1 of ") {
		t.Errorf("status %q", l.status.Text)
	}
	l.search.SetText("")
	if len(l.titles()) != len(assets.Templates())+1 {
		t.Errorf("clearing the search shows %d rows", len(l.titles()))
	}
}

func TestNewUnitFromALibraryUnitOpensAnUnsavedCopy(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.Start(nil)
	l := openLibrary(t, c, libraryFolder(t))
	src := l.rows[0]
	l.choose(src)
	if l.newFrom.Disabled() || l.open.Disabled() {
		t.Fatal("the unit actions are disabled with a unit selected")
	}
	test.Tap(l.newFrom)
	if c.ed == nil {
		t.Fatal("no unit opened")
	}
	p := c.ed.doc.Project
	if p.ID == src.ID || p.Title != catalog.CopyTitle(src.Title) || c.ed.path != "" {
		t.Errorf("opened %q (id %s, path %q) from %q (id %s)", p.Title, p.ID, c.ed.path, src.Title, src.ID)
	}
	if !strings.Contains(c.win.Title(), "not saved yet") {
		t.Errorf("window title %q", c.win.Title())
	}
}

func TestCopyRubricIntoMyUnitRemembersWhereItCameFrom(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	c.Start(nil)
	l := openLibrary(t, c, libraryFolder(t))
	var src *catalog.Entry
	for _, e := range l.rows {
		if len(e.Rubrics) > 0 {
			src = e
			break
		}
	}
	l.choose(src)
	if !l.copyRub.Disabled() {
		t.Error("Copy rubric is enabled with no unit open")
	}
	openUnit(t, c, unit(t, "Mine"))
	if l.copyRub.Disabled() {
		t.Fatal("Copy rubric is disabled with a unit open and a rubric chosen")
	}
	test.Tap(l.copyRub)
	rs := c.ed.doc.Project.Rubrics
	if len(rs) != 1 || rs[0].Title != src.Rubrics[0].Title {
		t.Fatalf("rubrics after the copy: %+v", rs)
	}
	if cf := rs[0].CopiedFrom; cf.File != src.ID || cf.Rubric != src.Rubrics[0].ID {
		t.Errorf("copied_from %+v", rs[0].CopiedFrom)
	}
	if !hasLabel(c, "Copied from "+src.Title) {
		t.Error("the Rubrics section does not show where the rubric came from")
	}
	c.cmdUndo()
	if len(c.ed.doc.Project.Rubrics) != 0 {
		t.Error("undo did not take the copied rubric out")
	}
}

func TestSaveAsTemplateAppearsOnTheStartScreen(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Mine"))
	path := c.saveTemplate("Wetland restoration")
	dir, _ := catalog.UserTemplatesDir()
	if filepath.Dir(path) != dir {
		t.Fatalf("template saved at %q, not in %q", path, dir)
	}
	c.showStart()
	if !hasLabel(c, "Wetland restoration") || !hasLabel(c, "Your templates") {
		t.Fatal("the start screen does not list the new template")
	}
	rows := 0
	for _, o := range objects(c) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Create" {
			rows++
			if rows == len(assets.Templates())+2 { // blank, starters, then ours
				test.Tap(b)
			}
		}
	}
	if c.ed == nil || c.ed.doc.Project.Title != "Wetland restoration" || c.ed.path != "" {
		t.Errorf("Create on the user template did not start a unit from it")
	}
}

func TestChoosingAUnitHighlightsItsRowOnly(t *testing.T) {
	isolate(t)
	c := newTestApp(t)
	l := openLibrary(t, c, libraryFolder(t))
	l.win.Resize(fitSizes[1])
	for _, e := range []*catalog.Entry{l.rows[1], l.rows[0], nil} {
		l.choose(e)
		lit := 0
		l.cells.Each(func(cell *libraryCell) { // every cell the table made, shown or kept for reuse
			if cell.entry == nil {
				return
			}
			if cell.bg.Visible() {
				lit++
			}
			if want := e != nil && cell.entry == e; cell.bg.Visible() != want {
				t.Errorf("with %v chosen, the cell %q of %v is highlighted: %v", title(e), cell.label.Text, title(cell.entry), cell.bg.Visible())
			}
		})
		if e != nil && lit == 0 {
			t.Errorf("with %q chosen, no cell is highlighted", e.Title)
		}
	}
}

// title is the title of e, or "nothing".
func title(e *catalog.Entry) string {
	if e == nil {
		return "nothing"
	}
	return e.Title
}
