package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model"
)

func TestValidateWarnsOfADatedSessionOutOfSequenceByTitleAndLine(t *testing.T) {
	dir := t.TempDir()
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	p := d.Project
	// Move the first session to the end of the list: every later one now
	// comes after it in time but not in the list, only it is out of place.
	first := p.Sessions[0]
	p.Sessions = append(p.Sessions[1:], first)
	path := filepath.Join(dir, "moved.coplan.toml")
	if err := os.WriteFile(path, model.Encode(p), 0o644); err != nil {
		t.Fatal(err)
	}
	r := coplan(t, dir, "validate", "moved.coplan.toml")
	if r.code != 0 {
		t.Fatalf("exit %d for warnings only:\n%s%s", r.code, r.stdout, r.stderr)
	}
	var found []string
	for _, line := range r.lines() {
		if strings.Contains(line, "teaching order") {
			found = append(found, line)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one sequence warning, got %q", found)
	}
	want := `: warning: Session "` + first.Title + `" on ` + first.Date.String() + ` comes after session "`
	if !strings.HasPrefix(found[0], "moved.coplan.toml:") || !strings.Contains(found[0], want) {
		t.Errorf("the warning %q does not name %q with its file and line", found[0], first.Title)
	}
}
