package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// tightVBox stacks objects like a VBox but lets labels overlap their inner
// padding, so that a two-line list row is not taller than it needs to be.
type tightVBox struct{}

var _ fyne.Layout = (*tightVBox)(nil)

func (*tightVBox) overlap() float32 { return theme.Padding() * 2 }

// MinSize is the widest object's width and the heights added, less the overlaps.
func (l *tightVBox) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
		n++
	}
	if n > 1 {
		s.Height -= float32(n-1) * l.overlap()
	}
	return s
}

// Layout places the objects top to bottom at full width.
func (l *tightVBox) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - l.overlap()
	}
}

// setText changes a label's text only when it differs: setting it again
// costs a text layout (and shaping, for truncated labels).
func setText(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// wheelScrolls lays a ScrollForwarder over s, so that the mouse wheel
// scrolls s even over the multi-line entries inside it.
func wheelScrolls(s *container.Scroll) fyne.CanvasObject {
	return container.NewStack(s, widgets.NewScrollForwarder(s))
}

// ensureVisible scrolls s across and down, as asked and if need be, so that
// o is in view; o is inside s, or in a header that moves with it.
func ensureVisible(s *container.Scroll, o fyne.CanvasObject, across, down bool) {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
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

// rowLabels returns the two labels of a list row: a bold title and a caption
// line under it, both cut with an ellipsis when the list is narrow.
func rowLabels() (title, sub *widget.Label) {
	title = widget.NewLabel("")
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	sub = widget.NewLabel("")
	sub.SizeName = theme.SizeNameCaptionText
	sub.Truncation = fyne.TextTruncateEllipsis
	return title, sub
}
