package app

import (
	"testing"

	"fyne.io/fyne/v2/theme"

	"coplan/assets"
	"coplan/model"
)

func TestSafetyMarksInPeopleHaveTheColourOfTheirFindingInReadiness(t *testing.T) {
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	p := d.Project
	want := map[model.Severity]string{model.Warning: string(theme.ColorNameWarning), model.Error: string(theme.ColorNameError)}
	seen := 0
	for _, diag := range model.Validate(p) {
		x := p.Expert(diag.EntityID)
		if x == nil || (diag.Field != "safety_check" && diag.Field != "safety_check.expires") {
			continue
		}
		seen++
		icon, ok := worstSafety(p, x).(*theme.ThemedResource)
		if !ok {
			t.Errorf("%s: People shows no coloured mark for %q", x.Name, diag.Message)
			continue
		}
		if got := string(icon.ColorName); got != want[diag.Severity] {
			t.Errorf("%s: People marks %q in %s, Readiness in %s", x.Name, diag.Message, got, want[diag.Severity])
		}
	}
	if seen == 0 {
		t.Fatal("the example has no safety finding to compare")
	}
}
