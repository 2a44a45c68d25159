package app

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"coplan/assets"
)

// TestBinaryShowsItsWindowUnderXvfb builds coplan, opens the example unit
// with it on a virtual display and checks that the window appears, draws
// and stays up. It logs how long the first frame took (seen with xwd, when
// installed).
func TestBinaryShowsItsWindowUnderXvfb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and starts a display")
	}
	needTools(t, "Xvfb", "xwininfo")
	_, errXwd := exec.LookPath("xwd") // to see the first frame drawn; without it, only the window is checked
	bin := buildCoplan(t)
	display := startXvfb(t)
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
	stop() // stderr is only read once the process is gone
	if drawn == 0 && errXwd == nil {
		t.Error("the window never drew its content")
	}
	if bytes.Contains(stderr.Bytes(), []byte("panic")) {
		t.Errorf("coplan wrote a panic:\n%s", stderr.String())
	}
}
