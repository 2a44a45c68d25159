package model_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// edited returns a copy of p changed by a few random edits, made through a
// Document as a user would, with a clock that starts at from.
func edited(r *rand.Rand, p *model.Project, from time.Time) *model.Project {
	d := model.NewDocument(p.Clone())
	now := from
	d.Now = func() time.Time { now = now.Add(time.Duration(1+r.Intn(90)) * time.Second); return now }
	for i := 1 + r.Intn(8); i > 0; i-- {
		if e := randomEdit(r, d.Project); e != nil {
			_, _ = d.Apply(e) // an edit that does not fit (a bad value) changes nothing
		}
	}
	return d.Project
}

// randomEdit picks an edit a user could make to p.
func randomEdit(r *rand.Rand, p *model.Project) model.Edit {
	index := p.Index()
	ids := make([]string, 0, len(index))
	for id := range index {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	id := ids[r.Intn(len(ids))]
	ref := index[id]
	text := func() string {
		return []string{"", "Launch", "Site visit", "Zoë's \"test\"", "line\nbreak", "Ngā", "x"}[r.Intn(7)]
	}
	newID := func() string { return fmt.Sprintf("new-%d", r.Int63()) }
	switch r.Intn(10) {
	case 0:
		if ref.Kind == model.KindUnit {
			return nil
		}
		return model.Delete(id)
	case 1:
		return model.Move(id, r.Intn(4))
	case 2:
		switch r.Intn(5) {
		case 0:
			return model.Add(model.Session{ID: newID(), Title: text(), Minutes: r.Intn(120)}, "", r.Intn(4)-1)
		case 1:
			return model.Add(model.Partner{ID: newID(), Name: text()}, "", -1)
		case 2:
			return model.AddComment(model.Comment{ID: newID(), Target: id, Author: text(), Text: "Why?"})
		}
		if len(p.Rubrics) == 0 {
			return model.Add(model.Rubric{ID: newID(), Title: text(), Levels: []model.Level{{ID: newID(), Label: "One"}}}, "", -1)
		}
		rb := p.Rubrics[r.Intn(len(p.Rubrics))].ID
		if r.Intn(2) == 0 {
			return model.Add(model.Level{ID: newID(), Label: text(), Points: float64(r.Intn(5))}, rb, r.Intn(3)-1)
		}
		return model.Add(model.Criterion{ID: newID(), Title: text(), Weight: r.Intn(3)}, rb, r.Intn(3)-1)
	case 3:
		if len(p.Rubrics) > 0 {
			return model.Approve(p.Rubrics[r.Intn(len(p.Rubrics))].ID, []string{"Zoë", "Ana"}[r.Intn(2)], "partner", time.Time{})
		}
	}
	switch ref.Kind {
	case model.KindUnit:
		return model.Set(id, []string{"title", "unit.driving_question", "unit.school"}[r.Intn(3)], text())
	case model.KindSession:
		switch r.Intn(4) {
		case 0:
			return model.Set(id, "minutes", r.Intn(200))
		case 1:
			return model.Set(id, "date", model.NewDate(2027, time.Month(1+r.Intn(12)), 1+r.Intn(28)))
		case 2:
			var experts []string
			for _, e := range p.Experts {
				if r.Intn(2) == 0 {
					experts = append(experts, e.ID)
				}
			}
			return model.Set(id, "experts", experts)
		}
		return model.Set(id, []string{"title", "notes", "prep"}[r.Intn(3)], text())
	case model.KindLevel:
		if r.Intn(2) == 0 {
			return model.Set(id, "points", float64(r.Intn(10))/2)
		}
		return model.Set(id, "label", text())
	case model.KindCriterion:
		rb := p.Rubric(ref.Parent)
		if len(rb.Levels) > 0 && r.Intn(2) == 0 {
			l := rb.Levels[r.Intn(len(rb.Levels))].ID
			if r.Intn(4) == 0 {
				return model.Set(id, "descriptors."+l, nil)
			}
			return model.Set(id, "descriptors."+l, text())
		}
		return model.Set(id, "title", text())
	case model.KindExpert:
		return model.Set(id, []string{"name", "safety_check.number", "email"}[r.Intn(3)], text())
	case model.KindComment:
		return model.Set(id, "status", model.CommentStatuses[r.Intn(len(model.CommentStatuses))])
	case model.KindRubric:
		return model.Set(id, []string{"title", "description"}[r.Intn(2)], text())
	case model.KindPartner:
		return model.Set(id, "name", text())
	}
	return nil
}

// swapped returns the conflicts as a merge with the sides swapped reports them.
func swapped(cs []model.Conflict) []model.Conflict {
	var out []model.Conflict
	for _, c := range cs {
		c.Ours, c.Theirs, c.Resolution = c.Theirs, c.Ours, c.Resolution.Other()
		out = append(out, c)
	}
	return out
}

func sameFile(t *testing.T, what string, got, want *model.Project) {
	t.Helper()
	g, w := model.Encode(got), model.Encode(want)
	if !bytes.Equal(g, w) {
		t.Fatalf("%s: the merged unit differs:\n--- got\n%s\n--- want\n%s", what, g, w)
	}
}

const propertyRuns = 400

func TestMergingAVersionWithItselfChangesNothing(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < propertyRuns; i++ {
		a := edited(r, randomProject(r), t0)
		for _, base := range []*model.Project{a.Clone(), nil} {
			got, conflicts := model.Merge(base, a, a.Clone())
			sameFile(t, fmt.Sprintf("document %d, base %v", i, base != nil), got, a)
			if len(conflicts) != 0 {
				t.Fatalf("document %d: conflicts %v", i, conflicts)
			}
		}
	}
}

func TestMergingAnUnchangedSideYieldsTheOther(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < propertyRuns; i++ {
		a := randomProject(r)
		b := edited(r, a, t0)
		before := model.Encode(a)
		for name, got := range map[string]func() (*model.Project, []model.Conflict){
			"theirs changed": func() (*model.Project, []model.Conflict) { return model.Merge(a, a, b) },
			"ours changed":   func() (*model.Project, []model.Conflict) { return model.Merge(a, b, a) },
		} {
			merged, conflicts := got()
			sameFile(t, fmt.Sprintf("document %d, %s", i, name), merged, b)
			if len(conflicts) != 0 {
				t.Fatalf("document %d, %s: conflicts %v", i, name, conflicts)
			}
		}
		if !bytes.Equal(model.Encode(a), before) {
			t.Fatalf("document %d: Merge changed its base", i)
		}
	}
}

func TestSwappingSidesSwapsTheConflictsAndNothingElse(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	total := 0
	for i := 0; i < propertyRuns; i++ {
		a := randomProject(r)
		b, c := edited(r, a, t0), edited(r, a, t0)
		bBefore, cBefore := b.Clone(), c.Clone()
		for _, base := range []*model.Project{a, nil} {
			m1, c1 := model.Merge(base, b, c)
			m2, c2 := model.Merge(base, c, b)
			sameFile(t, fmt.Sprintf("document %d, base %v", i, base != nil), m2, m1)
			sameFile(t, "ours after merging", b, bBefore)
			sameFile(t, "theirs after merging", c, cBefore)
			if !reflect.DeepEqual(c2, swapped(c1)) {
				t.Fatalf("document %d, base %v: conflicts\n%v\nswapped are\n%v", i, base != nil, c1, c2)
			}
			total += len(c1)
		}
	}
	if total == 0 {
		t.Error("no run had a conflict: the property was not exercised")
	}
}

func TestATombstoneNeverLetsADeletedEntityReturn(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	deletions := 0
	for i := 0; i < propertyRuns; i++ {
		a := randomProject(r)
		b, c := edited(r, a, t0), edited(r, a, t0)
		for _, base := range []*model.Project{a, nil} {
			m, _ := model.Merge(base, b, c)
			live := m.Index()
			for _, side := range []*model.Project{b, c} {
				for _, tomb := range side.Deleted {
					deletions++
					if _, back := live[tomb.ID]; back {
						t.Fatalf("document %d, base %v: %s was deleted but came back", i, base != nil, tomb.ID)
					}
					if !m.IsDeleted(tomb.ID) {
						t.Fatalf("document %d: the tombstone of %s was lost", i, tomb.ID)
					}
				}
			}
			// Merging the result with a side again brings nothing back either.
			again, _ := model.Merge(a, m, b)
			for _, tomb := range m.Deleted {
				if _, back := again.Index()[tomb.ID]; back {
					t.Fatalf("document %d: %s came back in a second merge", i, tomb.ID)
				}
			}
		}
	}
	if deletions == 0 {
		t.Error("no run deleted anything")
	}
}

func TestNothingEitherSideAddedOrKeptIsLost(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for i := 0; i < propertyRuns; i++ {
		a := randomProject(r)
		b, c := edited(r, a, t0), edited(r, a, t0)
		m, _ := model.Merge(a, b, c)
		live, base := m.Index(), a.Index()
		for _, pair := range [][2]*model.Project{{b, c}, {c, b}} {
			other := pair[1].Index()
			for id := range pair[0].Index() {
				_, inBase := base[id]
				_, inOther := other[id]
				if pair[1].IsDeleted(id) || pair[0].IsDeleted(id) {
					continue // deleted on a side
				}
				if inBase && !inOther {
					t.Fatalf("document %d: %s is missing from one side without a tombstone", i, id)
				}
				if ref := pair[0].Index()[id]; ref.Kind != model.KindUnit && (ref.Parent != "" && !isLive(live, ref.Parent)) {
					continue // its rubric was deleted
				}
				if _, ok := live[id]; !ok {
					t.Fatalf("document %d: %s (%v) was lost", i, id, pair[0].Index()[id])
				}
			}
		}
	}
}

func TestOnlyATombstoneDeletes(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	dropped := 0
	for i := 0; i < propertyRuns; i++ {
		a := randomProject(r)
		b, c := edited(r, a, t0), edited(r, a, t0)
		// c is a stale or hand-edited copy: some sessions and comments are
		// simply gone from it, with no tombstone.
		var gone []string
		c.Sessions = slices.DeleteFunc(c.Sessions, func(s model.Session) bool {
			if r.Intn(3) == 0 {
				gone = append(gone, s.ID)
				return true
			}
			return false
		})
		c.Comments = slices.DeleteFunc(c.Comments, func(x model.Comment) bool {
			if r.Intn(3) == 0 {
				gone = append(gone, x.ID)
				return true
			}
			return false
		})
		for _, base := range []*model.Project{a, nil} {
			m, _, kept := model.MergeReport(base, b, c)
			live := m.Index()
			noted := map[string]bool{}
			for _, k := range kept {
				noted[k.EntityID] = true
				if k.Missing != model.Theirs || !strings.Contains(k.String(), "kept it") {
					t.Fatalf("document %d: note %+v", i, k)
				}
			}
			for _, id := range gone {
				if b.IsDeleted(id) || !isLive(b.Index(), id) {
					continue
				}
				dropped++
				if !isLive(live, id) {
					t.Fatalf("document %d, base %v: %s was lost though no side deleted it", i, base != nil, id)
				}
				if base != nil && isLive(base.Index(), id) && !noted[id] {
					t.Fatalf("document %d: keeping %s was not reported", i, id)
				}
			}
		}
	}
	if dropped == 0 {
		t.Error("no run dropped an entity: the property was not exercised")
	}
}

func isLive(index map[string]model.Ref, id string) bool {
	_, ok := index[id]
	return ok
}
