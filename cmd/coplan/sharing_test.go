package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/store"
)

var shared = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// sharedUnit is a small unit the teacher drafts and shares with a partner.
func sharedUnit() *model.Project {
	return &model.Project{
		Format: model.Format, ID: "5f0c1f8e-8d1b-4a52-9c1e-2f4a8f0e6a10", Title: "Solar car challenge", Updated: shared,
		Unit:     model.Unit{DrivingQuestion: "How might we race on sunlight?", CentralGoal: "Build and race a model solar car."},
		Sessions: []model.Session{{ID: "s1", Updated: shared, Title: "Launch", Minutes: 60, Engagement: model.InClass}},
		Rubrics: []model.Rubric{{ID: "r1", Updated: shared, Title: "Design report",
			Levels: []model.Level{{ID: "l1", Updated: shared, Label: "Beginning", Points: 1}, {ID: "l2", Updated: shared, Label: "Excelling", Points: 2}},
			Criteria: []model.Criterion{{ID: "c1", Updated: shared, Title: "Fair testing", Weight: 1,
				Descriptors: map[string]string{"l1": "Tests once.", "l2": "Repeats every test."}}},
		}},
	}
}

// useHistory gives the commands of a test a revision history of their own.
func useHistory(t *testing.T) {
	t.Helper()
	t.Setenv(store.DataDirEnv, t.TempDir())
}

func mustSave(t *testing.T, path string, p *model.Project) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := store.Save(path, p); err != nil {
		t.Fatal(err)
	}
}

