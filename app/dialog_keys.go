package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showDialog shows d over win and makes it answer the keyboard: Escape runs
// its safe choice (Cancel, or the one button), Enter its default (the
// highlighted button), Space the focused button, and the safe choice has
// the focus first. Every dialog of the app is shown through it.
//
// A dialog button that acted as soon as Space went down closed the dialog
// before the space character arrived, and the character then reached the
// field behind; these buttons act when the key comes up, once its character
// went to the button.
func showDialog(win fyne.Window, d dialog.Dialog) {
	d.Show()
	pop, ok := win.Canvas().Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	keys := keyDialog(pop)
	if keys != nil && keys.safe != nil {
		win.Canvas().Focus(keys.safe)
	}
}

// dialogKeys are the two choices a dialog's keys run.
type dialogKeys struct {
	safe, def *keyButton
}

// cancel runs the safe choice.
func (k *dialogKeys) cancel() {
	if k.safe != nil {
		k.safe.activate()
	}
}

// accept runs the default choice, when it is enabled.
func (k *dialogKeys) accept() {
	if k.def != nil {
		k.def.activate()
	}
}

// dialogRow is the content and the row of buttons of a dialog shown in pop,
// or nil when pop is not a dialog. Fyne's dialogs offer no way to reach
// their buttons: their popup holds an icon, a background, the content, the
// buttons and the title, in that order (Fyne v2.7, dialog/base.go), which
// the keyboard tests check.
func dialogRow(pop *widget.PopUp) (content fyne.CanvasObject, row *fyne.Container) {
	box, ok := pop.Content.(*fyne.Container)
	if !ok || len(box.Objects) != 5 {
		return nil, nil
	}
	parts := box.Objects
	row, _ = parts[3].(*fyne.Container)
	return parts[2], row
}

// firstKeyButton is the first button of row when it is a keyButton: the
// row is keyed.
func firstKeyButton(row *fyne.Container) (*keyButton, bool) {
	if len(row.Objects) == 0 {
		return nil, false
	}
	first := row.Objects[0]
	kb, ok := first.(*keyButton)
	return kb, ok
}

// keyDialog replaces the buttons of the dialog in pop by keyButtons that
// answer its keys, once, and returns its keys.
func keyDialog(pop *widget.PopUp) *dialogKeys {
	content, row := dialogRow(pop)
	if row == nil || len(row.Objects) == 0 {
		return nil
	}
	if kb, ok := firstKeyButton(row); ok {
		return kb.keys // keyed when first shown
	}
	keys := &dialogKeys{}
	var buttons []*keyButton
	swapped := map[*widget.Button]*keyButton{}
	for i, o := range row.Objects {
		b, ok := o.(*widget.Button)
		if !ok {
			continue
		}
		kb := newKeyButton(b, keys)
		swapped[b] = kb
		row.Objects[i] = kb
		buttons = append(buttons, kb)
	}
	if len(buttons) == 0 {
		return nil
	}
	for _, kb := range buttons {
		switch {
		case keys.safe == nil && isCancel(kb):
			keys.safe = kb
		case keys.def == nil && kb.Importance == widget.HighImportance:
			keys.def = kb
		}
	}
	if keys.safe == nil {
		keys.safe = keys.def
	}
	if keys.safe == nil {
		keys.safe = buttons[len(buttons)-1]
	}
	if keys.def == nil {
		keys.def = keys.safe
	}
	keyForm(content, keys, swapped)
	row.Refresh()
	return keys
}

// keyForm lets a form dialog's one-line fields submit it with Enter, and
// keeps its default button disabled while the form is not valid.
func keyForm(content fyne.CanvasObject, keys *dialogKeys, swapped map[*widget.Button]*keyButton) {
	f, ok := content.(*widget.Form)
	if !ok {
		return
	}
	for _, it := range f.Items {
		var e *widget.Entry
		switch w := it.Widget.(type) {
		case *widget.Entry:
			e = w
		case *dialogEntry:
			e = &w.Entry
		}
		if e != nil && !e.MultiLine && e.OnSubmitted == nil {
			e.OnSubmitted = func(string) { keys.accept() }
		}
	}
	var orig *widget.Button
	for b, kb := range swapped {
		if kb == keys.def {
			orig = b
		}
	}
	if orig == nil || keys.def == keys.safe {
		return
	}
	def := keys.def
	f.SetOnValidationChanged(func(err error) {
		for _, b := range []interface {
			Enable()
			Disable()
		}{orig, def} {
			if err != nil {
				b.Disable()
			} else {
				b.Enable()
			}
		}
	})
}

// isCancel reports whether b declines: Cancel, or a cancel icon (Fyne's
// own dialogs put one on No and Cancel).
func isCancel(b *keyButton) bool {
	if b.Icon != nil && b.Icon.Name() == theme.CancelIcon().Name() {
		return true
	}
	return b.Text == lang.L("Cancel")
}

