package model

// FindScore returns the score of judge for team on criterion in round, or nil.
func (p *Project) FindScore(round, judge, team, criterion string) *Score {
	for i := range p.Scores {
		s := &p.Scores[i]
		if s.Round == round && s.Judge == judge && s.Team == team && s.Criterion == criterion {
			return s
		}
	}
	return nil
}

// FindFeedback returns the feedback of judge for team in round, or nil.
func (p *Project) FindFeedback(round, judge, team string) *Feedback {
	for i := range p.Feedback {
		f := &p.Feedback[i]
		if f.Round == round && f.Judge == judge && f.Team == team {
			return f
		}
	}
	return nil
}

// ScoreEdit returns the edit that records s: it changes the level, points
// and comment of the judge's existing score for that team and criterion, or
// adds s under the id ScoreID derives from its key. Nil when nothing changes.
func ScoreEdit(p *Project, s Score) Edit {
	old := p.FindScore(s.Round, s.Judge, s.Team, s.Criterion)
	if old == nil {
		s.ID = ScoreID(s.Round, s.Judge, s.Team, s.Criterion)
		return Add(s, "", -1)
	}
	var edits []Edit
	if old.Level != s.Level {
		edits = append(edits, Set(old.ID, "level", s.Level))
	}
	if old.Points != s.Points {
		edits = append(edits, Set(old.ID, "points", s.Points))
	}
	if old.Comment != s.Comment {
		edits = append(edits, Set(old.ID, "comment", s.Comment))
	}
	switch len(edits) {
	case 0:
		return nil
	case 1:
		return edits[0]
	}
	return Batch("Changed score", edits...)
}

// FeedbackEdit returns the edit that records f: it changes the judge's
// existing feedback for the team, or adds f under the id FeedbackID derives.
// Nil when nothing changes.
func FeedbackEdit(p *Project, f Feedback) Edit {
	old := p.FindFeedback(f.Round, f.Judge, f.Team)
	if old == nil {
		f.ID = FeedbackID(f.Round, f.Judge, f.Team)
		return Add(f, "", -1)
	}
	var edits []Edit
	if old.Strengths != f.Strengths {
		edits = append(edits, Set(old.ID, "strengths", f.Strengths))
	}
	if old.NextSteps != f.NextSteps {
		edits = append(edits, Set(old.ID, "next_steps", f.NextSteps))
	}
	switch len(edits) {
	case 0:
		return nil
	case 1:
		return edits[0]
	}
	return Batch("Changed feedback", edits...)
}

// TeamDone reports whether judge has scored team on every criterion of the
// round's rubric, so that the sheet counts in the results (see SheetScored).
func (p *Project) TeamDone(round, judge, team string) bool {
	scored, of := p.SheetScored(round, judge, team)
	return of > 0 && scored == of
}

// JudgeProgress is how far one judge has come in a round.
type JudgeProgress struct {
	Judge string
	// Teams are the ids of the teams assigned to the judge, in file order.
	Teams []string
	// Done counts the teams the judge has scored on every criterion.
	Done int
	// Started counts the teams the judge has scored on some criteria but
	// not all: sheets in progress, which the results leave out.
	Started int
}

// Progress lists, for each judge with assignments in round (in the order of
// their first assignment), the teams assigned, how many are fully scored and
// how many are scored in part.
func (p *Project) Progress(round string) []JudgeProgress {
	var out []JudgeProgress
	at := map[string]int{}
	scored, of := map[[2]string]int{}, 0
	if r := p.Round(round); r != nil {
		if rb := p.Rubric(r.Rubric); rb != nil {
			teamAt := make(map[string]int, len(p.Teams))
			for i, t := range p.Teams {
				teamAt[t.ID] = i
			}
			for _, sh := range p.sheets(round, rb, teamAt) {
				scored[[2]string{sh.judge, sh.team}] = len(sh.scores)
			}
			of = len(rb.Criteria)
		}
	}
	for _, a := range p.AssignmentsOf(round) {
		i, ok := at[a.Judge]
		if !ok {
			i = len(out)
			at[a.Judge] = i
			out = append(out, JudgeProgress{Judge: a.Judge})
		}
		if contains(out[i].Teams, a.Team) {
			continue
		}
		out[i].Teams = append(out[i].Teams, a.Team)
		switch n := scored[[2]string{a.Judge, a.Team}]; {
		case of > 0 && n == of:
			out[i].Done++
		case n > 0:
			out[i].Started++
		}
	}
	return out
}
