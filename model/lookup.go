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
	KindTeam           Kind = "team"
	KindRound          Kind = "round"
	KindAssignment     Kind = "assignment"
	KindScore          Kind = "score"
	KindFeedback       Kind = "feedback"
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
	m := make(map[string]Ref, p.count())
	walk(p, func(n node) bool {
		ref := Ref{Kind: n.spec.Kind, Parent: n.parent}
		if n.spec.name >= 0 {
			ref.Name = n.elem.Field(n.spec.name).String()
		}
		if describe := describers[n.spec.Kind]; describe != nil {
			ref.Name = describe(n.elem, m)
		}
		m[n.id()] = ref
		return true
	})
	return m
}

// count returns a quick estimate of the number of entities in p.
func (p *Project) count() int {
	n := 1 + len(p.Partners) + len(p.Experts) + len(p.Outcomes) + len(p.Sessions) +
		len(p.Assessments) + len(p.Responsibilities) + len(p.Comments) +
		len(p.Teams) + len(p.Rounds) + len(p.Assignments) + len(p.Scores) + len(p.Feedback)
	for _, r := range p.Rubrics {
		n += 1 + len(r.Levels) + len(r.Criteria)
	}
	return n
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

// SessionsOf returns the sessions that link to an expert (they lead it or
// the expert contributes), in unit order.
func (p *Project) SessionsOf(expertID string) []*Session {
	var out []*Session
	for _, use := range p.LinksTo(expertID) {
		if s := p.Session(use.ID); use.Kind == KindSession && (len(out) == 0 || out[len(out)-1] != s) {
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

// SafetyStatus says whether the expert's safety check covers date d.
func (e *Expert) SafetyStatus(d Date) SafetyStatus {
	c := e.SafetyCheck
	switch {
	case c.Kind == "" && c.Number == "":
		return SafetyNone
	case c.Expires.IsZero():
		return SafetyUnknown
	case !d.IsZero() && d.After(c.Expires):
		return SafetyExpired
	}
	return SafetyValid
}

// WorstSafety returns the worst status the expert's safety check has on the
// dates of the sessions that book them (see SafetyStatus.Worse): SafetyValid
// for school staff and for experts booked on no session.
func (p *Project) WorstSafety(e *Expert) SafetyStatus {
	worst := SafetyValid
	if e.IsSchoolStaff() {
		return worst
	}
	for _, s := range p.SessionsOf(e.ID) {
		if st := e.SafetyStatus(s.Date); st.Worse(worst) {
			worst = st
		}
	}
	return worst
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
