package modeltest

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Poppler runs a poppler-utils tool (pdftotext, pdfinfo) with args and
// returns what it prints. Without the tool the test is skipped, except on
// CI, where it fails: make deps installs it there.
func Poppler(t testing.TB, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not installed (make deps installs poppler-utils)", tool)
		}
		t.Skipf("%s is not installed (make deps installs poppler-utils)", tool)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(tool, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
