package export

import (
	"math"
	"strconv"
	"strings"
)

// Canvas's names for the columns of a rubric spreadsheet. Canvas finds the
// first four by exactly these header texts (case and spaces count).
const (
	headRubric      = "Rubric Name"
	headCriterion   = "Criteria Name"
	headDescription = "Criteria Description"
	headRange       = "Criteria Enable Range"
)

// canvasColumns says where a Canvas rubric spreadsheet keeps each thing,
// found from its header row the way Canvas's importer finds it. A column
// that is not there is -1.
type canvasColumns struct {
	rubric, criterion, description, rng int
	// outcomes is Coplan's Outcome Codes column, which Canvas ignores.
	outcomes int
	// names, descriptions and points are the rating columns in header
	// order; the n-th name goes with the n-th description and points.
	names, descriptions, points []int
}

// canvasColumnsOf reads a header row. The rubric, criterion, description
// and range columns are the first whose header is exactly Canvas's name;
// a rating column is any whose lower-cased header contains "rating name",
// "rating description" or "rating points". Other columns are ignored.
func canvasColumnsOf(header []string) canvasColumns {
	c := canvasColumns{rubric: -1, criterion: -1, description: -1, rng: -1, outcomes: -1}
	first := func(at *int, i int) {
		if *at < 0 {
			*at = i
		}
	}
	for i, h := range header {
		switch h {
		case headRubric:
			first(&c.rubric, i)
		case headCriterion:
			first(&c.criterion, i)
		case headDescription:
			first(&c.description, i)
		case headRange:
			first(&c.rng, i)
		case headOutcomes:
			first(&c.outcomes, i)
		}
		low := strings.ToLower(h)
		if strings.Contains(low, "rating name") {
			c.names = append(c.names, i)
		}
		if strings.Contains(low, "rating description") {
			c.descriptions = append(c.descriptions, i)
		}
		if strings.Contains(low, "rating points") {
			c.points = append(c.points, i)
		}
	}
	return c
}

// fieldAt returns field at of fields, and whether the row has it at all
// (Canvas's CSV reader gives no value for an empty cell either).
func fieldAt(fields []string, at int) (string, bool) {
	if at < 0 || at >= len(fields) || fields[at] == "" {
		return "", false
	}
	return fields[at], true
}

// fieldText returns field at of fields, or "" when it is missing.
func fieldText(fields []string, at int) string {
	s, _ := fieldAt(fields, at)
	return s
}

// canvasRange reads Enable Range as Canvas does: true only for "true" or
// "1" in any case; anything else, and no value, is false.
func canvasRange(s string) bool {
	s = strings.ToLower(s)
	return s == "true" || s == "1"
}

// canvasPoints reads rating points as Canvas does: a decimal comma becomes
// a point, the number at the start of the cell is taken as Ruby's
// String#to_f takes it (no number is 0), and it is rounded to 2 decimals.
func canvasPoints(s string) float64 {
	return rubyRound2(rubyToF(strings.ReplaceAll(s, ",", ".")))
}

// rubyToF returns the number at the start of s as Ruby's String#to_f does:
// leading white space, a sign, digits (an underscore may join two digits),
// a fraction and an exponent, as much of that as is there; what follows is
// ignored, and without any digits the result is 0. A number too large for
// a float is an infinity, as in Ruby.
func rubyToF(s string) float64 {
	s = strings.TrimLeft(s, " \t\n\v\f\r")
	var b strings.Builder
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		b.WriteByte(s[i])
		i++
	}
	digits := func() int {
		n := 0
		for i < len(s) {
			switch {
			case s[i] >= '0' && s[i] <= '9':
				b.WriteByte(s[i])
				n++
				i++
			case s[i] == '_' && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
				i++
			default:
				return n
			}
		}
		return n
	}
	whole := digits()
	if i+1 < len(s) && s[i] == '.' && s[i+1] >= '0' && s[i+1] <= '9' {
		b.WriteByte('.')
		i++
		digits()
	} else if whole == 0 {
		return 0
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		mark, j := b.Len(), i
		b.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			b.WriteByte(s[i])
			i++
		}
		if digits() == 0 {
			i = j
			num := b.String()[:mark]
			b.Reset()
			b.WriteString(num)
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil && !math.IsInf(v, 0) {
		return 0
	}
	return v
}

// rubyRound2 rounds v to 2 decimals as Ruby's Float#round(2) does: half
// away from zero, corrected for the error of v*100; a number too large to
// have hundredths is kept, and a positive one too small for them is 0.
func rubyRound2(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	_, exp := math.Frexp(v)
	switch {
	case exp >= 60:
		return v
	case v > 0 && exp <= -12:
		return 0
	}
	const s = 100.0
	f := math.Round(v * s)
	if v > 0 && (f+0.5)/s <= v {
		f++
	} else if v < 0 && (f-0.5)/s >= v {
		f--
	}
	return f / s
}
