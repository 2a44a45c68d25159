package model

import (
	"fmt"
	"math"
	"sort"
)

// Results are the standings of one judging round.
type Results struct {
	Round  *Round
	Rubric *Rubric
	// Normalised says Mean holds each team's mean standardised score (see
	// ComputeResults) rather than the mean of its judges' totals.
	Normalised bool
	// Teams are in rank order; teams nobody scored come last, unranked.
	Teams []TeamResult
}

// TeamResult is one team's line in the results.
type TeamResult struct {
	Team *Team
	// Rank is 1 for the best mean; teams with equal means share a rank and
	// the next rank skips (1, 2, 2, 4). 0 when no judge scored the team.
	Rank int
	// Mean is the mean of the totals of the judges who scored the team.
	Mean float64
	// Totals are those judges' totals, by judge id.
	Totals map[string]float64
	// Judges are the ids of the judges assigned to the team, in file order.
	Judges []string
	// ScoredBy are the ids of the judges who scored the team on every
	// criterion of the rubric: the assigned ones in file order, then any
	// others in file order of their scores. Only their sheets count.
	ScoredBy []string
	// InProgress are the ids of the judges who have scored the team on some
	// criteria but not all, in the same order. Their scores count nowhere in
	// the results (totals, mean, rank, criteria, spread) until the sheet is complete.
	InProgress []string
	// Criteria maps a criterion id to the mean of the points of the ratings
	// the judges chose on it (before its weight), over the judges who scored it.
	Criteria map[string]float64
	// Spread lists the ids of the criteria, in rubric order, on which two
	// judges chose levels more than one level apart.
	Spread []string
}

// ComputeResults works out the results of round. A judge's sheet for a team
// counts only when it is complete: the judge has scored the team on every
// criterion of the rubric (see Project.SheetScored); a half-filled sheet is
// listed in TeamResult.InProgress and counts nowhere else. A judge's total
// for a team is the sum over the rubric's criteria of the points of the
// judge's score (see Rubric.ScorePoints) times the criterion's weight; a
// team's mean is the mean of the totals of the judges who scored it.
//
// With normalise, each judge's totals are first standardised: a total
// becomes its distance from that judge's mean total over the teams the judge
// scored, in that judge's standard deviations (a z-score; 0 when the judge
// gave every team the same total). A team's Mean is then the mean of its
// judges' z-scores, so that a harsh or kind judge moves no team up or down.
// Per-criterion means stay in points.
func ComputeResults(p *Project, round string, normalise bool) (*Results, error) {
	r := p.Round(round)
	if r == nil {
		return nil, fmt.Errorf("no round with id %s", round)
	}
	rb := p.Rubric(r.Rubric)
	if rb == nil {
		return nil, fmt.Errorf("round %q has no rubric to score against", r.Title)
	}
	res := &Results{Round: r, Rubric: rb, Normalised: normalise}
	teamAt := make(map[string]int, len(p.Teams))
	res.Teams = make([]TeamResult, len(p.Teams))
	for i := range p.Teams {
		teamAt[p.Teams[i].ID] = i
		res.Teams[i] = TeamResult{Team: &p.Teams[i], Totals: map[string]float64{}, Criteria: map[string]float64{}}
	}
	for _, a := range p.AssignmentsOf(round) {
		if i, ok := teamAt[a.Team]; ok && !contains(res.Teams[i].Judges, a.Judge) {
			res.Teams[i].Judges = append(res.Teams[i].Judges, a.Judge)
		}
	}
	crit := make(map[string]int, len(rb.Criteria))
	for i := range rb.Criteria {
		crit[rb.Criteria[i].ID] = i
	}
	sums := make([]map[string]float64, len(p.Teams))  // criterion -> sum
	counts := make([]map[string]int, len(p.Teams))    // criterion -> judges
	levels := make([]map[string][2]int, len(p.Teams)) // criterion -> lowest, highest level
	others := make([][]string, len(p.Teams))          // unassigned scorers per team
	for _, sh := range p.sheets(round, rb, teamAt) {
		t := teamAt[sh.team]
		tr := &res.Teams[t]
		if len(sh.scores) < len(rb.Criteria) {
			tr.InProgress = append(tr.InProgress, sh.judge)
			continue
		}
		if !contains(tr.Judges, sh.judge) {
			others[t] = append(others[t], sh.judge)
		}
		if sums[t] == nil {
			sums[t], counts[t], levels[t] = map[string]float64{}, map[string]int{}, map[string][2]int{}
		}
		tr.Totals[sh.judge] = 0
		for _, s := range sh.scores {
			c := &rb.Criteria[crit[s.Criterion]]
			pts, _ := rb.ScorePoints(c, s)
			tr.Totals[sh.judge] += pts * float64(c.Multiplier())
			sums[t][c.ID] += pts
			counts[t][c.ID]++
			if li := rb.LevelFor(c, s); li >= 0 {
				lv, had := levels[t][c.ID]
				if !had {
					lv = [2]int{li, li}
				}
				levels[t][c.ID] = [2]int{min(lv[0], li), max(lv[1], li)}
			}
		}
	}
	for t := range res.Teams {
		res.Teams[t].InProgress = assignedFirst(res.Teams[t].Judges, res.Teams[t].InProgress)
	}
	z := map[string]map[string]float64{}
	if normalise {
		z = standardise(res.Teams)
	}
	for t := range res.Teams {
		tr := &res.Teams[t]
		for _, j := range tr.Judges {
			if _, ok := tr.Totals[j]; ok {
				tr.ScoredBy = append(tr.ScoredBy, j)
			}
		}
		tr.ScoredBy = append(tr.ScoredBy, others[t]...)
		if len(tr.ScoredBy) == 0 {
			continue
		}
		sum := 0.0
		for _, j := range tr.ScoredBy {
			if normalise {
				sum += z[j][tr.Team.ID]
			} else {
				sum += tr.Totals[j]
			}
		}
		tr.Mean = sum / float64(len(tr.ScoredBy))
		for id, s := range sums[t] {
			tr.Criteria[id] = s / float64(counts[t][id])
		}
		for i := range rb.Criteria {
			if lv, ok := levels[t][rb.Criteria[i].ID]; ok && lv[1]-lv[0] > 1 {
				tr.Spread = append(tr.Spread, rb.Criteria[i].ID)
			}
		}
	}
	rank(res.Teams)
	return res, nil
}

