package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellLabel is the text of a results cell. The pointer resting on a cell
// whose text is cut short shows the whole text over it.
type cellLabel struct {
	widget.Label
	hover func(l *cellLabel, in bool)
}

var _ desktop.Hoverable = (*cellLabel)(nil)

func newCellLabel(hover func(l *cellLabel, in bool)) *cellLabel {
	l := &cellLabel{hover: hover}
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// MouseIn shows the whole text when it is cut short.
func (l *cellLabel) MouseIn(*desktop.MouseEvent) { l.hover(l, true) }

// MouseMoved does nothing: the tip stays where it was shown.
func (l *cellLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut hides the whole text.
func (l *cellLabel) MouseOut() { l.hover(l, false) }

// cut says whether l's text is wider than l, and so cut with "…".
func (l *cellLabel) cut() bool {
	return l.Text != "" && textWidth(l.Text, l.TextStyle.Bold) > l.Size().Width+0.5
}

// resultTip shows a cut cell's whole text over the cell. It takes no taps
// or hovers, so the cell beneath still gets them.
type resultTip struct {
	label *widget.Label
	root  *fyne.Container
	// at is where the cell is in the results, and width its width.
	at    fyne.Position
	width float32
}

func newResultTip() *resultTip {
	t := &resultTip{label: widget.NewLabel("")}
	t.label.Wrapping = fyne.TextWrapWord
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	t.root = container.NewStack(bg, t.label)
	t.root.Hide()
	return t
}

// hover shows l's whole text over it when in and the text is cut, else
// hides the tip.
func (r *judgingResults) hover(l *cellLabel, in bool) {
	t := r.tip
	if !in || !l.cut() {
		if t.root.Visible() {
			t.root.Hide()
		}
		return
	}
	d := fyne.CurrentApp().Driver()
	t.at = d.AbsolutePositionForObject(l).Subtract(d.AbsolutePositionForObject(r.split))
	t.width = textWidth(l.Text, l.TextStyle.Bold)
	t.label.TextStyle = l.TextStyle
	t.label.SetText(l.Text)
	t.root.Show()
	r.placeTip(r.split.Size())
}

// placeTip lays the tip out over its cell, within the results' size: moved
// left when it would reach past the right edge, and wrapped when it is
// wider than the whole.
func (r *judgingResults) placeTip(size fyne.Size) {
	t := r.tip
	if !t.root.Visible() {
		return
	}
	w := min(t.width, size.Width)
	t.root.Resize(fyne.NewSize(w, t.root.MinSize().Height))
	t.root.Resize(fyne.NewSize(w, t.root.MinSize().Height)) // the height of the text wrapped to w
	t.root.Move(fyne.NewPos(max(0, min(t.at.X, size.Width-w)), t.at.Y))
}
