package main

import (
	_ "embed"
	"fmt"

	"github.com/BurntSushi/toml"
)

// fyneAppTOML is FyneApp.toml, the one place the app's name, ID and version
// are written. Fyne's packaging tool reads the same file from this folder, so
// every build (go build, make build, the packages) reports the same version.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// appDetails is the [Details] table of FyneApp.toml.
type appDetails struct {
	Name    string
	ID      string
	Version string
	Build   int
}

// parseAppDetails reads the [Details] table out of a FyneApp.toml and
// checks that it names the app, its ID and its version.
func parseAppDetails(data string) (appDetails, error) {
	var meta struct{ Details appDetails }
	if _, err := toml.Decode(data, &meta); err != nil {
		return appDetails{}, fmt.Errorf("read FyneApp.toml: %w", err)
	}
	d := meta.Details
	switch {
	case d.Name == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no Name")
	case d.ID == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no ID")
	case d.Version == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no Version")
	}
	return d, nil
}

// details is the embedded FyneApp.toml's [Details]. The file is compiled in,
// so a broken one fails every test of this package rather than a user's run.
var details = func() appDetails {
	d, err := parseAppDetails(fyneAppTOML)
	if err != nil {
		panic(err)
	}
	return d
}()

// version is the app's version, from FyneApp.toml.
var version = details.Version

// appID identifies the app to the desktop and names its preferences folder,
// from FyneApp.toml.
var appID = details.ID
