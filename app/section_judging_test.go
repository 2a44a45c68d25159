package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/modeltest"
	"coplan/model/store"
)

// judgedUnit is an event of four teams and three judges, two per team, assigned.
func judgedUnit(t *testing.T) *model.Project {
	t.Helper()
	p := modeltest.Judged(4, 3, 2, 2)
	as, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p.Assignments = as
	return p
}

func TestAJudgeScoresATeamAndSeesItDone(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, judgedUnit(t))
	v := show(t, c, "judging").(*judging)
	p := c.ed.doc.Project
	judge := p.Experts[0]
	v.selectJudge(judge.ID)
	s := v.score
	if len(s.teamIDs) == 0 {
		t.Fatal("the judge has no teams to pick")
	}
	if !strings.Contains(s.hint.Text, "0 of") {
		t.Errorf("hint %q", s.hint.Text)
	}
	s.teams.Select(0)
	team := s.teamIDs[0]
	rb := p.Rubrics[0]
	for i, c := range rb.Criteria {
		radio := s.levels[c.ID]
		if radio == nil || len(radio.Options) != 4 {
			t.Fatalf("criterion %d offers %v", i+1, radio)
		}
		radio.SetSelected(radio.Options[i+1]) // as a click does
		if i == 0 {                           // half scored: in progress, and counted nowhere yet
			halfScored(t, v, judge.ID, team)
		}
	}
	test.Type(s.comments[rb.Criteria[0].ID], "Tidy wiring")
	test.Type(s.strengths, "Clear poster")
	test.Type(s.nextSteps, "Test outdoors")
	round := p.Rounds[0].ID
	if !p.TeamDone(round, judge.ID, team) {
		t.Fatal("the team is not done after a level on every criterion")
	}
	sc := p.FindScore(round, judge.ID, team, rb.Criteria[1].ID)
	if sc == nil || sc.Level != rb.Levels[2].ID {
		t.Errorf("score on criterion 2: %+v, want level %s", sc, rb.Levels[2].Label)
	}
	if sc := p.FindScore(round, judge.ID, team, rb.Criteria[0].ID); sc == nil || sc.Comment != "Tidy wiring" {
		t.Errorf("comment: %+v", sc)
	}
	if f := p.FindFeedback(round, judge.ID, team); f == nil || f.Strengths != "Clear poster" || f.NextSteps != "Test outdoors" {
		t.Errorf("feedback: %+v", f)
	}
	if !strings.Contains(s.hint.Text, "1 of") {
		t.Errorf("hint after scoring: %q", s.hint.Text)
	}
	// The coordinator's view counts the team as done for that judge.
	if v.prog[0].Judge != judge.ID && v.prog[1].Judge != judge.ID && v.prog[2].Judge != judge.ID {
		t.Fatalf("the judge is not in the progress list")
	}
	for _, jp := range v.prog {
		want := 0
		if jp.Judge == judge.ID {
			want = 1
		}
		if jp.Done != want {
			t.Errorf("progress of %s: %d done, want %d", p.Expert(jp.Judge).Name, jp.Done, want)
		}
	}
	// Clearing a level takes the score away, and undo brings it back.
	s.levels[rb.Criteria[1].ID].SetSelected("")
	if p.FindScore(round, judge.ID, team, rb.Criteria[1].ID) != nil {
		t.Error("clearing the level left the score")
	}
	c.ed.undo()
	if p.FindScore(round, judge.ID, team, rb.Criteria[1].ID) == nil {
		t.Error("undo did not bring the score back")
	}
}

// halfScored checks that a team judge has scored on one criterion of two
// shows as in progress on Progress and in the results, and counts in neither.
func halfScored(t *testing.T, v *judging, judge, team string) {
	t.Helper()
	for i, jp := range v.prog {
		if jp.Judge == judge && (jp.Done != 0 || v.progText[i] != "0 of 2 teams done, 1 in progress") {
			t.Errorf("progress of a half-scored team: %d done, %q", jp.Done, v.progText[i])
		}
	}
	r := v.results
	for _, tr := range r.rows {
		if tr.Team.ID != team {
			continue
		}
		if got := r.cell(tr, resultScoredBy); got != "0 of 2, 1 in progress" || r.cell(tr, resultMean) != "–" || tr.Rank != 0 {
			t.Errorf("results of a half-scored team: scored by %q, mean %q, rank %d", got, r.cell(tr, resultMean), tr.Rank)
		}
		r.pick(team, false)
		if !strings.Contains(widgetTexts(r.details.box), "in progress: 1 of 2 criteria") {
			t.Errorf("the team's details do not show the sheet in progress:\n%s", widgetTexts(r.details.box))
		}
		r.pick("", false)
	}
}

