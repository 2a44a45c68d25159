package export

import (
	"regexp"
	"strings"
	"testing"

	"coplan/model"
)

// yourRoles returns the "Your role" of each session in a briefing's text, in order.
func yourRoles(text string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^Your role +(.+?)\s*$`).FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestBriefingNamesTheExpertsOwnRoleAtEachSession(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *model.Project)
		want map[string][]string // by expert, one per session of theirs in teaching order
	}{
		{"roles as recorded, no judging rounds", nil, map[string][]string{
			"Zoë Ødegaard":   {"Guest speaker and judge", "Guest speaker and judge", "Guest speaker and judge"},
			"Nguyễn Thị Ánh": {"Mentor", "Mentor"},
			"Дмитрий":        {"You lead this session as field trip host"},
		}},
		{"roles left out where they are not done", func(p *model.Project) {
			p.Rounds = []model.Round{{ID: "ro-1", Title: "Final", Session: "s-3"}}
			p.Experts[1].Roles = []string{model.RoleRubricReviewer, model.RoleMentor, model.RoleConsultant}
			p.Experts[0].Roles = append(p.Experts[0].Roles, model.RoleFieldTripHost)
			p.Sessions[1].Engagement = model.InClass // the only role of its lead is kept
		}, map[string][]string{
			"Zoë Ødegaard":   {"Guest speaker", "Guest speaker", "Guest speaker and judge"},
			"Nguyễn Thị Ánh": {"Mentor and project consultant", "Mentor and project consultant"},
			"Дмитрий":        {"You lead this session as field trip host"},
		}},
		{"no role recorded", func(p *model.Project) { p.Experts[1].Roles, p.Experts[2].Roles = nil, nil }, map[string][]string{
			"Nguyễn Thị Ánh": {"Contributing expert", "Contributing expert"},
			"Дмитрий":        {"You lead this session"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := unicodeUnit()
			if tt.edit != nil {
				tt.edit(p)
			}
			// Every briefing in one PDF: split its text at each expert's title.
			text := layoutText(t, render(t, p, PDFOptions{Handout: HandoutBriefing}), 0, 0)
			for name, want := range tt.want {
				i := strings.Index(text, "Briefing for "+name+"\n")
				if i < 0 {
					t.Fatalf("no briefing for %s", name)
				}
				own := text[i+1:]
				if j := strings.Index(own, "\fBriefing for "); j >= 0 {
					own = own[:j]
				}
				if got := yourRoles(own); strings.Join(got, " | ") != strings.Join(want, " | ") {
					t.Errorf("%s: Your role reads %q, want %q", name, got, want)
				}
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
