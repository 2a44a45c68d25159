package export

import (
	"strings"
	"testing"
)

func TestFoldLinesKeepsShortLinesAndSplitsLongOnesBetweenCharacters(t *testing.T) {
	cases := []struct{ in, want string }{
		{"A:short\r\n", "A:short\r\n"},
		{strings.Repeat("a", 75) + "\r\n", strings.Repeat("a", 75) + "\r\n"},
		{strings.Repeat("a", 76) + "\r\n", strings.Repeat("a", 75) + "\r\n a\r\n"},
		{strings.Repeat("a", 74) + "é\r\n", strings.Repeat("a", 74) + "\r\n é\r\n"},
		{strings.Repeat("b", 75+74+1) + "\r\n", strings.Repeat("b", 75) + "\r\n " + strings.Repeat("b", 74) + "\r\n b\r\n"},
	}
	for _, c := range cases {
		if got := string(foldLines([]byte(c.in))); got != c.want {
			t.Errorf("foldLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
