package modeltest

import (
	"fmt"
	"hash/fnv"

	"coplan/model"
)

// Judged returns a judged event: the given numbers of teams and judges
// (experts with the judge role), a session, a rubric of four levels (1 to 4
// points) and the given number of criteria, and one round that needs
// perTeam judges per team. Every third team has a mentor among the judges.
// Nothing is assigned or scored yet. Ids are deterministic.
func Judged(teams, judges, criteria, perTeam int) *model.Project {
	id := func(kind string, i int) string {
		h := fnv.New32a()
		h.Write([]byte(kind))
		return fmt.Sprintf("%08x-0000-4000-8000-%012d", h.Sum32(), i)
	}
	p := &model.Project{Format: model.Format, ID: id("unit", 0), Title: "Science fair", Updated: Stamp}
	for i := 0; i < judges; i++ {
		p.Experts = append(p.Experts, model.Expert{ID: id("judge", i), Updated: Stamp, Name: fmt.Sprintf("Judge %02d", i+1),
			Roles: []string{model.RoleJudge}, Email: fmt.Sprintf("judge%d@example.com", i+1)})
	}
	p.Sessions = []model.Session{{ID: id("session", 0), Updated: Stamp, Title: "Fair day", Date: model.NewDate(2027, 8, 20), Minutes: 240, Engagement: model.InClass}}
	r := model.Rubric{ID: id("rubric", 0), Updated: Stamp, Title: "Fair rubric"}
	for j, label := range []string{"Beginning", "Developing", "Proficient", "Excelling"} {
		r.Levels = append(r.Levels, model.Level{ID: id("level", j), Updated: Stamp, Label: label, Points: float64(j + 1)})
	}
	for j := 0; j < criteria; j++ {
		r.Criteria = append(r.Criteria, model.Criterion{ID: id("criterion", j), Updated: Stamp, Title: fmt.Sprintf("Criterion %d", j+1)})
	}
	p.Rubrics = []model.Rubric{r}
	p.Rounds = []model.Round{{ID: id("round", 0), Updated: Stamp, Title: "Final", Session: p.Sessions[0].ID, Rubric: r.ID, JudgesPerTeam: perTeam}}
	for i := 0; i < teams; i++ {
		t := model.Team{ID: id("team", i), Updated: Stamp, Name: fmt.Sprintf("Team %02d", i+1), Project: fmt.Sprintf("Project %d", i+1),
			Members: []string{fmt.Sprintf("Student %dA", i+1), fmt.Sprintf("Student %dB", i+1)}, Table: fmt.Sprintf("T%d", i+1)}
		if i%3 == 0 && judges > 0 {
			t.Mentor = p.Experts[i%judges].ID
		}
		p.Teams = append(p.Teams, t)
	}
	return p
}
