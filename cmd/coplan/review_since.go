package main

import (
	"errors"
	"fmt"
	"io"

	"coplan/model"
	"coplan/model/store"
)

// reviewSinceApproval prints, for each approver of the rubric query names,
// what changed in it since their latest approval. It finds the version they
// approved in the revision history (or the file's backup) and exits 1 when
// the rubric is unknown, was never approved, or an approved version is gone.
func reviewSinceApproval(l *store.Loaded, query string, stdout, stderr io.Writer) int {
	p := l.Project
	id, err := pick(p, "--since-approval", query, model.KindRubric)
	if err != nil {
		fmt.Fprintf(stderr, "coplan review: %s: %v\n", l.Path, err)
		return 1
	}
	r := p.Rubric(id)
	approvals := model.LatestApprovals(r)
	if len(approvals) == 0 {
		fmt.Fprintf(stderr, "coplan review: %s: rubric %q has not been approved yet; there is nothing to compare it with\n", l.Path, r.Title)
		return 1
	}
	var also []*model.Project
	if b, err := store.Open(store.BackupPath(l.Path)); err == nil && b.Project.ID == p.ID {
		also = append(also, b.Project)
	}
	code := 0
	for i, a := range approvals {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		by, day := who(a.By, a.Role), a.At.UTC().Format("2006-01-02")
		since := fmt.Sprintf("%s approved it on %s", by, day)
		approved, err := store.ApprovedRubric(p, a, also...)
		if err != nil {
			msg := err.Error()
			if errors.Is(err, store.ErrApprovedGone) {
				msg = "the version " + by + " approved on " + day + " is no longer in this computer's revision history (it keeps a unit's 100 most recent revisions), so what changed cannot be listed; ask them to approve it again"
			}
			fmt.Fprintf(stderr, "coplan review: %s: rubric %q: %s\n", l.Path, r.Title, msg)
			code = 1
			continue
		}
		changes := model.RubricChanges(approved, r)
		if len(changes) == 0 {
			fmt.Fprintf(stdout, "No changes since %s\n", since)
			continue
		}
		fmt.Fprintf(stdout, "Changed since %s:\n", since)
		for _, c := range changes {
			fmt.Fprintf(stdout, "  %s\n", c)
		}
	}
	return code
}
