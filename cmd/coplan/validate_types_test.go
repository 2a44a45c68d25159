package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
)

// exampleWithLine returns the example unit with the line after the given
// one (counting from where `after` first appears) replaced by line, and
// that line's number. The replaced key is set in other entities too.
func exampleWithLine(t *testing.T, after, old, line string) ([]byte, int) {
	t.Helper()
	lines := strings.Split(string(assets.Example()), "\n")
	from := -1
	for i, l := range lines {
		if from < 0 && strings.Contains(l, after) {
			from = i
		}
		if from >= 0 && l == old {
			lines[i] = line
			return []byte(strings.Join(lines, "\n")), i + 1
		}
	}
	t.Fatalf("no line %q after %q in the example", old, after)
	return nil, 0
}

// wrongValueCases break a value of an entity in the middle of the example's
// list, where the same key is set in the entities before and after it.
var wrongValueCases = []struct {
	name, after, old, line, want string
}{
	{"text for minutes", `title = "Site visit: Ngā Tapuwae community solar farm"`, "minutes = 180", `minutes = "ninety"`,
		`Minutes of session "Site visit: Ngā Tapuwae community solar farm" must be a whole number, not "ninety"`},
	{"a date that does not exist", `title = "Design brief and team roles"`, "date = 2027-05-04", "date = 2027-13-45",
		`Date of session "Design brief and team roles" must be a date like 2027-03-01, not 2027-13-45`},
	{"text for a list", `name = "Nguyễn Thị Ánh"`, `roles = ["mentor", "project-consultant", "field-trip-host"]`, `roles = "mentor"`,
		`Roles of expert "Nguyễn Thị Ánh" must be a list in square brackets, not "mentor"`},
}

func TestValidateNamesAWrongValueAtItsLineInTheWordsOnScreen(t *testing.T) {
	for _, c := range wrongValueCases {
		t.Run(c.name, func(t *testing.T) {
			data, line := exampleWithLine(t, c.after, c.old, c.line)
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "unit.coplan.toml"), data, 0o644)
			r := coplan(t, dir, "validate", "unit.coplan.toml")
			want := fmt.Sprintf("unit.coplan.toml:%d: error: %s\n", line, c.want)
			if r.code != 1 || r.stdout != want {
				t.Errorf("exit %d, output\n%s\nwant exit 1 and\n%s", r.code, r.stdout, want)
			}
			r = coplan(t, dir, "validate", "--json", "unit.coplan.toml")
			var reports []fileReport
			if err := json.Unmarshal([]byte(r.stdout), &reports); err != nil {
				t.Fatalf("%v in\n%s", err, r.stdout)
			}
			if len(reports) != 1 || len(reports[0].Diagnostics) != 1 {
				t.Fatalf("want one finding:\n%s", r.stdout)
			}
			if d := reports[0].Diagnostics[0]; d.Line != line || d.Message != c.want {
				t.Errorf("JSON finding at line %d: %q; want line %d: %q", d.Line, d.Message, line, c.want)
			}
		})
	}
}

func TestCatalogNamesAWrongValueAtItsLineInTheWordsOnScreen(t *testing.T) {
	t.Setenv("COPLAN_CACHE_DIR", t.TempDir())
	c := wrongValueCases[0]
	data, line := exampleWithLine(t, c.after, c.old, c.line)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "unit.coplan.toml"), data, 0o644)
	r := coplan(t, dir, "catalog", ".")
	if want := fmt.Sprintf("unit.coplan.toml:%d: %s", line, c.want); !strings.Contains(r.stderr, want) {
		t.Errorf("stderr\n%s\ndoes not say\n%s", r.stderr, want)
	}
}
