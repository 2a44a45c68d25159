package export

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"coplan/model"
)

// sheet is a spreadsheet read for an import: its rows after the header, and
// for each column the import knows, the position of that column.
type sheet struct {
	rows []csvRow
	col  map[string]int
}

// readSheet reads CSV from r and matches its header loosely against the
// columns the import knows: case, spaces and punctuation do not count, and
// each column may go by several names (the first is its own). Required
// columns must be there.
func readSheet(r io.Reader, what string, columns map[string][]string, required ...string) (*sheet, error) {
	data, err := io.ReadAll(io.LimitReader(r, model.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", what, err)
	}
	if len(data) > model.MaxFileSize {
		return nil, fmt.Errorf("import %s: the file is larger than %d MB", what, model.MaxFileSize>>20)
	}
	rows, err := readRows(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, &ImportError{[]RowProblem{{1, fmt.Sprintf("the file is empty; it should start with a header row naming the columns, such as %s", strings.Join(required, ","))}}}
	}
	s := &sheet{rows: rows[1:], col: map[string]int{}}
	for i, h := range rows[0].fields {
		key := looseKey(h)
		for name, aliases := range columns {
			for _, a := range aliases {
				if _, taken := s.col[name]; !taken && key == looseKey(a) {
					s.col[name] = i
				}
			}
		}
	}
	var missing []string
	for _, name := range required {
		if _, ok := s.col[name]; !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return nil, &ImportError{[]RowProblem{{rows[0].line, fmt.Sprintf("the header has no %s %s", model.Plural(len(missing), "column"), quoted(missing))}}}
	}
	return s, nil
}

// quoted writes names quoted and comma-separated: `"team", "judge"`.
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

// get returns the trimmed cell of column name in row, or "".
func (s *sheet) get(row csvRow, name string) string {
	i, ok := s.col[name]
	if !ok || i >= len(row.fields) {
		return ""
	}
	return strings.TrimSpace(unsafeCell(row.fields[i]))
}

// looseKey keeps only the letters and digits of s, in lower case.
func looseKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// splitList splits a cell holding several values separated by semicolons,
// commas or line breaks.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' || r == '|' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// byName finds one of the named things whose name or id is q, ignoring case.
type byName map[string][]string

func (b byName) add(id, name string) {
	b[strings.ToLower(id)] = append(b[strings.ToLower(id)], id)
	if k := strings.ToLower(strings.TrimSpace(name)); k != "" && k != strings.ToLower(id) {
		b[k] = append(b[k], id)
	}
}

// find returns the one id q names, or a message for a row's problem.
func (b byName) find(q, noun string) (string, string) {
	ids := b[strings.ToLower(strings.TrimSpace(q))]
	switch len(ids) {
	case 0:
		return "", fmt.Sprintf("no %s %q in the unit", noun, q)
	case 1:
		return ids[0], ""
	}
	return "", fmt.Sprintf("%d %s are called %q; rename one in the editor so that no two share a name", len(ids), model.Plural(len(ids), noun), q)
}

func expertsByName(p *model.Project) byName {
	b := byName{}
	for _, e := range p.Experts {
		b.add(e.ID, e.Name)
	}
	return b
}
