package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// TightVBox stacks objects like a VBox but lets labels overlap their inner
// padding, so that a two-line list row is not taller than it needs to be.
type TightVBox struct{}

var _ fyne.Layout = (*TightVBox)(nil)

func (*TightVBox) overlap() float32 { return theme.Padding() * 2 }

// MinSize is the widest object's width and the heights added, less the overlaps.
func (l *TightVBox) MinSize(objects []fyne.CanvasObject) fyne.Size {
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
func (l *TightVBox) Layout(objects []fyne.CanvasObject, size fyne.Size) {
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

// FixedGrid lays objects out in Cols columns of cells W wide and H tall,
// with padding between them. A zero Cols lays them out in one column but
// asks for no width.
type FixedGrid struct {
	Cols int
	W, H float32
}

var _ fyne.Layout = (*FixedGrid)(nil)

func (g *FixedGrid) dims(n int) (cols, rows int) {
	cols = max(g.Cols, 1)
	return cols, (n + cols - 1) / cols
}

// MinSize is the size of all rows and columns with padding between them.
func (g *FixedGrid) MinSize(objects []fyne.CanvasObject) fyne.Size {
	cols, rows := g.dims(len(objects))
	if g.Cols == 0 {
		cols = 0
	}
	pad := theme.Padding()
	return fyne.NewSize(float32(cols)*g.W+float32(max(cols-1, 0))*pad, float32(rows)*g.H+float32(max(rows-1, 0))*pad)
}

// Layout places each object in its cell, row by row.
func (g *FixedGrid) Layout(objects []fyne.CanvasObject, _ fyne.Size) {
	cols, _ := g.dims(len(objects))
	pad := theme.Padding()
	for i, o := range objects {
		o.Move(fyne.NewPos(float32(i%cols)*(g.W+pad), float32(i/cols)*(g.H+pad)))
		o.Resize(fyne.NewSize(g.W, g.H))
	}
}

// FollowLayout holds a scroll container that follows another one, such as
// the header row of a grid: it asks for no more room than the other's
// viewport gives it, keeping only the content's height (KeepHeight, a
// header row) or width (KeepWidth, a header column).
type FollowLayout struct{ KeepHeight, KeepWidth bool }

var _ fyne.Layout = (*FollowLayout)(nil)

// MinSize is the kept dimension of the scroll containers' content.
func (l *FollowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		c := o.MinSize()
		if sc, ok := o.(*container.Scroll); ok && sc.Content != nil {
			c = sc.Content.MinSize()
		}
		if l.KeepHeight {
			s.Height = max(s.Height, c.Height)
		}
		if l.KeepWidth {
			s.Width = max(s.Width, c.Width)
		}
	}
	return s
}

// Layout gives every object the whole size.
func (l *FollowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// Relayout lays out o's containers again, after texts inside them changed:
// a container does not notice that its children's sizes changed.
func Relayout(o fyne.CanvasObject) {
	c, ok := o.(*fyne.Container)
	if !ok {
		return
	}
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
	for _, x := range c.Objects {
		Relayout(x)
	}
}
