package catalog_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// themes vary the titles and subjects of generated units.
var themes = []struct{ title, subject string }{
	{"Creek clean-up", "Science"},
	{"Ngā awa: our rivers", "Geography"},
	{"Solar car challenge", "Technology"},
	{"Bridges that last", "Engineering"},
	{"Data for the café", "Mathematics"},
}

// generated returns the i-th generated unit: modeltest.Large(sessions,
// rubrics) with fresh ids (so no two files share one), its own title, a
// subject and year levels that vary with i.
func generated(i, sessions, rubrics int) *model.Project {
	p := modeltest.Large(sessions, rubrics)
	model.Reidentify(p, modeltest.Stamp)
	th := themes[i%len(themes)]
	p.Title = fmt.Sprintf("%s %d", th.title, i)
	p.Unit.Subjects = []string{th.subject, "Technology"}
	p.Unit.YearLevels = []string{fmt.Sprint(7 + i%6)}
	return p
}

// writeUnits writes n generated units of the given size under dir, spread
// over folders of 100, and returns their paths.
func writeUnits(tb testing.TB, dir string, n, sessions, rubrics int) []string {
	tb.Helper()
	var paths []string
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("group-%02d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			tb.Fatal(err)
		}
		path := filepath.Join(sub, fmt.Sprintf("unit-%04d.coplan.toml", i))
		if err := os.WriteFile(path, model.Encode(generated(i, sessions, rubrics)), 0o644); err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// writeFile writes data to name under dir, making folders as needed.
func writeFile(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}
