package model

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// badValue is a value the decoder cannot put in its field.
type badValue struct {
	path  []string // indexed, as in statement.path
	value any
	line  int
}

var (
	unmarshalerType     = reflect.TypeOf((*toml.Unmarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	dateType            = reflect.TypeOf(Date{})
	clockType           = reflect.TypeOf(Clock{})
)

// explainTypeError turns the decoder's refusal of a parsed document (a value
// of the wrong type) into an error at the line of the first bad value, in
// the words on screen. The decoder itself names the key without saying
// which entity holds it, and the line of the key's last use in the file.
func explainTypeError(decodeErr error, md *toml.MetaData, doc toml.Primitive, data []byte) error {
	var parsed any
	if err := md.PrimitiveDecode(doc, &parsed); err != nil {
		return tomlError(decodeErr, data)
	}
	raw, _ := parsed.(map[string]any)
	var bad []badValue
	findBad(projectType, raw, nil, &bad)
	if len(bad) == 0 {
		return tomlError(decodeErr, data)
	}
	s := scanStatements(data)
	first := bad[0]
	for _, b := range bad {
		b.line = s.lineOf(b.path)
		if first.line == 0 || b.line > 0 && b.line < first.line {
			first = b
		}
	}
	first.line = s.lineOf(first.path)
	t := typeAt(first.path)
	return &LineError{first.line, fmt.Sprintf("%s must be %s, not %s",
		s.describe(first.path), wantWords(t), valueWords(first.value))}
}

// findBad appends to out each value under v, at path, that the decoder
// cannot put in a field of type t, checking as the decoder does.
func findBad(t reflect.Type, v any, path []string, out *[]badValue) {
	if v == nil || len(*out) >= 100 {
		return
	}
	bad := func() { *out = append(*out, badValue{path: append([]string(nil), path...), value: v}) }
	pt := reflect.PointerTo(t)
	switch {
	case pt.Implements(unmarshalerType):
		if reflect.New(t).Interface().(toml.Unmarshaler).UnmarshalTOML(v) != nil {
			bad()
		}
		return
	case pt.Implements(textUnmarshalerType):
		var text string
		switch x := v.(type) {
		case string:
			text = x
		case time.Time:
			if t == timeType && tomlTimeKind(x) == "time of day" {
				bad()
				return
			}
			b, _ := x.MarshalText()
			text = string(b)
		case int64, float64, bool:
			text = fmt.Sprint(x)
		default:
			bad()
			return
		}
		if reflect.New(t).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(text)) != nil {
			bad()
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			bad()
			return
		}
		fields := tomlFields(t)
		for k, sub := range m {
			if i, ok := fields[k]; ok {
				findBad(t.Field(i).Type, sub, append(path, k), out)
			}
		}
	case reflect.Map:
		m, ok := v.(map[string]any)
		if !ok {
			bad()
			return
		}
		for k, sub := range m {
			findBad(t.Elem(), sub, append(path, k), out)
		}
	case reflect.Slice, reflect.Array:
		rv := reflect.ValueOf(v)
		if rv.Kind() != reflect.Slice {
			bad()
			return
		}
		for i := 0; i < rv.Len(); i++ {
			findBad(t.Elem(), rv.Index(i).Interface(), append(path, strconv.Itoa(i)), out)
		}
	case reflect.String:
		if _, ok := v.(string); !ok {
			bad()
		}
	case reflect.Bool:
		if _, ok := v.(bool); !ok {
			bad()
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n, ok := v.(int64); !ok || t.Kind() <= reflect.Int64 && reflect.Zero(t).OverflowInt(n) {
			bad()
		}
	case reflect.Float32, reflect.Float64:
		switch v.(type) {
		case int64, float64:
		default:
			bad()
		}
	}
}

// typeAt returns the type of the field at an indexed path from Project, or
// nil when no field has that path.
func typeAt(path []string) reflect.Type {
	t := projectType
	for _, part := range path {
		switch t.Kind() {
		case reflect.Struct:
			if t == dateType || t == clockType || t == timeType {
				return nil
			}
			i, ok := tomlFields(t)[part]
			if !ok {
				return nil
			}
			t = t.Field(i).Type
		case reflect.Slice, reflect.Map:
			t = t.Elem()
		default:
			return nil
		}
	}
	return t
}

// wantWords says what a field of type t holds, as a person writes it.
func wantWords(t reflect.Type) string {
	if t == nil {
		return "text in quotes, a number, a date, true or false, or a list"
	}
	switch t {
	case dateType:
		return "a date like 2027-03-01"
	case clockType:
		return "a time like 09:30"
	case timeType:
		return "a date and time like 2027-03-01T09:30:00Z"
	}
	switch t.Kind() {
	case reflect.String:
		return "text in quotes"
	case reflect.Bool:
		return "true or false"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "a list in square brackets"
	case reflect.Struct, reflect.Map:
		return "a table"
	}
	return "a whole number"
}

// valueWords writes a decoded value as it was written, or says what it is.
func valueWords(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(shorten(x))
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		switch tomlTimeKind(x) {
		case "date":
			return x.Format("2006-01-02")
		case "time of day":
			return x.Format("15:04:05")
		}
		if x.Location().String() == "datetime-local" {
			return x.Format("2006-01-02T15:04:05")
		}
		return x.Format(time.RFC3339)
	}
	return tomlTypeName(v)
}

// shorten cuts text to a length a message can quote.
func shorten(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:39]) + "…"
	}
	return s
}

