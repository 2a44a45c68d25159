package model

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

// AddComment adds review feedback on the entity c.Target. A suggestion needs
// the field it would replace (c.Field, a toml path such as "title" or
// "descriptors.<level id>") and must fit that field. Missing parts are filled
// in: a fresh id, status open, and the time of the edit as c.At.
func AddComment(c Comment) Edit { return &addCommentEdit{c: c} }

type addCommentEdit struct{ c Comment }

func (e *addCommentEdit) targets() []string { return []string{e.c.ID, e.c.Target} }

func (e *addCommentEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	c := e.c
	if strings.TrimSpace(c.Text) == "" && c.Suggestion == "" {
		return nil, "", errors.New("comment: write some text or a suggestion")
	}
	loc, ok := locate(p, c.Target)
	if !ok {
		return nil, "", fmt.Errorf("comment: no entity with id %q to comment on", c.Target)
	}
	if loc.kind == KindComment {
		return nil, "", errors.New("comment: a comment cannot be about another comment")
	}
	about := p.Index()[c.Target].Describe()
	if c.Suggestion != "" && c.Field == "" {
		return nil, "", fmt.Errorf("comment on %s: a suggestion needs the field it would replace", about)
	}
	if c.Field != "" {
		if _, err := fieldSlot(loc.elem, c.Field); err != nil {
			return nil, "", fmt.Errorf("comment on %s: %w", about, err)
		}
	}
	if c.Suggestion != "" {
		if _, err := suggestionValue(p, c.Target, c.Field, c.Suggestion); err != nil {
			return nil, "", fmt.Errorf("comment on %s: %w", about, err)
		}
	}
	if c.ID == "" {
		c.ID = NewID()
	}
	if c.Status == "" {
		c.Status = StatusOpen
	}
	if c.At.IsZero() {
		c.At = now
	}
	inv, _, err := Add(c, "", -1).apply(p, now)
	if err != nil {
		return nil, "", fmt.Errorf("comment on %s: %w", about, err)
	}
	e.c = c // redo adds the same comment
	return inv, "Commented on " + about, nil
}

// AcceptComment marks an open comment accepted and, when it suggests text,
// puts that text into its target's field, as one undoable step.
func AcceptComment(id string) Edit { return &reviewEdit{id: id, status: StatusAccepted} }

// RejectComment marks an open comment rejected; its suggestion is not applied.
func RejectComment(id string) Edit { return &reviewEdit{id: id, status: StatusRejected} }

// ResolveComment marks a comment resolved: dealt with, no longer open.
func ResolveComment(id string) Edit { return &reviewEdit{id: id, status: StatusResolved} }

// ReopenComment makes a comment open again. An accepted suggestion stays in
// place; undo the acceptance to take it back out.
func ReopenComment(id string) Edit { return &reviewEdit{id: id, status: StatusOpen} }

type reviewEdit struct {
	id     string
	status CommentStatus
}

func (e *reviewEdit) targets() []string { return []string{e.id} }

func (e *reviewEdit) apply(p *Project, now time.Time) (Edit, string, error) {
	c := p.Comment(e.id)
	if c == nil {
		return nil, "", fmt.Errorf("review: no comment with id %q", e.id)
	}
	who := fmt.Sprintf("comment by %q", c.Author)
	switch {
	case c.Status == e.status:
		return nil, "", fmt.Errorf("review: the %s is already %s", who, e.status)
	case (e.status == StatusAccepted || e.status == StatusRejected) && c.Status != StatusOpen && c.Status != "":
		return nil, "", fmt.Errorf("review: the %s is %s; reopen it first", who, c.Status)
	}
	var edits []Edit
	summary := capitalise(e.verb()) + " " + who
	if e.status == StatusAccepted && c.Suggestion != "" {
		if _, ok := locate(p, c.Target); !ok {
			return nil, "", fmt.Errorf("review: the %s is about something that is no longer in the unit", who)
		}
		v, err := suggestionValue(p, c.Target, c.Field, c.Suggestion)
		if err != nil {
			return nil, "", fmt.Errorf("review: accept the %s: %w", who, err)
		}
		if err := checkSuggestion(p, c.Target, c.Field, v, now); err != nil {
			return nil, "", fmt.Errorf("review: accept the %s: %w", who, err)
		}
		edits = append(edits, Set(c.Target, c.Field, v))
		summary += " and changed " + p.DescribeField(c.Target, c.Field)
	}
	edits = append(edits, Set(c.ID, "status", e.status))
	inv, _, err := Batch(summary, edits...).apply(p, now)
	if err != nil {
		return nil, "", fmt.Errorf("review: %w", err)
	}
	return inv, summary, nil
}

func (e *reviewEdit) verb() string {
	switch e.status {
	case StatusOpen:
		return "reopened"
	case StatusAccepted:
		return "accepted"
	case StatusRejected:
		return "rejected"
	}
	return "resolved"
}

