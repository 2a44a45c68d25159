package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

func TestConflictedCopiesAreFoundByTheirNames(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04:05", s, time.Local)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct {
		name, tool, who string
		when            time.Time
	}{
		{"solar.sync-conflict-20261120-100203-7ZXQ3NB.coplan.toml", "Syncthing", "7ZXQ3NB", at("2026-11-20 10:02:03")},
		{"solar.coplan.sync-conflict-20261121-090000-ABCDEFG.toml", "Syncthing", "ABCDEFG", at("2026-11-21 09:00:00")},
		{"solar (Zoë Ødegaard's conflicted copy 2026-11-22).coplan.toml", "Dropbox", "Zoë Ødegaard", at("2026-11-22 00:00:00")},
		{"solar.coplan (Ana's conflicted copy 2026-11-23 (1)).toml", "Dropbox", "Ana", at("2026-11-23 00:00:00")},
		{"solar (conflicted copy 2026-11-24 101500).coplan.toml", "Nextcloud", "", at("2026-11-24 10:15:00")},
		{"solar (conflicted copy zoe 2026-11-25 101500).coplan.toml", "Nextcloud", "zoe", at("2026-11-25 10:15:00")},
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	p := unit("Solar car")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if err := os.WriteFile(filepath.Join(dir, tt.name), []byte("not even a unit"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Not copies: backups, locks, temporary files, other units, other names.
	for _, name := range []string{"solar.coplan.toml.bak", "solar.coplan.toml.lock", ".solar.coplan.toml.123.tmp", "solar2.coplan.toml", "solar notes.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := FindConflictedCopies(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(tests) {
		t.Fatalf("found %d copies, want %d: %+v", len(got), len(tests), got)
	}
	for i, tt := range tests {
		c := got[i]
		if filepath.Base(c.Path) != tt.name || c.Tool != tt.tool || c.Who != tt.who || !c.When.Equal(tt.when) {
			t.Errorf("copy %d = %+v; want %s by %s (%q) at %v", i, c, tt.name, tt.tool, tt.who, tt.when)
		}
	}
}

func TestACopyWithTheSameUnitIDIsFoundWhateverItsName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	p := unit("Solar car")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	same, _ := os.ReadFile(path)
	if err := os.WriteFile(filepath.Join(dir, "solar copy.coplan.toml"), same, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Save(filepath.Join(dir, "solar-LAPTOP7.coplan.toml"), changed(t, p, "Solar car (OneDrive)")); err != nil {
		t.Fatal(err)
	}
	if err := Save(filepath.Join(dir, "wind.coplan.toml"), unit("Wind farm")); err != nil {
		t.Fatal(err)
	}
	got, err := FindConflictedCopies(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || filepath.Base(got[0].Path) != "solar-LAPTOP7.coplan.toml" || got[0].Tool != "" {
		t.Errorf("found %+v; want only the OneDrive-style copy with other content", got)
	}
}

func TestASyncToolsConflictedCopyIsMergedAndMovedAside(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	base := unit("Solar car")
	saveAs(t, path, base)

	// The teacher has the file open; the partner's computer changed it at
	// the same time, and the sync tool kept their version as a copy.
	opened, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Remember(opened.Project); err != nil {
		t.Fatal(err)
	}
	partner := model.NewDocument(base.Clone())
	if _, err := partner.Apply(model.Set(base.Sessions[0].ID, "title", "Launch with the engineers")); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "solar (Zoë's conflicted copy 2026-11-20).coplan.toml")
	if err := Save(copyPath, partner.Project); err != nil {
		t.Fatal(err)
	}
	teacher := model.NewDocument(opened.Project)
	if _, err := teacher.Apply(model.Set(base.ID, "unit.central_goal", "Race a solar car")); err != nil {
		t.Fatal(err)
	}

	copies, err := FindConflictedCopies(path)
	if err != nil || len(copies) != 1 || copies[0].Path != copyPath || copies[0].Who != "Zoë" {
		t.Fatalf("copies %+v, %v", copies, err)
	}
	theirs, err := Open(copies[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	common, err := FindBase(teacher.Project, theirs.Project)
	if err != nil {
		t.Fatal(err)
	}
	merged, conflicts := model.Merge(common, teacher.Project, theirs.Project)
	if len(conflicts) != 0 {
		t.Fatalf("conflicts %v", conflicts)
	}
	if _, err := SaveChecked(path, merged, opened.Snapshot); err != nil {
		t.Fatal(err)
	}
	copyData, _ := os.ReadFile(copyPath)
	moved, err := MoveAside(copies[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, MergedFolder, filepath.Base(copyPath)); moved != want {
		t.Errorf("moved to %s, want %s", moved, want)
	}
	if kept, _ := os.ReadFile(moved); !bytes.Equal(kept, copyData) {
		t.Error("the copy changed when moved aside")
	}
	if left, _ := FindConflictedCopies(path); len(left) != 0 {
		t.Errorf("copies left after moving aside: %+v", left)
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if l.Project.Sessions[0].Title != "Launch with the engineers" || l.Project.Unit.CentralGoal != "Race a solar car" {
		t.Errorf("saved merge lost an edit: %+v", l.Project)
	}
}

func TestMoveAsideNeverOverwritesAnEarlierCopy(t *testing.T) {
	dir := t.TempDir()
	var moved []string
	for i := 0; i < 3; i++ {
		c := filepath.Join(dir, "u (conflicted copy 2026-11-20 100000).coplan.toml")
		if err := os.WriteFile(c, []byte{byte('a' + i)}, 0o644); err != nil {
			t.Fatal(err)
		}
		m, err := MoveAside(c)
		if err != nil {
			t.Fatal(err)
		}
		moved = append(moved, filepath.Base(m))
	}
	want := "u (conflicted copy 2026-11-20 100000).coplan.toml|u (conflicted copy 2026-11-20 100000) (2).coplan.toml|u (conflicted copy 2026-11-20 100000) (3).coplan.toml"
	if strings.Join(moved, "|") != want {
		t.Errorf("moved to %v", moved)
	}
	if _, err := MoveAside(filepath.Join(dir, "missing.coplan.toml")); err == nil {
		t.Error("moving a missing file succeeded")
	}
}
