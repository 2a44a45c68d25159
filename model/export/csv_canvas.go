package export

import (
	"fmt"
	"io"
	"strconv"

	"coplan/model"
)

// canvasHeader is the start of the header row of a Canvas rubric spreadsheet;
// canvasRatingHeader repeats once per rating.
var (
	canvasHeader       = []string{"Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range"}
	canvasRatingHeader = []string{"Rating Name", "Rating Description", "Rating Points"}
)

// headOutcomes heads the column, after the ratings, that holds each
// criterion's outcome codes. Canvas's importer reads columns by their
// header and ignores this one; Coplan's import links the outcomes again.
const headOutcomes = "Outcome Codes"

// WriteCanvasCSV writes rubrics of p as a Canvas rubric import spreadsheet:
// the header, then one row per criterion with the rubric's name, the
// criterion's title, its description (or, without one, its outcome codes),
// its range flag, and a Rating Name, Rating Description, Rating Points
// triple per rating the criterion offers, in level order. When a criterion
// has outcomes, a last column, Outcome Codes, lists their codes, so that
// ReadCanvasCSV links them again without touching the description; Canvas
// ignores that column.
//
// Canvas has no criterion weight (its total is the sum of the ratings
// chosen), so the points written are weighted: each rating's points times
// the criterion's weight, and Canvas's total is Coplan's. An unscored
// rubric's ratings are written with 0 points. Text that a spreadsheet
// program would take for a formula is neutralised with a leading quote.
func WriteCanvasCSV(w io.Writer, p *model.Project, opt RubricOptions) error {
	rubrics, err := rubricsFor(p, opt.Rubric)
	if err != nil {
		return err
	}
	codes := outcomeCodes(p)
	width := 0
	var rows [][]string
	var linked []string // each row's outcome codes
	anyLinked := false
	for _, r := range rubrics {
		for ci := range r.Criteria {
			c := &r.Criteria[ci]
			desc, outcomes := c.Description, criterionOutcomes(*c, codes)
			if desc == "" {
				desc = outcomes // Canvas shows them where the description goes
			}
			linked = append(linked, outcomes)
			anyLinked = anyLinked || outcomes != ""
			row := []string{safeCell(r.Title), safeCell(c.Title), safeCell(desc), strconv.FormatBool(c.Range)}
			ratings := r.Ratings(c)
			for _, rt := range ratings {
				row = append(row, safeCell(rt.Label), safeCell(rt.Descriptor), csvPoints(weighted(r, c, rt.Points)))
			}
			width = max(width, len(ratings))
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
	if anyLinked {
		for i, row := range rows {
			for len(row) < len(header) {
				row = append(row, "") // an empty rating name: no rating, to Canvas
			}
			rows[i] = append(row, safeCell(linked[i]))
		}
		header = append(header, headOutcomes)
	}
	return writeCSV(w, "Canvas rubric", append([][]string{header}, rows...))
}

// weighted returns the points a rating of c is worth towards r's total.
func weighted(r *model.Rubric, c *model.Criterion, points float64) float64 {
	if r.Unscored {
		return 0
	}
	return points * float64(c.Multiplier())
}
