package model

// writeJudging writes the teams, rounds, assignments, scores and feedback of
// a judged event, in that order, each with a fixed key order.
func writeJudging(w *tomlWriter, p *Project) {
	for i := range p.Teams {
		t := &p.Teams[i]
		w.header("teams", true)
		w.text("id", t.ID)
		w.time("updated", t.Updated)
		w.text("name", t.Name)
		w.str("project", t.Project)
		w.strs("members", t.Members)
		w.str("mentor", t.Mentor)
		w.str("table", t.Table)
		w.str("notes", t.Notes)
		w.extra(t.Extra)
	}
	for i := range p.Rounds {
		r := &p.Rounds[i]
		w.header("rounds", true)
		w.text("id", r.ID)
		w.time("updated", r.Updated)
		w.text("title", r.Title)
		w.str("session", r.Session)
		w.str("rubric", r.Rubric)
		w.int("judges_per_team", r.JudgesPerTeam)
		w.int("max_per_judge", r.MaxPerJudge)
		w.extra(r.Extra)
	}
	for i := range p.Assignments {
		a := &p.Assignments[i]
		w.header("assignments", true)
		w.text("id", a.ID)
		w.time("updated", a.Updated)
		w.str("round", a.Round)
		w.str("judge", a.Judge)
		w.str("team", a.Team)
		w.bool("auto", a.Auto)
		w.str("note", a.Note)
		w.extra(a.Extra)
	}
	for i := range p.Scores {
		s := &p.Scores[i]
		w.header("scores", true)
		w.text("id", s.ID)
		w.time("updated", s.Updated)
		w.str("round", s.Round)
		w.str("judge", s.Judge)
		w.str("team", s.Team)
		w.str("criterion", s.Criterion)
		w.str("level", s.Level)
		if s.Level == "" || s.Points != 0 {
			w.number("points", s.Points)
		}
		w.str("comment", s.Comment)
		w.extra(s.Extra)
	}
	for i := range p.Feedback {
		f := &p.Feedback[i]
		w.header("feedback", true)
		w.text("id", f.ID)
		w.time("updated", f.Updated)
		w.str("round", f.Round)
		w.str("judge", f.Judge)
		w.str("team", f.Team)
		w.str("strengths", f.Strengths)
		w.str("next_steps", f.NextSteps)
		w.extra(f.Extra)
	}
}
