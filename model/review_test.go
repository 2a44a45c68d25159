package model_test

import (
	"reflect"
	"strings"
	"testing"

	"coplan/model"
)

func TestAddCommentFillsInIDStatusAndTime(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.AddComment(model.Comment{Target: "s1", Author: "Zoë", Role: "partner", Text: "Start later?"}))
	c := d.Project.Comments[len(d.Project.Comments)-1]
	if c.ID == "" || c.Status != model.StatusOpen || c.At.IsZero() || !c.At.Equal(c.Updated) {
		t.Errorf("comment %+v", c)
	}
	if n := model.OpenComments(d.Project, "s1"); n != 1 {
		t.Errorf("open comments on s1 = %d, want 1", n)
	}
	d.Undo()
	if n := model.OpenComments(d.Project, "s1"); n != 0 {
		t.Errorf("after undo, open comments on s1 = %d", n)
	}
}

func TestAddCommentRefusesWhatCannotBeApplied(t *testing.T) {
	tests := []struct {
		name string
		c    model.Comment
		want string
	}{
		{"no text", model.Comment{Target: "s1"}, "write some text"},
		{"unknown target", model.Comment{Target: "ghost", Text: "x"}, `no entity with id "ghost"`},
		{"suggestion without a field", model.Comment{Target: "s1", Text: "x", Suggestion: "y"}, "needs the field"},
		{"unknown field", model.Comment{Target: "s1", Text: "x", Field: "colour"}, `no field "colour"`},
		{"text where a number belongs", model.Comment{Target: "s1", Field: "minutes", Suggestion: "an hour"}, "needs a whole number"},
		{"comment on a comment", model.Comment{Target: "m1", Text: "x"}, "cannot be about another comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			before := len(d.Project.Comments)
			_, err := d.Apply(model.AddComment(tt.c))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one saying %q", err, tt.want)
			}
			if len(d.Project.Comments) != before {
				t.Error("a comment was added anyway")
			}
		})
	}
}

func TestAcceptingAppliesTheSuggestionAsOneUndoableStep(t *testing.T) {
	tests := []struct {
		name, target, field, suggestion string
		read                            func(p *model.Project) any
		want                            any
	}{
		{"criterion title", "c1", "title", "Fair testing", func(p *model.Project) any { return p.Rubrics[0].Criteria[0].Title }, "Fair testing"},
		{"descriptor", "c1", "descriptors.l1", "Tests twice", func(p *model.Project) any { return p.Rubrics[0].Criteria[0].Descriptors["l1"] }, "Tests twice"},
		{"session minutes", "s1", "minutes", " 90 ", func(p *model.Project) any { return p.Sessions[0].Minutes }, 90},
		{"session date", "s1", "date", "2027-02-10", func(p *model.Project) any { return p.Sessions[0].Date.String() }, "2027-02-10"},
		{"unit driving question", "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "unit.driving_question", "Why?", func(p *model.Project) any { return p.Unit.DrivingQuestion }, "Why?"},
		{"year levels", "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "unit.year_levels", "9, 10, 11", func(p *model.Project) any { return p.Unit.YearLevels }, []string{"9", "10", "11"}},
		{"level points", "l2", "points", "3.5", func(p *model.Project) any { return p.Rubrics[0].Levels[1].Points }, 3.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			before := tt.read(d.Project)
			c := model.Comment{ID: "new", Target: tt.target, Field: tt.field, Suggestion: tt.suggestion, Author: "Zoë", Text: "Better?"}
			mustApply(t, d, model.AddComment(c))
			summary := mustApply(t, d, model.AcceptComment("new"))
			if got := tt.read(d.Project); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("after accepting, value is %#v, want %#v", got, tt.want)
			}
			if s := d.Project.Comment("new").Status; s != model.StatusAccepted {
				t.Errorf("status %q", s)
			}
			words := map[string]string{
				"title": `Title of criterion "`, "descriptors.l1": `Descriptor at level "Beginning" of criterion`,
				"minutes": `Minutes of session`, "date": `Date of session`, "unit.driving_question": `Driving question of the unit`,
				"unit.year_levels": `Year levels of the unit`, "points": `Points of level`,
			}[tt.field]
			if !strings.HasPrefix(summary, `Accepted comment by "Zoë" and changed `+words) {
				t.Errorf("summary %q", summary)
			}
			d.Undo()
			if got := tt.read(d.Project); !reflect.DeepEqual(got, before) {
				t.Errorf("undo left %#v, want %#v", got, before)
			}
			if s := d.Project.Comment("new").Status; s != model.StatusOpen {
				t.Errorf("undo left status %q", s)
			}
		})
	}
}

