package main

import (
	"io"
	"unicode/utf8"
)

// terminalWriter passes text on with every control character other than
// line feed and tab replaced by U+FFFD, so that text from a unit file (a
// title, a comment, a lock's name) cannot move the cursor, retitle the
// window, fake a line or hide text when a command prints it to a terminal.
type terminalWriter struct{ w io.Writer }

// terminalSafe wraps w so that what is written to it is safe to show in a terminal.
func terminalSafe(w io.Writer) io.Writer {
	if _, ok := w.(terminalWriter); ok {
		return w
	}
	return terminalWriter{w}
}

func (t terminalWriter) Write(p []byte) (int, error) {
	clean := true
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if unsafeRune(r, size) {
			clean = false
			break
		}
		i += size
	}
	if clean {
		return t.w.Write(p)
	}
	if _, err := t.w.Write([]byte(safeText(string(p)))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// safeText returns s with its unsafe characters (see terminalWriter) replaced by U+FFFD.
func safeText(s string) string {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r, size) {
			r = utf8.RuneError
		}
		out = append(out, r)
		i += size
	}
	return string(out)
}

// unsafeRune reports whether r (decoded from size bytes) must not reach a
// terminal: C0 and C1 control characters but line feed and tab, DEL, bytes
// that are not UTF-8, and the bidirectional controls that reorder text.
func unsafeRune(r rune, size int) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f:
		return true
	case r == utf8.RuneError && size <= 1:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
