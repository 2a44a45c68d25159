package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// WrapCheck is a check box whose text wraps onto more lines when its row is
// narrow. A widget.Check draws its text on one line that sets the row's
// least width, so a long option pushes a form wider than the window; here
// the box is a widget.Check without text, the text a wrapping label beside
// it, and a tap on the text toggles the box.
type WrapCheck struct {
	widget.BaseWidget
	// Check is the box: read Checked and call SetChecked on it.
	Check *widget.Check
	// Label shows the text.
	Label *widget.Label
}

var _ fyne.Tappable = (*WrapCheck)(nil)

// NewWrapCheck returns a check box showing text that calls changed when it
// is ticked or cleared.
func NewWrapCheck(text string, changed func(bool)) *WrapCheck {
	c := &WrapCheck{Check: widget.NewCheck("", changed), Label: widget.NewLabel(text)}
	c.Label.Wrapping = fyne.TextWrapWord
	c.ExtendBaseWidget(c)
	return c
}

// Text is the text beside the box.
func (c *WrapCheck) Text() string { return c.Label.Text }

// Tapped toggles the box, for a tap on the text.
func (c *WrapCheck) Tapped(*fyne.PointEvent) {
	if !c.Check.Disabled() {
		c.Check.SetChecked(!c.Check.Checked)
	}
}

// CreateRenderer lays the box out at the left of the text, at its top.
func (c *WrapCheck) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(&wrapCheckLayout{c}, c.Check, c.Label))
}

// wrapCheckLayout puts the box at the top left and the text beside it,
// overlapping the text's inner padding with the box's, as a widget.Check
// spaces its own text.
type wrapCheckLayout struct{ c *WrapCheck }

func (l *wrapCheckLayout) gap() float32 { return theme.InnerPadding() }

// MinSize is the box and the text side by side.
func (l *wrapCheckLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	b, t := l.c.Check.MinSize(), l.c.Label.MinSize()
	return fyne.NewSize(b.Width-l.gap()+t.Width, max(b.Height, t.Height))
}

// Layout places the box at the top left and gives the text the rest.
func (l *wrapCheckLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	b := l.c.Check.MinSize()
	l.c.Check.Move(fyne.NewPos(0, 0))
	l.c.Check.Resize(b)
	x := b.Width - l.gap()
	l.c.Label.Move(fyne.NewPos(x, 0))
	l.c.Label.Resize(fyne.NewSize(size.Width-x, size.Height))
}
