package main

import (
	"math"
	"os"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"

	"coplan/app"
)

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
