package catalog_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"coplan/assets"
	"coplan/model"
	"coplan/model/catalog"
	"coplan/model/modeltest"
	"coplan/model/store"
)

// scan scans dir with a cache in cacheDir ("" for none) and fails the test on error.
func scan(t *testing.T, dir, cacheDir string) *catalog.Index {
	t.Helper()
	s := catalog.Scanner{CacheDir: cacheDir}
	ix, err := s.Scan(context.Background(), dir)
	if err != nil {
		t.Fatalf("scan %s: %v", dir, err)
	}
	return ix
}

func rels(ix *catalog.Index) []string {
	var out []string
	for _, e := range ix.Entries {
		out = append(out, filepath.ToSlash(e.Rel))
	}
	return out
}

func TestScanIndexesEveryStarterTemplate(t *testing.T) {
	dir := t.TempDir()
	for _, tpl := range assets.Templates() {
		writeFile(t, dir, tpl.Name+store.Extension, tpl.Data)
	}
	ix := scan(t, dir, "")
	if len(ix.Failed) > 0 || len(ix.Entries) != len(assets.Templates()) {
		t.Fatalf("%d entries, failures %v", len(ix.Entries), ix.Failed)
	}
	for _, tpl := range assets.Templates() {
		e := ix.Lookup(filepath.Join(dir, tpl.Name+store.Extension))
		if e == nil {
			t.Fatalf("template %s not indexed", tpl.Name)
		}
		d, err := model.Decode(tpl.Data)
		if err != nil {
			t.Fatal(err)
		}
		p := d.Project
		t.Run(tpl.Name, func(t *testing.T) {
			if e.Title != tpl.Title || e.ID != p.ID || !slices.Equal(e.Subjects, p.Unit.Subjects) || !slices.Equal(e.YearLevels, p.Unit.YearLevels) {
				t.Errorf("entry %q %s %v %v does not match the template", e.Title, e.ID, e.Subjects, e.YearLevels)
			}
			if len(e.Partners) != len(p.Partners) || len(e.Experts) != len(p.Experts) || len(e.Sessions) != len(p.Sessions) {
				t.Errorf("%d partners, %d experts, %d sessions", len(e.Partners), len(e.Experts), len(e.Sessions))
			}
			if e.InClass+e.InCommunity == 0 || e.InClass+e.InCommunity > len(p.Sessions) {
				t.Errorf("engagement mix %d in class, %d in community of %d sessions", e.InClass, e.InCommunity, len(p.Sessions))
			}
			if len(e.Rubrics) == 0 || len(e.Rubrics[0].Criteria) < 4 || len(e.Rubrics[0].Levels) < 4 {
				t.Errorf("rubrics %+v: want at least one of 4 criteria by 4 levels", e.Rubrics)
			}
			if len(e.Outcomes) != len(p.Outcomes) || e.Problem != p.Unit.RealWorldProblem {
				t.Errorf("outcomes %v, problem %q", e.Outcomes, e.Problem)
			}
			if e.Errors != 0 || e.Updated.IsZero() || e.Size == 0 || e.ModTime.IsZero() {
				t.Errorf("errors %d, updated %v, size %d, mtime %v", e.Errors, e.Updated, e.Size, e.ModTime)
			}
			if want := len(model.Validate(p)) + len(d.Warnings); e.Errors+e.Warnings != want {
				t.Errorf("%d errors and %d warnings, want %d findings as validate gives", e.Errors, e.Warnings, want)
			}
		})
	}
}

func TestScanIndexesTheExampleInDetail(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "units/"+assets.ExampleName, assets.Example())
	ix := scan(t, dir, "")
	if len(ix.Entries) != 1 {
		t.Fatalf("entries %v, failed %v", rels(ix), ix.Failed)
	}
	e := ix.Entries[0]
	if e.Path != filepath.Join(dir, "units", assets.ExampleName) || e.Rel != filepath.Join("units", assets.ExampleName) {
		t.Errorf("path %s, rel %s", e.Path, e.Rel)
	}
	p, _ := model.Decode(assets.Example())
	var roles []string
	for _, x := range e.Experts {
		roles = append(roles, x.Roles...)
	}
	if len(roles) == 0 || e.Start == "" || e.End == "" || e.Start > e.End {
		t.Errorf("roles %v, dates %s to %s", roles, e.Start, e.End)
	}
	if got := ix.Search(p.Project.Experts[0].Name, catalog.Filter{}); len(got) != 1 {
		t.Errorf("searching an expert's name finds %d units", len(got))
	}
}

