package model_test

import (
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

func TestFieldByLabelFindsTheKeyOfWhatTheEditorShows(t *testing.T) {
	p := modeltest.Judged(1, 1, 1, 1)
	crit := p.Rubrics[0].Criteria[0].ID
	level := p.Rubrics[0].Levels[1]
	tests := []struct {
		name, id, label, want string
	}{
		{"a session's length", p.Sessions[0].ID, "minutes", "minutes"},
		{"a label of two words, any case", p.Sessions[0].ID, "STARTS AT", "start"},
		{"an expert's nested field", p.Experts[0].ID, "Safety check expires", "safety_check.expires"},
		{"a criterion's weight", crit, "Weight", "weight"},
		{"a per-level field by the level's name", crit, "Own name at " + level.Label, "labels." + level.ID},
		{"the editor's own wording of a level", crit, `Descriptor at level "` + level.Label + `"`, "descriptors." + level.ID},
		{"a per-level field without its level", crit, "Descriptor", ""},
		{"a level the rubric does not have", crit, "Descriptor at Superb", ""},
		{"no such label", p.Sessions[0].ID, "Colour", ""},
		{"no such entity", "nobody", "Title", ""},
	}
	for _, tc := range tests {
		if got := model.FieldByLabel(p, tc.id, tc.label); got != tc.want {
			t.Errorf("%s: FieldByLabel(%q) = %q, want %q", tc.name, tc.label, got, tc.want)
		}
	}
}
