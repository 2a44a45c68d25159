package model

import (
	"reflect"
	"sort"
)

// node is one entity met while walking a Project.
type node struct {
	spec   *KindSpec
	elem   reflect.Value // addressable when the walk started from a pointer
	slice  reflect.Value // the slice holding it; invalid for the unit
	index  int
	parent string // the id of the entity that holds it, for nested kinds
}

func (n node) id() string {
	if n.index < 0 {
		return n.elem.FieldByName("ID").String()
	}
	return n.elem.Field(idField).String()
}

// walk calls fn for the unit and then every entity of p in file order, each
// entity followed by the entities it holds, until fn returns false.
func walk(p *Project, fn func(n node) bool) {
	root := reflect.ValueOf(p).Elem()
	if !fn(node{spec: specOf(KindUnit), elem: root, index: -1}) {
		return
	}
	walkKinds(root, topKinds(), "", fn)
}

// walkUnder walks the entities that holder, an entity of kind parentKind
// with id parentID, holds.
func walkUnder(holder reflect.Value, parentKind Kind, parentID string, fn func(n node) bool) bool {
	if spec := specOf(parentKind); spec != nil {
		return walkKinds(holder, spec.children, parentID, fn)
	}
	return true
}

func walkKinds(holder reflect.Value, kinds []*KindSpec, parentID string, fn func(n node) bool) bool {
	for _, spec := range kinds {
		s := holder.FieldByIndex(spec.slice)
		for j := 0; j < s.Len(); j++ {
			e := s.Index(j)
			if !fn(node{spec: spec, elem: e, slice: s, index: j, parent: parentID}) {
				return false
			}
			if len(spec.children) > 0 && !walkKinds(e, spec.children, e.Field(idField).String(), fn) {
				return false
			}
		}
	}
	return true
}

// field returns the value of the link field in elem.
func (l Link) field(elem reflect.Value) reflect.Value {
	i, ok := fieldIndex(elem.Type(), l.Field)
	if !ok {
		panic("model: schema links through unknown field " + l.Field + " of " + string(l.From))
	}
	return elem.Field(i)
}

// ids returns the ids the link field of elem names, in order.
func (l Link) ids(elem reflect.Value) []string {
	v := l.field(elem)
	switch l.Shape {
	case LinkOne:
		if s := v.String(); s != "" {
			return []string{s}
		}
		return nil
	case LinkMany:
		return v.Interface().([]string)
	}
	keys := make([]string, 0, v.Len())
	for _, k := range v.MapKeys() {
		keys = append(keys, k.String())
	}
	sort.Strings(keys)
	return keys
}

// keep drops from the link field of elem every id for which gone is true.
func (l Link) keep(elem reflect.Value, gone func(id string) bool) {
	v := l.field(elem)
	switch l.Shape {
	case LinkOne:
		if gone(v.String()) {
			v.SetString("")
		}
	case LinkMany:
		list := v.Interface().([]string)
		for _, id := range list {
			if gone(id) {
				var out []string
				for _, x := range list {
					if !gone(x) {
						out = append(out, x)
					}
				}
				v.Set(reflect.ValueOf(out))
				return
			}
		}
	case LinkKeys:
		for _, k := range v.MapKeys() {
			if gone(k.String()) {
				v.SetMapIndex(k, reflect.Value{})
			}
		}
	}
}

// remap replaces every id in the link field of elem by fresh(id).
func (l Link) remap(elem reflect.Value, fresh func(string) string) {
	v := l.field(elem)
	switch l.Shape {
	case LinkOne:
		v.SetString(fresh(v.String()))
	case LinkMany:
		v.Set(reflect.ValueOf(mapIDs(v.Interface().([]string), fresh)))
	case LinkKeys:
		if v.IsNil() {
			return
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(reflect.ValueOf(fresh(iter.Key().String())), iter.Value())
		}
		v.Set(out)
	}
}

// linksFrom returns the link fields of entities of kind k.
func linksFrom(k Kind) []Link {
	var out []Link
	for _, l := range linkSpecs {
		if l.From == k {
			out = append(out, l)
		}
	}
	return out
}

// LinkUse is one place where an entity is named by another.
type LinkUse struct {
	// ID is the id of the entity that holds the link.
	ID string
	// Kind is that entity's kind.
	Kind Kind
	// Field is the file key of the link field, such as "experts".
	Field string
}

// LinksTo lists every place in p that links to the entity with id, in file order.
func (p *Project) LinksTo(id string) []LinkUse {
	if id == "" {
		return nil
	}
	var out []LinkUse
	walk(p, func(n node) bool {
		for _, l := range linksFrom(n.spec.Kind) {
			if contains(l.ids(n.elem), id) {
				out = append(out, LinkUse{ID: n.id(), Kind: n.spec.Kind, Field: l.Field})
			}
		}
		return true
	})
	return out
}

// CommentTargets lists the ids of what a review comment may be about, in
// file order: the unit, then each entity of a commentable kind.
func CommentTargets(p *Project) []string {
	var ids []string
	walk(p, func(n node) bool {
		if n.spec.Commentable {
			ids = append(ids, n.id())
		}
		return true
	})
	return ids
}

// SuggestionFields lists the file keys of the text fields of the entity with
// id that a comment may suggest new wording for: the kind's text fields, then
// one entry per target of each keyed link marked Suggest (a criterion's
// descriptor for each level of its rubric, as "descriptors.<level id>").
// Nil when id names nothing that takes comments.
func SuggestionFields(p *Project, id string) []string {
	loc, ok := locate(p, id)
	if !ok {
		return nil
	}
	spec := specOf(loc.kind)
	if spec == nil || !spec.Commentable {
		return nil
	}
	out := append([]string(nil), spec.Suggest...)
	for _, l := range linksFrom(loc.kind) {
		if l.Shape != LinkKeys || !l.Suggest || l.field(loc.elem).Type().Elem().Kind() != reflect.String {
			continue
		}
		walk(p, func(n node) bool {
			if n.spec.Kind == l.To && (!l.SameParent || n.parent == loc.parent) {
				out = append(out, l.Field+"."+n.id())
			}
			return true
		})
	}
	return out
}
