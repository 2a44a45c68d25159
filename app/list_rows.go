package app

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
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

// commentMarker shows how many open comments a part of the unit has: a
// small comment icon and the count, hidden when there are none. It is
// small enough to sit in a rubric cell's top line beside the level's name.
type commentMarker struct {
	box   *fyne.Container
	icon  *canvas.Image
	count *canvas.Text
}

// newCommentMarker returns a hidden marker, with room trail wide left after
// the count (at the edge of a row).
func newCommentMarker(trail float32) *commentMarker {
	icon := canvas.NewImageFromResource(theme.NewWarningThemedResource(theme.MailComposeIcon()))
	icon.FillMode = canvas.ImageFillContain
	s := theme.Size(theme.SizeNameText)
	icon.SetMinSize(fyne.NewSize(s, s))
	count := canvas.NewText("", theme.Color(theme.ColorNameWarning))
	count.TextSize = theme.Size(theme.SizeNameCaptionText)
	count.TextStyle.Bold = true
	parts := []fyne.CanvasObject{icon, count}
	if trail > 0 {
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(trail, 0))
		parts = append(parts, gap)
	}
	m := &commentMarker{box: container.NewCenter(container.NewHBox(parts...)), icon: icon, count: count}
	m.box.Hide()
	return m
}

// object is what shows the marker.
func (m *commentMarker) object() fyne.CanvasObject { return m.box }

// set shows n open comments, or hides the marker when n is 0.
func (m *commentMarker) set(n int) {
	if n == 0 {
		if m.box.Visible() {
			m.box.Hide()
		}
		return
	}
	s := strconv.Itoa(n)
	if m.count.Text != s || !m.box.Visible() {
		// The theme's colour and sizes may have changed since (Preferences).
		m.count.Text, m.count.Color = s, theme.Color(theme.ColorNameWarning)
		m.count.TextSize = theme.Size(theme.SizeNameCaptionText)
		size := theme.Size(theme.SizeNameText)
		m.icon.SetMinSize(fyne.NewSize(size, size))
		m.count.Refresh()
		m.box.Show()
	}
}

// shown is the count the marker shows, or "" when it is hidden.
func (m *commentMarker) shown() string {
	if !m.box.Visible() {
		return ""
	}
	return m.count.Text
}

// commentBadge is the count of open comments at the end of a list row.
type commentBadge struct{ *commentMarker }

// withBadge puts a comment badge at the end of row; it returns the badge
// and the row with it.
func withBadge(row fyne.CanvasObject) (*commentBadge, fyne.CanvasObject) {
	b := &commentBadge{newCommentMarker(theme.Padding())}
	return b, container.NewBorder(nil, nil, nil, b.object(), row)
}

// set shows the open comment count of the entity with id: for a rubric,
// with those on its criteria and levels.
func (b *commentBadge) set(e *editor, id string) {
	p := e.doc.Project
	n := 0
	if len(p.Comments) > 0 {
		n = openCount(p, model.OpenCommentCounts(p), id)
	}
	b.commentMarker.set(n)
}