// editAt opens the unit at path, applies edits stamped from at on, and saves it.
func editAt(t *testing.T, path string, at time.Time, edits ...model.Edit) {
	t.Helper()
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d := model.NewDocument(l.Project)
	d.Now = func() time.Time { at = at.Add(time.Minute); return at }
	for _, e := range edits {
		if _, err := d.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := store.SaveChecked(path, d.Project, l.Snapshot); err != nil {
		t.Fatal(err)
	}
}

func mustOpen(t *testing.T, path string) *model.Project {
	t.Helper()
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return l.Project
}

func expect(t *testing.T, r result, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
}

var commentID = regexp.MustCompile(`\(comment ([0-9a-f-]+)\)`)

func TestATeacherAndAPartnerShareAUnitThroughTheCommandLine(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	teacher := filepath.Join(dir, "teacher", "solar.coplan.toml")
	partner := filepath.Join(dir, "partner", "solar.coplan.toml")
	merged := filepath.Join(dir, "teacher", "merged.coplan.toml")
	mustSave(t, teacher, sharedUnit())
	data, _ := os.ReadFile(teacher)
	mustSave(t, partner, mustOpen(t, teacher)) // the sync tool carries the file across
	if again, _ := os.ReadFile(partner); string(again) != string(data) {
		t.Fatal("the partner's copy differs from the teacher's")
	}

	// The partner reviews: a suggestion for a descriptor, a plain comment, an approval.
	r := coplan(t, dir, "comment", "--author", "Zoë Ødegaard", "--role", "partner", "--target", "fair testing",
		"--field", "descriptors.Beginning", "--suggest", "Tests once and records the result.", "Say what they record?", partner)
	expect(t, r, 0)
	m := commentID.FindStringSubmatch(r.stdout)
	if m == nil || !strings.HasPrefix(r.stdout, `Commented on criterion "Fair testing"`) {
		t.Fatalf("comment printed %q", r.stdout)
	}
	suggestion := m[1]
	expect(t, coplan(t, dir, "comment", "--author", "Zoë Ødegaard", "--role", "partner", "--target", "Launch", "Could the engineers bring a real panel?", partner), 0)
	// Her own suggestion on the rubric is still open: approving asks for --force.
	r = coplan(t, dir, "approve", "--by", "Zoë Ødegaard", "--role", "Industry partner", "--rubric", "Design report", partner)
	expect(t, r, 1)
	if want := `rubric "Design report" has 1 open comment not yet accepted or rejected`; !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "--force") {
		t.Errorf("approving with an open comment said %q, want %q", r.stderr, want)
	}
	if rb := mustOpen(t, partner).Rubric("r1"); len(rb.Approvals) != 0 {
		t.Errorf("a refused approval was recorded: %v", rb.Approvals)
	}
	r = coplan(t, dir, "approve", "--by", "Zoë Ødegaard", "--role", "industry", "--rubric", "Design report", "--force", partner)
	expect(t, r, 0)
	if rb := mustOpen(t, partner).Rubric("r1"); len(rb.Approvals) != 1 || rb.Approvals[0].Role != "partner" {
		t.Errorf("approvals %+v, want one by the partner role", rb.Approvals)
	}
	if r.stdout != "Zoë Ødegaard approved rubric \"Design report\"\n" {
		t.Errorf("approve printed %q", r.stdout)
	}

	// Meanwhile the teacher changes that rubric, and a session, in the editor.
	editAt(t, teacher, shared.Add(time.Hour), model.Set("c1", "weight", 3), model.Set("s1", "minutes", 75))

	// Merging loses nothing: the base is found in the revision history.
	r = coplan(t, dir, "merge", "-o", merged, teacher, partner)
	expect(t, r, 0)
	if r.stdout != "" || strings.Contains(r.stderr, "coplan merge") {
		t.Errorf("a clean merge printed %q / %q", r.stdout, r.stderr)
	}
	p := mustOpen(t, merged)
	rb := p.Rubric("r1")
	if rb.Criteria[0].Weight != 3 || p.Session("s1").Minutes != 75 || len(p.Comments) != 2 || len(rb.Approvals) != 1 {
		t.Fatalf("merged unit lost something: weight %d, minutes %d, comments %v, approvals %v",
			rb.Criteria[0].Weight, p.Session("s1").Minutes, p.Comments, rb.Approvals)
	}
	if model.ApprovalState(rb) != model.ApprovalStale {
		t.Errorf("approval state %q after the teacher changed the rubric", model.ApprovalState(rb))
	}
	day := rb.Approvals[0].At.UTC().Format("2006-01-02")
	stale := `warning: Rubric "Design report" was approved by Zoë Ødegaard on ` + day + ` but has changed since`
	if r := coplan(t, dir, "validate", merged); !strings.Contains(r.stdout, stale) {
		t.Errorf("validate does not warn of the stale approval:\n%s", r.stdout)
	}
	r = coplan(t, dir, "review", merged)
	expect(t, r, 0)
	want := []string{
		suggestion + `  open  Zoë Ødegaard (partner) on criterion "Fair testing" (Descriptor at level "Beginning"): "Say what they record?" suggests "Tests once and records the result." in place of "Tests once."`,
		`open  Zoë Ødegaard (partner) on session "Launch": "Could the engineers bring a real panel?"`,
		`approval  rubric "Design report": approved by Zoë Ødegaard (partner) on ` + day + `; stale: the rubric has changed since`,
	}
	if lines := r.lines(); len(lines) != 3 || lines[0] != want[0] || !strings.HasSuffix(lines[1], want[1]) || lines[2] != want[2] {
		t.Errorf("review printed\n%s\nwant\n%s", r.stdout, strings.Join(want, "\n"))
	}

	// The teacher accepts the suggestion; the partner approves again.
	expect(t, coplan(t, dir, "accept", suggestion, merged), 0)
	if got := mustOpen(t, merged).Rubric("r1").Criteria[0].Descriptors["l1"]; got != "Tests once and records the result." {
		t.Errorf("accepted descriptor %q", got)
	}
	r = coplan(t, dir, "reject", suggestion, merged)
	expect(t, r, 1)
	if !strings.Contains(r.stderr, "is accepted already; 'coplan reopen "+suggestion+" ") {
		t.Errorf("rejecting an accepted comment said %q", r.stderr)
	}
	expect(t, coplan(t, dir, "approve", "--by", "Zoë Ødegaard", "--role", "partner", "--rubric", "r1", merged), 0)
	if r := coplan(t, dir, "validate", merged); strings.Contains(r.stdout, "has changed since") {
		t.Errorf("the approval is still stale:\n%s", r.stdout)
	}
}

func TestMergeListsConflictsAndKeepsTheNewerValue(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	base, a, b, out := filepath.Join(dir, "base.coplan.toml"), filepath.Join(dir, "a.coplan.toml"), filepath.Join(dir, "b.coplan.toml"), filepath.Join(dir, "out.coplan.toml")
	for _, path := range []string{base, a, b} {
		mustSave(t, path, sharedUnit())
	}
	editAt(t, a, shared.Add(time.Hour), model.Set("s1", "title", "Kick-off"), model.Delete("l2"))
	editAt(t, b, shared.Add(2*time.Hour), model.Set("s1", "title", "Launch day"), model.Set("l2", "label", "Outstanding"))
	r := coplan(t, dir, "merge", "--base", base, "-o", out, a, b)
	expect(t, r, 3)
	want := []string{
		`session "Launch day": Title: a.coplan.toml "Kick-off", b.coplan.toml "Launch day"; kept b.coplan.toml`,
		`level "Outstanding": edited in b.coplan.toml, deleted in a.coplan.toml; kept it deleted`,
	}
	if strings.Join(r.lines(), "\n") != strings.Join(want, "\n") {
		t.Errorf("conflicts\n%s\nwant\n%s", r.stdout, strings.Join(want, "\n"))
	}
	p := mustOpen(t, out)
	if p.Session("s1").Title != "Launch day" || len(p.Rubric("r1").Levels) != 1 || !p.IsDeleted("l2") {
		t.Errorf("merged %q with levels %v", p.Session("s1").Title, p.Rubric("r1").Levels)
	}
}

