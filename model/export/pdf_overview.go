package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// writeOverview prints the unit overview: what the unit is, who takes part,
// what students learn, when things happen, how work is assessed and who
// does what.
func writeOverview(d *doc, p *model.Project) {
	n := names{p}
	u := p.Unit
	d.title(titleOr(p.Title, "Untitled unit"), joinNonEmpty("  ·  ", yearLevels(u.YearLevels), strings.Join(nonEmpty(u.Subjects), ", ")))

	dates := ""
	if !u.Start.IsZero() || !u.End.IsZero() {
		dates = fmt.Sprintf("%s to %s", dateOr(u.Start, "?"), dateOr(u.End, "?"))
	}
	d.facts([][2]string{
		{"School", u.School},
		{"Dates", dates},
		{"Contact", joinNonEmpty("  ·  ", u.Contact, u.ContactEmail, phone(u.ContactPhone))},
		{"Sessions", sessionCount(p)},
	})

	d.heading("The unit", 0)
	if strings.TrimSpace(u.RealWorldProblem+u.DrivingQuestion+u.CentralGoal) == "" {
		d.note("The problem, driving question and central goal are not written yet.")
	}
	d.field("REAL-WORLD PROBLEM", u.RealWorldProblem)
	d.field("DRIVING QUESTION", u.DrivingQuestion)
	d.field("CENTRAL GOAL", u.CentralGoal)

	overviewPeople(d, p, n)
	overviewOutcomes(d, p)
	overviewSchedule(d, p, n)
	overviewAssessments(d, p, n)
	overviewResponsibilities(d, p)
}

// sessionCount writes "6 sessions: 4 in class, 2 in community".
func sessionCount(p *model.Project) string {
	if len(p.Sessions) == 0 {
		return ""
	}
	in, out := 0, 0
	for _, s := range p.Sessions {
		switch s.Engagement {
		case model.InClass:
			in++
		case model.InCommunity:
			out++
		}
	}
	word := "sessions"
	if len(p.Sessions) == 1 {
		word = "session"
	}
	return fmt.Sprintf("%d %s: %d in class, %d in community", len(p.Sessions), word, in, out)
}

func overviewPeople(d *doc, p *model.Project, n names) {
	d.heading("Partners and experts", 0)
	if len(p.Partners) == 0 && len(p.Experts) == 0 {
		d.note("No partners or experts recorded yet.")
		return
	}
	if len(p.Partners) > 0 {
		t := d.newTable("Partners", []float64{30, 16, 54}, []string{"Partner organisation", "Kind", "Contact"})
		for _, x := range p.Partners {
			name := cell{{titleOr(x.Name, "Unnamed partner"), stCellB}}
			if x.Website != "" {
				name = append(name, span{x.Website, stCellNote})
			}
			// The partner's notes are the teacher's own and never printed.
			contact := cell{{x.Contact, stCell}, {x.Email, stCell}, {phone(x.Phone), stCell}}
			t.row([]cell{name, txt(model.PartnerKindName(x.Kind), stCell), contact}, nil)
		}
		t.end()
	}
	if len(p.Experts) > 0 {
		t := d.newTable("Experts", []float64{24, 22, 24, 30}, []string{"Person", "Organisation", "Roles", "Expertise and contact"})
		for _, e := range p.Experts {
			org := n.partner(e.Partner)
			if e.IsSchoolStaff() {
				org = firstNonEmpty(org, p.Unit.School, "School")
			}
			detail := cell{{e.Expertise, stCell}, {e.Email, stCellNote}, {phone(e.Phone), stCellNote}}
			t.row([]cell{txt(titleOr(e.Name, "Unnamed expert"), stCellB), txt(org, stCell), txt(roles(e.Roles), stCell), detail}, nil)
		}
		t.end()
	}
}

func overviewOutcomes(d *doc, p *model.Project) {
	d.heading("Learning outcomes", 0)
	if len(p.Outcomes) == 0 {
		d.note("No learning outcomes recorded yet.")
		return
	}
	t := d.newTable("Learning outcomes", []float64{18, 82}, []string{"Code", "Outcome"})
	for _, o := range p.Outcomes {
		t.row([]cell{txt(o.Code, stCellB), txt(o.Text, stCell)}, nil)
	}
	t.end()
}

func overviewSchedule(d *doc, p *model.Project, n names) {
	d.heading("Schedule", 0)
	if len(p.Sessions) == 0 {
		d.note("No sessions planned yet.")
		return
	}
	scheduleTable(d, p, n, allSessions(p))
}

