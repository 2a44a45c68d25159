package export

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// formulaStarts are the first characters with which a spreadsheet program
// reads a cell as a formula (OWASP's list for CSV injection).
const formulaStarts = "=+-@\t\r"

// safeCell neutralises a text cell for a spreadsheet: a text that starts
// with a formula character, after any single quotes, gets one single quote
// in front, as OWASP recommends. unsafeCell takes it off again, so that
// text exported and imported again comes back exactly.
func safeCell(s string) string {
	if startsFormula(strings.TrimLeft(s, "'")) {
		return "'" + s
	}
	return s
}

// unsafeCell undoes safeCell.
func unsafeCell(s string) string {
	if strings.HasPrefix(s, "'") && startsFormula(strings.TrimLeft(s, "'")) {
		return s[1:]
	}
	return s
}

func startsFormula(s string) bool { return s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 }

// writeCSV writes rows as RFC 4180 CSV to w, all or nothing: comma
// separated, CRLF between records, a field in double quotes when it holds a
// comma, quote, line break or leading space. Text inside a field is written
// exactly as it is (a line break stays LF), unlike encoding/csv, which turns
// every LF inside a field into CRLF.
func writeCSV(w io.Writer, what string, rows [][]string) error {
	var buf bytes.Buffer
	for _, row := range rows {
		for i, f := range row {
			if i > 0 {
				buf.WriteByte(',')
			}
			if f == "" || !strings.ContainsAny(f, ",\"\r\n") && f[0] != ' ' {
				buf.WriteString(f)
				continue
			}
			buf.WriteByte('"')
			buf.WriteString(strings.ReplaceAll(f, `"`, `""`))
			buf.WriteByte('"')
		}
		buf.WriteString("\r\n")
	}
	if _, err := buf.WriteTo(w); err != nil {
		return fmt.Errorf("export %s: writing: %w", what, err)
	}
	return nil
}

// csvRow is one record of a spreadsheet and the line it starts on.
type csvRow struct {
	line   int
	fields []string
}

// readRows parses data as RFC 4180 CSV, in one pass: records end at LF,
// CRLF or CR; fields in double quotes may hold commas, doubled quotes and
// line breaks, which are kept exactly as written. Rows may differ in
// length; blank rows are left out. A stray quote or an unclosed quoted
// field is an *ImportError naming the line.
func readRows(data []byte) ([]csvRow, error) {
	var rows []csvRow
	var fields []string
	var field []byte
	line, start := 1, 1
	i := 0
	endRow := func() {
		fields = append(fields, string(field))
		field = field[:0]
		blank := true
		for _, f := range fields {
			if strings.TrimSpace(f) != "" {
				blank = false
				break
			}
		}
		if !blank {
			rows = append(rows, csvRow{start, fields})
		}
		fields = nil
	}
	for i < len(data) {
		c := data[i]
		switch {
		case c == '"' && len(field) == 0:
			qline := line
			i++
			for {
				if i >= len(data) {
					return nil, &ImportError{[]RowProblem{{qline, "a quoted field is never closed (a \" is missing)"}}}
				}
				if data[i] == '"' {
					if i+1 < len(data) && data[i+1] == '"' {
						field = append(field, '"')
						i += 2
						continue
					}
					i++
					break
				}
				if data[i] == '\n' {
					line++
				}
				field = append(field, data[i])
				i++
			}
			if i < len(data) && data[i] != ',' && data[i] != '\n' && data[i] != '\r' {
				return nil, &ImportError{[]RowProblem{{line, "text after a closing quote; a quote inside a field must be doubled (\"\")"}}}
			}
		case c == '"':
			return nil, &ImportError{[]RowProblem{{line, "a quote in the middle of a field; put the field in quotes and double the quote (\"\")"}}}
		case c == ',':
			fields = append(fields, string(field))
			field = field[:0]
			i++
		case c == '\r' || c == '\n':
			endRow()
			i++
			if c == '\r' && i < len(data) && data[i] == '\n' {
				i++
			}
			line++
			start = line
		default:
			field = append(field, c)
			i++
		}
	}
	if len(field) > 0 || len(fields) > 0 {
		endRow()
	}
	for _, r := range rows {
		for _, f := range r.fields {
			if !utf8.ValidString(f) {
				return nil, &ImportError{[]RowProblem{{r.line, "the text is not UTF-8; save the spreadsheet as \"CSV UTF-8\""}}}
			}
		}
	}
	return rows, nil
}
