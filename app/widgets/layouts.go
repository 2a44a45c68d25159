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

// Columns lays objects out row by row in N columns of equal width, like
// Fyne's grid, but each row only as tall as its tallest object: in Fyne's
// grid one option that wraps onto two lines makes every row two lines tall.
type Columns struct{ N int }

var _ fyne.Layout = (*Columns)(nil)

// rows groups the visible objects into rows of N.
func (l *Columns) rows(objects []fyne.CanvasObject) [][]fyne.CanvasObject {
	n := max(l.N, 1)
	var rows [][]fyne.CanvasObject
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		if len(rows) == 0 || len(rows[len(rows)-1]) == n {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], o)
	}
	return rows
}

// MinSize is N of the widest object's width, and each row's tallest
// object's height, with padding between.
func (l *Columns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	n := float32(max(l.N, 1))
	var s fyne.Size
	rows := l.rows(objects)
	for _, row := range rows {
		h := float32(0)
		for _, o := range row {
			m := o.MinSize()
			s.Width = max(s.Width, m.Width)
			h = max(h, m.Height)
		}
		s.Height += h
	}
	s.Width = s.Width*n + pad*(n-1)
	s.Height += pad * float32(max(len(rows)-1, 0))
	return s
}

// Layout places each row under the last, each object in its column.
func (l *Columns) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	n := float32(max(l.N, 1))
	w := (size.Width - pad*(n-1)) / n
	y := float32(0)
	for _, row := range l.rows(objects) {
		h := float32(0)
		for _, o := range row {
			o.Resize(fyne.NewSize(w, o.MinSize().Height)) // a wrapping text measures itself at its width
			h = max(h, o.MinSize().Height)
		}
		for i, o := range row {
			o.Move(fyne.NewPos(float32(i)*(w+pad), y))
			o.Resize(fyne.NewSize(w, h))
		}
		y += h + pad
	}
}
