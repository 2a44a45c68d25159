package model

import (
	"reflect"
	"strconv"
	"strings"
)

// describe names the field at an indexed path in the words on screen, like
// DescribeField, taking names from the file's text: `Minutes of session
// "Launch"`, `Points at level "Advanced" of criterion "Accuracy" in rubric
// "Report"`, `Starts of the unit`.
func (s *statements) describe(path []string) string {
	kind, entity, rest := KindUnit, []string(nil), path
	var parent []string
	for _, spec := range topKinds() {
		if len(path) >= 2 && path[0] == listKey(projectType, spec) && isIndex(path[1]) {
			kind, entity, rest = spec.Kind, path[:2:2], path[2:]
			for _, child := range spec.children {
				if len(rest) >= 2 && rest[0] == listKey(spec.elem, child) && isIndex(rest[1]) {
					parent = entity
					kind, entity, rest = child.Kind, path[:4:4], path[4:]
				}
			}
		}
	}
	if kind == KindUnit && len(path) >= 2 && isIndex(path[1]) { // a list the editor does not show
		label := FieldLabel("", strings.Join(path[2:], "."))
		if path[0] == "deleted" {
			if len(path) > 2 && path[2] == "at" {
				label = "Time"
			}
			return label + " of a deleted entry"
		}
		return label + " (" + strings.ToLower(otherKeysLabel[:1]) + otherKeysLabel[1:] + ")"
	}
	var fieldPath []string
	item := false
	for _, p := range rest {
		if isIndex(p) {
			item = true // an item of a list: the list's label names it
			break
		}
		fieldPath = append(fieldPath, p)
	}
	field := strings.Join(fieldPath, ".")
	label := FieldLabel(kind, field)
	if isLevelMap(kind, field) && parent != nil {
		label += " at " + levelWords(s.levels(parent), fieldPath[1])
	}
	if item {
		label = "Each item of " + label
	}
	if kind == KindUnit {
		if t := typeAt(path); len(path) == 1 && t != nil && (t.Kind() == reflect.Struct && t != dateType && t != timeType || t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct) {
			return label // a part of the unit, such as its sessions
		}
		return label + " of the unit"
	}
	out := label + " of " + s.entityWords(kind, entity)
	if parent != nil {
		out += " in " + s.entityWords(KindRubric, parent)
	}
	return out
}

// entityWords names the entity at an indexed path for a sentence.
func (s *statements) entityWords(kind Kind, entity []string) string {
	spec := specOf(kind)
	name := s.text(append(entity, spec.Name)...)
	if fields := describedBy[kind]; fields != nil {
		var parts []string
		for _, f := range fields {
			if n := s.nameOf(s.text(append(entity, f)...)); n != "" {
				parts = append(parts, n)
			}
		}
		name = strings.Join(parts, " · ")
	}
	return Ref{Kind: kind, Name: name}.Describe()
}

// describedBy lists the links whose names name an entity of a kind without a
// name of its own, as describers do.
var describedBy = map[Kind][]string{
	KindAssignment: {"judge", "team"},
	KindScore:      {"judge", "team", "criterion"},
	KindFeedback:   {"judge", "team"},
}

// nameOf returns the name of the entity whose id is id, from the file's text.
func (s *statements) nameOf(id string) string {
	if id == "" {
		return ""
	}
	for _, st := range s.list {
		if n := len(st.path); (n == 3 || n == 5) && st.path[n-1] == "id" && s.text(st.path...) == id {
			for _, spec := range kindSpecs {
				if spec.Name != "" && (n == 3 && st.path[0] == listKey(projectType, &spec) ||
					n == 5 && spec.Parent != "" && st.path[2] == listKey(specOf(spec.Parent).elem, &spec)) {
					return s.text(append(append([]string(nil), st.path[:n-1]...), spec.Name)...)
				}
			}
		}
	}
	return ""
}

// levels returns a rubric, at an indexed path, holding just its levels' ids
// and names as the file's text gives them.
func (s *statements) levels(rubric []string) *Rubric {
	r := &Rubric{}
	for i := 0; ; i++ {
		level := append(append([]string(nil), rubric...), "levels", strconv.Itoa(i))
		if _, ok := s.byPath[strings.Join(level, ".")]; !ok {
			return r
		}
		r.Levels = append(r.Levels, Level{ID: s.text(append(level, "id")...), Label: s.text(append(level, "label")...)})
	}
}

// listKey returns the file key of spec's list in type holder.
func listKey(holder reflect.Type, spec *KindSpec) string {
	f, ok := holder.FieldByName(spec.Field)
	if !ok {
		return ""
	}
	return strings.Split(f.Tag.Get("toml"), ",")[0]
}

func isIndex(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil && s != "" && s[0] != '-' && s[0] != '+'
}
