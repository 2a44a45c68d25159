package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportICSAddsTasksOnlyWhenAsked(t *testing.T) {
	unit := exampleUnit(t)
	dir := filepath.Dir(unit)
	const task = "SUMMARY:Due: Lend two irradiance meters and a set of multimeters for testing week"
	tests := []struct {
		name string
		args []string
		want bool
	}{
		{"without --tasks", nil, false},
		{"with --tasks", []string{"--tasks"}, true},
		{"with --tasks for one expert", []string{"--tasks", "--expert", "Zoë Ødegaard"}, true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, "cal"+string(rune('a'+i))+".ics")
			args := append([]string{"export", "--format", "ics", "-o", out}, tt.args...)
			r := coplan(t, dir, append(args, unit)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			unfolded := strings.ReplaceAll(string(data), "\r\n ", "")
			if got := strings.Contains(unfolded, task); got != tt.want {
				t.Errorf("the calendar has the task: %v, want %v", got, tt.want)
			}
		})
	}
}
