package model_test

import (
	"testing"

	"coplan/model"
)

func TestTemplatePlaceholdersAreToldFromTheTeachersWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Replace with the team's project title", true},
		{"  replace with the students' names or initials", true},
		{"Replace", false},
		{"Easy-grip jar opener", false},
		{"We replace with care the worn parts", false},
		{"", false},
	} {
		if got := model.IsPlaceholder(tc.text); got != tc.want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
