package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// listRow holds the widgets of one row of a section's list by name, so that
// filling a row never depends on where its layout put them. A row uses the
// ones it needs and leaves the others nil.
type listRow struct {
	title *widget.Label // the entity's name, in bold
	sub   *widget.Label // a line about it, usually under the title
	aside *widget.Label // a short caption at the end of a line
	icon  *widget.Icon  // a status or kind, at one side of the row
}

// newTitledRow returns a row of a bold title over a caption line, and the
// object that lays them out.
func newTitledRow() (*listRow, fyne.CanvasObject) {
	title, sub := rowLabels()
	return &listRow{title: title, sub: sub}, container.New(&widgets.TightVBox{}, title, sub)
}

// setText changes a label's text only when it differs: setting it again
// costs a text layout (and shaping, for truncated labels).
func setText(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
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
