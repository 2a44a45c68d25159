package model_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestTheModelNeverImportsTheGUI keeps the rule that matters most: model and
// every package under it build without Fyne or the app, so everything a user
// can do to a unit is testable without a screen.
func TestTheModelNeverImportsTheGUI(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "coplan/model/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "fyne.io/") || pkg == "coplan/app" || strings.HasPrefix(pkg, "coplan/app/") || strings.HasPrefix(pkg, "coplan/cmd/") {
			t.Errorf("a package under model/ depends on %s", pkg)
		}
	}
}
