package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"coplan/model"
)

// addSession returns an edit of p that adds a session titled title.
func addSession(t *testing.T, p *model.Project, title string) *model.Project {
	t.Helper()
	d := model.NewDocument(p)
	if _, err := d.Apply(model.Add(model.Session{ID: model.NewID(), Title: title, Engagement: model.InClass}, "", -1)); err != nil {
		t.Fatal(err)
	}
	return d.Project
}

func TestUpdatesFromManyGoroutinesAreAllKept(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	const n = 12
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := Update(path, func(l *Loaded) error {
				l.Project = addSession(t, l.Project, strings.Repeat("x", i+1))
				return nil
			})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(l.Project.Sessions); got != n+1 {
		t.Errorf("%d sessions, want %d: saves were lost", got, n+1)
	}
}

func TestSaveMergingTakesInAChangeMadeOnDiskSinceTheRead(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	read, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	// Something that does not take the save lock (a sync tool) writes the
	// file after our read.
	other, _ := Open(path)
	if err := Save(path, addSession(t, other.Project, "Theirs")); err != nil {
		t.Fatal(err)
	}
	ours := addSession(t, read.Project.Clone(), "Ours")
	saved, _, err := SaveMerging(path, ours, read.Project, read.Snapshot)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := Open(path)
	titles := map[string]bool{}
	for _, s := range l.Project.Sessions {
		titles[s.Title] = true
	}
	if !titles["Ours"] || !titles["Theirs"] || len(saved.Sessions) != 3 {
		t.Errorf("sessions on disk %v; want both changes kept", titles)
	}
}

func TestSaveMergingRefusesAConflictingChangeAndWritesNothing(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	read, _ := Open(path)
	theirs := read.Project.Clone()
	theirs.Title = "Theirs"
	theirs.Updated = theirs.Updated.Add(1)
	if err := Save(path, theirs); err != nil {
		t.Fatal(err)
	}
	ours := read.Project.Clone()
	ours.Title = "Ours"
	_, _, err := SaveMerging(path, ours, read.Project, read.Snapshot)
	var changed *ChangedOnDiskError
	if !errors.As(err, &changed) || changed.Conflicts != 1 || !strings.Contains(err.Error(), "one place") {
		t.Fatalf("error %v, want a refusal counting one conflict", err)
	}
	if l, _ := Open(path); l.Project.Title != "Theirs" {
		t.Errorf("title on disk %q: their change was overwritten", l.Project.Title)
	}
}

func TestSavingWorksWithoutADataFolder(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "not-a-folder")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(DataDirEnv, filepath.Join(blocker, "data")) // cannot be created
	path := filepath.Join(dir, "u.coplan.toml")
	if _, err := SaveChecked(path, unit("A"), Snapshot{}); err != nil {
		t.Fatalf("save without a data folder: %v", err)
	}
	if _, err := Update(path, func(l *Loaded) error { l.Project.Title = "B"; return nil }); err != nil {
		t.Fatalf("update without a data folder: %v", err)
	}
	if l, err := Open(path); err != nil || l.Project.Title != "B" {
		t.Errorf("on disk: %v, %v", l, err)
	}
}
