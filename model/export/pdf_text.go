package export

import (
	"errors"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"

	"coplan/assets"
)

// fontFamily is the name the handouts register their embedded font under.
const fontFamily = "DejaVu"

// The three font styles the handouts use, in gofpdf's notation.
const (
	regular = ""
	bold    = "B"
	italic  = "I"
)

// fontFiles maps each style to its embedded TrueType file.
var fontFiles = map[string]string{
	regular: assets.FontRegular,
	bold:    assets.FontBold,
	italic:  assets.FontItalic,
}

// replacement stands in for characters the fonts cannot print, such as emoji.
const replacement = '□'

// addFonts registers the embedded fonts with pdf. Each document gets its own
// copy of the font files: gofpdf writes into the bytes while subsetting.
func addFonts(pdf *gofpdf.Fpdf) error {
	for _, style := range []string{regular, bold, italic} {
		data := assets.Font(fontFiles[style])
		if len(data) == 0 {
			return errors.New("export: the embedded font " + fontFiles[style] + " is missing")
		}
		pdf.AddUTF8FontFromBytes(fontFamily, style, data)
		if err := pdf.Error(); err != nil {
			return err
		}
	}
	return nil
}

// advance holds, per style, the width of every Basic Multilingual Plane
// character in thousandths of the font size, as gofpdf measures it.
var (
	advanceOnce sync.Once
	advance     map[string][]uint16
	advanceErr  error
)

// loadAdvances measures every character once per process, so that wrapping
// text never has to switch the document's current font.
func loadAdvances() error {
	advanceOnce.Do(func() {
		pdf := gofpdf.New("P", "mm", "A4", "")
		if err := addFonts(pdf); err != nil {
			advanceErr = err
			return
		}
		advance = make(map[string][]uint16, 3)
		buf := make([]byte, 0, 4)
		for _, style := range []string{regular, bold, italic} {
			pdf.SetFont(fontFamily, style, 10)
			table := make([]uint16, 0x10000)
			for r := rune(0); r < 0x10000; r++ {
				if r >= 0xD800 && r <= 0xDFFF {
					continue
				}
				buf = utf8.AppendRune(buf[:0], r)
				table[r] = uint16(pdf.GetStringSymbolWidth(string(buf)))
			}
			advance[style] = table
		}
		advanceErr = pdf.Error()
	})
	return advanceErr
}

// width returns the width of s in millimetres in style st.
func width(s string, st textStyle) float64 {
	table := advance[st.style]
	units := 0
	for _, r := range s {
		if r < 0x10000 {
			units += int(table[r])
		}
	}
	return float64(units) * st.size * ptMM / 1000
}

// clean makes text printable by gofpdf: characters outside the Basic
// Multilingual Plane (emoji) become a visible replacement, a joined emoji
// sequence becomes a single one, tabs become spaces and other control
// characters and emoji presentation marks are dropped.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	joined := false // the previous character was a zero-width joiner
	last := rune(0) // the last character written
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			// Other control characters, including '\r', print as nothing.
		case r == 0x200d:
			joined = true
			continue
		case r >= 0xfe00 && r <= 0xfe0f, r == 0x20e3:
			// Variation selectors and the keycap mark only style an emoji.
			continue
		case r >= 0x1f3fb && r <= 0x1f3ff:
			// Skin tone modifiers belong to the emoji before them.
			if last != replacement {
				b.WriteRune(replacement)
			}
		case r > 0xffff:
			if !(joined && last == replacement) {
				b.WriteRune(replacement)
			}
			r = replacement
		default:
			b.WriteRune(r)
		}
		last, joined = r, false
	}
	return b.String()
}

// isClean reports whether s needs no change to print.
func isClean(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\n', r >= 0x7f && r < 0xa0, r > 0xffff,
			r == 0x200d, r >= 0xfe00 && r <= 0xfe0f, r == 0x20e3:
			return false
		}
	}
	return true
}

// wrap breaks text into lines no wider than w millimetres in style st: at
// spaces where it can, after a hyphen, dash or slash, then around the dots
// and at-signs of addresses, and inside a word only when nothing else
// serves. Each newline in text starts a new line.
func wrap(text string, st textStyle, w float64) []string {
	table := advance[st.style]
	limit := int(w * 1000 / (st.size * ptMM))
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimRight(para, " ")
		if para == "" {
			lines = append(lines, "")
			continue
		}
		start := 0        // byte offset where the current line starts
		lineW := 0        // width of para[start:i]
		hard := breakAt{} // the last space, hyphen, dash or slash
		soft := breakAt{} // the last dot or at-sign, for long addresses
		for i, r := range para {
			rw := 0
			if r < 0x10000 {
				rw = int(table[r])
			}
			switch r {
			case ' ':
				hard = breakAt{i, i + 1, lineW + rw}
			case '@':
				if i > start {
					soft = breakAt{i, i, lineW}
				}
			}
			if lineW+rw > limit && i > start && r != ' ' {
				b := hard
				if b.end <= start {
					b = soft
				}
				if b.end > start {
					lines = append(lines, strings.TrimRight(para[start:b.end], " "))
					start, lineW = b.next, lineW-b.w
				} else {
					lines = append(lines, para[start:i])
					start, lineW = i, 0
				}
				hard, soft = breakAt{}, breakAt{}
				// Spaces that open a line are not printed.
				for start < i && para[start] == ' ' {
					start++
					lineW -= int(table[' '])
				}
				lineW = max(lineW, 0)
			}
			lineW += rw
			if next := i + utf8.RuneLen(r); next < len(para) {
				switch r {
				case '-', '/', '–', '—':
					hard = breakAt{next, next, lineW}
				case '.', '_':
					soft = breakAt{next, next, lineW}
				}
			}
		}
		if start < len(para) {
			lines = append(lines, para[start:])
		}
	}
	for len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// breakAt is a place to break a line: the line ends at end, the next one
// starts at next, and w is the width from the line's start to next.
type breakAt struct{ end, next, w int }

// ellipsize shortens s with "…" so that it fits in w millimetres.
func ellipsize(s string, st textStyle, w float64) string {
	if width(s, st) <= w {
		return s
	}
	runes := []rune(s)
	for n := len(runes) - 1; n > 0; n-- {
		t := strings.TrimRight(string(runes[:n]), " ") + "…"
		if width(t, st) <= w {
			return t
		}
	}
	return "…"
}
