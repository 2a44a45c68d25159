package app

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/store"
)

// progressRow holds the widgets of a row of the judges' progress: who and
// how many teams, and the bar.
type progressRow struct {
	label *widget.Label
	bar   *widget.ProgressBar
}

// judging runs a judged event: a judge scores their teams, the coordinator
// follows each judge's progress and reads the results. The rules (who
// judges whom, totals, ranks) are the model's.
type judging struct {
	e *editor

	round    *widget.Select
	roundIDs []string
	judge    *widget.Select
	judgeIDs []string

	score    *judgeScoring
	progress *widget.List
	prog     []model.JudgeProgress
	// progText says how far each judge in prog has come, as their bar shows it.
	progText []string
	// assignBtn acts on a round, so it waits for one; the noRounds panes
	// stand in for Score and Progress until there is one.
	assignBtn, importBtn *widget.Button
	noRounds             []fyne.CanvasObject
	results              *judgingResults
	teams                *listPane
	rounds               *listPane
	tabs                 *container.AppTabs
	root                 fyne.CanvasObject
}

func newJudging(e *editor) sectionView {
	v := &judging{e: e}
	v.round = widget.NewSelect(nil, func(string) { v.reloadScores() })
	v.judge = widget.NewSelect(nil, func(string) { v.score.load() })
	v.judge.PlaceHolder = lang.L("Choose a judge")
	v.round.PlaceHolder = lang.L("No rounds yet") // shown only while there is none to choose
	v.score = newJudgeScoring(v)
	v.results = newJudgingResults(v)
	v.teams, v.rounds = newTeamsPane(e), newRoundsPane(e)
	var rows widgets.Rows[progressRow]
	v.progress = widget.NewList(
		func() int { return len(v.prog) },
		func() fyne.CanvasObject {
			row := &progressRow{label: widget.NewLabel(""), bar: widget.NewProgressBar()}
			row.label.Truncation = fyne.TextTruncateEllipsis
			bar := container.New(progressWidth{v}, row.bar)
			return rows.Add(row, container.NewBorder(nil, nil, nil, bar, row.label))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(v.prog) {
				return
			}
			jp := v.prog[i]
			row := rows.Of(o)
			name := lang.L("A judge no longer in the unit")
			if x := e.doc.Project.Expert(jp.Judge); x != nil {
				name = orUntitled(x.Name)
			}
			setText(row.label, name)
			done := v.progText[i]
			bar := row.bar
			bar.TextFormatter = func() string { return done }
			bar.Max = float64(max(1, len(jp.Teams)))
			bar.Value = float64(jp.Done)
			bar.Refresh()
		})
	v.progress.OnSelected = func(i widget.ListItemID) {
		v.progress.UnselectAll()
		if i < len(v.prog) {
			v.selectJudge(v.prog[i].Judge)
			v.tabs.SelectIndex(0)
		}
	}
	v.noRounds = []fyne.CanvasObject{v.noRoundsPane(), v.noRoundsPane()}
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Score"), theme.DocumentCreateIcon(), container.NewStack(v.score.root, v.noRounds[0])),
		container.NewTabItemWithIcon(lang.L("Progress"), theme.ListIcon(), container.NewStack(v.progress, v.noRounds[1])),
		container.NewTabItemWithIcon(lang.L("Results"), theme.GridIcon(), v.results.root),
		container.NewTabItemWithIcon(lang.L("Teams"), theme.AccountIcon(), v.teams.Object()),
		container.NewTabItemWithIcon(lang.L("Rounds"), theme.SettingsIcon(), v.rounds.Object()),
	)
	v.assignBtn = widget.NewButtonWithIcon(lang.L("Assign judges"), theme.ContentAddIcon(), v.assign)
	v.importBtn = widget.NewButtonWithIcon(lang.L("Import…"), theme.UploadIcon(), v.showImportMenu)
	bar := container.NewHBox(widget.NewLabel(lang.L("Round")), v.round, widget.NewLabel(lang.L("Judge")), v.judge,
		v.assignBtn, v.importBtn)
	v.root = container.NewBorder(container.NewHScroll(bar), nil, nil, nil, v.tabs)
	v.Reload()
	v.selectJudgeOfFile()
	return v
}

func (v *judging) Object() fyne.CanvasObject { return v.root }

func (v *judging) Changed(c model.Change) {
	v.teams.Changed(c)
	v.rounds.Changed(c)
	v.reloadScores()
}

// Reveal shows a team or round on its tab, and anything a judge gave a
// team on that judge's score screen.
func (v *judging) Reveal(id, field string) {
	p := v.e.doc.Project
	team, judge := "", ""
	switch {
	case p.Team(id) != nil:
		v.tabs.SelectIndex(3)
		v.teams.Reveal(id, field)
		return
	case p.Round(id) != nil:
		v.tabs.SelectIndex(4)
		v.rounds.Reveal(id, field)
		return
	}
	for _, s := range p.Scores {
		if s.ID == id {
			team, judge = s.Team, s.Judge
		}
	}
	for _, f := range p.Feedback {
		if f.ID == id {
			team, judge = f.Team, f.Judge
		}
	}
	for _, a := range p.Assignments {
		if a.ID == id {
			team, judge = a.Team, a.Judge
		}
	}
	v.selectJudge(judge)
	v.tabs.SelectIndex(0)
	if i := idIndex(v.score.teamIDs, team); i >= 0 {
		v.score.teams.Select(i)
	}
}

