package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// NewLinkLine holds h, which should wrap, at the left of the room it is
// given and no wider than its text on one line: a hyperlink answers taps on
// its text only, so a link stretched across a row would look like it
// reaches further than it does. When the room is narrower than the text,
// the link wraps, but never narrower than its longest word. A note (nil for
// none) sits at the right end of the line, or under the link when beside
// it the link would have less than half the room or less than its longest
// word.
func NewLinkLine(h *widget.Hyperlink, note fyne.CanvasObject) *fyne.Container {
	l := &linkLine{h: h, note: note}
	if note == nil {
		return container.New(l, h)
	}
	return container.New(l, h, note)
}

// linkLine lays out a NewLinkLine.
type linkLine struct {
	h     *widget.Hyperlink
	note  fyne.CanvasObject
	width float32 // the width last laid out at, 0 before
	linkH float32 // the link's height at that width
}

// size is the link's text size.
func (l *linkLine) size() float32 {
	if l.h.SizeName != "" {
		return theme.Size(l.h.SizeName)
	}
	return theme.TextSize()
}

// natural is the link's width on one line.
func (l *linkLine) natural() float32 {
	return fyne.MeasureText(l.h.Text, l.size(), l.h.TextStyle).Width + 2*theme.InnerPadding()
}

// word is the width of the link's longest word: a link narrower would
// break a word letter by letter.
func (l *linkLine) word() float32 {
	w := float32(0)
	for _, s := range strings.Fields(l.h.Text) {
		w = max(w, fyne.MeasureText(s, l.size(), l.h.TextStyle).Width)
	}
	return w + 2*theme.InnerPadding()
}

// noteSize is the note's least size, zero without a note.
func (l *linkLine) noteSize() fyne.Size {
	if l.note == nil || !l.note.Visible() {
		return fyne.Size{}
	}
	return l.note.MinSize()
}

// beside reports whether the note fits beside the link at width, and the
// width the link then gets.
func (l *linkLine) beside(width float32) (bool, float32) {
	n := l.noteSize()
	if n.IsZero() {
		return true, min(width, l.natural())
	}
	room := width - n.Width - theme.Padding()
	if room >= l.natural() || room >= max(l.word(), width/2) {
		return true, min(room, l.natural())
	}
	return false, min(width, l.natural())
}

// MinSize is as wide as the link's longest word or the note, whichever is
// wider, and as tall as the link and note take at the width last laid out.
func (l *linkLine) MinSize([]fyne.CanvasObject) fyne.Size {
	n := l.noteSize()
	w := max(l.word(), n.Width)
	linkH := l.h.MinSize().Height
	if l.width <= 0 {
		return fyne.NewSize(w, max(linkH, n.Height))
	}
	linkH = max(linkH, l.linkH)
	if ok, _ := l.beside(l.width); ok {
		return fyne.NewSize(w, max(linkH, n.Height))
	}
	return fyne.NewSize(w, linkH+n.Height)
}

// Layout gives the link its width on one line, or the room there is if
// less, and puts the note at the end of the line or under the link.
func (l *linkLine) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	ok, w := l.beside(size.Width)
	l.h.Move(fyne.NewPos(0, 0))
	l.h.Resize(fyne.NewSize(w, l.h.Size().Height))
	l.linkH = l.h.MinSize().Height // a wrapped link measures its lines at its width
	n := l.noteSize()
	if ok {
		l.h.Resize(fyne.NewSize(w, max(l.linkH, size.Height)))
		if l.note != nil {
			l.note.Move(fyne.NewPos(size.Width-n.Width, 0))
			l.note.Resize(fyne.NewSize(n.Width, max(n.Height, l.linkH)))
		}
		return
	}
	l.h.Resize(fyne.NewSize(w, l.linkH))
	l.note.Move(fyne.NewPos(0, l.linkH))
	l.note.Resize(n)
}
