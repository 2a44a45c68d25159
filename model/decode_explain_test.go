package model_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"coplan/model"
)

// wrongTypeUnit is a unit in which each key the cases below break is set in
// three entities. The line of the middle entity's key ends with a tag
// (#@name) so a case can put a wrong value there.
const wrongTypeUnit = `format = "coplan/1"
id = "u1"
title = "Bridges"
updated = 2027-03-01T09:00:00Z

[unit]
start = 2027-05-01 #@unit.start
end = 2027-06-30

[[experts]]
id = "e1"
name = "Ana Ruiz"
roles = ["mentor"]

[experts.safety_check]
expires = 2028-01-01

[[experts]]
id = "e2"
name = "Ben Okafor"
roles = ["judge"] #@expert.roles

[experts.safety_check]
kind = "WWCC"
expires = 2028-01-01 #@expert.expires

[[experts]]
id = "e3"
name = "Chen Wei"
roles = ["mentor"]

[experts.safety_check]
expires = 2028-01-01

[[sessions]]
id = "s1"
updated = 2027-03-01T09:00:00Z
title = "Launch"
date = 2027-05-03
start = 09:30:00
minutes = 60
experts = ["e1"]

[[sessions]]
id = "s2"
updated = 2027-03-01T09:00:00Z #@session.updated
title = "Wind tunnel visit"
date = 2027-05-10 #@session.date
start = 09:30:00 #@session.start
minutes = 90 #@session.minutes
experts = [
  "e1",
  "e2", #@session.expert
]

[[sessions]]
id = "s3"
updated = 2027-03-01T09:00:00Z
title = "Showcase"
date = 2027-05-17
start = 09:30:00
minutes = 120
experts = ["e3"]

[[rubrics]]
id = "r1"
title = "Bridge report"

[[rubrics.levels]]
id = "l1"
label = "Beginning"
points = 1

[[rubrics.levels]]
id = "l2"
label = "Developing"
points = 2

[[rubrics.criteria]]
id = "c1"
title = "Forces"
weight = 2

[rubrics.criteria.points]
l2 = 3

[[rubrics.criteria]]
id = "c2"
title = "Testing data"
weight = 2 #@criterion.weight

[rubrics.criteria.points]
l1 = 1
l2 = 3 #@criterion.points

[[rubrics.criteria]]
id = "c3"
title = "Teamwork"
weight = 2

[rubrics.criteria.points]
l2 = 3

[[responsibilities]]
id = "t1"
task = "Book the bus"
done = true

[[responsibilities]]
id = "t2"
task = "Print the logbooks"
done = false #@task.done

[[responsibilities]]
id = "t3"
task = "Invite parents"
done = false
`

var tagPattern = regexp.MustCompile(` #@\S+`)

// unitWithWrongValue puts line in place of the line tagged tag and returns
// the unit and that line's number.
func unitWithWrongValue(t *testing.T, tag, line string) ([]byte, int) {
	t.Helper()
	lines := strings.Split(wrongTypeUnit, "\n")
	at := 0
	for i, l := range lines {
		if strings.HasSuffix(l, " #@"+tag) {
			lines[i], at = line, i+1
		}
		lines[i] = tagPattern.ReplaceAllString(lines[i], "")
	}
	if at == 0 {
		t.Fatalf("no line tagged %s", tag)
	}
	return []byte(strings.Join(lines, "\n")), at
}

func TestTheFixtureForWrongTypesIsAValidUnit(t *testing.T) {
	data, _ := unitWithWrongValue(t, "session.minutes", "minutes = 90")
	if _, err := model.Decode(data); err != nil {
		t.Fatalf("the unit the cases break is itself refused: %v", err)
	}
}

