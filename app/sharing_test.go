package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// TestMain keeps every test of the package out of the real data folder and
// stops the sharing timers, which tests run by hand.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "coplan-data-")
	if err != nil {
		panic(err)
	}
	os.Setenv(store.DataDirEnv, dir)
	backgroundTimers = false
	catchSignals = false
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// entry finds the entry with placeholder in the window and its dialogs.
func entry(t testing.TB, c *App, placeholder string) *widget.Entry {
	t.Helper()
	for _, o := range objects(c) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == placeholder {
			return e
		}
		if e, ok := o.(*dialogEntry); ok && e.PlaceHolder == placeholder {
			return &e.Entry
		}
	}
	t.Fatalf("no entry %q", placeholder)
	return nil
}

// selectWith finds the drop-down that offers option.
func selectWith(t testing.TB, c *App, option string) *widget.Select {
	t.Helper()
	for _, o := range objects(c) {
		if s, ok := o.(*widget.Select); ok {
			for _, x := range s.Options {
				if x == option {
					return s
				}
			}
		}
	}
	t.Fatalf("no drop-down offers %q", option)
	return nil
}

// label finds a label whose text contains part.
func label(c *App, part string) *widget.Label {
	for _, o := range objects(c) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && strings.Contains(l.Text, part) {
			return l
		}
	}
	return nil
}

// hasButton reports whether a visible button labelled text is shown.
func hasButton(c *App, text string) bool {
	for _, o := range objects(c) {
		if b, ok := asButton(o); ok && b.Text == text && b.Visible() {
			return true
		}
	}
	return false
}

// rubricUnit is a unit with one rubric of two levels and one criterion.
func rubricUnit(t testing.TB) (p *model.Project, rubric, criterion, level string) {
	t.Helper()
	rubric, criterion, level = model.NewID(), model.NewID(), model.NewID()
	p = unit(t, "Solar cars",
		model.Add(model.Rubric{ID: rubric, Title: "Design report"}, "", -1),
		model.Add(model.Level{ID: level, Label: "Beginning", Points: 1}, rubric, -1),
		model.Add(model.Criterion{ID: criterion, Title: "Fair testing", Weight: 1}, rubric, -1),
		model.Set(criterion, "descriptors."+level, "Tests once."),
	)
	return p, rubric, criterion, level
}

// sayWhoIAm fills in the name and role dialog and saves it.
func sayWhoIAm(t testing.TB, c *App, name string) {
	t.Helper()
	entry(t, c, "for example Zoë Ødegaard").SetText(name)
	test.Tap(button(t, c, "Save"))
}

func TestTheIdentityIsAskedOnceAtTheFirstComment(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges"))
	c.cmdComment()
	if !strings.Contains(overlayText(c), "say who you are") {
		t.Fatalf("the first comment does not ask who is commenting; overlays: %q", overlayText(c))
	}
	sayWhoIAm(t, c, "Ana Teacher")
	if got := c.prefs.identity(); got.Name != "Ana Teacher" || got.Role != "teacher" {
		t.Errorf("identity = %+v", got)
	}
	entry(t, c, "What you would like changed, and why").SetText("Shorter title?")
	test.Tap(button(t, c, "Add Comment"))
	cs := c.Document().Project.Comments
	if len(cs) != 1 || cs[0].Author != "Ana Teacher" || cs[0].Role != "teacher" || cs[0].Target != c.Document().Project.ID {
		t.Fatalf("comments = %+v", cs)
	}

	c.cmdComment()
	if strings.Contains(overlayText(c), "say who you are") {
		t.Error("the name and role are asked a second time")
	}
	entry(t, c, "What you would like changed, and why").SetText("And a subtitle")
	test.Tap(button(t, c, "Add Comment"))
	if n := len(c.Document().Project.Comments); n != 2 {
		t.Errorf("%d comments after the second", n)
	}
}

