package export

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"coplan/model"
)

// longDate writes d as "Tuesday 2 March 2027", or "" when unset.
func longDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("Monday 2 January 2006")
}

// shortDate writes d as "Tue 2 Mar 2027", or "" when unset.
func shortDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("Mon 2 Jan 2006")
}

// dateOr writes d as a short date, or alt when it is unset.
func dateOr(d model.Date, alt string) string {
	if d.IsZero() {
		return alt
	}
	return shortDate(d)
}

// timeRange writes a session's time as "09:30–10:30", "09:30" or "60 min".
func timeRange(p *model.Project, s *model.Session) string {
	switch {
	case s.Start.Set && s.Minutes > 0:
		start, end := sessionClocks(p, s)
		return start.String() + "–" + end.String()
	case s.Start.Set:
		start, _ := sessionClocks(p, s)
		return start.String()
	case s.Minutes > 0:
		return fmt.Sprintf("%d min", s.Minutes)
	}
	return ""
}

// engagementTag names a session's engagement in words, so that print in
// black and white tells the two apart.
func engagementTag(e string) string {
	switch e {
	case model.InClass:
		return "In class"
	case model.InCommunity:
		return "In community"
	case "":
		return "Not set"
	}
	return e
}

// engagementMark is a symbol drawn beside the engagement tag.
func engagementMark(e string) string {
	switch e {
	case model.InClass:
		return "■"
	case model.InCommunity:
		return "▲"
	}
	return "○"
}

// engagementMeaning explains an engagement for people new to the terms.
func engagementMeaning(e string) string {
	switch e {
	case model.InClass:
		return "the community comes into the classroom"
	case model.InCommunity:
		return "students go out and take part in the community"
	}
	return ""
}

// roles writes an expert's roles in words, comma-separated.
func roles(rs []string) string { return model.RoleNames(rs) }

// partyNames maps responsibility parties to headings.
var partyNames = map[string]string{
	model.PartySchool:   "School",
	model.PartyPartner:  "Partners",
	model.PartyStudents: "Students",
}

// yearLevels writes year levels as "Year 9" or "Years 9 and 10".
func yearLevels(ls []string) string {
	ls = nonEmpty(ls)
	switch len(ls) {
	case 0:
		return ""
	case 1:
		return "Year " + ls[0]
	}
	return "Years " + joinAnd(ls)
}

// points writes a number of points without a needless decimal: "4", "2.5".
func points(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// pointsLabel writes "1 point" or "3 points".
func pointsLabel(v float64) string {
	if v == 1 {
		return "1 point"
	}
	return points(v) + " points"
}

// phone keeps a phone number on one line by joining its groups with
// no-break spaces.
func phone(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(s), " ", "\u00a0")
}

// nonEmpty returns the items of list that are not blank, trimmed.
func nonEmpty(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// firstNonEmpty returns the first of ss that is not blank, trimmed.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// joinNonEmpty joins the non-blank items of list with sep.
func joinNonEmpty(sep string, list ...string) string {
	return strings.Join(nonEmpty(list), sep)
}

// names resolves entity ids to what the reader sees.
type names struct {
	p *model.Project
}

// expert returns the name of the expert with id, or "" when unset or unknown.
func (n names) expert(id string) string {
	if e := n.p.Expert(id); e != nil {
		return firstNonEmpty(e.Name, "Unnamed expert")
	}
	return ""
}

// experts returns the names of the experts with ids, leaving out skip.
func (n names) experts(ids []string, skip string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id == skip {
			continue
		}
		if name := n.expert(id); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// partner returns the name of the partner with id, or "".
func (n names) partner(id string) string {
	if x := n.p.Partner(id); x != nil {
		return strings.TrimSpace(x.Name)
	}
	return ""
}

// outcome writes an outcome as "CODE  text".
func outcomeLine(o *model.Outcome) string {
	return joinNonEmpty(" — ", o.Code, o.Text)
}

// outcomeCodes writes the codes (or short texts) of the outcomes with ids.
func (n names) outcomeCodes(ids []string) string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if o := n.p.Outcome(id); o != nil {
			out = append(out, firstNonEmpty(o.Code, ellipsizeRunes(o.Text, 40)))
		}
	}
	return strings.Join(out, ", ")
}

// rubric returns the title of the rubric with id, or "".
func (n names) rubric(id string) string {
	if r := n.p.Rubric(id); r != nil {
		return firstNonEmpty(r.Title, "Untitled rubric")
	}
	return ""
}

// ellipsizeRunes shortens s to at most n characters.
func ellipsizeRunes(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// allSessions returns pointers to every session of p, in unit order: the
// teaching sequence, which every handout follows whatever the dates say.
func allSessions(p *model.Project) []*model.Session {
	out := make([]*model.Session, len(p.Sessions))
	for i := range p.Sessions {
		out[i] = &p.Sessions[i]
	}
	return out
}

// titleOr returns s trimmed, or alt when s is blank.
func titleOr(s, alt string) string {
	return firstNonEmpty(s, alt)
}
