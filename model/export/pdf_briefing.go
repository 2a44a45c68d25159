package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// writeBriefings prints one briefing per expert, each starting on a new page.
func writeBriefings(d *doc, p *model.Project, es []*model.Expert) {
	if len(es) == 0 {
		d.title(titleOr(p.Title, "Untitled unit"), "Expert briefing")
		d.note("This unit has no experts from the community to brief yet.")
		return
	}
	for i, e := range es {
		name := "Briefing for " + titleOr(e.Name, "Unnamed expert")
		d.startPart(footerTitle(p, name), i == 0)
		writeBriefing(d, p, e)
	}
}

// writeBriefing prints what one expert needs to know: the unit in short,
// their sessions, what students will know by then, what they have agreed
// to do, whom to call and their safety check.
func writeBriefing(d *doc, p *model.Project, e *model.Expert) {
	n := names{p}
	name := titleOr(e.Name, "Unnamed expert")
	org := n.partner(e.Partner)
	d.title("Briefing for "+name, joinNonEmpty("  ·  ", org, roles(e.Roles), titleOr(p.Title, "Untitled unit")))

	d.heading("The unit in short", 0)
	d.para(unitSummary(p), stLead)
	d.field("CENTRAL GOAL", p.Unit.CentralGoal)

	sessions := p.SessionsOf(e.ID) // in teaching order: the unit's list order
	d.heading("Your sessions", 0)
	if len(sessions) == 0 {
		d.note("No sessions are booked for you yet. The school contact below will be in touch.")
	}
	all := allSessions(p)
	seen := map[string]bool{} // outcomes already listed for an earlier visit
	for _, s := range sessions {
		briefSession(d, p, n, e, s, all, seen)
	}

	d.heading("Your responsibilities", 0)
	rs := responsibilitiesOf(p, e)
	if len(rs) == 0 {
		d.note("Nothing is assigned to you beyond the sessions above.")
	} else {
		responsibilityTable(d, p, "Your responsibilities", rs)
	}

	schoolContact(d, p)

	// A check that expires before a session is repeated here, first,
	// where the school contact looks before the visits.
	safety := safetySummary(e)
	expired := expiredBefore(e, sessions)
	d.headingKeep("Safety check", 0, safetyWarningHeight(d, len(expired))+height(lines(safety, stBody, d.width())))
	safetyWarning(d, p, e, expired)
	d.para(safety, stBody)
}

// schoolContact prints whom at the school to call, kept with its heading.
func schoolContact(d *doc, p *model.Project) {
	u := p.Unit
	contact := [][2]string{
		{"School", u.School},
		{"Contact", u.Contact},
		{"Email", u.ContactEmail},
		{"Phone", phone(u.ContactPhone)},
	}
	d.headingKeep("School contact", 0, max(18, d.factsHeight(contact)))
	if strings.TrimSpace(u.School+u.Contact+u.ContactEmail+u.ContactPhone) == "" {
		d.note("The school has not named a contact yet.")
	}
	d.facts(contact)
}

// unitSummary is the unit in two sentences: who and what, then the question.
func unitSummary(p *model.Project) string {
	u := p.Unit
	who := "students"
	if yl := yearLevels(u.YearLevels); yl != "" {
		who = yl + " students"
	}
	subjects := nonEmpty(u.Subjects)
	s := fmt.Sprintf("“%s” is a unit for %s", titleOr(p.Title, "Untitled unit"), who)
	if len(subjects) > 0 {
		s += " in " + joinAnd(subjects)
	}
	if u.School != "" {
		s += " at " + strings.TrimSpace(u.School)
	}
	if !u.Start.IsZero() && !u.End.IsZero() {
		s += fmt.Sprintf(", from %s to %s", shortDate(u.Start), shortDate(u.End))
	}
	s += "."
	switch {
	case strings.TrimSpace(u.DrivingQuestion) != "":
		s += " Students are working on the question: " + sentence(u.DrivingQuestion)
	case strings.TrimSpace(u.RealWorldProblem) != "":
		s += " Students are working on a real-world problem: " + sentence(u.RealWorldProblem)
	}
	return s
}

// sentence trims s and ends it with a full stop unless it has one.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".?!") {
		return s
	}
	return s + "."
}

// joinAnd writes "a", "a and b" or "a, b and c".
func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// briefSession prints one of the expert's sessions as a block of facts.
func briefSession(d *doc, p *model.Project, n names, e *model.Expert, s *model.Session, all []*model.Session, seen map[string]bool) {
	role := sessionRole(p, e, s)
	others := n.experts(s.Experts, e.ID)
	lead := ""
	if s.Lead != e.ID {
		lead = n.expert(s.Lead)
	}
	where := engagementMark(s.Engagement) + " " + engagementTag(s.Engagement)
	if m := engagementMeaning(s.Engagement); m != "" {
		where += " (" + m + ")"
	}
	sessionFacts(d, p, s, [][2]string{
		{"Where", joinNonEmpty(" — ", s.Location, where)},
		{"Your role", role},
		{"Led by", lead},
		{"With", strings.Join(others, ", ")},
		{"Prepare", s.Prep},
		{"Notes", s.Notes},
		{"Safety check", safetyOn(e, s.Date)},
	})
	beforeVisit(d, p, s, all, seen)
}

