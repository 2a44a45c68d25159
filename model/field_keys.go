package model

import (
	"sort"
	"strings"
)

// FieldByLabel returns the file key of the field of the entity with id that
// label names as the editor shows it, ignoring case: "Minutes" on a session
// gives "minutes", "Safety check expires" on an expert
// "safety_check.expires". A per-level field takes its level after " at "
// ("Own name at Proficient" gives "labels.<level id>"). It returns "" when
// the entity has no field of that label.
func FieldByLabel(p *Project, id, label string) string {
	loc, ok := locate(p, id)
	if !ok {
		return ""
	}
	text := strings.TrimSpace(label)
	name, level, perLevel := strings.Cut(text, " at ")
	level = strings.Trim(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(level), "level ")), `"`)
	keys := make([]string, 0, len(fieldLabels[loc.kind]))
	for key := range fieldLabels[loc.kind] {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		want := fieldLabels[loc.kind][key]
		switch {
		case strings.EqualFold(want, text):
			if _, err := p.Field(id, key); err == nil {
				return key
			}
		case perLevel && strings.EqualFold(want, strings.TrimSpace(name)):
			full := KeyedField(p, id, key+"."+level)
			_, lid, _ := strings.Cut(full, ".")
			if _, err := p.Field(id, full); err == nil && p.Index()[lid].Kind == KindLevel {
				return full
			}
		}
	}
	return ""
}
