package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// TitleClash says what importing does with a rubric whose title a rubric of
// the unit already has.
type TitleClash int

// What to do about a title clash.
const (
	// ClashRefuse imports nothing and returns a *ClashError.
	ClashRefuse TitleClash = iota
	// ClashReplace puts the imported rubric in the old one's place; what
	// was marked with the old one (assessments, judging rounds) is marked
	// with the new one.
	ClashReplace
	// ClashKeepBoth keeps the old rubric and adds the imported one with a
	// number after its title: "Essay (2)".
	ClashKeepBoth
)

// ClashError names the imported rubrics whose titles the unit already has.
type ClashError struct {
	Titles []string
}

func (e *ClashError) Error() string {
	q := make([]string, len(e.Titles))
	for i, t := range e.Titles {
		q[i] = fmt.Sprintf("%q", t)
	}
	if len(q) == 1 {
		return "the unit already has a rubric called " + q[0]
	}
	return "the unit already has rubrics called " + strings.Join(q, ", ")
}

// PlaceRubricsEdit returns the edit that adds imported rubrics to p as one
// undoable step, doing what clash says with each whose title p has (titles
// compare as written, ignoring spaces around them). A rubric kept beside
// one of the same title is renamed in rubrics.
func PlaceRubricsEdit(p *model.Project, rubrics []model.Rubric, clash TitleClash) (model.Edit, error) {
	existing := map[string]int{}
	for i, r := range p.Rubrics {
		if _, ok := existing[strings.TrimSpace(r.Title)]; !ok {
			existing[strings.TrimSpace(r.Title)] = i
		}
	}
	var clashes []string
	for _, r := range rubrics {
		if _, ok := existing[strings.TrimSpace(r.Title)]; ok {
			clashes = append(clashes, r.Title)
		}
	}
	if len(clashes) > 0 && clash == ClashRefuse {
		return nil, &ClashError{clashes}
	}
	var edits []model.Edit
	taken := func(t string) bool { _, ok := existing[strings.TrimSpace(t)]; return ok }
	for k := range rubrics {
		r := &rubrics[k]
		i, ok := existing[strings.TrimSpace(r.Title)]
		switch {
		case !ok:
			edits = append(edits, model.Add(*r, "", -1))
		case clash == ClashReplace:
			old := p.Rubrics[i]
			for _, use := range p.LinksTo(old.ID) {
				if v, err := p.Field(use.ID, use.Field); err == nil && v == old.ID {
					edits = append(edits, model.Set(use.ID, use.Field, r.ID))
				}
			}
			edits = append(edits, model.Delete(old.ID), model.Add(*r, "", i))
		default:
			base := r.Title
			for n := 2; taken(r.Title); n++ {
				r.Title = fmt.Sprintf("%s (%d)", base, n)
			}
			edits = append(edits, model.Add(*r, "", -1))
		}
		existing[strings.TrimSpace(r.Title)] = -1
	}
	return model.Batch(importLabel(rubrics), edits...), nil
}
