package export

import (
	"fmt"
	"io"
	"strings"

	"coplan/model"
)

// WriteMoodleCSV writes one rubric of p in the layout Moodle's rubric import
// reads: the header criterion,level,level_description,score and one row per
// rating of every criterion, with weighted points (see WriteCanvasCSV).
// The layout has no column for the rubric, so it holds one rubric: the one
// opt names, or the unit's only rubric.
//
// The only public reader of this layout splits the file on line breaks
// before it parses the fields, so line breaks inside a text are written as
// " / " (a CR LF, LF or CR each as one); criterion descriptions and range
// scoring have no column and are left out.
func WriteMoodleCSV(w io.Writer, p *model.Project, opt RubricOptions) error {
	rubrics, err := rubricsFor(p, opt.Rubric)
	if err != nil {
		return err
	}
	if len(rubrics) > 1 {
		var list strings.Builder
		for _, r := range rubrics {
			fmt.Fprintf(&list, "\n  %s", r.Title)
		}
		return fmt.Errorf("export Moodle rubric: a Moodle file holds one rubric and this unit has %d; choose one:%s", len(rubrics), list.String())
	}
	r := rubrics[0]
	rows := [][]string{{"criterion", "level", "level_description", "score"}}
	for ci := range r.Criteria {
		c := &r.Criteria[ci]
		for _, rt := range r.Ratings(c) {
			rows = append(rows, []string{moodleText(c.Title), moodleText(rt.Label), moodleText(rt.Descriptor), csvPoints(weighted(r, c, rt.Points))})
		}
	}
	if len(rows) == 1 {
		return fmt.Errorf("export Moodle rubric %q: %w: it needs criteria and levels", r.Title, ErrNothingToExport)
	}
	return writeCSV(w, "Moodle rubric", rows)
}

// lineBreaks matches the line breaks moodleText flattens.
var lineBreaks = strings.NewReplacer("\r\n", " / ", "\n", " / ", "\r", " / ")

// moodleText flattens line breaks and neutralises formulas in a text cell.
func moodleText(s string) string { return safeCell(lineBreaks.Replace(s)) }
