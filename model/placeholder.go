package model

import "strings"

// placeholderPrefix begins the text a template leaves in a field for the
// teacher to replace, such as "Replace with the team's project title".
const placeholderPrefix = "replace with "

// IsPlaceholder reports whether s is a template's placeholder: text that
// asks to be replaced (it begins "Replace with"), not the teacher's own
// words. Handouts leave placeholders out, as they leave out empty fields.
func IsPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= len(placeholderPrefix) && strings.EqualFold(s[:len(placeholderPrefix)], placeholderPrefix)
}
