package catalog

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkSkipsUnreadableFoldersWithANote fails the listing of one folder,
// as permissions would for a user other than its owner.
func TestWalkSkipsUnreadableFoldersWithANote(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"open/a.coplan.toml", "closed/b.coplan.toml"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte("format = \"coplan/1\"\n"), 0o644)
	}
	closed := filepath.Join(dir, "closed")
	readDir = func(name string) ([]os.DirEntry, error) {
		if name == closed {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
		}
		return os.ReadDir(name)
	}
	defer func() { readDir = os.ReadDir }()

	files, skipped, err := walk(context.Background(), dir)
	if err != nil || len(files) != 1 || files[0].rel != filepath.Join("open", "a.coplan.toml") {
		t.Fatalf("files %+v, %v", files, err)
	}
	if len(skipped) != 1 || skipped[0].Path != closed || !strings.Contains(skipped[0].Reason, "permission denied") {
		t.Errorf("skipped %v", skipped)
	}
	// The folder scanned is different: not being able to read it is an error.
	if _, _, err := walk(context.Background(), closed); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("walking the closed folder itself: %v", err)
	}
}
