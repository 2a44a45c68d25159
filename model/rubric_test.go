package model_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// perCriterionRubric is a rubric in which criteria hold their own ratings:
// "Neatness" has two of the four columns, with its own names and points.
func perCriterionRubric() model.Project {
	at := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	return model.Project{Format: model.Format, ID: "u1", Title: "Unit", Updated: at,
		Rubrics: []model.Rubric{{ID: "r1", Updated: at, Title: "Essay",
			Levels: []model.Level{{ID: "l4", Label: "Excellent", Points: 4}, {ID: "l3", Label: "Good", Points: 3},
				{ID: "l2", Label: "Fair", Points: 2}, {ID: "l0", Label: "Poor", Points: 0}},
			Criteria: []model.Criterion{
				{ID: "c1", Title: "Argument", Description: "Claims backed\nby evidence", Weight: 2, Range: true,
					Descriptors: map[string]string{"l4": "Strong", "l3": "Sound", "l2": "Thin", "l0": "None"}},
				{ID: "c2", Title: "Neatness", Unused: []string{"l2", "l0"},
					Labels:      map[string]string{"l4": "Neat", "l3": "Messy"},
					Points:      map[string]float64{"l4": 1, "l3": 0},
					Descriptors: map[string]string{"l4": "Easy to read"}},
				{ID: "c3", Title: "Penalty", Unused: []string{"l4", "l3"},
					Points: map[string]float64{"l2": -0.5, "l0": -2}},
			}}}}
}

func TestRubricFieldsSurviveEncodeAndDecode(t *testing.T) {
	p := perCriterionRubric()
	p.Rubrics[0].Unscored = true
	data := model.Encode(&p)
	for _, want := range []string{"unscored = true\n", "description = \"\"\"\nClaims backed\nby evidence\"\"\"\n", "range = true\n",
		"unused = [\"l2\", \"l0\"]\n", "[rubrics.criteria.labels]\nl4 = \"Neat\"\nl3 = \"Messy\"\n",
		"[rubrics.criteria.points]\nl4 = 1\nl3 = 0\n", "[rubrics.criteria.points]\nl2 = -0.5\nl0 = -2\n"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("encoded file lacks %q:\n%s", want, data)
		}
	}
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) > 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
	got := d.Project.Rubrics[0]
	if !reflect.DeepEqual(got.Criteria, p.Rubrics[0].Criteria) || !got.Unscored {
		t.Errorf("decoded criteria differ:\n got %+v\nwant %+v", got.Criteria, p.Rubrics[0].Criteria)
	}
	if again := model.Encode(d.Project); string(again) != string(data) {
		t.Errorf("re-encoding changed the file:\n%s", again)
	}
}

func TestBestPossibleTotalIsWhatAStudentCanGet(t *testing.T) {
	p := perCriterionRubric()
	r := &p.Rubrics[0]
	tests := []struct {
		name string
		c    int
		want float64
	}{
		{"weight multiplies the best rating", 0, 8},
		{"own points of the offered ratings only", 1, 1},
		{"all ratings negative", 2, -0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.CriterionMax(&r.Criteria[tt.c]); got != tt.want {
				t.Errorf("CriterionMax = %v, want %v", got, tt.want)
			}
		})
	}
	if got := r.MaxPoints(); got != 8.5 {
		t.Errorf("MaxPoints = %v, want 8.5", got)
	}
	r.Unscored = true
	if got := r.MaxPoints(); got != 0 {
		t.Errorf("unscored MaxPoints = %v, want 0", got)
	}
}

func TestRatingsFollowLevelsAndTheCriterionsOwnNamesAndPoints(t *testing.T) {
	p := perCriterionRubric()
	r := &p.Rubrics[0]
	got := r.Ratings(&r.Criteria[1])
	want := []model.Rating{{Level: "l4", Label: "Neat", Points: 1, Descriptor: "Easy to read"}, {Level: "l3", Label: "Messy", Points: 0}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Ratings = %+v, want %+v", got, want)
	}
	if n := len(r.Ratings(&r.Criteria[0])); n != 4 {
		t.Errorf("a criterion with no unused levels has %d ratings, want 4", n)
	}
}

func TestDeletingALevelRemovesItsCellsFromEveryCriterion(t *testing.T) {
	p := perCriterionRubric()
	doc := model.NewDocument(&p)
	if _, err := doc.Apply(model.Delete("l3")); err != nil {
		t.Fatal(err)
	}
	c := doc.Project.Rubrics[0].Criteria[1]
	if _, ok := c.Labels["l3"]; ok {
		t.Errorf("label of the deleted level kept: %v", c.Labels)
	}
	if _, ok := c.Points["l3"]; ok {
		t.Errorf("points of the deleted level kept: %v", c.Points)
	}
	if _, err := doc.Apply(model.Delete("l0")); err != nil {
		t.Fatal(err)
	}
	c3 := doc.Project.Rubrics[0].Criteria[2]
	if !reflect.DeepEqual(c3.Unused, []string{"l4"}) {
		t.Errorf("unused after deleting levels l3 and l0 = %v, want [l4]", c3.Unused)
	}
	doc.Undo()
	doc.Undo()
	if got := doc.Project.Rubrics[0].Criteria; !reflect.DeepEqual(got, perCriterionRubric().Rubrics[0].Criteria) {
		t.Errorf("undo did not restore the criteria: %+v", got)
	}
}

func TestValidateAsksNoDescriptorForALevelTheCriterionDoesNotUse(t *testing.T) {
	p := perCriterionRubric()
	unused := map[string]bool{"c2 descriptors.l2": true, "c2 descriptors.l0": true, "c3 descriptors.l4": true, "c3 descriptors.l3": true}
	for _, d := range model.Validate(&p) {
		if unused[d.EntityID+" "+d.Field] {
			t.Errorf("warning about an unused level: %s", d.Message)
		}
		if d.Severity == model.Error {
			t.Errorf("error in a valid per-criterion rubric: %s", d.Message)
		}
	}
}
