package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestMergingTwoDifferentUnitsNamesThemByTitleNotID(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	if r := coplan(t, dir, "new", "--title", "Water watch", "water.coplan.toml"); r.code != 0 {
		t.Fatalf("new: exit %d: %s", r.code, r.stderr)
	}
	r := coplan(t, dir, "merge", "-o", "out.coplan.toml", "solar.coplan.toml", "water.coplan.toml")
	want := `coplan merge: solar.coplan.toml and water.coplan.toml are different units ("Solar car challenge" and "Water watch" were each made on their own, not copied from one another); merge copies of one unit`
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", r.code, r.stderr, want)
	}
}
