package export

import (
	"regexp"
	"strings"
	"testing"

	"coplan/model"
)

// yourRoles returns the "Your role" of each session in a briefing, in order.
func yourRoles(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^Your role +(.+?)\s*$`).FindAllStringSubmatch(layoutText(t, data, 0, 0), -1) {
		out = append(out, m[1])
	}
	return out
}

func TestBriefingNamesTheExpertsOwnRoleAtEachSession(t *testing.T) {
	tests := []struct {
		name   string
		expert string
		edit   func(p *model.Project)
		want   []string // one per session of the expert's, in teaching order
	}{
		{"guest speaker and judge with no judging rounds", "ex-1", nil,
			[]string{"Guest speaker and judge", "Guest speaker and judge", "Guest speaker and judge"}},
		{"a judge judges only where a round is held", "ex-1", func(p *model.Project) {
			p.Rounds = []model.Round{{ID: "ro-1", Title: "Final", Session: "s-3"}}
		}, []string{"Guest speaker", "Guest speaker", "Guest speaker and judge"}},
		{"a mentor", "ex-2", nil, []string{"Mentor", "Mentor"}},
		{"a field trip host leading the visit out in the community", "ex-3", nil,
			[]string{"You lead this session as field trip host"}},
		{"a field trip host in class keeps the role when it is the only one", "ex-3", func(p *model.Project) {
			p.Sessions[1].Engagement = model.InClass
		}, []string{"You lead this session as field trip host"}},
		{"reviewing rubrics is not done at a session", "ex-2", func(p *model.Project) {
			p.Experts[1].Roles = []string{model.RoleRubricReviewer, model.RoleMentor, model.RoleConsultant}
		}, []string{"Mentor and project consultant", "Mentor and project consultant"}},
		{"no role recorded", "ex-2", func(p *model.Project) { p.Experts[1].Roles = nil },
			[]string{"Contributing expert", "Contributing expert"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := unicodeUnit()
			if tt.edit != nil {
				tt.edit(p)
			}
			got := yourRoles(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: tt.expert}))
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("Your role reads %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBriefingSafetySectionListsTheSessionsTheCheckExpiresBefore(t *testing.T) {
	tests := []struct {
		name    string
		expires model.Date
		want    []string // in the closing Safety check section
	}{
		{"expires before two sessions", model.NewDate(2027, 3, 20), []string{
			"ACTION NEEDED: your check expires on Sat 20 Mar 2027, before the 2 sessions below:",
			"Mon 22 Mar 2027 · 09:00–12:00 · Visit to the wind farm",
			"Wed 28 Apr 2027 · 13:00–14:30 · Race day and judging",
			"Please renew it",
		}},
		{"expires before the last session only", model.NewDate(2027, 4, 1), []string{
			"ACTION NEEDED: your check expires on Thu 1 Apr 2027, before the session below:",
			"Wed 28 Apr 2027 · 13:00–14:30 · Race day and judging",
		}},
		{"valid for every session", model.NewDate(2028, 1, 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := unicodeUnit()
			p.Experts[0].SafetyCheck.Expires = tt.expires
			text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: "ex-1"}), 0, 0)
			i := strings.LastIndex(text, "Safetycheck")
			if i < 0 {
				t.Fatalf("no Safety check section:\n%s", text)
			}
			closing := text[i:]
			for _, w := range tt.want {
				if !strings.Contains(closing, flat(w)) {
					t.Errorf("the closing safety check lacks %q:\n%s", w, closing)
				}
			}
			if tt.want == nil && strings.Contains(closing, "ACTIONNEEDED") {
				t.Errorf("a valid check is flagged:\n%s", closing)
			}
		})
	}
}
