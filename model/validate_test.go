package model_test

import (
	"math"
	"strings"
	"testing"

	"coplan/model"
)

func TestTheSampleUnitIsReady(t *testing.T) {
	if diags := model.Validate(sample()); len(diags) != 0 {
		t.Errorf("diagnostics on a complete unit: %v", diags)
	}
}

func TestValidateFindsEachProblem(t *testing.T) {
	tests := []struct {
		name     string
		mutate   func(p *model.Project)
		severity model.Severity
		entity   string
		message  string
	}{
		// Errors: the file is broken.
		{"duplicate id", func(p *model.Project) { p.Outcomes[0].ID = "s1"; p.Sessions[0].Outcomes = []string{"s1"} }, model.Error, "s1", "another entity already uses"},
		{"missing id", func(p *model.Project) { p.Responsibilities[0].ID = "" }, model.Error, "", "has no id"},
		{"link to a missing expert", func(p *model.Project) { p.Sessions[0].Experts = []string{"ghost"} }, model.Error, "s1", "an expert that does not exist"},
		{"link to the wrong kind", func(p *model.Project) { p.Sessions[0].Lead = "o1" }, model.Error, "s1", `links to outcome "AC9S9U05" where an expert belongs`},
		{"assessment with a missing rubric", func(p *model.Project) { p.Assessments[0].Rubric = "ghost" }, model.Error, "a1", "rubric that does not exist"},
		{"criterion with a missing outcome", func(p *model.Project) { p.Rubrics[0].Criteria[0].Outcomes = []string{"ghost"} }, model.Error, "c1", "outcome that does not exist"},
		{"expert with a missing partner", func(p *model.Project) { p.Experts[0].Partner = "ghost" }, model.Error, "e1", "partner that does not exist"},
		{"unknown engagement", func(p *model.Project) { p.Sessions[0].Engagement = "online" }, model.Error, "s1", `engagement "online"`},
		{"unknown role", func(p *model.Project) { p.Experts[0].Roles = []string{"wizard"} }, model.Error, "e1", `role "wizard"`},
		{"unknown partner kind", func(p *model.Project) { p.Partners[0].Kind = "alien" }, model.Error, "p1", `kind "alien"`},
		{"unknown party", func(p *model.Project) { p.Responsibilities[0].Party = "parents" }, model.Error, "x1", `party "parents"`},
		{"unknown comment status", func(p *model.Project) { p.Comments[0].Status = "maybe" }, model.Error, "m1", `status "maybe"`},
		{"descriptor for an unknown level", func(p *model.Project) { p.Rubrics[0].Criteria[0].Descriptors["ghost"] = "x" }, model.Error, "c1", "level that is not in the rubric"},
		{"negative weight", func(p *model.Project) { p.Rubrics[0].Criteria[0].Weight = -1 }, model.Error, "c1", "weight -1"},
		{"points that are not a number", func(p *model.Project) { p.Rubrics[0].Levels[0].Points = math.NaN() }, model.Error, "l1", "NaN points"},
		{"a rating's own points not a number", func(p *model.Project) {
			p.Rubrics[0].Criteria[0].Points = map[string]float64{"l1": math.Inf(1)}
		}, model.Error, "c1", "+Inf points"},
		{"negative minutes", func(p *model.Project) { p.Sessions[0].Minutes = -5 }, model.Error, "s1", "-5 minutes"},
		{"unit ends before it starts", func(p *model.Project) { p.Unit.End = model.NewDate(2027, 1, 1) }, model.Error, "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "ends (2027-01-01) before it starts"},
		// Warnings: the unit is not ready yet.
		{"session with no lead", func(p *model.Project) { p.Sessions[0].Lead = "" }, model.Warning, "s1", "has no lead"},
		{"expert booked after the check expires", func(p *model.Project) { p.Sessions[0].Date = model.NewDate(2027, 3, 15) }, model.Warning, "e1", "The safety check of expert \"Nguyễn Thị Ánh\" expires on 2027-03-01, before session \"Launch\" on 2027-03-15"},
		{"expert with no check", func(p *model.Project) { p.Experts[0].SafetyCheck = model.SafetyCheck{} }, model.Warning, "e1", "no safety check recorded"},
		{"criterion missing a descriptor", func(p *model.Project) { delete(p.Rubrics[0].Criteria[0].Descriptors, "l2") }, model.Warning, "c1", `no descriptor for level "Excelling"`},
		{"assessment without a rubric", func(p *model.Project) { p.Assessments[0].Rubric = "" }, model.Warning, "a1", "has no rubric"},
		{"outcome never taught", func(p *model.Project) { p.Sessions[0].Outcomes = nil }, model.Warning, "o1", "never taught"},
		{"outcome never assessed", func(p *model.Project) {
			p.Assessments[0].Outcomes = nil
			p.Rubrics[0].Criteria[0].Outcomes = nil
		}, model.Warning, "o1", "never assessed"},
		{"session before the unit starts", func(p *model.Project) { p.Sessions[0].Date = model.NewDate(2027, 1, 20) }, model.Warning, "s1", "falls outside the unit's dates"},
		{"session after the unit ends", func(p *model.Project) { p.Sessions[0].Date = model.NewDate(2027, 5, 20) }, model.Warning, "s1", "falls outside the unit's dates"},
		{"session with no engagement", func(p *model.Project) { p.Sessions[0].Engagement = "" }, model.Warning, "s1", "whether the community comes in or students go out"},
		{"comment on something deleted", func(p *model.Project) { p.Comments[0].Target = "gone" }, model.Warning, "m1", "no longer in the unit"},
		{"a rating with no name", func(p *model.Project) { p.Rubrics[0].Levels[0].Label = "" }, model.Warning, "l1", "Canvas leaves out a rating without a name"},
		{"two rubrics with one title", func(p *model.Project) {
			r := p.Rubrics[0]
			r.ID, r.Levels, r.Criteria = "r2", nil, nil
			p.Rubrics = append(p.Rubrics, r)
		}, model.Warning, "r2", "a Canvas spreadsheet would make them one rubric"},
		{"an unscored rubric", func(p *model.Project) { p.Rubrics[0].Unscored = true }, model.Warning, "r1", "give every rating 0 points"},
		{"a criterion with no rating", func(p *model.Project) {
			p.Rubrics[0].Criteria[0].Unused = []string{"l1", "l2"}
		}, model.Warning, "c1", "offers no rating at any level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sample()
			tt.mutate(p)
			diags := model.Validate(p)
			for _, d := range diags {
				if d.Severity == tt.severity && d.EntityID == tt.entity && strings.Contains(d.Message, tt.message) {
					return
				}
			}
			t.Errorf("no %s on %q saying %q; got %v", tt.severity, tt.entity, tt.message, diags)
		})
	}
}

func TestSchoolStaffNeedNoSafetyCheck(t *testing.T) {
	p := sample()
	p.Experts[1].SafetyCheck = model.SafetyCheck{}
	for _, d := range model.Validate(p) {
		if d.EntityID == "e2" {
			t.Errorf("teacher flagged: %v", d)
		}
	}
}

func TestDiagnosticsGetFileLines(t *testing.T) {
	p := sample()
	p.Sessions[0].Lead = ""
	d, err := model.Decode(model.Encode(p))
	if err != nil {
		t.Fatal(err)
	}
	diags := model.WithLines(model.Validate(d.Project), d.Lines)
	if len(diags) != 1 || diags[0].Line != d.Lines["s1"] || diags[0].Line == 0 {
		t.Fatalf("got %v, want one warning at line %d", diags, d.Lines["s1"])
	}
	if got := diags[0].String(); !strings.HasPrefix(got, "54: warning: Session \"Launch\" has no lead") {
		t.Errorf("String() = %q", got)
	}
}