func TestReviewFiltersByStatusAndAuthorAndRowsCountOpenComments(t *testing.T) {
	p, rubric, _, _ := rubricUnit(t)
	d := model.NewDocument(p)
	for _, cm := range []model.Comment{
		{Target: rubric, Author: "Zoë", Text: "Fine"},
		{Target: rubric, Author: "Ben", Text: "Too long"},
	} {
		if _, err := d.Apply(model.AddComment(cm)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := d.Apply(model.ResolveComment(p.Comments[0].ID)); err != nil {
		t.Fatal(err)
	}
	c := newTestApp(t)
	openUnit(t, c, p)
	v := show(t, c, "review").(*reviewView)
	if len(v.ids) != 2 {
		t.Fatalf("all comments: %d shown", len(v.ids))
	}
	test.Tap(check(t, c, "Open only"))
	if len(v.ids) != 1 || v.ids[0] != p.Comments[1].ID {
		t.Errorf("open only shows %v", v.ids)
	}
	test.Tap(check(t, c, "Open only"))
	selectWith(t, c, "Everyone").SetSelected("Zoë")
	if len(v.ids) != 1 || v.ids[0] != p.Comments[0].ID {
		t.Errorf("by Zoë shows %v", v.ids)
	}
	show(t, c, "rubrics")
	if !hasBadge(c, "1") {
		t.Error("the rubric's row does not count its open comment")
	}
}

func TestApprovingARubricShowsWhoAndGoesStaleOnChange(t *testing.T) {
	p, rubric, criterion, _ := rubricUnit(t)
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	openUnit(t, c, p)
	c.ed.reveal(rubric, "")
	test.Tap(button(t, c, "Approve Rubric"))
	r := c.Document().Project.Rubric(rubric)
	if model.ApprovalState(r) != model.Approved || r.Approvals[0].By != "Zoë Ødegaard" {
		t.Fatalf("approvals = %+v", r.Approvals)
	}
	if label(c, "Approved by Zoë Ødegaard (Industry partner) on") == nil {
		t.Error("no approved mark")
	}
	if !button(t, c, "Approve Rubric").Disabled() {
		t.Error("approving again as it is is offered")
	}
	c.ed.apply(model.Set(criterion, "title", "Fair tests"))
	if label(c, "Changed since Zoë Ødegaard (Industry partner) approved it on") == nil {
		t.Error("no stale mark after a change")
	}
	if button(t, c, "Approve Rubric").Disabled() {
		t.Error("approving again is not offered")
	}
}

// lockedBy writes a lock beside path as another computer's Coplan would.
func lockedBy(t testing.TB, path, name string) {
	t.Helper()
	now := time.Now().UTC().Format(time.RFC3339)
	data := "name = \"" + name + "\"\nrole = \"partner\"\nhost = \"laptop-7\"\npid = 1\nsince = " + now + "\nrefreshed = " + now + "\n"
	if err := os.WriteFile(store.LockPath(path), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestASecondOpenerIsToldAndReadOnlyBlocksSaving(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bridges.coplan.toml")
	if err := store.Save(path, unit(t, "Bridges")); err != nil {
		t.Fatal(err)
	}
	lockedBy(t, path, "Zoë")
	c := newTestApp(t)
	c.Start([]string{path})
	if c.ed != nil {
		t.Fatal("a locked file opened without asking")
	}
	if msg := overlayText(c); !strings.Contains(msg, "Zoë has this unit open in Coplan on laptop-7 since") {
		t.Fatalf("the lock is not explained: %q", msg)
	}
	test.Tap(button(t, c, "Open Read-Only"))
	if c.ed == nil || !c.ed.share.readOnly || label(c, "Read-only: Zoë has this unit open in Coplan") == nil {
		t.Fatal("not open read-only with a banner")
	}
	before := readFile(t, path)
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Towers"))
	c.cmdSave()
	if readFile(t, path) != before || !c.Document().Dirty() {
		t.Error("a read-only unit was saved")
	}
	if !strings.Contains(overlayText(c), "You opened it read-only, so it was not saved") {
		t.Errorf("the refusal is not explained: %q", overlayText(c))
	}
	test.Tap(button(t, c, "Edit anyway"))
	if l, _ := store.ReadLock(path); l == nil || !l.Mine() {
		t.Fatalf("the lock was not taken over: %+v", l)
	}
	c.cmdSave()
	if c.Document().Dirty() || !strings.Contains(readFile(t, path), "Towers") {
		t.Error("saving after taking over did not work")
	}
	c.cmdClose()
	if _, err := os.Stat(store.LockPath(path)); !os.IsNotExist(err) {
		t.Error("closing left the lock file")
	}
}

func TestOpenAnywayTakesTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bridges.coplan.toml")
	if err := store.Save(path, unit(t, "Bridges")); err != nil {
		t.Fatal(err)
	}
	lockedBy(t, path, "Zoë")
	c := newTestApp(t)
	c.prefs.setIdentity(store.Owner{Name: "Ana", Role: "teacher"})
	c.Start([]string{path})
	test.Tap(button(t, c, "Open Anyway"))
	l, _ := store.ReadLock(path)
	if c.ed == nil || c.ed.share.readOnly || l == nil || !l.Mine() || l.Name != "Ana" {
		t.Fatalf("open anyway: lock %+v", l)
	}
}

func TestAnExternalChangeWithoutLocalEditsReloads(t *testing.T) {
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	other, _ := store.Open(path)
	other.Project.Title = "Bridges and towers"
	if err := store.Save(path, other.Project); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ed.share.watcher.Check(); err != nil {
		t.Fatal(err)
	}
	if got := c.Document().Project.Title; got != "Bridges and towers" || c.Document().Dirty() {
		t.Errorf("after the change: title %q, dirty %v", got, c.Document().Dirty())
	}
	if !strings.Contains(c.ed.status.Text, "changed on disk and was reloaded") {
		t.Errorf("status %q", c.ed.status.Text)
	}
}

func TestAnExternalChangeWithLocalEditsMergesAndSaveKeepsBoth(t *testing.T) {
	p, _, criterion, _ := rubricUnit(t)
	c := newTestApp(t)
	path := openUnit(t, c, p)
	c.ed.apply(model.Set(criterion, "title", "Fair tests"))
	other, _ := store.Open(path)
	other.Project.Title = "Solar cars 2"
	if err := store.Save(path, other.Project); err != nil {
		t.Fatal(err)
	}
	if _, err := c.ed.share.watcher.Check(); err != nil {
		t.Fatal(err)
	}
	got := c.Document().Project
	if got.Title != "Solar cars 2" || got.Index()[criterion].Name != "Fair tests" || !c.Document().Dirty() {
		t.Fatalf("merge lost something: title %q, criterion %q", got.Title, got.Index()[criterion].Name)
	}
	// Someone saves again before our save: the save merges first.
	again, _ := store.Open(path)
	again.Project.Unit.DrivingQuestion = "How fast?"
	if err := store.Save(path, again.Project); err != nil {
		t.Fatal(err)
	}
	c.cmdSave()
	saved, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	sp := saved.Project
	if sp.Title != "Solar cars 2" || sp.Unit.DrivingQuestion != "How fast?" || sp.Index()[criterion].Name != "Fair tests" || c.Document().Dirty() {
		t.Errorf("saved %q %q %q, dirty %v", sp.Title, sp.Unit.DrivingQuestion, sp.Index()[criterion].Name, c.Document().Dirty())
	}
}

func TestAutosaveIsOfferedBackByTheNextStart(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Bridges after a crash"))
	c.ed.share.autosave(true)
	if rs, _ := store.Recoverable(); len(rs) != 1 {
		t.Fatalf("%d autosaves", len(rs))
	}

	next := newTestApp(t)
	next.Start(nil)
	msg := overlayText(next)
	if !strings.Contains(msg, "Recover them from") || !strings.Contains(msg, "1 change:") || !strings.Contains(msg, "• Changed Title of the unit") {
		t.Fatalf("the offer does not say what: %q", msg)
	}
	test.Tap(button(t, next, "Recover"))
	if next.ed == nil || next.ed.path != path || !next.Document().Dirty() || next.Document().Project.Title != "Bridges after a crash" {
		t.Fatal("the recovered unit is not open with its changes unsaved")
	}
	next.cmdSave()
	if rs, _ := store.Recoverable(); len(rs) != 0 {
		t.Errorf("a clean save left %d autosaves", len(rs))
	}
}

func TestAnUntitledUnitIsRecoveredAsUnsaved(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	c.Start(nil)
	c.newUnit(nil)
	c.ed.apply(model.Set(c.Document().Project.ID, "title", "Kites"))
	c.ed.share.autosave(true)
	next := newTestApp(t)
	next.Start(nil)
	test.Tap(button(t, next, "Recover"))
	if next.ed == nil || next.ed.path != "" || next.Document().Project.Title != "Kites" || !next.Document().Dirty() {
		t.Fatal("the untitled unit was not recovered")
	}
	if rs, _ := store.Recoverable(); len(rs) != 1 || !isUntitledKey(rs[0].Path) {
		t.Errorf("the recovered unit is not autosaved again: %v", rs)
	}
}

func TestTwoUsersMergeAConflictedCopyAndNothingIsLost(t *testing.T) {
	p, rubric, criterion, level := rubricUnit(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	if err := store.Save(path, p); err != nil {
		t.Fatal(err)
	}
	partnerPath := filepath.Join(t.TempDir(), "solar.coplan.toml")
	if err := os.WriteFile(partnerPath, []byte(readFile(t, path)), 0o644); err != nil {
		t.Fatal(err)
	}

	// The partner comments with new wording, retitles the criterion and approves.
	partner := newTestApp(t)
	partner.prefs.setIdentity(store.Owner{Name: "Zoë Ødegaard", Role: "partner"})
	partner.Start([]string{partnerPath})
	partner.ed.reveal(rubric, "")
	partner.cmdComment()
	selectWith(t, partner, "Description").SetSelected("Description")
	entry(t, partner, "Choose a field above to suggest new wording for it").SetText("How each car was tested and why.")
	entry(t, partner, "What you would like changed, and why").SetText("Say what students hand in?")
	test.Tap(button(t, partner, "Add Comment"))
	partner.ed.apply(model.Set(criterion, "title", "Fair testing (3 runs)"))
	test.Tap(button(t, partner, "Approve Rubric"))
	test.Tap(button(t, partner, "Approve Anyway")) // her own comment is open
	partner.cmdSave()

	// The teacher edits the same rubric in their copy.
	teacher := newTestApp(t)
	teacher.prefs.setIdentity(store.Owner{Name: "Ana", Role: "teacher"})
	teacher.Start([]string{path})
	teacher.ed.apply(model.Set(criterion, "descriptors."+level, "Tests once and records it."))
	teacher.ed.apply(model.Set(criterion, "title", "Fair tests"))
	teacher.cmdSave()
	teacher.cmdClose()

	// The sync tool keeps the partner's version beside the teacher's.
	copyPath := filepath.Join(dir, "solar.sync-conflict-20261120-101500-LAPTOP7.coplan.toml")
	if err := os.WriteFile(copyPath, []byte(readFile(t, partnerPath)), 0o644); err != nil {
		t.Fatal(err)
	}
	teacher.openPath(path)
	if label(teacher, "1 conflicting copy") == nil || !hasButton(teacher, "Review and merge") {
		t.Fatal("no bar for the conflicted copy")
	}
	test.Tap(button(t, teacher, "Review and merge"))
	msg := overlayText(teacher)
	if !strings.Contains(msg, "Fair tests") || !strings.Contains(msg, "Fair testing (3 runs)") {
		t.Fatalf("the conflict is not shown side by side: %q", msg)
	}
	choice := radioWith(t, teacher, "Keep the copy from LAPTOP7")
	choice.SetSelected("Keep the copy from LAPTOP7")
	test.Tap(button(t, teacher, "Apply Choices"))

	got := teacher.Document().Project
	r := got.Rubric(rubric)
	if len(got.Comments) != 1 || len(r.Approvals) != 1 || r.Criteria[0].Title != "Fair testing (3 runs)" ||
		r.Criteria[0].Descriptors[level] != "Tests once and records it." {
		t.Fatalf("the merge lost something: %d comments, %d approvals, criterion %+v", len(got.Comments), len(r.Approvals), r.Criteria[0])
	}
	if _, err := os.Stat(copyPath); !os.IsNotExist(err) {
		t.Error("the merged copy was not moved aside")
	}
	if _, err := os.Stat(filepath.Join(dir, store.MergedFolder, filepath.Base(copyPath))); err != nil {
		t.Error("the merged copy is not kept")
	}
	if hasButton(teacher, "Review and merge") {
		t.Error("the bar stays after merging")
	}
	teacher.ed.reveal(rubric, "")
	if model.ApprovalState(r) != model.ApprovalStale || label(teacher, "Changed since Zoë Ødegaard (Industry partner) approved it on") == nil {
		t.Error("the approval does not show stale")
	}

	// One undo takes the whole merge back; redo brings it again.
	teacher.cmdUndo()
	if len(teacher.Document().Project.Comments) != 0 || teacher.Document().Project.Rubric(rubric).Criteria[0].Title != "Fair tests" {
		t.Fatal("undo did not take the merge back")
	}
	teacher.cmdRedo()

	// The teacher accepts the partner's wording.
	show(t, teacher, "review")
	test.Tap(button(t, teacher, "Accept and use the wording"))
	if d := teacher.Document().Project.Rubric(rubric).Description; d != "How each car was tested and why." {
		t.Errorf("description after accepting: %q", d)
	}
	teacher.cmdSave()
	if teacher.Document().Dirty() || !strings.Contains(readFile(t, path), "How each car was tested and why.") {
		t.Error("the merged unit was not saved")
	}
}

// radioWith finds the radio group that offers option.
func radioWith(t testing.TB, c *App, option string) *widget.RadioGroup {
	t.Helper()
	for _, o := range objects(c) {
		if r, ok := o.(*widget.RadioGroup); ok {
			for _, x := range r.Options {
				if x == option {
					return r
				}
			}
		}
	}
	t.Fatalf("no choice offers %q", option)
	return nil
}

// hasBadge reports whether a row shows an open comment count of text.
func hasBadge(c *App, text string) bool {
	for _, n := range markers(c.win.Content()) {
		if n == text {
			return true
		}
	}
	return false
}
