package model

import (
	"fmt"
	"strings"
	"time"
)

// Delete removes the entity with id, leaves a tombstone so merges do not bring
// it back, and unlinks it everywhere it was named: an expert leaves the
// sessions that booked them, an outcome leaves sessions, criteria and
// assessments, a rubric leaves its assessments, a level takes its descriptors
// with it. The summary says what was unlinked. Undo restores all of it.
func Delete(id string) Edit { return &deleteEdit{id: id} }

type deleteEdit struct{ id string }

func (e *deleteEdit) targets() []string { return []string{e.id} }

func (e *deleteEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	loc, ok := locate(p, e.id)
	if !ok || loc.kind == KindUnit {
		return nil, "", fmt.Errorf("delete: no entity with id %s", e.id)
	}
	fixes, notes := unlinkEdits(p, loc)
	name := p.Index()[e.id].Describe()
	inv, _, err := Batch("", append(fixes, &removeEdit{id: e.id})...).apply(p, now)
	if err != nil {
		return nil, "", err
	}
	summary := "Deleted " + name
	if len(notes) > 0 {
		summary += " and removed it from " + strings.Join(notes, ", ")
	}
	return inv, summary, nil
}

// unlinkEdits lists the edits that remove links to the entity at loc, with
// notes such as "2 sessions" for the summary.
func unlinkEdits(p *Project, loc location) ([]Edit, []string) {
	id := loc.elem.FieldByName("ID").String()
	var edits []Edit
	counts := map[string]int{}
	order := []string{}
	note := func(what string) {
		if counts[what] == 0 {
			order = append(order, what)
		}
		counts[what]++
	}
	dropFrom := func(owner, field string, list []string, what string) {
		if contains(list, id) {
			edits = append(edits, Set(owner, field, without(list, id)))
			note(what)
		}
	}
	switch loc.kind {
	case KindExpert:
		for _, s := range p.Sessions {
			if s.Lead == id {
				edits = append(edits, Set(s.ID, "lead", ""))
			}
			if s.Lead == id || contains(s.Experts, id) {
				note("session")
			}
			dropFrom(s.ID, "experts", s.Experts, "")
		}
	case KindPartner:
		for _, x := range p.Experts {
			if x.Partner == id {
				edits = append(edits, Set(x.ID, "partner", ""))
				note("expert")
			}
		}
	case KindOutcome:
		for _, s := range p.Sessions {
			dropFrom(s.ID, "outcomes", s.Outcomes, "session")
		}
		for _, r := range p.Rubrics {
			for _, c := range r.Criteria {
				dropFrom(c.ID, "outcomes", c.Outcomes, "criterion")
			}
		}
		for _, a := range p.Assessments {
			dropFrom(a.ID, "outcomes", a.Outcomes, "assessment")
		}
	case KindRubric:
		for _, a := range p.Assessments {
			if a.Rubric == id {
				edits = append(edits, Set(a.ID, "rubric", ""))
				note("assessment")
			}
		}
	case KindLevel:
		if r := p.Rubric(loc.parent); r != nil {
			for _, c := range r.Criteria {
				if _, ok := c.Descriptors[id]; ok {
					edits = append(edits, Set(c.ID, "descriptors."+id, nil))
				}
			}
		}
	}
	delete(counts, "")
	var notes []string
	for _, what := range order {
		if what == "" {
			continue
		}
		n := counts[what]
		plural := what + "s"
		if what == "criterion" {
			plural = "criteria"
		}
		if n == 1 {
			notes = append(notes, "1 "+what)
		} else {
			notes = append(notes, fmt.Sprintf("%d %s", n, plural))
		}
	}
	return edits, notes
}

func without(list []string, id string) []string {
	out := make([]string, 0, len(list))
	for _, x := range list {
		if x != id {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