// valueErrors start the decoder's messages about a value it cannot read
// (a word without quotes, a date that does not exist); other syntax errors
// are about brackets and keys.
var valueErrors = []string{
	"expected value but found", "invalid datetime", "invalid float", "invalid integer",
	"not a hexadecimal", "not an octal", "not a binary", "expected a top-level item to end",
	"invalid escape", "invalid unicode",
}

// explainParseError rewrites a syntax error at line inside a key's value
// in the words on screen: a value it cannot read (`minutes = ninety`, `date =
// 2027-13-45`) at that line, a list or table not closed at the line of its
// key; other syntax errors keep the decoder's words, after the field's name.
func explainParseError(msg string, line int, data []byte) (*LineError, bool) {
	s := scanStatements(data)
	st, ok := s.at(line)
	if !ok {
		return nil, false
	}
	desc := s.describe(st.path)
	written, _, _ := strings.Cut(st.value, "\n")
	written = shorten(strings.TrimSpace(written))
	lower := strings.ToLower(msg)
	switch {
	case strings.Contains(lower, "out of range"):
		return &LineError{line, fmt.Sprintf("%s is too large a number: %s", desc, written)}, true
	case strings.Contains(lower, "array terminator"):
		return &LineError{st.line, fmt.Sprintf("%s: the list is not closed (a ] or a comma is missing)", desc)}, true
	case strings.Contains(lower, "inline table terminator"):
		return &LineError{st.line, fmt.Sprintf("%s: the table is not closed (a } or a comma is missing)", desc)}, true
	}
	for _, prefix := range valueErrors {
		if strings.HasPrefix(lower, prefix) {
			return &LineError{line, fmt.Sprintf("%s must be %s, not %s", desc, wantWords(typeAt(st.path)), written)}, true
		}
	}
	return &LineError{line, fmt.Sprintf("%s: %s", desc, msg)}, true
}

// syntaxError turns the decoder's syntax error into a LineError at its
// line, in the words on screen where the error is about a value.
func syntaxError(err error, data []byte) error {
	out := tomlError(err, data)
	var pe toml.ParseError
	var le *LineError
	if errors.As(err, &pe) && errors.As(out, &le) {
		if explained, ok := explainParseError(pe.Message, le.Line, data); ok {
			return explained
		}
	}
	return out
}
