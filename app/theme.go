package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// coplanTheme is Fyne's default theme in the teal of the app icon. A fixed
// variant (light or dark) may be forced, as the screenshots do.
type coplanTheme struct {
	fyne.Theme
	variant *fyne.ThemeVariant
}

var _ fyne.Theme = (*coplanTheme)(nil)

func newTheme() fyne.Theme { return &coplanTheme{Theme: theme.DefaultTheme()} }

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
