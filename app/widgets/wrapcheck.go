package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	box := container.NewVBox(c.Check)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, box, nil, c.Label))
}
