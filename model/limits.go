package model

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// ErrOverLimit is matched (errors.Is) by every error that refuses a save
// because the file would be over one of the limits a unit must meet to open.
var ErrOverLimit = errors.New("over a limit of the file format")

// LimitError says what in a unit is over a limit, in the words the editor
// uses, when the unit is saved.
type LimitError struct {
	What string
}

func (e *LimitError) Error() string { return e.What }

// Is makes errors.Is(err, ErrOverLimit) hold.
func (e *LimitError) Is(target error) bool { return target == ErrOverLimit }

// EncodeChecked encodes p like Encode, then checks what will be written
// against the limits Decode applies (file size, entity counts, text length,
// nesting), so that a save never writes a file Coplan would refuse to open.
// Over a limit, it returns a *LimitError naming what is too large.
func EncodeChecked(p *Project) ([]byte, error) {
	if err := checkCounts(p); err != nil {
		return nil, &LimitError{err.Error()}
	}
	data := Encode(p)
	if len(data) > MaxFileSize {
		return nil, &LimitError{fmt.Sprintf("the unit would be %.1f MB once saved, and a unit may be at most %d MB",
			float64(len(data))/(1<<20), MaxFileSize>>20)}
	}
	if _, err := prescan(data); err != nil {
		return nil, &LimitError{describeOverLimit(p, data, err)}
	}
	return data, nil
}

// describeOverLimit turns a prescan error on freshly encoded data into words
// about the entity and field it concerns.
func describeOverLimit(p *Project, data []byte, err error) string {
	var le *LineError
	if !errors.As(err, &le) || le.Line <= 0 {
		return err.Error()
	}
	if strings.Contains(le.Msg, "keys and list items") {
		return fmt.Sprintf("the unit would hold more than %d values (fields and list items) once saved, and a unit may hold at most %d", MaxValues, MaxValues)
	}
	lineText, owner := lineAndOwner(data, le.Line)
	names := p.Index()
	what := "the unit"
	if ref, ok := names[owner]; ok {
		what = describePlain(ref)
	}
	key, value, _ := strings.Cut(lineText, "=")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	field := strings.ReplaceAll(strings.Trim(key, `"`), "_", " ")
	if ref, ok := names[strings.Trim(key, `"`)]; ok && ref.Kind == KindLevel {
		field = "descriptor for " + ref.Describe()
	}
	if strings.HasPrefix(value, `"`) {
		if size := encodedStringSize(data, le.Line); size > MaxStringLen {
			return fmt.Sprintf("the %s of %s is %d KB once saved, and a text may be at most %d KB",
				field, what, (size+1023)>>10, MaxStringLen>>10)
		}
	}
	return fmt.Sprintf("the %s of %s: %s", field, what, le.Msg)
}

// lineAndOwner returns the text of line n of data and the id of the entity
// that holds it: the last `id = "..."` since the last [[...]] header, or the
// unit's own id.
func lineAndOwner(data []byte, n int) (string, string) {
	owner := ""
	line := 0
	for len(data) > 0 {
		line++
		var l []byte
		l, data = cutLine(data)
		if line == n {
			return string(l), owner
		}
		switch {
		case bytes.HasPrefix(l, []byte("[[")):
			owner = ""
		case owner == "" && bytes.HasPrefix(l, []byte(`id = "`)):
			if end := bytes.IndexByte(l[6:], '"'); end >= 0 {
				owner = string(l[6 : 6+end])
			}
		}
	}
	return "", owner
}

// encodedStringSize returns the size in bytes of the string value that
// starts on line n of data, as written, or 0.
func encodedStringSize(data []byte, n int) int {
	off := 0
	for line := 1; line < n; line++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return 0
		}
		off += i + 1
	}
	q := bytes.IndexByte(data[off:], '"')
	if q < 0 {
		return 0
	}
	end, _, err := skipString(data, off+q)
	if err != nil {
		return 0
	}
	return end - (off + q)
}
