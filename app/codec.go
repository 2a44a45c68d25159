package app

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"coplan/model"
)

// codec turns a field's value into the text of its entry and back.
type codec struct {
	format func(any) string
	parse  func(string) (any, error)
}

var textCodec = codec{
	format: func(v any) string { s, _ := v.(string); return s },
	parse:  func(s string) (any, error) { return s, nil },
}

// listCodec writes a list as "a, b, c"; empty items are dropped.
var listCodec = codec{
	format: func(v any) string { l, _ := v.([]string); return strings.Join(l, ", ") },
	parse: func(s string) (any, error) {
		var out []string
		for _, x := range strings.Split(s, ",") {
			if x = strings.TrimSpace(x); x != "" {
				out = append(out, x)
			}
		}
		return out, nil
	},
}

var dateCodec = codec{
	format: func(v any) string { d, _ := v.(model.Date); return d.String() },
	parse: func(s string) (any, error) {
		d, err := model.ReadDate(s)
		if err != nil {
			return nil, errors.New(dateReason(err))
		}
		return d, nil
	},
}

var clockCodec = codec{
	format: func(v any) string { c, _ := v.(model.Clock); return c.String() },
	parse: func(s string) (any, error) {
		c, err := model.ParseClock(strings.TrimSpace(s))
		if err != nil {
			return nil, errors.New(lang.L("Not a time: write it as hours:minutes, such as 09:30"))
		}
		return c, nil
	},
}

// intCodec shows zero as an empty entry.
var intCodec = codec{
	format: func(v any) string {
		if n, _ := v.(int); n != 0 {
			return strconv.Itoa(n)
		}
		return ""
	},
	parse: func(s string) (any, error) {
		s = strings.TrimSpace(s)
		if s == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return nil, errors.New(lang.L("write a whole number"))
		}
		return n, nil
	},
}

var floatCodec = codec{
	format: func(v any) string { x, _ := v.(float64); return strconv.FormatFloat(x, 'f', -1, 64) },
	parse: func(s string) (any, error) {
		s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
		if s == "" {
			return 0.0, nil
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, errors.New(lang.L("write a number such as 2 or 2.5"))
		}
		return x, nil
	},
}
