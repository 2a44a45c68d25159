package model_test

import (
	"math/rand"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/modeltest"
)

// The scale the issue names: 80 teams, 25 judges, 3 judges per team and a
// six-criterion rubric.
const benchTeams, benchJudges, benchPerTeam, benchCriteria = 80, 25, 3, 6

func BenchmarkAssignEightyTeams(b *testing.B) {
	p := modeltest.Judged(benchTeams, benchJudges, benchCriteria, benchPerTeam)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := model.Assign(p, p.Rounds[0].ID, model.AssignOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// judgesCopies returns an assigned event and one scored copy per judge.
func judgesCopies(b *testing.B) (*model.Project, []*model.Project) {
	base := assigned(b, benchTeams, benchJudges, benchCriteria, benchPerTeam)
	r := rand.New(rand.NewSource(1))
	copies := make([]*model.Project, benchJudges)
	for j := range copies {
		copies[j] = judgeCopy(b, r, base, base.Experts[j].ID, modeltest.Stamp.Add(time.Duration(j+1)*time.Minute))
	}
	return base, copies
}

func BenchmarkResultsEightyTeams(b *testing.B) {
	base, copies := judgesCopies(b)
	merged := base
	for _, c := range copies {
		merged, _ = model.Merge(base, merged, c)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := model.ComputeResults(merged, merged.Rounds[0].ID, true); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMergeTwentyFiveJudgesCopies(b *testing.B) {
	base, copies := judgesCopies(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		merged := base
		for _, c := range copies {
			var conflicts []model.Conflict
			if merged, conflicts = model.Merge(base, merged, c); len(conflicts) > 0 {
				b.Fatalf("%d conflicts", len(conflicts))
			}
		}
		if len(merged.Scores) != benchTeams*benchPerTeam*benchCriteria {
			b.Fatalf("%d scores merged", len(merged.Scores))
		}
	}
}
