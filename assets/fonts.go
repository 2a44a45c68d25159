package assets

import "embed"

// The PDF handouts use DejaVu Sans (see fonts/LICENSE-DejaVu.txt): it covers
// Latin with Vietnamese and Māori, Greek and Cyrillic.
//
//go:embed fonts/*.ttf
var fonts embed.FS

// Font file names, for Font.
const (
	FontRegular = "DejaVuSans.ttf"
	FontBold    = "DejaVuSans-Bold.ttf"
	FontItalic  = "DejaVuSans-Oblique.ttf"
)

// Font returns the TrueType file called name (FontRegular, FontBold or
// FontItalic), or nil if there is no such font. Each call returns a fresh
// copy, so callers may change it.
func Font(name string) []byte {
	b, err := fonts.ReadFile("fonts/" + name)
	if err != nil {
		return nil
	}
	return b
}
