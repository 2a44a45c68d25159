package model

import (
	"bytes"
	"fmt"
)

// Limits bound what a file may contain, so that a hostile or broken file is
// refused quickly with a clear message instead of exhausting the machine.
const (
	MaxFileSize      = 8 << 20 // bytes in one file
	MaxNesting       = 16      // open [ and { at once
	MaxDottedKeys    = 8       // parts of one dotted key or table name
	MaxStringLen     = 64 << 10
	MaxEntities      = 5000 // entities of one kind in a unit
	MaxRubricEntries = 100  // levels, or criteria, in one rubric
	// MaxValues bounds the keys, table headers and list items of one file
	// together: they, not the bytes, set the cost of reading it.
	MaxValues = 150000
)

// LineError is a problem at a known line of a file (line 0 when unknown).
type LineError struct {
	Line int
	Msg  string
}

func (e *LineError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// scanResult is what a quick pass over the raw bytes learns before decoding.
type scanResult struct {
	format     string
	formatLine int
	idLines    map[string]int
}

// prescan checks the bounds the TOML decoder does not (nesting depth, dotted
// key length, string length) and notes the line of every `id = "..."` key.
// It is a small lexer: it knows strings, comments and brackets, nothing more.
func prescan(data []byte) (*scanResult, error) {
	res := &scanResult{idLines: make(map[string]int, 64)}
	line := 1
	depth := 0
	var stack [MaxNesting + 1]byte
	keyCtx := true // reading a key (line start, or after { or , inside an inline table)
	dots := 0
	atLineStart := true
	values := 0
	tooMany := func() error {
		return &LineError{line, fmt.Sprintf("more than %d keys and list items in one file (a unit may hold %d)", MaxValues, MaxValues)}
	}
	n := len(data)
	for i := 0; i < n; i++ {
		c := data[i]
		if atLineStart && depth == 0 {
			if c == ' ' || c == '\t' {
				continue
			}
			atLineStart = false
			if c == 'i' || c == 'f' {
				res.noteKey(data[i:], line)
			}
		}
		switch c {
		case '\n':
			line++
			if depth == 0 {
				keyCtx, dots, atLineStart = true, 0, true
			}
		case '#':
			for i < n && data[i] != '\n' {
				i++
			}
			i--
		case '"', '\'':
			start := line
			end, lines, err := skipString(data, i)
			if err != nil {
				return nil, &LineError{start, err.Error()}
			}
			if end-i > MaxStringLen {
				return nil, &LineError{start, fmt.Sprintf("text longer than %d KB", MaxStringLen>>10)}
			}
			line += lines
			i = end - 1
		case '[', '{':
			if depth == 0 && keyCtx && c == '[' {
				dots = 0 // a table header: its dots are counted below
				if values++; values > MaxValues {
					return nil, tooMany()
				}
			}
			if depth == MaxNesting {
				return nil, &LineError{line, fmt.Sprintf("values nested more than %d deep", MaxNesting)}
			}
			stack[depth] = c
			depth++
			keyCtx = c == '{' || (depth <= 2 && keyCtx && c == '[')
		case ']', '}':
			if depth > 0 {
				depth--
			}
			if depth > 0 && stack[depth-1] == '{' {
				keyCtx = false
			}
		case ',':
			if depth > 0 && stack[depth-1] == '{' {
				keyCtx, dots = true, 0
			} else if values++; values > MaxValues {
				return nil, tooMany() // one more list item
			}
		case '=':
			keyCtx, dots = false, 0
			if values++; values > MaxValues {
				return nil, tooMany()
			}
		case '.':
			if keyCtx {
				dots++
				if dots >= MaxDottedKeys {
					return nil, &LineError{line, fmt.Sprintf("key or table name with more than %d parts", MaxDottedKeys)}
				}
			}
		}
	}
	return res, nil
}

// noteKey records `id = "..."` and `format = "..."` at the start of a line.
func (r *scanResult) noteKey(rest []byte, line int) {
	var key string
	switch {
	case bytes.HasPrefix(rest, []byte("id")):
		key, rest = "id", rest[2:]
	case bytes.HasPrefix(rest, []byte("format")):
		key, rest = "format", rest[6:]
	default:
		return
	}
	rest = bytes.TrimLeft(rest, " \t")
	if len(rest) < 2 || rest[0] != '=' {
		return
	}
	rest = bytes.TrimLeft(rest[1:], " \t")
	if len(rest) < 2 || rest[0] != '"' {
		return
	}
	end := bytes.IndexAny(rest[1:], "\"\\\n")
	if end < 0 || rest[1+end] != '"' {
		return
	}
	value := string(rest[1 : 1+end])
	if key == "format" {
		if r.formatLine == 0 {
			r.format, r.formatLine = value, line
		}
		return
	}
	if _, seen := r.idLines[value]; !seen {
		r.idLines[value] = line
	}
}

// skipString returns the index just past the string starting at data[i],
// and how many line breaks it holds.
func skipString(data []byte, i int) (end, lines int, err error) {
	q := data[i]
	n := len(data)
	if i+2 < n && data[i+1] == q && data[i+2] == q {
		// Multi-line string: ends at the first run of three quotes (up to five).
		for j := i + 3; j < n; j++ {
			switch data[j] {
			case '\n':
				lines++
			case '\\':
				if q == '"' {
					if j+1 < n && data[j+1] == '\n' {
						lines++
					}
					j++
				}
			case q:
				if j+2 < n && data[j+1] == q && data[j+2] == q {
					k := j + 3
					for extra := 0; extra < 2 && k < n && data[k] == q; extra++ {
						k++
					}
					return k, lines, nil
				}
			}
		}
		return 0, 0, fmt.Errorf("text that is never closed (missing %c%c%c)", q, q, q)
	}
	if i+1 < n && data[i+1] == q {
		return i + 2, 0, nil
	}
	for j := i + 1; j < n; j++ {
		switch data[j] {
		case '\n':
			return 0, 0, fmt.Errorf("text that is never closed (missing %c)", q)
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j + 1, 0, nil
		}
	}
	return 0, 0, fmt.Errorf("text that is never closed (missing %c)", q)
}
