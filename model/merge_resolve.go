package model

import (
	"fmt"
	"reflect"
	"strings"
	"time"
)

// ApplyResolution returns the edit that makes a merged unit hold side's
// value for conflict c, or nil when it already does (side is c.Resolution).
// Apply it to a Document of the merged unit, so the choice can be undone;
// Batch several to resolve a whole merge in one step. Choosing the edited
// side of an edit against a delete adds the entity back at the end of its
// list (for a rubric, with its levels and criteria).
func ApplyResolution(c Conflict, side Side) Edit {
	if side == c.Resolution || (side != Ours && side != Theirs) {
		return nil
	}
	v := c.Value(side)
	switch {
	case c.IsDelete() && v == nil:
		return Delete(c.EntityID)
	case c.IsDelete():
		return Add(v, c.Parent, -1)
	case c.Field == OtherKeys || strings.HasSuffix(c.Field, "."+OtherKeys):
		extra, _ := v.(Extra)
		return &setExtraEdit{id: c.EntityID, prefix: strings.TrimSuffix(c.Field, OtherKeys), value: extra}
	}
	return Set(c.EntityID, c.Field, v)
}

// setExtraEdit replaces the unknown keys of an entity, or of a table inside
// it named by prefix (such as "unit." or "safety_check.").
type setExtraEdit struct {
	id, prefix string
	value      Extra
	restore    *time.Time
}

func (e *setExtraEdit) targets() []string { return []string{e.id} }

func (e *setExtraEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok {
		return nil, "", fmt.Errorf("set unknown keys: no entity with id %s", e.id)
	}
	table := loc.elem
	for _, part := range strings.Split(strings.TrimSuffix(e.prefix, "."), ".") {
		if part == "" {
			continue
		}
		idx, ok := fieldIndex(table.Type(), part)
		if !ok || table.Field(idx).Kind() != reflect.Struct {
			return nil, "", fmt.Errorf("set unknown keys of %s: no table %q", loc.kind, e.prefix)
		}
		table = table.Field(idx)
	}
	f := table.FieldByName("Extra")
	if !f.IsValid() || f.Type() != extraType {
		return nil, "", fmt.Errorf("set unknown keys of %s: %q keeps none", loc.kind, e.prefix)
	}
	old := cloneValue(f).Interface().(Extra)
	f.Set(cloneValue(reflect.ValueOf(e.value)))
	var oldStamp *time.Time
	if u := loc.elem.FieldByName("Updated"); u.IsValid() {
		t := u.Interface().(time.Time)
		oldStamp = &t
	}
	if e.restore != nil {
		stamp(loc.elem, *e.restore)
	} else {
		stamp(loc.elem, now)
	}
	return &setExtraEdit{id: e.id, prefix: e.prefix, value: old, restore: oldStamp}, "Changed keys kept from a newer Coplan", nil
}

// Replace returns an edit that gives the document the content of p (a deep
// copy), such as a merge of the open unit with the version on disk, so that
// taking in someone else's changes is one step undo can take back. summary
// names the step, as in "Merged Zoë's changes".
func Replace(p *Project, summary string) Edit {
	return &replaceEdit{with: p.Clone(), summary: summary}
}

type replaceEdit struct {
	with    *Project
	summary string
}

func (e *replaceEdit) targets() []string { return []string{e.with.ID} }

func (e *replaceEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	if e.with.ID != p.ID {
		return nil, "", fmt.Errorf("replace: %q is another unit", e.with.Title)
	}
	old := p.Clone()
	*p = *e.with.Clone()
	return &replaceEdit{with: old, summary: e.summary}, e.summary, nil
}
