package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCommentTakesAFieldByItsLabelOnScreen(t *testing.T) {
	const crit = "Energy transfer and efficiency"
	tests := []struct {
		name, target, field, suggest string
		code                         int
		about, stderr                string
	}{
		{"a label", "Solar car engineering", "Description", "Shorter", 0, `(Description)`, ""},
		{"a label in another case", "Solar car engineering", "TITLE", "Solar car design", 0, `(Title)`, ""},
		{"the file's key still works", "Solar car engineering", "description", "Shorter", 0, `(Description)`, ""},
		{"a level's descriptor as the editor names it", crit, `Descriptor at level "Developing"`, "Better", 0, `(Descriptor at level "Developing")`, ""},
		{"a level's descriptor said short", crit, "descriptor at developing", "Better", 0, `(Descriptor at level "Developing")`, ""},
		{"a level's descriptor by key and level name", crit, "descriptors.Developing", "Better", 0, `(Descriptor at level "Developing")`, ""},
		{"a number field by its label", crit, "Weight", "2", 0, `(Weight)`, ""},
		{"no such field", "Solar car engineering", "Colour", "Blue", 1, "",
			`coplan comment: solar.coplan.toml: rubric "Solar car engineering" has no field "Colour"; give --field a label the editor shows for it, such as Title, Description` + "\n"},
		{"no such field on a criterion", crit, "Level", "x", 1, "",
			`coplan comment: solar.coplan.toml: criterion "Energy transfer and efficiency" has no field "Level"; give --field a label the editor shows for it, such as ` +
				`Title, Description, Descriptor at level "Beginning", Descriptor at level "Developing", Descriptor at level "Proficient", Descriptor at level "Advanced"` + "\n"},
		{"a number field given words", crit, "weight", "heavy", 1, "",
			`coplan comment: solar.coplan.toml: comment on criterion "Energy transfer and efficiency": Weight needs a whole number, not "heavy"` + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			unit := exampleUnit(t)
			dir := filepath.Dir(unit)
			r := coplan(t, dir, "comment", "--author", "Zoë", "--target", tc.target, "--field", tc.field, "--suggest", tc.suggest, "A thought", "solar.coplan.toml")
			if r.code != tc.code || r.stderr != tc.stderr {
				t.Fatalf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", r.code, r.stderr, tc.code, tc.stderr)
			}
			if tc.code != 0 {
				return
			}
			r = coplan(t, dir, "review", "--author", "Zoë", "solar.coplan.toml")
			if want := tc.about + `: "A thought" suggests "` + tc.suggest + `"`; !strings.Contains(r.stdout, want) {
				t.Errorf("review lists:\n%s\nwant a line with %s", r.stdout, want)
			}
		})
	}
}

func TestCommentSaysWhichOptionIsWrong(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"a role comments do not carry", []string{"--role", "boss"},
			"coplan comment: unknown role \"boss\"; give --role teacher, partner or coordinator\n"},
		{"a suggestion without its field", []string{"--suggest", "Shorter"},
			"coplan comment: --suggest needs --field, the field the suggestion replaces, such as --field Title\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			unit := exampleUnit(t)
			args := append(append([]string{"comment", "--author", "Zoë", "--target", "Solar car engineering"}, tc.args...), "A thought", "solar.coplan.toml")
			r := coplan(t, filepath.Dir(unit), args...)
			if r.code != 2 || r.stderr != tc.want {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 2, stderr:\n%s", r.code, r.stderr, tc.want)
			}
		})
	}
}
