package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markedWord is one word of a markedText, with how it looks.
type markedWord struct {
	text   string
	color  fyne.ThemeColorName // "" for the usual text colour
	style  fyne.TextStyle
	breaks bool // a line break comes before the word
	glued  bool // no space comes before it: a mark such as a comma after a word
}

// markedText shows wrapped text in which some words look different (bold
// and coloured): the changed words of a wording. It wraps between words
// only, as a label does; Fyne's rich text breaks a word letter by letter
// when a differently styled run starts near the end of a line.
type markedText struct {
	widget.BaseWidget
	words []markedWord
}

func newMarkedText() *markedText {
	t := &markedText{}
	t.ExtendBaseWidget(t)
	return t
}

// set shows the text of runs, each run with its own look. A run that
// starts where the one before ends, with no space between, is glued to it.
func (t *markedText) set(runs []markedWord) {
	t.words = t.words[:0]
	brk, spaced := false, true
	for _, r := range runs {
		for i, line := range strings.Split(r.text, "\n") {
			if i > 0 {
				brk, spaced = true, true
			}
			if line != "" && unicode.IsSpace([]rune(line)[0]) {
				spaced = true
			}
			for _, w := range strings.FieldsFunc(line, unicode.IsSpace) {
				t.words = append(t.words, markedWord{text: w, color: r.color, style: r.style, breaks: brk, glued: !spaced && !brk && len(t.words) > 0})
				brk, spaced = false, true
			}
			if line != "" {
				last := []rune(line)
				spaced = unicode.IsSpace(last[len(last)-1])
			}
		}
	}
	t.Refresh()
}

// String is the text shown, words separated by single spaces and lines by line breaks.
func (t *markedText) String() string {
	var b strings.Builder
	for i, w := range t.words {
		switch {
		case w.breaks:
			b.WriteByte('\n')
		case i > 0 && !w.glued:
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// Marked is the text of the words that look different, separated by spaces.
func (t *markedText) Marked() string {
	var out []string
	for _, w := range t.words {
		if w.color != "" && w.color != theme.ColorNamePlaceHolder {
			out = append(out, w.text)
		}
	}
	return strings.Join(out, " ")
}

// Resize lays the words out again for the new width; the height they need
// changes with it.
func (t *markedText) Resize(s fyne.Size) {
	if s == t.Size() {
		return
	}
	width := t.Size().Width
	t.BaseWidget.Resize(s)
	if s.Width != width {
		t.Refresh()
	}
}

func (t *markedText) CreateRenderer() fyne.WidgetRenderer {
	return &markedRenderer{t: t}
}

type markedRenderer struct {
	t     *markedText
	texts []*canvas.Text // a run of words of one look on one line each
}

// place lays the words out within width: it returns the height they take
// and, when emit is set, gives each run of words of one look on one line
// with its position.
func (r *markedRenderer) place(width float32, emit func(text string, w markedWord, at fyne.Position)) float32 {
	th := r.t.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	size := th.Size(theme.SizeNameText)
	lineH := fyne.MeasureText("M", size, fyne.TextStyle{}).Height
	x, y := pad, pad
	var run strings.Builder
	var first markedWord
	var start fyne.Position
	flush := func() {
		if run.Len() > 0 && emit != nil {
			emit(run.String(), first, start)
		}
		run.Reset()
	}
	words := r.t.words
	for i := 0; i < len(words); {
		// A word and the marks glued to it wrap as one.
		j, m := i, float32(0)
		for j < len(words) && (j == i || words[j].glued) {
			m += fyne.MeasureText(words[j].text, size, words[j].style).Width
			j++
		}
		newLine := words[i].breaks || (x > pad && x+m > width-pad)
		if newLine {
			x, y = pad, y+lineH
		}
		for k := i; k < j; k++ {
			w := words[k]
			switch {
			case k == i && newLine || run.Len() == 0 || w.color != first.color || w.style != first.style:
				flush()
				first, start = w, fyne.NewPos(x, y)
				run.WriteString(w.text)
			case w.glued:
				run.WriteString(w.text)
			default:
				run.WriteString(" " + w.text)
			}
			x += fyne.MeasureText(w.text, size, w.style).Width
		}
		x += fyne.MeasureText(" ", size, words[j-1].style).Width
		i = j
	}
	flush()
	return y + lineH + pad
}

func (r *markedRenderer) Layout(s fyne.Size) {
	th := r.t.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size := th.Size(theme.SizeNameText)
	n := 0
	r.place(s.Width, func(text string, w markedWord, at fyne.Position) {
		if n == len(r.texts) {
			r.texts = append(r.texts, canvas.NewText("", nil))
		}
		c := w.color
		if c == "" {
			c = theme.ColorNameForeground
		}
		x := r.texts[n]
		x.Text, x.TextStyle, x.TextSize, x.Color = text, w.style, size, th.Color(c, v)
		x.Move(at)
		x.Resize(fyne.MeasureText(text, size, w.style))
		x.Refresh()
		n++
	})
	r.texts = r.texts[:n]
}

// MinSize is as wide as the widest word and as tall as the text is at the
// width the widget has (at its widest word's width before it has one).
func (r *markedRenderer) MinSize() fyne.Size {
	th := r.t.Theme()
	pad := th.Size(theme.SizeNameInnerPadding)
	size := th.Size(theme.SizeNameText)
	widest, group := float32(0), float32(0) // a word and the marks glued to it
	for _, w := range r.t.words {
		if !w.glued {
			group = 0
		}
		group += fyne.MeasureText(w.text, size, w.style).Width
		widest = max(widest, group)
	}
	width := max(r.t.Size().Width, widest+2*pad)
	return fyne.NewSize(widest+2*pad, r.place(width, nil))
}

func (r *markedRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

func (r *markedRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.texts))
	for i, x := range r.texts {
		out[i] = x
	}
	return out
}

func (r *markedRenderer) Destroy() {}