// answerDialogKey answers Escape or Enter for the dialog on top of win when
// none of its buttons has the focus, and reports whether it did.
func answerDialogKey(win fyne.Window, key fyne.KeyName) bool {
	return answerKeyOn(win.Canvas(), key)
}

// answerKeyOn answers Escape or Enter for the dialog on top of c.
func answerKeyOn(c fyne.Canvas, key fyne.KeyName) bool {
	if c == nil {
		return false
	}
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return false
	}
	_, row := dialogRow(pop)
	if row == nil {
		return false
	}
	kb, ok := firstKeyButton(row)
	if !ok {
		return false
	}
	switch key {
	case fyne.KeyEscape:
		kb.keys.cancel()
	case fyne.KeyReturn, fyne.KeyEnter:
		kb.keys.accept()
	default:
		return false
	}
	return true
}

// keyButton is a dialog's button that answers the dialog's keys when it has
// the focus. It acts when a key comes up that went down on it, so neither
// the key's character nor its release reaches what the dialog uncovers.
type keyButton struct {
	widget.Button
	keys    *dialogKeys
	down    fyne.KeyName
	focused bool
}

var _ desktop.Keyable = (*keyButton)(nil)

// newKeyButton copies b into a keyButton of keys.
func newKeyButton(b *widget.Button, keys *dialogKeys) *keyButton {
	kb := &keyButton{keys: keys}
	kb.Text, kb.Icon, kb.Importance = b.Text, b.Icon, b.Importance
	kb.Alignment, kb.IconPlacement, kb.OnTapped = b.Alignment, b.IconPlacement, b.OnTapped
	kb.ExtendBaseWidget(kb)
	if b.Disabled() {
		kb.Disable()
	}
	return kb
}

// activate runs the button's action, when it is enabled.
func (b *keyButton) activate() {
	if !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

// TypedKey does nothing: the button acts on KeyUp.
func (b *keyButton) TypedKey(*fyne.KeyEvent) {}

// KeyDown notes the key that went down on the button.
func (b *keyButton) KeyDown(ev *fyne.KeyEvent) { b.down = ev.Name }

// KeyUp runs the button on Space, the dialog's default on Enter and its
// safe choice on Escape.
func (b *keyButton) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name != b.down {
		return
	}
	b.down = ""
	switch ev.Name {
	case fyne.KeySpace:
		b.activate()
	case fyne.KeyReturn, fyne.KeyEnter:
		b.keys.accept()
	case fyne.KeyEscape:
		b.keys.cancel()
	}
}

// dialogEntry is a text field for a dialog: Escape in it answers the
// dialog's safe choice, as it does on the dialog's buttons (a plain entry
// keeps Escape to itself).
type dialogEntry struct {
	widget.Entry
}

// newDialogEntry returns a one-line dialogEntry.
func newDialogEntry() *dialogEntry {
	e := &dialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// newDialogMultiLineEntry returns a multi-line dialogEntry.
func newDialogMultiLineEntry() *dialogEntry {
	e := &dialogEntry{}
	e.MultiLine = true
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey answers Escape for the dialog and types every other key.
func (e *dialogEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && answerKeyOn(fyne.CurrentApp().Driver().CanvasForObject(e), ev.Name) {
		return
	}
	e.Entry.TypedKey(ev)
}

// FocusGained shows the focus ring.
func (b *keyButton) FocusGained() {
	b.focused = true
	b.Button.FocusGained()
}

// FocusLost hides the focus ring.
func (b *keyButton) FocusLost() {
	b.focused = false
	b.Button.FocusLost()
}

// CreateRenderer draws the button with a ring while it has the keyboard:
// Fyne marks a focused button by tinting it with the focus colour, which
// does not show on a highlighted button of the same colour.
func (b *keyButton) CreateRenderer() fyne.WidgetRenderer {
	ring := canvas.NewRectangle(color.Transparent)
	ring.StrokeWidth = 2
	return &keyButtonRenderer{WidgetRenderer: b.Button.CreateRenderer(), b: b, ring: ring}
}

// keyButtonRenderer is a button's renderer with a focus ring over it.
type keyButtonRenderer struct {
	fyne.WidgetRenderer
	b    *keyButton
	ring *canvas.Rectangle
}

func (r *keyButtonRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.ring.Move(fyne.NewPos(0, 0))
	r.ring.Resize(size)
}

func (r *keyButtonRenderer) Objects() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject(nil), r.WidgetRenderer.Objects()...), r.ring)
}

func (r *keyButtonRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.ring.StrokeColor = theme.Current().Color(theme.ColorNameForeground, v)
	r.ring.CornerRadius = theme.InputRadiusSize()
	r.ring.Hidden = !r.b.focused
	r.ring.Refresh()
}
