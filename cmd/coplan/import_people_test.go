package main

import (
	"os"
	"path/filepath"
	"testing"

	"coplan/model/modeltest"
)

func TestImportPeopleNamesTheFileLineAndRolesInWords(t *testing.T) {
	const roles = "mentor, guest speaker, project consultant, judge, field trip host, rubric reviewer, internship host, advisory board, career day presenter, teacher"
	tests := []struct {
		name, csv      string
		code           int
		stdout, stderr string
	}{
		{"a role Coplan does not know", "Name,Roles\nAna Lima,Project consultant; wizard\n", 1, "",
			`people.csv:2: Ana Lima: role "wizard" is not one Coplan knows; the roles are ` + roles + "\n" +
				"coplan import-people: nothing imported; unit.coplan.toml is unchanged\n"},
		{"no name and a bad date", "Name,Expiry\n,2028-01-01\nBo Chen,31/01/2028\n", 1, "",
			"people.csv:2: no name: every person needs one\n" +
				`people.csv:3: Bo Chen: safety check expiry: date "31/01/2028" is not YYYY-MM-DD` + "\n" +
				"coplan import-people: nothing imported; unit.coplan.toml is unchanged\n"},
		{"no name column", "Person name,Email\nAna,ana@example.com\n", 1, "",
			`people.csv:1: the header has no column "name"` + "\n" +
				"coplan import-people: nothing imported; unit.coplan.toml is unchanged\n"},
		{"roles in the words the editor shows, any case", "Name,Roles,Organisation\nAna Lima,FIELD TRIP HOST; career-day presenter,Acme\n", 0,
			"Added 1 person and 1 partner, updated 0 people; saved unit.coplan.toml\n", ""},
		{"several of each", "Name,Organisation\nAna Lima,Acme\nBo Chen,Bolt Co\nJudge 01,Acme\n", 0,
			"Added 2 people and 2 partners, updated 1 person; saved unit.coplan.toml\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			unit := writeUnit(t, modeltest.Judged(1, 1, 1, 1))
			dir := filepath.Dir(unit)
			if err := os.WriteFile(filepath.Join(dir, "people.csv"), []byte(tc.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			r := coplan(t, dir, "import-people", "people.csv", "unit.coplan.toml")
			if r.code != tc.code || r.stdout != tc.stdout || r.stderr != tc.stderr {
				t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr, tc.code, tc.stdout, tc.stderr)
			}
		})
	}
}
