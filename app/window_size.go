package app

import (
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// ScreenArea returns the part of the screen a window may use (the screen
// less task bars and panels) in Fyne's units, or false when it cannot tell.
// The desktop build sets it; New calls it on the main thread, after the
// window exists. Left nil (as in tests), the window opens at fallbackWindow.
var ScreenArea func() (fyne.Size, bool)

var (
	// defaultWindow is the size the window opens at on a large screen when
	// it has no size remembered.
	defaultWindow = fyne.NewSize(1280, 800)
	// fallbackWindow is the first size when the screen's size is unknown:
	// it fits a 1366×768 screen with a panel and a title bar.
	fallbackWindow = fyne.NewSize(1200, 660)
	// windowFrame is the room left for what the desktop draws around the
	// window's content: its title bar and borders.
	windowFrame = fyne.NewSize(16, 48)
	// smallestWindow is the smallest size worth remembering; anything less
	// is a transient layout, not a size someone chose.
	smallestWindow = fyne.NewSize(480, 320)
)

// rememberDelay is how long the window's size must stay the same before it
// is written to the preferences, so a drag of the window's edge is saved
// once.
const rememberDelay = 700 * time.Millisecond

// windowSize is the size the window opens at on a screen whose usable area
// is screen (zero when unknown): the size remembered from last time if
// there is one, else defaultWindow, either made smaller where needed to fit
// the screen with its title bar and borders.
func windowSize(screen, remembered fyne.Size) fyne.Size {
	want := defaultWindow
	if remembered.Width >= smallestWindow.Width && remembered.Height >= smallestWindow.Height {
		want = remembered
	} else if screen.IsZero() {
		want = fallbackWindow
	}
	return fitScreen(want, screen)
}

// fitScreen returns want, made smaller where needed to fit a screen whose
// usable area is screen (zero when unknown) with a title bar and borders.
func fitScreen(want, screen fyne.Size) fyne.Size {
	if screen.IsZero() {
		return want
	}
	room := screen.Subtract(windowFrame)
	return fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height))
}

// UserScale is the scale the person chose for Fyne's windows, read as
// Fyne's desktop driver reads it: FYNE_SCALE when it holds a number, else
// Fyne's scale setting s, else 1. Fyne multiplies it by the screen's own
// scale (its density, or the system's setting on Windows) to draw.
func UserScale(s fyne.Settings) float32 {
	return userScale(os.Getenv("FYNE_SCALE"), s.Scale())
}

// userScale is UserScale for the value env of FYNE_SCALE and the scale
// setting; "auto" leaves it to the screen.
func userScale(env string, setting float32) float32 {
	if env == "auto" {
		return 1
	}
	if v, err := strconv.ParseFloat(env, 32); err == nil && v > 0 {
		return float32(v)
	}
	if setting > 0 {
		return setting
	}
	return 1
}

// rescale is size, kept in Fyne's units at user scale from, in Fyne's
// units at user scale to: the same size on the screen. The size is kept
// in Fyne's units, not in pixels, because those already follow the
// screen's density: a window moved from a dense laptop screen to a large
// monitor keeps its size in centimetres rather than its count of pixels.
// Only the user's own scale (FYNE_SCALE, Fyne's setting) makes a unit
// larger on the same screen. A size kept with no scale (from = 0, by an
// older version) is taken as kept at the scale of today.
func rescale(size fyne.Size, from, to float32) fyne.Size {
	if from <= 0 || to <= 0 || from == to {
		return size
	}
	f := from / to
	return fyne.NewSize(size.Width*f, size.Height*f)
}

// worthRemembering reports whether the window's new size is one to keep:
// not a transient size smaller than smallestWindow, and not (within a unit)
// the size it opened at, opened, which may have been made smaller to fit
// this screen: remembering that would lose the size chosen on a larger
// screen. opened is zero once the window changed size.
func worthRemembering(size, opened fyne.Size) bool {
	if size.Width < smallestWindow.Width || size.Height < smallestWindow.Height {
		return false
	}
	near := func(a, b float32) bool { return a-b <= 1 && b-a <= 1 }
	return opened.IsZero() || !near(size.Width, opened.Width) || !near(size.Height, opened.Height)
}

// userScale is the user scale in force now.
func (a *App) userScale() float32 { return UserScale(a.fyne.Settings()) }

// openingSize is the size the window opens at: the size remembered, at
// today's user scale, else the default, made to fit the screen's usable
// area. It is noted in a.opened.
func (a *App) openingSize() fyne.Size {
	size, scale := a.prefs.windowSize()
	a.opened = windowSize(a.screen, rescale(size, scale, a.userScale()))
	return a.opened
}

// measureScreen finds the screen's usable area, once, for every window's
// first size.
func (a *App) measureScreen() {
	if ScreenArea != nil {
		if s, ok := ScreenArea(); ok {
			a.screen = s
		}
	}
}

// setContent shows o in the window, inside a layout that remembers the
// window's size whenever it changes.
func (a *App) setContent(o fyne.CanvasObject) {
	a.win.SetContent(container.New(&sizeKeeper{app: a}, o))
}

// sizeKeeper lays out its one object over the whole window and, once the
// window keeps a new size for rememberDelay, writes it to the preferences
// with the user scale it is measured at. The size kept is the window's
// canvas, menu bar included, as Resize takes.
type sizeKeeper struct {
	app    *App
	last   fyne.Size
	cancel func()
}

// Layout gives every object the whole size and notes a new size.
func (k *sizeKeeper) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	size = k.app.win.Canvas().Size()
	if size == k.last || !worthRemembering(size, k.app.opened) {
		return
	}
	k.last = size
	k.app.opened = fyne.Size{}
	if k.cancel != nil {
		k.cancel()
	}
	k.cancel = k.app.schedule(rememberDelay, func() {
		k.cancel = nil
		k.app.prefs.setWindowSize(size, k.app.userScale())
	})
}

// MinSize is the largest of the objects' minimum sizes.
func (k *sizeKeeper) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// dialogRoom is the least margin a dialog leaves around it in its window.
const dialogRoom = 32

// fitDialog returns want, made smaller where needed to leave dialogRoom
// around a dialog in win: a dialog taller than its window is centred with
// its buttons off the screen. A zero height (or width) stays zero, for the
// dialog's least.
func fitDialog(win fyne.Window, want fyne.Size) fyne.Size {
	c := win.Canvas().Size()
	if c.IsZero() {
		return want
	}
	return fyne.NewSize(min(want.Width, c.Width-dialogRoom), min(want.Height, c.Height-dialogRoom))
}
