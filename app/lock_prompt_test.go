package app

import (
	"path/filepath"
	"strings"
	"testing"

	"coplan/model/store"
)

func TestRecoveredChangesThatCannotBeTakenInAreReported(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	path := filepath.Join(t.TempDir(), "bridges"+store.Extension)
	if err := store.Save(path, unit(t, "Bridges")); err != nil {
		t.Fatal(err)
	}
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// An autosave of another unit cannot replace this one.
	c.openLoaded(l, unit(t, "Tunnels"))
	if c.ed == nil || c.ed.path != path {
		t.Fatal("the file did not open")
	}
	if p := c.Document().Project; p.Title != "Bridges" || c.Document().Dirty() {
		t.Errorf("open as %q, dirty %v; want the file as saved", p.Title, c.Document().Dirty())
	}
	msg := overlayText(c)
	if !strings.Contains(msg, "could not be recovered") || !strings.Contains(msg, "as it was last saved") {
		t.Errorf("the person is not told the changes were lost: %q", msg)
	}
}

func TestRecoveredChangesAreTakenInAsOneUndoableEdit(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	saved := unit(t, "Bridges")
	path := filepath.Join(t.TempDir(), "bridges"+store.Extension)
	if err := store.Save(path, saved); err != nil {
		t.Fatal(err)
	}
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	changed := saved.Clone()
	changed.Title = "Bridges, recovered"
	c.openLoaded(l, changed)
	if got := c.Document().Project.Title; got != "Bridges, recovered" || !c.Document().Dirty() {
		t.Fatalf("title %q, dirty %v; want the recovered changes, unsaved", got, c.Document().Dirty())
	}
	if msg := overlayText(c); strings.Contains(msg, "could not be recovered") {
		t.Errorf("a recovery that worked reports a failure: %q", msg)
	}
	c.ed.undo()
	if got := c.Document().Project.Title; got != "Bridges" {
		t.Errorf("undo left %q", got)
	}
}
