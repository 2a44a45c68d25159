package app

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// formsOf builds every form that edits the entity with id of kind: its own,
// and for a rubric the forms of its levels and criteria in the grid.
func formsOf(t *testing.T, e *editor, kind model.Kind, id string) []*form {
	t.Helper()
	one := func(build func(*editor, string) *form) []*form { return []*form{build(e, id)} }
	switch kind {
	case model.KindUnit:
		return []*form{newOverview(e).(*overview).form}
	case model.KindPartner:
		return one(partnerForm)
	case model.KindExpert:
		return one(expertForm)
	case model.KindOutcome:
		return one(outcomeForm)
	case model.KindSession:
		return one(sessionForm)
	case model.KindAssessment:
		return one(assessmentForm)
	case model.KindResponsibility:
		return one(responsibilityForm)
	case model.KindComment:
		return one(commentForm)
	case model.KindRubric:
		v := newRubrics(e).(*rubrics)
		f := v.rubricForm(id)
		return append([]*form{f}, v.grid.forms...)
	}
	t.Fatalf("no form is known for a %s: add it to formsOf", kind)
	return nil
}

// TestEveryFormOfTheExampleReadsEveryFieldItBinds opens the form of one
// entity of each kind in the example unit, and of every rubric with the
// forms of all its levels and criteria; forms of one kind bind the same
// paths, and building all 60 costs minutes under the race detector.
func TestEveryFormOfTheExampleReadsEveryFieldItBinds(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	e := c.ed
	p := e.doc.Project
	index := p.Index()
	ids := slices.Sorted(maps.Keys(index))

	bound := map[string]int{} // entity id -> paths its forms bound
	kinds := map[model.Kind]bool{}
	for _, id := range ids {
		ref := index[id]
		if ref.Kind == model.KindLevel || ref.Kind == model.KindCriterion {
			continue // in their rubric's grid
		}
		if kinds[ref.Kind] && ref.Kind != model.KindRubric {
			continue
		}
		for _, f := range formsOf(t, e, ref.Kind, id) {
			for _, err := range f.errs {
				t.Errorf("%s: %v", index[f.id].Describe(), err)
			}
			for _, path := range f.paths {
				if _, err := p.Field(f.id, path); err != nil {
					t.Errorf("%s: field %q does not resolve: %v", index[f.id].Describe(), path, err)
				}
			}
			bound[f.id] += len(f.paths)
			kinds[index[f.id].Kind] = true
		}
	}
	for _, id := range ids {
		ref := index[id]
		_, opened := bound[id]
		grid := ref.Kind == model.KindLevel || ref.Kind == model.KindCriterion
		switch {
		case grid && !opened:
			t.Errorf("the grid of its rubric has no form for %s", ref.Describe())
		case opened && bound[id] == 0 && ref.Kind != model.KindComment: // a comment's form only shows it
			t.Errorf("no form bound a field of %s", ref.Describe())
		}
	}
	for _, k := range []model.Kind{model.KindUnit, model.KindPartner, model.KindExpert, model.KindOutcome,
		model.KindSession, model.KindRubric, model.KindLevel, model.KindCriterion, model.KindAssessment,
		model.KindResponsibility, model.KindComment} {
		if !kinds[k] {
			t.Errorf("the example has no %s, so its form went unchecked", k)
		}
	}
	if strings.Contains(e.status.Text, "bug") {
		t.Errorf("the status bar reports a broken form: %q", e.status.Text)
	}
}

func TestAMistypedFieldPathIsReportedNotShownBlank(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges", model.Add(model.Outcome{ID: "o1", Code: "SCI-1", Text: "Forces"}, "", -1)))
	e := c.ed
	for _, tc := range []struct {
		name, path string
		bind       func(f *form, path string)
	}{
		{"text entry", "txet", func(f *form, path string) { f.text(path, "") }},
		{"check box", "cheked", func(f *form, path string) { f.check(path, "Done") }},
		{"choice", "kidn", func(f *form, path string) {
			f.choice(path, func() []option { return []option{{value: "a", label: "A"}} }, false)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.setStatus("")
			f := newForm(e, "o1")
			tc.bind(f, tc.path)
			if len(f.errs) != 1 || !strings.Contains(f.errs[0].Error(), tc.path) {
				t.Fatalf("errors %v, want one naming %q", f.errs, tc.path)
			}
			if e.status.Importance != widget.DangerImportance || !strings.Contains(e.status.Text, "report this as a bug") {
				t.Errorf("status %q (importance %v), want the person told", e.status.Text, e.status.Importance)
			}
			if strings.Contains(e.status.Text, tc.path) || strings.Contains(e.status.Text, "o1") {
				t.Errorf("status %q shows a path or an id", e.status.Text)
			}
			f.refresh()
			if len(f.errs) != 1 {
				t.Errorf("refreshing repeated the error: %v", f.errs)
			}
		})
	}
}

func TestTheFormOfADeletedEntityReadsNothingAndReportsNothing(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges", model.Add(model.Outcome{ID: "o1", Code: "SCI-1", Text: "Forces"}, "", -1)))
	f := outcomeForm(c.ed, "o1")
	if !slices.Contains(f.paths, "code") {
		t.Fatalf("the outcome form binds %v, not its code", f.paths)
	}
	if !c.ed.apply(model.Delete("o1")) {
		t.Fatal("delete failed")
	}
	if v := f.value("code"); v != nil {
		t.Errorf("the deleted outcome's code reads %v", v)
	}
	if len(f.errs) != 0 {
		t.Errorf("a deleted entity counts as a broken form: %v", f.errs)
	}
}