// widgetTexts joins the texts of the labels under o.
func widgetTexts(o fyne.CanvasObject) string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return strings.Join(out, "\n")
}

func TestResultsSortByTheColumnClicked(t *testing.T) {
	p := judgedUnit(t)
	round, rb := p.Rounds[0].ID, p.Rubrics[0]
	for i, a := range p.Assignments {
		for _, c := range rb.Criteria {
			p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(round, a.Judge, a.Team, c.ID), Round: round,
				Judge: a.Judge, Team: a.Team, Criterion: c.ID, Level: rb.Levels[i%4].ID})
		}
	}
	c := newTestApp(t)
	openUnit(t, c, p)
	v := show(t, c, "judging").(*judging)
	r := v.results
	want, _ := model.ComputeResults(p, round, false)
	for i, tr := range r.rows {
		if tr.Team.Name != want.Teams[i].Team.Name {
			t.Fatalf("row %d is %s, want %s (rank order)", i, tr.Team.Name, want.Teams[i].Team.Name)
		}
	}
	r.sort(resultTeam)
	for i := 1; i < len(r.rows); i++ {
		if r.rows[i-1].Team.Name > r.rows[i].Team.Name {
			t.Errorf("sorted by team, %s comes before %s", r.rows[i-1].Team.Name, r.rows[i].Team.Name)
		}
	}
	r.sort(resultTeam)
	if r.rows[0].Team.Name != "Team 04" || !strings.HasSuffix(r.header(resultTeam), "▼") {
		t.Errorf("clicking again does not reverse: first %s, header %q", r.rows[0].Team.Name, r.header(resultTeam))
	}
	r.sort(resultMean)
	for i := 1; i < len(r.rows); i++ {
		if r.rows[i-1].Mean < r.rows[i].Mean {
			t.Errorf("sorted by mean, %v comes before %v", r.rows[i-1].Mean, r.rows[i].Mean)
		}
	}
	if got := r.cell(r.rows[0], resultScoredBy); got != "2 of 2" {
		t.Errorf("scored by %q", got)
	}
	// Numbers line up on the right, names on the left.
	cell := &resultCell{bg: canvas.NewRectangle(nil), label: newCellLabel(r.hover)}
	for col, want := range map[int]fyne.TextAlign{resultRank: fyne.TextAlignTrailing, resultTeam: fyne.TextAlignLeading,
		resultMean: fyne.TextAlignTrailing, resultScoredBy: fyne.TextAlignTrailing, resultSpread: fyne.TextAlignLeading} {
		if r.fillCell(cell, r.rows[0], col); cell.label.Alignment != want {
			t.Errorf("column %q is aligned %v, want %v", resultTitle(col, false), cell.label.Alignment, want)
		}
	}
}

