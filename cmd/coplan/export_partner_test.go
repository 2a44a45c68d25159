package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/model/modeltest"
)

// pdfWords is the text of the PDF at path with all white space runs made one space.
func pdfWords(t *testing.T, path string) string {
	t.Helper()
	return strings.Join(strings.Fields(modeltest.Poppler(t, "pdftotext", path, "-")), " ")
}

// The tests in this file run the shipped binary, as a person would.

func TestExportBriefsAPartnerOrEveryPartner(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	tests := []struct {
		name, partner string
		want, not     []string
	}{
		{"one partner by name, in any case", "helios renewables",
			[]string{"Briefing for Helios Renewables", "Industry partner",
				"Lend two irradiance meters and a set of multimeters for testing week", "Mon 31 May 2027",
				"Review the engineering rubric and send comments", "Fri 30 Apr 2027",
				"Launch: why solar transport?", "Testing and data logging", "Race day and judging"},
			// and never the private notes on Helios or on Zoë
			[]string{"Briefing for Zoë Ødegaard", "Briefing for Bayside", "engineering team of twelve", "Available Tuesdays and Fridays"}},
		{"every partner", "all",
			[]string{"Briefing for Helios Renewables", "Briefing for Bayside Institute of Technology",
				"Briefing for Ngā Tapuwae Community Energy Co-op", "Provide three judges, a marquee"},
			[]string{"Briefing for Riverbend Secondary College", "Their workshop visit is limited to 26 students"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "partner"+string(rune('a'+i))+".pdf")
			r := runShipped(t, dir, nil, "export", "--format", "pdf", "--handout", "briefing", "--partner", tt.partner, "-o", out, unit)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			text := pdfWords(t, out)
			for _, s := range tt.want {
				if !strings.Contains(text, s) {
					t.Errorf("the briefing lacks %q", s)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(text, s) {
					t.Errorf("the briefing has %q", s)
				}
			}
		})
	}
	// The sessions come in the unit's list order.
	text := pdfWords(t, filepath.Join(dir, "partnera.pdf"))
	launch, testing, race := strings.Index(text, "Launch: why solar"), strings.Index(text, "Testing and data logging"), strings.Index(text, "Race day and judging")
	if !(launch < testing && testing < race) {
		t.Errorf("sessions at %d, %d, %d: not in the unit's order", launch, testing, race)
	}
}

func TestExportPartnerExitCodes(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	tests := []struct {
		name       string
		args       []string
		code       int
		wantStderr []string
	}{
		{"unknown partner lists the partners", []string{"--handout", "briefing", "--partner", "Nobody"}, 1,
			[]string{`no partner called "Nobody"`, "--partner NAME:\n", "\n  Helios Renewables\n", "\n  Ngā Tapuwae Community Energy Co-op\n", "or --partner all to brief every partner"}},
		{"partner and expert", []string{"--handout", "briefing", "--partner", "all", "--expert", "Zoë Ødegaard"}, 2,
			[]string{"--expert or --partner, not both"}},
		{"partner without the briefing", []string{"--handout", "schedule", "--partner", "all"}, 2,
			[]string{"--partner goes with --format pdf --handout briefing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runShipped(t, dir, nil, append(append([]string{"export"}, tt.args...), "-o", "x.pdf", unit)...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "x.pdf")); err == nil {
				t.Error("a failed export left x.pdf behind")
			}
		})
	}
}
