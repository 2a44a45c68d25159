package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

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
