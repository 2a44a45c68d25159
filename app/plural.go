package app

import "fyne.io/fyne/v2/lang"

// countText is a message about n things: one is its English text when n is 1
// and other the text for any other count; both may use {{.Count}}, which is
// set to n, and the other names in data. The translation files key the
// message by other and hold each language's own plural forms ("one",
// "other", and "few" or "many" where a language has them); without a
// translation the English rule picks between one and other.
func countText(one, other string, n int, data map[string]any) string {
	args := map[string]any{"Count": n}
	for k, v := range data {
		args[k] = v
	}
	fallback := other
	if n == 1 {
		fallback = one
	}
	return lang.XN(other, fallback, n, args)
}

// pointsCount is the count that picks the plural form for a number of
// points: only exactly one point is singular ("1.5 points", "0 points").
func pointsCount(p float64) int {
	if p == 1 {
		return 1
	}
	return 2
}
