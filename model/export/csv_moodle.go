package export

import (
	"fmt"
	"io"
	"strings"

	"coplan/model"
)

// WriteMoodleCSV writes one rubric of p in the layout Moodle's rubric import
// reads: the header criterion,level,level_description,score and one row per
// level of every criterion. The layout has no column for the rubric, so it
// holds one rubric: the one opt names, or the unit's only rubric.
func WriteMoodleCSV(w io.Writer, p *model.Project, opt RubricOptions) error {
	rubrics, err := rubricsFor(p, opt.Rubric)
	if err != nil {
		return err
	}
	if len(rubrics) > 1 {
		var list strings.Builder
		for _, r := range rubrics {
			fmt.Fprintf(&list, "\n  %s (id %s)", r.Title, r.ID)
		}
		return fmt.Errorf("export Moodle rubric: a Moodle file holds one rubric and this unit has %d; choose one:%s", len(rubrics), list.String())
	}
	r := rubrics[0]
	rows := [][]string{{"criterion", "level", "level_description", "score"}}
	for _, c := range r.Criteria {
		for _, l := range r.Levels {
			rows = append(rows, []string{c.Title, l.Label, c.Descriptors[l.ID], csvPoints(l.Points)})
		}
	}
	if len(rows) == 1 {
		return fmt.Errorf("export Moodle rubric %q: %w: it needs criteria and levels", r.Title, ErrNothingToExport)
	}
	return writeCSV(w, "Moodle rubric", rows)
}
