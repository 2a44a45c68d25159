package export

import (
	"io"
	"math"
	"strconv"
	"strings"

	"coplan/model"
)

// WriteResultsCSV writes the results of a round as a spreadsheet: a header
// row, then one row per team in rank order with its rank and mean (empty when
// no judge scored it), name, project (empty while it is a template's
// placeholder), judges assigned, judges who scored, the
// judges whose sheet is still in progress (and counts nowhere), the mean of each criterion (one column per criterion, in rubric order) and the
// criteria on which its judges disagreed by more than one level. Numbers
// are rounded to two decimals.
func WriteResultsCSV(w io.Writer, p *model.Project, res *model.Results) error {
	head := []string{"rank", "team", "project", "mean", "judges", "scored_by", "in_progress"}
	for _, c := range res.Rubric.Criteria {
		head = append(head, safeCell(c.Title))
	}
	head = append(head, "spread")
	rows := [][]string{head}
	for _, tr := range res.Teams {
		rank, mean := "", ""
		if tr.Rank > 0 {
			rank, mean = strconv.Itoa(tr.Rank), Round2(tr.Mean)
		}
		row := []string{rank, safeCell(tr.Team.Name), safeCell(printable(tr.Team.Project)), mean,
			safeCell(strings.Join(expertNames(p, tr.Judges), "; ")), safeCell(strings.Join(expertNames(p, tr.ScoredBy), "; ")),
			safeCell(strings.Join(expertNames(p, tr.InProgress), "; "))}
		for _, c := range res.Rubric.Criteria {
			v, ok := tr.Criteria[c.ID]
			if ok {
				row = append(row, Round2(v))
			} else {
				row = append(row, "")
			}
		}
		var spread []string
		for _, id := range tr.Spread {
			if c := res.Rubric.Criterion(id); c != nil {
				spread = append(spread, c.Title)
			}
		}
		rows = append(rows, append(row, safeCell(strings.Join(spread, "; "))))
	}
	return writeCSV(w, "results", rows)
}

// Round2 writes v rounded to two decimals, without trailing zeros.
func Round2(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// expertNames returns the names of the experts with the given ids.
func expertNames(p *model.Project, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if e := p.Expert(id); e != nil {
			out = append(out, e.Name)
		}
	}
	return out
}
