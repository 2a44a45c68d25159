package store

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"coplan/model"
)

// ErrApprovedGone means no version of a rubric as someone approved it is
// at hand: the revision history no longer holds it (it keeps only the
// most recent revisions) or the approval was made on another computer.
var ErrApprovedGone = errors.New("the approved version is no longer in this computer's history")

// digestsSuffix names the file beside each revision of the history that
// lists the digests of its rubrics, a line each, so that finding the
// version someone approved reads one small file per revision instead of
// decoding each.
const digestsSuffix = ".rubrics"

// digestsPath is where the digests of the revision kept at path are listed.
func digestsPath(path string) string { return strings.TrimSuffix(path, Extension) + digestsSuffix }

// writeDigests lists the digests of p's rubrics beside its revision, kept at path.
func writeDigests(path string, p *model.Project) error {
	var b strings.Builder
	for i := range p.Rubrics {
		b.WriteString(model.RubricDigest(&p.Rubrics[i]) + "\n")
	}
	return writeAtomic(digestsPath(path), []byte(b.String()))
}

// ApprovedRubric returns the rubric as approval a saw it: a rubric whose
// digest (see model.RubricDigest) equals the approval's. It looks in the
// versions given first (say the unit as opened, or its backup), then in
// the revision history of p's unit, most recently used first, decoding
// only a revision whose list of digests names the approval's (or that has
// no list yet: it gets one). It returns ErrApprovedGone, wrapped, when none
// of them has it.
func ApprovedRubric(p *model.Project, a model.Approval, also ...*model.Project) (*model.Rubric, error) {
	if a.Digest == "" {
		return nil, fmt.Errorf("find the approved rubric: the approval by %s records no content: %w", a.By, ErrApprovedGone)
	}
	for _, q := range also {
		if r := rubricWithDigest(q, a.Digest); r != nil {
			return r, nil
		}
	}
	dirs, err := historyDirs(p.ID)
	if err != nil {
		return nil, fmt.Errorf("find the approved rubric: %w", err)
	}
	for _, dir := range dirs {
		for _, f := range listHistory(dir, Extension) {
			listed, err := os.ReadFile(digestsPath(f.path))
			if err == nil && !slices.Contains(strings.Fields(string(listed)), a.Digest) {
				continue
			}
			l, err := Open(f.path)
			if err != nil || l.Project.ID != p.ID {
				continue // a damaged copy, or another unit's in the shared folder
			}
			if listed == nil {
				_ = writeDigests(f.path, l.Project) // from before the lists were kept: list it now
			}
			if r := rubricWithDigest(l.Project, a.Digest); r != nil {
				return r, nil
			}
		}
	}
	return nil, fmt.Errorf("find the approved rubric: %w", ErrApprovedGone)
}

// rubricWithDigest returns a copy of the rubric of p whose content has
// digest, or nil.
func rubricWithDigest(p *model.Project, digest string) *model.Rubric {
	if p == nil {
		return nil
	}
	for i := range p.Rubrics {
		if model.RubricDigest(&p.Rubrics[i]) == digest {
			c := p.Clone()
			return &c.Rubrics[i]
		}
	}
	return nil
}
