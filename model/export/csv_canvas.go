package export

import (
	"fmt"
	"io"

	"coplan/model"
)

// canvasHeader is the start of the header row of a Canvas rubric spreadsheet;
// canvasRatingHeader repeats once per rating.
var (
	canvasHeader       = []string{"Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range"}
	canvasRatingHeader = []string{"Rating Name", "Rating Description", "Rating Points"}
)

// WriteCanvasCSV writes rubrics of p as a Canvas rubric import spreadsheet:
// the header, then one row per criterion with the rubric's name, the
// criterion's title, its outcome codes as the description, "false" for
// range scoring, and a Rating Name, Rating Description, Rating Points
// triplet per level of the rubric, in level order.
//
// Canvas has no criterion weight: a Canvas total is the sum of the points of
// the ratings chosen. Weights therefore stay in Coplan and are not written;
// the points of every level are written as they are.
func WriteCanvasCSV(w io.Writer, p *model.Project, opt RubricOptions) error {
	rubrics, err := rubricsFor(p, opt.Rubric)
	if err != nil {
		return err
	}
	codes := outcomeCodes(p)
	width := 0
	var rows [][]string
	for _, r := range rubrics {
		for _, c := range r.Criteria {
			row := []string{r.Title, c.Title, criterionOutcomes(c, codes), "false"}
			for _, l := range r.Levels {
				row = append(row, l.Label, c.Descriptors[l.ID], csvPoints(l.Points))
			}
			width = max(width, len(r.Levels))
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return fmt.Errorf("export Canvas rubric: %w: the rubrics have no criteria", ErrNothingToExport)
	}
	header := append([]string{}, canvasHeader...)
	for i := 0; i < max(width, 1); i++ {
		header = append(header, canvasRatingHeader...)
	}
	return writeCSV(w, "Canvas rubric", append([][]string{header}, rows...))
}
