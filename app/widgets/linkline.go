package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewLinkLine holds h, which should wrap, at the left of the room it is
// given and no wider than its text on one line: a hyperlink answers taps on
// its text only, so a link stretched across a row would look like it
// reaches further than it does. When the room is narrower than the text,
// the link wraps.
func NewLinkLine(h *widget.Hyperlink) *fyne.Container {
	return container.New(&linkLine{h: h}, h)
}

// linkLine lays out a NewLinkLine.
type linkLine struct{ h *widget.Hyperlink }

// natural is the link's width on one line.
func (l *linkLine) natural() float32 {
	return fyne.MeasureText(l.h.Text, theme.TextSize(), l.h.TextStyle).Width + 2*theme.InnerPadding()
}

// MinSize is the link's own least size.
func (l *linkLine) MinSize([]fyne.CanvasObject) fyne.Size { return l.h.MinSize() }

// Layout gives the link its width on one line, or all the room if less.
func (l *linkLine) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.h.Move(fyne.NewPos(0, 0))
	l.h.Resize(fyne.NewSize(min(size.Width, l.natural()), size.Height))
}
