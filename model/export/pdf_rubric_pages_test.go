package export

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// textPages is pdftotext's text of each page, from one run of it: with
// -layout if layout, else flattened as flatText gives it, without the footer.
func textPages(t *testing.T, data []byte, layout bool) []string {
	t.Helper()
	mode := "-raw"
	if layout {
		mode = "-layout"
	}
	all := strings.Split(modeltest.Poppler(t, "pdftotext", mode, pdfFile(t, data), "-"), "\f")
	out := make([]string, 0, len(all))
	for _, pg := range all[:len(all)-1] { // the text ends with a form feed
		if !layout {
			lines := strings.Split(strings.TrimRight(pg, "\n"), "\n")
			if n := len(lines); n > 0 && strings.Contains(lines[n-1], " · Page ") {
				lines = lines[:n-1]
			}
			pg = flat(strings.Join(lines, "\n"))
		}
		out = append(out, pg)
	}
	return out
}

// pageNumbers returns the "Page N of M" of each page's footer.
func pageNumbers(t *testing.T, data []byte) [][2]int {
	t.Helper()
	re := regexp.MustCompile(`Page (\d+) of (\d+)`)
	var out [][2]int
	for i, text := range textPages(t, data, true) {
		m := re.FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("page %d has no page number", i+1)
		}
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		out = append(out, [2]int{a, b})
	}
	return out
}

func TestEachRubricIsAHandoutOfItsOwnNumberedFromPageOne(t *testing.T) {
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{
		longRubric("a", "First rubric", 12, 4), longRubric("b", "Second rubric", 12, 4),
	}}
	data := render(t, p, PDFOptions{Handout: HandoutRubric})
	nums := pageNumbers(t, data)
	texts := textPages(t, data, true)
	second := 0 // the page the second rubric starts on
	for i, text := range texts {
		if strings.HasPrefix(strings.TrimSpace(text), "Second rubric\n") {
			second = i + 1
		}
	}
	if second < 3 {
		t.Fatalf("the second rubric starts on page %d, want a page of its own after the first's two or more", second)
	}
	if prev := texts[second-2]; strings.Contains(prev, "Second rubric") && !strings.Contains(prev, "First rubric") {
		t.Errorf("the page before the second rubric is not the first rubric's")
	}
	first, rest := second-1, len(nums)-second+1
	for i, got := range nums {
		want := [2]int{i + 1, first}
		if i+1 >= second {
			want = [2]int{i + 2 - second, rest}
		}
		if got != want {
			t.Errorf("page %d is numbered Page %d of %d, want Page %d of %d", i+1, got[0], got[1], want[0], want[1])
		}
	}
}

func TestRubricPointsReadTheSameInTheHeaderAndTheCells(t *testing.T) {
	levels := []model.Level{{ID: "p", Label: "Poor", Points: 0}, {ID: "g", Label: "Good", Points: 1}}
	tests := []struct {
		name     string
		weights  []int
		own      map[string]float64 // the second criterion's own points
		header   string             // the header row in drawing order, flattened
		cells    []string           // points the cells must show
		noPoints []string           // what no cell may show
	}{
		{"equal weights: points in the header only", []int{1, 1}, nil,
			"CriterionPoor0pointsGood1pointScore", nil, []string{"Alpha0points", "Beta0points"}},
		{"same weight ×3 everywhere: weighted points in the header", []int{3, 3}, nil,
			"CriterionPoor0pointsGood3pointsScore", nil, []string{"Alpha0points", "Beta0points"}},
		{"weights differ: no points in the header, each cell weighted", []int{1, 5}, nil,
			"CriterionPoorGoodScore", []string{"1point", "5points", "0points"}, nil},
		{"own points differ: no points in the header", []int{1, 1}, map[string]float64{"g": 2},
			"CriterionPoorGoodScore", []string{"1point", "2points"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := model.Rubric{ID: "r", Title: "Points", Levels: levels}
			for i, w := range tt.weights {
				c := model.Criterion{ID: fmt.Sprint("c", i), Title: []string{"Alpha", "Beta"}[i], Weight: w,
					Descriptors: map[string]string{"p": "Not yet.", "g": "Done well."}}
				if i == 1 {
					c.Points = tt.own
				}
				r.Criteria = append(r.Criteria, c)
			}
			data := render(t, &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}, PDFOptions{Handout: HandoutRubric})
			text := flatText(t, data, 0, 0)
			if !strings.Contains(text, tt.header+"Alpha") {
				t.Errorf("header is not %q:\n%s", tt.header, text)
			}
			body := text[strings.Index(text, "Alpha"):]
			for _, want := range tt.cells {
				if !strings.Contains(body, want+"Not") && !strings.Contains(body, want+"Done") {
					t.Errorf("no cell shows %q:\n%s", want, body)
				}
			}
			for _, banned := range tt.noPoints {
				if strings.Contains(body, banned) {
					t.Errorf("a cell repeats the header's points (%q):\n%s", banned, body)
				}
			}
		})
	}
}

// TestRubricHeaderIsNeverLeftAloneAtTheFootOfAPage prints a rubric below
// introductions of growing length, so that the header row and its first
// criterion meet the foot of the first page at every height.
func TestRubricHeaderIsNeverLeftAloneAtTheFootOfAPage(t *testing.T) {
	for n := 44; n <= 68; n += 6 {
		r := longRubric("r", "Kept together", 2, 3)
		r.Description = strings.Repeat("An introduction to the task that students read first. ", n)
		for i := range r.Criteria {
			for _, l := range r.Levels {
				r.Criteria[i].Descriptors[l.ID] += strings.Repeat(" More detail on what this looks like.", 6)
			}
		}
		data := render(t, &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}, PDFOptions{Handout: HandoutRubric})
		for i, text := range textPages(t, data, false) {
			if strings.Contains(text, "CriterionLevel1") && !strings.Contains(text, "Criterion1") && !strings.Contains(text, "Criterion2") {
				t.Errorf("introduction of %d sentences: page %d has the header row without a criterion", n, i+1)
			}
		}
	}
}

func TestRowTallerThanAPageNamesItsWholeCriterionOnEveryPage(t *testing.T) {
	r := longRubric("r", "Huge rubric", 1, 3)
	r.Criteria[0].Title = "A criterion whose title is long enough to wrap over several lines"
	r.Criteria[0].Descriptors[r.Levels[1].ID] = strings.Repeat("An extremely detailed descriptor that goes on and on. ", 220)
	data := render(t, &model.Project{Title: "Unit", Rubrics: []model.Rubric{r}}, PDFOptions{Handout: HandoutRubric})
	texts := textPages(t, data, false)
	if len(texts) < 3 {
		t.Fatalf("the huge row fits on %d pages", len(texts))
	}
	for i, text := range texts[1:] {
		if strings.Contains(text, "extremely") && !strings.Contains(text, flat(r.Criteria[0].Title+" (continued)")) {
			t.Errorf("page %d continues the row without naming its criterion in full:\n%s", i+2, text)
		}
	}
	checkLayout(t, "huge row", data)
}
