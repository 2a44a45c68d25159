package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model"
)

// revisionsOf counts the revisions the history holds of the unit id.
func revisionsOf(t *testing.T, id string) int {
	t.Helper()
	dirs, err := historyDirs(id)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dirs[0])
	n := 0
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), Extension) {
			n++
		}
	}
	return n
}

// rememberVersions remembers n successive versions of p, each derived
// from the one before, and returns them.
func rememberVersions(t *testing.T, p *model.Project, n int, each func(i int, p *model.Project)) []*model.Project {
	t.Helper()
	var out []*model.Project
	for i := range n {
		p = p.Clone()
		p.Title = fmt.Sprintf("Version %d", i)
		Stamp(p)
		if _, err := Remember(p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
		if each != nil {
			each(i, p)
		}
	}
	return out
}

func TestTheHistoryKeepsTheRevisionsOfAUnitUsedMostRecently(t *testing.T) {
	useDataDir(t)
	p := unit("A")
	var first *model.Project
	versions := rememberVersions(t, p, KeepRevisions+20, func(i int, v *model.Project) {
		if i == 0 {
			first = v
		}
		if i%10 == 0 && first != nil {
			// A copy derived from the first version is opened now and
			// then: that version stays at hand as the base of a merge.
			if _, err := Remember(first); err != nil {
				t.Fatal(err)
			}
		}
	})
	if got := revisionsOf(t, p.ID); got != KeepRevisions {
		t.Errorf("%d revisions kept, want %d", got, KeepRevisions)
	}
	last := versions[len(versions)-1]
	if _, err := Recall(p.ID, last.Revision); err != nil {
		t.Errorf("the newest revision is gone: %v", err)
	}
	if _, err := Recall(p.ID, first.Revision); err != nil {
		t.Errorf("the revision used again recently is gone: %v", err)
	}
	if _, err := Recall(p.ID, versions[1].Revision); err == nil {
		t.Error("an old revision nobody used again was kept")
	}
}

func TestTheWholeHistoryStaysUnderItsSizeCap(t *testing.T) {
	data := useDataDir(t)
	old := maxHistoryBytes
	maxHistoryBytes = 64 << 10
	t.Cleanup(func() { maxHistoryBytes = old })
	var last []*model.Project
	for u := range 6 {
		p := unit(fmt.Sprintf("Unit %d", u))
		p.Unit.RealWorldProblem = strings.Repeat("long text ", 400)
		last = rememberVersions(t, p, 20, nil)
	}
	var total int64
	filepath.Walk(filepath.Join(data, historyFolder), func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, Extension) {
			total += info.Size()
		}
		return nil
	})
	if total > maxHistoryBytes {
		t.Errorf("history holds %d bytes, over the cap of %d", total, maxHistoryBytes)
	}
	newest := last[len(last)-1]
	if _, err := Recall(newest.ID, newest.Revision); err != nil {
		t.Errorf("the revision used last is gone: %v", err)
	}
}