func TestResultColumnsShareTheTableWidth(t *testing.T) {
	n := resultNeeds{rank: 70, mean: 80, scored: 100, count: 130, team: 400, spread: 500, teamLeast: 140, spreadLeast: 180}
	const pad = 4
	for _, tc := range []struct {
		name        string
		width       float32
		compact     bool
		team, least float32 // the team column's width, or its least
		squeezed    bool    // too narrow for the short columns' needs
	}{
		{"a wide table gives the criteria what team names leave", 1000, false, 400, 0, false},
		{"a wider table gives the team what the criteria do not want", 1200, false, 0, 400, false},
		{"a table too narrow for both keeps the criteria at their least", 600, false, 0, 140, false},
		{"a narrow table counts the criteria", 550, true, 0, 140, false},
		{"a very narrow table still fits", 380, true, 0, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws, compact := resultWidths(n, tc.width, pad)
			total := float32(0)
			for _, w := range ws {
				total += w + pad
			}
			if total > tc.width {
				t.Errorf("the columns take %v of %v", total, tc.width)
			}
			if compact != tc.compact {
				t.Errorf("compact %v, want %v", compact, tc.compact)
			}
			if !tc.squeezed && (ws[resultRank] != n.rank || ws[resultMean] != n.mean || ws[resultScoredBy] != n.scored) {
				t.Errorf("the short columns are %v, want what they need", ws)
			}
			if tc.team > 0 && ws[resultTeam] != tc.team {
				t.Errorf("team %v, want %v", ws[resultTeam], tc.team)
			}
			if ws[resultTeam] < tc.least {
				t.Errorf("team %v, less than %v", ws[resultTeam], tc.least)
			}
			if !compact && (ws[resultSpread] < n.spreadLeast || ws[resultSpread] > n.spread) {
				t.Errorf("criteria %v, outside %v to %v", ws[resultSpread], n.spreadLeast, n.spread)
			}
			if compact && !tc.squeezed && ws[resultSpread] != n.count {
				t.Errorf("the count is %v wide, want %v", ws[resultSpread], n.count)
			}
		})
	}
}

func TestAJudgesCopyOpensOnTheirScoreScreen(t *testing.T) {
	c := newTestApp(t)
	p := judgedUnit(t)
	path := filepath.Join(t.TempDir(), "Judge 02"+store.Extension)
	if err := store.Save(path, p); err != nil {
		t.Fatal(err)
	}
	c.Start([]string{path})
	if c.ed == nil {
		t.Fatal("the copy did not open")
	}
	v, ok := c.ed.views[c.ed.current].(*judging)
	if !ok {
		t.Fatalf("the copy opened on section %q", c.ed.sections[c.ed.current].Key)
	}
	if v.judgeID() != p.Experts[1].ID {
		t.Errorf("judge chosen: %q", v.judge.Selected)
	}
}

func TestImportingTeamsListsBadRowsAndImportsNothing(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, judgedUnit(t))
	v := show(t, c, "judging").(*judging)
	before := len(c.ed.doc.Project.Teams)
	importSheet(c.ed, "teams.csv", strings.NewReader("team,mentor\nRockets,Nobody\n"), readTeamsSheet(c.ed))
	if got := overlayText(c); !strings.Contains(got, `Line 2: no expert "Nobody" in the unit`) {
		t.Errorf("the problems dialog says:\n%s", got)
	}
	if len(c.ed.doc.Project.Teams) != before {
		t.Error("a bad spreadsheet imported teams")
	}
	importSheet(c.ed, "teams.csv", strings.NewReader("team,mentor\nRockets,Judge 01\n"), readTeamsSheet(c.ed))
	if len(c.ed.doc.Project.Teams) != before+1 || !strings.Contains(c.ed.status.Text, "Added 1 teams") {
		t.Errorf("teams %d, status %q", len(c.ed.doc.Project.Teams), c.ed.status.Text)
	}
	v.assign()
	if n := len(c.ed.doc.Project.AssignmentsOf(v.roundID())); n != 10 {
		t.Errorf("%d assignments after assigning the new team, want 10", n)
	}
}

func TestPeopleImportAddsPeopleFromASpreadsheet(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, judgedUnit(t))
	show(t, c, "people")
	button(t, c, "Import people from a spreadsheet…")
	before := len(c.ed.doc.Project.Experts)
	importSheet(c.ed, "people.csv", strings.NewReader("Name,Organisation,Role\nAna Lima,Acme,judge\n"), readPeopleSheet(c.ed))
	p := c.ed.doc.Project
	if len(p.Experts) != before+1 || len(p.Partners) != 1 || p.Experts[before].Partner != p.Partners[0].ID {
		t.Fatalf("experts %d (want %d), partners %+v", len(p.Experts), before+1, p.Partners)
	}
	if len(p.Judges()) != before+1 {
		t.Error("the role was not taken")
	}
	c.ed.undo()
	if len(p.Experts) != before || len(p.Partners) != 0 {
		t.Error("undo left the import")
	}
}

