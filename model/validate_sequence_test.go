package model_test

import (
	"slices"
	"strings"
	"testing"

	"coplan/model"
)

func TestValidateWarnsWhenDatedSessionsAreOutOfSequence(t *testing.T) {
	d := model.NewDate
	at := model.NewClock
	tests := []struct {
		name     string
		sessions []model.Session
		want     []string
	}{
		{"in order, undated ones anywhere", []model.Session{
			{ID: "a", Title: "Launch", Date: d(2027, 3, 1)},
			{ID: "b", Title: "Workshop"},
			{ID: "c", Title: "Visit", Date: d(2027, 3, 8)},
		}, nil},
		{"a later session listed first", []model.Session{
			{ID: "a", Title: "Launch", Date: d(2027, 3, 10)},
			{ID: "b", Title: "Workshop"},
			{ID: "c", Title: "Visit", Date: d(2027, 3, 8)},
		}, []string{`Session "Visit" on 2027-03-08 comes after session "Launch" on 2027-03-10 in the list, which is the teaching order the handouts follow: move it or change its date`}},
		{"each session before the latest one is named", []model.Session{
			{ID: "a", Title: "Launch", Date: d(2027, 3, 1)},
			{ID: "b", Title: "Race day", Date: d(2027, 3, 20)},
			{ID: "c", Title: "Visit", Date: d(2027, 3, 10)},
			{ID: "e", Title: "Pitch", Date: d(2027, 3, 15)},
			{ID: "f", Title: "Wrap-up", Date: d(2027, 3, 25)},
		}, []string{
			`Session "Visit" on 2027-03-10 comes after session "Race day" on 2027-03-20 in the list, which is the teaching order the handouts follow: move it or change its date`,
			`Session "Pitch" on 2027-03-15 comes after session "Race day" on 2027-03-20 in the list, which is the teaching order the handouts follow: move it or change its date`,
		}},
		{"same day, earlier time", []model.Session{
			{ID: "a", Title: "Afternoon", Date: d(2027, 3, 1), Start: at(13, 0)},
			{ID: "b", Title: "Morning", Date: d(2027, 3, 1), Start: at(9, 0)},
		}, []string{`Session "Morning" on 2027-03-01 comes after session "Afternoon" on 2027-03-01 in the list, which is the teaching order the handouts follow: move it or change its date`}},
		{"same day, one without a time", []model.Session{
			{ID: "a", Title: "Afternoon", Date: d(2027, 3, 1), Start: at(13, 0)},
			{ID: "b", Title: "Sometime", Date: d(2027, 3, 1)},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &model.Project{Format: model.Format, ID: "u", Title: "T", Sessions: tt.sessions}
			var got []string
			for _, dg := range model.Validate(p) {
				if dg.Severity == model.Warning && dg.Field == "date" && strings.Contains(dg.Message, "teaching order") {
					got = append(got, dg.Message)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("sequence warnings:\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
