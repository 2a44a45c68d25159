package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model/catalog"
	"coplan/model/store"
)

// The tests of this package run the commands in-process, through run, as
// main does. A few tests that need the real program (the locale it starts
// in, what it does without a display, git running it) build the binary once
// through shippedBinary and are skipped under -short.

// baseline holds the folders the whole test process keeps history, autosaves
// and caches in, so that no test touches the user's own.
var baseline = map[string]string{}

func TestMain(m *testing.M) {
	root, err := os.MkdirTemp("", "coplan-cli")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, name := range []string{store.DataDirEnv, catalog.CacheDirEnv} {
		baseline[name] = filepath.Join(root, name)
		os.Setenv(name, baseline[name])
	}
	code := m.Run()
	os.RemoveAll(root)
	if shippedPath != "" {
		os.RemoveAll(filepath.Dir(shippedPath))
	}
	os.Exit(code)
}

// result is what one run of coplan did.
type result struct {
	code           int
	stdout, stderr string
}

// coplan runs the command line "coplan args..." in-process, as if typed in
// dir: relative paths are read from there and printed as given. Unless the
// test chose folders of its own (useHistory, library), its commands get a
// revision history and a cache that no other test sees. The working folder
// and environment are the test's own (t.Chdir, t.Setenv) and put back when
// it ends.
func coplan(t *testing.T, dir string, args ...string) result {
	t.Helper()
	if len(args) == 0 {
		t.Fatal("coplan with no arguments opens the editor; test that through the binary")
	}
	if _, ok := commands[args[0]]; !ok && !isHelpOrVersion(args[0]) {
		t.Fatalf("%q is not a command: coplan would open the editor on it", args[0])
	}
	for name, dir := range baseline {
		if os.Getenv(name) == dir {
			t.Setenv(name, t.TempDir())
		}
	}
	t.Chdir(dir)
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

// isHelpOrVersion reports whether run answers arg itself.
func isHelpOrVersion(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help", "version", "--version":
		return true
	}
	return false
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
	for _, name := range commandOrder {
		if !strings.Contains(r.stdout, "  "+name+" ") {
			t.Errorf("help does not list %s:\n%s", name, r.stdout)
		}
	}
}

func TestAPlainPOSIXLocalePrintsNoLocaleError(t *testing.T) {
	for _, lang := range []string{"C.UTF-8", "C", "POSIX.utf8", "en_AU.UTF-8"} {
		env := []string{"LANG=" + lang, "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=", "DISPLAY="}
		r := runShipped(t, t.TempDir(), env, "templates")
		if r.code != 0 {
			t.Fatalf("LANG=%s: exit %d", lang, r.code)
		}
		if r.stderr != "" {
			t.Errorf("LANG=%s: stderr %q", lang, r.stderr)
		}
	}
}

// TestTheBinaryCreatesChecksAndPrintsAUnit runs one session of work through
// the real program: what main passes to the shell (exit status, the two
// output streams) is only seen there.
func TestTheBinaryCreatesChecksAndPrintsAUnit(t *testing.T) {
	dir := t.TempDir()
	noDisplay := []string{"DISPLAY=", "WAYLAND_DISPLAY="}
	steps := []struct {
		args       []string
		code       int
		stdout     string // a part of stdout
		stderrGone bool   // nothing on stderr
	}{
		{[]string{"help"}, 0, "  validate ", true},
		{[]string{"new", "--template", "career-day", "--title", "Ngā mahi: careers", "unit.coplan.toml"}, 0, "Created unit.coplan.toml", true},
		{[]string{"validate", "unit.coplan.toml"}, 0, "", true},
		{[]string{"export", "--handout", "overview", "--paper", "a4", "-o", "overview.pdf", "unit.coplan.toml"}, 0, "Wrote overview.pdf", true},
		{[]string{"validate", "missing.coplan.toml"}, 1, "missing.coplan.toml: error: ", true},
		{[]string{"validate"}, 2, "", false},
	}
	for _, s := range steps {
		r := runShipped(t, dir, noDisplay, s.args...)
		if r.code != s.code || !strings.Contains(r.stdout, s.stdout) || (s.stderrGone && r.stderr != "") || (!s.stderrGone && r.stderr == "") {
			t.Errorf("coplan %s: exit %d, stdout %q, stderr %q; want exit %d and stdout with %q",
				strings.Join(s.args, " "), r.code, r.stdout, r.stderr, s.code, s.stdout)
		}
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "overview.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Errorf("overview.pdf: %d bytes, %v", len(pdf), err)
	}
	l, err := store.Open(filepath.Join(dir, "unit.coplan.toml"))
	if err != nil || l.Project.Title != "Ngā mahi: careers" {
		t.Errorf("the new unit: %v", err)
	}
}