func TestTeamsAndRoundsAreEditedOnTheirTabs(t *testing.T) {
	c := newTestApp(t)
	unit := judgedUnit(t)
	unit.Rounds, unit.Assignments = nil, nil
	openUnit(t, c, unit)
	v := show(t, c, "judging").(*judging)
	p := c.ed.doc.Project
	// With no round yet, Score says so with a button that adds one, and
	// what needs a round waits for it.
	if !v.noRounds[0].Visible() || v.score.root.Visible() || !v.assignBtn.Disabled() || !v.round.Disabled() ||
		v.round.PlaceHolder != "No rounds yet" || v.importBtn.Disabled() {
		t.Errorf("no rounds: message shown %v, score shown %v, assign disabled %v, round disabled %v %q, import disabled %v",
			v.noRounds[0].Visible(), v.score.root.Visible(), v.assignBtn.Disabled(), v.round.Disabled(), v.round.PlaceHolder, v.importBtn.Disabled())
	}
	add := v.noRounds[0].(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*widget.Button)
	test.Tap(add)
	if len(p.Rounds) != 1 || v.tabs.SelectedIndex() != 4 || v.roundID() != p.Rounds[0].ID {
		t.Fatalf("Add a round: %d rounds, tab %d", len(p.Rounds), v.tabs.SelectedIndex())
	}
	if v.noRounds[0].Visible() || !v.score.root.Visible() || v.assignBtn.Disabled() || v.round.Disabled() {
		t.Error("with a round, the section still says there is none or waits")
	}
	p.Rounds[0].JudgesPerTeam = 2 // three judges, one a team's mentor
	test.Tap(v.assignBtn)
	if len(p.Assignments) == 0 {
		t.Fatal("Assign judges made no assignments in the round added")
	}
	n := len(p.Teams)
	v.tabs.SelectIndex(3)
	v.teams.add()
	added := false
	for _, tm := range p.Teams {
		added = added || tm.Name == "New team"
	}
	if len(p.Teams) != n+1 || !added {
		t.Fatalf("adding a team: %d teams %+v", len(p.Teams), p.Teams)
	}
	v.rounds.add()
	if len(p.Rounds) != 2 || p.Rounds[0].Rubric != p.Rubrics[0].ID || p.Rounds[1].Rubric != p.Rubrics[0].ID {
		t.Fatalf("adding a round: %+v", p.Rounds)
	}
	if len(v.roundIDs) != 2 {
		t.Errorf("the round choice offers %d rounds, want 2", len(v.roundIDs))
	}
	c.ed.reveal(p.Teams[1].ID, "name")
	if v.tabs.SelectedIndex() != 3 {
		t.Errorf("revealing a team shows tab %d", v.tabs.SelectedIndex())
	}
	a := p.Assignments[0]
	c.ed.reveal(a.ID, "")
	if v.tabs.SelectedIndex() != 0 || v.judgeID() != a.Judge || v.score.team != a.Team {
		t.Errorf("revealing an assignment: tab %d, judge %q, team %q", v.tabs.SelectedIndex(), v.judgeID(), v.score.team)
	}
}

// judgingFits checks the Judging section's own tabs in a window of size
// (which TestEverySectionFitsSmallWindows has laid out): nothing scrolls
// sideways, the results' columns share the table's width with room for
// their headers, and a team picked in the results shows in full, beside the
// table on a wide screen and in its place on a narrow one. It picks a judge
// and a team to score the first time, in a unit with teams, so that the
// score form is checked too.
func judgingFits(t *testing.T, c *App, v *judging, size fyne.Size) {
	t.Helper()
	p := c.ed.doc.Project
	if v.judgeID() == "" && len(p.Assignments) > 0 {
		for _, x := range p.Judges() {
			if v.selectJudge(x.ID); len(v.score.teamIDs) > 0 {
				break
			}
		}
		if len(v.score.teamIDs) == 0 {
			t.Fatal("no judge has teams to score")
		}
		v.score.teams.Select(0)
	}
	wide := size == fitSizes[1]
	d := fyne.CurrentApp().Driver()
	// within fails unless o ends left of the right edge of in.
	within := func(what string, o, in fyne.CanvasObject) {
		t.Helper()
		if right, edge := d.AbsolutePositionForObject(o).X+o.Size().Width, d.AbsolutePositionForObject(in).X+in.Size().Width; right > edge+0.5 {
			t.Errorf("%s ends at x=%v, past the edge at %v", what, right, edge)
		}
	}
	// Score, Progress and Results, from the one shown: switching tabs is
	// what costs. Teams and Rounds are lists like every other section's,
	// checked with them.
	first := max(0, v.tabs.SelectedIndex())
	for k := range 3 {
		i := (first + k) % 3
		tab := v.tabs.Items[i]
		v.tabs.SelectIndex(i)
		// Only the tab's own objects: the rest of the window is checked
		// with the other sections, and walking it again is what costs.
		all := test.LaidOutObjects(tab.Content)
		for _, msg := range sideways(all, nil) {
			t.Errorf("Judging, %s: scrolls sideways: %s", tab.Text, msg)
		}
		switch tab.Content {
		case v.score.root:
			for crit, radio := range v.score.levels {
				if wide && !radio.Horizontal {
					t.Errorf("Score: the levels of %s are one under the other on a wide screen", crit)
				}
				within("Score: a criterion's levels", radio, v.score.scroll)
			}
		case v.progress:
			for _, o := range all {
				if bar, ok := o.(*widget.ProgressBar); ok && d.AbsolutePositionForObject(bar).X > 0 {
					within("Progress: a judge's bar", bar, v.progress)
				}
			}
		case v.results.root:
			resultsFit(t, c, v.results, wide)
		}
	}
}

