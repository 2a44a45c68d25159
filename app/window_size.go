package app

import (
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
// window keeps a new size for rememberDelay, writes it to the preferences.
// The size kept is the window's canvas, menu bar included, as Resize takes.
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
	if size == k.last || size.Width < smallestWindow.Width || size.Height < smallestWindow.Height {
		return
	}
	k.last = size
	if k.cancel != nil {
		k.cancel()
	}
	k.cancel = k.app.schedule(rememberDelay, func() {
		k.cancel = nil
		k.app.prefs.setWindowSize(size)
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