func TestCommentStatusesMoveOnlyAlongTheReviewFlow(t *testing.T) {
	tests := []struct {
		name    string
		steps   []func(string) model.Edit
		want    model.CommentStatus
		wantErr string
	}{
		{"reject", []func(string) model.Edit{model.RejectComment}, model.StatusRejected, ""},
		{"resolve", []func(string) model.Edit{model.ResolveComment}, model.StatusResolved, ""},
		{"resolve then reopen", []func(string) model.Edit{model.ResolveComment, model.ReopenComment}, model.StatusOpen, ""},
		{"reject then accept", []func(string) model.Edit{model.RejectComment, model.AcceptComment}, model.StatusRejected, "reopen it first"},
		{"reopen an open comment", []func(string) model.Edit{model.ReopenComment}, model.StatusOpen, "already open"},
		{"accept twice", []func(string) model.Edit{model.AcceptComment, model.AcceptComment}, model.StatusAccepted, "already accepted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			var err error
			for _, step := range tt.steps {
				if _, err = d.Apply(step("m1")); err != nil {
					break
				}
			}
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("error %v, want %q", err, tt.wantErr)
			}
			if s := d.Project.Comment("m1").Status; s != tt.want {
				t.Errorf("status %q, want %q", s, tt.want)
			}
		})
	}
}

func TestRejectingLeavesTheTargetAlone(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.RejectComment("m1"))
	if got := d.Project.Rubrics[0].Criteria[0].Title; got != "Testing" {
		t.Errorf("title %q", got)
	}
}

func TestAcceptingACommentOnSomethingDeletedFails(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Delete("c1"))
	if _, err := d.Apply(model.AcceptComment("m1")); err == nil || !strings.Contains(err.Error(), "no longer in the unit") {
		t.Errorf("error %v", err)
	}
}

func TestFilterCommentsByStatusAuthorAndEntity(t *testing.T) {
	p := sample()
	p.Comments = []model.Comment{
		{ID: "a", Target: "c1", Author: "Zoë", Status: model.StatusOpen},
		{ID: "b", Target: "r1", Author: "Ana", Status: model.StatusAccepted},
		{ID: "c", Target: "s1", Author: "Zoë", Status: model.StatusResolved},
		{ID: "d", Target: "l2", Author: "Ana", Status: model.StatusOpen},
	}
	tests := []struct {
		name string
		f    model.CommentFilter
		want string
	}{
		{"all", model.CommentFilter{}, "abcd"},
		{"open", model.CommentFilter{OpenOnly: true}, "ad"},
		{"by author", model.CommentFilter{Author: "Zoë"}, "ac"},
		{"a rubric includes its levels and criteria", model.CommentFilter{Entity: "r1"}, "abd"},
		{"a criterion alone", model.CommentFilter{Entity: "c1"}, "a"},
		{"open by author on an entity", model.CommentFilter{OpenOnly: true, Author: "Ana", Entity: "r1"}, "d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, c := range model.FilterComments(p, tt.f) {
				got += c.ID
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if got := model.CommentAuthors(p); !reflect.DeepEqual(got, []string{"Ana", "Zoë"}) {
		t.Errorf("authors %v", got)
	}
	if got := model.OpenCommentCounts(p); !reflect.DeepEqual(got, map[string]int{"c1": 1, "l2": 1}) {
		t.Errorf("counts %v", got)
	}
}
