package model

import (
	"fmt"
	"strings"
)

// Find returns the id of the entity that query names: its id, or else its
// name (a title, label, code or person's name as Index gives it), ignoring
// case and surrounding space. With kinds, only entities of those kinds count;
// without, every entity but comments. When nothing or several match, the
// error says so and, for one kind, lists that kind's entities with their ids
// so the person can choose.
func Find(p *Project, query string, kinds ...Kind) (string, error) {
	fits := func(k Kind) bool {
		if len(kinds) == 0 {
			return k != KindComment
		}
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
		return false
	}
	q := strings.TrimSpace(query)
	index := p.Index()
	if ref, ok := index[q]; ok && q != "" && fits(ref.Kind) {
		return q, nil
	}
	var all, hits []string
	walk(p, func(n node) bool {
		id := n.id()
		if ref := index[id]; fits(ref.Kind) {
			all = append(all, id)
			if strings.EqualFold(strings.TrimSpace(ref.Name), q) {
				hits = append(hits, id)
			}
		}
		return true
	})
	if len(hits) == 1 {
		return hits[0], nil
	}
	one := len(kinds) == 1
	noun, plural := "thing", "things"
	if one {
		noun, plural = string(kinds[0]), kinds[0].plural()
	}
	list := func(ids []string) string {
		var b strings.Builder
		for i, id := range ids {
			if i > 0 {
				b.WriteByte('\n')
			}
			ref := index[id]
			name := strings.TrimSpace(ref.Name)
			switch {
			case !one:
				name = ref.Describe()
			case name == "":
				name = "(untitled)"
			}
			fmt.Fprintf(&b, "  %s (id %s)", name, id)
		}
		return b.String()
	}
	switch {
	case len(hits) > 1:
		return "", fmt.Errorf("%d %s are called %q; choose one by id:\n%s", len(hits), plural, query, list(hits))
	case !one:
		return "", fmt.Errorf("nothing in the unit is called %q", query)
	case len(all) == 0:
		return "", fmt.Errorf("no %s %q: this unit has no %s", noun, query, plural)
	}
	return "", fmt.Errorf("no %s %q in this unit; its %s are:\n%s", noun, query, plural, list(all))
}

// plural returns the noun for several entities of kind k, such as "criteria".
func (k Kind) plural() string {
	if s := specOf(k); s != nil {
		return s.Plural
	}
	return string(k) + "s"
}

// KeyedField turns a field of the entity with id that names a keyed link by
// the linked entity's name, such as "descriptors.Beginning" on a criterion,
// into the form the file uses, "descriptors.<level id>", so that people can
// name levels as they see them. Any other field comes back unchanged.
func KeyedField(p *Project, id, field string) string {
	loc, ok := locate(p, id)
	if !ok {
		return field
	}
	for _, l := range linksFrom(loc.kind) {
		key, ok := strings.CutPrefix(field, l.Field+".")
		if !ok || l.Shape != LinkKeys {
			continue
		}
		var byID, byName string
		walk(p, func(n node) bool {
			if n.spec.Kind != l.To || (l.SameParent && n.parent != loc.parent) {
				return true
			}
			if n.id() == key {
				byID = key
			}
			if byName == "" && n.spec.name >= 0 && strings.EqualFold(n.elem.Field(n.spec.name).String(), key) {
				byName = n.id()
			}
			return true
		})
		switch {
		case byID != "":
			return field
		case byName != "":
			return l.Field + "." + byName
		}
	}
	return field
}
