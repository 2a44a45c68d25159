package export

// span is a piece of a table cell in one style; the spans of a cell are
// laid out one under another.
type span struct {
	text string
	st   textStyle
}

// cell is the content of one table cell.
type cell []span

// txt makes a cell of one span.
func txt(text string, st textStyle) cell { return cell{{text, st}} }

// cellPad is the space between a cell's border and its text, in millimetres.
const cellPad = 1.6

// table draws rows of wrapped cells. Each row is as tall as its tallest
// cell; a row moves to the next page whole unless it is taller than a page,
// and the header row is repeated at the top of every page the table reaches.
type table struct {
	d       *doc
	caption string
	widths  []float64
	head    [][]line
	headH   float64
	started bool
	hook    func()
	// keep is the height of what follows the table, to be kept on the
	// same page as the next row when that row is the last.
	keep float64
}

// newTable starts a table across the text area and a header row; caption
// names it on continued pages. A positive weight is a share of the width
// left over by the fixed columns; a negative one is a fixed width in
// millimetres (see fit).
func (d *doc) newTable(caption string, weights []float64, head []string) *table {
	shares, fixed := 0.0, 0.0
	for _, w := range weights {
		if w < 0 {
			fixed -= w
		} else {
			shares += w
		}
	}
	// Fixed columns never leave less than 40% of the width to the others.
	scale := 1.0
	if shares > 0 && fixed > d.width()*0.6 {
		scale = d.width() * 0.6 / fixed
	}
	rest := d.width() - fixed*scale
	t := &table{d: d, caption: caption, widths: make([]float64, len(weights))}
	for i, w := range weights {
		if w < 0 {
			t.widths[i] = -w * scale
		} else if shares > 0 {
			t.widths[i] = rest * w / shares
		}
	}
	hc := make([]cell, len(head))
	for i, h := range head {
		hc[i] = txt(h, stCellB)
	}
	t.head, t.headH = t.layout(hc)
	return t
}

// fit returns the fixed column width, as newTable takes it, that holds the
// header head and the widest of texts in st on one line.
func fit(head string, st textStyle, texts ...string) float64 {
	w := width(clean(head), stCellB)
	for _, s := range texts {
		w = max(w, width(clean(s), st))
	}
	return -(w + 2*cellPad + 0.6)
}

// newTableCells is newTable with header cells of several spans.
func (d *doc) newTableCells(caption string, weights []float64, head []cell) *table {
	t := d.newTable(caption, weights, nil)
	t.head, t.headH = t.layout(head)
	return t
}

// layout wraps each cell to its column and returns the lines and the row height.
func (t *table) layout(cells []cell) ([][]line, float64) {
	cols := make([][]line, len(t.widths))
	h := 0.0
	for i := range t.widths {
		if i >= len(cells) {
			continue
		}
		for _, s := range cells[i] {
			cols[i] = append(cols[i], lines(s.text, s.st, t.widths[i]-2*cellPad)...)
		}
		h = max(h, height(cols[i]))
	}
	if len(cells) == 0 {
		return cols, 0
	}
	return cols, h + 2*cellPad
}

// captionH is the height of the "(continued)" line over a continued table.
func (t *table) captionH() float64 {
	if t.caption == "" {
		return 0
	}
	return stSmall.lineHeight() + 1
}

// drawHead draws the header row at the current position.
func (t *table) drawHead() {
	if t.headH == 0 {
		return
	}
	t.drawChunk(t.head, &shade)
}

// continued is the page-break hook: caption and header on the new page.
func (t *table) continued() {
	if t.caption != "" {
		t.d.text(t.d.left, t.d.y, clean(t.caption)+" (continued)", textStyle{italic, stSmall.size, muted})
		t.d.y += t.captionH()
	}
	t.drawHead()
}

// capacity is the height a row has on a page the table continues onto.
func (t *table) capacity() float64 {
	return t.d.bottom - t.d.top - t.captionH() - t.headH
}

// begin draws the header, kept on a page with the whole first row when
// that row fits on a page, else with its first lines.
func (t *table) begin(firstRowH float64) {
	t.started = true
	if firstRowH > t.capacity() {
		firstRowH = min(firstRowH, 3*stCell.lineHeight()+2*cellPad)
	}
	t.d.need(t.headH + firstRowH)
	t.drawHead()
	t.hook = t.d.onNewPage
	t.d.onNewPage = t.continued
}

