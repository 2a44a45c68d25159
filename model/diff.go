package model

import (
	"fmt"
	"reflect"
)

// ChangeKind says how a Difference changed an entity.
type ChangeKind string

// Change kinds of a Difference.
const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "deleted"
	Changed ChangeKind = "changed"
)

// Difference is one way a later version of a unit differs from an earlier
// one: an entity added or deleted, or one field of it changed.
type Difference struct {
	EntityID string
	Kind     Kind
	// Name is the entity's name in the later version (the earlier, if deleted).
	Name string
	// Change is Added, Removed or Changed.
	Change ChangeKind
	// Field is the toml path of a changed field, such as "title".
	Field string
	// Old and New are the field's values, for a changed field.
	Old, New any
	// Described is a changed field and its entity in the words on screen,
	// such as `Ends of the unit` (see Project.DescribeField).
	Described string
}

// String writes the difference as a sentence, such as
// `Changed title of session "Launch"` or `Added criterion "Fair testing"`.
func (d Difference) String() string {
	what := Ref{Kind: d.Kind, Name: d.Name}.Describe()
	switch d.Change {
	case Added:
		return "Added " + what
	case Removed:
		return "Deleted " + what
	}
	if d.Field == "approvals" {
		return fmt.Sprintf("New approval of %s", what)
	}
	if d.Described != "" {
		return "Changed " + d.Described
	}
	return fmt.Sprintf("Changed %s of %s", FieldLabel(d.Kind, d.Field), what)
}

// Diff lists how later differs from earlier, entity by entity and field by
// field, in the later version's order, deletions last. Updated times alone
// are not differences; a new approval of a rubric is one.
func Diff(earlier, later *Project) []Difference {
	var out []Difference
	changed := func(e entity, path string, ov, nv reflect.Value) {
		loc := location{kind: e.kind, parent: e.parent, elem: e.v}
		out = append(out, Difference{EntityID: e.id, Kind: e.kind, Name: e.name, Change: Changed, Field: path,
			Old: valueOf(ov), New: valueOf(nv), Described: describeAt(later, loc, e.id, path)})
	}
	before := entitiesOf(earlier)
	seen := make(map[string]bool, len(before.list))
	for _, e := range entitiesOf(later).list {
		seen[e.id] = true
		old, ok := before.byID[e.id]
		if !ok {
			out = append(out, Difference{EntityID: e.id, Kind: e.kind, Name: e.name, Change: Added})
			continue
		}
		for _, s := range specsOf(e.v.Type()) {
			ov, nv := fieldAt(old.v, s), fieldAt(e.v, s)
			if s.kind != specMap {
				if !same(ov, nv) {
					changed(e, s.path, ov, nv)
				}
				continue
			}
			for _, k := range mapKeys(ov, nv) {
				a, b := mapEntry(ov, k), mapEntry(nv, k)
				if !same(a, b) {
					changed(e, s.path+"."+k, a, b)
				}
			}
		}
		if e.kind == KindRubric {
			oa, na := old.v.FieldByName("Approvals"), e.v.FieldByName("Approvals")
			if !same(oa, na) {
				out = append(out, Difference{EntityID: e.id, Kind: e.kind, Name: e.name, Change: Changed, Field: "approvals", Old: valueOf(oa), New: valueOf(na)})
			}
		}
	}
	for _, e := range before.list {
		if !seen[e.id] {
			out = append(out, Difference{EntityID: e.id, Kind: e.kind, Name: e.name, Change: Removed})
		}
	}
	return out
}

func fieldAt(v reflect.Value, s fieldSpec) reflect.Value { return v.FieldByIndex(s.index) }

// entity is one entity of a unit, for walking all of them in file order.
type entity struct {
	id     string
	kind   Kind
	name   string
	parent string // the rubric of a level or criterion
	v      reflect.Value
}

type entityList struct {
	list []entity
	byID map[string]entity
}

// entitiesOf lists the unit itself and every entity of p in file order,
// each rubric followed by its levels and criteria.
func entitiesOf(p *Project) entityList {
	index := p.Index()
	l := entityList{byID: make(map[string]entity, len(index))}
	walk(p, func(n node) bool {
		id := n.id()
		if _, dup := l.byID[id]; dup {
			return true
		}
		e := entity{id: id, kind: n.spec.Kind, name: index[id].Name, parent: n.parent, v: n.elem}
		l.list = append(l.list, e)
		l.byID[id] = e
		return true
	})
	return l
}
