package model

import (
	"fmt"
	"sort"
)

// Severity says whether a diagnostic stops a unit being usable.
type Severity string

// Severities of diagnostics.
const (
	// Error marks a broken file: a link to nothing, a duplicate id, an unknown value.
	Error Severity = "error"
	// Warning marks a readiness gap a teacher should close before the unit runs.
	Warning Severity = "warning"
)

// Diagnostic is one finding about a document.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	// EntityID is the entity concerned, or the project's id for the unit as a whole.
	EntityID string `json:"entity,omitempty"`
	// Field is the toml key concerned, when one is, such as "lead" or "descriptors".
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	// Line is the file line of the entity, or 0 when unknown.
	Line int `json:"line,omitempty"`
}

// String writes the diagnostic as "LINE: severity: message" (no line when unknown).
func (d Diagnostic) String() string {
	if d.Line > 0 {
		return fmt.Sprintf("%d: %s: %s", d.Line, d.Severity, d.Message)
	}
	return fmt.Sprintf("%s: %s", d.Severity, d.Message)
}

// WithLines fills in Line from a map of entity id to line and sorts the
// diagnostics by line, errors first where lines are equal.
func WithLines(ds []Diagnostic, lines map[string]int) []Diagnostic {
	for i := range ds {
		if ds[i].Line == 0 {
			ds[i].Line = lines[ds[i].EntityID]
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Severity == Error && ds[j].Severity != Error
	})
	return ds
}

// HasErrors reports whether any diagnostic is an error.
func HasErrors(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}
