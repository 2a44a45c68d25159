package catalog_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"coplan/model/catalog"
)

func TestFileNameKeepsLettersReadableAndIsValidEverywhere(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"words joined by hyphens", "Solar car challenge", "solar-car-challenge"},
		{"macrons kept", "Ngā awa: our rivers!", "ngā-awa-our-rivers"},
		{"decomposed accents kept as one letter", "Nga\u0304 awa", "ngā-awa"},
		{"other scripts kept", "Дмитрий и Ζωή", "дмитрий-и-ζωή"},
		{"accents and dashes", "Year 9/10 — Café", "year-9-10-café"},
		{"characters Windows forbids", `a<b>c:d"e/f\g|h?i*j`, "a-b-c-d-e-f-g-h-i-j"},
		{"control characters", "tab\there\x00\x1fnul", "tab-here-nul"},
		{"trailing dots and spaces", "Trailing dots... . ", "trailing-dots"},
		{"leading dot", ".hidden", "hidden"},
		{"emoji", "🚀 Rockets 🚀", "rockets"},
		{"nothing usable", "  --  ", "unit"},
		{"empty", "", "unit"},
		{"reserved device name", "CON", "con-unit"},
		{"reserved device name with a digit", "Lpt1", "lpt1-unit"},
		{"reserved name inside a longer one is fine", "Con artists", "con-artists"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := catalog.FileName(tt.in); got != tt.want {
				t.Errorf("FileName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFileNameIsShortEnoughForEveryFileSystem(t *testing.T) {
	got := catalog.FileName(strings.Repeat("Ngā awa ", 40))
	if n := utf8.RuneCountInString(got); n > 60 {
		t.Errorf("FileName of a long title has %d characters, want at most 60: %q", n, got)
	}
	if strings.HasSuffix(got, "-") || !utf8.ValidString(got) {
		t.Errorf("a cut name ends badly: %q", got)
	}
	if len(got)+len(".coplan.toml") > 255 {
		t.Errorf("file name of %d bytes", len(got))
	}
}
