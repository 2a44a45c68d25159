package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// resultNeeds are the widths the results' columns need: the short ones
// (rank, mean, scored by, and disagreement as a count) their header and
// widest value, team and spread their longest name and list of criteria,
// and at least teamLeast and spreadLeast (a name of a dozen letters, a
// criterion's title).
type resultNeeds struct {
	rank, mean, scored, count float32
	team, spread              float32
	teamLeast, spreadLeast    float32
}

// resultWidths shares width, the table's width with pad after each column,
// among the results' columns. Rank, Mean and Scored by get what they need;
// Team and "Judges disagree on" share the rest, the criteria getting what
// the team names do not need (within their least and what they want). When
// there is no room for both at their least, the disagreement column says
// how many criteria instead (compact), and Team gets the rest; a table too
// narrow for even that shares its width in proportion.
func resultWidths(n resultNeeds, width, pad float32) (ws [resultColumns]float32, compact bool) {
	ws[resultRank], ws[resultMean], ws[resultScoredBy] = n.rank, n.mean, n.scored
	rest := width - pad*resultColumns - n.rank - n.mean - n.scored
	if rest >= n.teamLeast+n.spreadLeast {
		spread := min(max(rest-n.team, n.spreadLeast), max(n.spread, n.spreadLeast))
		ws[resultSpread], ws[resultTeam] = spread, rest-spread
	} else {
		compact = true
		ws[resultSpread] = n.count
		ws[resultTeam] = max(rest-n.count, n.teamLeast/2)
	}
	// Narrower still, every column gives up the same share, and cuts its
	// text short rather than scroll.
	total, room := float32(0), width-pad*resultColumns
	for _, w := range ws {
		total += w
	}
	for i := range ws {
		if total > room && room > 0 {
			ws[i] *= room / total
		}
		ws[i] = float32(int(ws[i])) // whole pixels never add up to more than the width
	}
	return ws, compact
}

// textWidth is how wide a label or button needs to be for s.
func textWidth(s string, bold bool) float32 {
	w := fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: bold}).Width
	return float32(int(w+2*theme.InnerPadding())) + 1
}

// headerWidth is how wide a sorting header (a button: its text inset, and
// the button's own padding) needs to be for the header text and the sort arrow.
func headerWidth(s string) float32 {
	return textWidth(s+" ▼", true) + 2*theme.InnerPadding()
}

// measure works out the widths the columns need for the rows shown, and
// shares the table's width again.
func (r *judgingResults) measure() {
	r.textSize = theme.TextSize()
	teamWant, spreadWant := headerWidth(resultTitle(resultTeam, false)), headerWidth(resultTitle(resultSpread, false))
	scoredWant := max(headerWidth(resultTitle(resultScoredBy, false)), textWidth(lang.L("{{.Scored}} of {{.Judges}}", map[string]any{"Scored": 10, "Judges": 10}), false))
	for _, tr := range r.rows {
		if len(tr.InProgress) > 0 {
			scoredWant = max(scoredWant, textWidth(scoredText(tr), false))
		}
		teamWant = max(teamWant, textWidth(orUntitled(tr.Team.Name), true))
		if len(tr.Spread) > 0 {
			spreadWant = max(spreadWant, textWidth(strings.Join(r.spreadTitles(tr), ", "), false))
		}
	}
	r.needs = resultNeeds{
		rank:   max(headerWidth(resultTitle(resultRank, false)), textWidth("999", false)),
		mean:   max(headerWidth(resultTitle(resultMean, false)), textWidth("-999.99", false)),
		scored: scoredWant,
		count:  max(headerWidth(resultTitle(resultSpread, true)), textWidth(lang.L("on {{.Count}} criteria", map[string]any{"Count": 99}), false)),
		team:   teamWant,
		spread: spreadWant,
		// In text sizes, so that larger text widens them too.
		teamLeast:   10 * theme.TextSize(),
		spreadLeast: max(headerWidth(resultTitle(resultSpread, false)), 11*theme.TextSize()),
	}
	r.share(r.tableWidth, true)
}

// share gives the columns their widths for a table width wide, unless
// they already have them.
func (r *judgingResults) share(width float32, again bool) {
	if width <= 0 || (width == r.tableWidth && !again) {
		return
	}
	r.tableWidth = width
	ws, compact := resultWidths(r.needs, width, theme.Padding())
	changed := compact != r.compact
	r.widths, r.compact = ws, compact
	for i, w := range ws {
		r.table.SetColumnWidth(i, w)
	}
	if changed {
		r.table.Refresh()
	}
}

// resultsLayout lays out the results: the choice of standardising over
// the table and the details of the team picked, side by side when there is
// room for the table's columns at their least beside the details; else the
// table alone, or while a team's details are open, they alone, in the whole
// space.
type resultsLayout struct{ r *judgingResults }

// detailsWidth is the width the details take beside the table in a space
// width wide.
func detailsWidth(width float32) float32 { return min(max(width*0.3, 260), 360) }

// Layout places the parts of the results.
func (l *resultsLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	r, pad := l.r, theme.Padding()
	if r.textSize != theme.TextSize() { // the text size changed in the preferences
		r.measure()
	}
	n := r.needs
	least := n.rank + n.mean + n.scored + n.teamLeast + n.spreadLeast + pad*resultColumns
	dw := detailsWidth(size.Width)
	r.wide = size.Width-dw-pad >= least
	top, table, details := r.top, r.table, r.details.root
	alone := r.open && !r.wide // the details take the whole space
	setShown(r.details.back, !r.wide)
	setShown(top, !alone)
	setShown(table, !alone)
	setShown(details, r.wide || alone)
	y := float32(0)
	if !alone {
		h := top.MinSize().Height
		top.Move(fyne.NewPos(0, 0))
		top.Resize(fyne.NewSize(size.Width, h))
		y = h + pad
	}
	below := fyne.NewSize(size.Width, max(size.Height-y, 0))
	switch {
	case alone:
		details.Move(fyne.NewPos(0, 0))
		details.Resize(size)
	case r.wide:
		table.Move(fyne.NewPos(0, y))
		table.Resize(fyne.NewSize(size.Width-dw-pad, below.Height))
		details.Move(fyne.NewPos(size.Width-dw, y))
		details.Resize(fyne.NewSize(dw, below.Height))
	default:
		table.Move(fyne.NewPos(0, y))
		table.Resize(below)
	}
	if table.Visible() {
		r.share(table.Size().Width, false)
	}
	r.placeTip(size)
}

// MinSize is the largest of the parts' least widths, and the top's height
// over the larger of the table's and the details' least heights.
func (l *resultsLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	r := l.r
	top, table, details := r.top.MinSize(), r.table.MinSize(), r.details.root.MinSize()
	return fyne.NewSize(max(top.Width, table.Width, details.Width), top.Height+theme.Padding()+max(table.Height, details.Height))
}

// setShown shows or hides o.
func setShown(o fyne.CanvasObject, shown bool) {
	if o.Visible() == shown {
		return
	}
	if shown {
		o.Show()
	} else {
		o.Hide()
	}
}
