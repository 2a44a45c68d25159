package model_test

import (
	"testing"

	"coplan/model"
)

func TestACriterionMissingFromOneCopyWithoutATombstoneIsKept(t *testing.T) {
	base := sample()
	ours := base.Clone()
	theirs := base.Clone()
	rubric := theirs.Rubrics[0]
	gone := rubric.Criteria[0]
	theirs.Rubrics[0].Criteria = rubric.Criteria[1:] // lost by hand, no tombstone
	theirs.Rubrics[0].Title = "Renamed"

	for _, b := range []*model.Project{base, nil} {
		merged, _, kept := model.MergeReport(b, ours, theirs)
		r := merged.Rubric(rubric.ID)
		if r == nil || len(r.Criteria) != len(base.Rubrics[0].Criteria) || r.Criteria[0].ID != gone.ID {
			t.Fatalf("base %v: criterion %q was not kept in its place: %+v", b != nil, gone.Title, r)
		}
		if b == nil {
			continue // without a base, nothing says the criterion was there before
		}
		if len(kept) != 1 || kept[0].EntityID != gone.ID || kept[0].Kind != model.KindCriterion || kept[0].Parent != rubric.ID || kept[0].Missing != model.Theirs {
			t.Errorf("notes %+v, want one for the criterion, missing from theirs", kept)
		}
	}

	theirs.Deleted = append(theirs.Deleted, model.Tombstone{ID: gone.ID, At: t0})
	merged, _, kept := model.MergeReport(base, ours, theirs)
	if r := merged.Rubric(rubric.ID); len(r.Criteria) != len(base.Rubrics[0].Criteria)-1 || len(kept) != 0 {
		t.Errorf("with a tombstone the criterion should go, silently: %d criteria, notes %+v", len(r.Criteria), kept)
	}
}
