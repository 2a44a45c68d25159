package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
)

// exampleUnit writes the example unit into a new folder and returns its path.
func exampleUnit(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "solar.coplan.toml")
	if err := os.WriteFile(path, assets.Example(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestExportWritesEachHandout(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	for _, h := range []string{"overview", "rubric", "briefing", "schedule"} {
		t.Run(h, func(t *testing.T) {
			out := filepath.Join(dir, h+".pdf")
			r := coplan(t, dir, "export", "--format", "pdf", "--handout", h, "--paper", "letter", "-o", out, unit)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("%%EOF")) {
				t.Errorf("%s is not a whole PDF (%d bytes)", out, len(data))
			}
			if !strings.Contains(r.stdout, "Wrote "+out) {
				t.Errorf("stdout %q does not say what was written", r.stdout)
			}
		})
	}
}

func TestExportAcceptsFlagsAfterTheFileAndWritesToStdout(t *testing.T) {
	unit := exampleUnit(t)
	r := coplan(t, filepath.Dir(unit), "export", unit, "--handout", "schedule", "-o", "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "%PDF-") {
		t.Fatalf("exit %d, stdout starts %.10q: %s", r.code, r.stdout, r.stderr)
	}
}

func TestExportExitCodes(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	tests := []struct {
		name       string
		args       []string
		code       int
		wantStderr []string
	}{
		{"no file", []string{"-o", "x.pdf"}, 2, []string{"Usage: coplan export"}},
		{"no output", []string{unit}, 2, []string{"-o OUT"}},
		{"two files", []string{"-o", "x.pdf", unit, unit}, 2, []string{"one FILE at a time"}},
		{"unknown flag", []string{"--colour", "-o", "x.pdf", unit}, 2, []string{"flag provided but not defined"}},
		{"unknown format", []string{"--format", "docx", "-o", "x.pdf", unit}, 2, []string{`unknown format "docx"`, "pdf"}},
		{"unknown handout", []string{"--handout", "poster", "-o", "x.pdf", unit}, 2, []string{`unknown handout "poster"`, "overview, rubric, briefing, schedule"}},
		{"unknown paper", []string{"--paper", "a3", "-o", "x.pdf", unit}, 2, []string{`unknown paper size "a3"`}},
		{"unknown rubric lists the rubrics", []string{"--handout", "rubric", "--rubric", "Essay", "-o", "x.pdf", unit}, 1,
			[]string{`no rubric called "Essay"`, "--rubric NAME:\n  Solar car engineering\n  Race-day presentation\n"}},
		{"unknown expert lists the experts", []string{"--handout", "briefing", "--expert", "Nobody", "-o", "x.pdf", unit}, 1,
			[]string{`no expert called "Nobody"`, "--expert NAME:\n", "\n  Zoë Ødegaard\n  Nguyễn Thị Ánh\n"}},
		{"missing unit", []string{"-o", "x.pdf", filepath.Join(dir, "missing.coplan.toml")}, 1, []string{"missing.coplan.toml"}},
		{"help", []string{"-h"}, 0, []string{"--handout"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := coplan(t, dir, append([]string{"export"}, tt.args...)...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
				t.Errorf("a failed export left x.pdf behind")
			}
		})
	}
}

func TestFailedExportLeavesTheOldFileAndNoTemporaryFiles(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	out := filepath.Join(dir, "briefing.pdf")
	if err := os.WriteFile(out, []byte("old handout"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := coplan(t, dir, "export", "--handout", "briefing", "--expert", "Nobody", "-o", out, unit)
	if r.code != 1 {
		t.Fatalf("exit %d, want 1", r.code)
	}
	if data, _ := os.ReadFile(out); string(data) != "old handout" {
		t.Errorf("the failed export changed %s to %d bytes", out, len(data))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only the unit and the old handout", names)
	}
}

func TestExportIntoAMissingFolderFails(t *testing.T) {
	unit := exampleUnit(t)
	r := coplan(t, filepath.Dir(unit), "export", "-o", filepath.Join(filepath.Dir(unit), "no", "such", "out.pdf"), unit)
	if r.code != 1 || !strings.Contains(r.stderr, "folder "+filepath.Join(filepath.Dir(unit), "no", "such")+" does not exist") {
		t.Errorf("exit %d, stderr %q; want 1 and a reason", r.code, r.stderr)
	}
}

func TestExportPaperFollowsTheLocale(t *testing.T) {
	tests := map[string]string{"en_US.UTF-8": "/MediaBox [0 0 612.00 792.00]", "en_AU.UTF-8": "/MediaBox [0 0 595.28 841.89]"}
	for locale, want := range tests {
		t.Run(locale, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_PAPER", locale)
			unit := exampleUnit(t)
			r := coplan(t, filepath.Dir(unit), "export", "--handout", "schedule", "-o", "-", unit)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if !strings.Contains(r.stdout, want) {
				t.Errorf("the PDF for locale %s lacks %q", locale, want)
			}
		})
	}
}
