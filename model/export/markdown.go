package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"coplan/model"
)

// WriteMarkdown writes the whole unit of p as one Markdown page (CommonMark
// with GitHub-style tables) for a school wiki or an LMS page: the unit's
// facts and purpose, outcomes, a schedule table and each session's
// preparation, the partners and experts, a table per rubric, assessments and
// responsibilities. It writes no HTML, and every text from the unit is
// escaped so that it reads as written: markup characters are
// backslash-escaped, and in table cells pipes are escaped and line breaks
// become " / ".
//
// The page may be read by students, so it leaves out e-mail addresses,
// phone numbers, safety checks and review comments.
func WriteMarkdown(w io.Writer, p *model.Project) error {
	if p == nil {
		return errors.New("export Markdown: no unit")
	}
	m := &mdWriter{p: p}
	m.unit()
	m.outcomes()
	m.schedule()
	m.people()
	m.rubrics()
	m.assessments()
	m.responsibilities()
	if _, err := m.buf.WriteTo(w); err != nil {
		return fmt.Errorf("export Markdown: writing: %w", err)
	}
	return nil
}

// mdWriter builds a Markdown page in memory.
type mdWriter struct {
	p   *model.Project
	buf bytes.Buffer
}

// heading writes a heading of level (1 for the page title).
func (m *mdWriter) heading(level int, text string) {
	if m.buf.Len() > 0 {
		m.buf.WriteByte('\n')
	}
	// A # in the text would otherwise close the heading.
	text = strings.ReplaceAll(mdInline(oneLine(text)), "#", "\\#")
	fmt.Fprintf(&m.buf, "%s %s\n", strings.Repeat("#", level), text)
}

// para writes text as paragraphs: blank lines separate paragraphs, each
// other line break stays a line break, and lines typed as list items ("- ",
// "* ", "• ", "1. ", "2) ") become a Markdown list, nested as indented.
func (m *mdWriter) para(text string) {
	for _, chunk := range mdBlocks(normaliseBreaks(text)) {
		m.buf.WriteByte('\n')
		m.buf.WriteString(chunk)
		m.buf.WriteByte('\n')
	}
}

// labelled writes a paragraph that starts with a bold label.
func (m *mdWriter) labelled(label, text string) {
	if text = normaliseBreaks(text); text != "" {
		m.buf.WriteString("\n**" + label + "**\n")
		m.para(text)
	}
}

// facts writes a bullet list of "**label:** value" items, leaving out blank values.
func (m *mdWriter) facts(pairs ...[2]string) {
	first := true
	for _, kv := range pairs {
		v := oneLine(kv[1])
		if v == "" {
			continue
		}
		if first {
			m.buf.WriteByte('\n')
			first = false
		}
		fmt.Fprintf(&m.buf, "- **%s:** %s\n", kv[0], mdInline(v))
	}
}

// table writes a table with a header row and one row per item of rows.
func (m *mdWriter) table(header []string, rows [][]string) {
	m.buf.WriteByte('\n')
	m.row(header)
	m.buf.WriteString("|" + strings.Repeat(" --- |", len(header)) + "\n")
	for _, r := range rows {
		m.row(r)
	}
}

func (m *mdWriter) row(cells []string) {
	m.buf.WriteByte('|')
	for _, c := range cells {
		m.buf.WriteString(" " + mdCell(c) + " |")
	}
	m.buf.WriteByte('\n')
}

func (m *mdWriter) unit() {
	p, u := m.p, m.p.Unit
	m.heading(1, firstNonBlank(p.Title, "Untitled unit"))
	m.facts([2]string{"Year levels", strings.Join(u.YearLevels, ", ")},
		[2]string{"Subjects", strings.Join(u.Subjects, ", ")},
		[2]string{"Dates", joinNonBlank(" to ", u.Start.String(), u.End.String())},
		[2]string{"School", u.School},
		[2]string{"Contact", u.Contact})
	for _, s := range []struct{ title, text string }{
		{"Real-world problem", u.RealWorldProblem}, {"Driving question", u.DrivingQuestion}, {"Central goal", u.CentralGoal},
	} {
		if strings.TrimSpace(s.text) != "" {
			m.heading(2, s.title)
			m.para(s.text)
		}
	}
}

func (m *mdWriter) outcomes() {
	if len(m.p.Outcomes) == 0 {
		return
	}
	m.heading(2, "Outcomes")
	rows := make([][]string, len(m.p.Outcomes))
	for i, o := range m.p.Outcomes {
		rows[i] = []string{o.Code, o.Text}
	}
	m.table([]string{"Code", "Outcome"}, rows)
}

func (m *mdWriter) schedule() {
	if len(m.p.Sessions) == 0 {
		return
	}
	m.heading(2, "Schedule")
	rows := make([][]string, len(m.p.Sessions))
	for i := range m.p.Sessions {
		s := &m.p.Sessions[i]
		rows[i] = []string{firstNonBlank(s.Date.String(), "Not set"), mdTime(m.p, s), firstNonBlank(s.Title, "Untitled session"),
			mdEngagement(s.Engagement), s.Location, m.expertName(s.Lead), strings.Join(m.expertNames(s.Experts, s.Lead), ", ")}
	}
	m.table([]string{"Date", "Time", "Session", "Engagement", "Location", "Lead", "Experts"}, rows)
	for i := range m.p.Sessions {
		s := &m.p.Sessions[i]
		if strings.TrimSpace(s.Prep+s.Notes) == "" && len(s.Outcomes) == 0 {
			continue
		}
		m.heading(3, joinNonBlank(": ", s.Date.String(), firstNonBlank(s.Title, "Untitled session")))
		m.facts([2]string{"Outcomes", strings.Join(m.outcomeCodes(s.Outcomes), ", ")})
		m.labelled("Preparation", s.Prep)
		m.labelled("Notes", s.Notes)
	}
}

