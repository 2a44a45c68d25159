package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Flow lays objects out left to right like an HBox, but starts a new line
// when the next object would not fit, so a row of buttons never makes a
// pane wider than the window. Its least width is its widest object; its
// height is what its lines take at the width it was last given (one line
// until it has been laid out).
type Flow struct {
	width float32
}

var _ fyne.Layout = (*Flow)(nil)

// lines places the visible objects in lines no wider than width, returning
// each object's position and the total height.
func (l *Flow) lines(objects []fyne.CanvasObject, width float32) ([]fyne.Position, float32) {
	pad := theme.Padding()
	pos := make([]fyne.Position, len(objects))
	x, y, lineH := float32(0), float32(0), float32(0)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		if x > 0 && x+m.Width > width {
			x, y = 0, y+lineH+pad
			lineH = 0
		}
		pos[i] = fyne.NewPos(x, y)
		x += m.Width + pad
		lineH = max(lineH, m.Height)
	}
	return pos, y + lineH
}

// MinSize is the widest object's width and the height of the lines at the
// width last laid out.
func (l *Flow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	pad := theme.Padding()
	all := float32(0)
	for _, o := range objects {
		if o.Visible() {
			m := o.MinSize()
			s.Width = max(s.Width, m.Width)
			all += m.Width + pad
		}
	}
	width := l.width
	if width <= 0 {
		width = all
	}
	_, s.Height = l.lines(objects, max(width, s.Width))
	return s
}

// Layout places the objects line by line, each at its least size.
func (l *Flow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	pos, _ := l.lines(objects, size.Width)
	for i, o := range objects {
		if !o.Visible() {
			continue
		}
		o.Move(pos[i])
		o.Resize(o.MinSize())
	}
}
