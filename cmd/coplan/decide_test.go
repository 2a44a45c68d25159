package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCommentsAreDecidedReopenedAndResolvedFromTheCommandLine(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	r := coplan(t, dir, "review", "solar.coplan.toml")
	id, _, _ := strings.Cut(r.stdout, " ")
	if id == "" {
		t.Fatalf("review listed no comment:\n%s", r.stdout)
	}
	steps := []struct {
		command        string
		id             string
		code           int
		stdout, stderr string
	}{
		{"accept", "no-such-comment", 1, "",
			`coplan accept: solar.coplan.toml: no comment has the id "no-such-comment"; 'coplan review --all solar.coplan.toml' lists the comments with their ids` + "\n"},
		{"reject", id, 0, "Rejected comment by \"Zoë Ødegaard\"\n", ""},
		{"accept", id, 1, "",
			"coplan accept: solar.coplan.toml: the comment by \"Zoë Ødegaard\" is rejected already; 'coplan reopen " + id + " solar.coplan.toml' opens it again to decide anew\n"},
		{"reopen", id, 0, "Reopened comment by \"Zoë Ødegaard\"\n", ""},
		{"resolve", id, 0, "Resolved comment by \"Zoë Ødegaard\"\n", ""},
	}
	for _, s := range steps {
		r := coplan(t, dir, s.command, s.id, "solar.coplan.toml")
		if r.code != s.code || r.stdout != s.stdout || r.stderr != s.stderr {
			t.Fatalf("%s %s: exit %d\nstdout: %q\nstderr: %q\nwant exit %d\nstdout: %q\nstderr: %q", s.command, s.id, r.code, r.stdout, r.stderr, s.code, s.stdout, s.stderr)
		}
	}
	if r := coplan(t, dir, "review", "--all", "solar.coplan.toml"); !strings.Contains(r.stdout, id+"  resolved  ") {
		t.Errorf("review --all does not list the comment as resolved:\n%s", r.stdout)
	}
}