// wrongTypeCases break one value of the middle of three entities setting
// the same key; each names the line (relative to the tagged line) and the
// message a person reads.
var wrongTypeCases = []struct {
	name, tag, line string
	offset          int // lines after the tagged one
	want            string
}{
	{"text for a whole number", "session.minutes", `minutes = "ninety"`, 0,
		`Minutes of session "Wind tunnel visit" must be a whole number, not "ninety"`},
	{"a word without quotes for a whole number", "session.minutes", `minutes = ninety`, 0,
		`Minutes of session "Wind tunnel visit" must be a whole number, not ninety`},
	{"a decimal for a whole number", "session.minutes", `minutes = 90.5`, 0,
		`Minutes of session "Wind tunnel visit" must be a whole number, not 90.5`},
	{"a whole number too large", "session.minutes", `minutes = 99999999999999999999`, 0,
		`Minutes of session "Wind tunnel visit" is too large a number: 99999999999999999999`},
	{"a month that does not exist", "session.date", `date = 2027-13-45`, 0,
		`Date of session "Wind tunnel visit" must be a date like 2027-03-01, not 2027-13-45`},
	{"a day that does not exist, in quotes", "session.date", `date = "2027-02-30"`, 0,
		`Date of session "Wind tunnel visit" must be a date like 2027-03-01, not "2027-02-30"`},
	{"words for a date", "session.date", `date = "next tuesday"`, 0,
		`Date of session "Wind tunnel visit" must be a date like 2027-03-01, not "next tuesday"`},
	{"a date and time for a date", "session.date", `date = 2027-05-10T10:00:00`, 0,
		`Date of session "Wind tunnel visit" must be a date like 2027-03-01, not 2027-05-10T10:00:00`},
	{"a date for a time", "session.start", `start = 2027-05-10`, 0,
		`Starts at of session "Wind tunnel visit" must be a time like 09:30, not 2027-05-10`},
	{"a time of day for a date and time", "session.updated", `updated = 09:30:00`, 0,
		`Updated of session "Wind tunnel visit" must be a date and time like 2027-03-01T09:30:00Z, not 09:30:00`},
	{"a number in a list of text", "session.expert", `  2,`, 0,
		`Each item of Experts of session "Wind tunnel visit" must be text in quotes, not 2`},
	{"text for a list", "expert.roles", `roles = "judge"`, 0,
		`Roles of expert "Ben Okafor" must be a list in square brackets, not "judge"`},
	{"a list not closed", "expert.roles", `roles = ["judge"`, 0,
		`Roles of expert "Ben Okafor": the list is not closed (a ] or a comma is missing)`},
	{"text for a date in a table of its own", "expert.expires", `expires = "soon"`, 0,
		`Safety check expires of expert "Ben Okafor" must be a date like 2027-03-01, not "soon"`},
	{"text for a weight of a criterion", "criterion.weight", `weight = "heavy"`, 0,
		`Weight of criterion "Testing data" in rubric "Bridge report" must be a whole number, not "heavy"`},
	{"text for a criterion's points at a level", "criterion.points", `l2 = "four"`, 0,
		`Own points at level "Developing" of criterion "Testing data" in rubric "Bridge report" must be a number, not "four"`},
	{"text for true or false", "task.done", `done = "yes"`, 0,
		`Done of responsibility "Print the logbooks" must be true or false, not "yes"`},
	{"a day that does not exist in the unit", "unit.start", `start = 2027-02-30`, 0,
		`Starts of the unit must be a date like 2027-03-01, not 2027-02-30`},
}

func TestAValueOfTheWrongTypeIsNamedAtItsLineInTheWordsOnScreen(t *testing.T) {
	for _, c := range wrongTypeCases {
		t.Run(c.name, func(t *testing.T) {
			data, line := unitWithWrongValue(t, c.tag, c.line)
			_, err := model.Decode(data)
			var le *model.LineError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want an error at a line", err)
			}
			if le.Line != line+c.offset || le.Msg != c.want {
				t.Errorf("got\n  line %d: %s\nwant\n  line %d: %s", le.Line, le.Msg, line+c.offset, c.want)
			}
		})
	}
}

func TestTheFirstOfSeveralWrongValuesIsReported(t *testing.T) {
	data, _ := unitWithWrongValue(t, "task.done", `done = "yes"`)
	data = []byte(strings.Replace(string(data), "minutes = 120", `minutes = "two hours"`, 1))
	want := 1 + strings.Count(string(data[:strings.Index(string(data), `"two hours"`)]), "\n")
	for range 20 { // the decoder reads a table's keys in random order
		_, err := model.Decode(data)
		var le *model.LineError
		if !errors.As(err, &le) || le.Line != want || !strings.HasPrefix(le.Msg, `Minutes of session "Showcase"`) {
			t.Fatalf("got %v, want line %d about the minutes of the showcase", err, want)
		}
	}
}

func TestAPartOfTheUnitWrittenWronglyIsNamedInWords(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a table for the list of sessions", "[sessions]\ntitle = \"x\"", "line 3: Sessions must be a list in square brackets, not a table"},
		{"a number for the unit's details", "unit = 5", "line 3: Unit must be a table, not 5"},
		{"a number for the title", "title = 5", "line 3: Title of the unit must be text in quotes, not 5"},
		{"a key a newer Coplan may write", "[[sessions]]\nid = \"s\"\ncolour = blue", `line 5: Colour of untitled session must be text in quotes, a number, a date, true or false, or a list, not blue`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := model.Decode([]byte("format = \"coplan/1\"\nid = \"u\"\n" + c.text + "\n"))
			if err == nil || err.Error() != c.want {
				t.Errorf("got %v, want %s", err, c.want)
			}
		})
	}
}
