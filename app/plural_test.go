package app

import "testing"

func TestCountTextUsesTheSingularOnlyForOne(t *testing.T) {
	setUpTranslations()
	cases := []struct {
		name string
		got  string
		want string
	}{
		{"no changes", countText("1 change:", "{{.Count}} changes:", 0, nil), "0 changes:"},
		{"one change", countText("1 change:", "{{.Count}} changes:", 1, nil), "1 change:"},
		{"two changes", countText("1 change:", "{{.Count}} changes:", 2, nil), "2 changes:"},
		{"other names kept", countText("Imported 1 rubric from {{.File}}; Undo takes it out again.",
			"Imported {{.Count}} rubrics from {{.File}}; Undo takes them out again.", 1, map[string]any{"File": "a.csv"}),
			"Imported 1 rubric from a.csv; Undo takes it out again."},
		{"one point", upToPoints(1), "Up to 1 point"},
		{"a point and a half", upToPoints(1.5), "Up to 1.5 points"},
		{"no points", upToPoints(0), "Up to 0 points"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
}
