package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// The tests in this file check what is shipped: the version, what happens
// without a display and coplan as git's merge driver, through a binary built
// the way these tests were (same -race and -tags, so make test checks the
// tags the packages are built with).

var (
	shippedOnce sync.Once
	shippedPath string
	shippedErr  error
)

// shippedBinary builds the coplan command once, with the build flags of the
// running test binary, and returns its path. It skips under -short.
func shippedBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped under -short")
	}
	shippedOnce.Do(func() {
		dir, err := os.MkdirTemp("", "coplan-shipped")
		if err != nil {
			shippedErr = err
			return
		}
		shippedPath = filepath.Join(dir, "coplan")
		args := []string{"build", "-o", shippedPath}
		if info, ok := debug.ReadBuildInfo(); ok {
			for _, s := range info.Settings {
				switch {
				case s.Key == "-race" && s.Value == "true":
					args = append(args, "-race")
				case s.Key == "-tags" && s.Value != "":
					args = append(args, "-tags", s.Value)
				}
			}
		}
		var stderr bytes.Buffer
		build := exec.Command("go", append(args, ".")...)
		build.Stderr = &stderr
		if err := build.Run(); err != nil {
			shippedErr = fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
	})
	if shippedErr != nil {
		t.Fatal(shippedErr)
	}
	return shippedPath
}

// runShipped runs the shipped binary in dir with env added to the
// environment, giving up after a minute so a hung window fails the test.
func runShipped(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, shippedBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("coplan %s did not finish in a minute; stderr:\n%s", strings.Join(args, " "), errOut.String())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{code, out.String(), errOut.String()}
}

// fyneAppDetails reads FyneApp.toml from disk, the way Fyne's packaging
// tool does, independently of the embedded copy.
func fyneAppDetails(t *testing.T) (id, version string) {
	t.Helper()
	var meta struct{ Details struct{ ID, Version string } }
	if _, err := toml.DecodeFile("FyneApp.toml", &meta); err != nil {
		t.Fatal(err)
	}
	return meta.Details.ID, meta.Details.Version
}

func TestTheVersionComesFromFyneAppTOML(t *testing.T) {
	id, want := fyneAppDetails(t)
	if want == "" || id == "" {
		t.Fatalf("FyneApp.toml has no version or ID: %q %q", want, id)
	}
	if version != want || appID != id {
		t.Errorf("the binary has version %q and ID %q, FyneApp.toml %q and %q", version, appID, want, id)
	}
	if _, err := os.Stat("../../FyneApp.toml"); err == nil {
		t.Error("a second FyneApp.toml at the top of the repository; keep one, beside the main package")
	}
	for _, args := range [][]string{{"--version"}, {"version"}} {
		r := runShipped(t, t.TempDir(), []string{"DISPLAY=", "WAYLAND_DISPLAY="}, args...)
		if r.code != 0 || r.stdout != "coplan "+want+"\n" || r.stderr != "" {
			t.Errorf("coplan %s: exit %d, stdout %q, stderr %q; want %q", args[0], r.code, r.stdout, r.stderr, "coplan "+want+"\n")
		}
	}
}