func TestScanListsBrokenFilesWithTheirLine(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "good.coplan.toml", model.Encode(generated(0, 3, 1)))
	writeFile(t, dir, "bad/syntax.coplan.toml", []byte("format = \"coplan/1\"\ntitle = \"x\"\n[unit\n"))
	writeFile(t, dir, "bad/future.coplan.toml", []byte("format = \"coplan/9\"\n"))
	writeFile(t, dir, "bad/empty.coplan.toml", nil)
	writeFile(t, dir, "bad/huge.coplan.toml", make([]byte, model.MaxFileSize+1))
	writeFile(t, dir, "bad/binary.coplan.toml", []byte{0x7f, 'E', 'L', 'F', 0, 0xff, 0xfe})
	ix := scan(t, dir, "")
	if got := rels(ix); !slices.Equal(got, []string{"good.coplan.toml"}) {
		t.Errorf("entries %v", got)
	}
	want := map[string]string{
		"empty.coplan.toml": "file is empty", "future.coplan.toml": "coplan/9", "syntax.coplan.toml": "",
		"huge.coplan.toml": "larger than the 8 MB", "binary.coplan.toml": "not UTF-8",
	}
	if len(ix.Failed) != len(want) {
		t.Fatalf("failed: %v", ix.Failed)
	}
	for _, f := range ix.Failed {
		msg, ok := want[filepath.Base(f.Path)]
		if !ok || !strings.Contains(f.Message, msg) || !strings.HasPrefix(f.Error(), f.Path+":") {
			t.Errorf("failure %q", f.Error())
		}
		if filepath.Base(f.Path) == "syntax.coplan.toml" && (f.Line != 3 || !strings.HasPrefix(f.Error(), f.Path+":3: ")) {
			t.Errorf("failure %q is not at line 3", f.Error())
		}
	}
}

func TestScanSkipsWhatIsNotAUnit(t *testing.T) {
	dir := t.TempDir()
	unit := model.Encode(generated(0, 3, 1))
	for _, name := range []string{
		"unit.coplan.toml",
		"unit.coplan.toml.bak",
		".unit.coplan.toml.123.tmp",
		".hidden.coplan.toml",
		"notes.toml",
		".coplan-merged/unit.coplan.toml",
		".git/unit.coplan.toml",
		"term 2/deep/nested/other.coplan.toml",
	} {
		writeFile(t, dir, name, unit)
	}
	ix := scan(t, dir, "")
	want := []string{"term 2/deep/nested/other.coplan.toml", "unit.coplan.toml"}
	if got := rels(ix); !slices.Equal(got, want) {
		t.Errorf("entries %v, want %v", got, want)
	}
}

func TestScanSkipsLinkLoopsWithANote(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	writeFile(t, dir, "a/unit.coplan.toml", model.Encode(generated(0, 3, 1)))
	writeFile(t, dir, "b/other.coplan.toml", model.Encode(generated(1, 3, 1)))
	links := map[string]string{
		"a/back-to-top":    "..",   // a loop through the root
		"a/self":           ".",    // a loop to itself
		"b/to-a":           "../a", // a second way into a: scanned once
		"c.coplan.toml":    "a/unit.coplan.toml",
		"dangling":         "nowhere",
		"loop.coplan.toml": "loop.coplan.toml", // a link to itself
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	ix := scan(t, dir, "")
	want := []string{"a/unit.coplan.toml", "b/other.coplan.toml", "c.coplan.toml"}
	if got := rels(ix); !slices.Equal(got, want) {
		t.Errorf("entries %v, want %v", got, want)
	}
	notes := map[string]string{}
	for _, s := range ix.Skipped {
		rel, _ := filepath.Rel(dir, s.Path)
		notes[filepath.ToSlash(rel)] = s.Reason
	}
	for name, reason := range map[string]string{
		"a/back-to-top": "loop", "a/self": "loop", "b/to-a": "already scanned as a",
		"dangling": "cannot follow link", "loop.coplan.toml": "cannot follow link",
	} {
		if !strings.Contains(notes[name], reason) {
			t.Errorf("skip note for %s is %q, want it to say %q (all: %v)", name, notes[name], reason, notes)
		}
	}
}

func TestScanNeverLeavesItsFolderThroughALink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "library")
	writeFile(t, dir, "in/unit.coplan.toml", model.Encode(generated(0, 3, 1)))
	writeFile(t, parent, "sibling/secret.coplan.toml", model.Encode(generated(1, 3, 1)))
	writeFile(t, parent, "loose.coplan.toml", model.Encode(generated(2, 3, 1)))
	links := map[string]string{
		"to-root":            "/",
		"to-sibling":         "../sibling",
		"to-parent":          "..",
		"out.coplan.toml":    "../loose.coplan.toml",
		"abs-out":            filepath.Join(parent, "sibling"),
		"in/again":           "..", // inside: the folder itself, scanned once
		"inside.coplan.toml": "in/unit.coplan.toml",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	ix := scan(t, dir, "")
	want := []string{"in/unit.coplan.toml", "inside.coplan.toml"}
	if got := rels(ix); !slices.Equal(got, want) {
		t.Errorf("entries %v, want %v", got, want)
	}
	notes := map[string]string{}
	for _, s := range ix.Skipped {
		rel, _ := filepath.Rel(dir, s.Path)
		notes[filepath.ToSlash(rel)] = s.Reason
	}
	for _, name := range []string{"to-root", "to-sibling", "to-parent", "out.coplan.toml", "abs-out"} {
		if !strings.Contains(notes[name], "out of the scanned folder") {
			t.Errorf("note for %s is %q, want it to say the link leads out (all: %v)", name, notes[name], notes)
		}
	}
}

