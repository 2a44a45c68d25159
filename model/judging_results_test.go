package model_test

import (
	"math"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// scoredFair is a fair of four teams and three judges (A, B, C) on two
// criteria: c1, whose top rating is worth 5 instead of its level's 4, and
// c2, weighted twice. Levels are worth 1 to 4 points. Team 04 is unscored.
func scoredFair(t *testing.T) *model.Project {
	t.Helper()
	p := modeltest.Judged(4, 3, 2, 3)
	for i := range p.Teams {
		p.Teams[i].Mentor = ""
	}
	rb := &p.Rubrics[0]
	rb.Criteria[0].Points = map[string]float64{rb.Levels[3].ID: 5}
	rb.Criteria[1].Weight = 2
	r := p.Rounds[0].ID
	for _, tm := range p.Teams {
		for _, e := range p.Experts {
			p.Assignments = append(p.Assignments, model.Assignment{ID: model.AssignmentID(r, e.ID, tm.ID), Round: r, Judge: e.ID, Team: tm.ID})
		}
	}
	score := func(judge, team, crit, level int) {
		p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(r, p.Experts[judge].ID, p.Teams[team].ID, rb.Criteria[crit].ID),
			Round: r, Judge: p.Experts[judge].ID, Team: p.Teams[team].ID, Criterion: rb.Criteria[crit].ID, Level: rb.Levels[level].ID})
	}
	const A, B, C = 0, 1, 2
	// Team 01: A 5+2*3=11, B 3+2*3=9, C 5+2*4=13: mean 11.
	score(A, 0, 0, 3)
	score(A, 0, 1, 2)
	score(B, 0, 0, 2)
	score(B, 0, 1, 2)
	score(C, 0, 0, 3)
	score(C, 0, 1, 3)
	// Team 02: A 1+2*4=9, B 5+2*2=9, C 3 points+2*2=7: mean 25/3; both criteria spread.
	score(A, 1, 0, 0)
	score(A, 1, 1, 3)
	score(B, 1, 0, 3)
	score(B, 1, 1, 1)
	p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(r, p.Experts[C].ID, p.Teams[1].ID, rb.Criteria[0].ID),
		Round: r, Judge: p.Experts[C].ID, Team: p.Teams[1].ID, Criterion: rb.Criteria[0].ID, Points: 3})
	score(C, 1, 1, 1)
	// Team 03: only A, 3+2*4=11: ties with Team 01.
	score(A, 2, 0, 2)
	score(A, 2, 1, 3)
	return p
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-3 }

func TestResultsAgainstAHandCount(t *testing.T) {
	p := scoredFair(t)
	res, err := model.ComputeResults(p, p.Rounds[0].ID, false)
	if err != nil {
		t.Fatal(err)
	}
	c1, c2 := p.Rubrics[0].Criteria[0].ID, p.Rubrics[0].Criteria[1].ID
	want := []struct {
		team     string
		rank     int
		mean     float64
		scoredBy int
		c1, c2   float64
		spread   []string
	}{
		{"Team 01", 1, 11, 3, 13.0 / 3, 10.0 / 3, nil},
		{"Team 03", 1, 11, 1, 3, 4, nil},
		{"Team 02", 3, 25.0 / 3, 3, 3, 8.0 / 3, []string{c1, c2}},
		{"Team 04", 0, 0, 0, 0, 0, nil},
	}
	if len(res.Teams) != len(want) {
		t.Fatalf("%d teams in the results, want %d", len(res.Teams), len(want))
	}
	for i, w := range want {
		g := res.Teams[i]
		if g.Team.Name != w.team || g.Rank != w.rank || !near(g.Mean, w.mean) || len(g.ScoredBy) != w.scoredBy ||
			!near(g.Criteria[c1], w.c1) || !near(g.Criteria[c2], w.c2) || len(g.Spread) != len(w.spread) {
			t.Errorf("line %d: got %s rank %d mean %.3f by %d, c1 %.3f c2 %.3f spread %v; want %+v",
				i+1, g.Team.Name, g.Rank, g.Mean, len(g.ScoredBy), g.Criteria[c1], g.Criteria[c2], g.Spread, w)
		}
		if len(g.Judges) != 3 {
			t.Errorf("%s lists %d assigned judges, want 3", g.Team.Name, len(g.Judges))
		}
	}
}

func TestNormalisedResultsDiscountHarshAndKindJudges(t *testing.T) {
	p := scoredFair(t)
	res, err := model.ComputeResults(p, p.Rounds[0].ID, true)
	if err != nil {
		t.Fatal(err)
	}
	// Judge A's totals 11, 9, 11 have mean 31/3 and deviation sqrt(8/9);
	// B's 9, 9 have none (z 0); C's 13, 7 have mean 10 and deviation 3.
	sdA := math.Sqrt(8.0 / 9)
	zA1, zA2 := (11-31.0/3)/sdA, (9-31.0/3)/sdA
	want := []struct {
		team string
		rank int
		mean float64
	}{
		{"Team 03", 1, zA1},
		{"Team 01", 2, (zA1 + 0 + 1) / 3},
		{"Team 02", 3, (zA2 + 0 - 1) / 3},
		{"Team 04", 0, 0},
	}
	for i, w := range want {
		g := res.Teams[i]
		if g.Team.Name != w.team || g.Rank != w.rank || !near(g.Mean, w.mean) {
			t.Errorf("line %d: got %s rank %d mean %.4f, want %+v", i+1, g.Team.Name, g.Rank, g.Mean, w)
		}
	}
}

