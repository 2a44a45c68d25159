package store

import (
	"fmt"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// BenchmarkApprovedRubricFullHistory looks for an approved version that is
// not there through a unit's whole history (KeepRevisions revisions of a
// unit of 40 sessions and 6 rubrics): the most a click on "What changed"
// or `coplan review --since-approval` costs.
func BenchmarkApprovedRubricFullHistory(b *testing.B) {
	b.Setenv(DataDirEnv, b.TempDir())
	p := modeltest.Large(40, 6)
	for i := range KeepRevisions {
		p.Title = fmt.Sprintf("Version %d", i)
		if _, err := Remember(p); err != nil {
			b.Fatal(err)
		}
	}
	a := model.Approval{By: "Zoë", Digest: "0123456789abcdef0123456789abcdef"}
	b.ResetTimer()
	for range b.N {
		if _, err := ApprovedRubric(p, a); err == nil {
			b.Fatal("found a version that is not there")
		}
	}
}
