package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// raceEnabled is set when the tests run with -race, so the binary is built
// the same way and reuses the compiled packages.
var raceEnabled bool

// binary is the coplan command built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "coplan-cli")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "coplan")
	args := []string{"build", "-o", binary}
	if raceEnabled {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build coplan:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	code           int
	stdout, stderr string
}

// coplan runs the built binary with args in dir.
func coplan(t *testing.T, dir string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DISPLAY=")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errOut.String()}
}

func (r result) lines() []string {
	s := strings.TrimRight(r.stdout, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

func TestHelpListsTheCommands(t *testing.T) {
	r := coplan(t, t.TempDir(), "help")
	if r.code != 0 {
		t.Fatalf("exit %d", r.code)
	}
	for _, name := range []string{"new", "templates", "validate"} {
		if !strings.Contains(r.stdout, "  "+name+" ") {
			t.Errorf("help does not list %s:\n%s", name, r.stdout)
		}
	}
}

func TestAPlainPOSIXLocalePrintsNoLocaleError(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "C", "POSIX.utf8", "en_AU.UTF-8"} {
		cmd := exec.Command(binary, "templates")
		cmd.Env = append(os.Environ(), "LANG="+lang, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("LANG=%s: %v", lang, err)
		}
		if stderr.Len() > 0 {
			t.Errorf("LANG=%s: stderr %q", lang, stderr.String())
		}
	}
}
