package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"coplan/model"
	"coplan/model/store"
)

func TestDecideClose(t *testing.T) {
	tests := []struct {
		name           string
		dirty, hasFile bool
		answer         closeAnswer
		want           closeStep
	}{
		{"nothing unsaved closes without asking", false, true, answerCancel, stepClose},
		{"Save saves to the file, then closes", true, true, answerSave, stepSaveThenClose},
		{"Save on a unit without a file asks where first", true, false, answerSave, stepSaveAsThenClose},
		{"Don't Save closes and loses the changes", true, true, answerDontSave, stepClose},
		{"Cancel keeps the unit open", true, true, answerCancel, stepStay},
		{"Cancel keeps an unsaved new unit open", true, false, answerCancel, stepStay},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := decideClose(tt.dirty, tt.hasFile, tt.answer); got != tt.want {
				t.Errorf("decideClose(dirty=%v, hasFile=%v, %v) = %v, want %v", tt.dirty, tt.hasFile, tt.answer, got, tt.want)
			}
			if closeNeedsAnswer(tt.dirty) != tt.dirty {
				t.Error("only unsaved changes need an answer")
			}
		})
	}
}

func TestClosingWithUnsavedChangesAsksFirst(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Bridges 2"))
	closed := false
	c.confirmDiscard(func() { closed = true })
	if closed {
		t.Fatal("closed without asking about unsaved changes")
	}
	if !strings.Contains(overlayText(c), "has changes that are not saved") {
		t.Fatalf("no question shown; overlays say %q", overlayText(c))
	}
	test.Tap(button(t, c, "Cancel"))
	if closed || c.ed == nil {
		t.Fatal("Cancel closed the unit")
	}
	c.confirmDiscard(func() { closed = true })
	test.Tap(button(t, c, "Don't Save"))
	if !closed {
		t.Fatal("Don't Save did not close")
	}
}

func TestSaveAnswerSavesThenCloses(t *testing.T) {
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Bridges 2"))
	closed := false
	c.confirmDiscard(func() { closed = true })
	test.Tap(button(t, c, "Save"))
	if !closed || !strings.Contains(readFile(t, path), "Bridges 2") {
		t.Errorf("Save then close: closed=%v, file has the change=%v", closed, strings.Contains(readFile(t, path), "Bridges 2"))
	}
}

// saveAsOver does what Fyne's save dialog does when the user picks path:
// it asks the storage for a writer (which, in plain Fyne, empties the file)
// and hands it to the Save As callback.
func saveAsOver(t *testing.T, c *App, path string) {
	t.Helper()
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	c.saveAsChosen(w, nil)
}

