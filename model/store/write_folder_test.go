package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestASaveSaysWhyTheFileCannotBeWrittenInWords(t *testing.T) {
	dir := t.TempDir()
	readOnly := filepath.Join(dir, "ro.coplan.toml")
	if err := os.WriteFile(readOnly, []byte("x"), 0o444); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nope", "u.coplan.toml")
	tests := []struct {
		name, path, want string
		readOnly         bool
	}{
		{"a missing folder", missing, "save " + missing + ": folder " + filepath.Dir(missing) + " does not exist", false},
		{"a read-only file", readOnly, "save " + readOnly + ": the file is read-only; nothing was saved (make it writable, or save a copy under another name)", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := WriteFile(tc.path, []byte("new"))
			if err == nil || err.Error() != tc.want {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if got := errors.Is(err, ErrReadOnly); got != tc.readOnly {
				t.Errorf("errors.Is(err, ErrReadOnly) = %v, want %v", got, tc.readOnly)
			}
		})
	}
}
