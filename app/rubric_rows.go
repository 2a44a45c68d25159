package app

import (
	"math"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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

// Descriptor cells show all their text, with a line to spare for typing,
// in the open row (the one being edited): at least openRows lines, at most
// 40. In the other rows they show at most closedRows lines, so that several
// criteria fit on a small screen; their text scrolls in the cell.
const (
	openRows   = 4
	closedRows = 3
)

// descriptorRows is how many lines a descriptor cell width wide shows of
// text: all of it, wrapped, and one more in an open row, else what fits in
// closedRows.
func descriptorRows(text string, width float32, open bool) int {
	lines := wrappedLines(text, width, fyne.TextStyle{})
	if !open {
		return min(lines, closedRows)
	}
	return min(max(lines+1, openRows), 40)
}

// titleRows is how many lines a criterion's title entry width wide shows
// of its bold text: two at least, all of it in an open row, and at most
// closedRows in the others.
func titleRows(text string, width float32, open bool) int {
	lines := max(wrappedLines(text, width, fyne.TextStyle{Bold: true}), 2)
	if !open {
		return min(lines, closedRows)
	}
	return min(lines, 20)
}

// wrappedLines is how many lines text takes in an entry width wide.
func wrappedLines(text string, width float32, style fyne.TextStyle) int {
	size := theme.TextSize()
	avail := float64(max(width-2*theme.InnerPadding()-4, 1))
	space := float64(fyne.MeasureText(" ", size, style).Width)
	lines := 0
	for _, p := range strings.Split(text, "\n") {
		// Words wrap whole, as the entry wraps them; a word wider than
		// the cell breaks across lines.
		lines++
		at := 0.0
		for _, word := range strings.Fields(p) {
			w := float64(fyne.MeasureText(word, size, style).Width)
			switch {
			case at == 0:
			case at+space+w <= avail:
				at += space
			default:
				lines++
				at = 0
			}
			if w > avail {
				lines += int(math.Ceil(w/avail)) - 1
				w = math.Mod(w, avail)
			}
			at += w
		}
	}
	return lines
}

// fitTitle fits the title entry of row to its text.
func (g *rubricGrid) fitTitle(row int) {
	if row < 0 || row >= len(g.titles) || g.titles[row] == nil {
		return
	}
	en := g.titles[row]
	if n := titleRows(en.Text, g.critW, g.isOpen(row)); n != g.shown[en] {
		g.shown[en] = n
		en.SetMinRowsVisible(n)
	}
}

// grow fits descriptor cell en of row to its text, and the row to its
// tallest cell; it lays the grid out again when a row's height changed.
func (g *rubricGrid) grow(row int, en *widgets.FieldEntry) {
	if n := descriptorRows(en.Text, g.levelW, g.isOpen(row)); n != g.shown[en] {
		g.shown[en] = n
		en.SetMinRowsVisible(n)
	}
	g.fitRow(row)
}

// fitRow makes row as tall as its tallest cell, and lays the grid out
// again when that changed its height.
func (g *rubricGrid) fitRow(row int) {
	if row < 0 || row >= len(g.heights) || row >= len(g.rows) || g.sides[row] == nil {
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
	if g.bodyGrid != nil && !g.fitting {
		g.bodyGrid.Refresh()
		g.sideGrid.Refresh()
	}
}

// isOpen says whether row is the open row.
func (g *rubricGrid) isOpen(row int) bool {
	return row >= 0 && row < len(g.criteria) && g.open != "" && g.criteria[row] == g.open
}

// openRow opens the row of criterion id, showing its description, weight,
// outcomes and buttons and each rating's name, points and tick, and closes
// the row open before.
func (g *rubricGrid) openRow(id string) {
	if id == g.open {
		return
	}
	was := slices.Index(g.criteria, g.open)
	g.open = id
	if was >= 0 {
		g.showOpen(was)
	}
	g.showOpen(slices.Index(g.criteria, id))
	if g.body != nil { // the scrolls take their content's new height now, to scroll within it
		g.body.Refresh()
		g.side.Refresh()
	}
}

// showOpen shows or hides what only an open row shows in row, and fits
// its cells and height to that.
func (g *rubricGrid) showOpen(row int) {
	if row < 0 || row >= len(g.extras) {
		return
	}
	open := g.isOpen(row)
	for _, x := range g.extras[row] {
		if open {
			x.Show()
		} else {
			x.Hide()
		}
	}
	g.fitTitle(row)
	for _, en := range g.descs[row] {
		g.grow(row, en)
	}
	g.fitRow(row) // a row without levels
}

// watchFocus notes each entry of the grid for comments when it gains the
// keyboard, opens its row, and scrolls it into view: cells both ways,
// level headers across, a criterion's own fields down.
func (g *rubricGrid) watchFocus() {
	for _, f := range g.forms {
		f.noteFocus()
		row := slices.Index(g.criteria, f.id)
		for path, w := range f.focus {
			en, ok := w.(*widgets.FieldEntry)
			if !ok {
				continue
			}
			across, down := row < 0 || strings.Contains(path, "."), row >= 0
			// A rating's cell shows whole, or from its top, with the
			// rating's name and points above the descriptor.
			var shown fyne.CanvasObject = en
			if _, lid, ok := strings.Cut(path, "."); ok && row >= 0 && row < len(g.rows) {
				if col := slices.Index(g.levels, lid); col >= 0 && col < len(g.rows[row]) {
					shown = g.rows[row][col]
				}
			}
			noted, id := en.OnFocusGained, f.id
			en.OnFocusGained = func() {
				if noted != nil {
					noted()
				}
				if down {
					g.openRow(id)
				}
				widgets.EnsureVisible(g.body, shown, across, down)
			}
		}
	}
}

// gridFit lays the rubric grid out at its size, first fitting its columns
// to its width.
type gridFit struct{ g *rubricGrid }

// MinSize is the grid's least height, and room for the narrowest criteria column.
func (l *gridFit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	if len(objects) == 0 {
		return fyne.Size{}
	}
	return fyne.NewSize(minCriterionWidth(), objects[0].MinSize().Height)
}

// Layout fits the columns to size's width and lays the grid out.
func (l *gridFit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.g.fit(size.Width)
	for _, o := range objects {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

// minCriterionWidth and minLevelWidth are the narrowest the criteria column
// and a level's column get before the levels scroll sideways.
func minCriterionWidth() float32 { return 140 * textScale() }
func minLevelWidth() float32     { return 96 * textScale() }

// fit shares width among the grid's columns: the criteria column takes
// about a quarter, within its least and most width, and the levels share
// the rest equally, so that no sideways scrolling is needed while each
// level's column keeps its least width; when the levels need more, they
// scroll sideways beside the criteria column, which stays in view.
func (g *rubricGrid) fit(width float32) {
	n := len(g.levels)
	if width <= 0 || width == g.fitted && textScale() == g.fittedScale || g.bodyRows == nil {
		return
	}
	g.fitted, g.fittedScale = width, textScale()
	pad := theme.Padding()
	crit := min(max(width*0.27, minCriterionWidth()), criterionWidth())
	level := levelWidth()
	if n > 0 {
		level = (width - crit - float32(n)*pad) / float32(n)
		if level < minLevelWidth() {
			crit = max(minCriterionWidth(), width-float32(n)*(minLevelWidth()+pad))
			level = max(minLevelWidth(), (width-crit-float32(n)*pad)/float32(n))
		}
		level = float32(math.Floor(float64(level)))
	}
	if crit == g.critW && level == g.levelW {
		return
	}
	g.critW, g.levelW = crit, level
	for _, l := range g.ptsLabels {
		if level < 140*textScale() {
			l.Hide()
		} else {
			l.Show()
		}
	}
	g.cornerGrid.W, g.sideRows.W = crit, crit
	g.headGrid.W, g.bodyRows.W = level, level
	g.fitting = true // lay out once, below
	for i := range g.descs {
		g.fitTitle(i)
		for _, en := range g.descs[i] {
			g.grow(i, en)
		}
		g.fitRow(i)
	}
	g.fitting = false
	g.bodyGrid.Refresh()
	g.sideGrid.Refresh()
	g.head.Content.Refresh()
}

// moreButton is a button that shows the menu items returns.
func (g *rubricGrid) moreButton(items func() []*fyne.MenuItem) *widget.Button {
	var b *widget.Button
	b = iconButton(theme.MoreVerticalIcon(), true, func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(b)
		if c == nil {
			return
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height))
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items()...), c, pos)
	})
	return b
}

// gridMenuItem is a menu item with icon that runs action, greyed out unless enabled.
func gridMenuItem(label string, icon fyne.Resource, enabled bool, action func()) *fyne.MenuItem {
	it := fyne.NewMenuItem(label, action)
	it.Icon, it.Disabled = icon, !enabled
	return it
}
