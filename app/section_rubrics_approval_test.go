package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// overlayWords gathers the text of the dialogs shown over the window, a
// line for each rich text (every label shows its text through one) and
// each wording compared.
func overlayWords(c *App) string {
	var b strings.Builder
	for _, o := range c.win.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			switch w := x.(type) {
			case *widget.RichText:
				b.WriteString(w.String() + "\n")
			case *markedText:
				b.WriteString(w.String() + "\n")
			}
		}
	}
	return b.String()
}

func TestWhatChangedSinceAnApprovalListsTheChangesInADialog(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	p, rubric, criterion, level := rubricUnit(t)
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	openUnit(t, c, p) // opening keeps the unit, as approved below, in the history
	c.ed.reveal(rubric, "")

	// Two open comments on the rubric's parts: approving asks first, and
	// Cancel, the safe choice, approves nothing.
	c.ed.apply(model.Add(model.Comment{Target: criterion, Author: "Ana", Text: "Clearer?", Status: model.StatusOpen}, "", -1))
	c.ed.apply(model.Add(model.Comment{Target: level, Author: "Ana", Text: "Rename?"}, "", -1))
	test.Tap(button(t, c, "Approve Rubric"))
	if !strings.Contains(overlayText(c), "This rubric has 2 open comments that nobody has accepted or rejected yet.") {
		t.Fatalf("approving with open comments does not warn: %q", overlayText(c))
	}
	if f, ok := c.win.Canvas().Focused().(*keyButton); !ok || f.Text != "Cancel" {
		t.Errorf("the focused choice is %v, not Cancel", c.win.Canvas().Focused())
	}
	test.Tap(button(t, c, "Cancel"))
	if n := len(c.Document().Project.Rubric(rubric).Approvals); n != 0 {
		t.Fatalf("Cancel approved the rubric: %d approvals", n)
	}
	test.Tap(button(t, c, "Approve Rubric"))
	test.Tap(button(t, c, "Approve Anyway"))
	if hasButton(c, "What changed since Zoë Ødegaard approved it") {
		t.Error("what changed is offered for an approval that still holds")
	}

	c.ed.apply(model.Set(criterion, "descriptors."+level, "Tests once and records it."))
	c.ed.apply(model.Set(criterion, "title", "Fair tests"))
	c.ed.apply(model.Add(model.Level{Label: "Exceeding", Points: 3}, rubric, -1))
	test.Tap(button(t, c, "What changed since Zoë Ødegaard approved it"))

	got := overlayWords(c)
	for _, want := range []string{
		"Rubric “Design report” as it is now, compared with the version Zoë Ødegaard (Industry partner) approved on",
		"Added level “Exceeding” (3 points)",
		"Criterion “Fair testing” renamed to “Fair tests”",
		"Descriptor of “Fair tests” at level “Beginning”",
		"Tests once.\n", // as approved
		"Tests once and records it.\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the dialog lacks %q; it shows:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "renamed") + strings.Count(got, "Added") + strings.Count(got, "Descriptor of"); n != 3 {
		t.Errorf("the dialog lists %d changes, want 3:\n%s", n, got)
	}
	test.Tap(button(t, c, "Close"))
	if len(c.win.Canvas().Overlays().List()) != 0 {
		t.Error("Close left the dialog open")
	}
}

func TestWhatChangedSaysSoWhenTheApprovedVersionIsGone(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	p, rubric, criterion, _ := rubricUnit(t)
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	openUnit(t, c, p)
	c.ed.reveal(rubric, "")
	test.Tap(button(t, c, "Approve Rubric"))
	c.ed.apply(model.Set(criterion, "title", "Fair tests"))
	t.Setenv(store.DataDirEnv, t.TempDir()) // as on a computer that never had the approved version

	test.Tap(button(t, c, "What changed since Zoë Ødegaard approved it"))
	if got := overlayWords(c); !strings.Contains(got, "The version Zoë Ødegaard (Industry partner) approved on") ||
		!strings.Contains(got, "is no longer in this computer's history") {
		t.Errorf("the dialog does not say the version is gone:\n%s", got)
	}
}

func TestWhatChangedFindsAnApprovalMadeAfterUnsavedEdits(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	p, rubric, criterion, _ := rubricUnit(t)
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	openUnit(t, c, p)
	c.ed.reveal(rubric, "")
	c.ed.apply(model.Set(criterion, "title", "Fair tests")) // not saved
	test.Tap(button(t, c, "Approve Rubric"))
	c.ed.apply(model.Set(criterion, "title", "Fair tests, three runs"))

	test.Tap(button(t, c, "What changed since Zoë Ødegaard approved it"))
	if got := overlayWords(c); !strings.Contains(got, "Criterion “Fair tests” renamed to “Fair tests, three runs”") {
		t.Errorf("the dialog does not list the change since the approval:\n%s", got)
	}
}
