package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAReadOnlyUnitIsRefusedAndLeftAsItWas(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	l.Project.Title = "B"
	_, err = SaveChecked(path, l.Project, l.Snapshot)
	if err == nil || !strings.Contains(err.Error(), "read-only") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %v, want one naming the file and saying it is read-only", err)
	}
	after, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if !bytes.Equal(before, after) || info.Mode().Perm() != 0o444 {
		t.Errorf("the read-only file changed: mode %v", info.Mode())
	}
}

func TestSavingThroughALinkWritesTheFileItLeadsTo(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "real", "u.coplan.toml")
	os.Mkdir(filepath.Dir(target), 0o755)
	if err := Save(target, unit("A")); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.coplan.toml")
	if err := os.Symlink(filepath.Join("real", "u.coplan.toml"), link); err != nil {
		t.Fatal(err)
	}
	l, err := Open(link)
	if err != nil {
		t.Fatal(err)
	}
	l.Project.Title = "Through the link"
	if _, err := SaveChecked(link, l.Project, l.Snapshot); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link is no longer a link: %v, %v", info, err)
	}
	got, err := Open(target)
	if err != nil || got.Project.Title != "Through the link" {
		t.Errorf("target after save: %v, %v", got, err)
	}
	if _, err := os.Stat(BackupPath(target)); err != nil {
		t.Errorf("no backup beside the target: %v", err)
	}
	if _, err := os.Lstat(BackupPath(link)); err == nil {
		t.Error("a backup was made beside the link")
	}
}

func TestTempFilesLeftByAKilledSaveAreRemovedOnTheNextSave(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "u.coplan.toml")
	if err := Save(path, unit("A")); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	leftovers := []string{".u.coplan.toml.123456.tmp", ".u.coplan.toml.bak.987.tmp", ".u.coplan.toml.lock.42.tmp"}
	kept := []string{
		".u.coplan.toml.555.tmp", // young: maybe another computer's save right now
		".other.coplan.toml.1.tmp",
		".u.coplan.toml.notours.tmp",
		"u.coplan.toml.1.tmp",
	}
	for _, name := range append(leftovers, kept...) {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		if name != ".u.coplan.toml.555.tmp" {
			os.Chtimes(f, old, old)
		}
	}
	if err := Save(path, unit("B")); err != nil {
		t.Fatal(err)
	}
	for _, name := range leftovers {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("%s is still there", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s was removed", name)
		}
	}
}
