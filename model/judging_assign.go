package model

import (
	"fmt"
	"sort"
	"strings"
)

// FindRound returns the round with the given title (any case), or with no
// title the unit's only round (its first, when it has several).
func (p *Project) FindRound(title string) (*Round, error) {
	if len(p.Rounds) == 0 {
		return nil, fmt.Errorf("the unit has no judging round")
	}
	if title == "" {
		return &p.Rounds[0], nil
	}
	for i := range p.Rounds {
		if strings.EqualFold(strings.TrimSpace(p.Rounds[i].Title), strings.TrimSpace(title)) {
			return &p.Rounds[i], nil
		}
	}
	names := make([]string, len(p.Rounds))
	for i, r := range p.Rounds {
		names[i] = quote(r.Title)
	}
	return nil, fmt.Errorf("no round %q; the unit has %s", title, strings.Join(names, ", "))
}

// Judges returns the experts with the judge role, in file order.
func (p *Project) Judges() []*Expert {
	var out []*Expert
	for i := range p.Experts {
		if contains(p.Experts[i].Roles, RoleJudge) {
			out = append(out, &p.Experts[i])
		}
	}
	return out
}

// AssignmentsOf returns the assignments of round, in file order.
func (p *Project) AssignmentsOf(round string) []*Assignment {
	var out []*Assignment
	for i := range p.Assignments {
		if p.Assignments[i].Round == round {
			out = append(out, &p.Assignments[i])
		}
	}
	return out
}

// AssignOptions are the rules automatic assignment meets.
type AssignOptions struct {
	// PerTeam is how many different judges each team gets; 0 uses the round's number.
	PerTeam int
	// MaxPerJudge is the most teams one judge may get; 0 means as even a
	// share as the numbers allow.
	MaxPerJudge int
}

