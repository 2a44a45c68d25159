// Package catalog turns a shared folder of units into a searchable library:
// it scans the folder for .coplan.toml files, indexes each unit (title,
// subjects, people, rubrics, readiness, ...), caches the index so a rescan
// only looks at changed files, and searches it accent- and case-insensitively.
// It also holds the reuse operations the library offers: a new unit from an
// existing one, a rubric copied into the open unit, and saving as a template.
package catalog

import (
	"fmt"
	"time"
)

// Entry is what the catalog knows about one unit file: enough for a table
// row, a preview pane and search, without loading the file again.
type Entry struct {
	// Path is the file's path: the scanned folder joined with Rel.
	Path string `json:"path"`
	// Rel is the file's path relative to the scanned folder.
	Rel string `json:"rel"`
	// Size and ModTime are the file's size and modification time when indexed.
	Size    int64     `json:"size"`
	ModTime time.Time `json:"modified"`

	// ID is the unit's id, the "file id" a copied rubric records.
	ID    string `json:"id"`
	Title string `json:"title"`
	// Updated is the latest updated stamp in the unit: its last content change.
	Updated    time.Time `json:"updated"`
	YearLevels []string  `json:"year_levels"`
	Subjects   []string  `json:"subjects"`
	// Start and End are the unit's dates (YYYY-MM-DD), or the span of its
	// sessions when the unit gives none; "" when unknown.
	Start           string `json:"start,omitempty"`
	End             string `json:"end,omitempty"`
	School          string `json:"school,omitempty"`
	Problem         string `json:"real_world_problem,omitempty"`
	DrivingQuestion string `json:"driving_question,omitempty"`
	CentralGoal     string `json:"central_goal,omitempty"`

	Partners []Partner `json:"partners"`
	Experts  []Expert  `json:"experts"`
	// Outcomes lists the unit's outcome codes (or texts, for outcomes without a code).
	Outcomes []string  `json:"outcomes"`
	Sessions []Session `json:"sessions"`
	Rubrics  []Rubric  `json:"rubrics"`

	// InClass and InCommunity count the sessions of each level of community
	// engagement: the community comes in, or students go out.
	InClass     int `json:"in_class"`
	InCommunity int `json:"in_community"`

	// Errors and Warnings count the findings of model.Validate, plus the
	// decoder's warnings (unknown keys): the unit's readiness.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`

	folded string // every searchable field, folded; built on indexing
}

// Partner is a partner organisation of an indexed unit.
type Partner struct {
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
}

// Expert is a person of an indexed unit, with the name of their organisation.
type Expert struct {
	Name      string   `json:"name"`
	Partner   string   `json:"partner,omitempty"`
	Roles     []string `json:"roles"`
	Expertise string   `json:"expertise,omitempty"`
}

// Session is one session of an indexed unit, for the preview.
type Session struct {
	Title      string `json:"title"`
	Date       string `json:"date,omitempty"`
	Minutes    int    `json:"minutes,omitempty"`
	Engagement string `json:"engagement,omitempty"`
}

// Rubric is one rubric of an indexed unit: its id (to copy it), title,
// level labels and criterion titles, and where it was copied from.
type Rubric struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Levels     []string `json:"levels"`
	Criteria   []string `json:"criteria"`
	FromFile   string   `json:"copied_from_file,omitempty"`
	FromRubric string   `json:"copied_from_rubric,omitempty"`
}

// LastChange returns when the unit last changed: its latest updated stamp,
// or the file's modification time when the unit carries no stamps.
func (e *Entry) LastChange() time.Time {
	if e.Updated.IsZero() {
		return e.ModTime
	}
	return e.Updated
}

// SessionCount returns the number of sessions of the unit.
func (e *Entry) SessionCount() int { return len(e.Sessions) }

// Readiness describes the unit's readiness in a few words: "ready",
// "3 warnings", "1 error, 2 warnings".
func (e *Entry) Readiness() string {
	switch {
	case e.Errors == 0 && e.Warnings == 0:
		return "ready"
	case e.Errors == 0:
		return plural(e.Warnings, "warning")
	case e.Warnings == 0:
		return plural(e.Errors, "error")
	}
	return plural(e.Errors, "error") + ", " + plural(e.Warnings, "warning")
}

// Failure is a file that looks like a unit but could not be loaded.
type Failure struct {
	Path string `json:"path"`
	Rel  string `json:"rel"`
	// Line is the line of the problem, or 0 when unknown.
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
}

// Error writes the failure as "path:line: message" (no line when unknown).
func (f Failure) Error() string {
	if f.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", f.Path, f.Line, f.Message)
	}
	return fmt.Sprintf("%s: %s", f.Path, f.Message)
}

// Skip is a folder or link the scan did not follow, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// String writes the skip as "path: reason".
func (s Skip) String() string { return s.Path + ": " + s.Reason }

// Index is the result of scanning a folder: the units found, sorted by
// path, the files that failed to load and the folders skipped.
type Index struct {
	// Dir is the folder that was scanned, as given to the scan.
	Dir     string    `json:"dir"`
	Entries []*Entry  `json:"units"`
	Failed  []Failure `json:"failed"`
	Skipped []Skip    `json:"skipped"`
	// Stats says how much work the scan did.
	Stats Stats `json:"-"`
}

// Stats counts what one scan did.
type Stats struct {
	// Files is the number of unit files found.
	Files int
	// Cached is how many of them came from the cache, Decoded how many were read.
	Cached, Decoded int
	// CacheNote says why the cache was not used or not written, if so.
	CacheNote string
	Duration  time.Duration
}

// Lookup returns the entry for the file at path (as in Entry.Path), or nil.
func (ix *Index) Lookup(path string) *Entry {
	for _, e := range ix.Entries {
		if e.Path == path {
			return e
		}
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
