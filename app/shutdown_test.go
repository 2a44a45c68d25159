//go:build unix

package app

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"coplan/model"
	"coplan/model/store"
)

// signalChildEnv names the unit file a child process of
// TestAStopSignalKeepsUnsavedEditsForTheNextStart opens and edits, and
// signalDataEnv its data folder (TestMain replaces the inherited one).
const (
	signalChildEnv = "COPLAN_TEST_SIGNAL_CHILD"
	signalDataEnv  = "COPLAN_TEST_SIGNAL_DATA"
)

// TestSignalChild is the editor in a child process: it opens the unit,
// changes its title without saving, says "ready" and waits to be stopped.
func TestSignalChild(t *testing.T) {
	path := os.Getenv(signalChildEnv)
	if path == "" {
		t.Skip("run as a child process by TestAStopSignalKeepsUnsavedEditsForTheNextStart")
	}
	t.Setenv(store.DataDirEnv, os.Getenv(signalDataEnv))
	c := newTestApp(t)
	c.quit = func() { os.Exit(0) }
	catchSignals = true
	c.Start([]string{path})
	if c.ed == nil {
		t.Fatal("the unit did not open")
	}
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Edited, never saved"))
	os.Stdout.WriteString("ready\n")
	time.Sleep(time.Minute)
	t.Fatal("not stopped")
}

func TestAStopSignalKeepsUnsavedEditsForTheNextStart(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			data := t.TempDir()
			t.Setenv(store.DataDirEnv, data)
			path := filepath.Join(t.TempDir(), "bridges.coplan.toml")
			if err := store.Save(path, unit(t, "Bridges")); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestSignalChild$")
			cmd.Env = append(os.Environ(), signalChildEnv+"="+path, signalDataEnv+"="+data)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			ready := make(chan bool, 1)
			go func() {
				lines := bufio.NewScanner(out)
				for lines.Scan() {
					if lines.Text() == "ready" {
						ready <- true
					}
				}
				close(ready)
			}()
			select {
			case ok := <-ready:
				if !ok {
					t.Fatal("the child ended before it was ready")
				}
			case <-time.After(2 * time.Minute):
				t.Fatal("the child never got ready")
			}
			if lock, err := store.ReadLock(path); err != nil || lock == nil {
				t.Fatalf("the child holds no lock: %v, %v", lock, err)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("the child ended with %v", err)
				}
			case <-time.After(time.Minute):
				t.Fatal("the child did not stop")
			}
			rs, err := store.Recoverable()
			if err != nil || len(rs) != 1 || rs[0].Project.Title != "Edited, never saved" || rs[0].Path != path {
				t.Fatalf("offered at the next start: %+v, %v; want the unsaved title", rs, err)
			}
			if lock, _ := store.ReadLock(path); lock != nil {
				t.Errorf("the lock was left behind: %+v", lock)
			}
			if l, err := store.Open(path); err != nil || l.Project.Title != "Bridges" {
				t.Errorf("the file itself changed: %v, %v", l, err)
			}
		})
	}
}

func TestTheLifecycleStopKeepsUnsavedEdits(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Edited, never saved"))
	stopped, ok := c.fyne.Lifecycle().(interface{ OnStopped() func() })
	if !ok || stopped.OnStopped() == nil {
		t.Fatal("no lifecycle stop hook")
	}
	stopped.OnStopped()()
	rs := recoverable(t)
	if len(rs) != 1 || rs[0].Project.Title != "Edited, never saved" {
		t.Errorf("autosaves after the lifecycle stop: %+v", rs)
	}
}

// recoverable lists the autosaves the next start would offer.
func recoverable(t *testing.T) []store.Recovery {
	t.Helper()
	rs, err := store.Recoverable()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestAClosedOrQuitUnitAfterTheUsersAnswerIsNotOfferedAgain(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Unwanted"))
	c.ed.share.autosave(true)
	c.cmdQuit()
	if msg := overlayText(c); !strings.Contains(msg, "Save them before closing?") {
		t.Fatalf("quit did not ask: %q", msg)
	}
	test.Tap(button(t, c, "Don't Save"))
	if rs := recoverable(t); len(rs) != 0 {
		t.Errorf("offered after the user chose not to save: %+v", rs)
	}
}

func TestSaveAsOfANewUnitRemovesItsUntitledAutosave(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	c.Start(nil)
	c.newUnit(nil)
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Kites"))
	c.ed.share.autosave(true)
	if rs := recoverable(t); len(rs) != 1 {
		t.Fatalf("%d autosaves before saving", len(rs))
	}
	c.saveAsPath(filepath.Join(t.TempDir(), "kites.coplan.toml"), nil)
	if rs := recoverable(t); len(rs) != 0 {
		t.Errorf("still offered after Save As: %+v", rs)
	}
}
