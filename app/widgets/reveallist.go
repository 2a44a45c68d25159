package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// RevealList is a widget.List with two additions. It can select an item
// before it is laid out, scrolling the item into view once it has a size (a
// List scrolled while it has no height puts the item just out of view). And
// RefreshRow updates one visible row alone: List.RefreshItem refreshes every
// visible row, which made a keystroke cost more the more rows were shown.
type RevealList struct {
	widget.List
	pending widget.ListItemID
	update  func(widget.ListItemID, fyne.CanvasObject)
	rows    map[widget.ListItemID]fyne.CanvasObject // the row showing each visible item
	items   map[fyne.CanvasObject]widget.ListItemID // the item each row shows
}

// NewRevealList returns a list of length() items whose rows create makes
// and update fills, as for widget.NewList.
func NewRevealList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *RevealList {
	l := &RevealList{pending: -1, update: update,
		rows: map[widget.ListItemID]fyne.CanvasObject{}, items: map[fyne.CanvasObject]widget.ListItemID{}}
	l.Length, l.CreateItem = length, create
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if old, ok := l.items[o]; ok && l.rows[old] == o {
			delete(l.rows, old)
		}
		l.rows[i], l.items[o] = o, i
		update(i, o)
	}
	l.ExtendBaseWidget(l)
	return l
}

// RefreshRow updates the row showing item i, if it is on screen; rows
// scrolled into view later are filled then.
func (l *RevealList) RefreshRow(i widget.ListItemID) {
	if o, ok := l.rows[i]; ok && l.items[o] == i {
		l.update(i, o)
	}
}

// Reveal selects item i and scrolls it into view, now or once laid out.
func (l *RevealList) Reveal(i widget.ListItemID) {
	l.Select(i)
	if l.Size().Height <= 0 {
		l.pending = i
		l.ScrollToTop()
		return
	}
	l.ScrollTo(i)
}

// Resize lays the list out and scrolls to an item revealed before.
func (l *RevealList) Resize(s fyne.Size) {
	l.List.Resize(s)
	if l.pending >= 0 && s.Height > 0 {
		i := l.pending
		l.pending = -1
		l.ScrollTo(i)
	}
}
