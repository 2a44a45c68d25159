package export

import (
	"bytes"
	"strings"
	"testing"

	"coplan/model"
)

func TestMarkdownRubricShowsEachCriterionsRatingsAndMostPoints(t *testing.T) {
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{perCriterion()}}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"| Argument: Claims backed / by evidence | ×2 | 8 pts | Strong |",
		"| Neatness | ×1 | 1 pt | Neat (1 pt): Easy to read | Messy (0 pts) | — | — |",
		"| Penalty | ×1 | -0.5 pts | — | — | Fair (-0.5 pts) | Poor (-2 pts) |",
		"Best possible total: 8.5 pts.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
