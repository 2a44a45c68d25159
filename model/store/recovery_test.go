package store

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// childUnitEnv, when set, makes TestAutosavingChild act as an editor: it
// opens the unit at that path, makes an edit, autosaves, says so and waits
// to be killed.
const childUnitEnv = "COPLAN_TEST_AUTOSAVE_UNIT"

func TestAutosavingChild(t *testing.T) {
	path := os.Getenv(childUnitEnv)
	if path == "" {
		t.Skip("runs only as the helper process of TestEditsAutosavedBeforeACrashAreOfferedBack")
	}
	l, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	d := model.NewDocument(l.Project)
	if _, err := d.Apply(model.Set(l.Project.Sessions[0].ID, "title", "Launch with the engineers")); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Apply(model.Add(model.Session{Title: "Field trip"}, "", -1)); err != nil {
		t.Fatal(err)
	}
	if err := Autosave(path, d.Project); err != nil {
		t.Fatal(err)
	}
	fmt.Println("autosaved")
	time.Sleep(time.Minute)
}

func TestEditsAutosavedBeforeACrashAreOfferedBack(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "solar.coplan.toml")
	p := unit("Solar car")
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	child := exec.Command(os.Args[0], "-test.run=^TestAutosavingChild$")
	child.Env = append(os.Environ(), childUnitEnv+"="+path)
	out, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	child.Stderr = os.Stderr
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	defer child.Process.Kill()
	lines := bufio.NewScanner(out)
	for lines.Scan() && lines.Text() != "autosaved" {
	}

	// While that editor runs, its autosave is not offered.
	if list, err := Recoverable(); err != nil || len(list) != 0 {
		t.Fatalf("autosaves of a running editor: %+v, %v", list, err)
	}
	if err := child.Process.Kill(); err != nil { // SIGKILL: no chance to clean up
		t.Fatal(err)
	}
	_ = child.Wait()

	list, err := Recoverable()
	if err != nil || len(list) != 1 {
		t.Fatalf("after the crash: %+v, %v", list, err)
	}
	r := list[0]
	abs, _ := filepath.Abs(path)
	if r.Path != abs || r.DiskMissing || r.DiskError != nil || r.Saved.IsZero() {
		t.Errorf("recovery %+v", r)
	}
	var changes []string
	for _, c := range r.Changes {
		changes = append(changes, c.String())
	}
	want := `Changed Title of session "Launch with the engineers"|Added session "Field trip"`
	if strings.Join(changes, "|") != want {
		t.Errorf("changes %q, want %q", strings.Join(changes, "|"), want)
	}
	if r.Project.Revision != p.Revision {
		t.Errorf("the autosave carries revision %q, want the one it was opened at, %q", r.Project.Revision, p.Revision)
	}

	if err := DiscardRecovery(path); err != nil {
		t.Fatal(err)
	}
	if list, _ := Recoverable(); len(list) != 0 {
		t.Errorf("autosaves after discarding: %+v", list)
	}
}

func TestAnAutosaveWhoseFileIsGoneSaysSo(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "gone.coplan.toml")
	p := unit("Gone")
	if err := Autosave(path, p); err != nil {
		t.Fatal(err)
	}
	list, err := Recoverable()
	if err != nil || len(list) != 1 || !list[0].DiskMissing {
		t.Fatalf("recoverable %+v, %v", list, err)
	}
	found := false
	for _, c := range list[0].Changes {
		if c.Change == model.Added && c.EntityID == p.Sessions[0].ID {
			found = true
		}
	}
	if !found {
		t.Errorf("changes %v do not list the session as new", list[0].Changes)
	}
	if rp, _ := RecoveryPath(path); !strings.HasPrefix(rp, os.Getenv(DataDirEnv)) {
		t.Errorf("autosave kept at %s, outside the data folder", rp)
	}
}
