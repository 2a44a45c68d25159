package model

import (
	"reflect"
	"time"
)

// partedAt returns the latest updated time of an entity (or deletion) that
// ours and theirs hold exactly alike, updated time included: both held it
// when they parted, so an entity a side has not changed since that time has
// not been edited on that side. Zero when they hold nothing alike.
func partedAt(ours, theirs *Project) time.Time {
	elems := map[string]reflect.Value{}
	walk(ours, func(n node) bool {
		if n.index >= 0 {
			elems[n.id()] = n.elem
		}
		return true
	})
	var at time.Time
	walk(theirs, func(n node) bool {
		if n.index < 0 {
			return true
		}
		if o, ok := elems[n.id()]; ok && same(o, n.elem) {
			if u := updatedOf(n.elem); u.After(at) {
				at = u
			}
		}
		return true
	})
	dead := map[string]time.Time{}
	for _, t := range ours.Deleted {
		dead[t.ID] = t.At
	}
	for _, t := range theirs.Deleted {
		if o, ok := dead[t.ID]; ok && o.Equal(t.At) && t.At.After(at) {
			at = t.At
		}
	}
	return at
}

// unsure reports whether, in a merge without a base, a conflict over a field
// of an entity last changed at oAt on our side and tAt on theirs cannot be
// settled by the times: unless exactly one side has left the entity as it
// was when they parted, either side's value may be the edit.
func (m *merger) unsure(oAt, tAt time.Time) bool {
	if !m.noBase {
		return false
	}
	oldO, oldT := !oAt.After(m.parted), !tAt.After(m.parted)
	return oldO == oldT
}
