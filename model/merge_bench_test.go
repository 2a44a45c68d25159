package model_test

import (
	"fmt"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/modeltest"
)

// BenchmarkMergeLargeUnit merges two edited copies of a 100-session,
// 40-rubric unit against their base, as opening a conflicted copy does.
func BenchmarkMergeLargeUnit(b *testing.B) {
	base := modeltest.Large(100, 40)
	edit := func(from time.Time, every int, text string) *model.Project {
		d := model.NewDocument(base.Clone())
		now := from
		d.Now = func() time.Time { now = now.Add(time.Second); return now }
		for i := 0; i < len(base.Sessions); i += every {
			if _, err := d.Apply(model.Set(base.Sessions[i].ID, "title", fmt.Sprintf("%s %d", text, i))); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < len(base.Rubrics); i += every {
			c := base.Rubrics[i].Criteria[0]
			if _, err := d.Apply(model.Set(c.ID, "descriptors."+base.Rubrics[i].Levels[0].ID, text)); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := d.Apply(model.Delete(base.Sessions[every+1].ID)); err != nil {
			b.Fatal(err)
		}
		return d.Project
	}
	ours := edit(modeltest.Stamp.Add(time.Hour), 3, "Ours")
	theirs := edit(modeltest.Stamp.Add(2*time.Hour), 5, "Theirs")
	_, conflicts := model.Merge(base, ours, theirs)
	if len(conflicts) == 0 {
		b.Fatal("the benchmark's versions do not conflict")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		model.Merge(base, ours, theirs)
	}
}
