package model_test

import (
	"bytes"
	"strings"
	"testing"

	"coplan/model"
)

func TestAcceptingAnInvalidSuggestionIsRefusedAndChangesNothing(t *testing.T) {
	cases := []struct {
		name, target, field, suggestion, want string
	}{
		{"NaN points", "l2", "points", "NaN", "needs a number"},
		{"infinite points", "l2", "points", "+Inf", "needs a number"},
		{"an engagement that does not exist", "s1", "engagement", "on the moon", "in-class or in-community"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc()
			// The comment comes from a file, as another person wrote it.
			d.Project.Comments = append(d.Project.Comments, model.Comment{ID: "bad", Target: c.target, Field: c.field,
				Author: "Mallory", Text: "try this", Suggestion: c.suggestion, Status: model.StatusOpen})
			before := model.Encode(d.Project)
			_, err := d.Apply(model.AcceptComment("bad"))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("accepting gave %v, want an error saying %q", err, c.want)
			}
			if !bytes.Equal(model.Encode(d.Project), before) {
				t.Error("the unit changed")
			}
		})
	}
}

func TestAcceptingAValidSuggestionStillApplies(t *testing.T) {
	d := newDoc()
	d.Project.Comments = append(d.Project.Comments, model.Comment{ID: "ok", Target: "l2", Field: "points",
		Author: "Ann", Text: "more", Suggestion: "3.5", Status: model.StatusOpen})
	mustApply(t, d, model.AcceptComment("ok"))
	if got := d.Project.Rubrics[0].Levels[1].Points; got != 3.5 {
		t.Errorf("points = %v, want 3.5", got)
	}
}