// resultsFit checks the results table's columns and the details of a team
// picked in it.
func resultsFit(t *testing.T, c *App, r *judgingResults, wide bool) {
	t.Helper()
	width, total := r.table.Size().Width, float32(0)
	for col, w := range r.widths {
		total += w + theme.Padding()
		if need := headerWidth(resultTitle(col, r.compact)); w < need {
			t.Errorf("Results: the %q column is %v wide, less than its header's %v", resultTitle(col, r.compact), w, need)
		}
	}
	if width <= 0 || total > width+0.5 {
		t.Errorf("Results: the columns take %v of a table %v wide", total, width)
	}
	if r.widths[resultTeam] < r.needs.teamLeast && !r.compact {
		t.Errorf("Results: the team column is %v wide, less than %v", r.widths[resultTeam], r.needs.teamLeast)
	}
	if r.wide != wide {
		t.Errorf("Results: the details show beside the table: %v, want %v", r.wide, wide)
	}
	if len(r.rows) == 0 {
		return
	}
	// The pointer on a name cut short shows the whole name, within the results.
	var cell *cellLabel
	r.cells.Each(func(c *resultCell) {
		if c.label.Visible() && c.label.TextStyle.Bold && cell == nil {
			cell = c.label
		}
	})
	if cell == nil {
		t.Fatal("Results: no team name on screen")
	}
	cell.Resize(fyne.NewSize(textWidth(cell.Text, true)/2, cell.Size().Height))
	if cell.MouseIn(nil); !r.tip.root.Visible() || r.tip.label.Text != cell.Text {
		t.Errorf("Results: the pointer on %q cut short shows %q", cell.Text, r.tip.label.Text)
	} else if s := r.tip.root.Size(); s.Width < textWidth(cell.Text, true)-0.5 && s.Width < r.split.Size().Width {
		t.Errorf("Results: the whole name %q gets a tip %v wide", cell.Text, s.Width)
	}
	if cell.MouseOut(); r.tip.root.Visible() {
		t.Error("Results: the tip stays when the pointer leaves")
	}
	tr := r.rows[len(r.rows)-1]
	r.table.Select(widget.TableCellID{Row: len(r.rows) - 1, Col: resultTeam})
	defer r.pick("", false)
	if r.details.name == nil || r.details.name.Text != tr.Team.Name || !r.details.name.Visible() {
		t.Fatalf("Results: picking %s shows %+v", tr.Team.Name, r.details.name)
	}
	inWindow(t, c, "Results: the team picked", r.details.name)
	if !wide {
		if r.table.Visible() || !r.details.back.Visible() {
			t.Error("Results: on a narrow screen the details do not take the table's place")
		}
		for _, msg := range sideways(test.LaidOutObjects(r.root), nil) {
			t.Errorf("Results: a team's details scroll sideways: %s", msg)
		}
		r.closeDetails()
	}
	if !r.table.Visible() {
		t.Error("Results: the table does not come back")
	}
}
