package model

import (
	"reflect"
	"time"
)

// NewProject returns an empty unit with a fresh id, stamped now.
func NewProject(title string, now time.Time) *Project {
	return &Project{Format: Format, ID: NewID(), Title: title, Updated: now.UTC()}
}

// Clone returns a deep copy of p that shares nothing with it.
func (p *Project) Clone() *Project {
	c := cloneValue(reflect.ValueOf(p).Elem()).Interface().(Project)
	return &c
}

// Reidentify turns p into a new unit that starts from the old one: every id
// is fresh (links follow), comments, approvals, tombstones and revisions are
// cleared, and every entity is stamped now. Templates and "new unit from this"
// use it so two units never share ids.
func Reidentify(p *Project, now time.Time) {
	now = now.UTC()
	ids := map[string]string{}
	fresh := func(old string) string {
		if old == "" {
			return ""
		}
		if n, ok := ids[old]; ok {
			return n
		}
		n := NewID()
		ids[old] = n
		return n
	}
	p.ID = fresh(p.ID)
	if p.ID == "" {
		p.ID = NewID()
	}
	p.Format, p.Updated, p.Revision, p.Parent = Format, now, "", ""
	p.Comments, p.Deleted = nil, nil
	for i := range p.Partners {
		x := &p.Partners[i]
		x.ID, x.Updated = fresh(x.ID), now
	}
	for i := range p.Experts {
		x := &p.Experts[i]
		x.ID, x.Updated, x.Partner = fresh(x.ID), now, fresh(x.Partner)
	}
	for i := range p.Outcomes {
		x := &p.Outcomes[i]
		x.ID, x.Updated = fresh(x.ID), now
	}
	for i := range p.Rubrics {
		r := &p.Rubrics[i]
		r.ID, r.Updated, r.Approvals = fresh(r.ID), now, nil
		for j := range r.Levels {
			r.Levels[j].ID, r.Levels[j].Updated = fresh(r.Levels[j].ID), now
		}
		for j := range r.Criteria {
			c := &r.Criteria[j]
			c.ID, c.Updated, c.Outcomes = fresh(c.ID), now, mapIDs(c.Outcomes, fresh)
			if c.Descriptors != nil {
				d := make(map[string]string, len(c.Descriptors))
				for k, v := range c.Descriptors {
					d[fresh(k)] = v
				}
				c.Descriptors = d
			}
		}
	}
	for i := range p.Sessions {
		s := &p.Sessions[i]
		s.ID, s.Updated, s.Lead = fresh(s.ID), now, fresh(s.Lead)
		s.Experts, s.Outcomes = mapIDs(s.Experts, fresh), mapIDs(s.Outcomes, fresh)
	}
	for i := range p.Assessments {
		a := &p.Assessments[i]
		a.ID, a.Updated, a.Rubric, a.Outcomes = fresh(a.ID), now, fresh(a.Rubric), mapIDs(a.Outcomes, fresh)
	}
	for i := range p.Responsibilities {
		x := &p.Responsibilities[i]
		x.ID, x.Updated = fresh(x.ID), now
	}
}

func mapIDs(list []string, fresh func(string) string) []string {
	if list == nil {
		return nil
	}
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = fresh(id)
	}
	return out
}
