package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
)

// library writes the starter templates and the example into a folder tree,
// with one broken file, and points the index cache at a temporary folder.
func library(t *testing.T) string {
	t.Helper()
	t.Setenv("COPLAN_CACHE_DIR", t.TempDir())
	dir := t.TempDir()
	write := func(name string, data []byte) {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tpl := range assets.Templates() {
		write(filepath.Join("units", "templates", tpl.Name+".coplan.toml"), tpl.Data)
	}
	write(filepath.Join("units", assets.ExampleName), assets.Example())
	write(filepath.Join("units", "broken.coplan.toml"), []byte("format = \"coplan/1\"\ntitle = \"Broken\"\n[unit\n"))
	write(filepath.Join("units", "notes.txt"), []byte("not a unit"))
	return dir
}

// catalogLines returns the stdout lines of a catalog run that exited 0.
func catalogLines(t *testing.T, dir string, args ...string) []string {
	t.Helper()
	r := coplan(t, dir, append([]string{"catalog"}, args...)...)
	if r.code != 0 {
		t.Fatalf("catalog %v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
	}
	return r.lines()
}

func TestCatalogListsOneLinePerUnitAndBrokenFilesOnStderr(t *testing.T) {
	dir := library(t)
	r := coplan(t, dir, "catalog", "units")
	if r.code != 0 {
		t.Fatalf("exit %d although only one file is broken\n%s", r.code, r.stderr)
	}
	lines := r.lines()
	if len(lines) != len(assets.Templates())+1 {
		t.Fatalf("%d lines, want one per unit:\n%s", len(lines), r.stdout)
	}
	var solar string
	for _, l := range lines {
		if strings.HasPrefix(l, "Solar car challenge ") {
			solar = l
		}
	}
	for _, want := range []string{"years 9, 10", "Science, Design and Technologies", "8 in class, 3 in community", "2 rubrics", "warning", filepath.Join("units", assets.ExampleName)} {
		if !strings.Contains(solar, want) {
			t.Errorf("the example's line %q does not say %q", solar, want)
		}
	}
	if !strings.Contains(r.stderr, filepath.Join("units", "broken.coplan.toml")+":3: ") {
		t.Errorf("stderr does not list the broken file at its line:\n%s", r.stderr)
	}
	if strings.Contains(r.stdout, "Broken") || strings.Contains(r.stdout, "notes.txt") {
		t.Errorf("stdout lists what is not a unit:\n%s", r.stdout)
	}
}

func TestCatalogSearchAndFilters(t *testing.T) {
	dir := library(t)
	tests := []struct {
		name string
		args []string
		want []string // titles, in order
	}{
		{"accents ignored", []string{"--search", "leonie"}, []string{"Solar car challenge"}},
		{"macron ignored", []string{"--search", "NGA TAPUWAE"}, []string{"Solar car challenge"}},
		{"every word must match", []string{"--search", "solar leonie"}, []string{"Solar car challenge"}},
		{"no match", []string{"--search", "solar submarine"}, nil},
		{"subject", []string{"--subject", "chemistry"}, []string{"Inside a testing lab: keeping food and water safe"}},
		{"year", []string{"--year", "7"}, []string{"Everyday helpers: assistive design challenge"}},
		{"year and subject", []string{"--year", "10", "--subject", "Work Studies"}, []string{"Industry mentoring: goals and pathways in STEM"}},
		{"flags after the folder", []string{"units", "--subject", "chemistry"}, []string{"Inside a testing lab: keeping food and water safe"}},
		{"readiest first", []string{"--sort", "readiness", "--year", "10"}, []string{"Solar car challenge", "Inside a testing lab: keeping food and water safe", "Industry mentoring: goals and pathways in STEM"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args[0] != "units" {
				args = append(args, "units")
			}
			var got []string
			for _, l := range catalogLines(t, dir, args...) {
				got = append(got, strings.SplitN(l, "  ", 2)[0])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("titles %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCatalogJSON(t *testing.T) {
	dir := library(t)
	r := coplan(t, dir, "catalog", "--json", "--search", "ngā", "units")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	var report struct {
		Units []struct {
			Path, Title string
			Subjects    []string
			InClass     int `json:"in_class"`
			InCommunity int `json:"in_community"`
			Warnings    int
			Rubrics     []struct{ Title string }
			Partners    []struct{ Name string }
		}
		Failed []struct {
			Path    string
			Line    int
			Message string
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &report); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if len(report.Units) != 1 || report.Units[0].Title != "Solar car challenge" || report.Units[0].InClass != 8 || len(report.Units[0].Rubrics) != 2 {
		t.Errorf("units %+v", report.Units)
	}
	if len(report.Failed) != 1 || report.Failed[0].Line != 3 || !strings.HasSuffix(report.Failed[0].Path, "broken.coplan.toml") {
		t.Errorf("failed %+v", report.Failed)
	}
}

func TestCatalogKeepsItsIndexInTheCacheFolder(t *testing.T) {
	dir := library(t)
	catalogLines(t, dir, "units")
	matches, _ := filepath.Glob(filepath.Join(os.Getenv("COPLAN_CACHE_DIR"), "catalog-*"))
	if len(matches) != 1 {
		t.Fatalf("cache files %v", matches)
	}
	if first, again := catalogLines(t, dir, "units"), catalogLines(t, dir, "units", "--no-cache"); strings.Join(first, "\n") != strings.Join(again, "\n") {
		t.Errorf("cached and uncached listings differ:\n%s\n---\n%s", first, again)
	}
}

func TestCatalogExitCodes(t *testing.T) {
	dir := library(t)
	os.WriteFile(filepath.Join(dir, "file.coplan.toml"), assets.Example(), 0o644)
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"folder missing", []string{"absent"}, 1},
		{"a file, not a folder", []string{"file.coplan.toml"}, 1},
		{"no folder", nil, 2},
		{"two folders", []string{"units", "units"}, 2},
		{"unknown flag", []string{"--colour", "units"}, 2},
		{"unknown sort", []string{"--sort", "size", "units"}, 2},
		{"unknown engagement", []string{"--engagement", "online", "units"}, 2},
		{"help", []string{"-h"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := coplan(t, dir, append([]string{"catalog"}, tt.args...)...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\n%s", r.code, tt.code, r.stderr)
			}
			if tt.code == 1 && !strings.Contains(r.stderr, "coplan catalog: scan "+tt.args[0]) {
				t.Errorf("stderr does not name the folder:\n%s", r.stderr)
			}
		})
	}
}
