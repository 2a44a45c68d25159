package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"coplan/model"
)

// historyFolder is the folder of DataDir that holds the revision history.
const historyFolder = "revisions"

// ErrNoBase means the revision history holds no version both sides of a
// merge were derived from; merge without a base then.
var ErrNoBase = errors.New("no common base in the revision history")

// maxAncestors bounds how far FindBase walks back through a history.
const maxAncestors = 20000

var revisionPattern = regexp.MustCompile(`^[0-9a-f]{8,64}$`)

// Remember keeps a copy of p in the revision history, so that a later merge
// finds the version two copies were derived from. Call it for every unit
// opened and after every save (SaveChecked does). The copy is named by its
// content revision, so remembering a revision twice costs nothing. It
// returns that revision; p itself is not changed.
func Remember(p *model.Project) (string, error) {
	c := p.Clone()
	Stamp(c)
	if err := rememberStamped(c, nil); err != nil {
		return "", err
	}
	return c.Revision, nil
}

// RememberMerge records that the saved merge result p descends from the
// revisions of both sides (the file itself names only one parent), so the
// next merge of these copies finds the nearest base. Call it after saving
// the merged unit.
func RememberMerge(p *model.Project, parents ...string) error {
	c := p.Clone()
	Stamp(c)
	return rememberStamped(c, parents)
}

func rememberStamped(p *model.Project, extra []string) error {
	dir, err := dataSubdir(filepath.Join(historyFolder, unitFolder(p.ID)))
	if err != nil {
		return fmt.Errorf("remember revision: %w", err)
	}
	file := filepath.Join(dir, p.Revision+Extension)
	added := false
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		if err := writeAtomic(file, model.Encode(p)); err != nil {
			return fmt.Errorf("remember revision %s: %w", p.Revision, err)
		}
		added = true
	}
	if _, err := os.Stat(digestsPath(file)); err != nil {
		_ = writeDigests(file, p) // only speeds up ApprovedRubric, which lists a revision without one
	}
	parents := parentsOf(dir, p.Revision)
	changed := false
	for _, rev := range append([]string{p.Parent}, extra...) {
		if revisionPattern.MatchString(rev) && rev != p.Revision && !contains(parents, rev) {
			parents = append(parents, rev)
			changed = true
		}
	}
	if changed {
		data := []byte(strings.Join(parents, "\n") + "\n")
		if err := writeAtomic(filepath.Join(dir, p.Revision+".parents"), data); err != nil {
			return fmt.Errorf("remember the parents of revision %s: %w", p.Revision, err)
		}
	}
	// Seen now: the revision and those it came from are the likeliest
	// bases of the next merge, so pruning keeps them longest.
	touchRevisions(dir, append([]string{p.Revision}, parents...))
	if added {
		pruneHistory(filepath.Dir(dir), dir)
	}
	return nil
}

// unitFolder names the folder of the revision history that holds the
// revisions of the unit with id: a hash, since ids come from files.
func unitFolder(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:12])
}

// historyDirs returns the folders that may hold revisions of the unit id:
// its own folder, and the shared folder of histories from before revisions
// were kept per unit.
func historyDirs(id string) ([]string, error) {
	root, err := DataDir()
	if err != nil {
		return nil, err
	}
	root = filepath.Join(root, historyFolder)
	return []string{filepath.Join(root, unitFolder(id)), root}, nil
}

// parentsOf reads the recorded parents of a revision; none when unknown.
func parentsOf(dir, rev string) []string {
	data, err := os.ReadFile(filepath.Join(dir, rev+".parents"))
	if err != nil {
		return nil
	}
	var out []string
	for _, line := range bytes.Split(data, []byte("\n")) {
		if s := string(bytes.TrimSpace(line)); revisionPattern.MatchString(s) {
			out = append(out, s)
		}
	}
	return out
}

// Recall returns the remembered revision rev of the unit with id.
func Recall(id, rev string) (*model.Project, error) {
	if !revisionPattern.MatchString(rev) {
		return nil, fmt.Errorf("recall revision %q: not a revision", rev)
	}
	dirs, err := historyDirs(id)
	if err != nil {
		return nil, fmt.Errorf("recall revision %s: %w", rev, err)
	}
	var l *Loaded
	for _, dir := range dirs {
		if l, err = Open(filepath.Join(dir, rev+Extension)); err == nil {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("recall revision %s: %w", rev, err)
	}
	if l.Project.ID != id {
		return nil, fmt.Errorf("recall revision %s: it is of another unit", rev)
	}
	return l.Project, nil
}

// Remembered reports whether the revision history holds a unit with p's
// content: p was opened or saved as it is.
func Remembered(p *model.Project) bool {
	dirs, err := historyDirs(p.ID)
	if err != nil {
		return false
	}
	rev := Revision(p)
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, rev+Extension)); err == nil {
			return true
		}
	}
	return false
}

// FindBase returns the nearest version of the unit that both ours and
// theirs descend from, walking back through the revisions each records as
// its parent and the revision history. It may be ours or theirs itself,
// when one side descends from the other. It returns ErrNoBase when the
// history holds no common version, or the two are not the same unit.
func FindBase(ours, theirs *model.Project) (*model.Project, error) {
	if ours.ID != theirs.ID {
		return nil, fmt.Errorf("find base: %w: the files are different units", ErrNoBase)
	}
	dirs, err := historyDirs(ours.ID)
	if err != nil {
		return nil, fmt.Errorf("find base: %w", err)
	}
	recorded := func(rev string) []string {
		var out []string
		for _, dir := range dirs {
			out = append(out, parentsOf(dir, rev)...)
		}
		return out
	}
	o, t := ours.Clone(), theirs.Clone()
	Stamp(o)
	Stamp(t)
	known := map[string]*model.Project{o.Revision: ours, t.Revision: theirs}
	parents := func(rev string) []string {
		switch rev {
		case o.Revision:
			return append([]string{o.Parent}, recorded(rev)...)
		case t.Revision:
			return append([]string{t.Parent}, recorded(rev)...)
		}
		return recorded(rev)
	}
	ancestors := map[string]bool{}
	for _, rev := range walk(o.Revision, parents) {
		ancestors[rev] = true
	}
	for _, rev := range walk(t.Revision, parents) {
		if !ancestors[rev] {
			continue
		}
		if p, ok := known[rev]; ok {
			return p, nil
		}
		if p, err := Recall(ours.ID, rev); err == nil {
			return p, nil
		}
	}
	return nil, fmt.Errorf("find base: %w", ErrNoBase)
}

// walk lists the revisions reachable from start through parents, nearest first.
func walk(start string, parents func(string) []string) []string {
	seen := map[string]bool{}
	var list []string
	queue := []string{start}
	for len(queue) > 0 && len(list) < maxAncestors {
		rev := queue[0]
		queue = queue[1:]
		if !revisionPattern.MatchString(rev) || seen[rev] {
			continue
		}
		seen[rev] = true
		list = append(list, rev)
		queue = append(queue, parents(rev)...)
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
