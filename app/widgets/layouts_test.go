package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

func rect(w, h float32) *canvas.Rectangle {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(w, h))
	return r
}

func TestTightVBoxOverlapsThePaddingBetweenVisibleObjects(t *testing.T) {
	test.NewTempApp(t)
	overlap := theme.Padding() * 2
	hidden := rect(500, 500)
	hidden.Hide()
	a, b, c := rect(40, 30), rect(60, 20), rect(10, 10)
	l := &widgets.TightVBox{}
	objs := []fyne.CanvasObject{a, hidden, b, c}
	if got, want := l.MinSize(objs), fyne.NewSize(60, 60-2*overlap); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(100, 200))
	for _, tc := range []struct {
		name string
		o    fyne.CanvasObject
		pos  fyne.Position
		size fyne.Size
	}{
		{"first", a, fyne.NewPos(0, 0), fyne.NewSize(100, 30)},
		{"second", b, fyne.NewPos(0, 30-overlap), fyne.NewSize(100, 20)},
		{"third", c, fyne.NewPos(0, 50-2*overlap), fyne.NewSize(100, 10)},
	} {
		if tc.o.Position() != tc.pos || tc.o.Size() != tc.size {
			t.Errorf("%s at %v size %v, want %v size %v", tc.name, tc.o.Position(), tc.o.Size(), tc.pos, tc.size)
		}
	}
	if got := l.MinSize([]fyne.CanvasObject{a}); got != fyne.NewSize(40, 30) {
		t.Errorf("one object: MinSize = %v, want its own", got)
	}
}

func TestFixedGridPlacesCellsRowByRow(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	objs := []fyne.CanvasObject{rect(1, 1), rect(1, 1), rect(1, 1)}
	g := &widgets.FixedGrid{Cols: 2, W: 50, H: 20}
	if got, want := g.MinSize(objs), fyne.NewSize(100+pad, 40+pad); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	g.Layout(objs, g.MinSize(objs))
	if got, want := objs[2].Position(), fyne.NewPos(0, 20+pad); got != want {
		t.Errorf("third cell at %v, want the start of the second row %v", got, want)
	}
	if got, want := objs[1].Position(), fyne.NewPos(50+pad, 0); got != want {
		t.Errorf("second cell at %v, want %v", got, want)
	}
	if got := objs[0].Size(); got != fyne.NewSize(50, 20) {
		t.Errorf("cell size %v, want 50x20", got)
	}
	if got := (&widgets.FixedGrid{W: 50, H: 20}).MinSize(objs); got.Width != 0 {
		t.Errorf("no columns asks for width %v, want 0", got.Width)
	}
}

func TestFollowLayoutKeepsOnlyTheAskedDimensionOfTheContent(t *testing.T) {
	test.NewTempApp(t)
	scroll := container.NewScroll(rect(300, 40))
	for _, tc := range []struct {
		name   string
		layout *widgets.FollowLayout
		want   fyne.Size
	}{
		{"header row", &widgets.FollowLayout{KeepHeight: true}, fyne.NewSize(0, 40)},
		{"header column", &widgets.FollowLayout{KeepWidth: true}, fyne.NewSize(300, 0)},
	} {
		if got := tc.layout.MinSize([]fyne.CanvasObject{scroll}); got != tc.want {
			t.Errorf("%s: MinSize = %v, want %v", tc.name, got, tc.want)
		}
	}
	(&widgets.FollowLayout{}).Layout([]fyne.CanvasObject{scroll}, fyne.NewSize(80, 30))
	if scroll.Size() != fyne.NewSize(80, 30) {
		t.Errorf("the scroll got %v, want the whole 80x30", scroll.Size())
	}
}

func TestRelayoutPlacesChildrenAgainAfterTheirSizesChanged(t *testing.T) {
	test.NewTempApp(t)
	first := widget.NewLabel("a")
	second := widget.NewLabel("b")
	inner := container.NewVBox(first, second)
	outer := container.NewPadded(inner)
	outer.Resize(fyne.NewSize(300, 300))
	before := second.Position()
	first.SetText("a\nlonger\ntext")
	widgets.Relayout(outer)
	if second.Position().Y <= before.Y {
		t.Errorf("the second label stayed at %v after the first grew", second.Position())
	}
}

func TestEnsureVisibleScrollsAnObjectIntoView(t *testing.T) {
	test.NewTempApp(t)
	var items []fyne.CanvasObject
	for range 20 {
		items = append(items, rect(50, 50))
	}
	s := container.NewVScroll(container.NewVBox(items...))
	w := test.NewTempWindow(t, s)
	w.Resize(fyne.NewSize(100, 120))
	scrolled := 0
	s.OnScrolled = func(fyne.Position) { scrolled++ }
	last := items[len(items)-1]
	widgets.EnsureVisible(s, last, false, false)
	if s.Offset.Y != 0 {
		t.Errorf("asked for neither direction, it scrolled to %v", s.Offset)
	}
	widgets.EnsureVisible(s, last, false, true)
	bottom := last.Position().Y + last.Size().Height
	if s.Offset.Y+s.Size().Height < bottom || scrolled == 0 {
		t.Errorf("offset %v with view %v does not show the last item ending at %v (OnScrolled ran %d times, want at least once)",
			s.Offset, s.Size(), bottom, scrolled)
	}
	widgets.EnsureVisible(s, items[0], false, true)
	if s.Offset.Y != 0 {
		t.Errorf("back to the first item: offset %v, want 0", s.Offset)
	}
}
