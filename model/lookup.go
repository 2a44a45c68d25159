package model

import "fmt"

// Kind names a kind of entity.
type Kind string

// Kinds of entity.
const (
	KindUnit           Kind = "unit"
	KindPartner        Kind = "partner"
	KindExpert         Kind = "expert"
	KindOutcome        Kind = "outcome"
	KindSession        Kind = "session"
	KindRubric         Kind = "rubric"
	KindLevel          Kind = "level"
	KindCriterion      Kind = "criterion"
	KindAssessment     Kind = "assessment"
	KindResponsibility Kind = "responsibility"
	KindComment        Kind = "comment"
)

// Ref says what an id names: its kind, a human name, and the rubric that
// holds it for levels and criteria.
type Ref struct {
	Kind   Kind
	Name   string
	Parent string
}

// Describe writes the ref for a sentence, such as `session "Site visit"`.
func (r Ref) Describe() string {
	if r.Name == "" {
		return fmt.Sprintf("untitled %s", r.Kind)
	}
	return fmt.Sprintf("%s %q", r.Kind, r.Name)
}

// Index maps every entity id in p to what it names.
func (p *Project) Index() map[string]Ref {
	n := 1 + len(p.Partners) + len(p.Experts) + len(p.Outcomes) + len(p.Sessions) +
		len(p.Assessments) + len(p.Responsibilities) + len(p.Comments)
	for _, r := range p.Rubrics {
		n += 1 + len(r.Levels) + len(r.Criteria)
	}
	m := make(map[string]Ref, n)
	m[p.ID] = Ref{Kind: KindUnit, Name: p.Title}
	for _, x := range p.Partners {
		m[x.ID] = Ref{Kind: KindPartner, Name: x.Name}
	}
	for _, x := range p.Experts {
		m[x.ID] = Ref{Kind: KindExpert, Name: x.Name}
	}
	for _, x := range p.Outcomes {
		m[x.ID] = Ref{Kind: KindOutcome, Name: x.Code}
	}
	for _, x := range p.Sessions {
		m[x.ID] = Ref{Kind: KindSession, Name: x.Title}
	}
	for _, r := range p.Rubrics {
		m[r.ID] = Ref{Kind: KindRubric, Name: r.Title}
		for _, l := range r.Levels {
			m[l.ID] = Ref{Kind: KindLevel, Name: l.Label, Parent: r.ID}
		}
		for _, c := range r.Criteria {
			m[c.ID] = Ref{Kind: KindCriterion, Name: c.Title, Parent: r.ID}
		}
	}
	for _, x := range p.Assessments {
		m[x.ID] = Ref{Kind: KindAssessment, Name: x.Title}
	}
	for _, x := range p.Responsibilities {
		m[x.ID] = Ref{Kind: KindResponsibility, Name: x.Task}
	}
	for _, x := range p.Comments {
		m[x.ID] = Ref{Kind: KindComment, Name: x.Author}
	}
	return m
}

// Expert returns the expert with id, or nil.
func (p *Project) Expert(id string) *Expert {
	for i := range p.Experts {
		if p.Experts[i].ID == id {
			return &p.Experts[i]
		}
	}
	return nil
}

// Partner returns the partner with id, or nil.
func (p *Project) Partner(id string) *Partner {
	for i := range p.Partners {
		if p.Partners[i].ID == id {
			return &p.Partners[i]
		}
	}
	return nil
}

// Outcome returns the outcome with id, or nil.
func (p *Project) Outcome(id string) *Outcome {
	for i := range p.Outcomes {
		if p.Outcomes[i].ID == id {
			return &p.Outcomes[i]
		}
	}
	return nil
}

// Session returns the session with id, or nil.
func (p *Project) Session(id string) *Session {
	for i := range p.Sessions {
		if p.Sessions[i].ID == id {
			return &p.Sessions[i]
		}
	}
	return nil
}

// Rubric returns the rubric with id, or nil.
func (p *Project) Rubric(id string) *Rubric {
	for i := range p.Rubrics {
		if p.Rubrics[i].ID == id {
			return &p.Rubrics[i]
		}
	}
	return nil
}

// Assessment returns the assessment with id, or nil.
func (p *Project) Assessment(id string) *Assessment {
	for i := range p.Assessments {
		if p.Assessments[i].ID == id {
			return &p.Assessments[i]
		}
	}
	return nil
}

// SessionsOf returns the sessions an expert leads or contributes to, in unit order.
func (p *Project) SessionsOf(expertID string) []*Session {
	var out []*Session
	for i := range p.Sessions {
		s := &p.Sessions[i]
		if s.Lead == expertID || contains(s.Experts, expertID) {
			out = append(out, s)
		}
	}
	return out
}

// IsSchoolStaff reports whether every role of e is teacher: school staff are
// checked by their employer, so Coplan does not ask for their safety check.
func (e *Expert) IsSchoolStaff() bool {
	if len(e.Roles) == 0 {
		return false
	}
	for _, r := range e.Roles {
		if r != RoleTeacher {
			return false
		}
	}
	return true
}

// SafetyStatus says whether the expert's safety check covers date d:
// "none" (no check recorded), "expired", "valid", or "unknown" (no expiry recorded).
func (e *Expert) SafetyStatus(d Date) string {
	c := e.SafetyCheck
	switch {
	case c.Kind == "" && c.Number == "":
		return "none"
	case c.Expires.IsZero():
		return "unknown"
	case !d.IsZero() && d.After(c.Expires):
		return "expired"
	}
	return "valid"
}

// IsDeleted reports whether id has a tombstone.
func (p *Project) IsDeleted(id string) bool {
	for _, t := range p.Deleted {
		if t.ID == id {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// BestPoints returns the points of the rubric's highest level (0 with no levels).
func (r *Rubric) BestPoints() float64 {
	best := 0.0
	for _, l := range r.Levels {
		best = max(best, l.Points)
	}
	return best
}

// MaxPoints returns the best possible total: every criterion marked at the
// highest level. Weights say how much each criterion counts towards the
// grade; they do not change the points on the sheet.
func (r *Rubric) MaxPoints() float64 { return r.BestPoints() * float64(len(r.Criteria)) }