func TestProgressCountsTeamsScoredOnEveryCriterion(t *testing.T) {
	p := scoredFair(t)
	prog := p.Progress(p.Rounds[0].ID)
	want := []int{3, 2, 2} // A finished teams 1-3; B and C teams 1 and 2
	for i, jp := range prog {
		if len(jp.Teams) != 4 || jp.Done != want[i] {
			t.Errorf("judge %d: %d of %d done, want %d of 4", i+1, jp.Done, len(jp.Teams), want[i])
		}
	}
}

// halfScored is scoredFair with two sheets in progress: judge B has scored
// Team 03 on c1 only, at the lowest level (A chose the third), and C has
// scored Team 04 on c2 only.
func halfScored(t *testing.T) *model.Project {
	p := scoredFair(t)
	r, rb := p.Rounds[0].ID, &p.Rubrics[0]
	for _, s := range []struct{ judge, team, crit, level int }{{1, 2, 0, 0}, {2, 3, 1, 3}} {
		j, tm, c := p.Experts[s.judge].ID, p.Teams[s.team].ID, rb.Criteria[s.crit].ID
		p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(r, j, tm, c), Round: r, Judge: j, Team: tm, Criterion: c, Level: rb.Levels[s.level].ID})
	}
	return p
}

func TestAHalfFilledSheetCountsNowhereInTheResults(t *testing.T) {
	p := halfScored(t)
	res, err := model.ComputeResults(p, p.Rounds[0].ID, false)
	if err != nil {
		t.Fatal(err)
	}
	c1 := p.Rubrics[0].Criteria[0].ID
	want := []struct {
		team       string
		rank       int
		mean, c1   float64
		scoredBy   int
		inProgress string
	}{
		{"Team 01", 1, 11, 13.0 / 3, 3, ""},
		{"Team 03", 1, 11, 3, 1, p.Experts[1].ID},
		{"Team 02", 3, 25.0 / 3, 3, 3, ""},
		{"Team 04", 0, 0, 0, 0, p.Experts[2].ID},
	}
	for i, w := range want {
		g := res.Teams[i]
		if g.Team.Name != w.team || g.Rank != w.rank || !near(g.Mean, w.mean) || !near(g.Criteria[c1], w.c1) || len(g.ScoredBy) != w.scoredBy {
			t.Errorf("line %d: got %s rank %d mean %.3f c1 %.3f by %d; want %+v", i+1, g.Team.Name, g.Rank, g.Mean, g.Criteria[c1], len(g.ScoredBy), w)
		}
		if got := strings.Join(g.InProgress, ","); got != w.inProgress {
			t.Errorf("%s: in progress %q, want %q", g.Team.Name, got, w.inProgress)
		}
		if len(g.Spread) > 0 && w.team == "Team 03" {
			t.Errorf("%s: a half-filled sheet makes the judges disagree on %v", g.Team.Name, g.Spread)
		}
		if _, ok := g.Totals[w.inProgress]; ok {
			t.Errorf("%s: a total for the judge whose sheet is in progress", g.Team.Name)
		}
	}
}

func TestProgressCountsSheetsInProgressApart(t *testing.T) {
	p := halfScored(t)
	prog := p.Progress(p.Rounds[0].ID)
	want := [][2]int{{3, 0}, {2, 1}, {2, 1}} // done, started
	for i, jp := range prog {
		if jp.Done != want[i][0] || jp.Started != want[i][1] {
			t.Errorf("judge %d: %d done and %d started, want %v", i+1, jp.Done, jp.Started, want[i])
		}
	}
	if p.TeamDone(p.Rounds[0].ID, p.Experts[1].ID, p.Teams[2].ID) {
		t.Error("a sheet scored on one of two criteria is called done")
	}
}

func TestValidateNamesTheJudgeAndTeamOfASheetInProgress(t *testing.T) {
	p := halfScored(t)
	var got []string
	for _, d := range model.Validate(p) {
		if strings.Contains(d.Message, "criteria; the results leave this sheet out") {
			got = append(got, d.Message)
			if d.Severity != model.Warning || d.EntityID == "" {
				t.Errorf("%q: severity %v, id %q; want a warning that points at a score", d.Message, d.Severity, d.EntityID)
			}
		}
	}
	want := []string{
		`In round "Final", "Judge 02" has scored team "Team 03" on 1 of the 2 criteria; the results leave this sheet out until every criterion is scored`,
		`In round "Final", "Judge 03" has scored team "Team 04" on 1 of the 2 criteria; the results leave this sheet out until every criterion is scored`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
