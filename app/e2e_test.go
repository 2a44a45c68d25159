package app

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/assets"
)

// TestBinaryShowsItsWindowUnderXvfb builds coplan, opens the example unit
// with it on a virtual display and checks that the window appears, draws
// and stays up, and that the app ends quietly, letting go of the unit's
// lock, when the display goes away under it. It logs how long the first
// frame took (seen with xwd, when installed). With the same binary it
// checks that a display that goes away before the window opens is named
// in a message, not a panic.
func TestBinaryShowsItsWindowUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts a display")
	}
	needTools(t, "Xvfb", "xwininfo")
	_, errXwd := exec.LookPath("xwd") // to see the first frame drawn; without it, only the window is checked
	bin := buildCoplan(t)
	display, stopDisplay := startXvfbWithStop(t)
	file := filepath.Join(t.TempDir(), assets.ExampleName)
	if err := os.WriteFile(file, assets.Example(), 0o644); err != nil {
		t.Fatal(err)
	}

	var stderr bytes.Buffer
	cmd := exec.Command(bin, file)
	// A data folder of its own: the package's other tests leave autosaves
	// and history for this same unit in theirs, and a recovery offer would
	// keep the window from opening on the unit.
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(),
		"COPLAN_DATA_DIR="+t.TempDir(), "COPLAN_CACHE_DIR="+t.TempDir())
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		_ = cmd.Process.Kill()
		<-exited
	}
	title := "Solar car challenge — " + assets.ExampleName
	id, _, err := waitForWindow(display, title, 60*time.Second)
	if err != nil {
		stop()
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	shown := time.Since(start)
	var drawn time.Duration
	for errXwd == nil && drawn == 0 && time.Since(start) < 60*time.Second {
		if img, err := captureWindow(display, id); err == nil && colours(img, 20) >= 20 {
			drawn = time.Since(start)
		}
	}
	t.Logf("window shown after %v, first frame drawn after %v", shown.Round(time.Millisecond), drawn.Round(time.Millisecond))

	select {
	case err := <-exited:
		t.Fatalf("coplan exited while open: %v\n%s", err, stderr.String())
	case <-time.After(2 * time.Second):
	}
	if drawn == 0 && errXwd == nil {
		t.Error("the window never drew its content")
	}

	stopDisplay() // as when the session ends
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("coplan ended with %v when its display went away", err)
		}
	case <-time.After(20 * time.Second):
		stop()
		t.Fatalf("coplan kept running after its display went away\n%s", stderr.String())
	}
	if stderr.Len() > 0 { // read once the process is gone
		t.Errorf("coplan wrote to stderr when its display went away:\n%s", stderr.String())
	}
	if _, err := os.Stat(file + ".lock"); !os.IsNotExist(err) {
		t.Errorf("the unit's lock was left behind (%v)", err)
	}

	t.Run("a display gone before the window opens is named, not a panic", func(t *testing.T) {
		display, stop := notX(t)
		defer stop()
		cmd := exec.Command(bin)
		cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir(),
			"COPLAN_DATA_DIR="+t.TempDir(), "COPLAN_CACHE_DIR="+t.TempDir())
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 1 {
			t.Errorf("coplan ended with %v, want exit status 1", err)
		}
		if want := "coplan: cannot open a window on the display: "; !strings.HasPrefix(string(out), want) || strings.Contains(string(out), "panic") {
			t.Errorf("coplan said %q, want a line starting %q", out, want)
		}
	})
}

// notX listens on the loopback for X clients as a display that answers
// but is no X server, the way a display that is going away answers: it
// accepts each connection and closes it. It returns the display's name.
func notX(t *testing.T) (string, func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if port <= 6000 {
		l.Close()
		t.Skipf("the loopback port %d is no X display", port)
	}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	return fmt.Sprintf("127.0.0.1:%d", port-6000), func() { l.Close() }
}
