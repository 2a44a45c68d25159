package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"coplan/model"
)

// approvedUnit is a unit with one rubric, approved by a partner.
func approvedUnit(t *testing.T) *model.Project {
	t.Helper()
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	p := &model.Project{Format: model.Format, ID: "7a4e0c52-1f0b-4f2e-8d65-3c1a9e7b0d21", Title: "Solar car", Updated: at,
		Rubrics: []model.Rubric{{ID: "r1", Updated: at, Title: "Design report",
			Levels: []model.Level{{ID: "l1", Updated: at, Label: "Beginning", Points: 1}, {ID: "l2", Updated: at, Label: "Excelling", Points: 2}},
			Criteria: []model.Criterion{{ID: "c1", Updated: at, Title: "Testing",
				Descriptors: map[string]string{"l1": "Tests once", "l2": "Repeats every test"}}},
		}}}
	d := model.NewDocument(p)
	if _, err := d.Apply(model.Approve("r1", "Zoë Ødegaard", "partner", at)); err != nil {
		t.Fatal(err)
	}
	return d.Project
}

func TestTheApprovedRubricIsFoundInTheHistoryAndComparedWithTheRubricNow(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "solar"+Extension)
	p := approvedUnit(t)
	saveAs(t, path, p) // the approved version is saved and remembered

	d := model.NewDocument(p.Clone())
	for _, e := range []model.Edit{
		model.Set("c1", "descriptors.l1", "Tests once and records the result"),
		model.Set("c1", "title", "Fair testing"),
		model.Add(model.Level{ID: "l3", Label: "Exceeding", Points: 3}, "r1", -1),
	} {
		if _, err := d.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	saveAs(t, path, d.Project)
	now := &d.Project.Rubrics[0]
	stale := model.StaleApprovals(now)
	if len(stale) != 1 {
		t.Fatalf("%d stale approvals, want 1", len(stale))
	}

	approved, err := ApprovedRubric(d.Project, stale[0])
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range model.RubricChanges(approved, now) {
		got = append(got, c.String())
	}
	want := []string{
		`Added level "Exceeding" (3 points)`,
		`Criterion "Testing" renamed to "Fair testing"`,
		`Descriptor of "Fair testing" at level "Beginning": "Tests once" → "Tests once and records the result"`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes since the approval:\n%q\nwant\n%q", got, want)
	}
}

func TestTheApprovedRubricIsFoundInAVersionGivenWhenTheHistoryLacksIt(t *testing.T) {
	useDataDir(t) // an empty history
	opened := approvedUnit(t)
	p := opened.Clone()
	p.Rubrics[0].Title = "Report"
	a := p.Rubrics[0].Approvals[0]
	if _, err := ApprovedRubric(p, a); !errors.Is(err, ErrApprovedGone) {
		t.Fatalf("with an empty history: %v, want ErrApprovedGone", err)
	}
	r, err := ApprovedRubric(p, a, nil, opened)
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Design report" {
		t.Errorf("found a rubric titled %q, want the approved \"Design report\"", r.Title)
	}
}

func TestAnotherUnitsRevisionIsNotTakenForTheApprovedVersion(t *testing.T) {
	useDataDir(t)
	other := approvedUnit(t)
	other.ID = "0e9d3c55-5a0b-4c61-9f3e-5b7a2d1c8e40"
	if _, err := Remember(other); err != nil {
		t.Fatal(err)
	}
	p := approvedUnit(t)
	p.Rubrics[0].Title = "Report"
	if _, err := ApprovedRubric(p, p.Rubrics[0].Approvals[0]); !errors.Is(err, ErrApprovedGone) {
		t.Errorf("found the approved version in another unit's history: %v", err)
	}
}

func TestTheHistoryListsEachRevisionsRubricDigestsSoOnlyAMatchIsRead(t *testing.T) {
	useDataDir(t)
	p := approvedUnit(t)
	rev, err := Remember(p)
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := historyDirs(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	kept := filepath.Join(dirs[0], rev+Extension)
	a := p.Rubrics[0].Approvals[0]
	if listed, err := os.ReadFile(digestsPath(kept)); err != nil || string(listed) != a.Digest+"\n" {
		t.Fatalf("the revision's digests are %q (%v), want the approved rubric's", listed, err)
	}

	// A list that lacks the digest is trusted: the revision is not read.
	if err := os.WriteFile(digestsPath(kept), []byte("0000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ApprovedRubric(p, a); !errors.Is(err, ErrApprovedGone) {
		t.Errorf("a revision whose list lacks the digest was read: %v", err)
	}

	// A revision kept before the lists were is read, and listed.
	if err := os.Remove(digestsPath(kept)); err != nil {
		t.Fatal(err)
	}
	if _, err := ApprovedRubric(p, a); err != nil {
		t.Fatalf("a revision without a list was not read: %v", err)
	}
	if listed, err := os.ReadFile(digestsPath(kept)); err != nil || string(listed) != a.Digest+"\n" {
		t.Errorf("after reading it, the revision's digests are %q (%v)", listed, err)
	}

	// Pruning a revision takes its list with it.
	if err := removeRevision(kept); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(digestsPath(kept)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the list outlived its revision: %v", err)
	}
}
