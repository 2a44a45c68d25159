package app

import (
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
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
// 'coplan judging results' command. The columns share the table's width;
// a team picked in the table shows in full, with each judge's total and
// its mean on each criterion, beside the table or, when the window is too
// narrow for both, in place of it.
type judgingResults struct {
	v         *judging
	res       *model.Results
	rows      []model.TeamResult
	sortBy    int
	desc      bool
	normalise *widget.Check
	table     *widget.Table
	cells     widgets.Rows[resultCell]
	note      *widget.Label
	details   *resultDetails
	tip       *resultTip      // a cut cell's whole text, under the pointer
	top       *fyne.Container // the choice of standardising, and what Mean is
	split     *fyne.Container // top, the table and the details, laid out by resultsLayout
	root      fyne.CanvasObject

	// team is the id of the team picked, or "".
	team string
	// widths are the columns' widths for the table's width now; compact
	// says the disagreement column shows a count rather than the criteria.
	widths     [resultColumns]float32
	compact    bool
	tableWidth float32
	// needs are the widths the columns need for the rows shown, at the
	// text size textSize.
	needs    resultNeeds
	textSize float32
	// wide says the details show beside the table; open, that a narrow
	// window shows them in place of the table.
	wide, open bool
}

// resultCell holds the widgets of a table cell: the highlight of the team
// picked behind the text.
type resultCell struct {
	bg    *canvas.Rectangle
	label *cellLabel
	team  string // the id of the team the cell shows
}

func newJudgingResults(v *judging) *judgingResults {
	r := &judgingResults{v: v, sortBy: resultRank}
	r.note = widget.NewLabel("")
	r.note.Wrapping = fyne.TextWrapWord
	r.note.SizeName = theme.SizeNameCaptionText // the table gets the height
	r.normalise = widget.NewCheck(lang.L("Allow for harsh and kind judges"), func(bool) { r.load() })
	r.table = widget.NewTable(
		func() (int, int) { return len(r.rows), resultColumns },
		func() fyne.CanvasObject {
			l := newCellLabel(r.hover)
			bg := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
			bg.Hide()
			return r.cells.Add(&resultCell{bg: bg, label: l}, container.NewStack(bg, l))
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(r.rows) {
				r.fillCell(r.cells.Of(o), r.rows[id.Row], id.Col)
			}
		})
	r.table.ShowHeaderRow = true
	r.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		return b
	}
	r.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		b.Alignment = widget.ButtonAlignLeading
		if numberColumn(id.Col) {
			b.Alignment = widget.ButtonAlignTrailing
		}
		b.SetText(r.header(id.Col))
		col := id.Col
		b.OnTapped = func() { r.sort(col) }
	}
	r.table.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(r.rows) {
			r.pick(r.rows[id.Row].Team.ID, !r.wide) // a narrow window shows the team alone
		}
		r.table.UnselectAll() // the row's highlight shows the choice
	}
	r.details = newResultDetails(r)
	r.top = container.New(&widgets.TightVBox{}, r.normalise, r.note)
	r.tip = newResultTip()
	r.split = container.New(&resultsLayout{r: r}, r.top, r.table, r.details.root, r.tip.root)
	r.root = r.split
	return r
}

// numberColumn says whether col holds numbers, which line up on the right.
func numberColumn(col int) bool {
	return col == resultRank || col == resultMean || col == resultScoredBy
}

// resultTitle names column col; compact, the disagreement column that counts.
func resultTitle(col int, compact bool) string {
	names := []string{lang.L("Rank"), lang.L("Team"), lang.L("Mean"), lang.L("Scored by"), lang.L("Judges disagree on")}
	if compact {
		names[resultSpread] = lang.L("Judges disagree")
	}
	if col < 0 || col >= len(names) {
		return ""
	}
	return names[col]
}

