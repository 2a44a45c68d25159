package export

import (
	"testing"
	"time"

	"coplan/assets"
	"coplan/model"
)

// interopNow stamps every entity of the interchange fixtures.
var interopNow = time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)

// exampleUnit decodes the example unit that ships with Coplan.
func exampleUnit(t *testing.T) *model.Project {
	t.Helper()
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	return d.Project
}

// trickyRubric is a rubric whose text needs quoting in every format: commas,
// quotes, pipes, line breaks, leading spaces and markup characters, with
// fractional points.
func trickyRubric() model.Rubric {
	return model.Rubric{
		ID: "r-tricky", Updated: interopNow, Title: `Pitch, poster & "demo"`,
		Levels: []model.Level{
			{ID: "lv-1", Updated: interopNow, Label: "Not yet", Points: 0},
			{ID: "lv-2", Updated: interopNow, Label: "Nearly, almost", Points: 1.75},
			{ID: "lv-3", Updated: interopNow, Label: "Sure | certain", Points: 2.5},
		},
		Criteria: []model.Criterion{
			{ID: "cr-1", Updated: interopNow, Title: "Data, graphs and tables", Weight: 3, Outcomes: []string{"o-1", "o-2"},
				Descriptors: map[string]string{
					"lv-1": "No graph.",
					"lv-2": "A graph, but \"axes\" unlabelled;\nno units.",
					"lv-3": "Labelled graph | table\r\nwith units, <b>trend</b> *and* _error_ bars.",
				}},
			{ID: "cr-2", Updated: interopNow, Title: "  Speaking to experts", Weight: 1,
				Descriptors: map[string]string{"lv-1": "Reads from notes.", "lv-3": "Answers questions, with evidence."}},
		},
	}
}

// interopUnit is a small unit with the tricky rubric after the example's own.
func interopUnit(t *testing.T) *model.Project {
	t.Helper()
	p := exampleUnit(t)
	p.Outcomes = append(p.Outcomes,
		model.Outcome{ID: "o-1", Updated: interopNow, Code: "X-1", Text: "Draw graphs."},
		model.Outcome{ID: "o-2", Updated: interopNow, Code: "X-2", Text: "Speak to experts."})
	p.Rubrics = append(p.Rubrics, trickyRubric())
	return p
}
