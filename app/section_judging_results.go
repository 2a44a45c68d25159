package app

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/export"
)

// Columns of the results table.
const (
	resultRank = iota
	resultTeam
	resultMean
	resultScoredBy
	resultSpread
	resultColumns
)

// judgingResults shows the round's results as a table that sorts by the
// column whose header is clicked (again to reverse), like the
// 'coplan judging results' command.
type judgingResults struct {
	v         *judging
	res       *model.Results
	rows      []model.TeamResult
	sortBy    int
	desc      bool
	normalise *widget.Check
	table     *widget.Table
	note      *widget.Label
	root      fyne.CanvasObject
}

func newJudgingResults(v *judging) *judgingResults {
	r := &judgingResults{v: v, sortBy: resultRank}
	r.note = widget.NewLabel("")
	r.note.Wrapping = fyne.TextWrapWord
	r.normalise = widget.NewCheck(lang.L("Allow for harsh and kind judges (standardise each judge's totals)"), func(bool) { r.load() })
	r.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(r.rows), resultColumns },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(r.rows) {
				o.(*widget.Label).SetText(r.cell(r.rows[id.Row], id.Col))
			}
		})
	r.table.ShowHeaderColumn = false
	r.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	r.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		b.SetText(r.header(id.Col))
		col := id.Col
		b.OnTapped = func() { r.sort(col) }
	}
	for col, w := range []float32{70, 220, 90, 120, 300} {
		r.table.SetColumnWidth(col, w)
	}
	r.root = container.NewBorder(container.NewVBox(r.normalise, r.note), nil, nil, nil, r.table)
	return r
}

// header names column col, marking the column the table is sorted by.
func (r *judgingResults) header(col int) string {
	names := []string{lang.L("Rank"), lang.L("Team"), lang.L("Mean"), lang.L("Scored by"), lang.L("Judges disagree on")}
	if col < 0 || col >= len(names) {
		return ""
	}
	h := names[col]
	if col == r.sortBy {
		if r.desc {
			h += " ▼"
		} else {
			h += " ▲"
		}
	}
	return h
}

// sort orders the table by col, or reverses it when it is already.
func (r *judgingResults) sort(col int) {
	if r.sortBy == col {
		r.desc = !r.desc
	} else {
		r.sortBy, r.desc = col, col == resultMean
	}
	r.order()
	r.table.Refresh()
}

func (r *judgingResults) order() {
	key := func(tr model.TeamResult) (float64, string) {
		switch r.sortBy {
		case resultRank:
			if tr.Rank == 0 {
				return 1e9, tr.Team.Name
			}
			return float64(tr.Rank), tr.Team.Name
		case resultMean:
			return tr.Mean, tr.Team.Name
		case resultScoredBy:
			return float64(len(tr.ScoredBy)), tr.Team.Name
		case resultSpread:
			return float64(len(tr.Spread)), tr.Team.Name
		}
		return 0, strings.ToLower(tr.Team.Name)
	}
	sort.SliceStable(r.rows, func(a, b int) bool {
		ka, sa := key(r.rows[a])
		kb, sb := key(r.rows[b])
		if ka != kb {
			return ka < kb != r.desc
		}
		return sa < sb != r.desc
	})
}

// cell writes one cell of the table.
func (r *judgingResults) cell(tr model.TeamResult, col int) string {
	switch col {
	case resultRank:
		if tr.Rank == 0 {
			return "–"
		}
		return strconv.Itoa(tr.Rank)
	case resultTeam:
		return orUntitled(tr.Team.Name)
	case resultMean:
		return export.Round2(tr.Mean)
	case resultScoredBy:
		return lang.L("{{.Scored}} of {{.Judges}}", map[string]any{"Scored": len(tr.ScoredBy), "Judges": len(tr.Judges)})
	case resultSpread:
		var titles []string
		for _, id := range tr.Spread {
			if c := r.res.Rubric.Criterion(id); c != nil {
				titles = append(titles, orUntitled(c.Title))
			}
		}
		return strings.Join(titles, ", ")
	}
	return ""
}

// load works out the results of the round chosen.
func (r *judgingResults) load() {
	r.res, r.rows = nil, nil
	round := r.v.roundID()
	if round != "" {
		res, err := model.ComputeResults(r.v.e.doc.Project, round, r.normalise.Checked)
		if err == nil {
			r.res = res
			r.rows = append(r.rows, res.Teams...)
		}
	}
	switch {
	case round == "":
		r.note.SetText(lang.L("Add a judging round to see results."))
	case r.res == nil:
		r.note.SetText(lang.L("Give the round a rubric to see results."))
	case r.normalise.Checked:
		r.note.SetText(lang.L("Mean is each team's mean standardised score: 0 is a judge's average team, 1 is one standard deviation better."))
	default:
		r.note.SetText(lang.L("Mean is the mean of the totals of the judges who scored the team; equal means share a rank."))
	}
	r.order()
	r.table.Refresh()
}
