package store

import (
	"path/filepath"
	"testing"
)

func TestAnAutosaveIsOfferedOnlyWhileItsContentIsUnsaved(t *testing.T) {
	tests := []struct {
		name    string
		act     func(t *testing.T, path string, autosaved *Loaded)
		offered bool
	}{
		{"never saved", func(t *testing.T, path string, a *Loaded) {}, true},
		{"saved elsewhere under another name (Save As)", func(t *testing.T, path string, a *Loaded) {
			if _, err := SaveAs(filepath.Join(t.TempDir(), "elsewhere.coplan.toml"), a.Project); err != nil {
				t.Fatal(err)
			}
		}, false},
		{"the same content reached the file another way", func(t *testing.T, path string, a *Loaded) {
			if err := Save(path, a.Project.Clone()); err != nil {
				t.Fatal(err)
			}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			useDataDir(t)
			path := filepath.Join(t.TempDir(), "u.coplan.toml")
			if err := Save(path, unit("A")); err != nil {
				t.Fatal(err)
			}
			l, _ := Open(path)
			edited := l.Project.Clone()
			edited.Title = "Edited"
			if err := Autosave(path, edited); err != nil {
				t.Fatal(err)
			}
			tt.act(t, path, &Loaded{Project: edited})
			rs, err := Recoverable()
			if err != nil {
				t.Fatal(err)
			}
			if got := len(rs) == 1; got != tt.offered {
				t.Errorf("offered %v (%d autosaves), want %v", got, len(rs), tt.offered)
			}
		})
	}
}

func TestTheFirstSaveOfANewUnitRemovesTheAutosaveKeptUnderItsID(t *testing.T) {
	useDataDir(t)
	p := unit("Kites")
	key, err := UntitledPath(p.ID)
	if err != nil || !IsUntitled(key) {
		t.Fatalf("untitled key %q, %v", key, err)
	}
	if err := Autosave(key, p); err != nil {
		t.Fatal(err)
	}
	p.Title = "Kites, saved"
	if _, err := SaveChecked(filepath.Join(t.TempDir(), "kites.coplan.toml"), p, Snapshot{}); err != nil {
		t.Fatal(err)
	}
	if rs, _ := Recoverable(); len(rs) != 0 {
		t.Errorf("still offered after the first save: %+v", rs)
	}
}
