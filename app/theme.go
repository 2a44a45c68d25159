package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// coplanTheme is Fyne's default theme in the teal of the app icon. A fixed
// variant (light or dark) may be forced, as the screenshots and the
// preferences do, and its sizes may be scaled for larger text.
type coplanTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant
	// scale multiplies text, icons and the space around them, as Fyne's own
	// scale setting would; 0 means 1.
	scale float32
}

var _ fyne.Theme = (*coplanTheme)(nil)

// newTheme is the theme the preferences in p choose: the system's light or
// dark, or one of them forced, at the chosen text size.
func newTheme(p prefs) fyne.Theme {
	t := &coplanTheme{Theme: theme.DefaultTheme(), scale: p.textScale()}
	switch p.themeChoice() {
	case themeLight:
		v := theme.VariantLight
		t.variant = &v
	case themeDark:
		v := theme.VariantDark
		t.variant = &v
	}
	return t
}

// textScales are the text sizes Preferences offers, from 90% to 150%.
var textScales = []float32{0.9, 1, 1.1, 1.25, 1.5}

// clampScale brings s within the text sizes offered.
func clampScale(s float32) float32 {
	lo, hi := textScales[0], textScales[len(textScales)-1]
	switch {
	case !(s >= lo): // also NaN
		return lo
	case s > hi:
		return hi
	}
	return s
}

// Size returns the default theme's sizes, scaled; hairlines (separators and
// input borders) stay as thin as they are.
func (t *coplanTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.Theme.Size(n)
	if t.scale == 0 || t.scale == 1 || n == theme.SizeNameSeparatorThickness || n == theme.SizeNameInputBorder {
		return s
	}
	return s * t.scale
}

// colorNameCommunity is the colour of sessions where students go out into
// the community; sessions in class use the primary teal.
const colorNameCommunity fyne.ThemeColorName = "coplanCommunity"

// Teal and violet shades: darker on light backgrounds, lighter on dark ones.
var (
	tealLight   = color.NRGBA{R: 0x0f, G: 0x76, B: 0x6e, A: 0xff}
	tealDark    = color.NRGBA{R: 0x2d, G: 0xd4, B: 0xbf, A: 0xff}
	violetLight = color.NRGBA{R: 0x7c, G: 0x3a, B: 0xed, A: 0xff}
	violetDark  = color.NRGBA{R: 0xc4, G: 0xb5, B: 0xfd, A: 0xff}
)

// Color returns the teal primary colours and the default theme's others.
func (t *coplanTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	teal := tealLight
	if v == theme.VariantDark {
		teal = tealDark
	}
	switch n {
	case colorNameCommunity:
		if v == theme.VariantDark {
			return violetDark
		}
		return violetLight
	case theme.ColorNamePrimary, theme.ColorNameHyperlink:
		return teal
	case theme.ColorNameFocus:
		return withAlpha(teal, 0x7f)
	case theme.ColorNameSelection:
		return withAlpha(teal, 0x3f)
	case theme.ColorNameForegroundOnPrimary:
		if v == theme.VariantDark {
			return color.Black
		}
		return color.White
	}
	return t.Theme.Color(n, v)
}

func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// textScale is how much larger than the default theme's the current
// theme's text is: 1.5 at a text size of 150%.
func textScale() float32 {
	base := theme.DefaultTheme().Size(theme.SizeNameText)
	if base <= 0 {
		return 1
	}
	return theme.Size(theme.SizeNameText) / base
}

// fixedWidth lays out one object at a width given for the default text
// size, grown or shrunk with the text size, and at its own least height.
type fixedWidth float32

var _ fyne.Layout = fixedWidth(0)

// MinSize is the scaled width by the object's least height.
func (w fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(float32(w)*textScale(), 0)
	for _, o := range objects {
		s.Height = max(s.Height, o.MinSize().Height)
	}
	return s
}

// Layout gives every object the whole size.
func (w fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
