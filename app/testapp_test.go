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

// sharedSettings applies a theme to the windows only when it looks
// different from the one applied last. It applies it as Fyne does, by
// refreshing and laying out every window, but keeps Fyne's text caches: the
// test app's own SetTheme empties them, though what they hold is keyed by
// text size and font, which a theme change leaves correct, so every test
// after one at another text size measured every word again. An equal theme
// (same variant and text size) is kept and returned without being applied.
type sharedSettings struct {
	fyne.Settings
	theme fyne.Theme
}

// appliedLook is the theme last applied to the shared app's windows.
var appliedLook fyne.Theme

func (s *sharedSettings) Theme() fyne.Theme {
	if s.theme != nil {
		return s.theme
	}
	return s.Settings.Theme()
}

func (s *sharedSettings) SetTheme(th fyne.Theme) {
	s.theme = th
	if appliedLook != nil && sameLook(th, appliedLook) {
		return
	}
	appliedLook = th
	for _, w := range sharedBase.Driver().AllWindows() {
		applyTheme(w.Content())
		for _, o := range w.Canvas().Overlays().List() {
			applyTheme(o)
		}
	}
}

// applyTheme refreshes o and everything in it, and lays them out again, as
// Fyne does when the theme changes: text and padding sizes may have changed.
func applyTheme(o fyne.CanvasObject) {
	switch x := o.(type) {
	case nil:
		return
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, c := range r.Objects() {
			applyTheme(c)
		}
		r.Layout(x.Size())
	case *fyne.Container:
		for _, c := range x.Objects {
			applyTheme(c)
		}
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
	}
	o.Refresh()
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
