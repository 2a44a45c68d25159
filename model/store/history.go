package store

import (
	"bytes"
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
	dir, err := dataSubdir(historyFolder)
	if err != nil {
		return fmt.Errorf("remember revision: %w", err)
	}
	file := filepath.Join(dir, p.Revision+Extension)
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		if err := writeAtomic(file, model.Encode(p)); err != nil {
			return fmt.Errorf("remember revision %s: %w", p.Revision, err)
		}
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
	return nil
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

// Recall returns the remembered unit of revision rev.
func Recall(rev string) (*model.Project, error) {
	if !revisionPattern.MatchString(rev) {
		return nil, fmt.Errorf("recall revision %q: not a revision", rev)
	}
	dir, err := DataDir()
	if err != nil {
		return nil, fmt.Errorf("recall revision %s: %w", rev, err)
	}
	l, err := Open(filepath.Join(dir, historyFolder, rev+Extension))
	if err != nil {
		return nil, fmt.Errorf("recall revision %s: %w", rev, err)
	}
	return l.Project, nil
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
	dir, err := DataDir()
	if err != nil {
		return nil, fmt.Errorf("find base: %w", err)
	}
	dir = filepath.Join(dir, historyFolder)
	o, t := ours.Clone(), theirs.Clone()
	Stamp(o)
	Stamp(t)
	known := map[string]*model.Project{o.Revision: ours, t.Revision: theirs}
	parents := func(rev string) []string {
		switch rev {
		case o.Revision:
			return append([]string{o.Parent}, parentsOf(dir, rev)...)
		case t.Revision:
			return append([]string{t.Parent}, parentsOf(dir, rev)...)
		}
		return parentsOf(dir, rev)
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
		if p, err := Recall(rev); err == nil && p.ID == ours.ID {
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
