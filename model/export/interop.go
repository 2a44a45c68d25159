package export

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"coplan/model"
)

// Interchange format names: the values of `coplan export --format` besides PDF.
const (
	FormatCanvasCSV = "canvas-csv"
	FormatMoodleCSV = "moodle-csv"
	FormatICS       = "ics"
	FormatMarkdown  = "md"
)

// ErrNothingToExport says that a unit has nothing of the kind a format holds,
// such as no rubric criteria for a rubric spreadsheet.
var ErrNothingToExport = errors.New("nothing to export")

// RubricOptions chooses which rubrics a rubric spreadsheet holds.
type RubricOptions struct {
	// Rubric is the id or title of one rubric; empty means every rubric
	// (Moodle's layout holds one rubric, so there it means the only one).
	Rubric string
}

// rubricsFor returns the rubric of p that query names, or all of them when
// query is empty; it is an error for the unit to have none.
func rubricsFor(p *model.Project, query string) ([]*model.Rubric, error) {
	if p == nil {
		return nil, errors.New("export: no unit")
	}
	if strings.TrimSpace(query) != "" {
		r, err := FindRubric(p, query)
		if err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		return []*model.Rubric{r}, nil
	}
	if len(p.Rubrics) == 0 {
		return nil, fmt.Errorf("export: %w: the unit has no rubrics", ErrNothingToExport)
	}
	out := make([]*model.Rubric, len(p.Rubrics))
	for i := range p.Rubrics {
		out[i] = &p.Rubrics[i]
	}
	return out, nil
}

// csvPoints writes points for a spreadsheet: "4", "1.75".
func csvPoints(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// outcomeCodes maps outcome ids to their codes.
func outcomeCodes(p *model.Project) map[string]string {
	m := make(map[string]string, len(p.Outcomes))
	for _, o := range p.Outcomes {
		m[o.ID] = strings.TrimSpace(o.Code)
	}
	return m
}

// criterionOutcomes lists the codes of a criterion's outcomes, "AC9S9U05, AC9S9I03".
func criterionOutcomes(c model.Criterion, codes map[string]string) string {
	var out []string
	for _, id := range c.Outcomes {
		if code := codes[id]; code != "" {
			out = append(out, code)
		}
	}
	return strings.Join(out, ", ")
}

// outcomeIDsByCode maps the lower-case codes of p's outcomes to their ids.
func outcomeIDsByCode(p *model.Project) map[string]string {
	m := map[string]string{}
	if p == nil {
		return m
	}
	for _, o := range p.Outcomes {
		if code := strings.ToLower(strings.TrimSpace(o.Code)); code != "" {
			m[code] = o.ID
		}
	}
	return m
}
