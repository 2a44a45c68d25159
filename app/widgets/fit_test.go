package widgets_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

func TestFlowWrapsObjectsThatDoNotFitOnTheLine(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b, c := rect(100, 30), rect(80, 36), rect(120, 20)
	objs := []fyne.CanvasObject{a, b, c}
	l := &widgets.Flow{}
	if got, want := l.MinSize(objs), fyne.NewSize(120, 36); got != want {
		t.Errorf("before a layout MinSize = %v, want the widest object on one line: %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(200, 100))
	for _, tc := range []struct {
		name string
		o    fyne.CanvasObject
		pos  fyne.Position
	}{
		{"first", a, fyne.NewPos(0, 0)},
		{"second, beside it", b, fyne.NewPos(100+pad, 0)},
		{"third, on a new line", c, fyne.NewPos(0, 36+pad)},
	} {
		if tc.o.Position() != tc.pos || tc.o.Size() != tc.o.MinSize() {
			t.Errorf("%s at %v size %v, want %v at its least size", tc.name, tc.o.Position(), tc.o.Size(), tc.pos)
		}
	}
	if got, want := l.MinSize(objs), fyne.NewSize(120, 36+pad+20); got != want {
		t.Errorf("at 200 wide MinSize = %v, want two lines: %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(400, 100))
	if c.Position() != fyne.NewPos(180+2*pad, 0) {
		t.Errorf("at 400 wide the third is at %v, want on the first line", c.Position())
	}
}

func TestWrapCheckWrapsItsTextAndATapOnItToggles(t *testing.T) {
	test.NewTempApp(t)
	changed := 0
	long := "Describe the energy transfers and transformations in a solar car, from sunlight to motion"
	c := widgets.NewWrapCheck(long, func(bool) { changed++ })
	one := widget.NewCheck(long, nil)
	if c.MinSize().Width >= one.MinSize().Width/2 {
		t.Errorf("least width %v, want far less than one line's %v", c.MinSize().Width, one.MinSize().Width)
	}
	w := test.NewTempWindow(t, container.NewVBox(c))
	w.Resize(fyne.NewSize(240, 300))
	if c.Size().Height <= one.MinSize().Height {
		t.Errorf("at 240 wide the check is %v tall: its text did not wrap", c.Size().Height)
	}
	if c.Text() != long {
		t.Errorf("Text() = %q", c.Text())
	}
	test.Tap(c)
	if !c.Check.Checked || changed != 1 {
		t.Errorf("a tap on the text left Checked %v with %d changes", c.Check.Checked, changed)
	}
	test.Tap(c.Check)
	if c.Check.Checked || changed != 2 {
		t.Errorf("a tap on the box left Checked %v with %d changes", c.Check.Checked, changed)
	}
	c.Check.Disable()
	test.Tap(c)
	if c.Check.Checked {
		t.Error("a tap on a disabled check ticked it")
	}
}

func TestHideWhenShortHidesItsOptionalObjectBelowItsHeight(t *testing.T) {
	test.NewTempApp(t)
	help := widget.NewLabel("A line of help")
	body := container.NewVBox(help, rect(10, 10))
	l := &widgets.HideWhenShort{Optional: help, Height: 300}
	box := container.New(l, body)
	box.Resize(fyne.NewSize(200, 299))
	if help.Visible() {
		t.Error("the help shows at 299 tall")
	}
	if body.Size() != fyne.NewSize(200, 299) {
		t.Errorf("the content is %v, want the whole size", body.Size())
	}
	box.Resize(fyne.NewSize(200, 300))
	if !help.Visible() {
		t.Error("the help is hidden at 300 tall")
	}
}

func TestLinkLineIsNoWiderThanItsTextAndWrapsWhenNarrower(t *testing.T) {
	test.NewTempApp(t)
	h := widget.NewHyperlink("Site visit: Ngā Tapuwae community solar farm", nil)
	h.Wrapping = fyne.TextWrapWord
	one := widget.NewHyperlink(h.Text, nil).MinSize()
	line := widgets.NewLinkLine(h, nil)
	test.NewTempWindow(t, line) // draws the link, so that it measures its lines
	line.Resize(fyne.NewSize(one.Width+300, one.Height))
	if h.Size().Width != one.Width {
		t.Errorf("in a wide row the link is %v wide, want its text's %v", h.Size().Width, one.Width)
	}
	line.Resize(fyne.NewSize(one.Width/2, 200))
	if h.Size().Width != one.Width/2 || h.MinSize().Height <= one.Height {
		t.Errorf("in a narrow row the link is %v, least %v: it did not wrap", h.Size(), h.MinSize())
	}
}

func TestLinkLineKeepsWholeWordsAndPutsItsNoteUnderWhenNarrow(t *testing.T) {
	test.NewTempApp(t)
	h := widget.NewHyperlink("Site visit: Ngā Tapuwae community solar farm", nil)
	h.Wrapping = fyne.TextWrapWord
	note := widget.NewLabel("Descriptor at level \"Proficient\"")
	one := widget.NewHyperlink(h.Text, nil).MinSize()
	word := widget.NewHyperlink("community", nil).MinSize().Width
	line := widgets.NewLinkLine(h, note)
	test.NewTempWindow(t, line)
	if m := line.MinSize().Width; m < word || m < note.MinSize().Width {
		t.Errorf("least width %v, less than the longest word's %v or the note's %v", m, word, note.MinSize().Width)
	}
	line.Resize(fyne.NewSize(one.Width+note.MinSize().Width+50, one.Height))
	if h.Size().Width != one.Width || note.Position().Y != 0 || note.Position().X+note.Size().Width != line.Size().Width {
		t.Errorf("in a wide row the link is %v and the note at %v: want the link on one line, the note at the end", h.Size(), note.Position())
	}
	for _, w := range []float32{note.MinSize().Width + word/2, note.MinSize().Width} {
		line.Resize(fyne.NewSize(w, 300))
		line.Resize(fyne.NewSize(w, line.MinSize().Height))
		if h.Size().Width < word {
			t.Errorf("at %v the link is %v wide, less than its longest word's %v", w, h.Size().Width, word)
		}
		if note.Position().Y < h.MinSize().Height || line.MinSize().Height < h.MinSize().Height+note.MinSize().Height {
			t.Errorf("at %v the note is at %v beside a link %v tall, and the line asks for %v", w, note.Position(), h.MinSize().Height, line.MinSize())
		}
	}
}

func TestWrapRadioSideBySideMovesAnOptionThatDoesNotFitToANewLine(t *testing.T) {
	test.NewTempApp(t)
	r := widgets.NewWrapRadio([]string{"School", "Partner", "Students"}, nil)
	r.Horizontal = true
	one := widget.NewRadioGroup([]string{"School", "Partner", "Students"}, nil)
	one.Horizontal = true
	w := test.NewTempWindow(t, container.NewVBox(r))
	w.Resize(fyne.NewSize(one.MinSize().Width*1.5, 300))
	w.Resize(fyne.NewSize(one.MinSize().Width*1.5, 301))
	if r.Size().Height > one.MinSize().Height+1 {
		t.Errorf("with room for all three the choice is %v tall, want one line of %v", r.Size().Height, one.MinSize().Height)
	}
	w.Resize(fyne.NewSize(one.MinSize().Width*2/3, 300))
	w.Resize(fyne.NewSize(one.MinSize().Width*2/3, 301)) // once more, now that it knows its lines
	if r.Size().Height < 2*one.MinSize().Height-1 || r.MinSize().Width > w.Canvas().Size().Width {
		t.Errorf("at two thirds of one line's width the choice is %v, least %v: it did not take a second line", r.Size(), r.MinSize())
	}
	test.TapAt(r, fyne.NewPos(10, r.Size().Height-10)) // the start of the second line: Students
	if r.Selected != "Students" {
		t.Errorf("a tap on the second line chose %q", r.Selected)
	}
}

func TestWrapRadioWrapsItsOptionsAndChoosesOne(t *testing.T) {
	test.NewTempApp(t)
	long := "Assistive device prototype and presentation — 5 criteria × 4 levels · copied"
	var got []string
	r := widgets.NewWrapRadio([]string{long, "Poster"}, func(s string) { got = append(got, s) })
	one := widget.NewRadioGroup([]string{long}, nil)
	if r.MinSize().Width >= one.MinSize().Width/2 {
		t.Errorf("least width %v, want far less than one line's %v", r.MinSize().Width, one.MinSize().Width)
	}
	w := test.NewTempWindow(t, container.NewVBox(r))
	w.Resize(fyne.NewSize(220, 400))
	r.SetSelected(long)
	test.TapAt(r, fyne.NewPos(r.Size().Width-10, r.Size().Height-10)) // the text of the last option
	if r.Selected != "Poster" || len(got) != 2 || got[1] != "Poster" {
		t.Errorf("after choosing the first and tapping the second: Selected %q, changes %q", r.Selected, got)
	}
	r.SetSelected("Poster")
	if len(got) != 2 {
		t.Errorf("choosing the chosen option again ran OnChanged: %q", got)
	}
}

func TestColumnsMakeEachRowAsTallAsItsTallestObject(t *testing.T) {
	test.NewTempApp(t)
	pad := theme.Padding()
	a, b, c, d := rect(30, 20), rect(40, 50), rect(20, 10), rect(10, 10)
	objs := []fyne.CanvasObject{a, b, c, d}
	l := &widgets.Columns{N: 2}
	if got, want := l.MinSize(objs), fyne.NewSize(80+pad, 50+pad+10); got != want {
		t.Errorf("MinSize = %v, want %v", got, want)
	}
	l.Layout(objs, fyne.NewSize(200+pad, 100))
	for _, tc := range []struct {
		name string
		o    fyne.CanvasObject
		pos  fyne.Position
		size fyne.Size
	}{
		{"first row, left", a, fyne.NewPos(0, 0), fyne.NewSize(100, 50)},
		{"first row, right", b, fyne.NewPos(100+pad, 0), fyne.NewSize(100, 50)},
		{"second row, as tall as its own", c, fyne.NewPos(0, 50+pad), fyne.NewSize(100, 10)},
		{"second row, right", d, fyne.NewPos(100+pad, 50+pad), fyne.NewSize(100, 10)},
	} {
		if tc.o.Position() != tc.pos || tc.o.Size() != tc.size {
			t.Errorf("%s at %v size %v, want %v size %v", tc.name, tc.o.Position(), tc.o.Size(), tc.pos, tc.size)
		}
	}
}
