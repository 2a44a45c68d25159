package model

import (
	"reflect"
	"sort"
)

// KindSpec describes one kind of entity: where its entities live in a
// Project, which field names one for people, and what review may do with it.
type KindSpec struct {
	Kind Kind
	// Field is the Go name of the slice that holds the entities: a field of
	// Project, or of the parent's struct when Parent is set. Empty for the unit.
	Field string
	// Parent is the kind whose entities hold this kind's slice (a level
	// lives in a rubric), or empty for a list of the whole unit.
	Parent Kind
	// Name is the file key of the field that names an entity in messages.
	Name string
	// Plural is the noun for several entities of the kind, such as "criteria".
	Plural string
	// Commentable says whether a review comment may be about such an entity.
	Commentable bool
	// Suggest lists the file keys of the text fields a comment may suggest
	// new wording for.
	Suggest []string

	slice    []int        // the index of Field in the parent's (or Project's) struct
	elem     reflect.Type // the type of one entity
	name     int          // the index of the Name field in elem, or -1
	children []*KindSpec  // the kinds whose lists an entity of this kind holds
}

// LinkShape says how a link field holds the ids it names.
type LinkShape int

// Link shapes.
const (
	// LinkOne is a text field holding one id, or nothing.
	LinkOne LinkShape = iota
	// LinkMany is a list of ids.
	LinkMany
	// LinkKeys is a map keyed by ids, whose values belong to the linking
	// entity (a criterion's descriptor text per level): they go with the
	// linked entity when it is deleted.
	LinkKeys
)

// Link is one field by which entities of kind From name entities of kind To.
type Link struct {
	From Kind
	// Field is the file key of the field, such as "experts".
	Field string
	To    Kind
	Shape LinkShape
	// SameParent says the linked entity must belong to the same parent as
	// the linking one: a criterion's descriptors name levels of its own rubric.
	SameParent bool
	// Suggest says, for a keyed link, that its values are wording a review
	// comment may suggest, one entry per linked entity.
	Suggest bool
}

// kindSpecs is the table of entity kinds, in file order. A rubric's levels
// and criteria follow it. Adding a kind here (with its slice in Project or
// in its parent) gives it ids in Index, locate, Add, Delete, diff,
// validation, Reidentify and comments; the encoder and merge's list of
// lists name each kind themselves, and tests fail until they do.
var kindSpecs = []KindSpec{
	{Kind: KindUnit, Name: "title", Plural: "units", Commentable: true,
		Suggest: []string{"title", "unit.real_world_problem", "unit.driving_question", "unit.central_goal"}},
	{Kind: KindPartner, Field: "Partners", Name: "name", Plural: "partners", Commentable: true, Suggest: []string{"name", "notes"}},
	{Kind: KindExpert, Field: "Experts", Name: "name", Plural: "experts", Commentable: true, Suggest: []string{"name", "expertise", "notes"}},
	{Kind: KindOutcome, Field: "Outcomes", Name: "code", Plural: "outcomes", Commentable: true, Suggest: []string{"code", "text"}},
	{Kind: KindSession, Field: "Sessions", Name: "title", Plural: "sessions", Commentable: true, Suggest: []string{"title", "location", "prep", "notes"}},
	{Kind: KindRubric, Field: "Rubrics", Name: "title", Plural: "rubrics", Commentable: true, Suggest: []string{"title", "description"}},
	{Kind: KindLevel, Field: "Levels", Parent: KindRubric, Name: "label", Plural: "levels"},
	{Kind: KindCriterion, Field: "Criteria", Parent: KindRubric, Name: "title", Plural: "criteria", Commentable: true, Suggest: []string{"title", "description"}},
	{Kind: KindAssessment, Field: "Assessments", Name: "title", Plural: "assessments", Commentable: true, Suggest: []string{"title"}},
	{Kind: KindResponsibility, Field: "Responsibilities", Name: "task", Plural: "responsibilities", Commentable: true, Suggest: []string{"task"}},
	{Kind: KindTeam, Field: "Teams", Name: "name", Plural: "teams", Commentable: true, Suggest: []string{"name", "project"}},
	{Kind: KindRound, Field: "Rounds", Name: "title", Plural: "rounds", Commentable: true, Suggest: []string{"title"}},
	{Kind: KindAssignment, Field: "Assignments", Name: "note", Plural: "assignments"},
	{Kind: KindScore, Field: "Scores", Name: "comment", Plural: "scores"},
	{Kind: KindFeedback, Field: "Feedback", Name: "strengths", Plural: "feedback"},
	{Kind: KindComment, Field: "Comments", Name: "author", Plural: "comments"},
}