func TestSaveAsOverAFileKeepsItWhenTheWriteFails(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Bridges 2"))
	before := c.ed.path

	dir := t.TempDir()
	target := filepath.Join(dir, "towers.coplan.toml")
	old := "format = \"coplan/1\"\ntitle = \"Towers\"\n"
	if err := os.WriteFile(target, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	// A folder where the backup goes makes the atomic save fail, even for root.
	if err := os.Mkdir(store.BackupPath(target), 0o755); err != nil {
		t.Fatal(err)
	}
	saveAsOver(t, c, target)

	if got := readFile(t, target); got != old {
		t.Errorf("the old file changed after a failed Save As:\n%s", got)
	}
	if !c.Document().Dirty() || c.ed.path != before {
		t.Error("a failed Save As must leave the unit unsaved and where it was")
	}
	if msg := overlayText(c); !strings.Contains(msg, "the file on disk was not changed") {
		t.Errorf("the failure is not explained; overlays say %q", msg)
	}
}

func TestSaveAsWhenTheSaveItselfFails(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Bridges 2"))
	c.saveFile = func(string, *model.Project) error { return errors.New("the disk is full") }
	target := filepath.Join(t.TempDir(), "towers.coplan.toml")
	old := "format = \"coplan/1\"\n"
	if err := os.WriteFile(target, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	saveAsOver(t, c, target)
	if got := readFile(t, target); got != old {
		t.Errorf("the old file changed: %q", got)
	}
	if !strings.Contains(overlayText(c), "the disk is full") {
		t.Errorf("the reason is not shown: %q", overlayText(c))
	}
}

func TestSaveAsWritesTheNewFileAndAdoptsIt(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Towers"))
	target := filepath.Join(t.TempDir(), "towers.coplan.toml")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	saveAsOver(t, c, target)
	l, err := store.Open(target)
	if err != nil || l.Project.Title != "Towers" {
		t.Fatalf("Save As wrote %v, %v", l, err)
	}
	if c.ed.path != target || c.Document().Dirty() || c.win.Title() != "Towers — towers.coplan.toml" {
		t.Errorf("after Save As: path %q dirty %v title %q", c.ed.path, c.Document().Dirty(), c.win.Title())
	}
	if c.prefs.recent()[0] != target {
		t.Error("the new file is not first among the recent files")
	}
}

func TestFyneWritersNoLongerEmptyAFileOnOpening(t *testing.T) {
	newTestApp(t)
	path := filepath.Join(t.TempDir(), "unit.coplan.toml")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "keep me" {
		t.Errorf("opening and closing a writer left %q", got)
	}
	w, _ = storage.Writer(storage.NewFileURI(path))
	if _, err := w.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if got := readFile(t, path); got != "new" {
		t.Errorf("writing left %q, want the new content only", got)
	}
}

func TestAFileThatFailsToLoadShowsWhereAndTheAppStaysUsable(t *testing.T) {
	c := newTestApp(t)
	c.Start(nil)
	path := filepath.Join(t.TempDir(), "broken.coplan.toml")
	if err := os.WriteFile(path, []byte("format = \"coplan/1\"\ntitle = \"Broken\"\n[[sessions]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c.openPath(path)
	if c.ed != nil {
		t.Fatal("a broken file opened")
	}
	if msg := overlayText(c); !strings.Contains(msg, path+":3:") {
		t.Errorf("the error does not say file:line; overlays say %q", msg)
	}
	c.newUnit(nil)
	if c.ed == nil {
		t.Error("the app cannot make a new unit after a failed open")
	}
}

func TestAFileWithWarningsOpensAndReadinessSaysWhy(t *testing.T) {
	c := newTestApp(t)
	path := filepath.Join(t.TempDir(), "newer.coplan.toml")
	p := unit(t, "Bridges")
	data := strings.Replace(string(model.Encode(p)), "title = \"Bridges\"\n", "title = \"Bridges\"\nfavourite_colour = \"teal\"\n", 1)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c.openPath(path)
	if c.ed == nil {
		t.Fatal("a file with an unknown key did not open")
	}
	found := false
	for _, d := range c.ed.diags {
		if strings.Contains(d.Message, "favourite_colour") {
			found = true
		}
	}
	if !found {
		t.Errorf("readiness does not mention the unknown key: %v", c.ed.diags)
	}
	if !strings.Contains(c.ed.status.Text, "see Readiness") {
		t.Errorf("status %q", c.ed.status.Text)
	}
}

func TestExampleOpensAsAnUnsavedCopy(t *testing.T) {
	c := newTestApp(t)
	c.Start(nil)
	test.Tap(button(t, c, "Open the example unit"))
	if c.ed == nil || c.ed.path != "" {
		t.Fatal("the example did not open as a unit without a file")
	}
	if got := c.ed.suggestedName(); got != "solar-car-challenge.coplan.toml" {
		t.Errorf("Save As would offer %q", got)
	}
}

func TestFileNameFor(t *testing.T) {
	for title, want := range map[string]string{
		"Solar car challenge":     "solar-car-challenge.coplan.toml",
		"  Ngā Tapuwae: Bridges!": "ngā-tapuwae-bridges.coplan.toml",
		"":                        "unit.coplan.toml",
	} {
		if got := fileNameFor(title); got != want {
			t.Errorf("fileNameFor(%q) = %q, want %q", title, got, want)
		}
	}
}