// scheduleTable prints sessions with date, time, engagement, lead and experts.
func scheduleTable(d *doc, p *model.Project, n names, ss []*model.Session) {
	var when []string
	for _, s := range ss {
		when = append(when, dateOr(s.Date, "Date to be set"), timeRange(p, s))
	}
	where := fit("Where", stCellB, engagementMark(model.InCommunity)+" "+engagementTag(model.InCommunity))
	t := d.newTable("Schedule", []float64{fit("Date and time", stCell, when...), 50, where, 28, 34},
		[]string{"Date and time", "Session", "Where", "Lead", "Experts"})
	for _, s := range ss {
		session := cell{{titleOr(s.Title, "Untitled session"), stCellB}}
		if s.Location != "" {
			session = append(session, span{s.Location, stCellNote})
		}
		if codes := n.outcomeCodes(s.Outcomes); codes != "" {
			session = append(session, span{"Outcomes: " + codes, stCellNote})
		}
		tag := cell{{engagementMark(s.Engagement) + " " + engagementTag(s.Engagement), stCellB}}
		var fill *rgb
		if s.Engagement == model.InCommunity {
			fill = &tint
		}
		t.row([]cell{
			{{dateOr(s.Date, "Date to be set"), stCell}, {timeRange(p, s), stCell}},
			session,
			tag,
			txt(n.expert(s.Lead), stCell),
			perLine(n.experts(s.Experts, s.Lead), stCell),
		}, fill)
	}
	t.end()
	d.legend()
}

// legend explains the engagement marks under a schedule.
func (d *doc) legend() {
	d.para(fmt.Sprintf("%s %s: %s.\n%s %s: %s (shaded rows).",
		engagementMark(model.InClass), engagementTag(model.InClass), engagementMeaning(model.InClass),
		engagementMark(model.InCommunity), engagementTag(model.InCommunity), engagementMeaning(model.InCommunity)), stSmall)
}

func overviewAssessments(d *doc, p *model.Project, n names) {
	d.heading("Assessment", 0)
	if len(p.Assessments) == 0 && len(p.Rubrics) == 0 {
		d.note("No assessment tasks or rubrics recorded yet.")
		return
	}
	if len(p.Assessments) > 0 {
		var due []string
		for _, a := range p.Assessments {
			due = append(due, dateOr(a.Due, "Not set"))
		}
		t := d.newTable("Assessment tasks", []float64{48, fit("Due", stCell, due...), 30, 22}, []string{"Task", "Due", "Rubric", "Outcomes"})
		for _, a := range p.Assessments {
			task := cell{{titleOr(a.Title, "Untitled task"), stCellB}, {a.Description, stCell}}
			rubric := n.rubric(a.Rubric)
			if rubric == "" {
				rubric = "No rubric yet"
			}
			t.row([]cell{task, txt(dateOr(a.Due, "Not set"), stCell), txt(rubric, stCell), txt(n.outcomeCodes(a.Outcomes), stCell)}, nil)
		}
		t.end()
	}
	for i := range p.Rubrics {
		r := &p.Rubrics[i]
		d.heading("Rubric: "+titleOr(r.Title, "Untitled rubric"), 1)
		if r.Description != "" {
			d.para(r.Description, stBody)
		}
		var lv []string
		for _, l := range r.Levels {
			lv = append(lv, fmt.Sprintf("%s (%s)", titleOr(l.Label, "Unnamed level"), points(l.Points)))
		}
		var cr []string
		for _, c := range r.Criteria {
			s := titleOr(c.Title, "Untitled criterion")
			if c.Weight > 0 {
				s += fmt.Sprintf(" (weight %d)", c.Weight)
			}
			cr = append(cr, s)
		}
		d.facts([][2]string{
			{"Levels", strings.Join(lv, ", ")},
			{"Criteria", strings.Join(cr, "; ")},
			{"Approved by", approvals(r)},
		})
		d.y += 1
	}
}

// approvals writes who approved a rubric and when.
func approvals(r *model.Rubric) string {
	var out []string
	for _, a := range r.Approvals {
		s := joinNonEmpty(", ", a.By, a.Role)
		if !a.At.IsZero() {
			s += " on " + a.At.Format("2 Jan 2006")
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func overviewResponsibilities(d *doc, p *model.Project) {
	d.heading("Responsibilities", 0)
	if len(p.Responsibilities) == 0 {
		d.note("No responsibilities recorded yet.")
		return
	}
	parties := append(append([]string{}, model.Parties...), "")
	for _, party := range parties {
		var rs []model.Responsibility
		for _, r := range p.Responsibilities {
			known := model.IsOneOf(r.Party, model.Parties)
			if (party == "" && !known) || (party != "" && r.Party == party) {
				rs = append(rs, r)
			}
		}
		if len(rs) == 0 {
			continue
		}
		name := partyNames[party]
		if party == "" {
			name = "Others"
		}
		d.heading(name, 1)
		responsibilityTable(d, p, name, rs)
	}
}

// responsibilityTable lists tasks with owner (by their current name),
// due date and a tick box.
func responsibilityTable(d *doc, p *model.Project, caption string, rs []model.Responsibility) {
	var due []string
	for _, r := range rs {
		due = append(due, dateOr(r.Due, ""))
	}
	t := d.newTable(caption, []float64{fit("", stCell, "☐"), 64, 30, fit("Due", stCell, due...)}, []string{"", "Task", "Owner", "Due"})
	for i := range rs {
		r := &rs[i]
		box := "☐"
		if r.Done {
			box = "☑"
		}
		t.row([]cell{txt(box, stCell), txt(r.Task, stCell), txt(p.OwnerOf(r).Name(), stCell), txt(dateOr(r.Due, ""), stCell)}, nil)
	}
	t.end()
}

// perLine makes a cell with one item per line.
func perLine(items []string, st textStyle) cell {
	c := make(cell, len(items))
	for i, it := range items {
		c[i] = span{it, st}
	}
	return c
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}
