package model

import (
	"regexp"
	"strings"
	"testing"
)

// fileKey matches what a file key or an id looks like in a message: a word
// with an underscore or a dot inside it, or a run of hex digits.
var fileKey = regexp.MustCompile(`\b[a-z]+[_.][a-z_.]+\b|\b[0-9a-f]{8}\b`)

func TestEveryFieldHasALabel(t *testing.T) {
	for _, k := range kindSpecs {
		paths := FieldPaths(k.Kind)
		if len(paths) == 0 {
			t.Errorf("%s has no fields", k.Kind)
		}
		for _, p := range paths {
			path := p
			if isLevelMap(k.Kind, p+".x") {
				path += ".0b4f9d2e-8c1a-4f7e-9a3d-5e6f7a8b9c0d"
			}
			if _, ok := fieldLabels[k.Kind][p]; !ok {
				t.Errorf("%s %s has no label in fieldLabels", k.Kind, p)
			}
			if l := FieldLabel(k.Kind, path); l == "" || fileKey.MatchString(l) {
				t.Errorf("FieldLabel(%s, %s) = %q", k.Kind, path, l)
			}
		}
	}
}

func TestDescribeFieldUsesTheWordsOnScreen(t *testing.T) {
	p := &Project{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000001", Title: "Solar"}
	p.Sessions = []Session{{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000002", Title: "Launch"}}
	p.Rubrics = []Rubric{{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000003", Title: "Water quality",
		Levels:   []Level{{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000004", Label: "Proficient"}},
		Criteria: []Criterion{{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000005", Title: "Accuracy"}}}}
	p.Experts = []Expert{{ID: "0b4f9d2e-8c1a-4f7e-9a3d-000000000006", Name: "Raj"}}
	tests := []struct{ id, path, want string }{
		{p.ID, "unit.end", "Ends of the unit"},
		{p.ID, "unit.year_levels", "Year levels of the unit"},
		{p.ID, "unit.something_new", "Something new of the unit"},
		{p.ID, "unit.*", "Settings from a newer Coplan of the unit"},
		{"0b4f9d2e-8c1a-4f7e-9a3d-000000000002", "start", `Starts at of session "Launch"`},
		{"0b4f9d2e-8c1a-4f7e-9a3d-000000000006", "safety_check.expires", `Safety check expires of expert "Raj"`},
		{"0b4f9d2e-8c1a-4f7e-9a3d-000000000005", "descriptors.0b4f9d2e-8c1a-4f7e-9a3d-000000000004",
			`Descriptor at level "Proficient" of criterion "Accuracy" in rubric "Water quality"`},
		{"0b4f9d2e-8c1a-4f7e-9a3d-000000000005", "points.0b4f9d2e-8c1a-4f7e-9a3d-00000000dead",
			`Own points at a level no longer in the rubric of criterion "Accuracy" in rubric "Water quality"`},
	}
	if got := p.FieldName("0b4f9d2e-8c1a-4f7e-9a3d-000000000005", "labels.0b4f9d2e-8c1a-4f7e-9a3d-000000000004"); got != `Own name at level "Proficient"` {
		t.Errorf("FieldName of a level's own name = %q", got)
	}
	if got := p.FieldName("gone", "descriptors.0b4f9d2e-8c1a-4f7e-9a3d-000000000004"); got != "Descriptor" {
		t.Errorf("FieldName of an entity no longer there = %q", got)
	}
	for _, tt := range tests {
		if got := p.DescribeField(tt.id, tt.path); got != tt.want {
			t.Errorf("DescribeField(%s) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestRoleNamesAreWords(t *testing.T) {
	for _, r := range Roles {
		if n := RoleName(r); n == "" || strings.Contains(n, "-") || n == r {
			t.Errorf("RoleName(%q) = %q", r, n)
		}
	}
	for _, k := range PartnerKinds {
		if n := PartnerKindName(k); n == "" || n == k {
			t.Errorf("PartnerKindName(%q) = %q", k, n)
		}
	}
	if got := RoleNames([]string{RoleConsultant, " ", "tour-guide"}); got != "Project consultant, Tour guide" {
		t.Errorf("RoleNames = %q", got)
	}
}
