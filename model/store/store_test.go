package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"coplan/model"
)

func unit(title string) *model.Project {
	p := model.NewProject(title, time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC))
	p.Sessions = []model.Session{{ID: model.NewID(), Title: "Launch", Engagement: model.InClass}}
	return p
}

func TestSaveThenOpenGivesTheSameUnit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "solar.coplan.toml")
	p := unit("Solar car")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if l.Project.Title != "Solar car" || len(l.Project.Sessions) != 1 || l.Lines[p.Sessions[0].ID] == 0 {
		t.Errorf("opened %+v", l.Project)
	}
	if l.Project.Revision == "" || l.Project.Revision != Revision(l.Project) {
		t.Errorf("revision %q does not match the content", l.Project.Revision)
	}
}

func TestSavingAnUnchangedUnitRewritesTheSameBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Save(path, l.Project); err != nil {
		t.Fatal(err)
	}
	if second, _ := os.ReadFile(path); !bytes.Equal(first, second) {
		t.Errorf("bytes changed:\n%s\n---\n%s", first, second)
	}
}

func TestAChangedUnitRecordsItsParentRevision(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	p := unit("A")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	first := p.Revision
	p.Title = "B"
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	if p.Parent != first || p.Revision == first {
		t.Errorf("revision %s parent %s, first was %s", p.Revision, p.Parent, first)
	}
}

func TestSaveKeepsThePreviousVersionAsABackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("First")); err != nil {
		t.Fatal(err)
	}
	old, _ := os.ReadFile(path)
	if err := Save(path, unit("Second")); err != nil {
		t.Fatal(err)
	}
	if backup, err := os.ReadFile(BackupPath(path)); err != nil || !bytes.Equal(backup, old) {
		t.Errorf("backup %q (%v) is not the previous version", backup, err)
	}
	assertNoTempFiles(t, filepath.Dir(path))
}

func TestSaveKeepsTheFileMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := os.WriteFile(path, model.Encode(unit("A")), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Save(path, unit("B")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
}

func TestAFailedSaveLeavesTheOldFileIntact(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir, path string)
		wantMsg string
	}{
		{"the disk is full", func(t *testing.T, dir, path string) {
			syncFile = func(*os.File) error { return syscall.ENOSPC }
			t.Cleanup(func() { syncFile = (*os.File).Sync })
		}, "no space left on device"},
		{"a folder is in the way of the backup", func(t *testing.T, dir, path string) {
			if err := os.Mkdir(BackupPath(path), 0o755); err != nil {
				t.Fatal(err)
			}
		}, "keep the previous version"},
		{"the folder is read-only", func(t *testing.T, dir, path string) {
			if os.Geteuid() == 0 {
				// root writes anywhere: fail the same step another way.
				syncFile = func(*os.File) error { return syscall.EROFS }
				t.Cleanup(func() { syncFile = (*os.File).Sync })
				return
			}
			os.Chmod(dir, 0o555)
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "u.coplan.toml")
			if err := Save(path, unit("Precious")); err != nil {
				t.Fatal(err)
			}
			old, _ := os.ReadFile(path)
			tt.prepare(t, dir, path)
			err := Save(path, unit("Replacement"))
			if err == nil {
				t.Fatal("save succeeded")
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not name the file and say %q", err, tt.wantMsg)
			}
			if now, _ := os.ReadFile(path); !bytes.Equal(now, old) {
				t.Error("the old file changed")
			}
			assertNoTempFiles(t, dir)
		})
	}
}

func TestSaveRefusesAFolderAtThePath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "u.coplan.toml")
	os.Mkdir(path, 0o755)
	if err := Save(path, unit("A")); err == nil || !strings.Contains(err.Error(), "folder") {
		t.Errorf("got %v", err)
	}
}

func TestSaveIntoAMissingFolderFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope", "u.coplan.toml")
	if err := Save(path, unit("A")); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v", err)
	}
}

func TestOpenNamesTheFileAndTheProblem(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := make([]byte, model.MaxFileSize+10)
	tests := []struct {
		name, path, want string
		line             int
	}{
		{"missing file", filepath.Join(dir, "absent.coplan.toml"), "no such file", 0},
		{"folder", dir, "is a folder", 0},
		{"empty file", write("empty.coplan.toml", nil), "empty", 0},
		{"binary", write("bin.coplan.toml", []byte{0x89, 'P', 'N', 'G', 0, 0xff}), "not UTF-8", 1},
		{"huge", write("huge.coplan.toml", big), "larger than", 0},
		{"newer format", write("new.coplan.toml", []byte("format = \"coplan/3\"\n")), "coplan/3", 1},
		{"syntax error", write("bad.coplan.toml", []byte("format = \"coplan/1\"\n\n[[sessions]\n")), "", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path)
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("got %v, want a *FileError", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.path+":") || !strings.Contains(msg, tt.want) || fe.Line != tt.line {
				t.Errorf("error %q (line %d): want the path, %q and line %d", msg, fe.Line, tt.want, tt.line)
			}
			if strings.Count(msg, "\n") > 0 {
				t.Errorf("error spans lines: %q", msg)
			}
		})
	}
}

func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}
