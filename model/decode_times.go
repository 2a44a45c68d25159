package model

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"time"
)

// checkTimes refuses a time of day where a date and time belongs (such as
// `updated = 09:30:00`), which the decoder would read as a day in the year 0.
func checkTimes(p *Project, data []byte, idLines map[string]int) error {
	var found error
	var walk func(v reflect.Value, owner string)
	walk = func(v reflect.Value, owner string) {
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == timeType {
				return
			}
			t := v.Type()
			if f, ok := t.FieldByName("ID"); ok && f.Type.Kind() == reflect.String {
				if id := v.FieldByIndex(f.Index).String(); id != "" {
					owner = id
				}
			}
			for i := 0; i < t.NumField() && found == nil; i++ {
				f := t.Field(i)
				if !f.IsExported() {
					continue
				}
				fv := v.Field(i)
				if f.Type == timeType {
					// The decoder reads a TOML local time as that time on 0000-01-01.
					if tm := fv.Interface().(time.Time); tm.Year() == 0 {
						key := strings.Split(f.Tag.Get("toml"), ",")[0]
						found = &LineError{keyLineAfter(data, idLines[owner], key), fmt.Sprintf("%s must be %s, not %s",
							p.DescribeField(owner, key), wantWords(timeType), tm.Format("15:04:05"))}
					}
					continue
				}
				walk(fv, owner)
			}
		case reflect.Slice:
			if v.Type().Elem().Kind() != reflect.Struct {
				return
			}
			for i := 0; i < v.Len() && found == nil; i++ {
				walk(v.Index(i), owner)
			}
		}
	}
	walk(reflect.ValueOf(p).Elem(), p.ID)
	return found
}

// keyLineAfter returns the first line from line `from` on that sets key, or
// from itself when there is none before the next table.
func keyLineAfter(data []byte, from int, key string) int {
	if from <= 0 {
		from = 1
	}
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		l, data = cutLine(data)
		if line < from {
			continue
		}
		l = bytes.TrimSpace(l)
		if line > from && len(l) > 0 && l[0] == '[' {
			break
		}
		if rest, ok := bytes.CutPrefix(l, []byte(key)); ok && bytes.HasPrefix(bytes.TrimLeft(rest, " \t"), []byte("=")) {
			return line
		}
	}
	return from
}

// cutLine splits data after its first line: it returns that line, without
// its newline, and the rest (nil after the last line).
func cutLine(data []byte) (line, rest []byte) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return data[:i], data[i+1:]
	}
	return data, nil
}
