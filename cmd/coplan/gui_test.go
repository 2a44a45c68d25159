package main

import (
	"os"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestVersionAndIDMatchFyneApp checks that the constants the binary uses
// agree with FyneApp.toml, which packaging reads.
func TestVersionAndIDMatchFyneApp(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Details struct {
			ID      string
			Version string
		}
	}
	if _, err := toml.Decode(string(data), &meta); err != nil {
		t.Fatal(err)
	}
	if meta.Details.Version != version {
		t.Errorf("FyneApp.toml has version %q, the binary %q", meta.Details.Version, version)
	}
	if meta.Details.ID != appID {
		t.Errorf("FyneApp.toml has ID %q, the binary %q", meta.Details.ID, appID)
	}
	if strings.TrimSpace(version) == "" {
		t.Error("no version")
	}
}
