package model_test

import (
	"testing"

	"coplan/model"
)

func TestWorstSafetyRanksExpiredOverMissingOverUnknown(t *testing.T) {
	check := func(kind string, expires model.Date) model.SafetyCheck {
		return model.SafetyCheck{Kind: kind, Number: "1", Expires: expires}
	}
	valid := check("WWCC", model.NewDate(2030, 1, 1))
	expired := check("WWCC", model.NewDate(2027, 1, 1))
	unknown := check("WWCC", model.Date{})
	tests := []struct {
		name   string
		roles  []string
		checks []model.SafetyCheck // one session per check, each on 2027-06-01
		want   model.SafetyStatus
	}{
		{"booked on nothing", nil, nil, model.SafetyValid},
		{"valid on every date", nil, []model.SafetyCheck{valid}, model.SafetyValid},
		{"no expiry date", nil, []model.SafetyCheck{unknown}, model.SafetyUnknown},
		{"no check", nil, []model.SafetyCheck{{}}, model.SafetyNone},
		{"expired", nil, []model.SafetyCheck{expired}, model.SafetyExpired},
		{"school staff need none", []string{model.RoleTeacher}, []model.SafetyCheck{{}}, model.SafetyValid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &model.Project{ID: "u"}
			for i, c := range tt.checks {
				p.Experts = []model.Expert{{ID: "e", Roles: tt.roles, SafetyCheck: c}}
				p.Sessions = append(p.Sessions, model.Session{ID: string(rune('a' + i)), Lead: "e", Date: model.NewDate(2027, 6, 1)})
			}
			if len(p.Experts) == 0 {
				p.Experts = []model.Expert{{ID: "e", Roles: tt.roles}}
			}
			if got := p.WorstSafety(&p.Experts[0]); got != tt.want {
				t.Errorf("WorstSafety = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSafetyStatusesOrderFromValidToExpired(t *testing.T) {
	order := []model.SafetyStatus{model.SafetyValid, model.SafetyUnknown, model.SafetyNone, model.SafetyExpired}
	for i, a := range order {
		for j, b := range order {
			if got, want := a.Worse(b), i > j; got != want {
				t.Errorf("%s.Worse(%s) = %v, want %v", a, b, got, want)
			}
		}
	}
}

func TestWorstSafetyTakesTheWorstOfSeveralSessions(t *testing.T) {
	p := &model.Project{ID: "u",
		Experts: []model.Expert{{ID: "e", SafetyCheck: model.SafetyCheck{Kind: "WWCC", Expires: model.NewDate(2027, 3, 1)}}},
		Sessions: []model.Session{
			{ID: "s1", Lead: "e", Date: model.NewDate(2027, 2, 1)},
			{ID: "s2", Experts: []string{"e"}, Date: model.NewDate(2027, 4, 1)},
			{ID: "s3", Lead: "e", Date: model.NewDate(2027, 2, 2)},
		}}
	if got := p.WorstSafety(&p.Experts[0]); got != model.SafetyExpired {
		t.Errorf("WorstSafety = %q, want expired: the check ends before the April session", got)
	}
}
