package widgets

import "fyne.io/fyne/v2"

// HideWhenShort lays its objects out over its whole size, like a Stack, and
// hides Optional while that size is less than Height tall: a line of help
// that a small screen cannot spare the room for.
type HideWhenShort struct {
	Optional fyne.CanvasObject
	Height   float32
}

var _ fyne.Layout = (*HideWhenShort)(nil)

// MinSize is the largest of the objects' least sizes.
func (l *HideWhenShort) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// Layout shows or hides Optional for the height and gives every object the
// whole size, laying them out again when Optional came or went.
func (l *HideWhenShort) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	show := size.Height >= l.Height
	changed := show != l.Optional.Visible()
	if changed {
		if show {
			l.Optional.Show()
		} else {
			l.Optional.Hide()
		}
	}
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
		if changed {
			o.Refresh()
		}
	}
}

// AtLeast lays its objects out over its whole size, like a Stack, and asks
// for at least Size: a grid that scrolls itself keeps room for a few rows
// in a pane that scrolls when the window is too short for them.
type AtLeast struct{ Size fyne.Size }

var _ fyne.Layout = (*AtLeast)(nil)

// MinSize is Size, or more where an object needs more.
func (l *AtLeast) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := l.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// Layout gives every object the whole size.
func (l *AtLeast) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
