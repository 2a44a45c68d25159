package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// FindRubric returns the rubric of p whose id is query or whose title is
// query (ignoring case and surrounding space). When none or several match,
// the error lists the rubrics the unit has.
func FindRubric(p *model.Project, query string) (*model.Rubric, error) {
	names := make([]named, len(p.Rubrics))
	for i, r := range p.Rubrics {
		names[i] = named{r.ID, r.Title}
	}
	i, err := find("rubric", "rubrics", names, query)
	if err != nil {
		return nil, err
	}
	return &p.Rubrics[i], nil
}

// FindExpert returns the expert of p whose id is query or whose name is
// query (ignoring case and surrounding space). When none or several match,
// the error lists the experts the unit has.
func FindExpert(p *model.Project, query string) (*model.Expert, error) {
	names := make([]named, len(p.Experts))
	for i, e := range p.Experts {
		names[i] = named{e.ID, e.Name}
	}
	i, err := find("expert", "experts", names, query)
	if err != nil {
		return nil, err
	}
	return &p.Experts[i], nil
}

// named is an entity's id and human name, for lookups.
type named struct{ id, name string }

// find returns the index of the entity with id query, or of the only one
// whose name matches query.
func find(kind, plural string, names []named, query string) (int, error) {
	q := strings.TrimSpace(query)
	for i, n := range names {
		if n.id != "" && n.id == q {
			return i, nil
		}
	}
	var hits []int
	for i, n := range names {
		if strings.EqualFold(strings.TrimSpace(n.name), q) {
			hits = append(hits, i)
		}
	}
	switch {
	case len(hits) == 1:
		return hits[0], nil
	case len(names) == 0:
		return 0, fmt.Errorf("no %s %q: this unit has no %s", kind, query, plural)
	case len(hits) > 1:
		return 0, fmt.Errorf("%d %s are called %q; choose one by id:\n%s", len(hits), plural, query, listNames(names, hits))
	}
	all := make([]int, len(names))
	for i := range all {
		all[i] = i
	}
	return 0, fmt.Errorf("no %s %q in this unit; its %s are:\n%s", kind, query, plural, listNames(names, all))
}

// listNames writes one "  name (id ...)" line per entity.
func listNames(names []named, which []int) string {
	var b strings.Builder
	for k, i := range which {
		if k > 0 {
			b.WriteByte('\n')
		}
		name := strings.TrimSpace(names[i].name)
		if name == "" {
			name = "(untitled)"
		}
		fmt.Fprintf(&b, "  %s (id %s)", name, names[i].id)
	}
	return b.String()
}
