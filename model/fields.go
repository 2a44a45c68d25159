package model

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"
)

// NewID returns a fresh random entity id.
func NewID() string { return uuid.NewString() }

// location is where an entity lives in a Project.
type location struct {
	kind   Kind
	slice  reflect.Value // the addressable slice that holds it; invalid for the unit
	index  int
	parent string // the rubric id, for levels and criteria
	elem   reflect.Value
}

// locate finds the entity with id anywhere in p.
func locate(p *Project, id string) (location, bool) {
	if id == "" {
		return location{}, false
	}
	root := reflect.ValueOf(p).Elem()
	if id == p.ID {
		return location{kind: KindUnit, elem: root, index: -1}, true
	}
	for _, c := range topCollections {
		s := root.FieldByName(c.field)
		if i := indexOfID(s, id); i >= 0 {
			return location{kind: c.kind, slice: s, index: i, elem: s.Index(i)}, true
		}
	}
	for r := range p.Rubrics {
		rv := root.FieldByName("Rubrics").Index(r)
		for _, c := range []struct {
			kind  Kind
			field string
		}{{KindLevel, "Levels"}, {KindCriterion, "Criteria"}} {
			s := rv.FieldByName(c.field)
			if i := indexOfID(s, id); i >= 0 {
				return location{kind: c.kind, slice: s, index: i, parent: p.Rubrics[r].ID, elem: s.Index(i)}, true
			}
		}
	}
	return location{}, false
}

// topCollections lists the entity slices of a Project, in file order.
var topCollections = []struct {
	kind  Kind
	field string
}{
	{KindPartner, "Partners"}, {KindExpert, "Experts"}, {KindOutcome, "Outcomes"},
	{KindSession, "Sessions"}, {KindRubric, "Rubrics"}, {KindAssessment, "Assessments"},
	{KindResponsibility, "Responsibilities"}, {KindComment, "Comments"},
}

// collection returns the slice that holds entities of kind (in rubric parent for levels and criteria).
func collection(p *Project, kind Kind, parent string) (reflect.Value, error) {
	root := reflect.ValueOf(p).Elem()
	for _, c := range topCollections {
		if c.kind == kind {
			return root.FieldByName(c.field), nil
		}
	}
	if kind == KindLevel || kind == KindCriterion {
		for i := range p.Rubrics {
			if p.Rubrics[i].ID == parent {
				rv := root.FieldByName("Rubrics").Index(i)
				if kind == KindLevel {
					return rv.FieldByName("Levels"), nil
				}
				return rv.FieldByName("Criteria"), nil
			}
		}
		return reflect.Value{}, fmt.Errorf("no rubric with id %s to hold the %s", parent, kind)
	}
	return reflect.Value{}, fmt.Errorf("cannot add or remove a %s", kind)
}

// kindOf returns the entity kind of a value such as Session or *Session.
func kindOf(v any) (Kind, bool) {
	switch v.(type) {
	case Partner, *Partner:
		return KindPartner, true
	case Expert, *Expert:
		return KindExpert, true
	case Outcome, *Outcome:
		return KindOutcome, true
	case Session, *Session:
		return KindSession, true
	case Rubric, *Rubric:
		return KindRubric, true
	case Level, *Level:
		return KindLevel, true
	case Criterion, *Criterion:
		return KindCriterion, true
	case Assessment, *Assessment:
		return KindAssessment, true
	case Responsibility, *Responsibility:
		return KindResponsibility, true
	case Comment, *Comment:
		return KindComment, true
	}
	return "", false
}

func indexOfID(slice reflect.Value, id string) int {
	f, ok := slice.Type().Elem().FieldByName("ID")
	if !ok {
		return -1
	}
	for i := 0; i < slice.Len(); i++ {
		if slice.Index(i).Field(f.Index[0]).String() == id {
			return i
		}
	}
	return -1
}

// slot is one settable place in an entity: a struct field or a map entry.
type slot struct {
	v      reflect.Value // the field, or the map when key is set
	key    string
	hasKey bool
}