// Comment returns the comment with id, or nil.
func (p *Project) Comment(id string) *Comment {
	for i := range p.Comments {
		if p.Comments[i].ID == id {
			return &p.Comments[i]
		}
	}
	return nil
}

// suggestionValue turns suggested text into a value for the field at path of
// the entity with id: a number for minutes or points, a list for year levels
// (one per line or separated by commas), the text itself for text and dates.
func suggestionValue(p *Project, id, path, text string) (any, error) {
	cur, err := p.Field(id, path)
	if err != nil {
		return nil, err
	}
	trimmed := strings.TrimSpace(text)
	switch cur.(type) {
	case nil, string, Date, Clock:
		return text, nil
	case int:
		n, err := strconv.Atoi(trimmed)
		if err != nil {
			return nil, fmt.Errorf("%s needs a whole number, not %q", p.FieldName(id, path), text)
		}
		return n, nil
	case float64:
		f, err := strconv.ParseFloat(trimmed, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%s needs a number, not %q", p.FieldName(id, path), text)
		}
		return f, nil
	case bool:
		switch strings.ToLower(trimmed) {
		case "yes", "true", "done":
			return true, nil
		case "no", "false", "not done":
			return false, nil
		}
		return nil, fmt.Errorf("%s needs yes or no, not %q", p.FieldName(id, path), text)
	case []string:
		return splitList(text), nil
	}
	return nil, fmt.Errorf("%s cannot take suggested text", p.FieldName(id, path))
}

// checkSuggestion tries the suggested value on a copy of p and refuses it
// when it would give the target an error that validation did not find before.
func checkSuggestion(p *Project, id, path string, v any, now time.Time) error {
	errorsOn := func(q *Project) map[string]bool {
		m := map[string]bool{}
		for _, d := range Validate(q) {
			if d.Severity == Error && d.EntityID == id {
				m[d.Message] = true
			}
		}
		return m
	}
	before := errorsOn(p)
	trial := p.Clone()
	if _, _, err := Set(id, path, v).apply(trial, now); err != nil {
		return err
	}
	for msg := range errorsOn(trial) {
		if !before[msg] {
			return fmt.Errorf("the suggestion would leave an error: %s", msg)
		}
	}
	return nil
}

// Wording writes a field's value as the text a suggestion for it would
// replace, in the words suggested text is read with: a list joined with
// ", ", a tick as yes or no, a number in its shortest form.
func Wording(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []string:
		return strings.Join(x, ", ")
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		if x {
			return "yes"
		}
		return "no"
	}
	return fmt.Sprint(v)
}

// splitList reads a list written one item per line or separated by commas.
func splitList(text string) []string {
	sep := ","
	if strings.Contains(text, "\n") {
		sep = "\n"
	}
	var out []string
	for _, s := range strings.Split(text, sep) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// CommentFilter selects comments for a review list. The zero filter selects all.
type CommentFilter struct {
	// OpenOnly keeps only open comments.
	OpenOnly bool
	// Author keeps only comments by this author, when set.
	Author string
	// Entity keeps only comments on this entity and, for a rubric, on its
	// levels and criteria, when set.
	Entity string
}

// FilterComments returns the comments of p that f selects, in file order.
func FilterComments(p *Project, f CommentFilter) []Comment {
	var within map[string]bool
	if f.Entity != "" {
		within = map[string]bool{f.Entity: true}
		if r := p.Rubric(f.Entity); r != nil {
			for _, id := range childIDs(*r) {
				within[id] = true
			}
		}
	}
	var out []Comment
	for _, c := range p.Comments {
		switch {
		case f.OpenOnly && !IsOpen(c):
		case f.Author != "" && c.Author != f.Author:
		case within != nil && !within[c.Target]:
		default:
			out = append(out, c)
		}
	}
	return out
}

// IsOpen reports whether a comment still waits for an answer.
func IsOpen(c Comment) bool { return c.Status == StatusOpen || c.Status == "" }

// OpenComments counts the open comments on the entity with targetID.
func OpenComments(p *Project, targetID string) int {
	n := 0
	for _, c := range p.Comments {
		if c.Target == targetID && IsOpen(c) {
			n++
		}
	}
	return n
}

// OpenCommentCounts maps each entity id to its number of open comments, for
// lists that show a count on every row.
func OpenCommentCounts(p *Project) map[string]int {
	m := map[string]int{}
	for _, c := range p.Comments {
		if IsOpen(c) {
			m[c.Target]++
		}
	}
	return m
}

// CommentAuthors lists the authors of p's comments, sorted, each once.
func CommentAuthors(p *Project) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range p.Comments {
		if !seen[c.Author] {
			seen[c.Author] = true
			out = append(out, c.Author)
		}
	}
	sort.Strings(out)
	return out
}
