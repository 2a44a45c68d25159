package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model/catalog"
)

// libraryColumn is one column of the Library's table.
type libraryColumn struct {
	title string
	// least is the narrowest the column gets, want the width it needs.
	least, want float32
	// grow is the order in which a column that shares the table's width
	// grows past want (1 first); 0 keeps it at want.
	grow int
	// optional columns are left out of a table narrower than every column
	// wants: the preview shows what they hold.
	optional bool
	// cell is the column's text for a unit, and its importance.
	cell func(e *catalog.Entry) (string, widget.Importance)
	// sort is the order a click on the header asks for; sortable says there is one.
	sort     catalog.SortKey
	sortable bool
}

// libraryColumns are the table's columns, left to right.
func libraryColumns() []libraryColumn {
	plain := func(f func(e *catalog.Entry) string) func(e *catalog.Entry) (string, widget.Importance) {
		return func(e *catalog.Entry) (string, widget.Importance) { return f(e), widget.MediumImportance }
	}
	return []libraryColumn{
		{title: lang.L("Title"), least: 150, want: 360, grow: 1, sort: catalog.ByTitle, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return orUntitled(e.Title) })},
		{title: lang.L("Years"), least: 48, want: 64,
			cell: plain(func(e *catalog.Entry) string { return strings.Join(e.YearLevels, ", ") })},
		{title: lang.L("Subjects"), least: 80, want: 180, grow: 2,
			cell: plain(func(e *catalog.Entry) string { return strings.Join(e.Subjects, ", ") })},
		{title: lang.L("Sessions in / out"), least: 90, want: 136,
			cell: plain(func(e *catalog.Entry) string {
				return lang.L("{{.In}} in · {{.Out}} out", map[string]any{"In": e.InClass, "Out": e.InCommunity})
			})},
		{title: lang.L("Rubrics"), least: 56, want: 74,
			cell: plain(func(e *catalog.Entry) string { return strconv.Itoa(len(e.Rubrics)) })},
		{title: lang.L("Readiness"), least: 90, want: 110, sort: catalog.ByReadiness, sortable: true, cell: readinessCell},
		{title: lang.L("Last change"), least: 92, want: 112, sort: catalog.ByLastChange, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return e.LastChange().Local().Format("2 Jan 2006") })},
		{title: lang.L("File"), least: 72, want: 200, grow: 3, optional: true, sort: catalog.ByPath, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return e.Rel })},
	}
}

// libraryWidths shares width, the table's width with pad between columns,
// among cols: every column gets its least width; the short columns (counts,
// dates) grow to the width they want first, then the shared ones (title,
// subjects, file) one after the other in their grow order, and what is left
// goes to them all, twice as much to the title as to each other. Too
// narrow a table keeps the least widths, and scrolls.
func libraryWidths(cols []libraryColumn, width, pad float32) []float32 {
	ws := make([]float32, len(cols))
	extra := width - pad*float32(len(cols))
	for i, c := range cols {
		ws[i] = c.least
		extra -= c.least
	}
	grow := func(i int, by float32) {
		ws[i] += by
		extra -= by
	}
	need := float32(0)
	for _, c := range cols {
		if c.grow == 0 {
			need += c.want - c.least
		}
	}
	if extra > 0 && need > 0 {
		share := min(extra/need, 1)
		for i, c := range cols {
			if c.grow == 0 {
				grow(i, (c.want-c.least)*share)
			}
		}
	}
	for order := 1; order <= len(cols); order++ {
		for i, c := range cols {
			if c.grow == order && extra > 0 {
				grow(i, min(extra, c.want-c.least))
			}
		}
	}
	if parts := float32(0); extra > 0 {
		for _, c := range cols {
			parts += shareOf(c)
		}
		left := extra
		for i, c := range cols {
			grow(i, left*shareOf(c)/parts)
		}
	}
	for i := range ws {
		ws[i] = float32(int(ws[i])) // whole pixels never add up to more than the width
	}
	return ws
}

// shareOf is how many parts of the width left over column c takes.
func shareOf(c libraryColumn) float32 {
	switch c.grow {
	case 0:
		return 0
	case 1:
		return 2
	}
	return 1
}

// shownColumns are the columns of all that a table width wide shows: all of
// them when it is as wide as they want, else all but the optional ones.
func shownColumns(all []libraryColumn, width, pad float32) []libraryColumn {
	want := float32(0)
	for _, c := range all {
		want += c.want + pad
	}
	if width >= want {
		return all
	}
	var out []libraryColumn
	for _, c := range all {
		if !c.optional {
			out = append(out, c)
		}
	}
	return out
}

// tableWidths is the layout of the Library's table: it fills its space and,
// each time its width changes, chooses the columns shown and their widths.
type tableWidths struct {
	l    *library
	last float32
}

