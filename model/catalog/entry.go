package catalog

import (
	"strings"
	"time"

	"coplan/model"
)

// NewEntry indexes a decoded unit. decodeWarnings is the number of warnings
// the decoder gave (unknown keys); model.Validate supplies the rest of the
// readiness counts. Path, Rel, Size and ModTime are left for the caller.
func NewEntry(p *model.Project, decodeWarnings int) *Entry {
	u := p.Unit
	e := &Entry{
		ID: p.ID, Title: p.Title, Updated: latestStamp(p),
		YearLevels: u.YearLevels, Subjects: u.Subjects,
		Start: u.Start.String(), End: u.End.String(), School: u.School,
		Problem: u.RealWorldProblem, DrivingQuestion: u.DrivingQuestion, CentralGoal: u.CentralGoal,
		Warnings: decodeWarnings,
	}
	partnerName := make(map[string]string, len(p.Partners))
	for _, x := range p.Partners {
		partnerName[x.ID] = x.Name
		e.Partners = append(e.Partners, Partner{Name: x.Name, Kind: x.Kind})
	}
	for _, x := range p.Experts {
		e.Experts = append(e.Experts, Expert{Name: x.Name, Partner: partnerName[x.Partner], Roles: x.Roles, Expertise: x.Expertise})
	}
	for _, x := range p.Outcomes {
		if x.Code != "" {
			e.Outcomes = append(e.Outcomes, x.Code)
		} else if x.Text != "" {
			e.Outcomes = append(e.Outcomes, x.Text)
		}
	}
	var first, last model.Date
	for _, s := range p.Sessions {
		e.Sessions = append(e.Sessions, Session{Title: s.Title, Date: s.Date.String(), Minutes: s.Minutes, Engagement: s.Engagement})
		switch s.Engagement {
		case model.InClass:
			e.InClass++
		case model.InCommunity:
			e.InCommunity++
		}
		if !s.Date.IsZero() {
			if first.IsZero() || s.Date.Before(first) {
				first = s.Date
			}
			if s.Date.After(last) {
				last = s.Date
			}
		}
	}
	if e.Start == "" {
		e.Start = first.String()
	}
	if e.End == "" {
		e.End = last.String()
	}
	for _, r := range p.Rubrics {
		x := Rubric{ID: r.ID, Title: r.Title, FromFile: r.CopiedFrom.File, FromRubric: r.CopiedFrom.Rubric}
		for _, l := range r.Levels {
			x.Levels = append(x.Levels, l.Label)
		}
		for _, c := range r.Criteria {
			x.Criteria = append(x.Criteria, c.Title)
		}
		e.Rubrics = append(e.Rubrics, x)
	}
	for _, d := range model.Validate(p) {
		if d.Severity == model.Error {
			e.Errors++
		} else {
			e.Warnings++
		}
	}
	return e
}

// latestStamp returns the latest updated time of the unit and its entities.
func latestStamp(p *model.Project) time.Time {
	t := p.Updated
	later := func(u time.Time) {
		if u.After(t) {
			t = u
		}
	}
	for _, x := range p.Partners {
		later(x.Updated)
	}
	for _, x := range p.Experts {
		later(x.Updated)
	}
	for _, x := range p.Outcomes {
		later(x.Updated)
	}
	for _, x := range p.Sessions {
		later(x.Updated)
	}
	for _, r := range p.Rubrics {
		later(r.Updated)
		for _, l := range r.Levels {
			later(l.Updated)
		}
		for _, c := range r.Criteria {
			later(c.Updated)
		}
	}
	for _, x := range p.Assessments {
		later(x.Updated)
	}
	for _, x := range p.Responsibilities {
		later(x.Updated)
	}
	for _, x := range p.Comments {
		later(x.Updated)
	}
	return t.UTC()
}

// searchText returns the folded text that Search matches against: every
// indexed field, one per line, so that a word never runs across two fields.
func (e *Entry) searchText() string {
	var b strings.Builder
	b.Grow(1024)
	add := func(s ...string) {
		for _, x := range s {
			if x != "" {
				b.WriteString(x)
				b.WriteByte('\n')
			}
		}
	}
	add(e.Title, e.Rel, e.School, e.Problem, e.DrivingQuestion, e.CentralGoal, e.Start, e.End)
	add(e.YearLevels...)
	for _, y := range e.YearLevels {
		add("year " + y)
	}
	add(e.Subjects...)
	for _, x := range e.Partners {
		add(x.Name, x.Kind)
	}
	for _, x := range e.Experts {
		add(x.Name, x.Partner, x.Expertise)
		add(x.Roles...)
	}
	add(e.Outcomes...)
	for _, x := range e.Sessions {
		add(x.Title, x.Date, x.Engagement)
	}
	for _, x := range e.Rubrics {
		add(x.Title)
		add(x.Criteria...)
		add(x.Levels...)
	}
	return Fold(b.String())
}
