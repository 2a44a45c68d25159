package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model/modeltest"
)

// twinRubricsUnit writes the example unit with its second rubric renamed to
// the first one's title, and returns its path.
func twinRubricsUnit(t *testing.T) string {
	t.Helper()
	data := strings.Replace(string(assets.Example()), `title = "Race-day presentation"`, `title = "Solar car engineering"`, 1)
	path := filepath.Join(t.TempDir(), "twins.coplan.toml")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestEveryChoiceSaysWhichOptionMakesIt(t *testing.T) {
	unit := exampleUnit(t)
	twins := twinRubricsUnit(t)
	rubrics := "\n  Solar car engineering\n  Race-day presentation\n"
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"Moodle with several rubrics and none chosen",
			[]string{"export", "--format", "moodle-csv", "-o", "x.csv", unit},
			"coplan export: solar.coplan.toml: a Moodle file holds one rubric and this unit has 2; choose one with --rubric NAME:" + rubrics},
		{"a rubric the unit does not have",
			[]string{"export", "--handout", "rubric", "--rubric", "Essay", "-o", "x.pdf", unit},
			`coplan export: solar.coplan.toml: no rubric called "Essay" in this unit; choose one with --rubric NAME:` + rubrics},
		{"an expert the unit does not have",
			[]string{"export", "--format", "ics", "--expert", "Nobody", "-o", "x.ics", unit},
			`coplan export: solar.coplan.toml: no expert called "Nobody" in this unit; choose one with --expert NAME:` +
				"\n  Léonie Rennie\n  Mehmet Yıldız\n  Zoë Ødegaard\n  Nguyễn Thị Ánh\n  Aroha Ngā Tapuwae\n  Tomás Ó Briain\n"},
		{"a partner the unit does not have",
			[]string{"export", "--handout", "briefing", "--partner", "Acme", "-o", "x.pdf", unit},
			`coplan export: solar.coplan.toml: no partner called "Acme" in this unit; choose one with --partner NAME:` +
				"\n  Riverbend Secondary College\n  Helios Renewables\n  Bayside Institute of Technology, Solar Racing Team\n  Ngā Tapuwae Community Energy Co-op\n" +
				"or --partner all to brief every partner\n"},
		{"two rubrics with one title",
			[]string{"export", "--format", "canvas-csv", "--rubric", "solar car engineering", "-o", "x.csv", twins},
			"coplan export: twins.coplan.toml: 2 rubrics are called \"solar car engineering\"; choose one by its id with --rubric ID:\n" +
				"  Solar car engineering (id 97f12ba2-4790-42f4-b2c5-a54439d187dc)\n  Solar car engineering (id 70a543d2-798f-43ab-a69b-98ea2e7714fb)\n"},
		{"a judging round in a unit with several rubrics",
			[]string{"judging", "add-round", "--session", "Race day and judging", "Finals", unit},
			"coplan judging add-round: solar.coplan.toml: the unit has 2 rubrics; choose one with --rubric NAME:" + rubrics},
		{"approval of a rubric the unit does not have",
			[]string{"approve", "--by", "Zoë Ødegaard", "--rubric", "Essay", unit},
			`coplan approve: solar.coplan.toml: no rubric called "Essay" in this unit; choose one with --rubric NAME:` + rubrics},
		{"review since approval of a rubric the unit does not have",
			[]string{"review", "--since-approval", "Essay", unit},
			`coplan review: solar.coplan.toml: no rubric called "Essay" in this unit; choose one with --since-approval NAME:` + rubrics},
		{"a comment on nothing the unit has",
			[]string{"comment", "--author", "Ana", "--target", "Nowhere", "hello", unit},
			`coplan comment: solar.coplan.toml: nothing in the unit is called "Nowhere"; give --target the name of something in it, as the editor shows it: a session's title, a rubric's or criterion's title, a person's name, a partner's name, ...` + "\n"},
		{"the comments on nothing the unit has",
			[]string{"review", "--target", "Nowhere", unit},
			`coplan review: solar.coplan.toml: nothing in the unit is called "Nowhere"; give --target the name of something in it, as the editor shows it: a session's title, a rubric's or criterion's title, a person's name, a partner's name, ...` + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string(nil), tc.args...)
			last := len(args) - 1
			dir := filepath.Dir(args[last])
			args[last] = filepath.Base(args[last])
			r := coplan(t, dir, args...)
			if r.code != 1 || r.stderr != tc.want {
				t.Errorf("exit %d, stderr:\n%s\nwant exit 1, stderr:\n%s", r.code, r.stderr, tc.want)
			}
		})
	}
}

func TestAnUnknownTemplateSaysHowToChooseOne(t *testing.T) {
	r := coplan(t, t.TempDir(), "new", "--template", "robotics", "unit.coplan.toml")
	want := `coplan new: no template "robotics"; choose one with --template NAME: co-designed-unit, mentoring-program, career-day, field-trip-lab, judged-competition ('coplan templates' describes them)` + "\n"
	if r.code != 2 || r.stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 2, stderr:\n%s", r.code, r.stderr, want)
	}
}

func TestAChosenRubricByNameOrIDIsExported(t *testing.T) {
	twins := twinRubricsUnit(t)
	dir := filepath.Dir(twins)
	for _, rubric := range []string{"70a543d2-798f-43ab-a69b-98ea2e7714fb", "97f12ba2-4790-42f4-b2c5-a54439d187dc"} {
		r := coplan(t, dir, "export", "--format", "moodle-csv", "--rubric", rubric, "-o", "x.csv", twins)
		if r.code != 0 {
			t.Fatalf("--rubric %s: exit %d: %s", rubric, r.code, r.stderr)
		}
	}
	unit := exampleUnit(t)
	r := coplan(t, filepath.Dir(unit), "export", "--format", "moodle-csv", "--rubric", "race-day PRESENTATION", "-o", "x.csv", unit)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(unit), "x.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Energy transfer and efficiency") || !strings.Contains(string(data), "Explaining the science") {
		t.Errorf("x.csv is not the race-day rubric alone:\n%.300s", data)
	}
}

func TestARoundTheUnitDoesNotHaveIsChosenWithRound(t *testing.T) {
	unit := writeUnit(t, modeltest.Judged(2, 2, 1, 1))
	for _, args := range [][]string{
		{"judging", "results", "--round", "Semis", "unit.coplan.toml"},
		{"judging", "assign", "--round", "Semis", "unit.coplan.toml"},
	} {
		r := coplan(t, filepath.Dir(unit), args...)
		want := "coplan " + args[0] + " " + args[1] + `: unit.coplan.toml: no round called "Semis" in this unit; choose one with --round NAME:` + "\n  Final\n"
		if r.code != 1 || r.stderr != want {
			t.Errorf("%v: exit %d, stderr:\n%s\nwant exit 1, stderr:\n%s", args, r.code, r.stderr, want)
		}
	}
}
