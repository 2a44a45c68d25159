package export

import "strings"

// ptMM is the length of a typographic point in millimetres.
const ptMM = 25.4 / 72

// rgb is a colour. The handouts use dark ink and light greys so they print
// well in black and white; colour never carries meaning on its own.
type rgb struct{ r, g, b int }

var (
	ink    = rgb{0x1a, 0x1a, 0x1a}
	muted  = rgb{0x55, 0x55, 0x55}
	accent = rgb{0x1f, 0x3a, 0x5f}
	rule   = rgb{0x99, 0x99, 0x99}
	shade  = rgb{0xe6, 0xe9, 0xee}
	tint   = rgb{0xf4, 0xf4, 0xf4}
	white  = rgb{0xff, 0xff, 0xff}
)

// textStyle is a font style, size in points and colour.
type textStyle struct {
	style string
	size  float64
	color rgb
}

// The type scale of the handouts.
var (
	stTitle    = textStyle{bold, 20, accent}
	stH1       = textStyle{bold, 14, accent}
	stH2       = textStyle{bold, 11, ink}
	stBody     = textStyle{regular, 10, ink}
	stBodyB    = textStyle{bold, 10, ink}
	stBodyI    = textStyle{italic, 10, ink}
	stLead     = textStyle{regular, 11, ink}
	stLabel    = textStyle{bold, 8.5, muted}
	stSmall    = textStyle{regular, 8.5, muted}
	stCell     = textStyle{regular, 9, ink}
	stCellB    = textStyle{bold, 9, ink}
	stCellI    = textStyle{italic, 9, ink}
	stCellNote = textStyle{regular, 7.5, muted}
	stFooter   = textStyle{regular, 7.5, muted}
)

// lineHeight is the distance between baselines of text in st, in millimetres.
func (st textStyle) lineHeight() float64 { return st.size * ptMM * 1.3 }

// line is one laid-out line of text.
type line struct {
	text string
	st   textStyle
}

// height of a run of lines.
func height(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.st.lineHeight()
	}
	return h
}

// lines lays out text in st to fit w millimetres.
func lines(text string, st textStyle, w float64) []line {
	text = clean(strings.TrimSpace(text))
	if text == "" {
		return nil
	}
	ws := wrap(text, st, w)
	out := make([]line, len(ws))
	for i, s := range ws {
		out[i] = line{s, st}
	}
	return out
}
