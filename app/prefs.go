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
