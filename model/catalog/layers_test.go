package catalog_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCatalogStaysBelowTheGUI checks the layering rule: the catalog is model
// code, so it never imports Fyne or the app.
func TestCatalogStaysBelowTheGUI(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "coplan/model/catalog").Output()
	if err != nil {
		t.Skipf("go list is not available: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") || dep == "coplan/app" || strings.HasPrefix(dep, "coplan/app/") {
			t.Errorf("model/catalog depends on %s", dep)
		}
	}
}
