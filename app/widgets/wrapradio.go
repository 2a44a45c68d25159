package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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

	dots []*widget.RadioGroup // one group of one option per row, for the button
	rows []fyne.CanvasObject
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
			if s == dot {
				r.SetSelected(o)
			}
		}
		l := widget.NewLabel(o)
		l.Wrapping = fyne.TextWrapWord
		r.dots = append(r.dots, g)
		r.rows = append(r.rows, container.NewBorder(nil, nil, container.NewVBox(g), nil, l))
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
			want = dot
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
		if y := e.Position.Y - row.Position().Y; y >= 0 && y < row.Size().Height {
			r.SetSelected(r.Options[i])
			return
		}
	}
}

// CreateRenderer stacks the options' rows.
func (r *WrapRadio) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(r.rows...))
}
