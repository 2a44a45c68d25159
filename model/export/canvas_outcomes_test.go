package export

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"coplan/model"
)

// outcomeRubricUnit is the interop unit whose tricky rubric has a criterion
// with outcomes and no description, one with both, and one with neither.
func outcomeRubricUnit(t *testing.T) (*model.Project, *model.Rubric) {
	t.Helper()
	p := interopUnit(t)
	r := &p.Rubrics[len(p.Rubrics)-1]
	second := r.Criteria[1]
	second.ID, second.Title = "cr-3", "Teamwork"
	r.Criteria[1].Description = "Answers the panel's questions.\n- with evidence\n- in their own words"
	r.Criteria[1].Outcomes = []string{"o-2", "o-1"}
	r.Criteria = append(r.Criteria, second)
	return p, r
}

func TestCoplanToCanvasToCoplanKeepsOutcomeLinksAndDescriptions(t *testing.T) {
	p, r := outcomeRubricUnit(t)
	got := coplanTrip(t, &model.Project{Outcomes: p.Outcomes, Rubrics: []model.Rubric{*r}})
	if len(got) != 1 || len(got[0].Criteria) != len(r.Criteria) {
		t.Fatalf("got %+v", got)
	}
	for i, c := range r.Criteria {
		back := got[0].Criteria[i]
		if back.Description != c.Description || !reflect.DeepEqual(back.Outcomes, c.Outcomes) {
			t.Errorf("criterion %q came back with description %q and outcomes %q; want %q and %q",
				c.Title, back.Description, back.Outcomes, c.Description, c.Outcomes)
		}
	}
}

func TestCanvasReadsTheOutcomeCodesWhereTheDescriptionGoesAndIgnoresTheirColumn(t *testing.T) {
	p, r := outcomeRubricUnit(t)
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, &model.Project{Outcomes: p.Outcomes, Rubrics: []model.Rubric{*r}}, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"X-1, X-2", r.Criteria[1].Description, ""}
	check := func(who string, view []canvasRubric) {
		t.Helper()
		var long []string
		for _, c := range view[0].Criteria {
			long = append(long, c.LongDescription)
			for _, rt := range c.Ratings {
				if strings.Contains(rt.Description+rt.LongDescription, "X-") {
					t.Errorf("%s reads an outcome code as part of rating %+v", who, rt)
				}
			}
		}
		if !reflect.DeepEqual(long, want) {
			t.Errorf("%s reads the descriptions %q, want %q:\n%s", who, long, want, buf.String())
		}
		all := ratingsOf(r)
		for i := range all.Criteria {
			all.Criteria[i].LongDescription = want[i]
		}
		if !reflect.DeepEqual(view[0], all) {
			t.Errorf("%s reads\n%+v\nwant\n%+v", who, view[0], all)
		}
	}
	check("the Go stand-in", canvasView(t, buf.Bytes()))
	check("Ruby", rubyViews(t, map[string][]byte{"r.csv": buf.Bytes()})["r.csv"])
}

func TestCanvasImportKeepsCodesTheUnitLacksInTheDescriptionOnly(t *testing.T) {
	p, r := outcomeRubricUnit(t)
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, &model.Project{Outcomes: p.Outcomes, Rubrics: []model.Rubric{*r}}, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	other := &model.Project{Outcomes: []model.Outcome{{ID: "mine", Code: "x-2"}}} // X-1 is not in this unit
	got, err := ReadCanvasCSV(&buf, other, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		desc     string
		outcomes []string
	}{
		{"Outcomes: X-1", []string{"mine"}},
		{r.Criteria[1].Description + "\n\nOutcomes: X-1", []string{"mine"}},
		{"", nil},
	}
	for i, w := range want {
		c := got[0].Criteria[i]
		if c.Description != w.desc || !reflect.DeepEqual(c.Outcomes, w.outcomes) {
			t.Errorf("criterion %q: description %q, outcomes %q; want %q, %q", c.Title, c.Description, c.Outcomes, w.desc, w.outcomes)
		}
	}
}

func TestCanvasImportStillLinksADescriptionThatIsJustOutcomeCodes(t *testing.T) {
	csv := "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n" +
		"R,Graphs,\"X-1, X-2\",false,Good,,1\nR,Talk,X-3 and more,false,Good,,1\n"
	got, err := ReadCanvasCSV(strings.NewReader(csv), interopUnit(t), interopNow)
	if err != nil {
		t.Fatal(err)
	}
	if c := got[0].Criteria[0]; c.Description != "" || !reflect.DeepEqual(c.Outcomes, []string{"o-1", "o-2"}) {
		t.Errorf("a spreadsheet of an older Coplan: description %q, outcomes %q", c.Description, c.Outcomes)
	}
	if c := got[0].Criteria[1]; c.Description != "X-3 and more" || c.Outcomes != nil {
		t.Errorf("a description that is not codes: description %q, outcomes %q", c.Description, c.Outcomes)
	}
}
