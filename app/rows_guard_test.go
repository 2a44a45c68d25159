package app

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// positionalCast matches taking a widget out of a container by its place,
// such as row.Objects[1].(*widget.Label).
var positionalCast = regexp.MustCompile(`\.Objects\[[^\]]+\]\.\(`)

// TestRowsNameTheirWidgetsRatherThanCastThemByPosition keeps list rows
// typed: a row's widgets live in a struct found through widgets.Rows (see
// listRow), because a cast by position breaks silently when the row's
// layout changes.
func TestRowsNameTheirWidgetsRatherThanCastThemByPosition(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, err := filepath.Glob(filepath.Join("widgets", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range append(files, more...) {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		s := bufio.NewScanner(f)
		for line := 1; s.Scan(); line++ {
			if positionalCast.MatchString(s.Text()) {
				t.Errorf("%s:%d casts a widget by its position in a container; keep the row's widgets in a struct through widgets.Rows instead: %s",
					name, line, strings.TrimSpace(s.Text()))
			}
		}
		f.Close()
	}
}
