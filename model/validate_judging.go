package model

// judging checks the teams, rounds, assignments, scores and feedback of a
// judged event: ids, scores that fit the round's rubric, and the readiness
// of each round (under-judged teams, overloaded judges, conflicts of interest).
func (v *validator) judging() {
	p := v.p
	seen := map[string]bool{}
	check := func(id, what string) {
		switch {
		case id == "":
			v.add(Error, "", "id", "%s has no id", capitalise(what))
		case seen[id]:
			v.add(Error, id, "id", "%s uses id %s, which another entity already uses", capitalise(what), id)
		}
		seen[id] = true
	}
	for _, t := range p.Teams {
		check(t.ID, "team "+quote(t.Name))
	}
	for _, r := range p.Rounds {
		check(r.ID, "round "+quote(r.Title))
	}
	for _, a := range p.Assignments {
		check(a.ID, "an assignment")
	}
	for _, s := range p.Scores {
		check(s.ID, "a score")
	}
	for _, f := range p.Feedback {
		check(f.ID, "a judge's feedback")
	}
	for i := range p.Rounds {
		v.round(&p.Rounds[i])
	}
	v.scores()
	v.partialSheets()
	v.orphans()
}

// orphans warns about assignments, scores and feedback whose round, judge or
// team was deleted (deleting unlinks them), since results leave them out.
func (v *validator) orphans() {
	gone := func(round, judge, team string) bool {
		return v.p.Round(round) == nil || v.p.Expert(judge) == nil || v.p.Team(team) == nil
	}
	count := func(n int, what string) {
		if n > 0 {
			v.add(Warning, "", "", "%d %s belong to a round, judge or team no longer in the unit; results leave them out", n, what)
		}
	}
	n := 0
	for _, a := range v.p.Assignments {
		if gone(a.Round, a.Judge, a.Team) {
			n++
		}
	}
	count(n, "assignments")
	n = 0
	for _, s := range v.p.Scores {
		if gone(s.Round, s.Judge, s.Team) {
			n++
		}
	}
	count(n, "scores")
	n = 0
	for _, f := range v.p.Feedback {
		if gone(f.Round, f.Judge, f.Team) {
			n++
		}
	}
	count(n, "feedback entries")
}

// judgeName names an expert for a message, without showing an id.
func (v *validator) judgeName(id string) string {
	if e := v.p.Expert(id); e != nil && e.Name != "" {
		return quote(e.Name)
	}
	return "a judge no longer in the unit"
}

func (v *validator) teamName(id string) string {
	if t := v.p.Team(id); t != nil && t.Name != "" {
		return quote(t.Name)
	}
	return "a team no longer in the unit"
}

func (v *validator) round(r *Round) {
	if r.Rubric == "" {
		v.add(Warning, r.ID, "rubric", "Round %q has no rubric to score against", r.Title)
	}
	perTeam := map[string]int{}
	perJudge := map[string]int{}
	var judges []string
	for _, a := range v.p.Assignments {
		if a.Round != r.ID {
			continue
		}
		perTeam[a.Team]++
		if perJudge[a.Judge] == 0 {
			judges = append(judges, a.Judge)
		}
		perJudge[a.Judge]++
		if t := v.p.Team(a.Team); t != nil && t.Mentor != "" && t.Mentor == a.Judge {
			v.add(Warning, a.ID, "judge", "In round %q, %s judges team %q, which they mentored", r.Title, v.judgeName(a.Judge), t.Name)
		}
		if e := v.p.Expert(a.Judge); e != nil && !contains(e.Roles, RoleJudge) {
			v.add(Warning, a.ID, "judge", "In round %q, %s judges a team but does not have the judge role", r.Title, v.judgeName(a.Judge))
		}
	}
	for _, t := range v.p.Teams {
		if n := perTeam[t.ID]; n < r.PerTeam() {
			v.add(Warning, t.ID, "", "Team %q has %d of the %s it needs in round %q", t.Name, n, Count(r.PerTeam(), "judge"), r.Title)
		}
	}
	limit := r.MaxPerJudge
	if limit <= 0 {
		limit = DefaultMaxPerJudge
	}
	for _, j := range judges {
		if perJudge[j] > limit {
			v.add(Warning, j, "", "In round %q, %s judges %s, more than %d", r.Title, v.judgeName(j), Count(perJudge[j], "team"), limit)
		}
	}
}

func (v *validator) scores() {
	type key struct{ round, judge, team, criterion string }
	seen := map[key]bool{}
	for i := range v.p.Scores {
		s := &v.p.Scores[i]
		k := key{s.Round, s.Judge, s.Team, s.Criterion}
		if seen[k] {
			v.add(Warning, s.ID, "", "%s scored team %s twice on one criterion; results count the first", capitalise(v.judgeName(s.Judge)), v.teamName(s.Team))
		}
		seen[k] = true
		r := v.p.Round(s.Round)
		if r == nil {
			continue
		}
		rb := v.p.Rubric(r.Rubric)
		if rb == nil {
			continue
		}
		c := rb.Criterion(s.Criterion)
		if c == nil {
			v.add(Error, s.ID, "criterion", "A score by %s for team %s is on a criterion that is not in the rubric of round %q", v.judgeName(s.Judge), v.teamName(s.Team), r.Title)
			continue
		}
		if s.Level != "" && (rb.Level(s.Level) == nil || !c.Offers(s.Level)) {
			v.add(Error, s.ID, "level", "A score by %s for team %s on %q chooses a level that criterion does not offer", v.judgeName(s.Judge), v.teamName(s.Team), c.Title)
		}
	}
}
