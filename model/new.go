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
	p.Format, p.Revision, p.Parent = Format, "", ""
	p.Comments, p.Deleted = nil, nil
	for i := range p.Rubrics {
		p.Rubrics[i].Approvals = nil
	}
	walk(p, func(n node) bool {
		id := n.elem.FieldByName("ID")
		id.SetString(fresh(id.String()))
		if id.String() == "" && n.spec.Kind == KindUnit {
			id.SetString(NewID())
		}
		stamp(n.elem, now)
		return true
	})
	walk(p, func(n node) bool {
		for _, l := range linksFrom(n.spec.Kind) {
			l.remap(n.elem, fresh)
		}
		return true
	})
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
