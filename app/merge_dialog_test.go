package app

import (
	"strings"
	"testing"

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
