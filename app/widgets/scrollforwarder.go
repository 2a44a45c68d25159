package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ScrollForwarder is an invisible widget laid over a scroll container that
// passes mouse-wheel scrolling to it. Without it a multi-line entry under
// the pointer takes the wheel for its own (usually unneeded) scrolling, and
// a form or grid full of such entries cannot be scrolled with the wheel.
// It takes no taps, hovers or keys, so those still reach what is beneath.
type ScrollForwarder struct {
	widget.BaseWidget
	target fyne.Scrollable
}

var _ fyne.Scrollable = (*ScrollForwarder)(nil)

// NewScrollForwarder returns a forwarder to target.
func NewScrollForwarder(target fyne.Scrollable) *ScrollForwarder {
	f := &ScrollForwarder{target: target}
	f.ExtendBaseWidget(f)
	return f
}

// Scrolled passes the scroll event to the target.
func (f *ScrollForwarder) Scrolled(ev *fyne.ScrollEvent) { f.target.Scrolled(ev) }

// CreateRenderer returns a renderer that draws nothing.
func (f *ScrollForwarder) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}
