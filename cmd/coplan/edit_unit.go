package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"coplan/model"
	"coplan/model/store"
)

// editUnit opens the unit at path, applies edits as the editor would, and
// saves it through the one checked save (store.Update): other Coplan
// processes saving the file wait, and a change made meanwhile by anything
// else is merged in or refused, never overwritten. Both revisions go into
// the revision history, so a later merge finds its base. When the unit is
// open in someone's editor it says so on stderr: their Coplan will notice
// the change and offer to merge it.
func editUnit(path string, stderr io.Writer, edits ...model.Edit) (*model.Project, []string, error) {
	var summaries []string
	l, err := store.Update(path, func(l *store.Loaded) error {
		summaries = nil
		d := model.NewDocument(l.Project)
		for _, e := range edits {
			s, err := d.Apply(e)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			summaries = append(summaries, s)
		}
		l.Project = d.Project
		return nil
	})
	if err != nil {
		return nil, nil, saveError(path, err, readOnlyHint)
	}
	if lock, err := store.ReadLock(path); err == nil && lock != nil && !lock.Mine() && !lock.Stale(time.Now()) {
		fmt.Fprintf(stderr, "coplan: note: %s; that Coplan will offer to take in this change\n", (&store.LockedError{Path: path, Lock: *lock}).Error())
	}
	return l.Project, summaries, nil
}

// readOnlyHint says what to do about a read-only unit a command could not change.
const readOnlyHint = "make it writable, then run the command again"

// saveError rewords a failed save of the unit at path for the terminal: for
// a read-only unit it says what to do from the command line (hint).
func saveError(path string, err error, hint string) error {
	if errors.Is(err, store.ErrReadOnly) {
		return fmt.Errorf("cannot save %s: the file is read-only; nothing was saved (%s)", path, hint)
	}
	return err
}
