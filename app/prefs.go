package app

import (
	"fyne.io/fyne/v2"

	"coplan/model/store"
)

// Preference keys. Preferences hold small UI state only, never unit data.
const (
	prefRecent  = "recent_files"
	prefSection = "last_section"
	prefName    = "user_name"
	prefRole    = "user_role"
	prefLibrary = "library_folder"
	prefWindowW = "window_width"
	prefWindowH = "window_height"
	// prefWindowS is the user scale the window's size was kept at; older
	// versions kept none.
	prefWindowS = "window_scale"
	prefPaper   = "handout_paper"
	prefTheme   = "theme"
	prefScale   = "text_scale"
)

// maxRecent is how many recent files the File menu and start screen offer.
const maxRecent = 10

// prefs reads and writes the editor's preferences, all in this one place.
type prefs struct{ p fyne.Preferences }

// recent returns the recently opened files, newest first.
func (p prefs) recent() []string {
	return p.p.StringListWithFallback(prefRecent, nil)
}

// addRecent puts path first in the recent files, dropping older duplicates
// and anything past maxRecent.
func (p prefs) addRecent(path string) {
	list := []string{path}
	for _, x := range p.recent() {
		if x != path && len(list) < maxRecent {
			list = append(list, x)
		}
	}
	p.p.SetStringList(prefRecent, list)
}

// removeRecent drops path from the recent files.
func (p prefs) removeRecent(path string) {
	var list []string
	for _, x := range p.recent() {
		if x != path {
			list = append(list, x)
		}
	}
	p.p.SetStringList(prefRecent, list)
}

// lastSection returns the key of the section shown last, or "".
func (p prefs) lastSection() string {
	return p.p.StringWithFallback(prefSection, "")
}

// setLastSection remembers the section being shown.
func (p prefs) setLastSection(key string) {
	p.p.SetString(prefSection, key)
}

// identity returns the user's name and role as comments, approvals and lock
// files record them; the name is "" until the user has said who they are.
func (p prefs) identity() store.Owner {
	return store.Owner{Name: p.p.StringWithFallback(prefName, ""), Role: p.p.StringWithFallback(prefRole, "")}
}

// setIdentity remembers the user's name and role.
func (p prefs) setIdentity(o store.Owner) {
	p.p.SetString(prefName, o.Name)
	p.p.SetString(prefRole, o.Role)
}

// libraryDir returns the folder the Library showed last, or "".
func (p prefs) libraryDir() string { return p.p.StringWithFallback(prefLibrary, "") }

// setLibraryDir remembers the folder the Library shows.
func (p prefs) setLibraryDir(dir string) { p.p.SetString(prefLibrary, dir) }

// paper returns the paper size chosen for the last handout, or "" when no
// handout was exported yet.
func (p prefs) paper() string { return p.p.StringWithFallback(prefPaper, "") }

// setPaper remembers the paper size of the handout just chosen.
func (p prefs) setPaper(paper string) { p.p.SetString(prefPaper, paper) }

// Theme choices, the values of the theme preference.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// themeChoice returns themeSystem, themeLight or themeDark.
func (p prefs) themeChoice() string {
	switch v := p.p.StringWithFallback(prefTheme, themeSystem); v {
	case themeLight, themeDark:
		return v
	}
	return themeSystem
}

// setThemeChoice remembers the theme: themeSystem, themeLight or themeDark.
func (p prefs) setThemeChoice(v string) { p.p.SetString(prefTheme, v) }

// textScale returns how much larger than usual text is shown, 1 by
// default; a stored value outside the sizes offered is brought within them.
func (p prefs) textScale() float32 {
	return clampScale(float32(p.p.FloatWithFallback(prefScale, 1)))
}

// setTextScale remembers the text size.
func (p prefs) setTextScale(s float32) { p.p.SetFloat(prefScale, float64(clampScale(s))) }

// windowSize returns the editor window's size when it last changed, in
// Fyne's units, and the user scale it was kept at (see UserScale); a zero
// size when none is remembered, and a zero scale for a size kept by an
// older version, which kept none.
func (p prefs) windowSize() (fyne.Size, float32) {
	return fyne.NewSize(float32(p.p.FloatWithFallback(prefWindowW, 0)), float32(p.p.FloatWithFallback(prefWindowH, 0))),
		float32(p.p.FloatWithFallback(prefWindowS, 0))
}

// setWindowSize remembers the editor window's size in Fyne's units at the
// user scale scale.
func (p prefs) setWindowSize(s fyne.Size, scale float32) {
	p.p.SetFloat(prefWindowW, float64(s.Width))
	p.p.SetFloat(prefWindowH, float64(s.Height))
	p.p.SetFloat(prefWindowS, float64(scale))
}
