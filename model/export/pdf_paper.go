package export

import (
	"fmt"
	"strings"
)

// Paper sizes, the values of PDFOptions.Paper.
const (
	PaperA4     = "a4"
	PaperLetter = "letter"
)

// Papers lists the paper sizes the handouts print on.
var Papers = []string{PaperA4, PaperLetter}

// paper is a sheet size in millimetres, portrait.
type paper struct {
	name string
	w, h float64
}

var papers = map[string]paper{
	PaperA4:     {PaperA4, 210, 297},
	PaperLetter: {PaperLetter, 215.9, 279.4},
}

// paperSize returns the sheet called name; empty means A4.
func paperSize(name string) (paper, error) {
	key := strings.ToLower(strings.TrimSpace(name))
	if key == "" {
		key = PaperA4
	}
	p, ok := papers[key]
	if !ok {
		return paper{}, fmt.Errorf("export: unknown paper size %q; choose %s", name, strings.Join(Papers, " or "))
	}
	return p, nil
}

// letterTerritories are the countries whose locale defaults to US Letter.
var letterTerritories = map[string]bool{"US": true, "CA": true}

// DefaultPaper returns the paper size for a POSIX locale such as
// "en_US.UTF-8" or "fr_CA": Letter in the United States and Canada, A4
// elsewhere and when the locale names no country.
func DefaultPaper(locale string) string {
	l := locale
	if i := strings.IndexAny(l, ".@"); i >= 0 {
		l = l[:i]
	}
	if i := strings.IndexAny(l, "_-"); i >= 0 && letterTerritories[strings.ToUpper(l[i+1:])] {
		return PaperLetter
	}
	return PaperA4
}
