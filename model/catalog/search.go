package catalog

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"coplan/model"
)

// Engagement selects units by the levels of community engagement their
// sessions use.
type Engagement string

// Engagement filters.
const (
	// AnyEngagement keeps every unit.
	AnyEngagement Engagement = ""
	// InClass keeps units where the community comes into the classroom at least once.
	InClass Engagement = model.InClass
	// InCommunity keeps units where students go out into the community at least once.
	InCommunity Engagement = model.InCommunity
	// BothEngagements keeps units that do both.
	BothEngagements Engagement = "both"
)

// ParseEngagement reads an engagement filter: "", "in-class", "in-community" or "both".
func ParseEngagement(s string) (Engagement, error) {
	switch e := Engagement(strings.ToLower(strings.TrimSpace(s))); e {
	case AnyEngagement, InClass, InCommunity, BothEngagements:
		return e, nil
	}
	return "", fmt.Errorf("engagement %q: use in-class, in-community or both", s)
}

// SortKey says in which order Search returns units.
type SortKey int

// Orders of search results. Ties fall back to the title, then the path.
const (
	// ByTitle sorts A to Z, ignoring case and accents.
	ByTitle SortKey = iota
	// ByLastChange puts the most recently changed unit first.
	ByLastChange
	// ByReadiness puts the readiest unit first: fewest errors, then fewest warnings.
	ByReadiness
	// ByPath sorts by file path within the scanned folder.
	ByPath
)

// sortNames are the names ParseSort accepts, by key.
var sortNames = map[string]SortKey{"title": ByTitle, "changed": ByLastChange, "readiness": ByReadiness, "path": ByPath}

// ParseSort reads a sort order: "title", "changed", "readiness" or "path".
func ParseSort(s string) (SortKey, error) {
	if k, ok := sortNames[strings.ToLower(strings.TrimSpace(s))]; ok {
		return k, nil
	}
	return 0, fmt.Errorf("sort %q: use title, changed, readiness or path", s)
}

// Filter narrows and orders a search. Its zero value keeps every unit and
// sorts by title.
type Filter struct {
	// Subject keeps units with this subject (ignoring case and accents).
	Subject string
	// YearLevel keeps units for this year level: "9" and "Year 9" are the same.
	YearLevel string
	// Partner keeps units with a partner organisation whose name contains this.
	Partner string
	// Engagement keeps units by the engagement of their sessions.
	Engagement Engagement
	// Sort orders the results; Reverse turns the order round.
	Sort    SortKey
	Reverse bool
}

// Search returns the units that match every word of query in any indexed
// field, ignoring case and accents ("leonie" finds "Léonie"), and pass the
// filter, in the filter's order. An empty query matches every unit. Search
// does not change the index, so several goroutines may search it at once.
func (ix *Index) Search(query string, f Filter) []*Entry {
	terms := strings.Fields(Fold(query))
	subject, year, partner := Fold(strings.TrimSpace(f.Subject)), yearKey(f.YearLevel), Fold(strings.TrimSpace(f.Partner))
	var out []*Entry
	for _, e := range ix.Entries {
		text := e.folded
		if text == "" && len(terms) > 0 {
			text = e.searchText() // an entry made by NewEntry rather than Scan
		}
		if matchesAll(text, terms) && e.passes(subject, year, partner, f.Engagement) {
			out = append(out, e)
		}
	}
	sortEntries(out, f.Sort, f.Reverse)
	return out
}

func matchesAll(text string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(text, t) {
			return false
		}
	}
	return true
}

func (e *Entry) passes(subject, year, partner string, eng Engagement) bool {
	if subject != "" && !slices.ContainsFunc(e.Subjects, func(s string) bool { return Fold(strings.TrimSpace(s)) == subject }) {
		return false
	}
	if year != "" && !slices.ContainsFunc(e.YearLevels, func(y string) bool { return yearKey(y) == year }) {
		return false
	}
	if partner != "" && !slices.ContainsFunc(e.Partners, func(p Partner) bool { return strings.Contains(Fold(p.Name), partner) }) {
		return false
	}
	switch eng {
	case InClass:
		return e.InClass > 0
	case InCommunity:
		return e.InCommunity > 0
	case BothEngagements:
		return e.InClass > 0 && e.InCommunity > 0
	}
	return true
}

// yearKey folds a year level so that "9", "Year 9" and "yr 9" compare equal.
func yearKey(y string) string {
	k := Fold(strings.TrimSpace(y))
	for _, prefix := range []string{"year", "yr", "y"} {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			return strings.TrimSpace(rest)
		}
	}
	return k
}

func sortEntries(list []*Entry, key SortKey, reverse bool) {
	titles := make(map[*Entry]string, len(list))
	for _, e := range list {
		titles[e] = Fold(e.Title)
	}
	byTitle := func(a, b *Entry) int {
		return cmp.Or(strings.Compare(titles[a], titles[b]), strings.Compare(a.Rel, b.Rel))
	}
	compare := byTitle
	switch key {
	case ByLastChange:
		compare = func(a, b *Entry) int { return cmp.Or(b.LastChange().Compare(a.LastChange()), byTitle(a, b)) }
	case ByReadiness:
		compare = func(a, b *Entry) int {
			return cmp.Or(cmp.Compare(a.Errors, b.Errors), cmp.Compare(a.Warnings, b.Warnings), byTitle(a, b))
		}
	case ByPath:
		compare = func(a, b *Entry) int { return strings.Compare(a.Rel, b.Rel) }
	}
	if reverse {
		forward := compare
		compare = func(a, b *Entry) int { return forward(b, a) }
	}
	slices.SortStableFunc(list, compare)
}

// Subjects returns the subjects of the indexed units, each once, A to Z:
// the choices of a subject filter.
func (ix *Index) Subjects() []string {
	return distinct(ix.Entries, func(e *Entry) []string { return e.Subjects }, Fold)
}

// YearLevels returns the year levels of the indexed units, each once, in
// numeric order where they are numbers.
func (ix *Index) YearLevels() []string {
	years := distinct(ix.Entries, func(e *Entry) []string { return e.YearLevels }, yearKey)
	slices.SortStableFunc(years, func(a, b string) int {
		x, errX := strconv.Atoi(yearKey(a))
		y, errY := strconv.Atoi(yearKey(b))
		switch {
		case errX == nil && errY == nil:
			return cmp.Compare(x, y)
		case errX == nil:
			return -1
		case errY == nil:
			return 1
		}
		return strings.Compare(yearKey(a), yearKey(b))
	})
	return years
}

// Partners returns the names of the partner organisations of the indexed
// units, each once, A to Z.
func (ix *Index) Partners() []string {
	return distinct(ix.Entries, func(e *Entry) []string {
		names := make([]string, len(e.Partners))
		for i, p := range e.Partners {
			names[i] = p.Name
		}
		return names
	}, Fold)
}

// distinct lists the values of every entry once, by key, in the spelling
// first seen, sorted by key.
func distinct(entries []*Entry, values func(*Entry) []string, key func(string) string) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range entries {
		for _, v := range values(e) {
			v = strings.TrimSpace(v)
			if k := key(v); v != "" && !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Compare(key(a), key(b)) })
	return out
}
