package model

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Validate checks p and returns its errors (a broken file) and readiness
// warnings (gaps to close before the unit runs), in document order.
func Validate(p *Project) []Diagnostic {
	v := &validator{p: p, index: p.Index()}
	v.ids()
	v.links()
	v.unit()
	v.people()
	v.sessions()
	v.rubrics()
	v.assessments()
	v.outcomes()
	v.others()
	v.judging()
	return v.out
}

type validator struct {
	p     *Project
	index map[string]Ref
	out   []Diagnostic
}

func (v *validator) add(sev Severity, id, field, format string, args ...any) {
	v.out = append(v.out, Diagnostic{Severity: sev, EntityID: id, Field: field, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) name(id string) string { return v.index[id].Describe() }

// links checks every link field of every entity, as the schema lists them:
// each id must name an entity of the right kind, in the same parent when the
// link asks for one.
func (v *validator) links() {
	walk(v.p, func(n node) bool {
		from := n.id()
		for _, l := range linksFrom(n.spec.Kind) {
			for _, id := range l.ids(n.elem) {
				v.link(from, n.parent, l, id)
			}
		}
		return true
	})
}

// link checks that id, named by the link field l of the entity from (held by
// parent), names an entity l may link to.
func (v *validator) link(from, parent string, l Link, id string) {
	if id == "" {
		return
	}
	ref, ok := v.index[id]
	want := l.To
	switch {
	case l.SameParent && (!ok || ref.Kind == want && ref.Parent != parent):
		v.add(Error, from, l.Field, "%s links to %s %s that is not in the %s (id %s)", capitalise(v.name(from)), article(want), want, specOf(want).Parent, id)
	case !ok:
		v.add(Error, from, l.Field, "%s links to %s %s that does not exist (id %s)", capitalise(v.name(from)), article(want), want, id)
	case ref.Kind != want:
		v.add(Error, from, l.Field, "%s links to %s where %s %s belongs", capitalise(v.name(from)), ref.Describe(), article(want), want)
	}
}

func (v *validator) ids() {
	seen := make(map[string]bool, len(v.index))
	check := func(id string, what string) {
		switch {
		case id == "":
			v.add(Error, "", "id", "%s has no id", capitalise(what))
		case seen[id]:
			v.add(Error, id, "id", "%s uses id %s, which another entity already uses", capitalise(what), id)
		}
		seen[id] = true
	}
	p := v.p
	walk(p, func(n node) bool {
		what := "the unit"
		if n.spec.Kind != KindUnit {
			name := ""
			if n.spec.name >= 0 {
				name = n.elem.Field(n.spec.name).String()
			}
			what = string(n.spec.Kind) + " " + quote(name)
			if n.spec.Kind == KindComment {
				what = "comment by " + quote(name)
			}
		}
		check(n.id(), what)
		return true
	})
	for _, t := range p.Deleted {
		if _, live := v.index[t.ID]; live && t.ID != "" {
			v.add(Warning, t.ID, "deleted", "%s is marked as deleted but still present", capitalise(v.name(t.ID)))
		}
	}
}

func (v *validator) unit() {
	p := v.p
	if strings.TrimSpace(p.Title) == "" {
		v.add(Warning, p.ID, "title", "The unit has no title")
	}
	u := p.Unit
	if !u.Start.IsZero() && !u.End.IsZero() && u.End.Before(u.Start) {
		v.add(Error, p.ID, "unit.end", "The unit ends (%s) before it starts (%s)", u.End, u.Start)
	}
	if strings.TrimSpace(u.DrivingQuestion) == "" {
		v.add(Warning, p.ID, "unit.driving_question", "The unit has no driving question")
	}
	if strings.TrimSpace(u.CentralGoal) == "" {
		v.add(Warning, p.ID, "unit.central_goal", "The unit has no central goal: partners and teachers need one shared aim")
	}
}

func (v *validator) people() {
	for _, x := range v.p.Partners {
		if x.Kind != "" && !IsOneOf(x.Kind, PartnerKinds) {
			v.add(Error, x.ID, "kind", "Partner %q has kind %q; use one of %s", x.Name, x.Kind, strings.Join(PartnerKinds, ", "))
		}
	}
	for _, x := range v.p.Experts {
		for _, r := range x.Roles {
			if !IsOneOf(r, Roles) {
				v.add(Error, x.ID, "roles", "Expert %q has role %q; use one of %s", x.Name, r, strings.Join(Roles, ", "))
			}
		}
	}
}

func (v *validator) sessions() {
	u := v.p.Unit
	var latest *Session // the latest dated session so far in list order
	zone := u.Zone()
	for i := range v.p.Sessions {
		s := &v.p.Sessions[i]
		name := capitalise(v.name(s.ID))
		switch {
		case s.Engagement == "":
			v.add(Warning, s.ID, "engagement", "%s does not say whether the community comes in or students go out", name)
		case !IsOneOf(s.Engagement, Engagements):
			v.add(Error, s.ID, "engagement", "%s has engagement %q; use in-class or in-community", name, s.Engagement)
		}
		if s.Minutes < 0 {
			v.add(Error, s.ID, "minutes", "%s lasts %d minutes; a length cannot be negative", name, s.Minutes)
		}
		if s.Start.Set && (s.Start.Hour > 23 || s.Start.Minute > 59 || s.Start.Hour < 0 || s.Start.Minute < 0) {
			v.add(Error, s.ID, "start", "%s starts at %s, which is not a time of day", name, s.Start)
		}
		if s.Lead == "" {
			v.add(Warning, s.ID, "lead", "%s has no lead: choose who runs it", name)
		}
		if s.Date.IsZero() {
			v.add(Warning, s.ID, "date", "%s has no date", name)
		} else if (!u.Start.IsZero() && s.Date.Before(u.Start)) || (!u.End.IsZero() && s.Date.After(u.End)) {
			v.add(Warning, s.ID, "date", "%s on %s falls outside the unit's dates (%s to %s)", name, s.Date, u.Start, u.End)
		}
		if !s.Date.IsZero() {
			if latest != nil && startsBefore(s, latest) {
				v.add(Warning, s.ID, "date", "%s on %s comes after %s on %s in the list, which is the teaching order the handouts follow: move it or change its date",
					name, s.Date, v.name(latest.ID), latest.Date)
			} else {
				latest = s
			}
			v.clockFit(s, name, zone)
		}
		v.safety(s)
	}
}

// clockFit warns when dated session s starts at a time the clocks in zone
// skip or show twice that night, saying when calendars and handouts put it.
func (v *validator) clockFit(s *Session, name string, zone *time.Location) {
	if zone == nil || !s.Start.Set {
		return
	}
	at, fit := LocalTime(zone, s.Date, s.Start)
	switch fit {
	case ClockSkipped:
		v.add(Warning, s.ID, "start", "%s starts at %s on %s, a time that does not exist in %s: the clocks skip it that night, so calendars and handouts show %s",
			name, s.Start, s.Date, zone, at.Format("15:04"))
	case ClockRepeated:
		v.add(Warning, s.ID, "start", "%s starts at %s on %s, a time that occurs twice in %s as the clocks go back that night: calendars and handouts mean the first (%s)",
			name, s.Start, s.Date, zone, at.Format("15:04 MST"))
	}
}

// startsBefore reports whether dated session a starts before dated session
// b: on an earlier day, or earlier on the same day when both have a time.
func startsBefore(a, b *Session) bool {
	if c := a.Date.Compare(b.Date); c != 0 || !a.Start.Set || !b.Start.Set {
		return c < 0
	}
	return a.Start.Hour*3600+a.Start.Minute*60+a.Start.Second < b.Start.Hour*3600+b.Start.Minute*60+b.Start.Second
}

// safety warns about each community member booked on s without a check valid on its date.
func (v *validator) safety(s *Session) {
	people := s.Experts
	if s.Lead != "" && !contains(people, s.Lead) {
		people = append([]string{s.Lead}, people...)
	}
	for _, id := range people {
		e := v.p.Expert(id)
		if e == nil || e.IsSchoolStaff() {
			continue
		}
		switch e.SafetyStatus(s.Date) {
		case SafetyNone:
			v.add(Warning, e.ID, "safety_check", "Expert %q has no safety check recorded but works with students in session %q", e.Name, s.Title)
		case SafetyExpired:
			v.add(Warning, e.ID, "safety_check.expires", "The safety check of expert %q expires on %s, before session %q on %s", e.Name, e.SafetyCheck.Expires, s.Title, s.Date)
		}
	}
}

func (v *validator) rubrics() {
	for i := range v.p.Rubrics {
		r := &v.p.Rubrics[i]
		name := capitalise(v.name(r.ID))
		if len(r.Levels) == 0 {
			v.add(Warning, r.ID, "levels", "%s has no levels", name)
		}
		if len(r.Criteria) == 0 {
			v.add(Warning, r.ID, "criteria", "%s has no criteria", name)
		}
		for _, a := range StaleApprovals(r) {
			v.add(Warning, r.ID, "approvals", "%s was approved by %s on %s but has changed since", name, a.By, a.At.UTC().Format("2006-01-02"))
		}
		labels := map[string]bool{}
		for _, l := range r.Levels {
			if math.IsNaN(l.Points) || math.IsInf(l.Points, 0) {
				v.add(Error, l.ID, "points", "Level %q of %s has %v points; points must be a number", l.Label, v.name(r.ID), l.Points)
			}
			if labels[l.Label] {
				v.add(Warning, l.ID, "label", "%s has two levels called %q", name, l.Label)
			}
			labels[l.Label] = true
		}
		for _, c := range r.Criteria {
			cname := fmt.Sprintf("Criterion %q of %s", c.Title, v.name(r.ID))
			if c.Weight < 0 || c.Weight > 1000 {
				v.add(Error, c.ID, "weight", "%s has weight %d; a weight is a whole number from 0 to 1000", cname, c.Weight)
			}
			v.ratings(r, &c, cname)
			for _, l := range r.Levels {
				if c.Offers(l.ID) && strings.TrimSpace(c.Descriptors[l.ID]) == "" {
					v.add(Warning, c.ID, "descriptors."+l.ID, "%s has no descriptor for level %q", cname, l.Label)
				}
			}
		}
	}
	v.exportLosses()
}

func (v *validator) assessments() {
	for _, a := range v.p.Assessments {
		if a.Rubric == "" {
			v.add(Warning, a.ID, "rubric", "%s has no rubric", capitalise(v.name(a.ID)))
		}
	}
}

// outcomes warns about outcomes no session teaches or nothing assesses.
func (v *validator) outcomes() {
	taught := map[string]bool{}
	assessed := map[string]bool{}
	for _, s := range v.p.Sessions {
		for _, o := range s.Outcomes {
			taught[o] = true
		}
	}
	for _, a := range v.p.Assessments {
		for _, o := range a.Outcomes {
			assessed[o] = true
		}
	}
	for _, r := range v.p.Rubrics {
		for _, c := range r.Criteria {
			for _, o := range c.Outcomes {
				assessed[o] = true
			}
		}
	}
	for _, o := range v.p.Outcomes {
		if !taught[o.ID] {
			v.add(Warning, o.ID, "", "Outcome %s is never taught: no session covers it", outcomeName(o))
		}
		if !assessed[o.ID] {
			v.add(Warning, o.ID, "", "Outcome %s is never assessed: no assessment or rubric criterion covers it", outcomeName(o))
		}
	}
}

func (v *validator) others() {
	for _, r := range v.p.Responsibilities {
		if !IsOneOf(r.Party, Parties) {
			v.add(Error, r.ID, "party", "Responsibility %q has party %q; use school, partner or students", r.Task, r.Party)
		}
	}
	for _, c := range v.p.Comments {
		if c.Status != "" && !IsOneOf(c.Status, CommentStatuses) {
			v.add(Error, c.ID, "status", "Comment by %q has status %q; use one of %s", c.Author, c.Status, joinValues(CommentStatuses))
		}
		if _, ok := v.index[c.Target]; !ok && c.Status == StatusOpen {
			v.add(Warning, c.ID, "target", "Comment by %q is about something that is no longer in the unit", c.Author)
		}
	}
}

// joinValues writes allowed values as "a, b, c".
func joinValues[T ~string](values []T) string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

func article(k Kind) string {
	if strings.ContainsRune("aeiou", rune(k[0])) {
		return "an"
	}
	return "a"
}

func outcomeName(o Outcome) string {
	if o.Code != "" {
		return o.Code
	}
	return quote(o.Text)
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
