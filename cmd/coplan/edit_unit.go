package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/store"
)

// editUnit opens the unit at path, applies edits as the editor would, and
// saves it atomically unless someone changed the file meanwhile. Both
// revisions go into the revision history, so a later merge finds its base.
// When the unit is open in someone's editor it says so on stderr: their
// Coplan will notice the change and offer to merge it.
func editUnit(path string, stderr io.Writer, edits ...model.Edit) (*model.Project, []string, error) {
	l, err := store.Open(path)
	if err != nil {
		return nil, nil, err
	}
	if _, err := store.Remember(l.Project); err != nil {
		fmt.Fprintf(stderr, "coplan: note: %v\n", err)
	}
	if lock, err := store.ReadLock(path); err == nil && lock != nil && !lock.Stale(time.Now()) {
		fmt.Fprintf(stderr, "coplan: note: %s; that Coplan will offer to take in this change\n", (&store.LockedError{Path: path, Lock: *lock}).Error())
	}
	d := model.NewDocument(l.Project)
	var summaries []string
	for _, e := range edits {
		s, err := d.Apply(e)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		summaries = append(summaries, s)
	}
	if _, err := store.SaveChecked(path, d.Project, l.Snapshot); err != nil {
		return nil, nil, err
	}
	return d.Project, summaries, nil
}

// findEntity returns the id of the entity that query names: its id, or its
// name (a title, label, code or person's name) ignoring case. With kinds,
// only entities of those kinds count.
func findEntity(p *model.Project, query string, kinds ...model.Kind) (string, error) {
	index := p.Index()
	fits := func(k model.Kind) bool {
		if len(kinds) == 0 {
			return k != model.KindComment
		}
		for _, want := range kinds {
			if k == want {
				return true
			}
		}
		return false
	}
	if ref, ok := index[query]; ok && fits(ref.Kind) {
		return query, nil
	}
	var found []string
	for id, ref := range index {
		if fits(ref.Kind) && strings.EqualFold(strings.TrimSpace(ref.Name), strings.TrimSpace(query)) {
			found = append(found, id)
		}
	}
	sort.Strings(found)
	switch len(found) {
	case 0:
		return "", fmt.Errorf("nothing in the unit is called %q", query)
	case 1:
		return found[0], nil
	}
	var names []string
	for _, id := range found {
		names = append(names, fmt.Sprintf("%s (id %s)", index[id].Describe(), id))
	}
	return "", fmt.Errorf("%q could be any of %s: give the id", query, strings.Join(names, ", "))
}

// levelField turns "descriptors.<level label>" into "descriptors.<level id>"
// for a criterion, so that people can name levels as they see them.
func levelField(p *model.Project, target, field string) string {
	label, ok := strings.CutPrefix(field, "descriptors.")
	ref := p.Index()[target]
	if !ok || ref.Kind != model.KindCriterion {
		return field
	}
	r := p.Rubric(ref.Parent)
	for _, l := range r.Levels {
		if l.ID == label {
			return field
		}
	}
	for _, l := range r.Levels {
		if strings.EqualFold(l.Label, label) {
			return "descriptors." + l.ID
		}
	}
	return field
}
