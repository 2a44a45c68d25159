package store

import (
	"errors"
	"fmt"

	"coplan/model"
)

// ChangedOnDiskError says that a save was refused because the file on disk
// is no longer the version the editor opened: merge it in, then save again.
type ChangedOnDiskError struct {
	Path string
	// Disk is how the file looks now.
	Disk Snapshot
	// Conflicts counts the places where the change on disk and the change
	// being saved disagree, when a merge of the two was tried (SaveMerging).
	Conflicts int
}

func (e *ChangedOnDiskError) Error() string {
	switch {
	case !e.Disk.Exists:
		return fmt.Sprintf("save %s: the file was moved or deleted since it was opened", e.Path)
	case e.Conflicts == 1:
		return fmt.Sprintf("save %s: someone else changed the file since it was read, in one place this change also touches; nothing was saved: try again", e.Path)
	case e.Conflicts > 1:
		return fmt.Sprintf("save %s: someone else changed the file since it was read, in %d places this change also touches; nothing was saved: try again", e.Path, e.Conflicts)
	}
	return fmt.Sprintf("save %s: someone else changed the file since it was opened; merge their version first", e.Path)
}

// ErrChangedOnDisk matches a *ChangedOnDiskError with errors.Is.
var ErrChangedOnDisk = errors.New("file changed on disk")

// Is makes errors.Is(err, ErrChangedOnDisk) hold.
func (e *ChangedOnDiskError) Is(target error) bool { return target == ErrChangedOnDisk }

// SaveChecked saves p to path (see Save) only if the file on disk is still
// the version expected, as opened or last saved (a zero Snapshot: no file
// yet). Otherwise it writes nothing and returns a *ChangedOnDiskError: the
// caller merges the version on disk (FindBase, model.Merge) and saves
// again with the snapshot the error carries. The check and the write
// happen under the save lock (see Update), so no other Coplan process on
// this computer saves in between. After a save it removes the autosaved
// copy of the unit and remembers the revision in the history (both best
// effort), and returns the new snapshot.
func SaveChecked(path string, p *model.Project, expected Snapshot) (Snapshot, error) {
	unlock, err := lockForSave(path)
	if err != nil {
		return expected, err
	}
	now, err := saveIfUnchanged(path, p, expected)
	unlock()
	if err != nil {
		return expected, err
	}
	afterSave(path, p)
	return now, nil
}

// saveIfUnchanged is SaveChecked with the save lock held.
func saveIfUnchanged(path string, p *model.Project, expected Snapshot) (Snapshot, error) {
	disk, err := TakeSnapshot(path)
	if err != nil {
		return expected, err
	}
	if !disk.Same(expected) {
		return expected, &ChangedOnDiskError{Path: path, Disk: disk}
	}
	if err := Save(path, p); err != nil {
		return expected, err
	}
	return TakeSnapshot(path)
}

// SaveMerging saves p, an edit of base, to path. When the file on disk is
// no longer the version expected (base as it was read), the change on disk
// is merged with the change from base to p: without conflicts the merge is
// saved and returned; with conflicts nothing is written and the
// *ChangedOnDiskError counts them. It returns what was saved (p itself when
// the file had not changed) and the new snapshot. Like SaveChecked it holds
// the save lock while it checks and writes.
func SaveMerging(path string, p, base *model.Project, expected Snapshot) (*model.Project, Snapshot, error) {
	unlock, err := lockForSave(path)
	if err != nil {
		return nil, expected, err
	}
	saved, now, err := saveMergingLocked(path, p, base, expected)
	unlock()
	if err != nil {
		return nil, expected, err
	}
	afterSave(path, saved)
	return saved, now, nil
}

// saveMergingLocked is SaveMerging with the save lock held.
func saveMergingLocked(path string, p, base *model.Project, expected Snapshot) (*model.Project, Snapshot, error) {
	now, err := saveIfUnchanged(path, p, expected)
	var changed *ChangedOnDiskError
	if !errors.As(err, &changed) {
		return p, now, err
	}
	if !changed.Disk.Exists {
		return nil, expected, err
	}
	disk, err := Open(path)
	if err != nil {
		return nil, expected, err
	}
	if disk.Project.ID != p.ID {
		return nil, expected, &ChangedOnDiskError{Path: path, Disk: disk.Snapshot}
	}
	merged, conflicts := model.Merge(base, p, disk.Project)
	if len(conflicts) > 0 {
		return nil, expected, &ChangedOnDiskError{Path: path, Disk: disk.Snapshot, Conflicts: len(conflicts)}
	}
	ours, theirs := p.Clone(), disk.Project
	Stamp(ours)
	now, err = saveIfUnchanged(path, merged, disk.Snapshot)
	if err != nil {
		return nil, expected, err
	}
	_ = RememberMerge(merged, ours.Revision, theirs.Revision)
	return merged, now, nil
}

// Update opens the unit at path, lets edit change it, and saves the result
// (keeping the previous version as the backup), all under the save lock:
// every Coplan process on this computer that saves the same file waits
// for it, so no acknowledged change is lost between the read and the
// write. A change made meanwhile by something that does not take the lock
// (a sync tool, another program) is merged in, or the save is refused, as
// with SaveMerging. When edit fails nothing is written and its error is
// returned as it is. Both the version read and the one saved go into the
// revision history.
func Update(path string, edit func(l *Loaded) error) (*Loaded, error) {
	unlock, err := lockForSave(path)
	if err != nil {
		return nil, err
	}
	l, err := updateLocked(path, edit)
	unlock()
	if err != nil {
		return nil, err
	}
	afterSave(path, l.Project)
	return l, nil
}

// updateLocked is Update with the save lock held.
func updateLocked(path string, edit func(l *Loaded) error) (*Loaded, error) {
	l, err := Open(path)
	if err != nil {
		return nil, err
	}
	_, _ = Remember(l.Project)
	base := l.Project.Clone()
	if err := edit(l); err != nil {
		return nil, err
	}
	saved, now, err := saveMergingLocked(path, l.Project, base, l.Snapshot)
	if err != nil {
		return nil, err
	}
	l.Project, l.Snapshot = saved, now
	return l, nil
}

// afterSave does, best effort, what follows a save of p to path: the
// autosaves of the unit go and its revision is remembered.
func afterSave(path string, p *model.Project) {
	_ = DiscardRecovery(path)
	_ = DiscardUnitRecoveries(p.ID)
	_, _ = Remember(p)
}

// SaveAs saves p to path, replacing whatever file is there (the user chose
// it) and keeping that as the backup, under the save lock; then, like
// SaveChecked, it removes the unit's autosaves (the one kept while it had
// no file too) and remembers the revision. It returns the new snapshot.
func SaveAs(path string, p *model.Project) (Snapshot, error) {
	unlock, err := lockForSave(path)
	if err != nil {
		return Snapshot{}, err
	}
	now, err := func() (Snapshot, error) {
		defer unlock()
		if err := Save(path, p); err != nil {
			return Snapshot{}, err
		}
		return TakeSnapshot(path)
	}()
	if err != nil {
		return Snapshot{}, err
	}
	afterSave(path, p)
	return now, nil
}
