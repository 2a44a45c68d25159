package model_test

import (
	"strings"
	"testing"

	"coplan/model"
)

func TestFindTakesAnIdOrAName(t *testing.T) {
	p := sample()
	p.Rubrics = append(p.Rubrics, model.Rubric{ID: "r-2", Title: "Pitch"}, model.Rubric{ID: "r-3", Title: "pitch"})
	rubrics := "  " + p.Rubrics[0].Title + " (id r1)\n  Pitch (id r-2)\n  pitch (id r-3)"
	tests := []struct {
		name    string
		p       *model.Project
		query   string
		kinds   []model.Kind
		want    string
		wantErr string
	}{
		{"an id", p, "r1", []model.Kind{model.KindRubric}, "r1", ""},
		{"a name, ignoring case and space", p, "  " + strings.ToUpper(p.Rubrics[0].Title) + " ", []model.Kind{model.KindRubric}, "r1", ""},
		{"a name in another script", p, "nguyễn thị ánh", []model.Kind{model.KindExpert}, "e1", ""},
		{"a name of any kind", p, "Launch", nil, "s1", ""},
		{"an id of the wrong kind", p, "s1", []model.Kind{model.KindRubric}, "", `no rubric "s1" in this unit; its rubrics are:` + "\n" + rubrics},
		{"two with one name", p, "Pitch", []model.Kind{model.KindRubric}, "", "2 rubrics are called \"Pitch\"; choose one by id:\n  Pitch (id r-2)\n  pitch (id r-3)"},
		{"two of any kind", p, "Pitch", nil, "", "2 things are called \"Pitch\"; choose one by id:\n  rubric \"Pitch\" (id r-2)\n  rubric \"pitch\" (id r-3)"},
		{"no such name", p, "Essay", []model.Kind{model.KindRubric}, "", `no rubric "Essay" in this unit; its rubrics are:` + "\n" + rubrics},
		{"no such name of any kind", p, "Nothing", nil, "", `nothing in the unit is called "Nothing"`},
		{"none of the kind at all", &model.Project{ID: "u"}, "Ana", []model.Kind{model.KindExpert}, "", `no expert "Ana": this unit has no experts`},
		{"comments are not found by default", p, "m1", nil, "", `nothing in the unit is called "m1"`},
		{"an empty query", p, "", []model.Kind{model.KindCriterion}, "", `no criterion "" in this unit; its criteria are:`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := model.Find(tt.p, tt.query, tt.kinds...)
			switch {
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("Find(%q) error %v, want %q", tt.query, err, tt.wantErr)
			case tt.wantErr == "" && (err != nil || got != tt.want):
				t.Errorf("Find(%q) = %q, %v; want %q", tt.query, got, err, tt.want)
			}
		})
	}
}

func TestKeyedFieldNamesALevelByItsLabel(t *testing.T) {
	p := sample()
	p.Rubrics = append(p.Rubrics, model.Rubric{ID: "r2", Title: "Other", Levels: []model.Level{{ID: "lx", Label: "Beginning"}}})
	tests := []struct{ name, id, field, want string }{
		{"a label, ignoring case", "c1", "descriptors.beginning", "descriptors.l1"},
		{"an id stays", "c1", "descriptors.l2", "descriptors.l2"},
		{"a level of another rubric does not count", "c1", "descriptors.lx", "descriptors.lx"},
		{"an unknown label stays", "c1", "descriptors.Superb", "descriptors.Superb"},
		{"a field that is no keyed link stays", "c1", "title", "title"},
		{"another kind stays", "s1", "descriptors.Beginning", "descriptors.Beginning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.KeyedField(p, tt.id, tt.field); got != tt.want {
				t.Errorf("KeyedField(%s, %q) = %q, want %q", tt.id, tt.field, got, tt.want)
			}
		})
	}
}
