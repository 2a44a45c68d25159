package model

import (
	"fmt"
	"reflect"
	"time"
)

// Side names one of the two versions of a unit being merged.
type Side string

// The two sides of a merge.
const (
	Ours   Side = "ours"
	Theirs Side = "theirs"
)

// Other returns the opposite side.
func (s Side) Other() Side {
	if s == Ours {
		return Theirs
	}
	return Ours
}

// Conflict is one place where the two versions disagree and the merge had to
// choose: a field both sides changed differently (or that differs when there
// is no base), or an entity one side edited and the other deleted.
type Conflict struct {
	// EntityID is the entity concerned; the project's id for the unit's own fields.
	EntityID string
	Kind     Kind
	// Name is the entity's name, such as a session's title.
	Name string
	// Parent is the rubric that holds a level or criterion.
	Parent string
	// Field is the toml path of the field, such as "title" or
	// "descriptors.<level id>"; empty when one side deleted the entity.
	Field string
	// Ours and Theirs are the two values. For a deleted entity, the deleting
	// side's value is nil and the other is the whole entity (a Session, ...).
	// A missing descriptor is nil.
	Ours, Theirs any
	// Resolution is the side whose value the merged unit holds: the newer
	// side by the entity's updated time, and always the deleting side for an
	// edit against a delete, since a tombstone never lets an entity return.
	Resolution Side
	// Unsure is set when the merge had no base and cannot tell which side
	// changed the field (or whether the deleted entity was edited): both
	// sides changed the entity since they last held it alike, so either
	// value may be the edit. Resolution is then only the side that changed
	// the entity last, and a person must choose.
	Unsure bool
}

// IsDelete reports whether the conflict is an edit against a delete.
func (c Conflict) IsDelete() bool { return c.Field == "" }

// Value returns the value side holds.
func (c Conflict) Value(side Side) any {
	if side == Ours {
		return c.Ours
	}
	return c.Theirs
}

// String writes the conflict on one line, naming the entity, the field, both
// values and the one the merged unit kept.
func (c Conflict) String() string {
	what := Ref{Kind: c.Kind, Name: c.Name}.Describe()
	if c.IsDelete() {
		del := c.Resolution
		return fmt.Sprintf("%s: %s edited it, %s deleted it; kept it deleted (%s)", what, del.Other(), del, del)
	}
	s := fmt.Sprintf("%s: %s: ours %s, theirs %s; kept %s", what, c.Field, FormatValue(c.Ours), FormatValue(c.Theirs), c.Resolution)
	if c.Unsure {
		s += ", changed last; which side edited the field is unknown"
	}
	return s
}

// Merge combines two versions of one unit (the same project id) into a new
// unit, entity by entity and field by field, against base, the version both
// were derived from. A field changed on one side only takes that change; the
// same change on both sides is taken once; different changes to one field,
// or an edit against a delete, are conflicts: the merged unit holds the
// newer value (by the entity's updated time) and the conflict names both.
// Tombstones of both sides are kept, and an entity either side deleted stays
// deleted; links to it are removed.
//
// Entities keep the order of the side that reordered them (of the newer side
// if both did), and entities new on one side come after the entity they
// followed there. Comments merge like any entity; approvals of a rubric
// merge as a set keyed by approver and time.
//
// With a nil base, every field that differs is a conflict, decided by the
// entities' updated times; the conflicts of an entity both sides changed
// since they last held it alike are Unsure, since either value may be the
// edit and only a person can tell. Merge never changes its arguments. The result's
// revision is that of the side it came from (the newer one when both
// changed): saving it with store.Save records that as its parent.
//
// Only a tombstone deletes: an entity one side lacks without a tombstone is
// kept, and MergeReport lists it.
func Merge(base, ours, theirs *Project) (*Project, []Conflict) {
	out, conflicts, _ := MergeReport(base, ours, theirs)
	return out, conflicts
}