func TestABrokenFyneAppTOMLIsAnError(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"no version", "[Details]\nName = \"Coplan\"\nID = \"org.coplan.app\"\n", "no Version"},
		{"no ID", "[Details]\nName = \"Coplan\"\nVersion = \"1.0.0\"\n", "no ID"},
		{"no name", "[Details]\nID = \"org.coplan.app\"\nVersion = \"1.0.0\"\n", "no Name"},
		{"not TOML", "[Details\n", "read FyneApp.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseAppDetails(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// freeDisplay returns an X display number nothing listens on.
func freeDisplay(t *testing.T) string {
	for n := 97; n < 200; n++ {
		d := fmt.Sprintf(":%d", n)
		if !displayAnswers(d) {
			return d
		}
	}
	t.Fatal("every display from :97 to :199 answers")
	return ""
}

func TestWithoutADisplayEveryWayIntoTheWindowSaysSoInOneLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("a display is only looked for on Linux and the BSDs")
	}
	dir := t.TempDir()
	unit := filepath.Join(dir, "unit.coplan.toml")
	if r := runShipped(t, dir, nil, "new", "--title", "Bridges", unit); r.code != 0 {
		t.Fatalf("coplan new: exit %d: %s", r.code, r.stderr)
	}
	unset := []string{"DISPLAY=", "WAYLAND_DISPLAY="}
	tests := []struct {
		name string
		env  []string
		args []string
	}{
		{"no arguments", unset, nil},
		{"a unit", unset, []string{unit}},
		{"a file that is not there", unset, []string{"missing.coplan.toml"}},
		{"a mistyped command", unset, []string{"valdate"}},
		{"the screenshot tour", unset, []string{"--screenshot-tour"}},
		{"only Wayland", []string{"DISPLAY=", "WAYLAND_DISPLAY=wayland-0"}, []string{unit}},
		{"a display nothing answers on", []string{"DISPLAY=" + freeDisplay(t)}, []string{unit}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runShipped(t, dir, tt.env, tt.args...)
			lines := strings.Split(strings.TrimRight(r.stderr, "\n"), "\n")
			if r.code != 1 || r.stdout != "" || len(lines) != 1 ||
				!strings.HasPrefix(lines[0], "coplan: no display found: ") ||
				!strings.HasSuffix(lines[0], "; the commands in `coplan help` work without one") {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1 and one line saying no display was found", r.code, r.stdout, r.stderr)
			}
		})
	}
}

func TestADisplayIsLookedForBeforeFyneStarts(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("a display is only looked for on Linux and the BSDs")
	}
	// A TCP listener on loopback stands in for an X server at host:N.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	if port < 6000 {
		t.Skipf("loopback port %d is below the X range", port)
	}
	listening := fmt.Sprintf("127.0.0.1:%d.0", port-6000)
	free := freeDisplay(t)
	tests := []struct {
		name, display, wayland string
		want                   string
	}{
		{"nothing set", "", "", "DISPLAY is not set"},
		{"only Wayland", "", "wayland-0", "DISPLAY is not set, and Coplan needs X11 or XWayland"},
		{"nothing answers", free, "", "nothing answers on DISPLAY " + free},
		{"a server answers", listening, "", ""},
		{"a form not understood", "/private/tmp/launch/org.xquartz:0", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := map[string]string{"DISPLAY": tt.display, "WAYLAND_DISPLAY": tt.wayland}
			if got := noDisplay(func(k string) string { return env[k] }); got != tt.want {
				t.Errorf("noDisplay = %q, want %q", got, tt.want)
			}
		})
	}
}

// gitRepo is a temporary git repository whose units merge through coplan.
type gitRepo struct {
	t   *testing.T
	dir string
	env []string
}

// git runs git in the repository and returns its output and exit code.
func (g gitRepo) git(args ...string) (string, int) {
	g.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = g.dir
	cmd.Env = append(os.Environ(), g.env...)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return string(out), ee.ExitCode()
	} else if err != nil {
		g.t.Fatal(err)
	}
	return string(out), 0
}

// must runs git and fails the test if it does not succeed.
func (g gitRepo) must(args ...string) string {
	g.t.Helper()
	out, code := g.git(args...)
	if code != 0 {
		g.t.Fatalf("git %s: exit %d\n%s", strings.Join(args, " "), code, out)
	}
	return out
}

