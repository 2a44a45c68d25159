package model

import (
	"reflect"
	"strings"
	"time"
)

// listOps says how the elements of one list merge.
type listOps[T any] struct {
	// kind is the kind of entity; empty for lists of plain records
	// (tombstones, approvals), which tombstones do not touch.
	kind Kind
	// parent is the rubric that holds the list, for levels and criteria.
	parent string
	// key identifies an element across versions.
	key func(*T) string
	// rank orders blocks of new elements that both sides added at one
	// place: the earlier first.
	rank func(*T) time.Time
	// merge combines an element both sides hold; b is nil when the base
	// does not hold it.
	merge func(b, o, t *T) (T, []Conflict)
	// union keeps an element one side removed (tombstones are never lost).
	union bool
}

// decision is what a merge does with one element.
type decision[T any] struct {
	keep      bool
	val       T
	conflicts []Conflict
}

// mergeList merges one list of elements of three versions, deciding element
// by element what the merged list holds, then in which order. The conflicts
// come in the merged order, an edited-but-deleted element where it stood.
func mergeList[T any](m *merger, ops listOps[T], base, ours, theirs []T) ([]T, []Conflict) {
	bi, bk := indexList(ops.key, base)
	oi, ok := indexList(ops.key, ours)
	ti, tk := indexList(ops.key, theirs)
	res := make(map[string]*decision[T], len(ok)+len(tk))
	in := make(map[string]bool, len(ok)+len(tk))
	decide := func(k string) {
		if _, done := res[k]; done {
			return
		}
		d := &decision[T]{}
		res[k] = d
		b, o, t := bi[k], oi[k], ti[k]
		var deadAt time.Time
		dead := false
		if ops.kind != "" {
			deadAt, dead = m.dead[k]
		}
		switch {
		case o != nil && t != nil:
			if !dead {
				d.val, d.conflicts = ops.merge(b, o, t)
				d.keep = true
			}
		default:
			x, side := o, Ours
			if x == nil {
				x, side = t, Theirs
			}
			if !dead && (b == nil || ops.union || ops.kind != "") {
				// Only a tombstone deletes an entity: one the other side
				// lacks without one (a stale copy, a hand edit) is kept.
				d.val, d.keep = cloneValue(reflect.ValueOf(*x)).Interface().(T), true
				if b != nil && ops.kind != "" {
					m.kept = append(m.kept, Kept{EntityID: k, Kind: ops.kind, Name: m.names[k].Name, Parent: ops.parent, Missing: side.Other()})
				}
				break
			}
			if ops.kind == "" {
				break
			}
			var edited bool
			switch {
			case b != nil:
				edited = !same(reflect.ValueOf(*b), reflect.ValueOf(*x))
			case m.noBase:
				edited = true
			default:
				edited = updatedOf(x).After(deadAt)
			}
			if edited {
				c := Conflict{EntityID: k, Kind: ops.kind, Name: m.names[k].Name, Parent: ops.parent, Resolution: side.Other(),
					Unsure: m.noBase && updatedOf(x).After(m.parted)}
				v := cloneValue(reflect.ValueOf(*x)).Interface()
				if side == Ours {
					c.Ours = v
				} else {
					c.Theirs = v
				}
				d.conflicts = []Conflict{c}
			}
		}
		if d.keep || len(d.conflicts) > 0 {
			in[k] = true
		}
	}
	for _, k := range ok {
		decide(k)
	}
	for _, k := range tk {
		decide(k)
	}
	rank := func(k string) time.Time {
		if x := oi[k]; x != nil {
			return ops.rank(x)
		}
		return ops.rank(ti[k])
	}
	order := orderMerge(!m.noBase, m.ours.Updated, m.theirs.Updated, bk, ok, tk, in, rank)
	var out []T
	var conflicts []Conflict
	for _, k := range order {
		d := res[k]
		conflicts = append(conflicts, d.conflicts...)
		if d.keep {
			out = append(out, d.val)
		}
	}
	return out, conflicts
}

// indexList maps each key of list to its first element, and lists the keys in order.
func indexList[T any](key func(*T) string, list []T) (map[string]*T, []string) {
	m := make(map[string]*T, len(list))
	keys := make([]string, 0, len(list))
	for i := range list {
		k := key(&list[i])
		if _, dup := m[k]; !dup {
			m[k] = &list[i]
			keys = append(keys, k)
		}
	}
	return m, keys
}

// start stands for the beginning of a list, before its first element.
const start = "\x00start"

