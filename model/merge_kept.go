package model

import "fmt"

// Kept is an entity that one side of a merge no longer had, without a
// tombstone saying it was deleted there (a stale copy, or a hand edit): the
// merge kept it, since only a tombstone deletes.
type Kept struct {
	EntityID string
	Kind     Kind
	// Name is the entity's name, such as a session's title.
	Name string
	// Parent is the rubric that holds a level or criterion.
	Parent string
	// Missing is the side that did not have it.
	Missing Side
}

// String writes the note on one line, in words, naming the side by ours or theirs.
func (k Kept) String() string { return k.Describe(string(k.Missing)) }

// Describe writes the note on one line, calling the side that lacked the
// entity missing (such as its file name).
func (k Kept) Describe(missing string) string {
	return fmt.Sprintf("%s: not in %s, which did not delete it; kept it", describePlain(Ref{Kind: k.Kind, Name: k.Name}), missing)
}

// describePlain is Ref.Describe, but names a comment by its author.
func describePlain(r Ref) string {
	if r.Kind == KindComment && r.Name != "" {
		return "comment by " + r.Name
	}
	return r.Describe()
}
