package model

// sheet is one judge's scores for one team in a round: the first countable
// score on each criterion of the rubric, in file order.
type sheet struct {
	judge, team string
	scores      []*Score
}

// sheets gathers the scores of round into one sheet per judge and team, in
// file order of each sheet's first score. A score counts when its team is
// one of teamAt, its criterion is one of rb's and its level (if any) is one
// of rb's; a second score on one criterion is left out, as validation says.
func (p *Project) sheets(round string, rb *Rubric, teamAt map[string]int) []sheet {
	type key struct{ judge, team, criterion string }
	seen := map[key]bool{}
	at := map[[2]string]int{}
	var out []sheet
	for i := range p.Scores {
		s := &p.Scores[i]
		if s.Round != round {
			continue
		}
		if _, ok := teamAt[s.Team]; !ok {
			continue
		}
		c := rb.Criterion(s.Criterion)
		k := key{s.Judge, s.Team, s.Criterion}
		if c == nil || seen[k] {
			continue
		}
		if _, ok := rb.ScorePoints(c, s); !ok {
			continue
		}
		seen[k] = true
		jt := [2]string{s.Judge, s.Team}
		n, ok := at[jt]
		if !ok {
			n = len(out)
			at[jt] = n
			out = append(out, sheet{judge: s.Judge, team: s.Team})
		}
		out[n].scores = append(out[n].scores, s)
	}
	return out
}

// SheetScored returns on how many criteria of the rubric of round judge has
// scored team with a score the results can count, and how many criteria the
// rubric has. The sheet is complete, and counts in the results, when scored
// equals of and of is not 0; a sheet with some criteria scored is in progress.
func (p *Project) SheetScored(round, judge, team string) (scored, of int) {
	r := p.Round(round)
	if r == nil {
		return 0, 0
	}
	rb := p.Rubric(r.Rubric)
	if rb == nil {
		return 0, 0
	}
	for _, sh := range p.sheets(round, rb, map[string]int{team: 0}) {
		if sh.judge == judge {
			scored = len(sh.scores)
		}
	}
	return scored, len(rb.Criteria)
}

// PartialSheet is a judge's score sheet for a team in a round that has some
// criteria scored but not all: the results leave it out until it is complete.
type PartialSheet struct {
	Round, Judge, Team string
	// Score is the id of the sheet's first score, to show where it is.
	Score string
	// Scored is how many of the rubric's Of criteria have a score.
	Scored, Of int
}

// PartialSheets lists the score sheets in progress in every round, in the
// order of the rounds and then of each sheet's first score.
func (p *Project) PartialSheets() []PartialSheet {
	teamAt := make(map[string]int, len(p.Teams))
	for i, t := range p.Teams {
		teamAt[t.ID] = i
	}
	var out []PartialSheet
	for _, r := range p.Rounds {
		rb := p.Rubric(r.Rubric)
		if rb == nil {
			continue
		}
		for _, sh := range p.sheets(r.ID, rb, teamAt) {
			if len(sh.scores) < len(rb.Criteria) {
				out = append(out, PartialSheet{Round: r.ID, Judge: sh.judge, Team: sh.team,
					Score: sh.scores[0].ID, Scored: len(sh.scores), Of: len(rb.Criteria)})
			}
		}
	}
	return out
}

// assignedFirst orders judges: those in assigned in its order, then the
// others in their own order.
func assignedFirst(assigned, judges []string) []string {
	if len(judges) < 2 {
		return judges
	}
	out := make([]string, 0, len(judges))
	for _, j := range assigned {
		if contains(judges, j) {
			out = append(out, j)
		}
	}
	for _, j := range judges {
		if !contains(assigned, j) {
			out = append(out, j)
		}
	}
	return out
}

// partialSheets warns about each score sheet in progress, naming the judge
// and the team, since the results leave it out until it is complete.
func (v *validator) partialSheets() {
	for _, ps := range v.p.PartialSheets() {
		r := v.p.Round(ps.Round)
		if v.p.Expert(ps.Judge) == nil {
			continue // orphans counts the scores of a judge no longer in the unit
		}
		v.add(Warning, ps.Score, "", "In round %q, %s has scored team %s on %d of the %d criteria; the results leave this sheet out until every criterion is scored",
			r.Title, v.judgeName(ps.Judge), v.teamName(ps.Team), ps.Scored, ps.Of)
	}
}
