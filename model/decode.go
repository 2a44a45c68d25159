package model

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Decoded is a document read from bytes, with what was learnt along the way.
type Decoded struct {
	Project *Project
	// Warnings are problems that did not stop the load, such as unknown keys.
	Warnings []Diagnostic
	// Lines maps entity ids to the line of their `id = ` key.
	Lines map[string]int
}

// Decode reads a .coplan.toml document. It refuses input over the limits,
// files of a newer major format, and anything that is not a Coplan unit,
// with an error that names the line where it can.
func Decode(data []byte) (*Decoded, error) {
	// A byte order mark, as some Windows editors write, is not part of the text.
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is %d MB, larger than the %d MB a unit may be", len(data)>>20, MaxFileSize>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("file is empty: not a Coplan unit")
	}
	if !utf8.Valid(data) {
		return nil, &LineError{invalidUTF8Line(data), "not UTF-8 text: not a Coplan unit"}
	}
	scan, err := prescan(data)
	if err != nil {
		return nil, err
	}
	if err := checkFormat(scan); err != nil {
		return nil, err
	}
	// Parse once: the struct and, when there are unknown keys, the generic
	// map that keeps them both come from the one parsed document.
	var doc toml.Primitive
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		return nil, syntaxError(err, data)
	}
	p := new(Project)
	if err := md.PrimitiveDecode(doc, p); err != nil {
		return nil, explainTypeError(err, &md, doc, data)
	}
	d := &Decoded{Project: p, Lines: scan.idLines}
	if err := checkCounts(p); err != nil {
		return nil, err
	}
	if err := checkTimes(p, data, scan.idLines); err != nil {
		return nil, err
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		if err := keepUnknown(&md, doc, data, p); err != nil {
			return nil, err
		}
		lines := indexKeyLines(data)
		reported := make(map[string]bool, len(undecoded))
		for _, k := range undecoded {
			name := k.String()
			reported[name] = true
			if isUnder(k, reported) {
				continue // a key inside an unknown table: the table's warning covers it
			}
			d.Warnings = append(d.Warnings, Diagnostic{
				Severity: Warning,
				Field:    name,
				Message:  fmt.Sprintf("unknown key %q (kept as it is when saving)", name),
				Line:     lines.find(k),
			})
		}
	}
	migrate(p)
	return d, nil
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}

func checkFormat(scan *scanResult) error {
	if scan.formatLine == 0 {
		return errors.New(`no "format" key: not a Coplan unit (the first line of a unit is format = "coplan/1")`)
	}
	name, ver, ok := strings.Cut(scan.format, "/")
	major, err := strconv.Atoi(strings.SplitN(ver, ".", 2)[0])
	if !ok || name != "coplan" || err != nil {
		return &LineError{scan.formatLine, fmt.Sprintf("format %q is not a Coplan format", scan.format)}
	}
	if major > FormatMajor {
		return &LineError{scan.formatLine, fmt.Sprintf(
			"this unit needs a newer Coplan that reads format coplan/%d; this version reads coplan/%d", major, FormatMajor)}
	}
	return nil
}

// migrate brings a document of an older minor or major format up to date.
// coplan/1 is the first format, so today it only sets the format key.
func migrate(p *Project) { p.Format = Format }

func tomlError(err error, data []byte) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		line := pe.Position.Line
		if start := pe.Position.Start; start > 0 && start <= len(data) {
			// The offset is exact; the decoder's line count runs one ahead at a line break.
			line = 1 + bytes.Count(data[:start], []byte("\n"))
		}
		msg := pe.Message
		if msg == "" {
			msg = pe.Error()
		}
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = fmt.Sprintf("%s (at key %q)", msg, pe.LastKey)
		}
		return &LineError{line, msg}
	}
	if m := decodeErrorPattern.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		msg := m[3]
		if t := typeErrorPattern.FindStringSubmatch(msg); t != nil {
			msg = fmt.Sprintf("should be %s, not %s", typeWords(t[2]), typeWords(t[1]))
		}
		if m[2] != "" {
			msg = fmt.Sprintf("key %q %s", m[2], msg)
		}
		return &LineError{line, msg}
	}
	return err
}

