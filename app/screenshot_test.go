package app

import (
	"bufio"
	"flag"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var screenshots = flag.String("screenshots", "", "write PNGs of the example unit's main screens into this folder (make screenshots)")

// TestScreenshots saves the README's screenshots: it runs the real binary on
// a virtual display in its hidden tour mode and takes a picture of the
// window at each screen, as OpenGL drew it.
func TestScreenshots(t *testing.T) {
	if *screenshots == "" {
		t.Skip("pass -screenshots=DIR to write the README's screenshots")
	}
	needTools(t, "Xvfb", "xwininfo", "xwd")
	dir, err := filepath.Abs(*screenshots)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := buildCoplan(t)
	display := startXvfb(t)
	cmd := exec.Command(bin, "--screenshot-tour")
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "HOME="+t.TempDir())
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	names := 0
	lines := bufio.NewScanner(out)
	for lines.Scan() {
		name, ok := strings.CutPrefix(lines.Text(), "ready ")
		if !ok {
			continue
		}
		id, _, err := waitForWindow(display, "Solar car challenge", 10*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		img, err := captureWindow(display, id)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".png")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", path)
		names++
		if _, err := io.WriteString(in, "\n"); err != nil {
			t.Fatal(err)
		}
	}
	if names != len(ReadmeScreens) {
		t.Errorf("took %d screenshots, want %d", names, len(ReadmeScreens))
	}
}
