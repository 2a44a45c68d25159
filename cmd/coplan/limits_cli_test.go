package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// runCLI runs the command in-process and returns its exit code and output.
func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeUnit saves p as a unit in a fresh folder and returns its path.
func writeUnit(t *testing.T, p *model.Project) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "unit.coplan.toml")
	if err := os.WriteFile(path, model.Encode(p), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestACommentThatWouldMakeTheFileUnopenableIsRefused(t *testing.T) {
	cases := []struct {
		name, text string
		want       string
	}{
		{"70,000 characters", strings.Repeat("x", 70000), "64 KB"},
		{"20,000 control characters", strings.Repeat("\x02", 20000), "64 KB"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := modeltest.Large(2, 1)
			path := writeUnit(t, p)
			before, _ := os.ReadFile(path)
			code, _, stderr := runCLI("comment", "--author", "Ann", "--target", p.Sessions[0].ID, c.text, path)
			if code == 0 {
				t.Fatal("the comment was saved")
			}
			if !strings.Contains(stderr, c.want) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
				t.Errorf("want one line naming the limit, got %q", stderr)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
			if code, _, stderr := runCLI("validate", path); code != 0 {
				t.Errorf("the unit no longer validates: %s", stderr)
			}
		})
	}
}

func TestTheCommentOverTheCountLimitIsRefused(t *testing.T) {
	p := modeltest.Large(2, 1)
	for len(p.Comments) < model.MaxEntities {
		p.Comments = append(p.Comments, model.Comment{ID: model.NewID(), Target: p.Sessions[0].ID, Author: "Ann", Text: "ok", Status: model.StatusOpen})
	}
	path := writeUnit(t, p)
	before, _ := os.ReadFile(path)
	code, _, stderr := runCLI("comment", "--author", "Bo", "--target", p.Sessions[0].ID, "one more", path)
	if code == 0 || !strings.Contains(stderr, "too many comments") {
		t.Errorf("exit %d, %q: want a refusal naming the comments", code, stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
}

func TestMergeKeepsWhatTheOtherCopyLacksWithoutATombstone(t *testing.T) {
	base := modeltest.Large(3, 1)
	base.Comments = []model.Comment{{ID: model.NewID(), Target: base.Sessions[0].ID, Author: "Ann", Text: "Bring hats", Status: model.StatusOpen}}
	dir := t.TempDir()
	ours := base.Clone()
	ours.Sessions[1].Title = "Visit moved"
	stale := base.Clone() // a copy that lost a session and the comment by hand
	stale.Sessions = append(stale.Sessions[:2:2], stale.Sessions[3:]...)
	stale.Comments = nil
	paths := map[string]*model.Project{"base.coplan.toml": base, "ours.coplan.toml": ours, "stale.coplan.toml": stale}
	for name, p := range paths {
		if err := os.WriteFile(filepath.Join(dir, name), model.Encode(p), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "merged.coplan.toml")
	code, stdout, stderr := runCLI("merge", "--base", filepath.Join(dir, "base.coplan.toml"), "-o", out,
		filepath.Join(dir, "ours.coplan.toml"), filepath.Join(dir, "stale.coplan.toml"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	m := d.Project
	if len(m.Sessions) != 3 || len(m.Comments) != 1 || m.Sessions[1].Title != "Visit moved" {
		t.Errorf("merged unit has %d sessions and %d comments", len(m.Sessions), len(m.Comments))
	}
	for _, want := range []string{`session "` + base.Sessions[2].Title + `": not in stale.coplan.toml, which did not delete it; kept it`, "comment by Ann: not in stale.coplan.toml"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output does not say %q:\n%s", want, stdout)
		}
	}
}

func TestAcceptingANaNSuggestionIsRefused(t *testing.T) {
	p := modeltest.Large(2, 1)
	level := p.Rubrics[0].Levels[0].ID
	p.Comments = append(p.Comments, model.Comment{ID: "c-nan", Target: level, Field: "points", Author: "Mallory",
		Text: "more points", Suggestion: "NaN", Status: model.StatusOpen})
	path := writeUnit(t, p)
	before, _ := os.ReadFile(path)
	code, _, stderr := runCLI("accept", "c-nan", path)
	if code == 0 || !strings.Contains(stderr, "needs a number") {
		t.Errorf("exit %d, %q: want a refusal", code, stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file changed")
	}
}
