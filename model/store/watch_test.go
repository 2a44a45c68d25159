package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"coplan/model"
)

func TestAnExternalEditWhileTheFileIsOpenIsSeenAndNeverOverwritten(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "solar.coplan.toml")
	base := unit("Solar car")
	saveAs(t, path, base)
	opened, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Remember(opened.Project); err != nil {
		t.Fatal(err)
	}
	seen := make(chan Snapshot, 4)
	w := Watch(path, opened.Snapshot, 5*time.Millisecond, func(s Snapshot) { seen <- s })
	defer w.Stop()

	// Another editor (or a sync tool) replaces the file.
	other := changed(t, base, "Solar car, partner's version")
	if err := Save(path, other); err != nil {
		t.Fatal(err)
	}
	theirBytes, _ := os.ReadFile(path)
	select {
	case s := <-seen:
		if !s.Exists || s.Same(opened.Snapshot) {
			t.Errorf("change reported as %+v", s)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the watcher did not report the change")
	}
	if changed, _, err := Changed(path, opened.Snapshot); err != nil || !changed {
		t.Errorf("Changed = %v, %v", changed, err)
	}

	// Our save is refused and their file stays as they wrote it.
	mine := model.NewDocument(opened.Project)
	if _, err := mine.Apply(model.Set(base.Sessions[0].ID, "minutes", 75)); err != nil {
		t.Fatal(err)
	}
	_, err = SaveChecked(path, mine.Project, opened.Snapshot)
	var ce *ChangedOnDiskError
	if !errors.As(err, &ce) || !errors.Is(err, ErrChangedOnDisk) {
		t.Fatalf("save over a newer file: %v", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, theirBytes) {
		t.Fatal("the other version was overwritten")
	}

	// Merging their version in and saving against it works.
	disk, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	common, err := FindBase(mine.Project, disk.Project)
	if err != nil {
		t.Fatal(err)
	}
	merged, conflicts := model.Merge(common, mine.Project, disk.Project)
	if len(conflicts) != 0 {
		t.Fatalf("conflicts %v", conflicts)
	}
	snap, err := SaveChecked(path, merged, ce.Disk)
	if err != nil {
		t.Fatal(err)
	}
	w.Reset(snap)
	if changed, err := w.Check(); err != nil || changed {
		t.Errorf("after our own save, Check = %v, %v", changed, err)
	}
	final, _ := Open(path)
	if final.Project.Title != "Solar car, partner's version" || final.Project.Sessions[0].Minutes != 75 {
		t.Errorf("saved %q with %d minutes", final.Project.Title, final.Project.Sessions[0].Minutes)
	}
}

func TestTouchingAFileIsNotAChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	changed, now, err := Changed(path, l.Snapshot)
	if err != nil || changed || !now.ModTime.Equal(later) {
		t.Errorf("Changed = %v, %+v, %v", changed, now, err)
	}
}

func TestSaveCheckedRefusesWhenTheFileWasDeletedOrAppeared(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "u.coplan.toml")
	snap, err := SaveChecked(path, unit("New"), Snapshot{})
	if err != nil || !snap.Exists {
		t.Fatalf("saving a new file: %+v, %v", snap, err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if changed, _, _ := Changed(path, snap); !changed {
		t.Error("a deleted file is not reported as changed")
	}
	if _, err := SaveChecked(path, unit("Again"), snap); err == nil || err.Error() != "save "+path+": the file was moved or deleted since it was opened" {
		t.Errorf("saving over a deleted file: %v", err)
	}
	if err := os.WriteFile(path, []byte("format = \"coplan/1\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveChecked(path, unit("Mine"), Snapshot{}); !errors.Is(err, ErrChangedOnDisk) {
		t.Errorf("saving a new unit over a file that appeared: %v", err)
	}
}

func TestACleanSaveRemovesTheAutosaveAndRemembersTheRevision(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	p := unit("A")
	if err := Autosave(path, p); err != nil {
		t.Fatal(err)
	}
	if _, err := SaveChecked(path, p, Snapshot{}); err != nil {
		t.Fatal(err)
	}
	if list, err := Recoverable(); err != nil || len(list) != 0 {
		t.Errorf("autosaves after a clean save: %+v, %v", list, err)
	}
	if got, err := Recall(p.ID, p.Revision); err != nil || got.Title != "A" {
		t.Errorf("Recall(%s) = %v, %v", p.Revision, got, err)
	}
}
