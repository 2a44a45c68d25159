package model_test

import (
	"testing"

	"coplan/model"
)

func TestCountUsesTheNounsFormForTheNumber(t *testing.T) {
	for _, tc := range []struct {
		n    int
		noun string
		want string
	}{
		{0, "team", "0 teams"},
		{1, "team", "1 team"},
		{2, "team", "2 teams"},
		{1, "person", "1 person"},
		{3, "person", "3 people"},
		{1, "criterion", "1 criterion"},
		{4, "criterion", "4 criteria"},
		{2, "entry", "2 entries"},
		{2, "day", "2 days"},
		{2, "match", "2 matches"},
		{2, "class", "2 classes"},
		{1, "conflict", "1 conflict"},
		{5, "conflict", "5 conflicts"},
	} {
		if got := model.Count(tc.n, tc.noun); got != tc.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tc.n, tc.noun, got, tc.want)
		}
	}
}
