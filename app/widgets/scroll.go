package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// WheelScrolls lays a ScrollForwarder over s, so that the mouse wheel
// scrolls s even over the multi-line entries inside it.
func WheelScrolls(s *container.Scroll) fyne.CanvasObject {
	return container.NewStack(s, NewScrollForwarder(s))
}

// EnsureVisible scrolls s across and down, as asked and if need be, so that
// o is in view; o is inside s, or in a header that moves with it. It does
// nothing while s is not on a canvas.
func EnsureVisible(s *container.Scroll, o fyne.CanvasObject, across, down bool) {
	d := fyne.CurrentApp().Driver()
	if d.CanvasForObject(s) == nil {
		return
	}
	rel := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(s))
	off, view, size := s.Offset, s.Size(), o.Size()
	pad := theme.Padding()
	switch {
	case !down:
	case rel.Y < 0:
		off.Y += rel.Y - pad
	case rel.Y+size.Height > view.Height:
		off.Y += min(rel.Y, rel.Y+size.Height-view.Height+pad)
	}
	switch {
	case !across:
	case rel.X < 0:
		off.X += rel.X - pad
	case rel.X+size.Width > view.Width:
		off.X += min(rel.X, rel.X+size.Width-view.Width+pad)
	}
	off.X, off.Y = max(off.X, 0), max(off.Y, 0)
	if off != s.Offset {
		s.ScrollToOffset(off)
		if s.OnScrolled != nil {
			s.OnScrolled(s.Offset)
		}
	}
}
