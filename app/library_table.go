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
	width float32
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
		{title: lang.L("Title"), width: 220, sort: catalog.ByTitle, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return orUntitled(e.Title) })},
		{title: lang.L("Years"), width: 64,
			cell: plain(func(e *catalog.Entry) string { return strings.Join(e.YearLevels, ", ") })},
		{title: lang.L("Subjects"), width: 130,
			cell: plain(func(e *catalog.Entry) string { return strings.Join(e.Subjects, ", ") })},
		{title: lang.L("Sessions in / out"), width: 140,
			cell: plain(func(e *catalog.Entry) string {
				return lang.L("{{.In}} in · {{.Out}} out", map[string]any{"In": e.InClass, "Out": e.InCommunity})
			})},
		{title: lang.L("Rubrics"), width: 70,
			cell: plain(func(e *catalog.Entry) string { return strconv.Itoa(len(e.Rubrics)) })},
		{title: lang.L("Readiness"), width: 120, sort: catalog.ByReadiness, sortable: true, cell: readinessCell},
		{title: lang.L("Last change"), width: 110, sort: catalog.ByLastChange, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return e.LastChange().Local().Format("2 Jan 2006") })},
		{title: lang.L("File"), width: 220, sort: catalog.ByPath, sortable: true,
			cell: plain(func(e *catalog.Entry) string { return e.Rel })},
	}
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
}

// libraryHead holds the widgets of a column header: a button for a column
// that sorts, a label for one that does not.
type libraryHead struct {
	sort  *widget.Button
	label *widget.Label
}

// row is highlighted.
func (l *library) newTable() *widget.Table {
	cols := libraryColumns()
	cells := &l.cells
	var heads widgets.Rows[libraryHead]
	t := widget.NewTable(
		func() (int, int) { return len(l.rows), len(cols) },
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
			text, imp := cols[id.Col].cell(e)
			if label.Importance != imp {
				label.Importance = imp
				label.Refresh()
			}
			label.TextStyle.Bold = id.Col == 0
			setText(label, text)
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
		if id.Col < 0 || id.Col >= len(cols) {
			return
		}
		col := cols[id.Col]
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
	for i, c := range cols {
		t.SetColumnWidth(i, c.width)
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
	l.table.Refresh()
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
