package model

import (
	"fmt"
	"reflect"
	"time"
)

// Edit is one change to a Project. Applying it returns the edit that undoes
// it. Edits are the only way the GUI, the CLI and merges change a document.
type Edit interface {
	apply(p *Project, now time.Time) (inverse Edit, summary string, err error)
	// targets lists the ids the edit touches, for listeners that refresh views.
	targets() []string
}

// Set changes the field at path (a toml key, dotted for nested keys such as
// "unit.driving_question" or "descriptors.<level id>") of the entity with id.
// A nil value removes a map entry. The unit's own fields use the project's id.
func Set(id, path string, value any) Edit { return &setEdit{id: id, path: path, value: value} }

type setEdit struct {
	id, path string
	value    any
	// restore, on an inverse, puts back the entity's updated time from before
	// the edit, so that undo returns the entity exactly as it was.
	restore *time.Time
}

func (e *setEdit) targets() []string { return []string{e.id} }

func (e *setEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok {
		return nil, "", fmt.Errorf("set %s: no entity with id %s", e.path, e.id)
	}
	s, err := fieldSlot(loc.elem, e.path)
	if err != nil {
		return nil, "", fmt.Errorf("set %s of %s: %w", e.path, loc.kind, err)
	}
	old, had := s.get()
	if had {
		old = cloneValue(reflect.ValueOf(old)).Interface()
	}
	if err := s.set(cloneAny(e.value)); err != nil {
		return nil, "", fmt.Errorf("set %s of %s: %w", e.path, loc.kind, err)
	}
	var oldStamp *time.Time
	if f := loc.elem.FieldByName("Updated"); f.IsValid() {
		t := f.Interface().(time.Time)
		oldStamp = &t
	}
	if e.restore != nil {
		stamp(loc.elem, *e.restore)
	} else {
		stamp(loc.elem, now)
	}
	return &setEdit{id: e.id, path: e.path, value: old, restore: oldStamp}, fieldChanged(p, loc, e.id, e.path), nil
}

func cloneAny(v any) any {
	if v == nil {
		return nil
	}
	return cloneValue(reflect.ValueOf(v)).Interface()
}

// Add inserts entity (a Partner, Expert, Session, Level, Criterion, ... value)
// at index of its list, or at the end when index is negative. Levels and
// criteria need the id of their rubric as parent. An entity without an id gets one.
func Add(entity any, parent string, index int) Edit {
	return &insertEdit{entity: entity, parent: parent, index: index}
}

type insertEdit struct {
	entity any
	parent string
	index  int
}

func (e *insertEdit) targets() []string { return []string{idOf(e.entity), e.parent} }

func idOf(entity any) string {
	v := reflect.Indirect(reflect.ValueOf(entity))
	if f := v.FieldByName("ID"); f.IsValid() {
		return f.String()
	}
	return ""
}

func (e *insertEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	kind, ok := kindOf(e.entity)
	if !ok {
		return nil, "", fmt.Errorf("add: %T is not an entity", e.entity)
	}
	s, err := collection(p, kind, e.parent)
	if err != nil {
		return nil, "", fmt.Errorf("add %s: %w", kind, err)
	}
	v := cloneValue(reflect.Indirect(reflect.ValueOf(e.entity)))
	id := v.FieldByName("ID")
	if id.String() == "" {
		id.SetString(NewID())
	}
	if _, exists := locate(p, id.String()); exists {
		return nil, "", fmt.Errorf("add %s: id %s is already in use", kind, id.String())
	}
	if v.FieldByName("Updated").Interface().(time.Time).IsZero() {
		stamp(v, now)
	}
	i := e.index
	if i < 0 || i > s.Len() {
		i = s.Len()
	}
	n := s.Len()
	s.Set(reflect.Append(s, reflect.Zero(v.Type())))
	reflect.Copy(s.Slice(i+1, n+1), s.Slice(i, n))
	s.Index(i).Set(v)
	p.untomb(id.String())
	for _, child := range childIDs(v.Interface()) {
		p.untomb(child)
	}
	e.entity = v.Interface() // the id given, so redo adds the same entity
	return &removeEdit{id: id.String()}, "Added " + describeNew(p, kind, v), nil
}

