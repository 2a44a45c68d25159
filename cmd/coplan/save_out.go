package main

import (
	"os"

	"coplan/model"
	"coplan/model/store"
)

// saveOutput saves p to out through the checked save. When out is one of
// the files p was made from (given with how they were read), p is taken as
// an edit of that file: a change made to it since it was read is merged in
// or the save refused, never overwritten. Any other file is replaced, with
// the save lock held and its previous version kept as the backup.
func saveOutput(out string, p *model.Project, sources ...*store.Loaded) error {
	if err := checkOutPath(out); err != nil {
		return err
	}
	outInfo, err := os.Stat(out)
	if err == nil {
		for _, src := range sources {
			if info, err := os.Stat(src.Path); err == nil && os.SameFile(info, outInfo) {
				_, _, err := store.SaveMerging(out, p, src.Project, src.Snapshot)
				return saveError(out, err, outReadOnlyHint)
			}
		}
	}
	snap, err := store.TakeSnapshot(out)
	if err != nil {
		return err
	}
	_, err = store.SaveChecked(out, p, snap)
	return saveError(out, err, outReadOnlyHint)
}

// outReadOnlyHint says what to do about a read-only file named by -o.
const outReadOnlyHint = "make it writable, or give -o another file name"

// sameFile reports whether paths a and b name one existing file (through
// links, or two spellings of one path).
func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}
