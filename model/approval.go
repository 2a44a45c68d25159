package model

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// RubricDigest returns a hash of what an approver agrees to in r: its title
// and description, its levels (label and points), its criteria (title,
// weight, description, range scoring and each rating's name, points and
// descriptor), in order, and whether it is unscored. Ids, updated times,
// outcome links, the copied-from note and the approvals themselves are left
// out, so only a change students or markers would see makes an approval stale.
func RubricDigest(r *Rubric) string {
	pb := digestBufs.Get().(*fieldBuf)
	b := (*pb)[:0]
	b.put(r.Title)
	b.put(r.Description)
	b.int(len(r.Levels))
	for i := range r.Levels {
		b.put(r.Levels[i].Label)
		b.num(r.Levels[i].Points)
	}
	b.int(len(r.Criteria))
	for i := range r.Criteria {
		c := &r.Criteria[i]
		b.put(c.Title)
		b.int(c.Weight)
		for _, l := range r.Levels {
			d, ok := c.Descriptors[l.ID]
			if !ok {
				b.put("\x00none")
				continue
			}
			b.put(d)
		}
		b.ratings(r, c)
	}
	if r.Unscored {
		b.put("\x00unscored")
	}
	sum := sha256.Sum256(b)
	*pb = b
	digestBufs.Put(pb)
	return hex.EncodeToString(sum[:16])
}

// ratings adds what a criterion says beyond its title, weight and
// descriptors (its description, range scoring, and ratings with their own
// name, points or none at all) only when it says any of it, so that the
// digests of rubrics without these stay as they were.
func (b *fieldBuf) ratings(r *Rubric, c *Criterion) {
	if c.Description == "" && !c.Range && len(c.Unused) == 0 && len(c.Labels) == 0 && len(c.Points) == 0 {
		return
	}
	b.put("\x00ratings")
	b.put(c.Description)
	b.put(strconv.FormatBool(c.Range))
	for i := range r.Levels {
		if !c.Offers(r.Levels[i].ID) {
			b.put("\x00unused")
			continue
		}
		rt := c.Rating(&r.Levels[i])
		b.put(rt.Label)
		b.num(rt.Points)
	}
}

// digestBufs keeps the buffers of RubricDigest, which runs on every edit of
// a rubric in the editor, so that its cost does not grow with the rubric.
var digestBufs = sync.Pool{New: func() any { b := make(fieldBuf, 0, 1024); return &b }}

// fieldBuf collects the fields of a digest, each with its length first, so
// that no two lists of fields hash alike; it hashes once, at the end, so a
// digest costs the same few allocations however large the rubric.
type fieldBuf []byte

func (b *fieldBuf) put(s string) {
	*b = strconv.AppendInt(*b, int64(len(s)), 10)
	*b = append(*b, ':')
	*b = append(*b, s...)
}

func (b *fieldBuf) int(n int) {
	var tmp [24]byte
	b.put(string(strconv.AppendInt(tmp[:0], int64(n), 10)))
}

func (b *fieldBuf) num(v float64) {
	var tmp [32]byte
	b.put(string(strconv.AppendFloat(tmp[:0], v, 'g', -1, 64)))
}

// ApprovalStatus says whether a rubric's approvals still hold.
type ApprovalStatus string

// Approval statuses of a rubric.
const (
	// NotApproved means nobody has approved the rubric.
	NotApproved ApprovalStatus = "none"
	// Approved means every approver's latest approval matches the rubric as it is.
	Approved ApprovalStatus = "approved"
	// ApprovalStale means the rubric changed after someone's latest approval.
	ApprovalStale ApprovalStatus = "stale"
)

// ApprovalState says whether r is approved as it is now, was approved but
// has changed since (stale), or was never approved.
func ApprovalState(r *Rubric) ApprovalStatus {
	if len(r.Approvals) == 0 {
		return NotApproved
	}
	if len(StaleApprovals(r)) > 0 {
		return ApprovalStale
	}
	return Approved
}

// LatestApprovals returns each approver's most recent approval of r, in the
// order the approvers first approved.
func LatestApprovals(r *Rubric) []Approval {
	var out []Approval
	at := map[string]int{}
	for _, a := range r.Approvals {
		i, seen := at[a.By]
		switch {
		case !seen:
			at[a.By] = len(out)
			out = append(out, a)
		case !a.At.Before(out[i].At):
			out[i] = a
		}
	}
	return out
}