// Layout gives the table the whole size and sets its columns' widths.
func (l *tableWidths) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width == l.last {
		return
	}
	l.last = size.Width
	cols := shownColumns(libraryColumns(), size.Width, theme.Padding())
	changed := len(cols) != len(l.l.cols)
	l.l.cols = cols
	for i, w := range libraryWidths(cols, size.Width, theme.Padding()) {
		l.l.table.SetColumnWidth(i, w)
	}
	if changed {
		l.l.table.Refresh()
	}
}

// MinSize is the table's least size.
func (l *tableWidths) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// readinessCell shows the unit's readiness, coloured by how ready it is.
func readinessCell(e *catalog.Entry) (string, widget.Importance) {
	switch {
	case e.Errors > 0:
		return e.Readiness(), widget.DangerImportance
	case e.Warnings > 0:
		return e.Readiness(), widget.WarningImportance
	}
	return e.Readiness(), widget.SuccessImportance
}

// newTable makes the table of units. A click on a sortable header sorts by
// that column, a second click reverses the order. The selected unit's whole
// libraryCell holds the widgets of a table cell: the selection's colour
// behind the text.
type libraryCell struct {
	bg    *canvas.Rectangle
	label *widget.Label
	entry *catalog.Entry // the unit the cell shows
}

// libraryHead holds the widgets of a column header: a button for a column
// that sorts, a label for one that does not.
type libraryHead struct {
	sort  *widget.Button
	label *widget.Label
}

// row is highlighted.
func (l *library) newTable() *widget.Table {
	l.cols = libraryColumns()
	cells := &l.cells
	var heads widgets.Rows[libraryHead]
	t := widget.NewTable(
		func() (int, int) { return len(l.rows), len(l.cols) },
		func() fyne.CanvasObject {
			label := widget.NewLabel("")
			label.Truncation = fyne.TextTruncateEllipsis
			bg := canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
			bg.Hide()
			return cells.Add(&libraryCell{bg: bg, label: label}, container.NewStack(bg, label))
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= len(l.rows) {
				return
			}
			e := l.rows[id.Row]
			c := cells.Of(o)
			bg, label := c.bg, c.label
			if id.Col >= len(l.cols) {
				return
			}
			text, imp := l.cols[id.Col].cell(e)
			if label.Importance != imp {
				label.Importance = imp
				label.Refresh()
			}
			label.TextStyle.Bold = id.Col == 0
			setText(label, text)
			c.entry = e
			bg.FillColor = theme.Color(theme.ColorNameSelection)
			bg.Hidden = e != l.cur
			bg.Refresh()
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		label := widget.NewLabel("")
		label.TextStyle.Bold = true
		label.Truncation = fyne.TextTruncateEllipsis
		return heads.Add(&libraryHead{sort: b, label: label}, container.NewStack(b, label))
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col < 0 || id.Col >= len(l.cols) {
			return
		}
		col := l.cols[id.Col]
		h := heads.Of(o)
		b, label := h.sort, h.label
		if !col.sortable {
			b.Hide()
			label.Show()
			setText(label, col.title)
			return
		}
		label.Hide()
		b.Show()
		b.SetText(col.title)
		b.SetIcon(nil)
		if l.filter.Sort == col.sort {
			b.SetIcon(theme.MenuDropDownIcon())
			if l.filter.Reverse {
				b.SetIcon(theme.MenuDropUpIcon())
			}
		}
		b.OnTapped = func() { l.sortBy(col.sort) }
	}
	for i, w := range libraryWidths(l.cols, 0, 0) {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(l.rows) {
			l.choose(l.rows[id.Row])
		}
		t.UnselectAll() // the row highlight shows the choice
	}
	return t
}

// sortBy orders the table by key, or reverses the order when it already is.
func (l *library) sortBy(key catalog.SortKey) {
	if l.filter.Sort == key {
		l.filter.Reverse = !l.filter.Reverse
	} else {
		l.filter.Sort, l.filter.Reverse = key, false
	}
	l.refresh()
}

// choose makes e the selected unit (nil for none) and previews it.
func (l *library) choose(e *catalog.Entry) {
	l.cur = e
	// Only the highlight moves: refreshing the whole table measured every
	// cell's text again to cut it to its column.
	l.cells.Each(func(c *libraryCell) {
		if hidden := c.entry == nil || c.entry != e; c.bg.Hidden != hidden {
			c.bg.Hidden = hidden
			c.bg.Refresh()
		}
	})
	l.preview.show(e)
	l.updateButtons()
}

// reselect keeps the selected unit selected when the table still shows it.
func (l *library) reselect() {
	for _, e := range l.rows {
		if e == l.cur {
			return
		}
	}
	if l.cur != nil || l.preview.shown != nil {
		l.choose(nil)
	}
}

// updateButtons enables the actions that apply to the selected unit.
func (l *library) updateButtons() {
	enable(l.open, l.cur != nil)
	enable(l.newFrom, l.cur != nil)
	enable(l.copyRub, l.cur != nil && l.a.ed != nil && l.preview.rubricID() != "")
	l.preview.showCopyHint(l.a.ed == nil)
}