// Assign works out the assignments round still needs so that every team has
// PerTeam different judges (experts with the judge role), never its mentor,
// the load spread as evenly as possible and the same judges sitting together
// as rarely as possible. Assignments already in the round are kept and count.
// The new assignments, marked Auto, come in team order; an error says which
// rule cannot be met when the judges are too few.
func Assign(p *Project, round string, opt AssignOptions) ([]Assignment, error) {
	r := p.Round(round)
	if r == nil {
		return nil, fmt.Errorf("no round with id %s", round)
	}
	perTeam := opt.PerTeam
	if perTeam <= 0 {
		perTeam = r.PerTeam()
	}
	judges := p.Judges()
	if len(judges) == 0 {
		return nil, fmt.Errorf("no expert has the judge role: give the judges that role first")
	}
	if len(p.Teams) == 0 {
		return nil, fmt.Errorf("the unit has no teams to judge")
	}
	ji := make(map[string]int, len(judges))
	for i, j := range judges {
		ji[j.ID] = i
	}
	load := make([]int, len(judges))
	onTeam := make([][]int, len(p.Teams))
	teamIndex := make(map[string]int, len(p.Teams))
	for i, t := range p.Teams {
		teamIndex[t.ID] = i
	}
	pairs := map[[2]int]int{}
	pair := func(a, b int) [2]int {
		if a > b {
			a, b = b, a
		}
		return [2]int{a, b}
	}
	for _, a := range p.AssignmentsOf(round) {
		t, okT := teamIndex[a.Team]
		j, okJ := ji[a.Judge]
		if !okT || !okJ || containsInt(onTeam[t], j) {
			continue
		}
		for _, o := range onTeam[t] {
			pairs[pair(o, j)]++
		}
		onTeam[t] = append(onTeam[t], j)
		load[j]++
	}
	need := 0
	for t := range p.Teams {
		need += max(0, perTeam-len(onTeam[t]))
	}
	limit := opt.MaxPerJudge
	if limit <= 0 {
		total := need
		for _, l := range load {
			total += l
		}
		limit = (total + len(judges) - 1) / len(judges)
		for _, l := range load {
			limit = max(limit, l)
		}
	}
	if free := freeSeats(load, limit); free < need {
		return nil, fmt.Errorf("%s %s %s, but %s with at most %s each %s only %d free: add judges or raise the most teams per judge",
			Count(len(p.Teams), "team"), verb(len(p.Teams), "needs", "need"), Count(need, "more judge place"),
			Count(len(judges), "judge"), Count(limit, "team"), verb(len(judges), "has", "have"), free)
	}
	// Teams with the fewest judges to choose from go first in each pass.
	eligible := make([]int, len(p.Teams))
	for t, team := range p.Teams {
		for _, j := range judges {
			if j.ID != team.Mentor {
				eligible[t]++
			}
		}
		if eligible[t] < perTeam {
			return nil, fmt.Errorf("team %q needs %s, but only %s did not mentor it", team.Name, Count(perTeam, "judge"), Count(eligible[t], "judge"))
		}
	}
	order := make([]int, len(p.Teams))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return eligible[order[a]] < eligible[order[b]] })

	var out []Assignment
	for pass := 1; pass <= perTeam; pass++ {
		for _, t := range order {
			if len(onTeam[t]) >= pass {
				continue
			}
			team := &p.Teams[t]
			best, bestLoad, bestPairs := -1, 0, 0
			for k := range judges {
				// Start the search at a different judge for each team so that
				// equal choices spread around the table.
				j := (k + t*7) % len(judges)
				if load[j] >= limit || judges[j].ID == team.Mentor || containsInt(onTeam[t], j) {
					continue
				}
				together := 0
				for _, o := range onTeam[t] {
					together += pairs[pair(o, j)]
				}
				if best < 0 || load[j] < bestLoad || load[j] == bestLoad && together < bestPairs {
					best, bestLoad, bestPairs = j, load[j], together
				}
			}
			if best < 0 {
				best = swapIn(p, judges, onTeam, load, limit, t, &out)
			}
			if best < 0 {
				return nil, fmt.Errorf("team %q cannot get %s: every judge who did not mentor it already has %s or judges it; add judges or raise the most teams per judge",
					team.Name, Count(perTeam, "judge"), Count(limit, "team"))
			}
			for _, o := range onTeam[t] {
				pairs[pair(o, best)]++
			}
			onTeam[t] = append(onTeam[t], best)
			load[best]++
			j := judges[best]
			out = append(out, Assignment{ID: AssignmentID(round, j.ID, team.ID), Round: round, Judge: j.ID, Team: team.ID, Auto: true})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return teamIndex[out[a].Team] < teamIndex[out[b].Team] })
	return out, nil
}

// swapIn makes room on team t when every judge free to take it is full: it
// finds a full judge j who may judge t and sits on another team u by an
// assignment made in this run, and a judge k with room who may take j's
// place on u. It moves k onto u and returns j (now with a free place), or
// -1 when there is no such swap.
func swapIn(p *Project, judges []*Expert, onTeam [][]int, load []int, limit, t int, out *[]Assignment) int {
	may := func(j, team int) bool {
		return judges[j].ID != p.Teams[team].Mentor && !containsInt(onTeam[team], j)
	}
	for ai := range *out {
		a := &(*out)[ai]
		j := -1
		for i, e := range judges {
			if e.ID == a.Judge {
				j = i
			}
		}
		if j < 0 || !may(j, t) {
			continue
		}
		u := -1
		for i := range p.Teams {
			if p.Teams[i].ID == a.Team {
				u = i
			}
		}
		for k := range judges {
			if load[k] >= limit || !may(k, u) {
				continue
			}
			for i, x := range onTeam[u] {
				if x == j {
					onTeam[u][i] = k
				}
			}
			load[k]++
			load[j]--
			*a = Assignment{ID: AssignmentID(a.Round, judges[k].ID, a.Team), Round: a.Round, Judge: judges[k].ID, Team: a.Team, Auto: true}
			return j
		}
	}
	return -1
}

func freeSeats(load []int, limit int) int {
	free := 0
	for _, l := range load {
		free += max(0, limit-l)
	}
	return free
}

func containsInt(list []int, x int) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}