// sessionFacts prints a session's heading (date, time and title) and its
// facts, keeping the heading on a page with the facts facts keeps together.
func sessionFacts(d *doc, p *model.Project, s *model.Session, pairs [][2]string) {
	head := joinNonEmpty("  ·  ", dateOr(s.Date, "Date to be set"), timeRange(p, s), titleOr(s.Title, "Untitled session"))
	fs, _, total := d.layoutFacts(pairs)
	follow := total
	if total > 45 && len(fs) > 0 { // facts keeps only a long list's first line with it
		follow = height(fs[0].value[:1])
	}
	d.headingKeep(head, 1, follow)
	d.facts(pairs)
}

// beforeVisit prints what students will have learned before session s that
// an earlier visit in seen did not already list, and adds it to seen.
func beforeVisit(d *doc, p *model.Project, s *model.Session, all []*model.Session, seen map[string]bool) {
	before := learnedBefore(p, s, all, seen)
	d.y += 0.8
	if len(before) > 0 {
		d.need(stLabel.lineHeight() + 2*stBody.lineHeight()) // the label with its first item
	}
	switch {
	case len(before) > 0 && len(seen) > len(before):
		d.para("Since your last visit, students will also have learned:", stLabel)
		d.bullets(before, stBody)
	case len(before) > 0:
		d.para("Before this visit, students will have learned:", stLabel)
		d.bullets(before, stBody)
	case len(seen) > 0:
		d.para("Students meet no new outcomes between your last visit and this one.", stSmall)
	default:
		d.para("Students meet no outcomes before this visit: it opens their work.", stSmall)
	}
	d.y += 2
}

// learnedBefore lists the outcomes of the sessions that come before s in
// all (the sessions in teaching order, which is the unit's list order,
// whether dated or not) that are not yet in seen, and adds them to seen.
func learnedBefore(p *model.Project, s *model.Session, all []*model.Session, seen map[string]bool) []string {
	var out []string
	for _, x := range all {
		if x == s {
			break
		}
		for _, id := range x.Outcomes {
			o := p.Outcome(id)
			if o == nil || seen[id] {
				continue
			}
			seen[id] = true
			out = append(out, outcomeLine(o))
		}
	}
	return out
}

// responsibilitiesOf returns the responsibilities e does: those whose owner
// (model.Project.OwnerOf) is e, those whose owner is e's organisation, and
// the partners' tasks with no owner at all.
func responsibilitiesOf(p *model.Project, e *model.Expert) []model.Responsibility {
	var out []model.Responsibility
	for i := range p.Responsibilities {
		r := &p.Responsibilities[i]
		o := p.OwnerOf(r)
		mine := false
		switch {
		case o.Expert != nil:
			mine = o.Expert.ID == e.ID
		case o.Partner != nil:
			mine = e.Partner != "" && o.Partner.ID == e.Partner
		case o.Text == "":
			mine = r.Party == model.PartyPartner && !e.IsSchoolStaff()
		}
		if mine {
			out = append(out, *r)
		}
	}
	return out
}

// safetyOn says whether e's safety check covers date.
func safetyOn(e *model.Expert, date model.Date) string {
	if e.IsSchoolStaff() {
		return "Not needed: school staff"
	}
	switch e.SafetyStatus(date) {
	case "none":
		return "REQUIRED: no safety check recorded yet"
	case "expired":
		return fmt.Sprintf("EXPIRED: the check ends %s, before this session", shortDate(e.SafetyCheck.Expires))
	case "unknown":
		return "Recorded; expiry date not known — please confirm"
	}
	if date.IsZero() {
		return fmt.Sprintf("Recorded, valid until %s", shortDate(e.SafetyCheck.Expires))
	}
	return fmt.Sprintf("Valid on this date (until %s)", shortDate(e.SafetyCheck.Expires))
}

// safetySummary describes the check an expert needs and what is on record.
func safetySummary(e *model.Expert) string {
	if e.IsSchoolStaff() {
		return "As school staff you are checked by your employer; no separate check is recorded here."
	}
	c := e.SafetyCheck
	kind := firstNonEmpty(c.Kind, "A safety check for working with children (such as a Working With Children Check or background check)")
	s := kind + " is required for every session with students."
	if c.Kind == "" && c.Number == "" {
		return s + " None is recorded for you yet: please send the school contact your check's details before your first session."
	}
	rec := joinNonEmpty(", ", c.Kind, c.Jurisdiction)
	if c.Number != "" {
		rec += ", number " + c.Number
	}
	if !c.Expires.IsZero() {
		rec += ", valid until " + shortDate(c.Expires)
	}
	return s + " On record: " + strings.TrimPrefix(rec, ", ") + "."
}
