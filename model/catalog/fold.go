package catalog

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s as search compares it: lower case, accents and other
// combining marks removed ("Ngā" → "nga", "Léonie" → "leonie"), letters that
// do not decompose spelt out ("Ø" → "o", "ß" → "ss"), typographic quotes
// and dashes made plain.
func Fold(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = appendFolded(b, r, s[i:i+size])
		i += size
	}
	return string(b)
}

// appendFolded appends the folded form of the rune r, written as s.
func appendFolded(b []byte, r rune, s string) []byte {
	if spelt, ok := foldSpecial[r]; ok {
		return append(b, spelt...)
	}
	if unicode.Is(unicode.Mn, r) {
		return b
	}
	if d := norm.NFD.PropertiesString(s).Decomposition(); len(d) > 0 {
		for _, x := range string(d) {
			if !unicode.Is(unicode.Mn, x) {
				b = utf8.AppendRune(b, unicode.ToLower(x))
			}
		}
		return b
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// foldSpecial spells out letters that canonical decomposition leaves whole.
var foldSpecial = map[rune]string{
	'Ø': "o", 'ø': "o", 'Đ': "d", 'đ': "d", 'Ð': "d", 'ð': "d", 'Ł': "l", 'ł': "l",
	'ß': "ss", 'ẞ': "ss", 'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe", 'Þ': "th", 'þ': "th",
	'ı': "i", 'Ħ': "h", 'ħ': "h",
	'‘': "'", '’': "'", '“': `"`, '”': `"`, '–': "-", '—': "-", '\u00a0': " ",
}
