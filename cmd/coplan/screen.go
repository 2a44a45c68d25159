package main

import (
	"bytes"
	"fmt"
	"log"
	"math"
	"os"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"

	"coplan/app"
)

// glfwTries is how many times startGLFW tries, glfwRetry apart: an X
// server with no clients left starts afresh when one leaves, such as the
// check that it answers, and refuses connections for that moment.
const (
	glfwTries = 5
	glfwRetry = 200 * time.Millisecond
)

// startGLFW starts GLFW, which draws Fyne's windows, on the main thread,
// and says why it could not. Fyne starts it with its first window too, but
// when that fails (the display went away since it was checked, or was
// starting afresh) Fyne goes on and panics at its next GLFW call. Started
// here first, Fyne's start does nothing more.
func startGLFW() error {
	var err error
	for i := 0; i < glfwTries; i++ {
		if i > 0 {
			time.Sleep(glfwRetry)
		}
		if err = tryGLFW(); err == nil {
			return nil
		}
	}
	return err
}

// tryGLFW starts GLFW once. GLFW's Go binding logs why it failed (a
// "platform error") instead of returning it, and panics at the next call:
// the log is caught here, and the next call's panic recovered.
func tryGLFW() (err error) {
	var said bytes.Buffer
	out, flags := log.Writer(), log.Flags()
	log.SetOutput(&said)
	log.SetFlags(0)
	defer func() {
		log.SetOutput(out)
		log.SetFlags(flags)
		r := recover()
		why := strings.TrimSpace(said.String())
		switch {
		case r == nil && err == nil:
			if why != "" {
				log.Print(why) // a warning; GLFW started
			}
		case why != "":
			err = fmt.Errorf("start GLFW: %s", why)
		case r != nil:
			err = fmt.Errorf("start GLFW: %v", r)
		}
	}()
	if err := glfw.Init(); err != nil {
		return fmt.Errorf("start GLFW: %w", err)
	}
	glfw.GetPrimaryMonitor() // panics if GLFW did not start
	return nil
}

// screenArea returns the primary monitor's work area (the screen less task
// bars and panels) in Fyne's units, for the editor's first window size.
// Fyne starts GLFW when it makes the first window, and GLFW must be called
// on the main thread: app.New calls this from there, after NewWindow.
func screenArea() (fyne.Size, bool) {
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}, false
	}
	_, _, w, h := m.GetWorkarea()
	if w <= 0 || h <= 0 {
		mode := m.GetVideoMode()
		if mode == nil {
			return fyne.Size{}, false
		}
		w, h = mode.Width, mode.Height
	}
	s := windowScale(m)
	return fyne.NewSize(float32(w)/s, float32(h)/s), true
}

// windowScale is the scale Fyne's desktop driver gives a window on monitor
// m: the user's scale (app.UserScale) times the system's, which is the
// content scale on Windows, 1 on macOS (where the work area is measured in
// points) and the monitor's density relative to 120 dpi elsewhere, rounded
// to a tenth as Fyne rounds it.
func windowScale(m *glfw.Monitor) float32 {
	user := app.UserScale(fyne.CurrentApp().Settings())
	system := float32(1)
	switch runtime.GOOS {
	case "windows":
		system, _ = m.GetContentScale()
	case "darwin":
	default:
		if off := os.Getenv("FYNE_DISABLE_DPI_DETECTION"); !strings.EqualFold(off, "true") && !strings.EqualFold(off, "t") && off != "1" {
			system = densityScale(m)
		}
	}
	s := float32(math.Round(float64(user*system)*10) / 10)
	if s <= 0 {
		return 1
	}
	return s
}

// densityScale is Fyne's scale for a monitor's pixel density: dots per inch
// over 120, never below 1, and 1 when the monitor reports no believable size.
func densityScale(m *glfw.Monitor) float32 {
	mm, _ := m.GetPhysicalSize()
	mode := m.GetVideoMode()
	if mm <= 0 || mode == nil {
		return 1
	}
	dpi := float32(mode.Width) / (float32(mm) / 25.4)
	if dpi > 1000 || dpi < 10 || (mm == 60 && runtime.GOOS == "linux") {
		return 1
	}
	return max(dpi/120, 1)
}
