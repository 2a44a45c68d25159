package model

import (
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// statement is one `key = value`, or one table header, at the top level of
// a TOML file.
type statement struct {
	// path is the full key, with the index of each array of tables as the
	// decoder counts them: "sessions", "2", "minutes".
	path []string
	// line and end are the first and last lines of the statement.
	line, end int
	// value is the value's text as written, without a trailing comment;
	// empty for a table header.
	value string
	// items holds, for a list, the line of each of its items.
	items []int
}

// statements is what scanStatements learnt of a file, looked up by path.
type statements struct {
	list   []statement
	byPath map[string]int // joined path to index in list
}

// scanStatements reads the statements of data in one pass, knowing strings,
// comments, brackets and table headers, nothing more. It reads broken files
// too (it serves to explain why the decoder refused one), never failing.
func scanStatements(data []byte) *statements {
	s := &statements{byPath: map[string]int{}}
	arrays := map[string]bool{} // names of arrays of tables, without indexes
	counts := map[string]int{}  // tables met so far in each array, by indexed path
	var table []string
	// resolve adds to a header's parts the index of the current table of
	// each array of tables it goes through.
	resolve := func(parts []string) []string {
		var out []string
		for i, p := range parts {
			out = append(out, p)
			if arrays[strings.Join(parts[:i+1], ".")] {
				if n := counts[strings.Join(out, ".")]; n > 0 {
					out = append(out, strconv.Itoa(n-1))
				}
			}
		}
		return out
	}
	line, n := 1, len(data)
	for i := 0; i < n; {
		switch c := data[i]; c {
		case '\n':
			line++
			i++
		case ' ', '\t', '\r':
			i++
		case '#':
			i = lineEnd(data, i)
		case '[':
			isArray := i+1 < n && data[i+1] == '['
			j := i + 1
			if isArray {
				j++
			}
			parts, _ := scanKey(data, j)
			if len(parts) > 0 {
				if isArray {
					arrays[strings.Join(parts, ".")] = true
					arr := append(resolve(parts[:len(parts)-1]), parts[len(parts)-1])
					key := strings.Join(arr, ".")
					counts[key]++
					table = append(arr, strconv.Itoa(counts[key]-1))
				} else {
					table = resolve(parts)
				}
				s.add(statement{path: append([]string(nil), table...), line: line, end: line})
			}
			i = lineEnd(data, i)
		default:
			parts, j := scanKey(data, i)
			if len(parts) == 0 || j >= n || data[j] != '=' {
				i = lineEnd(data, i) // not a key: the decoder has said why
				continue
			}
			valueEnd, end, items := scanValue(data, j+1, line)
			lines := items[0]
			path := append(append([]string(nil), table...), parts...)
			s.add(statement{path: path, line: line, end: line + lines,
				value: strings.TrimSpace(string(data[j+1 : valueEnd])), items: items[1:]})
			line += lines
			i = end
		}
	}
	return s
}

func (s *statements) add(st statement) {
	key := strings.Join(st.path, ".")
	if _, seen := s.byPath[key]; !seen {
		s.byPath[key] = len(s.list)
	}
	s.list = append(s.list, st)
}

// lineOf returns the line of the statement that sets path, or of the item
// of a list it names, or else of the nearest statement or table holding it
// (an inline table); 0 when there is none.
func (s *statements) lineOf(path []string) int {
	for n := len(path); n > 0; n-- {
		if i, ok := s.byPath[strings.Join(path[:n], ".")]; ok {
			st := s.list[i]
			if n < len(path) {
				if item, err := strconv.Atoi(path[n]); err == nil && item >= 0 && item < len(st.items) {
					return st.items[item]
				}
			}
			return st.line
		}
	}
	return 0
}

// at returns the key statement whose lines hold line, if any.
func (s *statements) at(line int) (statement, bool) {
	for _, st := range s.list {
		if st.value != "" && st.line <= line && line <= st.end {
			return st, true
		}
	}
	return statement{}, false
}

// text returns the text set at path when it is a string, or "".
func (s *statements) text(path ...string) string {
	i, ok := s.byPath[strings.Join(path, ".")]
	if !ok || s.list[i].value == "" {
		return ""
	}
	var v struct{ V string }
	if _, err := toml.Decode("V = "+s.list[i].value, &v); err != nil {
		return ""
	}
	return v.V
}

// lineEnd returns the index of the line break ending the line holding data[i].
func lineEnd(data []byte, i int) int {
	for i < len(data) && data[i] != '\n' {
		i++
	}
	return i
}

// scanKey reads a key (bare, quoted or dotted) from data[i], returning its
// parts and the index of the first byte after it and its spaces.
func scanKey(data []byte, i int) (parts []string, next int) {
	n := len(data)
	for {
		for i < n && (data[i] == ' ' || data[i] == '\t') {
			i++
		}
		if i >= n {
			return parts, i
		}
		switch q := data[i]; q {
		case '"', '\'':
			j := i + 1
			for j < n && data[j] != q && data[j] != '\n' {
				if q == '"' && data[j] == '\\' {
					j++
				}
				j++
			}
			if j >= n || data[j] != q {
				return parts, j
			}
			part := string(data[i+1 : j])
			if q == '"' {
				if u, err := strconv.Unquote(string(data[i : j+1])); err == nil {
					part = u
				}
			}
			parts = append(parts, part)
			i = j + 1
		default:
			j := i
			for j < n && isBareKeyByte(data[j]) {
				j++
			}
			if j == i {
				return parts, i
			}
			parts = append(parts, string(data[i:j]))
			i = j
		}
		for i < n && (data[i] == ' ' || data[i] == '\t') {
			i++
		}
		if i >= n || data[i] != '.' {
			return parts, i
		}
		i++
	}
}

func isBareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// scanValue reads the value starting at data[i], on line, up to the line
// break that ends it, returning where its text ends (before a comment),
// where the statement ends, and how many line breaks the value holds
// followed, for a list, by the line of each of its items.
func scanValue(data []byte, i, line int) (valueEnd, end int, lines []int) {
	n := len(data)
	depth := 0
	valueEnd = -1
	lines = []int{0}
	list, item := false, false // in a list; expecting an item of it
	for i < n {
		c := data[i]
		if item && depth == 1 && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '#' && c != ',' && c != ']' {
			lines = append(lines, line+lines[0])
			item = false
		}
		switch c {
		case '\n':
			if depth == 0 {
				if valueEnd < 0 {
					valueEnd = i
				}
				return valueEnd, i, lines
			}
			lines[0]++
			i++
		case '"', '\'':
			j, l, err := skipString(data, i)
			if err != nil {
				j = lineEnd(data, i) // never closed: the rest of the line
			}
			lines[0] += l
			i = j
		case ',':
			item = list && depth == 1
			i++
		case '#':
			if depth == 0 && valueEnd < 0 {
				valueEnd = i
			}
			i = lineEnd(data, i)
		case '[', '{':
			if depth == 0 && c == '[' {
				list, item = true, true
			}
			depth++
			i++
		case ']', '}':
			if depth > 0 {
				depth--
			}
			i++
		default:
			i++
		}
	}
	if valueEnd < 0 {
		valueEnd = n
	}
	return valueEnd, n, lines
}
