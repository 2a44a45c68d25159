package app

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"coplan/app/widgets"
)

// rowsGrid lays objects out in Cols columns W wide, row by row, each row as
// tall as its entry in Heights, with padding between; the criteria column
// and the cells of the rubric grid share one Heights, so a row that grows
// for a long descriptor grows on both sides.
type rowsGrid struct {
	Cols    int
	W       float32
	Heights *[]float32
}

var _ fyne.Layout = (*rowsGrid)(nil)

// MinSize is the size of all rows and columns with padding between them.
func (g *rowsGrid) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	h := float32(0)
	for i, x := range *g.Heights {
		if i > 0 {
			h += pad
		}
		h += x
	}
	return fyne.NewSize(float32(g.Cols)*g.W+float32(max(g.Cols-1, 0))*pad, h)
}

// Layout places each object in its cell.
func (g *rowsGrid) Layout(objects []fyne.CanvasObject, _ fyne.Size) {
	pad := theme.Padding()
	y := float32(0)
	hs := *g.Heights
	for i, o := range objects {
		row := i / max(g.Cols, 1)
		if row >= len(hs) {
			break
		}
		if i%g.Cols == 0 && row > 0 {
			y += hs[row-1] + pad
		}
		o.Move(fyne.NewPos(float32(i%g.Cols)*(g.W+pad), y))
		o.Resize(fyne.NewSize(g.W, hs[row]))
	}
}

// minDescriptorRows is the fewest lines a descriptor cell shows.
const minDescriptorRows = 4

// descriptorRows is how many lines a descriptor cell needs to show all of
// text wrapped to a column levelWidth wide, with one to spare for typing.
func descriptorRows(text string) int {
	size := theme.TextSize()
	avail := float64(levelWidth() - 4*theme.InnerPadding())
	lines := 0
	for _, p := range strings.Split(text, "\n") {
		w := float64(fyne.MeasureText(p, size, fyne.TextStyle{}).Width)
		lines += max(1, int(math.Ceil(w/avail)))
	}
	return min(max(lines+1, minDescriptorRows), 40)
}

// grow fits descriptor cell en of row to its text, and the row to its
// tallest cell; it lays the grid out again when a row's height changed.
func (g *rubricGrid) grow(row int, en *widgets.FieldEntry) {
	if n := descriptorRows(en.Text); n != g.shown[en] {
		g.shown[en] = n
		en.SetMinRowsVisible(n)
	}
	if row < 0 || row >= len(g.heights) || row >= len(g.rows) || g.bodyGrid == nil {
		return
	}
	h := g.sides[row].MinSize().Height
	for _, c := range g.rows[row] {
		h = max(h, c.MinSize().Height)
	}
	if h == g.heights[row] {
		return
	}
	g.heights[row] = h
	g.bodyGrid.Refresh()
	g.sideGrid.Refresh()
}