// firstRowHeight is the height the header and a first row of cells take,
// or, when they do not fit on one page, of the header and the row's first
// lines: what a heading over the table keeps with it.
func (t *table) firstRowHeight(cells []cell) float64 {
	_, h := t.layout(cells)
	if h > t.capacity() {
		h = min(h, 3*stCell.lineHeight()+2*cellPad)
	}
	return t.headH + h
}

// end finishes the table and leaves a little space after it.
func (t *table) end() {
	if t.started {
		t.d.onNewPage = t.hook
	}
	t.d.y += 3
}

// row adds a row of cells, filled with fill unless it is nil. A row that
// fits on a page is never split: it moves whole to the next page. A row
// taller than a page is split, and each page it continues onto names the
// row again at the top of its first column.
func (t *table) row(cells []cell, fill *rgb) {
	cols, rowH := t.layout(cells)
	if !t.started {
		t.begin(rowH)
	}
	d := t.d
	capacity := t.capacity()
	var again []line // the row's name, repeated on the pages it continues onto
	if len(cells) > 0 && len(cells[0]) > 0 && len(t.widths) > 0 {
		again = lines(cells[0][0].text+" (continued)", textStyle{italic, stCellNote.size, muted}, t.widths[0]-2*cellPad)
	}
	from := make([]int, len(cols))
	split := false
	for {
		parts := make([][]line, len(cols))
		pre := 0 // lines of again at the top of parts[0]
		remaining := 0.0
		for i := range cols {
			parts[i] = cols[i][from[i]:]
			if i == 0 && split {
				pre = len(again)
				parts[i] = append(append([]line{}, again...), parts[i]...)
			}
			remaining = max(remaining, height(parts[i]))
		}
		remaining += 2 * cellPad
		fresh := d.y <= d.top+t.captionH()+t.headH+0.01
		if remaining <= d.room()+0.01 {
			if !split && !fresh && remaining+t.keep > d.room() && remaining+t.keep <= capacity {
				d.newPage() // keep the row with what follows the table
				continue
			}
			t.drawChunk(parts, fill)
			return
		}
		if !split && !fresh && remaining <= capacity {
			d.newPage() // the row fits on a page: move it there whole
			continue
		}
		// Taller than a page: print what fits and carry on overleaf.
		took, chunkH := 0, 0.0
		chunk := make([][]line, len(parts))
		for i, ls := range parts {
			k, h := 0, 0.0
			for k < len(ls) {
				lh := ls[k].st.lineHeight()
				if h+lh > d.room()-2*cellPad {
					break
				}
				h += lh
				k++
			}
			if k == 0 && fresh && len(ls) > 0 {
				k = 1 // a single line taller than a page: print it anyway
				h += ls[0].st.lineHeight()
			}
			chunk[i] = ls[:k]
			used := k
			if i == 0 {
				used = max(0, k-pre)
			}
			if used > 0 {
				took += used
			}
			chunkH = max(chunkH, h)
		}
		if took == 0 || (!fresh && chunkH < 2*stCell.lineHeight()) {
			if fresh && took == 0 {
				// Nothing of the row fits even on a fresh page: give up
				// rather than loop (cannot happen with real line heights).
				t.drawChunk(parts, fill)
				return
			}
			d.newPage()
			continue
		}
		t.drawChunk(chunk, fill)
		for i := range cols {
			n := len(chunk[i])
			if i == 0 {
				n = max(0, n-pre)
			}
			from[i] += n
		}
		split = true
		d.newPage()
	}
}

// drawChunk draws the lines of each column in a row of boxes as tall as
// the tallest column at the current position, and moves below it.
func (t *table) drawChunk(cols [][]line, fill *rgb) {
	d := t.d
	h := 0.0
	for _, ls := range cols {
		h = max(h, height(ls))
	}
	h += 2 * cellPad
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetDrawColor(rule.r, rule.g, rule.b)
	style := "D"
	if fill != nil {
		d.pdf.SetFillColor(fill.r, fill.g, fill.b)
		style = "FD"
	}
	x := d.left
	for i, w := range t.widths {
		d.pdf.Rect(x, d.y, w, h, style)
		y := d.y + cellPad
		if i < len(cols) {
			for _, l := range cols[i] {
				d.text(x+cellPad, y, l.text, l.st)
				y += l.st.lineHeight()
			}
		}
		x += w
	}
	d.y += h
}