// StaleApprovals returns the latest approvals of r that no longer match its
// content: the approvers who should look at the rubric again.
func StaleApprovals(r *Rubric) []Approval {
	digest := RubricDigest(r)
	var out []Approval
	for _, a := range LatestApprovals(r) {
		if a.Digest != digest {
			out = append(out, a)
		}
	}
	return out
}

// Approve records that by, in role, approved the rubric with id as it is
// when the edit is applied; a zero at means the time of the edit. Approving
// does not change the rubric's content or its updated time.
func Approve(rubricID, by, role string, at time.Time) Edit {
	return &approveEdit{rubric: rubricID, a: Approval{By: by, Role: role, At: at.UTC()}}
}

type approveEdit struct {
	rubric string
	a      Approval
	fixed  bool // the digest is set: redo puts back exactly the approval undone
}

func (e *approveEdit) targets() []string { return []string{e.rubric} }

func (e *approveEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	r := p.Rubric(e.rubric)
	if r == nil {
		return nil, "", fmt.Errorf("approve: no rubric with id %q", e.rubric)
	}
	a := e.a
	if a.By == "" {
		return nil, "", errors.New("approve: say who approves")
	}
	if a.At.IsZero() {
		a.At = now
	}
	if !e.fixed {
		a.Digest = RubricDigest(r)
		for _, x := range LatestApprovals(r) {
			if x.By == a.By && x.Digest == a.Digest {
				return nil, "", fmt.Errorf("approve: %s already approved rubric %q as it is now", a.By, r.Title)
			}
		}
	}
	e.a, e.fixed = a, true
	summary := fmt.Sprintf("%s approved rubric %q", a.By, r.Title)
	for i, x := range r.Approvals {
		if x.By == a.By && x.At.Equal(a.At) {
			// A second approval within the same second replaces the first.
			r.Approvals[i] = a
			return &approveEdit{rubric: e.rubric, a: x, fixed: true}, summary, nil
		}
	}
	r.Approvals = append(r.Approvals, a)
	return &unapproveEdit{rubric: e.rubric, by: a.By, at: a.At}, summary, nil
}

// unapproveEdit takes one approval back out: the inverse of Approve.
type unapproveEdit struct {
	rubric, by string
	at         time.Time
}

func (e *unapproveEdit) targets() []string { return []string{e.rubric} }

func (e *unapproveEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	r := p.Rubric(e.rubric)
	if r == nil {
		return nil, "", fmt.Errorf("withdraw approval: no rubric with id %q", e.rubric)
	}
	for i, a := range r.Approvals {
		if a.By == e.by && a.At.Equal(e.at) {
			r.Approvals = append(r.Approvals[:i:i], r.Approvals[i+1:]...)
			if len(r.Approvals) == 0 {
				r.Approvals = nil
			}
			return &approveEdit{rubric: e.rubric, a: a, fixed: true}, fmt.Sprintf("Withdrew %s's approval of rubric %q", a.By, r.Title), nil
		}
	}
	return nil, "", fmt.Errorf("withdraw approval: %s has no approval of rubric %q at %s", e.by, r.Title, e.at.Format(time.RFC3339))
}

// OpenRubricComments counts the open comments (suggested wording included)
// on the rubric with id rubricID or on any of its levels and criteria: the
// questions still waiting for an answer when someone approves it.
func OpenRubricComments(p *Project, rubricID string) int {
	r := p.Rubric(rubricID)
	if r == nil {
		return 0
	}
	on := map[string]bool{r.ID: true}
	for i := range r.Levels {
		on[r.Levels[i].ID] = true
	}
	for i := range r.Criteria {
		on[r.Criteria[i].ID] = true
	}
	n := 0
	for _, c := range p.Comments {
		if on[c.Target] && IsOpen(c) {
			n++
		}
	}
	return n
}

// ParseUserRole reads a role a person gives for themselves (in comments,
// approvals and locks) as one of UserRoles: the key itself, or the words
// the editor shows for it, in any case ("Industry partner", or "industry"
// for short, is "partner"). ok is false for anything else.
func ParseUserRole(s string) (role string, ok bool) {
	k := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " "))
	switch k {
	case "teacher", "coordinator", "partner":
		return k, true
	case "industry partner", "industry":
		return "partner", true
	}
	return "", false
}
