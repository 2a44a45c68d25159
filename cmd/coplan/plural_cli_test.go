package main

import (
	"os"
	"path/filepath"
	"testing"

	"coplan/model/modeltest"
)

func TestCountsInMessagesAgreeWithTheirNumber(t *testing.T) {
	tests := []struct {
		name                string
		teams, judges       int
		csv                 string
		args                []string
		code                int
		wantStdout, wantErr string
	}{
		{"one assignment, one team per judge", 1, 2, "", []string{"judging", "assign", "--per-team", "1", "unit.coplan.toml"}, 0,
			"Made 1 assignment in round \"Final\"; saved unit.coplan.toml\n  Judge 02: 1 team\n", ""},
		{"one team imported", 1, 1, "team,project\nRockets,Rocket car\n", []string{"judging", "import-teams", "in.csv", "unit.coplan.toml"}, 0,
			"Added 1 team and updated 0; saved unit.coplan.toml\n", ""},
		{"one judge who did not mentor the team", 1, 2, "", []string{"judging", "assign", "--per-team", "3", "unit.coplan.toml"}, 1,
			"", "coplan judging assign: unit.coplan.toml: team \"Team 01\" needs 3 judges, but only 1 judge did not mentor it\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := modeltest.Judged(tc.teams, tc.judges, 1, 1)
			p.Assignments = nil
			unit := writeUnit(t, p)
			dir := filepath.Dir(unit)
			if tc.csv != "" {
				if err := os.WriteFile(filepath.Join(dir, "in.csv"), []byte(tc.csv), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			r := coplan(t, dir, tc.args...)
			if r.code != tc.code || r.stdout != tc.wantStdout || r.stderr != tc.wantErr {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr, tc.code, tc.wantStdout, tc.wantErr)
			}
		})
	}
}
