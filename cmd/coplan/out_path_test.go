package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAFileThatCannotBeWrittenIsNamedAsTyped(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "handouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "people.csv"), []byte("Name\nAna Lima\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(dir, "locked.coplan.toml")
	if err := os.WriteFile(readOnly, mustRead(t, unit), 0o444); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"export into a missing folder", []string{"export", "-o", "./nope/out.pdf", "solar.coplan.toml"},
			"coplan export: cannot write ./nope/out.pdf: folder ./nope does not exist\n"},
		{"export into a missing folder of a missing folder", []string{"export", "--format", "md", "-o", "a/b/out.md", "solar.coplan.toml"},
			"coplan export: cannot write a/b/out.md: folder a/b does not exist\n"},
		{"export under a file", []string{"export", "-o", "notes.txt/out.pdf", "solar.coplan.toml"},
			"coplan export: cannot write notes.txt/out.pdf: notes.txt is a file, not a folder\n"},
		{"export over a folder", []string{"export", "-o", "handouts", "solar.coplan.toml"},
			"coplan export: cannot write handouts: it is a folder; give a file name\n"},
		{"new unit in a missing folder", []string{"new", "units/mine.coplan.toml"},
			"coplan new: cannot write units/mine.coplan.toml: folder units does not exist\n"},
		{"merge into a missing folder", []string{"merge", "-o", "out/merged.coplan.toml", "solar.coplan.toml", "solar.coplan.toml"},
			"coplan merge: cannot write out/merged.coplan.toml: folder out does not exist\n"},
		{"comment on a read-only unit", []string{"comment", "--author", "Zoë", "--target", "Solar car engineering", "Hello", "locked.coplan.toml"},
			"coplan comment: cannot save locked.coplan.toml: the file is read-only; nothing was saved (make it writable, then run the command again)\n"},
		{"import people into a read-only unit", []string{"import-people", "people.csv", "locked.coplan.toml"},
			"coplan import-people: cannot save locked.coplan.toml: the file is read-only; nothing was saved (make it writable, then run the command again)\n"},
		{"merge over a read-only unit", []string{"merge", "-o", "locked.coplan.toml", "solar.coplan.toml", "solar.coplan.toml"},
			"coplan merge: cannot save locked.coplan.toml: the file is read-only; nothing was saved (make it writable, or give -o another file name)\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := coplan(t, dir, tc.args...)
			if r.code != 1 || !strings.HasSuffix(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1, stderr ending:\n%s", r.code, r.stderr, tc.want)
			}
			if strings.Contains(r.stderr, ".tmp") || strings.Contains(r.stderr, "Save As") {
				t.Errorf("stderr shows a temporary file or a menu command:\n%s", r.stderr)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a failed write left %s behind", e.Name())
		}
	}
}

// mustRead returns the contents of the file at path.
func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
