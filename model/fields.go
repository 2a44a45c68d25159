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
	var loc location
	found := false
	walk(p, func(n node) bool {
		if n.id() != id {
			return true
		}
		loc = location{kind: n.spec.Kind, slice: n.slice, index: n.index, parent: n.parent, elem: n.elem}
		found = true
		return false
	})
	return loc, found
}

// collection returns the slice that holds entities of kind: in p, or in the
// entity with id parent for a nested kind such as a rubric's levels.
func collection(p *Project, kind Kind, parent string) (reflect.Value, error) {
	spec := specOf(kind)
	if spec == nil || spec.Kind == KindUnit {
		return reflect.Value{}, fmt.Errorf("cannot add or remove a %s", kind)
	}
	if spec.Parent == "" {
		return reflect.ValueOf(p).Elem().FieldByIndex(spec.slice), nil
	}
	loc, ok := locate(p, parent)
	if !ok || loc.kind != spec.Parent {
		return reflect.Value{}, fmt.Errorf("no %s with id %s to hold the %s", spec.Parent, parent, kind)
	}
	return loc.elem.FieldByIndex(spec.slice), nil
}

// kindOf returns the entity kind of a value such as Session or *Session.
func kindOf(v any) (Kind, bool) {
	t := reflect.TypeOf(v)
	if t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for _, s := range kindSpecs {
		if s.elem != nil && s.elem == t {
			return s.Kind, true
		}
	}
	return "", false
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
	case rv.Kind() == reflect.String && t.Kind() == reflect.String:
		return rv.Convert(t), nil
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