// removeEdit takes one entity out of its list and leaves a tombstone.
type removeEdit struct{ id string }

func (e *removeEdit) targets() []string { return []string{e.id} }

func (e *removeEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok || loc.kind == KindUnit {
		return nil, "", fmt.Errorf("delete: no entity with id %s", e.id)
	}
	saved := cloneValue(loc.elem).Interface()
	ref := p.Index()[e.id]
	s := loc.slice
	n := s.Len()
	reflect.Copy(s.Slice(loc.index, n-1), s.Slice(loc.index+1, n))
	s.Index(n - 1).Set(reflect.Zero(s.Type().Elem()))
	s.Set(s.Slice(0, n-1))
	if s.Len() == 0 {
		s.Set(reflect.Zero(s.Type()))
	}
	for _, id := range append([]string{e.id}, childIDs(saved)...) {
		p.Deleted = append(p.Deleted, Tombstone{ID: id, At: now})
	}
	return &insertEdit{entity: saved, parent: loc.parent, index: loc.index}, "Deleted " + ref.Describe(), nil
}

// childIDs lists the ids of the entities an entity value holds, such as a
// rubric's levels and criteria.
func childIDs(entity any) []string {
	kind, ok := kindOf(entity)
	if !ok {
		return nil
	}
	var ids []string
	walkUnder(reflect.ValueOf(entity), kind, "", func(n node) bool {
		ids = append(ids, n.id())
		return true
	})
	return ids
}

// untomb removes the tombstone of id, when an entity comes back by undo.
func (p *Project) untomb(id string) {
	for i := len(p.Deleted) - 1; i >= 0; i-- {
		if p.Deleted[i].ID == id {
			p.Deleted = append(p.Deleted[:i], p.Deleted[i+1:]...)
		}
	}
	if len(p.Deleted) == 0 {
		p.Deleted = nil
	}
}

// Move puts the entity with id at position to of its list.
func Move(id string, to int) Edit { return &moveEdit{id: id, to: to} }

type moveEdit struct {
	id string
	to int
}

func (e *moveEdit) targets() []string { return []string{e.id} }

func (e *moveEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok || loc.kind == KindUnit {
		return nil, "", fmt.Errorf("move: no entity with id %s", e.id)
	}
	s := loc.slice
	to := e.to
	if to < 0 {
		to = 0
	}
	if to >= s.Len() {
		to = s.Len() - 1
	}
	from := loc.index
	v := cloneValue(s.Index(from))
	if from < to {
		reflect.Copy(s.Slice(from, to), s.Slice(from+1, to+1))
	} else if from > to {
		reflect.Copy(s.Slice(to+1, from+1), s.Slice(to, from))
	}
	s.Index(to).Set(v)
	return &moveEdit{id: e.id, to: from}, "Moved " + describeNew(p, loc.kind, v), nil
}

// Batch applies edits in order as one undoable step; if one fails, the ones
// before it are undone and nothing changes.
func Batch(label string, edits ...Edit) Edit { return &batchEdit{label: label, edits: edits} }

type batchEdit struct {
	label string
	edits []Edit
}

func (e *batchEdit) targets() []string {
	var ids []string
	for _, x := range e.edits {
		ids = append(ids, x.targets()...)
	}
	return ids
}

func (e *batchEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	inverses := make([]Edit, 0, len(e.edits))
	for _, x := range e.edits {
		inv, _, err := x.apply(p, now)
		if err != nil {
			for i := len(inverses) - 1; i >= 0; i-- {
				_, _, _ = inverses[i].apply(p, now)
			}
			return nil, "", err
		}
		inverses = append(inverses, inv)
	}
	for i, j := 0, len(inverses)-1; i < j; i, j = i+1, j-1 {
		inverses[i], inverses[j] = inverses[j], inverses[i]
	}
	return &batchEdit{label: e.label, edits: inverses}, e.label, nil
}