// MergeReport is Merge that also lists the entities it kept although one
// side no longer had them (without a tombstone saying it deleted them).
func MergeReport(base, ours, theirs *Project) (*Project, []Conflict, []Kept) {
	m := &merger{noBase: base == nil, ours: ours, theirs: theirs}
	if m.noBase {
		base = &Project{}
		m.parted = partedAt(ours, theirs)
	}
	m.base = base
	m.names = ours.Index()
	for id, ref := range theirs.Index() {
		if _, ok := m.names[id]; !ok {
			m.names[id] = ref
		}
	}
	m.tombstones()

	out := &Project{Format: ours.Format, ID: ours.ID}
	if out.Format == "" {
		out.Format = theirs.Format
	}
	var bp reflect.Value
	if !m.noBase {
		bp = reflect.ValueOf(base).Elem()
	}
	m.conflicts = m.fields(KindUnit, ours.ID, "", reflect.ValueOf(out).Elem(), bp, reflect.ValueOf(ours).Elem(), reflect.ValueOf(theirs).Elem())
	out.Updated = m.pickTime(base.Updated, ours.Updated, theirs.Updated, !m.noBase)
	switch {
	case ours.Revision == theirs.Revision:
		out.Revision, out.Parent = ours.Revision, ours.Parent
	case !m.noBase && base.Revision == ours.Revision:
		out.Revision, out.Parent = theirs.Revision, theirs.Parent
	case !m.noBase && base.Revision == theirs.Revision:
		out.Revision, out.Parent = ours.Revision, ours.Parent
	case newerSide(ours.Updated, theirs.Updated, ours.Revision+ours.Parent, theirs.Revision+theirs.Parent) == Ours:
		out.Revision, out.Parent = ours.Revision, ours.Parent
	default:
		out.Revision, out.Parent = theirs.Revision, theirs.Parent
	}

	mergeTop(m, &out.Partners, entityOps[Partner](m, KindPartner, ""), base.Partners, ours.Partners, theirs.Partners)
	mergeTop(m, &out.Experts, entityOps[Expert](m, KindExpert, ""), base.Experts, ours.Experts, theirs.Experts)
	mergeTop(m, &out.Outcomes, entityOps[Outcome](m, KindOutcome, ""), base.Outcomes, ours.Outcomes, theirs.Outcomes)
	mergeTop(m, &out.Sessions, entityOps[Session](m, KindSession, ""), base.Sessions, ours.Sessions, theirs.Sessions)
	mergeTop(m, &out.Rubrics, m.rubricOps(), base.Rubrics, ours.Rubrics, theirs.Rubrics)
	mergeTop(m, &out.Assessments, entityOps[Assessment](m, KindAssessment, ""), base.Assessments, ours.Assessments, theirs.Assessments)
	mergeTop(m, &out.Responsibilities, entityOps[Responsibility](m, KindResponsibility, ""), base.Responsibilities, ours.Responsibilities, theirs.Responsibilities)
	mergeTop(m, &out.Teams, entityOps[Team](m, KindTeam, ""), base.Teams, ours.Teams, theirs.Teams)
	mergeTop(m, &out.Rounds, entityOps[Round](m, KindRound, ""), base.Rounds, ours.Rounds, theirs.Rounds)
	mergeTop(m, &out.Assignments, entityOps[Assignment](m, KindAssignment, ""), base.Assignments, ours.Assignments, theirs.Assignments)
	mergeTop(m, &out.Scores, entityOps[Score](m, KindScore, ""), base.Scores, ours.Scores, theirs.Scores)
	mergeTop(m, &out.Feedback, entityOps[Feedback](m, KindFeedback, ""), base.Feedback, ours.Feedback, theirs.Feedback)
	mergeTop(m, &out.Comments, entityOps[Comment](m, KindComment, ""), base.Comments, ours.Comments, theirs.Comments)
	out.Deleted = m.deleted
	unlinkGone(out, m.names)
	live := out.Index()
	for i := range m.conflicts {
		if r, ok := live[m.conflicts[i].EntityID]; ok {
			m.conflicts[i].Name = r.Name // the merged name, the same whichever side is ours
		}
	}
	for i := range m.kept {
		if r, ok := live[m.kept[i].EntityID]; ok {
			m.kept[i].Name = r.Name
		}
	}
	return out, m.conflicts, m.kept
}

// merger holds the state of one Merge.
type merger struct {
	base, ours, theirs *Project
	noBase             bool
	// parted is, without a base, the latest time both sides hold alike:
	// an entity a side has not changed since is unchanged on that side.
	parted time.Time
	// names maps every id of either side to what it names.
	names map[string]Ref
	// dead maps each tombstoned id to the time it was deleted.
	dead      map[string]time.Time
	deleted   []Tombstone
	conflicts []Conflict
	kept      []Kept
}

// newerSide says which side is newer by time, breaking ties by comparing
// keys, so that swapping the sides of a merge swaps the answer. Equal keys
// mean equal values, where either answer serves.
func newerSide(ours, theirs time.Time, oursKey, theirsKey string) Side {
	switch {
	case ours.After(theirs):
		return Ours
	case theirs.After(ours):
		return Theirs
	case oursKey >= theirsKey:
		return Ours
	}
	return Theirs
}

