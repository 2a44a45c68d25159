package model_test

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/modeltest"
)

// assigned returns a judged event with its assignments made.
func assigned(t testing.TB, teams, judges, criteria, perTeam int) *model.Project {
	t.Helper()
	p := modeltest.Judged(teams, judges, criteria, perTeam)
	as, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p.Assignments = as
	return p
}

// judgeCopy returns a copy of base in which judge scored each of their teams
// with random levels and wrote feedback, one edit at a time.
func judgeCopy(t testing.TB, r *rand.Rand, base *model.Project, judge string, at time.Time) *model.Project {
	t.Helper()
	p := base.Clone()
	d := model.NewDocument(p)
	d.Now = func() time.Time { return at }
	round := p.Rounds[0]
	rb := p.Rubric(round.Rubric)
	for _, a := range p.AssignmentsOf(round.ID) {
		if a.Judge != judge {
			continue
		}
		for _, c := range rb.Criteria {
			s := model.Score{Round: round.ID, Judge: judge, Team: a.Team, Criterion: c.ID,
				Level: rb.Levels[r.Intn(len(rb.Levels))].ID, Comment: "seen by " + judge}
			if _, err := d.Apply(model.ScoreEdit(p, s)); err != nil {
				t.Fatal(err)
			}
		}
		f := model.Feedback{Round: round.ID, Judge: judge, Team: a.Team, Strengths: "Clear poster", NextSteps: "Test more"}
		if _, err := d.Apply(model.FeedbackEdit(p, f)); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

func TestJudgesCopiesMergeWithoutConflicts(t *testing.T) {
	for seed := int64(1); seed <= 8; seed++ {
		r := rand.New(rand.NewSource(seed))
		teams, judges := 4+r.Intn(12), 4+r.Intn(6)
		base := assigned(t, teams, judges, 1+r.Intn(5), 3)
		copies := make([]*model.Project, judges)
		for j := range copies {
			copies[j] = judgeCopy(t, r, base, base.Experts[j].ID, modeltest.Stamp.Add(time.Duration(1+r.Intn(100))*time.Minute))
		}
		want := map[string]model.Score{}
		for _, c := range copies {
			for _, s := range c.Scores {
				want[s.ID] = s
			}
		}
		r.Shuffle(len(copies), func(a, b int) { copies[a], copies[b] = copies[b], copies[a] })
		merged := base
		for _, c := range copies {
			var conflicts []model.Conflict
			merged, conflicts = model.Merge(base, merged, c)
			if len(conflicts) > 0 {
				t.Fatalf("seed %d: merging a judge's copy gave conflicts: %v", seed, conflicts)
			}
		}
		if len(merged.Scores) != len(want) {
			t.Fatalf("seed %d: merged %d scores, want %d", seed, len(merged.Scores), len(want))
		}
		for _, s := range merged.Scores {
			if w := want[s.ID]; w.Level != s.Level || w.Judge != s.Judge || w.Team != s.Team {
				t.Errorf("seed %d: merged score %+v, the judge gave %+v", seed, s, w)
			}
		}
		if n := len(merged.Feedback); n != teams*3 {
			t.Errorf("seed %d: merged %d feedback entries, want %d", seed, n, teams*3)
		}
		if d := errorsOf(model.Validate(merged)); len(d) > 0 {
			t.Errorf("seed %d: merged unit does not validate: %v", seed, d)
		}
	}
}

func errorsOf(ds []model.Diagnostic) []model.Diagnostic {
	var out []model.Diagnostic
	for _, d := range ds {
		if d.Severity == model.Error {
			out = append(out, d)
		}
	}
	return out
}

func TestTheSameJudgeScoringInTwoCopiesMakesOneScore(t *testing.T) {
	base := assigned(t, 3, 4, 2, 2)
	a := base.AssignmentsOf(base.Rounds[0].ID)[0]
	c := base.Rubrics[0].Criteria[0]
	s := model.Score{Round: a.Round, Judge: a.Judge, Team: a.Team, Criterion: c.ID, Level: base.Rubrics[0].Levels[2].ID}
	one, two := base.Clone(), base.Clone()
	for _, p := range []*model.Project{one, two} {
		if _, err := model.NewDocument(p).Apply(model.ScoreEdit(p, s)); err != nil {
			t.Fatal(err)
		}
	}
	merged, conflicts := model.Merge(base, one, two)
	if len(conflicts) != 0 || len(merged.Scores) != 1 {
		t.Fatalf("got %d scores and conflicts %v, want one score and no conflicts", len(merged.Scores), conflicts)
	}
	if model.ScoreID(a.Round, a.Judge, a.Team, c.ID) == model.ScoreID(a.Round, base.Experts[3].ID, a.Team, c.ID) {
		t.Error("two judges' scores of one team and criterion share an id")
	}
}

func TestJudgingEntitiesSurviveEncodeAndDecode(t *testing.T) {
	p := assigned(t, 5, 4, 3, 2)
	p = judgeCopy(t, rand.New(rand.NewSource(1)), p, p.Experts[0].ID, modeltest.Stamp)
	p.Scores = append(p.Scores, model.Score{ID: model.ScoreID("r", "j", "t", "c"), Updated: modeltest.Stamp, Round: "r", Judge: "j", Team: "t", Criterion: "c", Points: 2.5})
	data := model.Encode(p)
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d.Project.Teams, p.Teams) || !reflect.DeepEqual(d.Project.Rounds, p.Rounds) ||
		!reflect.DeepEqual(d.Project.Assignments, p.Assignments) || !reflect.DeepEqual(d.Project.Scores, p.Scores) ||
		!reflect.DeepEqual(d.Project.Feedback, p.Feedback) {
		t.Errorf("decoded judging differs from what was encoded:\n%s", data)
	}
	if string(model.Encode(d.Project)) != string(data) {
		t.Error("encoding the decoded unit gives different bytes")
	}
	if len(d.Warnings) > 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
}

func TestScoringUndoesAndShowsInTheDiff(t *testing.T) {
	p := assigned(t, 2, 3, 1, 2)
	before := p.Clone()
	d := model.NewDocument(p)
	a := p.Assignments[0]
	s := model.Score{Round: a.Round, Judge: a.Judge, Team: a.Team, Criterion: p.Rubrics[0].Criteria[0].ID, Level: p.Rubrics[0].Levels[0].ID}
	if _, err := d.Apply(model.ScoreEdit(p, s)); err != nil {
		t.Fatal(err)
	}
	s.Level = p.Rubrics[0].Levels[3].ID
	if _, err := d.Apply(model.ScoreEdit(p, s)); err != nil {
		t.Fatal(err)
	}
	if len(p.Scores) != 1 || p.Scores[0].Level != s.Level {
		t.Fatalf("scores after changing the level: %+v", p.Scores)
	}
	diff := model.Diff(before, p)
	if len(diff) != 1 || diff[0].Kind != model.KindScore || diff[0].Change != model.Added {
		t.Errorf("diff = %v, want one added score", diff)
	}
	d.Undo()
	if p.Scores[0].Level != p.Rubrics[0].Levels[0].ID {
		t.Errorf("undo left level %s", p.Scores[0].Level)
	}
	d.Undo()
	if len(p.Scores) != 0 {
		t.Errorf("undo left %d scores", len(p.Scores))
	}
}

func TestValidateWarnsAboutJudgingGaps(t *testing.T) {
	p := modeltest.Judged(2, 3, 1, 2)
	r := p.Rounds[0]
	p.Rounds[0].MaxPerJudge = 1
	mentor := p.Teams[0].Mentor
	p.Assignments = []model.Assignment{
		{ID: "a1", Round: r.ID, Judge: mentor, Team: p.Teams[0].ID},
		{ID: "a2", Round: r.ID, Judge: mentor, Team: p.Teams[1].ID},
		{ID: "a3", Round: r.ID, Judge: p.Experts[2].ID, Team: p.Teams[1].ID},
	}
	var msgs []string
	for _, d := range model.Validate(p) {
		msgs = append(msgs, d.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		`Team "Team 01" has 1 of the 2 judges it needs in round "Final"`,
		`In round "Final", "Judge 01" judges 2 teams, more than 1`,
		`In round "Final", "Judge 01" judges team "Team 01", which they mentored`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no warning %q in:\n%s", want, all)
		}
	}
	if strings.Contains(all, `Team "Team 02" has`) {
		t.Errorf("a fully judged team is called under-judged:\n%s", all)
	}
}

func TestDeletingATeamLeavesItsScoresFlaggedNotCounted(t *testing.T) {
	p := assigned(t, 3, 3, 2, 2)
	p = judgeCopy(t, rand.New(rand.NewSource(2)), p, p.Experts[0].ID, modeltest.Stamp)
	team := p.Scores[0].Team
	d := model.NewDocument(p)
	if _, err := d.Apply(model.Delete(team)); err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, diag := range model.Validate(p) {
		if diag.Severity == model.Warning && strings.Contains(diag.Message, "scores belong to a round, judge or team no longer in the unit") {
			found = true
		}
		if diag.Severity == model.Error {
			t.Errorf("error after deleting a team: %s", diag.Message)
		}
	}
	if !found {
		t.Error("no warning about the deleted team's scores")
	}
	res, err := model.ComputeResults(p, p.Rounds[0].ID, false)
	if err != nil || len(res.Teams) != 2 {
		t.Fatalf("results after deleting a team: %v, %d teams", err, len(res.Teams))
	}
}

func TestScoresAreNamedByJudgeTeamAndCriterion(t *testing.T) {
	p := assigned(t, 2, 3, 1, 2)
	a := p.Assignments[0]
	c := p.Rubrics[0].Criteria[0]
	s := model.Score{Round: a.Round, Judge: a.Judge, Team: a.Team, Criterion: c.ID, Level: p.Rubrics[0].Levels[1].ID}
	before := p.Clone()
	if _, err := model.NewDocument(p).Apply(model.ScoreEdit(p, s)); err != nil {
		t.Fatal(err)
	}
	want := p.Expert(a.Judge).Name + " · " + p.Team(a.Team).Name + " · " + c.Title
	if got := p.Index()[p.Scores[0].ID].Name; got != want {
		t.Errorf("score named %q, want %q", got, want)
	}
	if d := model.Diff(before, p); len(d) != 1 || d[0].String() != `Added score "`+want+`"` {
		t.Errorf("diff = %v", d)
	}
	if got := p.Index()[a.ID].Name; got != p.Expert(a.Judge).Name+" · "+p.Team(a.Team).Name {
		t.Errorf("assignment named %q", got)
	}
}
