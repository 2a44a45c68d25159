package export

import (
	"fmt"
	"slices"
	"strings"

	"coplan/model"
)

// sessionRole says in words what e does at s: the roles of e's that are
// done at s, or all of e's roles when none is, and that e leads s. Without
// any role recorded, e is a contributing expert.
func sessionRole(p *model.Project, e *model.Expert, s *model.Session) string {
	var at []string
	for _, r := range e.Roles {
		if strings.TrimSpace(r) != "" && roleAtSession(p, r, s) {
			at = append(at, r)
		}
	}
	if len(at) == 0 {
		at = e.Roles
	}
	text := roleList(at)
	switch {
	case s.Lead == e.ID && text != "":
		return "You lead this session as " + strings.ToLower(text[:1]) + text[1:]
	case s.Lead == e.ID:
		return "You lead this session"
	case text == "":
		return "Contributing expert"
	}
	return text
}

// roleAtSession reports whether someone in role does it at s: reviewing
// rubrics and sitting on an advisory board are not done at a session;
// hosting a field trip is done at a session out in the community; judging,
// when the unit's judging rounds name their sessions, at those sessions.
func roleAtSession(p *model.Project, role string, s *model.Session) bool {
	switch role {
	case model.RoleRubricReviewer, model.RoleAdvisoryBoard:
		return false
	case model.RoleFieldTripHost:
		return s.Engagement == model.InCommunity
	case model.RoleJudge:
		judged := false
		for _, r := range p.Rounds {
			if r.Session == s.ID {
				return true
			}
			judged = judged || r.Session != ""
		}
		return !judged
	}
	return true
}

// roleList writes roles in words as a phrase, such as "Mentor, project
// consultant and field trip host"; a role this version does not know keeps
// its capitals.
func roleList(roles []string) string {
	var out []string
	for _, r := range roles {
		if strings.TrimSpace(r) == "" {
			continue
		}
		name := model.RoleName(r)
		if len(out) > 0 && slices.Contains(model.Roles, r) {
			name = strings.ToLower(name[:1]) + name[1:]
		}
		out = append(out, name)
	}
	return joinAnd(out)
}

// expiredBefore returns the sessions of e's, among sessions, on whose date
// e's safety check has expired.
func expiredBefore(e *model.Expert, sessions []*model.Session) []*model.Session {
	var out []*model.Session
	if e.IsSchoolStaff() {
		return nil
	}
	for _, s := range sessions {
		if e.SafetyStatus(s.Date) == model.SafetyExpired {
			out = append(out, s)
		}
	}
	return out
}

// safetyWarning prints, under the safety check's heading, that e's check
// expires before the sessions in expired, naming each, with what to do.
func safetyWarning(d *doc, p *model.Project, e *model.Expert, expired []*model.Session) {
	if len(expired) == 0 {
		return
	}
	what := "the session below"
	if len(expired) > 1 {
		what = fmt.Sprintf("the %d sessions below", len(expired))
	}
	d.para(fmt.Sprintf("ACTION NEEDED: your check expires on %s, before %s:", shortDate(e.SafetyCheck.Expires), what), stBodyB)
	items := make([]string, len(expired))
	for i, s := range expired {
		items[i] = joinNonEmpty("  ·  ", dateOr(s.Date, "Date to be set"), timeRange(p, s), titleOr(s.Title, "Untitled session"))
	}
	d.bullets(items, stBodyB)
	d.para("Please renew it and send the school contact the new details before then.", stBody)
}

// safetyWarningHeight is the height safetyWarning takes.
func safetyWarningHeight(d *doc, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(n+2) * stBodyB.lineHeight() * 1.4
}
