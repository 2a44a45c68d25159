package store

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"coplan/model"
)

// useDataDir points the data folder at a fresh temporary folder.
func useDataDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv(DataDirEnv, dir)
	return dir
}

// saveAs saves p to path as the editor does, remembering the revision.
func saveAs(t *testing.T, path string, p *model.Project) {
	t.Helper()
	if err := Save(path, p); err != nil {
		t.Fatal(err)
	}
	if _, err := Remember(p); err != nil {
		t.Fatal(err)
	}
}

// changed returns a copy of p with its unit title set to title.
func changed(t *testing.T, p *model.Project, title string) *model.Project {
	t.Helper()
	d := model.NewDocument(p.Clone())
	if _, err := d.Apply(model.Set(p.ID, "title", title)); err != nil {
		t.Fatal(err)
	}
	return d.Project
}

func TestDataDirFollowsTheEnvironment(t *testing.T) {
	dir := useDataDir(t)
	if got, err := DataDir(); err != nil || got != dir {
		t.Errorf("DataDir() = %q, %v; want %q", got, err, dir)
	}
}

func TestFindBaseFollowsParentsThroughTheHistory(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	base := unit("Solar car")
	saveAs(t, filepath.Join(dir, "teacher.coplan.toml"), base)
	ours := changed(t, base, "Teacher's title")
	saveAs(t, filepath.Join(dir, "teacher.coplan.toml"), ours)
	theirs := changed(t, base, "Partner's title")
	if err := Save(filepath.Join(dir, "partner.coplan.toml"), theirs); err != nil { // not remembered: another computer
		t.Fatal(err)
	}
	for _, order := range [][2]*model.Project{{ours, theirs}, {theirs, ours}} {
		got, err := FindBase(order[0], order[1])
		if err != nil {
			t.Fatal(err)
		}
		if got.Revision != base.Revision || got.Title != "Solar car" {
			t.Errorf("base has revision %s title %q; want %s", got.Revision, got.Title, base.Revision)
		}
	}
}

func TestFindBaseReturnsTheOlderSideWhenOneDescendsFromTheOther(t *testing.T) {
	useDataDir(t)
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	older := unit("A")
	saveAs(t, path, older)
	newer := changed(t, older, "B")
	saveAs(t, path, newer)
	got, err := FindBase(newer, older)
	if err != nil || got != older {
		t.Errorf("FindBase = %v, %v; want the older side itself", got, err)
	}
}

func TestFindBaseWithoutHistoryReportsNoBase(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	base := unit("A")
	if err := Save(filepath.Join(dir, "a.coplan.toml"), base); err != nil {
		t.Fatal(err)
	}
	ours, theirs := changed(t, base, "B"), changed(t, base, "C")
	Stamp(ours)
	Stamp(theirs)
	if _, err := FindBase(ours, theirs); !errors.Is(err, ErrNoBase) {
		t.Errorf("error %v, want ErrNoBase", err)
	}
	other := unit("Another unit")
	if _, err := FindBase(ours, other); !errors.Is(err, ErrNoBase) {
		t.Errorf("two different units: error %v, want ErrNoBase", err)
	}
}

func TestAMergedRevisionLeadsToBothSides(t *testing.T) {
	useDataDir(t)
	dir := t.TempDir()
	base := unit("A")
	base.Sessions = append(base.Sessions, model.Session{ID: model.NewID(), Title: "Visit", Updated: base.Updated})
	saveAs(t, filepath.Join(dir, "a.coplan.toml"), base)
	ours := changed(t, base, "Ours")
	saveAs(t, filepath.Join(dir, "a.coplan.toml"), ours)
	theirs := changed(t, base, "Theirs")
	saveAs(t, filepath.Join(dir, "b.coplan.toml"), theirs)

	merged, _ := model.Merge(base, ours, theirs)
	saveAs(t, filepath.Join(dir, "a.coplan.toml"), merged)
	if err := RememberMerge(merged, ours.Revision, theirs.Revision); err != nil {
		t.Fatal(err)
	}
	// The partner edits on from their version; the next base is that version, not the old base.
	d := model.NewDocument(theirs.Clone())
	d.Now = func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	if _, err := d.Apply(model.Set(base.Sessions[1].ID, "title", "Site visit")); err != nil {
		t.Fatal(err)
	}
	later := d.Project
	saveAs(t, filepath.Join(dir, "b.coplan.toml"), later)
	got, err := FindBase(merged, later)
	if err != nil || got.Revision != theirs.Revision {
		t.Fatalf("base %v, %v; want their version %s", got, err, theirs.Revision)
	}
	again, conflicts := model.Merge(got, merged, later)
	if len(conflicts) != 0 || again.Sessions[1].Title != "Site visit" || again.Title != merged.Title {
		t.Errorf("second merge: conflicts %v, title %q, session %q", conflicts, again.Title, again.Sessions[1].Title)
	}
}

func TestRecallRefusesNamesThatAreNotRevisions(t *testing.T) {
	useDataDir(t)
	for _, rev := range []string{"", "../../etc/passwd", "ABC", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01"} {
		if _, err := Recall("u", rev); err == nil {
			t.Errorf("Recall(%q) succeeded", rev)
		}
	}
}
