package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// GiveWay lays out two objects on one line: Main, a label cut with an
// ellipsis when short of room, and an aside at the end of the line. The
// aside shows only while the label's whole text fits beside it; otherwise
// it hides and the label takes the line, so the words that matter (a
// session's date, time and length) are not cut for a caption that says
// again what an icon shows.
type GiveWay struct{}

var _ fyne.Layout = (*GiveWay)(nil)

// natural is the width of l's text on one line, with its padding.
func natural(l *widget.Label) float32 {
	size := theme.TextSize()
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	return fyne.MeasureText(l.Text, size, l.TextStyle).Width + 2*theme.InnerPadding()
}

// MinSize is the label's least width and the taller one's height.
func (*GiveWay) MinSize(objects []fyne.CanvasObject) fyne.Size {
	main, aside := objects[0], objects[1]
	return fyne.NewSize(main.MinSize().Width, max(main.MinSize().Height, aside.MinSize().Height))
}

// Layout puts the aside at the end of the line when the label's text fits
// beside it, and hides it when it does not.
func (*GiveWay) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	main, aside := objects[0], objects[1]
	width, a := size.Width, aside.MinSize().Width
	fits := true
	if l, ok := main.(*widget.Label); ok {
		fits = natural(l)+theme.Padding()+a <= size.Width
	}
	if !fits && aside.Visible() {
		aside.Hide()
	} else if fits && !aside.Visible() {
		aside.Show()
	}
	if fits {
		width -= a + theme.Padding()
		aside.Move(fyne.NewPos(width+theme.Padding(), 0))
		aside.Resize(fyne.NewSize(a, size.Height))
	}
	main.Move(fyne.NewPos(0, 0))
	main.Resize(fyne.NewSize(width, size.Height))
}
