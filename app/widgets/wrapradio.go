package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// WrapRadio is a choice of one of several options, each a radio button
// whose text wraps onto more lines when the choice is narrow. A
// widget.RadioGroup draws each option on one line that sets its least
// width, so a long option pushes a narrow pane wider than the window.
// A tap on an option's text chooses it, as a tap on its button does.
type WrapRadio struct {
	widget.BaseWidget
	// Options are the choices' texts, Selected the one chosen ("" for none).
	Options  []string
	Selected string
	// OnChanged runs when the choice changes.
	OnChanged func(string) `json:"-"`
	// Horizontal puts the options side by side, each on one line, as many
	// to a line as fit: an option that does not fit starts a new line.
	Horizontal bool

	dots   []*widget.RadioGroup // one group of one option per row, for the button
	labels []*widget.Label
	rows   []fyne.CanvasObject
}

var _ fyne.Tappable = (*WrapRadio)(nil)

// dot is the one option of each row's button: its text is drawn by a label.
const dot = " "

// NewWrapRadio returns a choice of options that calls changed with the
// option chosen.
func NewWrapRadio(options []string, changed func(string)) *WrapRadio {
	r := &WrapRadio{Options: options, OnChanged: changed}
	for _, o := range options {
		g := widget.NewRadioGroup([]string{dot}, nil)
		g.Required = true
		g.OnChanged = func(s string) {
			if s != "" {
				r.SetSelected(o)
			}
		}
		l := widget.NewLabel(o)
		r.dots = append(r.dots, g)
		r.labels = append(r.labels, l)
		r.rows = append(r.rows, container.NewBorder(nil, nil, container.New(dotLayout{}, g), nil, l))
	}
	r.ExtendBaseWidget(r)
	return r
}

// SetSelected chooses option s, running OnChanged when that changes the choice.
func (r *WrapRadio) SetSelected(s string) {
	if s == r.Selected {
		return
	}
	r.Selected = s
	for i, o := range r.Options {
		want := ""
		if o == s {
			want = r.dots[i].Options[0]
		}
		if r.dots[i].Selected != want {
			r.dots[i].Selected = want
			r.dots[i].Refresh()
		}
	}
	if r.OnChanged != nil {
		r.OnChanged(s)
	}
}

// Tapped chooses the option whose row was tapped.
func (r *WrapRadio) Tapped(e *fyne.PointEvent) {
	for i, row := range r.rows {
		at := e.Position.Subtract(row.Position())
		if at.Y >= 0 && at.Y < row.Size().Height && (!r.Horizontal || at.X >= 0 && at.X < row.Size().Width) {
			r.SetSelected(r.Options[i])
			return
		}
	}
}

// CreateRenderer stacks the options' rows, or flows them when Horizontal.
func (r *WrapRadio) CreateRenderer() fyne.WidgetRenderer {
	if r.Horizontal { // each option's button draws its own text, on one line
		for i, g := range r.dots {
			if g.Options[0] == dot {
				g.Options[0] = r.Options[i]
				if g.Selected == dot {
					g.Selected = r.Options[i]
				}
			}
			r.rows[i] = g
		}
		return widget.NewSimpleRenderer(container.New(&Flow{}, r.rows...))
	}
	for _, l := range r.labels {
		l.Wrapping = fyne.TextWrapWord
	}
	return widget.NewSimpleRenderer(container.NewVBox(r.rows...))
}

// dotLayout gives a one-option radio group of a blank option the room of
// its button only: the blank text's padding would part the button from
// the label beside it.
type dotLayout struct{}

func (dotLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(theme.IconInlineSize()+theme.InnerPadding(), objects[0].MinSize().Height)
}

func (dotLayout) Layout(objects []fyne.CanvasObject, _ fyne.Size) {
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(objects[0].MinSize())
}