func TestScanSkipsUnreadableFoldersWithANote(t *testing.T) {
	if os.Geteuid() == 0 || runtime.GOOS == "windows" {
		t.Skip("permissions do not bind root")
	}
	dir := t.TempDir()
	writeFile(t, dir, "open/unit.coplan.toml", model.Encode(generated(0, 3, 1)))
	writeFile(t, dir, "closed/unit.coplan.toml", model.Encode(generated(1, 3, 1)))
	closed := filepath.Join(dir, "closed")
	os.Chmod(closed, 0)
	defer os.Chmod(closed, 0o755)
	ix := scan(t, dir, "")
	if len(ix.Entries) != 1 || len(ix.Skipped) != 1 || ix.Skipped[0].Path != closed || !strings.Contains(ix.Skipped[0].Reason, "permission") {
		t.Errorf("entries %v, skipped %v", rels(ix), ix.Skipped)
	}
}

func TestScanRefusesAFolderItCannotRead(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "unit.coplan.toml", model.Encode(generated(0, 3, 1)))
	for _, path := range []string{filepath.Join(dir, "absent"), file} {
		if _, err := (&catalog.Scanner{}).Scan(context.Background(), path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("scan %s: error %v, want one naming it", path, err)
		}
	}
}

func TestScanReportsProgressToTheEnd(t *testing.T) {
	dir := t.TempDir()
	writeUnits(t, dir, 30, 3, 1)
	var calls [][2]int
	s := catalog.Scanner{Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }}
	if _, err := s.Scan(context.Background(), dir); err != nil {
		t.Fatal(err)
	}
	if len(calls) < 2 || calls[0] != [2]int{0, 30} || calls[len(calls)-1] != [2]int{30, 30} {
		t.Fatalf("progress calls %v", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] < calls[i-1][0] {
			t.Errorf("progress went back: %v", calls)
		}
	}
}

func TestCancelStopsTheScan(t *testing.T) {
	dir := t.TempDir()
	writeUnits(t, dir, 200, 3, 1)
	cache := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	last := 0
	s := catalog.Scanner{CacheDir: cache, Workers: 2, Progress: func(done, total int) {
		last = done
		if done >= 10 {
			cancel()
		}
	}}
	ix, err := s.Scan(ctx, dir)
	if !errors.Is(err, context.Canceled) || ix != nil {
		t.Fatalf("scan returned %v, %v; want context.Canceled", ix, err)
	}
	if last >= 200 {
		t.Errorf("progress reached %d of 200 after cancelling", last)
	}
	// What was decoded before the cancel is cached; the rest is decoded now.
	next := scan(t, dir, cache)
	if next.Stats.Cached < 10 || next.Stats.Cached == 200 || len(next.Entries) != 200 {
		t.Errorf("rescan after cancel: %+v", next.Stats)
	}
}

func TestCancelBeforeTheScanStops(t *testing.T) {
	dir := t.TempDir()
	writeUnits(t, dir, 5, 3, 1)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&catalog.Scanner{}).Scan(ctx, dir); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v", err)
	}
}

func TestEntryReadiness(t *testing.T) {
	tests := []struct {
		errors, warnings int
		want             string
	}{
		{0, 0, "ready"}, {0, 1, "1 warning"}, {0, 3, "3 warnings"}, {2, 0, "2 errors"}, {1, 2, "1 error, 2 warnings"},
	}
	for _, tt := range tests {
		e := catalog.Entry{Errors: tt.errors, Warnings: tt.warnings}
		if got := e.Readiness(); got != tt.want {
			t.Errorf("%d errors, %d warnings: %q, want %q", tt.errors, tt.warnings, got, tt.want)
		}
	}
}

func TestEntryFallsBackToSessionDatesAndFileTime(t *testing.T) {
	p := modeltest.Large(12, 1)
	p.Unit.Start, p.Unit.End = model.Date{}, model.Date{}
	e := catalog.NewEntry(p, 0)
	if e.Start != "2027-01-01" || e.End != "2027-12-12" {
		t.Errorf("dates %s to %s, want the sessions' span", e.Start, e.End)
	}
	mtime := time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC)
	e.ModTime = mtime
	if !e.LastChange().Equal(modeltest.Stamp) {
		t.Errorf("last change %v, want the unit's stamp", e.LastChange())
	}
	if e.Updated = (time.Time{}); !e.LastChange().Equal(mtime) {
		t.Errorf("last change %v, want the file's time when the unit has no stamp", e.LastChange())
	}
}
