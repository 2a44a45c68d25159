package model

import (
	"fmt"
	"strings"
	"time"
)

// Delete removes the entity with id, leaves a tombstone so merges do not bring
// it back, and unlinks it everywhere it was named: an expert leaves the
// sessions that booked them, an outcome leaves sessions, criteria and
// assessments, a rubric leaves its assessments, a level takes its descriptors
// with it. The summary says what was unlinked. Undo restores all of it.
func Delete(id string) Edit { return &deleteEdit{id: id} }

type deleteEdit struct{ id string }

func (e *deleteEdit) targets() []string { return []string{e.id} }

func (e *deleteEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok || loc.kind == KindUnit {
		return nil, "", fmt.Errorf("delete: no entity with id %s", e.id)
	}
	fixes, notes := unlinkEdits(p, loc)
	name := p.Index()[e.id].Describe()
	inv, _, err := Batch("", append(fixes, &removeEdit{id: e.id})...).apply(p, now)
	if err != nil {
		return nil, "", err
	}
	summary := "Deleted " + name
	if len(notes) > 0 {
		summary += " and removed it from " + strings.Join(notes, ", ")
	}
	return inv, summary, nil
}

// unlinkEdits lists the edits that remove links to the entity at loc, as the
// schema's link table names them, with notes such as "2 sessions" for the
// summary. Keyed links (a level's descriptors) go without a note: their text
// belonged to what was deleted.
func unlinkEdits(p *Project, loc location) ([]Edit, []string) {
	id := loc.elem.FieldByName("ID").String()
	var edits []Edit
	counts := map[Kind]int{}
	var order []*KindSpec
	walk(p, func(n node) bool {
		noted := false
		for _, l := range linksFrom(n.spec.Kind) {
			if l.To != loc.kind || (l.SameParent && n.parent != loc.parent) {
				continue
			}
			ids := l.ids(n.elem)
			if !contains(ids, id) {
				continue
			}
			switch l.Shape {
			case LinkOne:
				edits = append(edits, Set(n.id(), l.Field, ""))
			case LinkMany:
				edits = append(edits, Set(n.id(), l.Field, without(ids, id)))
			case LinkKeys:
				edits = append(edits, Set(n.id(), l.Field+"."+id, nil))
				continue
			}
			if !noted {
				noted = true
				if counts[n.spec.Kind] == 0 {
					order = append(order, n.spec)
				}
				counts[n.spec.Kind]++
			}
		}
		return true
	})
	var notes []string
	for _, spec := range order {
		if n := counts[spec.Kind]; n == 1 {
			notes = append(notes, "1 "+string(spec.Kind))
		} else {
			notes = append(notes, fmt.Sprintf("%d %s", n, spec.Plural))
		}
	}
	return edits, notes
}

func without(list []string, id string) []string {
	out := make([]string, 0, len(list))
	for _, x := range list {
		if x != id {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