func (s slot) get() (any, bool) {
	if !s.hasKey {
		return s.v.Interface(), true
	}
	if s.v.IsNil() {
		return nil, false
	}
	e := s.v.MapIndex(reflect.ValueOf(s.key))
	if !e.IsValid() {
		return nil, false
	}
	return e.Interface(), true
}

func (s slot) typ() reflect.Type {
	if s.hasKey {
		return s.v.Type().Elem()
	}
	return s.v.Type()
}

// set stores value; for a map entry, a nil value removes the entry.
func (s slot) set(value any) error {
	if s.hasKey {
		if value == nil {
			if !s.v.IsNil() {
				s.v.SetMapIndex(reflect.ValueOf(s.key), reflect.Value{})
			}
			return nil
		}
		if s.v.IsNil() {
			s.v.Set(reflect.MakeMap(s.v.Type()))
		}
	}
	rv, err := convert(value, s.typ())
	if err != nil {
		return err
	}
	if s.hasKey {
		s.v.SetMapIndex(reflect.ValueOf(s.key), rv)
		return nil
	}
	s.v.Set(rv)
	return nil
}

func convert(value any, t reflect.Type) (reflect.Value, error) {
	if value == nil {
		return reflect.Zero(t), nil
	}
	rv := reflect.ValueOf(value)
	switch {
	case rv.Type() == t:
		return rv, nil
	case rv.Kind() == reflect.String && t == reflect.TypeOf(Date{}):
		d, err := ParseDate(rv.String())
		return reflect.ValueOf(d), err
	case rv.Kind() == reflect.String && t == reflect.TypeOf(Clock{}):
		c, err := ParseClock(rv.String())
		return reflect.ValueOf(c), err
	case rv.CanConvert(t) && rv.Kind() != reflect.String && t.Kind() != reflect.String:
		return rv.Convert(t), nil
	}
	return reflect.Value{}, fmt.Errorf("a %s cannot hold %v (%T)", t, value, value)
}

var fieldCache sync.Map // reflect.Type -> map[string]int

func fieldIndex(t reflect.Type, key string) (int, bool) {
	m, ok := fieldCache.Load(t)
	if !ok {
		m, _ = fieldCache.LoadOrStore(t, tomlFields(t))
	}
	i, ok := m.(map[string]int)[key]
	return i, ok
}

// fieldSlot finds the place named by a dotted toml path, such as "title",
// "unit.central_goal", "safety_check.expires" or "descriptors.<level id>".
func fieldSlot(elem reflect.Value, path string) (slot, error) {
	v := elem
	parts := strings.Split(path, ".")
	for i, part := range parts {
		if v.Kind() == reflect.Map {
			if i != len(parts)-1 {
				return slot{}, fmt.Errorf("no field %q", path)
			}
			return slot{v: v, key: part, hasKey: true}, nil
		}
		if v.Kind() != reflect.Struct {
			return slot{}, fmt.Errorf("no field %q", path)
		}
		idx, ok := fieldIndex(v.Type(), part)
		if !ok || part == "id" {
			return slot{}, fmt.Errorf("no field %q", path)
		}
		v = v.Field(idx)
	}
	if v.Kind() == reflect.Map {
		return slot{}, fmt.Errorf("field %q needs a key", path)
	}
	return slot{v: v}, nil
}

// Field returns the current value at path in the entity with id, for code
// (such as the review screen) that names fields by their file keys.
func (p *Project) Field(id, path string) (any, error) {
	loc, ok := locate(p, id)
	if !ok {
		return nil, fmt.Errorf("no entity with id %s", id)
	}
	s, err := fieldSlot(loc.elem, path)
	if err != nil {
		return nil, err
	}
	v, _ := s.get()
	return v, nil
}

// stamp sets the entity's updated time, if it has one.
func stamp(elem reflect.Value, now time.Time) {
	if f := elem.FieldByName("Updated"); f.IsValid() {
		f.Set(reflect.ValueOf(now))
	}
}

// cloneValue deep-copies an entity value so undo history never shares slices or maps.
func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(cloneValue(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), cloneValue(iter.Value()))
		}
		return out
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			if out.Field(i).CanSet() {
				out.Field(i).Set(cloneValue(v.Field(i)))
			}
		}
		return out
	}
	return v
}