// standardise returns, per judge, each team's total as a z-score among that judge's totals.
func standardise(teams []TeamResult) map[string]map[string]float64 {
	totals := map[string][]float64{}
	for _, tr := range teams {
		for j, v := range tr.Totals {
			totals[j] = append(totals[j], v)
		}
	}
	out := map[string]map[string]float64{}
	for j, vs := range totals {
		mean := 0.0
		for _, v := range vs {
			mean += v
		}
		mean /= float64(len(vs))
		sd := 0.0
		for _, v := range vs {
			sd += (v - mean) * (v - mean)
		}
		sd = math.Sqrt(sd / float64(len(vs)))
		out[j] = map[string]float64{}
		for _, tr := range teams {
			if v, ok := tr.Totals[j]; ok {
				if sd > 1e-9 {
					out[j][tr.Team.ID] = (v - mean) / sd
				} else {
					out[j][tr.Team.ID] = 0
				}
			}
		}
	}
	return out
}

// rank sorts teams by mean, best first, unscored last, and gives ranks with
// shared ties. Means within a millionth of each other tie.
func rank(teams []TeamResult) {
	sort.SliceStable(teams, func(a, b int) bool {
		sa, sb := len(teams[a].ScoredBy) > 0, len(teams[b].ScoredBy) > 0
		if sa != sb {
			return sa
		}
		return teams[a].Mean > teams[b].Mean+1e-6
	})
	for i := range teams {
		switch {
		case len(teams[i].ScoredBy) == 0:
			teams[i].Rank = 0
		case i > 0 && len(teams[i-1].ScoredBy) > 0 && math.Abs(teams[i-1].Mean-teams[i].Mean) <= 1e-6:
			teams[i].Rank = teams[i-1].Rank
		default:
			teams[i].Rank = i + 1
		}
	}
}
