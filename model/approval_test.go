package model_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

func TestRubricDigestChangesWithContentOnly(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(r *model.Rubric)
		changes bool
	}{
		{"title", func(r *model.Rubric) { r.Title = "Report" }, true},
		{"description", func(r *model.Rubric) { r.Description = "For the final report" }, true},
		{"level label", func(r *model.Rubric) { r.Levels[0].Label = "Emerging" }, true},
		{"level points", func(r *model.Rubric) { r.Levels[1].Points = 3 }, true},
		{"level order", func(r *model.Rubric) { r.Levels[0], r.Levels[1] = r.Levels[1], r.Levels[0] }, true},
		{"criterion title", func(r *model.Rubric) { r.Criteria[0].Title = "Fair testing" }, true},
		{"criterion weight", func(r *model.Rubric) { r.Criteria[0].Weight = 3 }, true},
		{"descriptor", func(r *model.Rubric) { r.Criteria[0].Descriptors["l1"] = "Tests twice" }, true},
		{"descriptor removed", func(r *model.Rubric) { delete(r.Criteria[0].Descriptors, "l1") }, true},
		{"added criterion", func(r *model.Rubric) { r.Criteria = append(r.Criteria, model.Criterion{ID: "c2"}) }, true},
		{"updated times", func(r *model.Rubric) { r.Updated = t0.Add(time.Hour); r.Criteria[0].Updated = t0.Add(time.Hour) }, false},
		{"approvals", func(r *model.Rubric) { r.Approvals = append(r.Approvals, model.Approval{By: "Ana"}) }, false},
		{"outcome links", func(r *model.Rubric) { r.Criteria[0].Outcomes = nil }, false},
		{"copied from", func(r *model.Rubric) { r.CopiedFrom.File = "other.coplan.toml" }, false},
		{"criterion description", func(r *model.Rubric) { r.Criteria[0].Description = "How fair the tests are" }, true},
		{"range scoring", func(r *model.Rubric) { r.Criteria[0].Range = true }, true},
		{"unused level", func(r *model.Rubric) { r.Criteria[0].Unused = []string{r.Levels[0].ID} }, true},
		{"rating's own name", func(r *model.Rubric) { r.Criteria[0].Labels = map[string]string{r.Levels[0].ID: "Neat"} }, true},
		{"rating's own points", func(r *model.Rubric) { r.Criteria[0].Points = map[string]float64{r.Levels[0].ID: 7} }, true},
		{"unscored", func(r *model.Rubric) { r.Unscored = true }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sample()
			before := model.RubricDigest(&p.Rubrics[0])
			tt.mutate(&p.Rubrics[0])
			if changed := model.RubricDigest(&p.Rubrics[0]) != before; changed != tt.changes {
				t.Errorf("digest changed: %v, want %v", changed, tt.changes)
			}
		})
	}
}

func TestAnApprovalGoesStaleWhenTheRubricChanges(t *testing.T) {
	d := newDoc()
	d.Project.Rubrics[0].Approvals = nil
	r := func() *model.Rubric { return &d.Project.Rubrics[0] }
	if s := model.ApprovalState(r()); s != model.NotApproved {
		t.Fatalf("state %q before any approval", s)
	}
	at := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	mustApply(t, d, model.Approve("r1", "Zoë Ødegaard", "partner", at))
	if s := model.ApprovalState(r()); s != model.Approved {
		t.Fatalf("state %q after approving", s)
	}
	if r().Updated != t0 {
		t.Error("approving stamped the rubric")
	}
	mustApply(t, d, model.Set("c1", "descriptors.l1", "Tests twice"))
	if s := model.ApprovalState(r()); s != model.ApprovalStale {
		t.Fatalf("state %q after an edit", s)
	}
	found := false
	for _, diag := range model.Validate(d.Project) {
		if diag.EntityID == "r1" && diag.Severity == model.Warning &&
			diag.Message == `Rubric "Design report" was approved by Zoë Ødegaard on 2026-11-21 but has changed since` {
			found = true
		}
	}
	if !found {
		t.Errorf("no stale-approval warning in %v", model.Validate(d.Project))
	}
	mustApply(t, d, model.Approve("r1", "Zoë Ødegaard", "partner", at.Add(time.Hour)))
	if s := model.ApprovalState(r()); s != model.Approved {
		t.Errorf("state %q after approving again", s)
	}
}

