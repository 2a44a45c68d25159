// Package assets embeds the files Coplan ships inside the binary: the starter
// templates and the example unit (*.coplan.toml), the fonts for PDF handouts
// and the app icon. It depends on no other Coplan package.
package assets

import (
	"embed"
	"strconv"
	"strings"
)

//go:embed templates/*.coplan.toml example/*.coplan.toml
var files embed.FS

// extension ends the file name of every Coplan unit.
const extension = ".coplan.toml"

// ExampleName is the file name of the example unit that Example returns.
const ExampleName = "solar-car-challenge.coplan.toml"

// Starter is one starter template: a complete unit to copy and adapt.
type Starter struct {
	// Name identifies the template: its file name without ".coplan.toml",
	// such as "co-designed-unit".
	Name string
	// Title is the unit title written in the template file.
	Title string
	// Description says in one line what kind of partnership the template plans.
	Description string
	// Data is the template file itself, a .coplan.toml document. Each call
	// returns a fresh copy, so callers may change it.
	Data []byte
}

// templateNames lists the templates in the order Templates returns them:
// from the deepest partnership to the most focused event.
var templateNames = []string{
	"co-designed-unit",
	"mentoring-program",
	"career-day",
	"field-trip-lab",
	"judged-competition",
}

// descriptions holds the one-line description of each template, keyed by name.
// They live here rather than in the files so that the file format stays clean.
var descriptions = map[string]string{
	"co-designed-unit":   "A unit co-designed with a council and an engineering firm around a local problem: stormwater pollution in a creek.",
	"mentoring-program":  "A term of goal-setting and careers sessions with industry mentors, ending in a personal pathway plan.",
	"career-day":         "A STEM career day: preparation lessons, hands-on presenter stations, a trade training visit and a career profile.",
	"field-trip-lab":     "A field trip to an industry testing lab, then students' own investigation using the lab's methods.",
	"judged-competition": "An assistive design challenge for real users in the community, judged by industry and health experts.",
}

// Templates returns every starter template, in a fixed order.
func Templates() []Starter {
	out := make([]Starter, 0, len(templateNames))
	for _, name := range templateNames {
		t, ok := Template(name)
		if !ok {
			panic("assets: template " + name + " is listed but not embedded")
		}
		out = append(out, t)
	}
	return out
}

// Template returns the starter template called name (see Starter.Name), and
// false if there is none.
func Template(name string) (Starter, bool) {
	desc, ok := descriptions[name]
	if !ok || strings.ContainsAny(name, "/\\") {
		return Starter{}, false
	}
	data, err := files.ReadFile("templates/" + name + extension)
	if err != nil {
		return Starter{}, false
	}
	return Starter{Name: name, Title: unitTitle(data), Description: desc, Data: data}, true
}

// Example returns a fresh copy of the example unit, a complete unit with
// dates, people and comments, saved as ExampleName.
func Example() []byte {
	data, err := files.ReadFile("example/" + ExampleName)
	if err != nil {
		panic("assets: example " + ExampleName + " is not embedded")
	}
	return data
}

// unitTitle reads the top-level title key of a unit file without decoding
// the whole document: the files are ours, written by the model's encoder,
// so the title is a one-line basic string before the first table.
func unitTitle(data []byte) string {
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "[") {
			break
		}
		value, ok := strings.CutPrefix(line, "title = ")
		if !ok {
			continue
		}
		if s, err := strconv.Unquote(value); err == nil {
			return s
		}
		return strings.Trim(value, `"`)
	}
	return ""
}
