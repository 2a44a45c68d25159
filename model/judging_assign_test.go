package model_test

import (
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// checkAssignment fails t unless every team has perTeam different judges,
// none its mentor, and no judge has more than limit teams.
func checkAssignment(t *testing.T, p *model.Project, as []model.Assignment, perTeam, limit int) map[string]int {
	t.Helper()
	load := map[string]int{}
	onTeam := map[string]map[string]bool{}
	for _, a := range as {
		if onTeam[a.Team] == nil {
			onTeam[a.Team] = map[string]bool{}
		}
		if onTeam[a.Team][a.Judge] {
			t.Errorf("judge %s is on team %s twice", a.Judge, a.Team)
		}
		onTeam[a.Team][a.Judge] = true
		load[a.Judge]++
		if tm := p.Team(a.Team); tm.Mentor == a.Judge {
			t.Errorf("team %s is judged by its mentor", tm.Name)
		}
	}
	for _, tm := range p.Teams {
		if n := len(onTeam[tm.ID]); n != perTeam {
			t.Errorf("team %s has %d judges, want %d", tm.Name, n, perTeam)
		}
	}
	for j, n := range load {
		if n > limit {
			t.Errorf("judge %s has %d teams, more than %d", j, n, limit)
		}
	}
	return load
}

func TestAssignmentMeetsEveryRule(t *testing.T) {
	tests := []struct {
		name                          string
		teams, judges, perTeam, limit int
	}{
		{"science fair", 80, 25, 3, 10},
		{"small event", 6, 4, 2, 3},
		{"as many judges as places", 5, 5, 3, 3},
		{"one judge each", 9, 3, 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := modeltest.Judged(tt.teams, tt.judges, 3, tt.perTeam)
			as, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{})
			if err != nil {
				t.Fatal(err)
			}
			load := checkAssignment(t, p, as, tt.perTeam, tt.limit)
			lo, hi := tt.teams, 0
			for _, e := range p.Experts {
				lo, hi = min(lo, load[e.ID]), max(hi, load[e.ID])
			}
			if hi-lo > 1 {
				t.Errorf("loads range from %d to %d: not balanced", lo, hi)
			}
		})
	}
}

func TestAssignmentVariesWhichJudgesSitTogether(t *testing.T) {
	p := modeltest.Judged(80, 25, 3, 3)
	as, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{})
	if err != nil {
		t.Fatal(err)
	}
	byTeam := map[string][]string{}
	for _, a := range as {
		byTeam[a.Team] = append(byTeam[a.Team], a.Judge)
	}
	pairs := map[[2]string]int{}
	most := 0
	for _, js := range byTeam {
		for i := range js {
			for k := i + 1; k < len(js); k++ {
				a, b := min(js[i], js[k]), max(js[i], js[k])
				pairs[[2]string{a, b}]++
				most = max(most, pairs[[2]string{a, b}])
			}
		}
	}
	// 240 pairs among 300 possible: no pair need sit together more than twice.
	if most > 2 {
		t.Errorf("a pair of judges sits together %d times", most)
	}
}

func TestAssignmentKeepsManualAssignments(t *testing.T) {
	p := modeltest.Judged(6, 4, 2, 2)
	r := p.Rounds[0].ID
	manual := model.Assignment{ID: model.AssignmentID(r, p.Experts[3].ID, p.Teams[1].ID), Round: r, Judge: p.Experts[3].ID, Team: p.Teams[1].ID}
	p.Assignments = []model.Assignment{manual}
	as, err := model.Assign(p, r, model.AssignOptions{MaxPerJudge: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 11 {
		t.Errorf("made %d new assignments, want 11 (12 places, one taken by hand)", len(as))
	}
	for _, a := range as {
		if !a.Auto {
			t.Errorf("a new assignment is not marked automatic: %+v", a)
		}
	}
	checkAssignment(t, p, append(as, manual), 2, 3)
	again, err := model.Assign(p, r, model.AssignOptions{})
	if err != nil || len(again) != 11 {
		t.Errorf("assigning again from the same state: %d, %v", len(again), err)
	}
	p.Assignments = append(p.Assignments, as...)
	if more, err := model.Assign(p, r, model.AssignOptions{}); err != nil || len(more) != 0 {
		t.Errorf("assigning a fully assigned round made %d more (%v)", len(more), err)
	}
}

func TestAssignmentSaysWhyItCannot(t *testing.T) {
	tests := []struct {
		name          string
		teams, judges int
		opt           model.AssignOptions
		want          string
	}{
		{"too few judges", 4, 2, model.AssignOptions{PerTeam: 3}, "only 1 judge did not mentor it"},
		{"too little room", 10, 4, model.AssignOptions{PerTeam: 3, MaxPerJudge: 5}, "30 more judge places, but 4 judges with at most 5 teams each have only 20 free"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := modeltest.Judged(tt.teams, tt.judges, 2, 3)
			_, err := model.Assign(p, p.Rounds[0].ID, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	p := modeltest.Judged(3, 3, 1, 2)
	p.Experts[1].Roles = nil
	p.Experts[2].Roles = nil
	if _, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{}); err == nil || !strings.Contains(err.Error(), `team "Team 01" needs 2 judges`) {
		t.Errorf("with one judge: %v", err)
	}
}