// coplan runs the shipped binary in the repository and fails the test if it
// does not succeed.
func (g gitRepo) coplan(args ...string) string {
	g.t.Helper()
	r := runShipped(g.t, g.dir, g.env, args...)
	if r.code != 0 {
		g.t.Fatalf("coplan %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// newGitRepo makes a repository, set up as README's "Keeping units in git"
// says, holding one unit committed on main.
func newGitRepo(t *testing.T) gitRepo {
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("git is not installed (make deps installs it)")
		}
		t.Skip("git is not installed")
	}
	home := t.TempDir()
	g := gitRepo{t: t, dir: t.TempDir(), env: []string{
		"HOME=" + home, "XDG_CONFIG_HOME=" + home, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Ana", "GIT_AUTHOR_EMAIL=ana@example.org",
		"GIT_COMMITTER_NAME=Ana", "GIT_COMMITTER_EMAIL=ana@example.org",
		"COPLAN_DATA_DIR=" + t.TempDir(), "DISPLAY=", "WAYLAND_DISPLAY=",
	}}
	g.must("init", "-q", "-b", "main")
	g.must("config", "merge.coplan.name", "Coplan units")
	g.must("config", "merge.coplan.driver", shippedBinary(t)+" merge --no-backup --base %O -o %A %A %B")
	for name, text := range map[string]string{".gitattributes": "*.coplan.toml merge=coplan\n", ".gitignore": "*.bak\n"} {
		if err := os.WriteFile(filepath.Join(g.dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g.coplan("new", "--template", "field-trip-lab", "unit.coplan.toml")
	g.must("add", ".gitattributes", ".gitignore", "unit.coplan.toml")
	g.must("commit", "-q", "-m", "A unit to share")
	return g
}

func TestGitMergesUnitsThroughCoplan(t *testing.T) {
	g := newGitRepo(t)
	title := "Inside a testing lab: keeping food and water safe"
	comment := func(author, text string) {
		g.coplan("comment", "--author", author, "--target", title, text, "unit.coplan.toml")
		g.must("commit", "-q", "-am", author+" comments")
	}
	g.must("checkout", "-q", "-b", "partner")
	comment("Rewi", "Book the lab for the second week.")
	g.must("checkout", "-q", "main")
	comment("Ana", "Ask the lab about safety glasses.")

	out, code := g.git("merge", "--no-edit", "partner")
	if code != 0 {
		t.Fatalf("git merge: exit %d\n%s", code, out)
	}
	review := g.coplan("review", "unit.coplan.toml")
	for _, text := range []string{"Book the lab for the second week.", "Ask the lab about safety glasses."} {
		if !strings.Contains(review, text) {
			t.Errorf("the merged unit lost the comment %q; review:\n%s", text, review)
		}
	}
	g.coplan("validate", "unit.coplan.toml")
	if status := g.must("status", "--porcelain"); status != "" {
		t.Errorf("the merge left the work tree changed:\n%s", status)
	}
	if left, _ := filepath.Glob(filepath.Join(g.dir, ".merge_file_*")); len(left) > 0 {
		t.Errorf("the merge driver left git's temporary files behind: %v", left)
	}
}

func TestGitStopsOnAUnitThatConflicts(t *testing.T) {
	g := newGitRepo(t)
	retitle := func(branch, title string) {
		g.must("checkout", "-q", branch)
		out := g.coplan("comment", "--author", branch, "--target", "Inside a testing lab: keeping food and water safe",
			"--field", "title", "--suggest", title, "A shorter title", "unit.coplan.toml")
		id := strings.TrimSuffix(out[strings.LastIndex(out, "(comment ")+len("(comment "):], ")\n")
		g.coplan("accept", id, "unit.coplan.toml")
		g.must("commit", "-q", "-am", "Retitle")
	}
	g.must("branch", "partner")
	retitle("partner", "Food safety lab")
	retitle("main", "Water safety lab")

	out, code := g.git("merge", "--no-edit", "partner")
	if code == 0 || !strings.Contains(out, "CONFLICT") {
		t.Fatalf("git merge: exit %d, want a conflict\n%s", code, out)
	}
	// The driver still wrote a whole unit, holding the newer title, for the
	// person resolving the conflict to open in Coplan.
	g.coplan("validate", "unit.coplan.toml")
}
