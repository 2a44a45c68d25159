package catalog

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxNameRunes caps the length of a file name stem: with the extension it
// stays well under the 255 bytes every common file system allows.
const maxNameRunes = 60

// FileName turns a title into the stem of a file name that is valid and
// readable on Windows, macOS and Linux: lower case, letters of every script
// kept as they are ("Ngā awa: rivers" → "ngā-awa-rivers"), words joined by
// single hyphens. Everything else goes, so no character any of those systems
// forbids (such as / \ : * ? " < > |), no control character and no leading
// or trailing dot or space can remain; a name Windows reserves for a device
// (CON, NUL, COM1, …) gets "-unit" added. An empty result is "unit".
func FileName(title string) string {
	var b strings.Builder
	runes := 0
	hyphen := false
	for _, r := range strings.ToLower(norm.NFC.String(title)) {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || (unicode.IsMark(r) && b.Len() > 0 && !hyphen)
		if !word {
			hyphen = true
			continue
		}
		sep := hyphen && b.Len() > 0
		if sep {
			runes++
		}
		if runes >= maxNameRunes {
			break
		}
		if sep {
			b.WriteByte('-')
		}
		hyphen = false
		b.WriteRune(r)
		runes++
	}
	name := strings.TrimRight(b.String(), "-")
	switch {
	case name == "":
		return "unit"
	case reservedOnWindows(name):
		return name + "-unit"
	}
	return name
}

// reservedOnWindows reports whether Windows keeps name for a device, with or
// without an extension.
func reservedOnWindows(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	if len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) {
		return name[3] >= '0' && name[3] <= '9'
	}
	return false
}
