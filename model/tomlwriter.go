package model

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// tomlWriter appends TOML to a byte slice. It writes only what Coplan needs:
// keys in a fixed order, multi-line strings for text with line breaks, and
// civil dates and times. Empty values are left out so files stay short.
type tomlWriter struct {
	b []byte
}

func (w *tomlWriter) header(name string, array bool) {
	if len(w.b) > 0 {
		w.b = append(w.b, '\n')
	}
	if array {
		w.b = append(w.b, "[["...)
		w.b = append(w.b, name...)
		w.b = append(w.b, "]]\n"...)
		return
	}
	w.b = append(w.b, '[')
	w.b = append(w.b, name...)
	w.b = append(w.b, "]\n"...)
}

func (w *tomlWriter) key(k string) {
	w.b = appendKey(w.b, k)
	w.b = append(w.b, " = "...)
}

// str writes a string key, leaving it out when empty.
func (w *tomlWriter) str(k, v string) {
	if v == "" {
		return
	}
	w.key(k)
	w.b = appendString(w.b, v, true)
	w.b = append(w.b, '\n')
}

// text is str for a key that is always written, even when empty.
func (w *tomlWriter) text(k, v string) {
	w.key(k)
	w.b = appendString(w.b, v, true)
	w.b = append(w.b, '\n')
}

func (w *tomlWriter) strs(k string, v []string) {
	if len(v) == 0 {
		return
	}
	w.key(k)
	w.b = append(w.b, '[')
	for i, s := range v {
		if i > 0 {
			w.b = append(w.b, ", "...)
		}
		w.b = appendString(w.b, s, false)
	}
	w.b = append(w.b, "]\n"...)
}

func (w *tomlWriter) int(k string, v int) {
	if v == 0 {
		return
	}
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
	w.b = append(w.b, '\n')
}

func (w *tomlWriter) number(k string, v float64) {
	w.key(k)
	w.b = appendFloat(w.b, v)
	w.b = append(w.b, '\n')
}

func (w *tomlWriter) bool(k string, v bool) {
	if !v {
		return
	}
	w.key(k)
	w.b = append(w.b, "true\n"...)
}

func (w *tomlWriter) date(k string, d Date) {
	if d.IsZero() {
		return
	}
	w.key(k)
	w.b = appendDate(w.b, d)
	w.b = append(w.b, '\n')
}

func (w *tomlWriter) clock(k string, c Clock) {
	if !c.Set {
		return
	}
	w.key(k)
	w.b = appendPadded(w.b, c.Hour, 2)
	w.b = append(w.b, ':')
	w.b = appendPadded(w.b, c.Minute, 2)
	w.b = append(w.b, ':')
	w.b = appendPadded(w.b, c.Second, 2)
	w.b = append(w.b, '\n')
}

func (w *tomlWriter) time(k string, t time.Time) {
	if t.IsZero() {
		return
	}
	w.key(k)
	w.b = t.UTC().AppendFormat(w.b, time.RFC3339Nano)
	w.b = append(w.b, '\n')
}

// extra writes keys this build does not know, as inline values.
func (w *tomlWriter) extra(e Extra) {
	for _, x := range e {
		w.key(x.Key)
		w.b = appendValue(w.b, x.Value)
		w.b = append(w.b, '\n')
	}
}

func appendDate(b []byte, d Date) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

func appendFloat(b []byte, v float64) []byte {
	switch {
	case math.IsNaN(v):
		return append(b, "nan"...)
	case math.IsInf(v, 1):
		return append(b, "inf"...)
	case math.IsInf(v, -1):
		return append(b, "-inf"...)
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return strconv.AppendInt(b, int64(v), 10)
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return append(b, s...)
}

func isBareKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func appendKey(b []byte, k string) []byte {
	if isBareKey(k) {
		return append(b, k...)
	}
	return appendString(b, k, false)
}

// appendString writes s as a TOML basic string, or as a multi-line basic
// string when multiline is allowed and s has a line break.
func appendString(b []byte, s string, multiline bool) []byte {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if multiline && strings.IndexByte(s, '\n') >= 0 {
		b = append(b, `"""`+"\n"...)
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '\n' || c == '\t':
				b = append(b, c)
			case c == '"':
				// A quote must not start a run of three or end the text.
				if i == len(s)-1 || s[i+1] == '"' {
					b = append(b, `\"`...)
				} else {
					b = append(b, c)
				}
			default:
				b = appendEscaped(b, c)
			}
		}
		return append(b, `"""`...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '"':
			b = append(b, `\"`...)
		case '\n':
			b = append(b, `\n`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			b = appendEscaped(b, c)
		}
	}
	return append(b, '"')
}

func appendEscaped(b []byte, c byte) []byte {
	switch {
	case c == '\\':
		return append(b, `\\`...)
	case c == '\r':
		return append(b, `\r`...)
	case c < 0x20 || c == 0x7f:
		const hex = "0123456789ABCDEF"
		return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
	}
	return append(b, c)
}

// appendValue writes any value the TOML decoder produces, inline.
func appendValue(b []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		return appendString(b, x, false)
	case bool:
		return strconv.AppendBool(b, x)
	case int64:
		return strconv.AppendInt(b, x, 10)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case float64:
		s := strconv.FormatFloat(x, 'g', -1, 64)
		switch {
		case math.IsNaN(x), math.IsInf(x, 0):
			return appendFloat(b, x)
		case !strings.ContainsAny(s, ".eE"):
			s += ".0"
		}
		return append(b, s...)
	case time.Time:
		switch x.Location().String() {
		case "date-local":
			return x.AppendFormat(b, "2006-01-02")
		case "time-local":
			return x.AppendFormat(b, "15:04:05.999999999")
		case "datetime-local":
			return x.AppendFormat(b, "2006-01-02T15:04:05.999999999")
		}
		return x.AppendFormat(b, time.RFC3339Nano)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, e)
		}
		return append(b, ']')
	case []map[string]any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ", "...)
			}
			b = appendValue(b, e)
		}
		return append(b, ']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, ' ')
			b = appendKey(b, k)
			b = append(b, " = "...)
			b = appendValue(b, x[k])
		}
		if len(keys) > 0 {
			b = append(b, ' ')
		}
		return append(b, '}')
	}
	return appendString(b, "", false)
}
