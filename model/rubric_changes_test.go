package model_test

import (
	"reflect"
	"strings"
	"testing"

	"coplan/model"
)

func TestRubricChangesNameWhatChangedInTheWordsOnScreen(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(r *model.Rubric)
		want   []string
	}{
		{"nothing", func(r *model.Rubric) {}, nil},
		{"title", func(r *model.Rubric) { r.Title = "Report" }, []string{`Title: "Design report" → "Report"`}},
		{"description", func(r *model.Rubric) { r.Description = "For the report" }, []string{`Description: (none) → "For the report"`}},
		{"unscored", func(r *model.Rubric) { r.Unscored = true }, []string{"Now for feedback only: ratings carry no points"}},
		{"level renamed", func(r *model.Rubric) { r.Levels[0].Label = "Emerging" }, []string{`Level "Beginning" renamed to "Emerging"`}},
		{"level points", func(r *model.Rubric) { r.Levels[1].Points = 3 }, []string{`Points of level "Excelling": 2.5 → 3`}},
		{"level added", func(r *model.Rubric) {
			r.Levels = append(r.Levels, model.Level{ID: "l3", Label: "Exceeding", Points: 4})
			r.Criteria[0].Descriptors["l3"] = "Designs new tests"
		}, []string{`Added level "Exceeding" (4 points)`}},
		{"level removed", func(r *model.Rubric) { r.Levels = r.Levels[1:] }, []string{`Removed level "Beginning"`}},
		{"levels reordered", func(r *model.Rubric) { r.Levels[0], r.Levels[1] = r.Levels[1], r.Levels[0] },
			[]string{`Levels reordered: "Beginning", "Excelling" → "Excelling", "Beginning"`}},
		{"criterion renamed", func(r *model.Rubric) { r.Criteria[0].Title = "Fair testing" }, []string{`Criterion "Testing" renamed to "Fair testing"`}},
		{"criterion weight", func(r *model.Rubric) { r.Criteria[0].Weight = 3 }, []string{`Weight of criterion "Testing": 2 → 3`}},
		{"criterion description", func(r *model.Rubric) { r.Criteria[0].Description = "How fair" }, []string{`Description of criterion "Testing": (none) → "How fair"`}},
		{"range scoring", func(r *model.Rubric) { r.Criteria[0].Range = true }, []string{`Criterion "Testing" now scores ranges of points`}},
		{"criterion added", func(r *model.Rubric) { r.Criteria = append(r.Criteria, model.Criterion{ID: "c2", Title: "Safety"}) }, []string{`Added criterion "Safety"`}},
		{"criterion removed", func(r *model.Rubric) { r.Criteria = nil }, []string{`Removed criterion "Testing"`}},
		{"descriptor", func(r *model.Rubric) { r.Criteria[0].Descriptors["l1"] = "Tests twice" },
			[]string{`Descriptor of "Testing" at level "Beginning": "Tests once" → "Tests twice"`}},
		{"descriptor removed", func(r *model.Rubric) { delete(r.Criteria[0].Descriptors, "l1") },
			[]string{`Descriptor of "Testing" at level "Beginning": "Tests once" → (none)`}},
		{"rating not offered", func(r *model.Rubric) { r.Criteria[0].Unused = []string{"l1"} },
			[]string{`Criterion "Testing" no longer offers a rating at level "Beginning"`}},
		{"rating's own name", func(r *model.Rubric) { r.Criteria[0].Labels = map[string]string{"l1": "Neat"} },
			[]string{`Rating name of "Testing" at level "Beginning": "Beginning" → "Neat"`}},
		{"rating's own points", func(r *model.Rubric) { r.Criteria[0].Points = map[string]float64{"l2": 7} },
			[]string{`Rating points of "Testing" at level "Excelling": 2.5 → 7`}},
		{"a criterion copied in with another id", func(r *model.Rubric) { r.Criteria[0].ID = "c9" }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			approved := sample().Rubrics[0]
			now := sample().Rubrics[0]
			tt.mutate(&now)
			var got []string
			for _, c := range model.RubricChanges(&approved, &now) {
				got = append(got, c.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("changes\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if digestsDiffer := model.RubricDigest(&approved) != model.RubricDigest(&now); digestsDiffer != (len(got) > 0) {
				t.Errorf("the digests differ: %v, but %d changes are listed", digestsDiffer, len(got))
			}
		})
	}
}

func TestRubricChangesNameACriterionByItsTitleNow(t *testing.T) {
	approved := sample().Rubrics[0]
	now := sample().Rubrics[0]
	now.Criteria[0].Title = "Fair testing"
	now.Criteria[0].Descriptors["l2"] = "Repeats"
	got := model.RubricChanges(&approved, &now)
	want := []model.RubricChange{
		{Kind: model.CriterionRenamed, Criterion: "Fair testing", Old: "Testing", New: "Fair testing"},
		{Kind: model.DescriptorChanged, Criterion: "Fair testing", Level: "Excelling", Old: "Tests \"fairly\"\nand repeats\\", New: "Repeats"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("changes %+v\nwant %+v", got, want)
	}
}

func TestWordDiffMarksTheWordsThatChanged(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []model.WordSpan
	}{
		{"same", "Tests once", "Tests once", []model.WordSpan{{Op: model.WordSame, Text: "Tests once"}}},
		{"one word replaced", "Tests once only", "Tests twice only", []model.WordSpan{
			{Op: model.WordSame, Text: "Tests "}, {Op: model.WordRemoved, Text: "once"}, {Op: model.WordAdded, Text: "twice"}, {Op: model.WordSame, Text: " only"}}},
		{"words added at the end", "Tests once", "Tests once and records it", []model.WordSpan{
			{Op: model.WordSame, Text: "Tests once"}, {Op: model.WordAdded, Text: " and records it"}}},
		{"from nothing", "", "New text", []model.WordSpan{{Op: model.WordAdded, Text: "New text"}}},
		{"to nothing", "Old text", "", []model.WordSpan{{Op: model.WordRemoved, Text: "Old text"}}},
		{"a word moved", "a b c", "b c a", []model.WordSpan{
			{Op: model.WordRemoved, Text: "a "}, {Op: model.WordSame, Text: "b c"}, {Op: model.WordAdded, Text: " a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := model.WordDiff(tt.old, tt.new)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WordDiff(%q, %q) = %+v\nwant %+v", tt.old, tt.new, got, tt.want)
			}
			var old, new strings.Builder
			for _, s := range got {
				if s.Op != model.WordAdded {
					old.WriteString(s.Text)
				}
				if s.Op != model.WordRemoved {
					new.WriteString(s.Text)
				}
			}
			if old.String() != tt.old || new.String() != tt.new {
				t.Errorf("the spans give back %q and %q", old.String(), new.String())
			}
		})
	}
}

func TestWordDiffShowsTextsTooLongToCompareAsReplaced(t *testing.T) {
	old := "Keeps " + strings.Repeat("a b ", 400) + "end"
	new := "Keeps " + strings.Repeat("b a ", 400) + "end"
	got := model.WordDiff(old, new)
	want := []model.WordSpan{{Op: model.WordSame, Text: "Keeps "},
		{Op: model.WordRemoved, Text: strings.Repeat("a b ", 400)[:1599]}, {Op: model.WordAdded, Text: strings.Repeat("b a ", 400)[:1599]},
		{Op: model.WordSame, Text: " end"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a long text was not shown as replaced between its common ends: %d spans", len(got))
	}
}
