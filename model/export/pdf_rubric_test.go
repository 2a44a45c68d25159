package export

import (
	"fmt"
	"strings"
	"testing"

	"coplan/model"
)

func TestPrintedRubricShowsEachCriterionsRatingsAndMostPoints(t *testing.T) {
	r := perCriterion()
	r.Levels = append(r.Levels, model.Level{ID: "lx", Label: "Nobody uses this"})
	for i := range r.Criteria {
		r.Criteria[i].Unused = append(r.Criteria[i].Unused, "lx")
	}
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}
	text := layoutText(t, render(t, p, PDFOptions{Handout: HandoutRubric}), 0, 0)
	all := flat(text)
	for _, want := range []string{
		"Weight ×2: up to 8 points", // Argument: best 4, weight 2
		"8 points",                  // its Excellent rating, weighted
		"Neat · 1 point", "Messy · 0 points", "Easy to read",
		"Up to 1 point",     // Neatness
		"Up to -0.5 points", // Penalty: its best is a deduction
		"Claims backed",     // the criterion's description
		"out of 8.5",        // the total's maximum
	} {
		if !strings.Contains(all, flat(want)) {
			t.Errorf("printed rubric lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Nobody uses this") {
		t.Errorf("a level no criterion offers got a column:\n%s", text)
	}
}

func TestPrintedUnscoredRubricHasNoPoints(t *testing.T) {
	r := perCriterion()
	r.Unscored = true
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}
	text := layoutText(t, render(t, p, PDFOptions{Handout: HandoutRubric}), 0, 0)
	for _, banned := range []string{"point", "Score", "Total", "out of", "Weight"} {
		if strings.Contains(text, banned) {
			t.Errorf("unscored rubric prints %q:\n%s", banned, text)
		}
	}
	for _, want := range []string{"Neat", "Messy", "Feedback", "Strong"} {
		if !strings.Contains(text, want) {
			t.Errorf("unscored rubric lacks %q:\n%s", want, text)
		}
	}
}

// largestRubric is a rubric at the load limits: 100 criteria by 100 levels,
// every cell with a descriptor.
func largestRubric() *model.Project {
	r := model.Rubric{ID: "r", Title: "Largest"}
	for i := 0; i < model.MaxRubricEntries; i++ {
		r.Levels = append(r.Levels, model.Level{ID: fmt.Sprintf("l%d", i), Label: fmt.Sprintf("Level %d", i), Points: float64(i)})
	}
	for i := 0; i < model.MaxRubricEntries; i++ {
		c := model.Criterion{ID: fmt.Sprintf("c%d", i), Title: fmt.Sprintf("Criterion %d", i), Descriptors: map[string]string{}}
		for _, l := range r.Levels {
			c.Descriptors[l.ID] = "What a student at this level does, in a sentence."
		}
		r.Criteria = append(r.Criteria, c)
	}
	return &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}
}

func BenchmarkPDFLargestRubric(b *testing.B) {
	p := largestRubric()
	b.ReportAllocs()
	for b.Loop() {
		render(b, p, PDFOptions{Handout: HandoutRubric})
	}
}