// Reload fills every tab from the unit.
func (v *judging) Reload() {
	v.teams.Reload()
	v.rounds.Reload()
	v.reloadScores()
}

// reloadScores fills the round and judge choices, the score screen, the
// progress and the results from the unit.
func (v *judging) reloadScores() {
	p := v.e.doc.Project
	keepRound, keepJudge := v.roundID(), v.judgeID()
	v.roundIDs = v.roundIDs[:0]
	var titles []string
	for _, r := range p.Rounds {
		v.roundIDs = append(v.roundIDs, r.ID)
		titles = append(titles, orUntitled(r.Title))
	}
	v.round.OnChanged = nil
	v.round.SetOptions(titles)
	if i := idIndex(v.roundIDs, keepRound); i >= 0 {
		v.round.SetSelectedIndex(i)
	} else if len(titles) > 0 {
		v.round.SetSelectedIndex(0)
	}
	v.round.OnChanged = func(string) { v.reloadScores() }
	v.judgeIDs = v.judgeIDs[:0]
	var names []string
	for _, x := range p.Judges() {
		v.judgeIDs = append(v.judgeIDs, x.ID)
		names = append(names, orUntitled(x.Name))
	}
	v.judge.OnChanged = nil
	v.judge.SetOptions(names)
	if i := idIndex(v.judgeIDs, keepJudge); i >= 0 {
		v.judge.SetSelectedIndex(i)
	} else {
		v.judge.ClearSelected()
	}
	v.judge.OnChanged = func(string) { v.score.load() }
	v.showRounds(len(p.Rounds) > 0)
	v.prog = p.Progress(v.roundID())
	v.progText = v.progText[:0]
	for _, jp := range v.prog {
		v.progText = append(v.progText, progressText(jp))
	}
	v.progress.Refresh()
	v.score.load()
	v.results.load()
}

// roundID is the id of the round chosen, or "".
func (v *judging) roundID() string {
	if i := v.round.SelectedIndex(); i >= 0 && i < len(v.roundIDs) {
		return v.roundIDs[i]
	}
	return ""
}

// judgeID is the id of the judge chosen, or "".
func (v *judging) judgeID() string {
	if i := v.judge.SelectedIndex(); i >= 0 && i < len(v.judgeIDs) {
		return v.judgeIDs[i]
	}
	return ""
}

func (v *judging) selectJudge(id string) {
	if i := idIndex(v.judgeIDs, id); i >= 0 {
		v.judge.SetSelectedIndex(i)
	}
}

// selectJudgeOfFile chooses the judge a copy made by 'coplan judging split'
// is named after, so that the copy opens on that judge's score screen.
func (v *judging) selectJudgeOfFile() {
	stem := strings.TrimSuffix(filepath.Base(v.e.path), store.Extension)
	for _, x := range v.e.doc.Project.Judges() {
		if stem != "" && strings.EqualFold(strings.TrimSpace(x.Name), stem) {
			v.selectJudge(x.ID)
			return
		}
	}
}

// JudgeOfFile reports whether p's file at path is a judge's copy: its name
// is a judge's name.
func judgeOfFile(p *model.Project, path string) bool {
	stem := strings.TrimSuffix(filepath.Base(path), store.Extension)
	for _, x := range p.Judges() {
		if stem != "" && strings.EqualFold(strings.TrimSpace(x.Name), stem) {
			return true
		}
	}
	return false
}

// assign gives every team of the round the judges it still needs.
func (v *judging) assign() {
	round := v.roundID()
	if round == "" {
		v.e.setStatus(lang.L("Add a judging round first."))
		return
	}
	made, err := model.Assign(v.e.doc.Project, round, model.AssignOptions{})
	if err != nil {
		v.e.app.showError(lang.L("Could not assign the judges"), err)
		return
	}
	if len(made) == 0 {
		v.e.setStatus(lang.L("Every team already has its judges."))
		return
	}
	edits := make([]model.Edit, len(made))
	for i, a := range made {
		edits[i] = model.Add(a, "", -1)
	}
	if v.e.apply(model.Batch(lang.L("Assigned judges"), edits...)) {
		v.e.setStatus(lang.L("Made {{.Count}} assignments; Undo takes them out again.", map[string]any{"Count": len(made)}))
	}
}

// idIndex returns the position of id s in list, or -1 (always for "").
func idIndex(list []string, s string) int {
	for i, x := range list {
		if x == s && s != "" {
			return i
		}
	}
	return -1
}

// progressWidth lays out a judge's progress bar, which says how many of
// their teams are done, as wide as the longest of the bars' texts needs at
// the text size of the moment; the judge's name takes the rest of the row.
type progressWidth struct{ v *judging }

// Layout gives the bar the whole space.
func (progressWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is as wide as "99 of 99 teams done" or the longest bar's text,
// and as tall as the bar.
func (w progressWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	done := lang.L("{{.Done}} of {{.Teams}} teams done", map[string]any{"Done": 99, "Teams": 99})
	width := textWidth(done, false)
	for _, t := range w.v.progText {
		width = max(width, textWidth(t, false))
	}
	s := fyne.NewSize(width+2*theme.Padding(), 0)
	for _, o := range objects {
		s.Height = max(s.Height, o.MinSize().Height)
	}
	return s
}
