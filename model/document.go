package model

import (
	"errors"
	"strings"
	"time"
)

// Document is a Project being edited: it applies edits, keeps the undo and
// redo history, knows whether there are unsaved changes, and tells listeners
// what changed. It is not safe for use from several goroutines at once.
type Document struct {
	Project *Project
	// Now gives the time edits are stamped with; tests may replace it.
	Now func() time.Time

	undo, redo []step
	serial     int
	savedAt    int // serial of the top undo step when last saved (0: none)
	listeners  []func(Change)
}

// step is one entry of the undo or redo history.
type step struct {
	inverse Edit
	label   string
	serial  int
	at      time.Time
	typing  string // id and path of a Set, so keystrokes can coalesce
}

// Change tells listeners what an edit, undo or redo touched.
type Change struct {
	// IDs are the entities changed; the project's id stands for the unit's own fields.
	IDs []string
	// Structural is true when entities were added, removed or reordered.
	Structural bool
	// Summary says in words what happened, such as "Deleted expert "Ana"".
	Summary string
}

// CoalesceWindow is how close together edits of one field must be to undo as one step.
const CoalesceWindow = 2 * time.Second

// NewDocument wraps p for editing.
func NewDocument(p *Project) *Document {
	return &Document{Project: p, Now: func() time.Time { return time.Now().UTC().Truncate(time.Second) }}
}

// OnChange registers fn to be called after every edit, undo and redo.
func (d *Document) OnChange(fn func(Change)) { d.listeners = append(d.listeners, fn) }

// Apply makes an edit, records how to undo it, and returns a summary of what
// it did. Quick successive Sets of the same field undo as one step.
func (d *Document) Apply(e Edit) (string, error) {
	if e == nil {
		return "", errors.New("no edit")
	}
	now := d.Now()
	inv, summary, err := e.apply(d.Project, now)
	if err != nil {
		return "", err
	}
	d.Project.Updated = now
	d.redo = nil
	typing := ""
	if s, ok := e.(*setEdit); ok {
		typing = s.id + "\x00" + s.path
	}
	if n := len(d.undo); typing != "" && n > 0 && d.undo[n-1].typing == typing &&
		now.Sub(d.undo[n-1].at) < CoalesceWindow && d.undo[n-1].serial != d.savedAt {
		d.undo[n-1].at = now        // keep the older inverse: it restores the text before typing began
		d.undo[n-1].label = summary // and the newer words: a title names the entity as typed
	} else {
		d.serial++
		d.undo = append(d.undo, step{inverse: inv, label: summary, serial: d.serial, at: now, typing: typing})
	}
	d.notify(e, summary)
	return summary, nil
}

// Undo reverts the last edit. It reports false when there is nothing to undo.
func (d *Document) Undo() (string, bool) { return d.travel(&d.undo, &d.redo, "Undid: ") }

// Redo makes the last undone edit again. It reports false when there is nothing to redo.
func (d *Document) Redo() (string, bool) { return d.travel(&d.redo, &d.undo, "Redid: ") }

func (d *Document) travel(from, to *[]step, verb string) (string, bool) {
	n := len(*from)
	if n == 0 {
		return "", false
	}
	s := (*from)[n-1]
	*from = (*from)[:n-1]
	now := d.Now()
	inv, _, err := s.inverse.apply(d.Project, now)
	if err != nil {
		// The history no longer fits the document (it never should): drop it.
		d.undo, d.redo = nil, nil
		return "", false
	}
	d.Project.Updated = now
	*to = append(*to, step{inverse: inv, label: s.label, serial: s.serial, at: time.Time{}})
	summary := verb + lowerFirst(s.label)
	d.notify(s.inverse, summary)
	return summary, true
}

func (d *Document) notify(e Edit, summary string) {
	c := Change{IDs: e.targets(), Summary: summary}
	switch e.(type) {
	case *setEdit:
	default:
		c.Structural = true
	}
	for _, fn := range d.listeners {
		fn(c)
	}
}

// CanUndo reports whether there is an edit to undo, and its label.
func (d *Document) CanUndo() (string, bool) { return topLabel(d.undo) }

// CanRedo reports whether there is an edit to redo, and its label.
func (d *Document) CanRedo() (string, bool) { return topLabel(d.redo) }

func topLabel(s []step) (string, bool) {
	if len(s) == 0 {
		return "", false
	}
	return s[len(s)-1].label, true
}

// Dirty reports whether the document differs from what was last saved.
func (d *Document) Dirty() bool { return d.top() != d.savedAt }

// MarkSaved records that the document as it is now has been saved.
func (d *Document) MarkSaved() { d.savedAt = d.top() }

func (d *Document) top() int {
	if len(d.undo) == 0 {
		return 0
	}
	return d.undo[len(d.undo)-1].serial
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