func TestMergeWithoutACommonVersionSaysSoAndNamesTheValueNotKept(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	a, b, out := filepath.Join(dir, "a.coplan.toml"), filepath.Join(dir, "b.coplan.toml"), filepath.Join(dir, "out.coplan.toml")
	pa, pb := sharedUnit(), sharedUnit()
	// Both change the session, each a different field; only b changes the criterion.
	pa.Sessions[0].Minutes, pa.Sessions[0].Updated = 45, shared.Add(time.Hour)
	pb.Sessions[0].Title, pb.Sessions[0].Updated = "Launch day", shared.Add(2*time.Hour)
	c := &pb.Rubrics[0].Criteria[0]
	c.Title, c.Updated = "Fair tests", shared.Add(time.Hour)
	mustSave(t, a, pa)
	mustSave(t, b, pb)
	r := coplan(t, dir, "merge", "-o", out, a, b)
	expect(t, r, 3)
	if !strings.Contains(r.stderr, "no version that") || !strings.Contains(r.stderr, "cannot tell which value is the edit") {
		t.Errorf("stderr %q does not say the merge had no base", r.stderr)
	}
	if strings.Contains(r.stderr, "newer value") || !strings.Contains(r.stderr, "in 2 of them either value may be the edit") {
		t.Errorf("stderr %q does not say which conflicts to check", r.stderr)
	}
	want := `session "Launch day": Title: a.coplan.toml "Launch", b.coplan.toml "Launch day"; either may be the edit: kept b.coplan.toml (changed last), not "Launch"` + "\n" +
		`session "Launch day": Minutes: a.coplan.toml 45, b.coplan.toml 60; either may be the edit: kept b.coplan.toml (changed last), not 45` + "\n" +
		`criterion "Fair tests": Title: a.coplan.toml "Fair testing", b.coplan.toml "Fair tests"; kept b.coplan.toml`
	if got := strings.Join(r.lines(), "\n"); got != want {
		t.Errorf("conflicts\n%s\nwant\n%s", got, want)
	}
	if p := mustOpen(t, out); p.Rubric("r1").Criteria[0].Title != "Fair tests" {
		t.Errorf("the edit only b made was lost: criterion %q", p.Rubric("r1").Criteria[0].Title)
	}
}

func TestMergeRefusesWrongUsageAndDifferentUnits(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	a, other := filepath.Join(dir, "a.coplan.toml"), filepath.Join(dir, "other.coplan.toml")
	mustSave(t, a, sharedUnit())
	o := sharedUnit()
	o.ID = "0b6c8d7e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"
	mustSave(t, other, o)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no output file", []string{"merge", a, a}, 2, "Usage: coplan merge"},
		{"one file", []string{"merge", "-o", "x.coplan.toml", a}, 2, "Usage: coplan merge"},
		{"a missing file", []string{"merge", "-o", "x.coplan.toml", a, "missing.coplan.toml"}, 1, "missing.coplan.toml: no such file"},
		{"different units", []string{"merge", "-o", "x.coplan.toml", a, other}, 1, "are different units"},
		{"comment without a target", []string{"comment", "--author", "Zoë", "Hello", a}, 2, "Usage: coplan comment"},
		{"comment on nothing", []string{"comment", "--author", "Zoë", "--target", "Nothing", "Hello", a}, 1, `nothing in the unit is called "Nothing"`},
		{"approve with an unknown role", []string{"approve", "--by", "Zoë", "--role", "boss", "--rubric", "r1", a}, 2,
			`coplan approve: "boss" is not a role: give teacher, partner (industry partner) or coordinator; see 'coplan approve -h'`},
		{"approve without a name", []string{"approve", "--rubric", "r1", a}, 2, "coplan approve: say who approves with --by NAME"},
		{"approve without a file", []string{"approve", "--by", "Zoë", "--rubric", "r1"}, 2, "coplan approve: give one unit file, not 0"},
		{"accept an unknown comment", []string{"accept", "nope", a}, 1, `no comment has the id "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := coplan(t, dir, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tt.code, tt.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.coplan.toml")); err == nil {
		t.Error("a failed merge wrote its output")
	}
}
