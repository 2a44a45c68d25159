package catalog_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
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

var later = time.Date(2027, 2, 3, 4, 5, 6, 0, time.UTC)

func example(t *testing.T) *model.Project {
	t.Helper()
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	return d.Project
}

// ids lists every entity id of p.
func ids(p *model.Project) map[string]bool {
	out := map[string]bool{}
	for id := range p.Index() {
		out[id] = true
	}
	return out
}

func TestCopyTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Solar car challenge", "Copy of Solar car challenge"},
		{"  Ngā awa ", "Copy of Ngā awa"},
		{"Copy of Solar car challenge", "Copy of Solar car challenge"},
		{"", "Copy of untitled unit"},
	}
	for _, tt := range tests {
		if got := catalog.CopyTitle(tt.in); got != tt.want {
			t.Errorf("CopyTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNewUnitFromIsAFreshCopy(t *testing.T) {
	src := example(t)
	before := model.Encode(src)
	p := catalog.NewUnitFrom(src, later)
	if string(model.Encode(src)) != string(before) {
		t.Fatal("the source unit changed")
	}
	if p.Title != "Copy of "+src.Title {
		t.Errorf("title %q", p.Title)
	}
	old := ids(src)
	for id := range ids(p) {
		if old[id] {
			t.Errorf("id %s is shared with the source", id)
		}
	}
	if len(p.Comments) != 0 || p.Revision != "" || p.Parent != "" || !p.Updated.Equal(later) {
		t.Errorf("comments %d, revision %q/%q, updated %v", len(p.Comments), p.Revision, p.Parent, p.Updated)
	}
	for _, r := range p.Rubrics {
		if len(r.Approvals) != 0 {
			t.Errorf("rubric %q keeps approvals", r.Title)
		}
	}
	if len(p.Sessions) != len(src.Sessions) || len(p.Rubrics) != len(src.Rubrics) || p.Unit.DrivingQuestion != src.Unit.DrivingQuestion {
		t.Error("content was lost")
	}
	if model.HasErrors(model.Validate(p)) {
		t.Errorf("the copy has errors: %v", model.Validate(p))
	}
}

func TestCopyRubricAddsAFreshCopyThatRemembersItsOrigin(t *testing.T) {
	src := example(t)
	from := src.Rubrics[0]
	dst := modeltest.Large(3, 1)
	doc := model.NewDocument(dst)
	edit, err := catalog.CopyRubric(src, from.ID, dst, later)
	if err != nil {
		t.Fatal(err)
	}
	if len(dst.Rubrics) != 1 {
		t.Fatal("making the edit changed the unit")
	}
	summary, err := doc.Apply(edit)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(summary, from.Title) {
		t.Errorf("summary %q does not name the rubric", summary)
	}
	r := dst.Rubrics[len(dst.Rubrics)-1]
	if r.CopiedFrom.File != src.ID || r.CopiedFrom.Rubric != from.ID {
		t.Errorf("copied_from %+v", r.CopiedFrom)
	}
	if r.Title != from.Title || len(r.Levels) != len(from.Levels) || len(r.Criteria) != len(from.Criteria) || len(r.Approvals) != 0 {
		t.Errorf("copy %q has %d levels, %d criteria, %d approvals", r.Title, len(r.Levels), len(r.Criteria), len(r.Approvals))
	}
	old := ids(src)
	if old[r.ID] {
		t.Error("the rubric keeps its id")
	}
	for i, l := range r.Levels {
		if old[l.ID] || l.Label != from.Levels[i].Label || l.Points != from.Levels[i].Points {
			t.Errorf("level %d: %+v", i, l)
		}
	}
	for i, c := range r.Criteria {
		if old[c.ID] || c.Title != from.Criteria[i].Title {
			t.Errorf("criterion %d: %+v", i, c)
		}
		for j, l := range r.Levels {
			if c.Descriptors[l.ID] != from.Criteria[i].Descriptors[from.Levels[j].ID] {
				t.Errorf("criterion %q lost its descriptor for level %q", c.Title, l.Label)
			}
		}
	}
	if model.HasErrors(model.Validate(dst)) {
		t.Errorf("the unit has errors after the copy: %v", model.Validate(dst))
	}
	saved, err := model.Decode(model.Encode(dst))
	if err != nil {
		t.Fatal(err)
	}
	e := catalog.NewEntry(saved.Project, 0)
	if x := e.Rubrics[len(e.Rubrics)-1]; x.FromFile != src.ID || x.FromRubric != from.ID {
		t.Errorf("the saved and indexed copy says it came from %q/%q", x.FromFile, x.FromRubric)
	}
	if _, ok := doc.Undo(); !ok || len(dst.Rubrics) != 1 {
		t.Errorf("undo leaves %d rubrics", len(dst.Rubrics))
	}
}

func TestCopyRubricKeepsOnlyOutcomeLinksTheUnitHas(t *testing.T) {
	src := modeltest.Large(3, 1) // criteria link outcomes AC9S9U00..03
	model.Reidentify(src, later)
	dst := modeltest.Large(3, 1)
	model.Reidentify(dst, later)
	dst.Outcomes = dst.Outcomes[:1] // only AC9S9U00, under another id
	dst.Outcomes[0].Code = "ac9s9u00"
	kept := src.Outcomes[1]
	dst.Outcomes = append(dst.Outcomes, kept) // the same outcome, same id
	edit, err := catalog.CopyRubric(src, src.Rubrics[0].ID, dst, later)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.NewDocument(dst).Apply(edit); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, c := range dst.Rubrics[1].Criteria {
		got[c.Title] = c.Outcomes
	}
	want := map[string][]string{
		"Criterion 1": {dst.Outcomes[0].ID},    // by code
		"Criterion 2": {kept.ID},               // by id
		"Criterion 3": nil, "Criterion 4": nil, // not in the unit
		"Criterion 5": {dst.Outcomes[0].ID}, "Criterion 6": {kept.ID},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outcome links %v, want %v", got, want)
	}
}

func TestCopyRubricMarksATitleTheUnitUses(t *testing.T) {
	src := example(t)
	dst := example(t)
	model.Reidentify(dst, later)
	edit, err := catalog.CopyRubric(src, src.Rubrics[0].ID, dst, later)
	if err != nil {
		t.Fatal(err)
	}
	model.NewDocument(dst).Apply(edit)
	if got := dst.Rubrics[len(dst.Rubrics)-1].Title; got != src.Rubrics[0].Title+" (copy)" {
		t.Errorf("title %q", got)
	}
}

func TestCopyRubricRefusesAnUnknownRubric(t *testing.T) {
	if _, err := catalog.CopyRubric(example(t), "no-such-id", modeltest.Large(1, 1), later); err == nil || !strings.Contains(err.Error(), "no-such-id") {
		t.Errorf("error %v", err)
	}
}

func TestSaveAsTemplateWritesAFreshCopyIntoTheUserTemplates(t *testing.T) {
	data := t.TempDir()
	t.Setenv(store.DataDirEnv, data)
	dir, err := catalog.UserTemplatesDir()
	if err != nil || dir != filepath.Join(data, "templates") {
		t.Fatalf("templates folder %q, %v", dir, err)
	}
	if none, err := catalog.UserTemplates(context.Background()); err != nil || len(none.Entries) != 0 {
		t.Fatalf("before any template is saved: %v, %v", none, err)
	}
	src := example(t)
	before := model.Encode(src)
	first, err := catalog.SaveAsTemplate(src, "", later)
	if err != nil {
		t.Fatal(err)
	}
	second, err := catalog.SaveAsTemplate(src, "Ngā awa: rivers", later)
	if err != nil {
		t.Fatal(err)
	}
	third, err := catalog.SaveAsTemplate(src, "", later)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"solar-car-challenge.coplan.toml", "ngā-awa-rivers.coplan.toml", "solar-car-challenge-2.coplan.toml"}
	for i, path := range []string{first, second, third} {
		if path != filepath.Join(dir, want[i]) {
			t.Errorf("template %d saved as %s, want %s", i, path, want[i])
		}
	}
	if string(model.Encode(src)) != string(before) {
		t.Error("the open unit changed")
	}
	l, err := store.Open(first)
	if err != nil {
		t.Fatal(err)
	}
	if l.Project.ID == src.ID || l.Project.Title != src.Title || len(l.Project.Comments) != 0 || len(l.Project.Sessions) != len(src.Sessions) {
		t.Errorf("template %q id %s, %d comments", l.Project.Title, l.Project.ID, len(l.Project.Comments))
	}
	ix, err := catalog.UserTemplates(context.Background())
	if err != nil || len(ix.Entries) != 3 {
		t.Fatalf("scanning the templates folder: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("the templates folder holds %d files, want 3 (no backups or temporary files)", len(entries))
	}
}

func TestUserTemplatesLiveInTheDataFolder(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	data, err := store.DataDir()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := catalog.UserTemplatesDir(); err != nil || got != filepath.Join(data, "templates") {
		t.Errorf("templates folder %q, %v; want templates in %s", got, err, data)
	}
}

func TestCopyRubricKeepsEachCriterionsOwnRatings(t *testing.T) {
	src := example(t)
	r := &src.Rubrics[0]
	r.Unscored = true
	c := &r.Criteria[0]
	l0, l1 := r.Levels[0].ID, r.Levels[1].ID
	c.Description, c.Range, c.Unused = "What it means", true, []string{l0}
	c.Labels, c.Points = map[string]string{l1: "Own name"}, map[string]float64{l1: -1.5}
	dst := modeltest.Large(1, 1)
	edit, err := catalog.CopyRubric(src, r.ID, dst, later)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.NewDocument(dst).Apply(edit); err != nil {
		t.Fatal(err)
	}
	got := &dst.Rubrics[len(dst.Rubrics)-1]
	gc := &got.Criteria[0]
	n0, n1 := got.Levels[0].ID, got.Levels[1].ID
	if !got.Unscored || gc.Description != "What it means" || !gc.Range || !reflect.DeepEqual(gc.Unused, []string{n0}) ||
		gc.Labels[n1] != "Own name" || gc.Points[n1] != -1.5 {
		t.Errorf("copy lost a criterion's own ratings: unscored %v, %+v", got.Unscored, *gc)
	}
	if !reflect.DeepEqual(got.Ratings(gc), func() []model.Rating {
		out := r.Ratings(c)
		for i := range out {
			out[i].Level = got.Levels[slices.IndexFunc(r.Levels, func(l model.Level) bool { return l.ID == out[i].Level })].ID
		}
		return out
	}()) {
		t.Errorf("copy's ratings %+v differ from the original's %+v", got.Ratings(gc), r.Ratings(c))
	}
}
