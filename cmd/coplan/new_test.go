package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model"
	"coplan/model/store"
)

func TestTemplatesListsEachTemplateWithItsDescription(t *testing.T) {
	r := coplan(t, t.TempDir(), "templates")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	templates := assets.Templates()
	if len(r.lines()) != len(templates) || len(templates) < 5 {
		t.Fatalf("%d lines for %d templates:\n%s", len(r.lines()), len(templates), r.stdout)
	}
	for i, tpl := range templates {
		line := r.lines()[i]
		if !strings.HasPrefix(line, tpl.Name+" ") || !strings.HasSuffix(line, tpl.Description) {
			t.Errorf("line %q does not show %s and its description", line, tpl.Name)
		}
	}
}

func TestNewCreatesAUnitFromEachTemplate(t *testing.T) {
	for _, tpl := range assets.Templates() {
		t.Run(tpl.Name, func(t *testing.T) {
			dir := t.TempDir()
			r := coplan(t, dir, "new", "--template", tpl.Name, "--title", "Ngā awa: our rivers", "rivers.coplan.toml")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			l, err := store.Open(filepath.Join(dir, "rivers.coplan.toml"))
			if err != nil {
				t.Fatal(err)
			}
			orig, _ := model.Decode(tpl.Data)
			p := l.Project
			if p.Title != "Ngā awa: our rivers" {
				t.Errorf("title %q", p.Title)
			}
			if p.ID == orig.Project.ID || len(p.Sessions) != len(orig.Project.Sessions) || p.Sessions[0].ID == orig.Project.Sessions[0].ID {
				t.Error("the new unit shares ids with its template, or lost sessions")
			}
			if model.HasErrors(model.Validate(p)) {
				t.Errorf("new unit has errors: %v", model.Validate(p))
			}
			if v := coplan(t, dir, "validate", "rivers.coplan.toml"); v.code != 0 {
				t.Errorf("validate exit %d:\n%s", v.code, v.stdout)
			}
		})
	}
}

func TestNewBlankUnit(t *testing.T) {
	dir := t.TempDir()
	if r := coplan(t, dir, "new", "blank.coplan.toml"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	l, err := store.Open(filepath.Join(dir, "blank.coplan.toml"))
	if err != nil || l.Project.Title != "Untitled unit" || l.Project.ID == "" {
		t.Fatalf("opened %+v, %v", l, err)
	}
}

func TestNewNeverOverwritesAFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.coplan.toml")
	os.WriteFile(path, []byte("my precious notes"), 0o644)
	r := coplan(t, dir, "new", "mine.coplan.toml")
	if r.code != 1 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "my precious notes" {
		t.Error("the existing file changed")
	}
}

func TestNewWithAnUnknownTemplateListsTheTemplates(t *testing.T) {
	r := coplan(t, t.TempDir(), "new", "--template", "space-race", "x.coplan.toml")
	if r.code != 2 || !strings.Contains(r.stderr, assets.Templates()[0].Name) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestNewWithoutAFileIsAUsageError(t *testing.T) {
	if r := coplan(t, t.TempDir(), "new"); r.code != 2 || !strings.Contains(r.stderr, "Usage: coplan new") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}
