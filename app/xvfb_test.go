package app

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Helpers for the tests that run the real binary on a virtual X display.

// needTools skips the test when a program it needs is missing, except on CI
// (CI=true), where a missing program fails it: make deps installs them all.
func needTools(t testing.TB, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			msg := fmt.Sprintf("%s is not installed (make deps installs it)", n)
			if os.Getenv("CI") == "true" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// buildCoplan compiles the coplan command (with cgo, for the real driver)
// into a temporary folder and returns its path. It builds with the running
// test binary's -race and -tags, so it reuses the packages compiled for the
// tests instead of compiling Fyne once more on a cold build cache.
func buildCoplan(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "coplan")
	args := []string{"build", "-o", bin}
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
	cmd := exec.Command("go", append(args, "coplan/cmd/coplan")...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startXvfb starts a virtual display and returns its name, such as ":117",
// once an X client can talk to it. Xvfb chooses the number itself
// (-displayfd): it takes the first free one under its own lock and writes
// it back only when it accepts clients, so two tests, or two packages'
// tests, never race for one number, and a server left by someone else is
// never mistaken for ours.
func startXvfb(t testing.TB) string {
	t.Helper()
	display, _ := startXvfbWithStop(t)
	return display
}

// startXvfbWithStop is startXvfb, and also returns a function that stops
// the server at once, to take the display away from a running app.
func startXvfbWithStop(t testing.TB) (string, func()) {
	t.Helper()
	needTools(t, "Xvfb", "xwininfo")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1440x1024x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w} // the child's fd 3
	var stderr bytes.Buffer
	x.Stderr = &stderr
	if err := x.Start(); err != nil {
		w.Close()
		t.Fatal(err)
	}
	w.Close() // ours: the read below ends when Xvfb writes or exits
	exited := make(chan struct{})
	go func() { _ = x.Wait(); close(exited) }()
	stop := func() {
		// SIGTERM lets Xvfb remove its lock and socket; SIGKILL would not.
		_ = x.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = x.Process.Kill()
			<-exited
		}
	}
	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if _, err := strconv.Atoi(n); err != nil {
			stop()
			t.Fatalf("Xvfb gave no display number (%q):\n%s", n, stderr.String())
		}
		t.Cleanup(stop)
		return ":" + n, stop
	case <-time.After(30 * time.Second):
		stop()
		t.Fatalf("Xvfb did not start within 30 s:\n%s", stderr.String())
	}
	return "", stop
}

// findWindow returns the id of the window whose title contains title, or "".
func findWindow(display, title string) string {
	cmd := exec.Command("xwininfo", "-root", "-tree")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, title) {
			if f := strings.Fields(line); len(f) > 0 && strings.HasPrefix(f[0], "0x") {
				return f[0]
			}
		}
	}
	return ""
}

// waitForWindow polls until a window whose title contains title exists.
func waitForWindow(display, title string, limit time.Duration) (string, time.Duration, error) {
	start := time.Now()
	for time.Since(start) < limit {
		if id := findWindow(display, title); id != "" {
			return id, time.Since(start), nil
		}
		time.Sleep(10 * time.Millisecond)
	}
	return "", 0, fmt.Errorf("no window titled %q after %v", title, limit)
}

// captureWindow takes a picture of the X window id as drawn on screen.
func captureWindow(display, id string) (image.Image, error) {
	cmd := exec.Command("xwd", "-id", id, "-silent")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("xwd: %w", err)
	}
	return decodeXWD(out)
}

// decodeXWD reads an X window dump of a 24- or 32-bit TrueColor window.
func decodeXWD(data []byte) (image.Image, error) {
	if len(data) < 100 {
		return nil, errors.New("xwd: short header")
	}
	h := make([]uint32, 25)
	if err := binary.Read(bytes.NewReader(data[:100]), binary.BigEndian, h); err != nil {
		return nil, err
	}
	headerSize, format, width, height := h[0], h[2], int(h[4]), int(h[5])
	lsb, bpp, bytesPerLine := h[7] == 0, h[11], int(h[12])
	rMask, gMask, bMask, ncolors := h[14], h[15], h[16], h[19]
	if format != 2 || bpp != 32 {
		return nil, fmt.Errorf("xwd: format %d with %d bits a pixel is not supported", format, bpp)
	}
	start := int(headerSize) + int(ncolors)*12
	if len(data) < start+bytesPerLine*height {
		return nil, errors.New("xwd: short pixel data")
	}
	channel := func(p, mask uint32) uint8 {
		for mask != 0 && mask&1 == 0 {
			mask >>= 1
			p >>= 1
		}
		return uint8(p & mask)
	}
	img := image.NewNRGBA(image.Rect(0, 0, width, height))
	for y := 0; y < height; y++ {
		row := data[start+y*bytesPerLine:]
		for x := 0; x < width; x++ {
			var p uint32
			if lsb {
				p = binary.LittleEndian.Uint32(row[x*4:])
			} else {
				p = binary.BigEndian.Uint32(row[x*4:])
			}
			img.SetNRGBA(x, y, color.NRGBA{channel(p, rMask), channel(p, gMask), channel(p, bMask), 0xff})
		}
	}
	return img, nil
}

// colours counts the distinct colours of img, up to limit: a window that
// drew nothing yet is one flat colour.
func colours(img image.Image, limit int) int {
	seen := map[color.Color]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			seen[img.At(x, y)] = true
			if len(seen) >= limit {
				return limit
			}
		}
	}
	return len(seen)
}
