package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// writePartnerBriefings prints one briefing per partner organisation, each
// starting on a new page.
func writePartnerBriefings(d *doc, p *model.Project, xs []*model.Partner) {
	if len(xs) == 0 {
		d.title(titleOr(p.Title, "Untitled unit"), partnerBriefingTitle)
		d.note("This unit has no partner organisations to brief yet.")
		return
	}
	for i, x := range xs {
		name := "Briefing for " + titleOr(x.Name, "Unnamed partner")
		d.startPart(footerTitle(p, name), i == 0)
		writePartnerBriefing(d, p, x)
	}
}

// writePartnerBriefing prints what a partner organisation needs to know:
// its details as the school has them, the unit in short, its people, every
// session they take part in with what students will know by then, the
// tasks it or its people have agreed to do, and whom to call. The partner's
// private notes are the teacher's own and never printed.
func writePartnerBriefing(d *doc, p *model.Project, x *model.Partner) {
	n := names{p}
	name := titleOr(x.Name, "Unnamed partner")
	kind := ""
	if k := model.PartnerKindName(x.Kind); k != "" {
		kind = k + " partner"
	}
	d.title("Briefing for "+name, joinNonEmpty("  ·  ", kind, titleOr(p.Title, "Untitled unit")))

	d.facts([][2]string{
		{"Contact", x.Contact},
		{"Email", x.Email},
		{"Phone", phone(x.Phone)},
		{"Website", x.Website},
	})
	d.y += 1
	if strings.TrimSpace(x.Contact+x.Email+x.Phone) == "" {
		d.note("The school has no contact person for you on record: please send one to the school contact below.")
	} else {
		d.para("These are the details the school has for you: please tell the school contact below if any has changed.", stSmall)
	}

	d.heading("The unit in short", 0)
	d.para(unitSummary(p), stLead)
	d.field("CENTRAL GOAL", p.Unit.CentralGoal)

	people := peopleOf(p, x)
	visits := visitsOf(p, people)
	tasks := partnerTasks(p, x)
	if len(people) > 0 {
		partnerPeople(d, p, people, visits)
	}
	if len(visits) == 0 && len(tasks) == 0 {
		d.heading("Your part in the unit", 0)
		d.para(fmt.Sprintf("Nothing is assigned to %s in this unit yet: none of your people is booked for a session and no task is yours. The school contact below will be in touch.", name), stBody)
	} else {
		d.heading("Your sessions", 0)
		if len(visits) == 0 {
			d.note("None of your people is booked for a session yet. The school contact below will be in touch.")
		}
		all := allSessions(p)
		seen := map[string]bool{} // outcomes already listed for an earlier visit
		for _, v := range visits {
			partnerSession(d, p, n, v, all, seen)
		}
		d.heading("Your responsibilities", 0)
		if len(tasks) == 0 {
			d.note("Nothing is assigned to you beyond the sessions above.")
		} else {
			responsibilityTable(d, p, "Your responsibilities", tasks)
		}
	}
	schoolContact(d, p)
}

// partnerPeople lists a partner's people with their roles, how many of the
// sessions they take part in, and their safety check.
func partnerPeople(d *doc, p *model.Project, people []*model.Expert, visits []visit) {
	d.heading("Your people in this unit", 0)
	counts := map[string]int{}
	for _, v := range visits {
		for _, e := range v.people {
			counts[e.ID]++
		}
	}
	var sessions []string
	for _, e := range people {
		sessions = append(sessions, sessionsCount(counts[e.ID]))
	}
	t := d.newTable("Your people in this unit", []float64{30, 26, fit("Sessions", stCell, sessions...), 44}, []string{"Person", "Roles", "Sessions", "Safety check"})
	for i, e := range people {
		t.row([]cell{
			txt(titleOr(e.Name, "Unnamed expert"), stCellB),
			txt(roles(e.Roles), stCell),
			txt(sessions[i], stCell),
			txt(safetyShort(p, e), stCell),
		}, nil)
	}
	t.end()
}

// sessionsCount writes "none", "1 session" or "3 sessions".
func sessionsCount(n int) string {
	switch n {
	case 0:
		return "none"
	case 1:
		return "1 session"
	}
	return fmt.Sprintf("%d sessions", n)
}

// safetyShort sums up e's safety check over the sessions that book them,
// by the worst status any of their session dates gives it.
func safetyShort(p *model.Project, e *model.Expert) string {
	if e.IsSchoolStaff() {
		return "Not needed: school staff"
	}
	c := e.SafetyCheck
	kind := firstNonEmpty(c.Kind, "Safety check")
	switch p.WorstSafety(e) {
	case model.SafetyNone:
		return "REQUIRED: none recorded yet"
	case model.SafetyExpired:
		return fmt.Sprintf("EXPIRED before a session: %s ends %s", kind, shortDate(c.Expires))
	case model.SafetyUnknown:
		return kind + " recorded; expiry date not known — please confirm"
	}
	return fmt.Sprintf("%s, valid until %s", kind, shortDate(c.Expires))
}

// partnerSession prints one session some of the partner's people take part
// in: when and where, who of theirs comes and in what role, who else is
// there, what to prepare, each person's safety check on the day, and what
// students will have learned by then.
func partnerSession(d *doc, p *model.Project, n names, v visit, all []*model.Session, seen map[string]bool) {
	s := v.s
	ours := map[string]bool{}
	var who, safety []string
	for _, e := range v.people {
		ours[e.ID] = true
		name := titleOr(e.Name, "Unnamed expert")
		if s.Lead == e.ID {
			who = append(who, name+" (leads the session)")
		} else {
			who = append(who, name)
		}
		safety = append(safety, name+" — "+safetyOn(e, s.Date))
	}
	var others []string
	for _, id := range s.Experts {
		if !ours[id] && id != s.Lead {
			if name := n.expert(id); name != "" {
				others = append(others, name)
			}
		}
	}
	lead := ""
	if !ours[s.Lead] {
		lead = n.expert(s.Lead)
	}
	where := engagementMark(s.Engagement) + " " + engagementTag(s.Engagement)
	if m := engagementMeaning(s.Engagement); m != "" {
		where += " (" + m + ")"
	}
	sessionFacts(d, p, s, [][2]string{
		{"Where", joinNonEmpty(" — ", s.Location, where)},
		{"Your people", strings.Join(who, "\n")},
		{"Led by", lead},
		{"With", strings.Join(others, ", ")},
		{"Prepare", s.Prep},
		{"Notes", s.Notes},
		{"Safety check", strings.Join(safety, "\n")},
	})
	beforeVisit(d, p, s, all, seen)
}
