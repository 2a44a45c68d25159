package model_test

import (
	"strings"
	"testing"
	"time"

	"coplan/model"
)

func TestDiffListsWhatALaterVersionChanged(t *testing.T) {
	before := sample()
	after := version(t, before, time.Hour,
		model.Set("s1", "title", "Kick-off"),
		model.Set("c1", "descriptors.l1", "Tests twice"),
		model.Set("9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "unit.central_goal", "Race it"),
		model.Add(model.Session{ID: "s2", Title: "Field trip"}, "", -1),
		model.Delete("x1"),
		model.Approve("r1", "Ana", "partner", time.Time{}),
	)
	var got []string
	for _, d := range model.Diff(before, after) {
		got = append(got, d.String())
	}
	want := []string{
		`Changed Central goal of the unit`,
		`Changed Title of session "Kick-off"`,
		`Added session "Field trip"`,
		`New approval of rubric "Design report"`,
		`Changed Descriptor at level "Beginning" of criterion "Testing" in rubric "Design report"`,
		`Deleted responsibility "Book the bus"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d := model.Diff(before, before.Clone()); d != nil {
		t.Errorf("an unchanged unit differs: %v", d)
	}
}