// header names column col, marking the column the table is sorted by.
func (r *judgingResults) header(col int) string {
	h := resultTitle(col, r.compact)
	if col == r.sortBy && h != "" {
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

// fillCell shows column col of tr in c: numbers on the right, the team's
// name in bold, a team some judges have not scored yet in the warning colour.
func (r *judgingResults) fillCell(c *resultCell, tr model.TeamResult, col int) {
	l := c.label
	align, imp := fyne.TextAlignLeading, widget.MediumImportance
	if numberColumn(col) {
		align = fyne.TextAlignTrailing
	}
	if col == resultScoredBy && (len(tr.ScoredBy) < len(tr.Judges) || len(tr.InProgress) > 0) {
		imp = widget.WarningImportance
	}
	if bold := col == resultTeam; l.Alignment != align || l.Importance != imp || l.TextStyle.Bold != bold {
		l.Alignment, l.Importance, l.TextStyle.Bold = align, imp, bold
		l.Refresh()
	}
	setText(&l.Label, r.cell(tr, col))
	c.team = tr.Team.ID
	if hidden := c.team != r.team; c.bg.Hidden != hidden {
		c.bg.Hidden = hidden
		c.bg.Refresh()
	}
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
		if len(tr.ScoredBy) == 0 {
			return "–"
		}
		return export.Round2(tr.Mean)
	case resultScoredBy:
		return scoredText(tr)
	case resultSpread:
		if r.compact {
			if len(tr.Spread) == 0 {
				return ""
			}
			return lang.L("on {{.Count}} criteria", map[string]any{"Count": len(tr.Spread)})
		}
		return strings.Join(r.spreadTitles(tr), ", ")
	}
	return ""
}

// scoredText says how many of tr's judges have scored it, and how many
// sheets are in progress, which count once every criterion is scored.
func scoredText(tr model.TeamResult) string {
	if len(tr.InProgress) > 0 {
		return lang.L("{{.Scored}} of {{.Judges}}, {{.Started}} in progress",
			map[string]any{"Scored": len(tr.ScoredBy), "Judges": len(tr.Judges), "Started": len(tr.InProgress)})
	}
	return lang.L("{{.Scored}} of {{.Judges}}", map[string]any{"Scored": len(tr.ScoredBy), "Judges": len(tr.Judges)})
}

// spreadTitles are the titles of the criteria the judges of tr disagree on.
func (r *judgingResults) spreadTitles(tr model.TeamResult) []string {
	var titles []string
	for _, id := range tr.Spread {
		if c := r.res.Rubric.Criterion(id); c != nil {
			titles = append(titles, orUntitled(c.Title))
		}
	}
	return titles
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
		r.note.SetText(lang.L("There are no judging rounds yet: add one on the Rounds tab to see results."))
	case r.res == nil:
		r.note.SetText(lang.L("Give the round a rubric to see results."))
	case r.normalise.Checked:
		r.note.SetText(lang.L("Mean is each team's mean standardised score: 0 is a judge's average team, 1 is one standard deviation better."))
	default:
		r.note.SetText(lang.L("Mean is the mean of the totals of the judges who scored the team on every criterion; equal means share a rank."))
	}
	r.tip.root.Hide()
	r.order()
	r.measure()
	if r.picked() == nil {
		r.team, r.open = "", false
	}
	r.details.show(r.picked())
	r.table.Refresh()
	r.split.Refresh()
}

// picked is the line of the team picked, or nil.
func (r *judgingResults) picked() *model.TeamResult {
	for i := range r.rows {
		if r.rows[i].Team.ID == r.team && r.team != "" {
			return &r.rows[i]
		}
	}
	return nil
}

// pick shows team's details, in place of the table when the window is
// narrow and open asks for it.
func (r *judgingResults) pick(team string, open bool) {
	r.team = team
	r.tip.root.Hide()
	r.cells.Each(func(c *resultCell) {
		if hidden := c.team != team || team == ""; c.bg.Hidden != hidden {
			c.bg.Hidden = hidden
			c.bg.Refresh()
		}
	})
	tr := r.picked()
	r.open = open && tr != nil
	r.details.show(tr)
	r.split.Refresh()
}

// closeDetails goes back from a team's details to the whole table.
func (r *judgingResults) closeDetails() {
	r.open = false
	r.split.Refresh()
	if i := r.rowOf(r.team); i >= 0 {
		r.table.ScrollTo(widget.TableCellID{Row: i, Col: resultTeam})
	}
}

// rowOf is the row that shows team, or -1.
func (r *judgingResults) rowOf(team string) int {
	for i := range r.rows {
		if r.rows[i].Team.ID == team {
			return i
		}
	}
	return -1
}