var (
	decodeErrorPattern = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: (.*)$`)
	typeErrorPattern   = regexp.MustCompile(`^incompatible types: TOML value has type (\S+); destination has type (\S+)$`)
)

// typeWords names a type from the decoder's messages in plain words.
func typeWords(t string) string {
	switch t {
	case "string":
		return "text"
	case "integer", "int64", "int":
		return "a whole number"
	case "float", "float64":
		return "a number"
	case "bool", "boolean":
		return "true or false"
	case "slice", "array", "[]interface {}":
		return "a list"
	case "map", "map[string]interface {}", "struct":
		return "a table"
	}
	return t
}

func checkCounts(p *Project) error {
	counts := []struct {
		name string
		n    int
	}{
		{"partners", len(p.Partners)}, {"experts", len(p.Experts)}, {"outcomes", len(p.Outcomes)},
		{"sessions", len(p.Sessions)}, {"rubrics", len(p.Rubrics)}, {"assessments", len(p.Assessments)},
		{"responsibilities", len(p.Responsibilities)}, {"comments", len(p.Comments)},
		{"teams", len(p.Teams)}, {"rounds", len(p.Rounds)}, {"assignments", len(p.Assignments)},
		{"scores", len(p.Scores)}, {"feedback entries", len(p.Feedback)},
		{"deleted entries", len(p.Deleted)},
	}
	for _, c := range counts {
		if c.n > MaxEntities {
			return fmt.Errorf("too many %s: %d (a unit may have %d)", c.name, c.n, MaxEntities)
		}
	}
	for _, r := range p.Rubrics {
		if len(r.Levels) > MaxRubricEntries || len(r.Criteria) > MaxRubricEntries {
			return fmt.Errorf("rubric %q has %d levels and %d criteria (at most %d of each)",
				r.Title, len(r.Levels), len(r.Criteria), MaxRubricEntries)
		}
	}
	return nil
}

// keepUnknown decodes the parsed document a second time, generically, and
// stores every key the structs did not take in the Extra of the table it
// belongs to.
func keepUnknown(md *toml.MetaData, doc toml.Primitive, data []byte, p *Project) error {
	// Into an empty interface the decoder hands over the parsed tables
	// as they are, without copying them.
	var parsed any
	if err := md.PrimitiveDecode(doc, &parsed); err != nil {
		return tomlError(err, data)
	}
	raw, _ := parsed.(map[string]any)
	collectExtra(reflect.ValueOf(p).Elem(), raw)
	return nil
}

var extraType = reflect.TypeOf(Extra(nil))

func collectExtra(v reflect.Value, raw map[string]any) {
	t := v.Type()
	known := tomlFields(t)
	var extra Extra
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		idx, ok := known[k]
		if !ok {
			extra = append(extra, ExtraKey{Key: k, Value: raw[k]})
			continue
		}
		f := v.Field(idx)
		switch f.Kind() {
		case reflect.Struct:
			if sub, ok := raw[k].(map[string]any); ok {
				collectExtra(f, sub)
			}
		case reflect.Slice:
			if f.Type().Elem().Kind() != reflect.Struct {
				continue
			}
			switch items := raw[k].(type) {
			case []map[string]any: // [[table]] sections
				for i := 0; i < len(items) && i < f.Len(); i++ {
					collectExtra(f.Index(i), items[i])
				}
			case []any: // an inline array of tables
				for i := 0; i < len(items) && i < f.Len(); i++ {
					if item, ok := items[i].(map[string]any); ok {
						collectExtra(f.Index(i), item)
					}
				}
			}
		}
	}
	if ef := v.FieldByName("Extra"); ef.IsValid() && ef.Type() == extraType {
		ef.Set(reflect.ValueOf(extra))
	}
}

// tomlFields maps the toml key of each field of struct type t to its index.
func tomlFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("toml")
		if tag == "" || tag == "-" {
			continue
		}
		m[strings.Split(tag, ",")[0]] = i
	}
	return m
}

// isUnder reports whether a table that holds k is one of the keys in seen.
func isUnder(k toml.Key, seen map[string]bool) bool {
	for n := len(k) - 1; n > 0; n-- {
		if seen[k[:n].String()] {
			return true
		}
	}
	return false
}

// keyLines knows, from one pass over a file, the first line that sets each
// key (by its full dotted name, and by its last part alone) and the first
// line of each table header.
type keyLines struct {
	full, last, header map[string]int
}

// indexKeyLines reads the line of every key at the start of a line, in one
// pass, so that finding the lines of many unknown keys costs linear time.
func indexKeyLines(data []byte) *keyLines {
	kl := &keyLines{full: map[string]int{}, last: map[string]int{}, header: map[string]int{}}
	table := ""
	note := func(m map[string]int, k string, line int) {
		if _, ok := m[k]; !ok {
			m[k] = line
		}
	}
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		l, data = cutLine(data)
		l = bytes.TrimSpace(l)
		if len(l) > 0 && l[0] == '[' {
			name := strings.TrimSpace(strings.Trim(string(l), "[] \t"))
			if i := strings.IndexByte(name, ']'); i >= 0 {
				name = strings.TrimSpace(name[:i])
			}
			table = name
			note(kl.header, name, line)
			continue
		}
		eq := bytes.IndexByte(l, '=')
		if eq <= 0 {
			continue
		}
		key := strings.TrimSpace(string(l[:eq]))
		if !isDottedBareKey(key) {
			continue
		}
		full := key
		if table != "" {
			full = table + "." + key
		}
		note(kl.full, full, line)
		last := key
		if i := strings.LastIndexByte(key, '.'); i >= 0 {
			last = key[i+1:]
		}
		if last != full {
			note(kl.last, last, line)
		}
	}
	return kl
}

// isDottedBareKey reports whether k is made of bare keys joined by dots.
func isDottedBareKey(k string) bool {
	for _, part := range strings.Split(k, ".") {
		if !isBareKey(strings.TrimSpace(part)) {
			return false
		}
	}
	return true
}

// find returns the line that sets key k, or 0: the line of the key under its
// own table if known, else the first line setting its last part or naming it
// as a table.
func (kl *keyLines) find(k toml.Key) int {
	if len(k) == 0 {
		return 0
	}
	name := k.String()
	if n, ok := kl.full[name]; ok {
		return n
	}
	if n, ok := kl.header[name]; ok {
		return n
	}
	last := k[len(k)-1]
	if n, ok := kl.last[last]; ok {
		return n
	}
	return kl.full[last] // a top-level key of that name
}