// tombstones takes the union of both sides' tombstones, keeping the earlier
// time when both deleted the same entity.
func (m *merger) tombstones() {
	m.dead = map[string]time.Time{}
	for _, side := range [][]Tombstone{m.ours.Deleted, m.theirs.Deleted} {
		for _, t := range side {
			if at, ok := m.dead[t.ID]; !ok || t.At.Before(at) {
				m.dead[t.ID] = t.At
			}
		}
	}
	ops := listOps[Tombstone]{
		key:  func(t *Tombstone) string { return t.ID },
		rank: func(t *Tombstone) time.Time { return t.At },
		merge: func(b, o, t *Tombstone) (Tombstone, []Conflict) {
			return Tombstone{ID: o.ID, At: m.dead[o.ID], Extra: o.Extra}, nil
		},
		union: true,
	}
	m.deleted, _ = mergeList(m, ops, m.base.Deleted, m.ours.Deleted, m.theirs.Deleted)
}

// fields merges the fields of one entity (or of the project) into out, which
// holds zero values; b is invalid when the entity is not in the base.
func (m *merger) fields(kind Kind, id, parent string, out, b, o, t reflect.Value) []Conflict {
	if kind != KindUnit && same(o, t) {
		out.Set(cloneValue(o))
		return nil
	}
	var found []Conflict
	hasBase := b.IsValid()
	oAt, tAt := m.ours.Updated, m.theirs.Updated
	if kind != KindUnit {
		oAt, tAt = updatedOf(o), updatedOf(t)
	}
	conflict := func(path string, ov, tv reflect.Value) reflect.Value {
		c := Conflict{EntityID: id, Kind: kind, Name: m.names[id].Name, Parent: parent, Field: path, Ours: valueOf(ov), Theirs: valueOf(tv), Unsure: m.unsure(oAt, tAt)}
		c.Resolution = newerSide(oAt, tAt, sortKey(c.Ours), sortKey(c.Theirs))
		found = append(found, c)
		if c.Resolution == Ours {
			return ov
		}
		return tv
	}
	pick := func(path string, bv, ov, tv reflect.Value) reflect.Value {
		switch {
		case same(ov, tv):
			return ov
		case hasBase && same(bv, ov):
			return tv
		case hasBase && same(bv, tv):
			return ov
		}
		return conflict(path, ov, tv)
	}
	field := func(v reflect.Value, idx []int) reflect.Value {
		if !v.IsValid() {
			return v
		}
		return v.FieldByIndex(idx)
	}
	for _, s := range specsOf(o.Type()) {
		bv, ov, tv := field(b, s.index), field(o, s.index), field(t, s.index)
		dst := out.FieldByIndex(s.index)
		if s.kind != specMap {
			dst.Set(cloneValue(pick(s.path, bv, ov, tv)))
			continue
		}
		if same(ov, tv) {
			dst.Set(cloneValue(ov))
			continue
		}
		merged := reflect.MakeMap(dst.Type())
		for _, k := range mapKeys(bv, ov, tv) {
			if v := pick(s.path+"."+k, mapEntry(bv, k), mapEntry(ov, k), mapEntry(tv, k)); v.IsValid() {
				merged.SetMapIndex(reflect.ValueOf(k), cloneValue(v))
			}
		}
		if merged.Len() > 0 {
			dst.Set(merged)
		}
	}
	if kind != KindUnit {
		bt := time.Time{}
		if hasBase {
			bt = updatedOf(b)
		}
		out.Field(idField).SetString(id)
		out.Field(updatedField).Set(reflect.ValueOf(m.pickTime(bt, oAt, tAt, hasBase)))
	}
	return found
}

// pickTime merges an updated time: one side's change is taken, and when both
// changed, the later time.
func (m *merger) pickTime(b, o, t time.Time, hasBase bool) time.Time {
	switch {
	case o.Equal(t):
		return o
	case hasBase && b.Equal(o):
		return t
	case hasBase && b.Equal(t):
		return o
	case o.After(t):
		return o
	}
	return t
}

// unlinkGone removes links to entities that either side had and the merged
// unit does not (one side deleted them), as deleting them would have: through
// every link field of the schema.
func unlinkGone(p *Project, sides map[string]Ref) {
	live := p.Index()
	gone := func(id string) bool {
		_, had := sides[id]
		_, has := live[id]
		return id != "" && had && !has
	}
	walk(p, func(n node) bool {
		for _, l := range linksFrom(n.spec.Kind) {
			l.keep(n.elem, gone)
		}
		return true
	})
}