// orderMerge orders the keys in `in`. Keys both sides hold are anchors: they
// keep the order of the side that changed it from the base (the newer
// side's if both did, or if there is no base). A run of keys only one side
// holds stays after the anchor it followed on that side; when both sides
// added runs at one place, the run that starts with the earlier element
// comes first.
func orderMerge(hasBase bool, oAt, tAt time.Time, base, ours, theirs []string, in map[string]bool, rank func(string) time.Time) []string {
	inO, inT := keySet(ours), keySet(theirs)
	anchor := func(k string) bool { return in[k] && inO[k] && inT[k] }
	oa, ta := filterKeys(ours, anchor), filterKeys(theirs, anchor)
	order := oa
	if !equalKeys(oa, ta) {
		var choose Side
		if hasBase {
			inB := keySet(base)
			ba := filterKeys(base, anchor)
			ob := filterKeys(oa, func(k string) bool { return inB[k] })
			tb := filterKeys(ta, func(k string) bool { return inB[k] })
			switch {
			case equalKeys(tb, ba):
				choose = Ours
			case equalKeys(ob, ba):
				choose = Theirs
			}
		}
		if choose == "" {
			choose = newerSide(oAt, tAt, strings.Join(oa, "\x00"), strings.Join(ta, "\x00"))
		}
		if choose == Theirs {
			order = ta
		}
	}
	runs := func(list []string) map[string][]string {
		r := map[string][]string{}
		cur := start
		for _, k := range list {
			switch {
			case anchor(k):
				cur = k
			case in[k]:
				r[cur] = append(r[cur], k)
			}
		}
		return r
	}
	or, tr := runs(ours), runs(theirs)
	out := make([]string, 0, len(in))
	emit := func(a string) {
		x, y := or[a], tr[a]
		if len(x) > 0 && len(y) > 0 {
			rx, ry := rank(x[0]), rank(y[0])
			if rx.After(ry) || rx.Equal(ry) && x[0] > y[0] {
				x, y = y, x
			}
		}
		out = append(append(out, x...), y...)
	}
	emit(start)
	for _, a := range order {
		out = append(out, a)
		emit(a)
	}
	return out
}

func keySet(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		m[k] = true
	}
	return m
}

func filterKeys(keys []string, keep func(string) bool) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if keep(k) {
			out = append(out, k)
		}
	}
	return out
}

func equalKeys(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Every entity type starts with its id and its updated time.
const (
	idField      = 0
	updatedField = 1
)

// updatedOf returns the updated time of an entity, given as a value, a
// pointer or a reflect.Value.
func updatedOf(x any) time.Time {
	v, ok := x.(reflect.Value)
	if !ok {
		v = reflect.ValueOf(x)
	}
	return reflect.Indirect(v).Field(updatedField).Interface().(time.Time)
}

// mergeTop merges a top-level list into *dst and adds its conflicts to the merge's.
func mergeTop[T any](m *merger, dst *[]T, ops listOps[T], base, ours, theirs []T) {
	list, conflicts := mergeList(m, ops, base, ours, theirs)
	*dst = list
	m.conflicts = append(m.conflicts, conflicts...)
}

// entityOps returns how entities of one kind merge: by id, field by field.
func entityOps[T any](m *merger, kind Kind, parent string) listOps[T] {
	key := func(x *T) string { return reflect.ValueOf(x).Elem().Field(idField).String() }
	return listOps[T]{
		kind: kind, parent: parent, key: key,
		rank: func(x *T) time.Time { return updatedOf(x) },
		merge: func(b, o, t *T) (T, []Conflict) {
			var out T
			var bv reflect.Value
			if b != nil {
				bv = reflect.ValueOf(b).Elem()
			}
			cs := m.fields(kind, key(o), parent, reflect.ValueOf(&out).Elem(), bv, reflect.ValueOf(o).Elem(), reflect.ValueOf(t).Elem())
			return out, cs
		},
	}
}

// rubricOps merges rubrics field by field, then their levels and criteria
// as lists of entities and their approvals as a set.
func (m *merger) rubricOps() listOps[Rubric] {
	ops := entityOps[Rubric](m, KindRubric, "")
	fields := ops.merge
	ops.merge = func(b, o, t *Rubric) (Rubric, []Conflict) {
		out, cs := fields(b, o, t)
		var base Rubric
		if b != nil {
			base = *b
		}
		levels, lc := mergeList(m, entityOps[Level](m, KindLevel, o.ID), base.Levels, o.Levels, t.Levels)
		criteria, cc := mergeList(m, entityOps[Criterion](m, KindCriterion, o.ID), base.Criteria, o.Criteria, t.Criteria)
		approvals, _ := mergeList(m, approvalOps(), base.Approvals, o.Approvals, t.Approvals)
		out.Levels, out.Criteria, out.Approvals = levels, criteria, approvals
		return out, append(append(cs, lc...), cc...)
	}
	return ops
}

// approvalOps merges approvals as a set keyed by approver and time: every
// approval either side made is kept, unless one side withdrew it.
func approvalOps() listOps[Approval] {
	return listOps[Approval]{
		key:  func(a *Approval) string { return a.By + "\x00" + a.At.UTC().Format(time.RFC3339Nano) },
		rank: func(a *Approval) time.Time { return a.At },
		merge: func(b, o, t *Approval) (Approval, []Conflict) {
			x := o
			if newerSide(time.Time{}, time.Time{}, sortKey(*o), sortKey(*t)) == Theirs {
				x = t
			}
			return cloneValue(reflect.ValueOf(*x)).Interface().(Approval), nil
		},
	}
}
