package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model/modeltest"
	"coplan/model/store"
)

// TestJudgingSplitNeverReplacesAScoredCopy splits a round, lets one judge's
// copy change (as scoring does), and checks that a second split refuses and
// leaves every copy as it was unless --force says to replace them.
func TestJudgingSplitNeverReplacesAScoredCopy(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	unit := writeUnit(t, modeltest.Judged(4, 3, 2, 2))
	dir := filepath.Dir(unit)
	if r := coplan(t, dir, "judging", "assign", unit); r.code != 0 {
		t.Fatalf("assign: %d %s", r.code, r.stderr)
	}
	copies := filepath.Join(dir, "copies")
	if r := coplan(t, dir, "judging", "split", "-o", copies, unit); r.code != 0 {
		t.Fatalf("first split: exit %d %s", r.code, r.stderr)
	}
	if r := coplan(t, dir, "judging", "split", "-o", copies, unit); r.code != 0 {
		t.Errorf("splitting again over unchanged copies: exit %d %s, want 0", r.code, r.stderr)
	}
	names, err := filepath.Glob(filepath.Join(copies, "*"+store.Extension))
	if err != nil || len(names) < 2 {
		t.Fatalf("copies %v, %v", names, err)
	}
	scored := names[0]
	data, err := os.ReadFile(scored)
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, "# scored\n"...)
	if err := os.WriteFile(scored, data, 0o644); err != nil {
		t.Fatal(err)
	}
	other, err := os.ReadFile(names[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(names[1]); err != nil {
		t.Fatal(err)
	}

	r := coplan(t, dir, "judging", "split", "-o", copies, unit)
	if r.code != 1 || !strings.Contains(r.stderr, scored) || !strings.Contains(r.stderr, "--force") {
		t.Errorf("split over a scored copy: exit %d, stderr %q; want 1 naming %s and --force", r.code, r.stderr, scored)
	}
	if got, _ := os.ReadFile(scored); string(got) != string(data) {
		t.Errorf("the scored copy was replaced")
	}
	if _, err := os.Stat(names[1]); !os.IsNotExist(err) {
		t.Errorf("a refused split wrote %s anyway: %v", names[1], err)
	}

	if r := coplan(t, dir, "judging", "split", "--force", "-o", copies, unit); r.code != 0 {
		t.Fatalf("split --force: exit %d %s", r.code, r.stderr)
	}
	if got, _ := os.ReadFile(scored); string(got) == string(data) {
		t.Errorf("--force left the scored copy as it was")
	}
	if got, _ := os.ReadFile(names[1]); string(got) != string(other) {
		t.Errorf("--force did not write the missing copy again")
	}
}
