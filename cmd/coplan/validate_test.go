package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model"
)

func TestValidateReportsEachFindingWithFileAndLine(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "example.coplan.toml"), assets.Example(), 0o644)
	r := coplan(t, dir, "validate", "example.coplan.toml")
	if r.code != 0 {
		t.Fatalf("exit %d for the example:\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, line := range r.lines() {
		if !strings.HasPrefix(line, "example.coplan.toml:") || !strings.Contains(line, ": warning: ") {
			t.Errorf("line %q is not FILE:LINE: warning: message", line)
		}
	}
}

func TestValidateExitsOneOnErrors(t *testing.T) {
	dir := t.TempDir()
	d, _ := model.Decode(assets.Example())
	p := d.Project
	p.Sessions[0].Engagement = "online"
	os.WriteFile(filepath.Join(dir, "broken.coplan.toml"), model.Encode(p), 0o644)
	os.WriteFile(filepath.Join(dir, "good.coplan.toml"), assets.Example(), 0o644)
	r := coplan(t, dir, "validate", "good.coplan.toml", "broken.coplan.toml")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	want := `broken.coplan.toml:`
	found := false
	for _, line := range r.lines() {
		if strings.HasPrefix(line, want) && strings.Contains(line, `: error: `) && strings.Contains(line, `engagement "online"`) {
			found = true
			parts := strings.SplitN(line, ":", 3)
			if parts[1] == "" || parts[1] == "0" {
				t.Errorf("no line number in %q", line)
			}
		}
	}
	if !found {
		t.Errorf("no error line for the bad engagement:\n%s", r.stdout)
	}
}

func TestValidateRefusesFilesThatAreNotUnitsInOneLine(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
		return name
	}
	os.Mkdir(filepath.Join(dir, "folder.coplan.toml"), 0o755)
	tests := []struct{ name, file, want string }{
		{"missing file", "absent.coplan.toml", "no such file"},
		{"folder", "folder.coplan.toml", "is a folder"},
		{"binary garbage", write("garbage.coplan.toml", []byte{0x7f, 'E', 'L', 'F', 0, 0, 0xff, 0xfe}), "not UTF-8"},
		{"empty file", write("empty.coplan.toml", nil), "file is empty"},
		{"huge file", write("huge.coplan.toml", make([]byte, model.MaxFileSize+1)), "larger than"},
		{"newer format", write("future.coplan.toml", []byte("format = \"coplan/2\"\n")), "coplan/2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := coplan(t, dir, "validate", tt.file)
			if r.code != 1 || len(r.lines()) != 1 {
				t.Fatalf("exit %d, output:\n%s%s", r.code, r.stdout, r.stderr)
			}
			line := r.lines()[0]
			if !strings.HasPrefix(line, tt.file+":") || !strings.Contains(line, "error: ") || !strings.Contains(line, tt.want) {
				t.Errorf("line %q does not name %s and say %q", line, tt.file, tt.want)
			}
		})
	}
}

func TestValidateUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"validate"}, {"validate", "--colour", "x"}} {
		if r := coplan(t, t.TempDir(), args...); r.code != 2 {
			t.Errorf("%v: exit %d", args, r.code)
		}
	}
}

func TestValidateJSON(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "u.coplan.toml"), assets.Example(), 0o644)
	r := coplan(t, dir, "validate", "--json", "u.coplan.toml", "absent.coplan.toml")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	var reports []fileReport
	if err := json.Unmarshal([]byte(r.stdout), &reports); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if len(reports) != 2 || reports[0].File != "u.coplan.toml" || reports[0].Error != "" || reports[1].Error == "" {
		t.Fatalf("reports: %+v", reports)
	}
	for _, d := range reports[0].Diagnostics {
		if d.Severity != model.Warning || d.Message == "" {
			t.Errorf("diagnostic %+v", d)
		}
	}
}