// linkSpecs is the table of link fields. Validation (links to missing or
// wrong entities), Delete (unlinking), merge (unlinking what the other side
// deleted), Reidentify (links follow fresh ids) and Project.LinksTo read it;
// a new link field is added here only. A comment's target may name any kind
// and is checked on its own.
var linkSpecs = []Link{
	{From: KindExpert, Field: "partner", To: KindPartner, Shape: LinkOne},
	{From: KindSession, Field: "lead", To: KindExpert, Shape: LinkOne},
	{From: KindSession, Field: "experts", To: KindExpert, Shape: LinkMany},
	{From: KindSession, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindCriterion, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindCriterion, Field: "descriptors", To: KindLevel, Shape: LinkKeys, SameParent: true, Suggest: true},
	{From: KindCriterion, Field: "unused", To: KindLevel, Shape: LinkMany, SameParent: true},
	{From: KindCriterion, Field: "labels", To: KindLevel, Shape: LinkKeys, SameParent: true},
	{From: KindCriterion, Field: "points", To: KindLevel, Shape: LinkKeys, SameParent: true},
	{From: KindAssessment, Field: "rubric", To: KindRubric, Shape: LinkOne},
	{From: KindAssessment, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindTeam, Field: "mentor", To: KindExpert, Shape: LinkOne},
	{From: KindRound, Field: "session", To: KindSession, Shape: LinkOne},
	{From: KindRound, Field: "rubric", To: KindRubric, Shape: LinkOne},
	{From: KindAssignment, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindAssignment, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindAssignment, Field: "team", To: KindTeam, Shape: LinkOne},
	{From: KindScore, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindScore, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindScore, Field: "team", To: KindTeam, Shape: LinkOne},
	{From: KindScore, Field: "criterion", To: KindCriterion, Shape: LinkOne},
	{From: KindScore, Field: "level", To: KindLevel, Shape: LinkOne},
	{From: KindFeedback, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindFeedback, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindFeedback, Field: "team", To: KindTeam, Shape: LinkOne},
}

func init() {
	parents := map[Kind]reflect.Type{"": reflect.TypeOf(Project{})}
	for i := range kindSpecs {
		k := &kindSpecs[i]
		if k.Kind == KindUnit {
			continue
		}
		f, ok := parents[k.Parent].FieldByName(k.Field)
		if !ok || f.Type.Kind() != reflect.Slice {
			panic("model: schema names no slice " + k.Field + " for " + string(k.Kind))
		}
		k.slice, k.elem = f.Index, f.Type.Elem()
		parents[k.Kind] = k.elem
	}
	for i := range kindSpecs {
		k := &kindSpecs[i]
		t := parents[k.Kind]
		if k.Kind == KindUnit {
			t = parents[""]
		}
		k.name = -1
		if i, ok := tomlFields(t)[k.Name]; ok && k.Name != "" {
			k.name = i
		}
		if k.Kind == KindUnit {
			continue
		}
		if parent := specOf(k.Parent); parent != nil && k.Parent != "" {
			parent.children = append(parent.children, k)
		}
	}
}

// topKinds returns the kinds whose lists Project holds, in file order.
func topKinds() []*KindSpec {
	var out []*KindSpec
	for i := range kindSpecs {
		if k := &kindSpecs[i]; k.Kind != KindUnit && k.Parent == "" {
			out = append(out, k)
		}
	}
	return out
}

// Kinds returns the table of entity kinds, in file order.
func Kinds() []KindSpec { return append([]KindSpec(nil), kindSpecs...) }

// Links returns the table of link fields.
func Links() []Link { return append([]Link(nil), linkSpecs...) }

func specOf(k Kind) *KindSpec {
	for i := range kindSpecs {
		if kindSpecs[i].Kind == k {
			return &kindSpecs[i]
		}
	}
	return nil
}

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
// descriptor for each level of its rubric, as "descriptors.<level id>"). Nil when id names nothing that
// takes comments.
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
