package model

import (
	"math"
	"strings"
)

// ratings checks what criterion c of r gives its ratings of its own: their
// points are numbers, and it offers at least one rating.
func (v *validator) ratings(r *Rubric, c *Criterion, cname string) {
	for _, l := range r.Levels {
		if p, ok := c.Points[l.ID]; ok && (math.IsNaN(p) || math.IsInf(p, 0)) {
			v.add(Error, c.ID, "points."+l.ID, "%s has %v points at level %q; points must be a number", cname, p, l.Label)
		}
	}
	if len(r.Levels) > 0 && len(r.Ratings(c)) == 0 {
		v.add(Warning, c.ID, "unused", "%s offers no rating at any level", cname)
	}
}

// exportLosses warns where a rubric export would lose or change something:
// a rating without a name (Canvas leaves it out), two rubrics with one title
// (Canvas makes them one rubric), an unscored rubric (the spreadsheets give
// every rating 0 points), and line breaks Moodle's layout flattens.
func (v *validator) exportLosses() {
	titles := map[string]bool{}
	for i := range v.p.Rubrics {
		r := &v.p.Rubrics[i]
		name := capitalise(v.name(r.ID))
		key := strings.TrimSpace(r.Title)
		if titles[key] {
			v.add(Warning, r.ID, "title", "%s has the same title as another rubric; a Canvas spreadsheet would make them one rubric", name)
		}
		titles[key] = true
		if r.Unscored && len(r.Criteria) > 0 {
			v.add(Warning, r.ID, "unscored", "%s is unscored; the Canvas and Moodle spreadsheets give every rating 0 points", name)
		}
		for _, l := range r.Levels {
			if strings.TrimSpace(l.Label) != "" {
				continue
			}
			for ci := range r.Criteria {
				if c := &r.Criteria[ci]; c.Offers(l.ID) && c.Labels[l.ID] == "" {
					v.add(Warning, l.ID, "label", "A level of %s has no name; Canvas leaves out a rating without a name", v.name(r.ID))
					break
				}
			}
		}
		for ci := range r.Criteria {
			c := &r.Criteria[ci]
			for _, l := range r.Levels {
				if s, ok := c.Labels[l.ID]; ok && c.Offers(l.ID) && strings.TrimSpace(s) == "" && strings.TrimSpace(l.Label) != "" {
					v.add(Warning, c.ID, "labels."+l.ID, "Criterion %q of %s has a rating with no name; Canvas leaves out a rating without a name", c.Title, v.name(r.ID))
				}
			}
		}
	}
}
