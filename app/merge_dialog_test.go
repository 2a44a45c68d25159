package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// TestAMergeKeepsAndNamesWhatTheOtherVersionLacked changes the file on disk
// while the open unit has edits: the version on disk lost a session by hand
// (no deletion recorded). The merge keeps the session and says so, in the
// notice after a clean merge and in the conflict screen when there is one.
func TestAMergeKeepsAndNamesWhatTheOtherVersionLacked(t *testing.T) {
	cases := []struct {
		name     string
		conflict bool
	}{
		{"clean merge", false},
		{"merge with a conflict", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := unit(t, "Solar cars",
				model.Add(model.Session{ID: "s1", Title: "Launch", Date: model.NewDate(2027, 3, 1)}, "", -1),
				model.Add(model.Session{ID: "s2", Title: "Site visit", Date: model.NewDate(2027, 3, 8)}, "", -1))
			c := newTestApp(t)
			path := openUnit(t, c, p)
			c.ed.apply(model.Set("s1", "title", "Launch day"))

			disk, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			disk.Project.Sessions = disk.Project.Sessions[:1] // "Site visit" lost by hand
			if tc.conflict {
				disk.Project.Sessions[0].Title = "Launch night"
			} else {
				disk.Project.Unit.DrivingQuestion = "How fast?"
			}
			if err := store.Save(path, disk.Project); err != nil {
				t.Fatal(err)
			}
			if _, err := c.ed.share.watcher.Check(); err != nil {
				t.Fatal(err)
			}

			if got := c.Document().Project.Session("s2"); got == nil {
				t.Fatalf("the merge dropped the site visit")
			}
			msg := overlayText(c)
			if !strings.Contains(msg, `session "Site visit", not in the version on disk`) || !strings.Contains(msg, "so they were kept") {
				t.Errorf("the kept session is not named: %q", msg)
			}
			if strings.Contains(msg, "s2") {
				t.Errorf("the note shows an id: %q", msg)
			}
			if shown := strings.Contains(msg, "Merge: choose what to keep"); shown != tc.conflict {
				t.Errorf("conflict screen shown %v, want %v: %q", shown, tc.conflict, msg)
			}
		})
	}
}

// TestAMergeWithoutACommonVersionAsksWhichValueIsTheEdit merges a copy with
// no version in common with the open unit: both changed a session (each a
// different field), only the copy changed another. The merge keeps the
// copy's edit of the other session, and for the shared one preselects
// nothing: the user must choose, and choosing keeps both edits.
func TestAMergeWithoutACommonVersionAsksWhichValueIsTheEdit(t *testing.T) {
	p := unit(t, "Solar cars",
		model.Add(model.Session{ID: "s1", Title: "Launch", Minutes: 60}, "", -1),
		model.Add(model.Session{ID: "s2", Title: "Site visit"}, "", -1),
		model.Add(model.Outcome{ID: "o1", Text: "Energy"}, "", -1))
	now := time.Now().UTC()
	p.Sessions[0].Updated, p.Sessions[1].Updated = now.Add(-2*time.Hour), now.Add(-2*time.Hour)
	p.Outcomes[0].Updated = now.Add(-time.Hour) // both still hold it alike: they parted after
	c := newTestApp(t)
	c.now = time.Now
	openUnit(t, c, p)
	theirs := c.Document().Project.Clone()
	later := now.Add(time.Hour)
	theirs.Revision, theirs.Parent = "", ""
	theirs.Sessions[0].Minutes, theirs.Sessions[0].Updated = 90, later
	theirs.Sessions[1].Title, theirs.Sessions[1].Updated = "Site visit at the farm", later
	c.ed.apply(model.Set("s1", "title", "Kick-off"))

	c.mergeWith(theirs, "Zoë's copy", nil)
	if msg := overlayText(c); !strings.Contains(msg, "cannot tell which value is the edit: choose one for each place marked so (2)") {
		t.Fatalf("the screen does not say what to choose: %q", msg)
	}
	apply := button(t, c, "Apply Choices")
	if !apply.Disabled() {
		t.Error("Apply Choices is enabled before the unsure places are chosen")
	}
	var choices []*widget.RadioGroup
	for _, o := range objects(c) {
		if r, ok := o.(*widget.RadioGroup); ok {
			choices = append(choices, r)
		}
	}
	if len(choices) != 3 || choices[0].Selected != "" || choices[1].Selected != "" || choices[2].Selected != "Keep Zoë's copy" {
		t.Fatalf("choices %d, preselected %q %q %q", len(choices), choices[0].Selected, choices[1].Selected, choices[2].Selected)
	}
	choices[0].SetSelected("Keep yours")      // the title: ours is the edit
	choices[1].SetSelected("Keep Zoë's copy") // the minutes: theirs is
	if apply.Disabled() {
		t.Fatal("Apply Choices stays disabled once each place is chosen")
	}
	test.Tap(apply)
	got := c.Document().Project
	if s1, s2 := got.Session("s1"), got.Session("s2"); s1.Title != "Kick-off" || s1.Minutes != 90 || s2.Title != "Site visit at the farm" {
		t.Errorf("an edit was lost: %q %d minutes, %q", s1.Title, s1.Minutes, s2.Title)
	}
}