func TestOneStaleApproverMakesTheRubricStale(t *testing.T) {
	p := sample()
	r := &p.Rubrics[0]
	current := model.RubricDigest(r)
	r.Approvals = []model.Approval{
		{By: "Ana", At: t0, Digest: "old"},
		{By: "Zoë", At: t0, Digest: current},
	}
	stale := model.StaleApprovals(r)
	if len(stale) != 1 || stale[0].By != "Ana" || model.ApprovalState(r) != model.ApprovalStale {
		t.Errorf("stale %v, state %q", stale, model.ApprovalState(r))
	}
}

func TestUndoingAnApprovalRemovesItAndRedoPutsItBack(t *testing.T) {
	d := newDoc()
	n := len(d.Project.Rubrics[0].Approvals)
	mustApply(t, d, model.Approve("r1", "Ana", "partner", time.Time{}))
	added := d.Project.Rubrics[0].Approvals[n]
	if added.At.IsZero() || added.Digest != model.RubricDigest(&d.Project.Rubrics[0]) {
		t.Errorf("approval %+v", added)
	}
	d.Undo()
	if len(d.Project.Rubrics[0].Approvals) != n {
		t.Fatal("undo kept the approval")
	}
	d.Redo()
	if got := d.Project.Rubrics[0].Approvals; len(got) != n+1 || !reflect.DeepEqual(got[n], added) {
		t.Errorf("redo gave %v, want %v last", got, added)
	}
}

func TestApproveRefusesUnknownRubricsAndNamelessApprovers(t *testing.T) {
	d := newDoc()
	for _, e := range []model.Edit{model.Approve("ghost", "Ana", "partner", t0), model.Approve("r1", "", "partner", t0)} {
		if _, err := d.Apply(e); err == nil || !strings.Contains(err.Error(), "approve:") {
			t.Errorf("error %v", err)
		}
	}
}

func TestApprovingAgainIsRefusedUntilTheRubricChanges(t *testing.T) {
	d := newDoc()
	d.Project.Rubrics[0].Approvals = nil
	mustApply(t, d, model.Approve("r1", "Ana", "partner", t0))
	if _, err := d.Apply(model.Approve("r1", "Ana", "partner", t0.Add(time.Hour))); err == nil || !strings.Contains(err.Error(), "already approved") {
		t.Errorf("approving an approved rubric again: %v", err)
	}
	mustApply(t, d, model.Set("l1", "label", "Emerging"))
	mustApply(t, d, model.Approve("r1", "Ana", "partner", t0)) // the same second: replaces the stale one
	if got := d.Project.Rubrics[0].Approvals; len(got) != 1 || model.ApprovalState(&d.Project.Rubrics[0]) != model.Approved {
		t.Fatalf("approvals %v", got)
	}
	d.Undo()
	if got := d.Project.Rubrics[0].Approvals; len(got) != 1 || model.ApprovalState(&d.Project.Rubrics[0]) != model.ApprovalStale {
		t.Errorf("undo left approvals %v", got)
	}
}

func TestApprovalsMadeBeforeRatingsFieldsStayValid(t *testing.T) {
	p := sample()
	// The digest an older Coplan recorded for the sample rubric.
	if got := model.RubricDigest(&p.Rubrics[0]); got != "6b37c7dd61052bbb3bca5729564b46c0" {
		t.Errorf("digest of a rubric without the newer fields = %s, want the one older files hold", got)
	}
}

func TestOpenRubricCommentsCountsOpenOnesOnTheRubricAndItsParts(t *testing.T) {
	p := sample() // one open comment, on criterion c1 of rubric r1
	p.Comments = append(p.Comments,
		model.Comment{ID: "m2", Target: "r1", Text: "Shorter title?", Status: model.StatusOpen},
		model.Comment{ID: "m3", Target: "l2", Text: "Name it Exceeding", Status: ""}, // no status yet is open
		model.Comment{ID: "m4", Target: "c1", Text: "Done", Status: model.StatusAccepted},
		model.Comment{ID: "m5", Target: "r1", Text: "No", Status: model.StatusRejected},
		model.Comment{ID: "m6", Target: "s1", Text: "Another part of the unit", Status: model.StatusOpen})
	if got := model.OpenRubricComments(p, "r1"); got != 3 {
		t.Errorf("open comments on the rubric: %d, want 3", got)
	}
	if got := model.OpenRubricComments(p, "nope"); got != 0 {
		t.Errorf("open comments on no rubric: %d", got)
	}
}

func TestParseUserRoleTakesTheKeyOrTheWordsOnScreen(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"partner", "partner", true},
		{"Industry partner", "partner", true},
		{"industry", "partner", true},
		{"INDUSTRY-PARTNER", "partner", true},
		{" Teacher ", "teacher", true},
		{"coordinator", "coordinator", true},
		{"student", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := model.ParseUserRole(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseUserRole(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
