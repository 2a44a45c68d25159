package store

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// KeepRevisions is how many revisions of one unit the history keeps: the
// ones used most recently (opened, saved, or the parent of one of those).
const KeepRevisions = 100

// keepParents is how many records of parents (a line each, tiny) the
// history keeps per unit, so that the way back to an older base stays
// known after the revision itself was pruned.
const keepParents = 5000

// MaxHistoryBytes caps the size of the whole revision history; past it the
// revisions used least recently go first, whichever unit they belong to.
const MaxHistoryBytes = 64 << 20

// maxHistoryBytes is MaxHistoryBytes; tests lower it.
var maxHistoryBytes int64 = MaxHistoryBytes

// touchRevisions marks the revisions revs in dir as used now.
func touchRevisions(dir string, revs []string) {
	now := time.Now()
	for _, rev := range revs {
		if revisionPattern.MatchString(rev) {
			_ = os.Chtimes(filepath.Join(dir, rev+Extension), now, now)
			_ = os.Chtimes(filepath.Join(dir, rev+".parents"), now, now)
		}
	}
}

// historyFile is one file of the revision history.
type historyFile struct {
	path string
	size int64
	used time.Time
}

// listHistory lists the revisions (or, with suffix ".parents", the parent
// records) in dir, used most recently first.
func listHistory(dir, suffix string) []historyFile {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []historyFile
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), suffix) {
			continue
		}
		if info, err := e.Info(); err == nil {
			out = append(out, historyFile{path: filepath.Join(dir, e.Name()), size: info.Size(), used: info.ModTime()})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].used.After(out[j].used) })
	return out
}

// pruneHistory keeps the revision history within bounds after a revision
// was added to unitDir, a folder of root: that unit keeps its
// KeepRevisions most recently used revisions, and the whole history stays
// under MaxHistoryBytes. Failures are ignored: the history only helps.
func pruneHistory(root, unitDir string) {
	if revs := listHistory(unitDir, Extension); len(revs) > KeepRevisions {
		for _, f := range revs[KeepRevisions:] {
			removeRevision(f.path)
		}
	}
	if parents := listHistory(unitDir, ".parents"); len(parents) > keepParents {
		for _, f := range parents[keepParents:] {
			os.Remove(f.path)
		}
	}
	all := listHistory(root, Extension) // from before the history was kept per unit
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if e.IsDir() {
			all = append(all, listHistory(filepath.Join(root, e.Name()), Extension)...)
		}
	}
	var total int64
	for _, f := range all {
		total += f.size
	}
	if total <= maxHistoryBytes {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i].used.Before(all[j].used) })
	for _, f := range all {
		if total <= maxHistoryBytes {
			break
		}
		if removeRevision(f.path) == nil {
			total -= f.size
		}
	}
}

// removeRevision removes the revision kept at path and the list of its
// rubrics' digests.
func removeRevision(path string) error {
	os.Remove(digestsPath(path))
	return os.Remove(path)
}