func (m *mdWriter) people() {
	if len(m.p.Partners)+len(m.p.Experts) == 0 {
		return
	}
	m.heading(2, "People")
	if len(m.p.Partners) > 0 {
		m.heading(3, "Partners")
		rows := make([][]string, len(m.p.Partners))
		for i, o := range m.p.Partners {
			rows[i] = []string{o.Name, model.PartnerKindName(o.Kind), o.Website}
		}
		m.table([]string{"Organisation", "Kind", "Website"}, rows)
	}
	if len(m.p.Experts) > 0 {
		m.heading(3, "Experts")
		rows := make([][]string, len(m.p.Experts))
		for i, e := range m.p.Experts {
			org := ""
			if o := m.p.Partner(e.Partner); o != nil {
				org = o.Name
			}
			rows[i] = []string{firstNonBlank(e.Name, "Unnamed expert"), org, model.RoleNames(e.Roles), e.Expertise}
		}
		m.table([]string{"Name", "Organisation", "Roles", "Expertise"}, rows)
	}
}

func (m *mdWriter) rubrics() {
	if len(m.p.Rubrics) == 0 {
		return
	}
	m.heading(2, "Rubrics")
	for _, r := range m.p.Rubrics {
		m.heading(3, firstNonBlank(r.Title, "Untitled rubric"))
		m.para(r.Description)
		if len(r.Criteria) == 0 {
			continue
		}
		// One meaning of weight everywhere: it multiplies the points, and
		// "Most" is what a student can get for the criterion.
		scored := !r.Unscored
		header := []string{"Criterion"}
		if scored {
			header = append(header, "Weight", "Most")
		}
		for _, l := range r.Levels {
			if scored {
				header = append(header, fmt.Sprintf("%s (%s)", l.Label, pointsText(l.Points)))
			} else {
				header = append(header, l.Label)
			}
		}
		rows := make([][]string, len(r.Criteria))
		for i := range r.Criteria {
			c := &r.Criteria[i]
			name := c.Title
			if codes := m.outcomeCodes(c.Outcomes); len(codes) > 0 {
				name += " (" + strings.Join(codes, ", ") + ")"
			}
			if c.Description != "" {
				name += ": " + c.Description
			}
			row := []string{name}
			if scored {
				row = append(row, "×"+fmt.Sprint(c.Multiplier()), pointsText(r.CriterionMax(c)))
			}
			for li := range r.Levels {
				l := &r.Levels[li]
				if !c.Offers(l.ID) {
					row = append(row, "—")
					continue
				}
				rt := c.Rating(l)
				cell := rt.Descriptor
				if rt.Label != l.Label || scored && rt.Points != l.Points {
					own := rt.Label
					if scored {
						own += " (" + pointsText(rt.Points) + ")"
					}
					if cell != "" {
						own += ": " + cell
					}
					cell = own
				}
				row = append(row, cell)
			}
			rows[i] = row
		}
		m.table(header, rows)
		if scored {
			m.para("Best possible total: " + pointsText(r.MaxPoints()) + ".")
		}
	}
}

func (m *mdWriter) assessments() {
	if len(m.p.Assessments) == 0 {
		return
	}
	m.heading(2, "Assessments")
	rows := make([][]string, len(m.p.Assessments))
	for i, a := range m.p.Assessments {
		rubric := ""
		if r := m.p.Rubric(a.Rubric); r != nil {
			rubric = r.Title
		}
		rows[i] = []string{a.Title, a.Due.String(), rubric, strings.Join(m.outcomeCodes(a.Outcomes), ", "), a.Description}
	}
	m.table([]string{"Task", "Due", "Rubric", "Outcomes", "Description"}, rows)
}

func (m *mdWriter) responsibilities() {
	if len(m.p.Responsibilities) == 0 {
		return
	}
	m.heading(2, "Responsibilities")
	rows := make([][]string, len(m.p.Responsibilities))
	for i, r := range m.p.Responsibilities {
		done := ""
		if r.Done {
			done = "Done"
		}
		rows[i] = []string{r.Party, r.Task, m.p.OwnerOf(&m.p.Responsibilities[i]).Name(), r.Due.String(), done}
	}
	m.table([]string{"Party", "Task", "Owner", "Due", "Status"}, rows)
}

// expertName is the name of the expert with id, or "".
func (m *mdWriter) expertName(id string) string {
	if e := m.p.Expert(id); e != nil {
		return firstNonBlank(e.Name, "Unnamed expert")
	}
	return ""
}

// expertNames lists the names of the experts with ids, leaving out skip.
func (m *mdWriter) expertNames(ids []string, skip string) []string {
	var out []string
	for _, id := range ids {
		if n := m.expertName(id); n != "" && id != skip {
			out = append(out, n)
		}
	}
	return out
}

// outcomeCodes lists the codes (or texts) of the outcomes with ids.
func (m *mdWriter) outcomeCodes(ids []string) []string {
	var out []string
	for _, id := range ids {
		if o := m.p.Outcome(id); o != nil {
			out = append(out, firstNonBlank(o.Code, o.Text))
		}
	}
	return out
}
