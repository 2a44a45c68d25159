package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The editor's tests share one Fyne test app. test.NewApp empties Fyne's
// caches of fonts and text sizes, and under the race detector shaping text
// again costs most of a test's time: every test opened the example unit and
// measured the same words anew. Each test still gets its own preferences and
// its own theme; only the driver, and so the text already measured, is shared.

var (
	sharedOnce sync.Once
	sharedBase fyne.App
)

// sharedTestApp returns a test app with fresh, empty preferences over the
// test driver all the editor's tests share, and makes it the current app.
func sharedTestApp() fyne.App {
	sharedOnce.Do(func() { sharedBase = test.NewApp() })
	a := &sharedApp{App: sharedBase, prefs: newMemoryPrefs()}
	a.settings = &sharedSettings{Settings: sharedBase.Settings()}
	fyne.SetCurrentApp(a)
	return a
}

// sharedApp is one test's view of the shared test app.
type sharedApp struct {
	fyne.App
	prefs    *memoryPrefs
	settings *sharedSettings
}

func (a *sharedApp) Preferences() fyne.Preferences { return a.prefs }
func (a *sharedApp) Settings() fyne.Settings       { return a.settings }

// sharedSettings applies a theme to the shared app only when it looks
// different from the one applied last, since applying one empties the text
// caches. An equal theme (same variant and text size) is kept and returned
// without being applied.
type sharedSettings struct {
	fyne.Settings
	theme fyne.Theme
}

func (s *sharedSettings) Theme() fyne.Theme {
	if s.theme != nil {
		return s.theme
	}
	return s.Settings.Theme()
}

func (s *sharedSettings) SetTheme(th fyne.Theme) {
	s.theme = th
	if !sameLook(th, s.Settings.Theme()) {
		s.Settings.SetTheme(th)
	}
}

// sameLook reports whether two themes draw alike: two Coplan themes with
// the same forced variant and text size, or one and the same theme.
func sameLook(a, b fyne.Theme) bool {
	x, ok1 := a.(*coplanTheme)
	y, ok2 := b.(*coplanTheme)
	if !ok1 || !ok2 {
		return a == b
	}
	if (x.variant == nil) != (y.variant == nil) || (x.variant != nil && *x.variant != *y.variant) {
		return false
	}
	return x.scale == y.scale && x.Theme == y.Theme
}
