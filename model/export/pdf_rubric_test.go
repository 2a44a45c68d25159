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

func TestRubricWithTooManyLevelsForOnePageIsSplitIntoReadableTables(t *testing.T) {
	tests := []struct {
		name   string
		levels int
		paper  string
		groups []string // the headings over the tables, none when one table holds all
	}{
		{"six levels fit one table", 6, PaperA4, nil},
		{"nine levels fit one A4 table", 9, PaperA4, nil},
		{"nine levels on Letter are split in two", 9, PaperLetter, []string{"Levels 1–5 of 9", "Levels 6–9 of 9"}},
		{"twenty levels on A4 are split in three", 20, PaperA4, []string{"Levels 1–7 of 20", "Levels 8–14 of 20", "Levels 15–20 of 20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{longRubric("r", "Wide", 3, tt.levels)}}
			data := render(t, p, PDFOptions{Handout: HandoutRubric, Paper: tt.paper})
			text := layoutText(t, data, 0, 0)
			if got := strings.Count(text, "Levels "); got != len(tt.groups) {
				t.Errorf("%d level headings, want %d:\n%s", got, len(tt.groups), text)
			}
			for _, g := range tt.groups {
				if !strings.Contains(text, g) {
					t.Errorf("no heading %q", g)
				}
			}
			// Words stay whole: every descriptor's sentence appears in full.
			want := 0
			for _, c := range p.Rubrics[0].Criteria {
				want += strings.Count(c.Descriptors[p.Rubrics[0].Levels[0].ID], "quality") * tt.levels
			}
			if got := strings.Count(text, "quality"); got != want {
				t.Errorf("the word %q printed whole %d times, want %d", "quality", got, want)
			}
			// Only the last table has the Score column, and there is one total.
			if first := layoutText(t, data, 1, 1); len(tt.groups) > 1 && strings.Contains(first, "Score") {
				t.Errorf("the first of the split tables has a Score column:\n%s", first)
			}
			if !strings.Contains(text, "Score") || strings.Count(text, "out of") != 1 {
				t.Errorf("want a Score column and one total:\n%s", text)
			}
			checkLayout(t, tt.name, data)
		})
	}
}

func TestLargestRubricPrintsEveryDescriptorInWholeWords(t *testing.T) {
	p := largestRubric()
	text := layoutText(t, render(t, p, PDFOptions{Handout: HandoutRubric}), 0, 0)
	if got, want := strings.Count(text, "sentence."), model.MaxRubricEntries*model.MaxRubricEntries; got != want {
		t.Errorf("%q printed whole %d times, want %d", "sentence.", got, want)
	}
	// A4 landscape holds 9 levels a table: 12 tables of 8 or 9 levels.
	if got := strings.Count(text, "Levels "); got != 12 {
		t.Errorf("%d level headings, want 12", got)
	}
	for _, h := range []string{"Levels 1–9 of 100", "Levels 93–100 of 100"} {
		if !strings.Contains(text, h) {
			t.Errorf("no heading %q", h)
		}
	}
}
