package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/store"
)

func TestReviewSinceApprovalListsWhatChangedSinceThePartnerApproved(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())

	r := coplan(t, dir, "review", "--since-approval", "Design report", path)
	expect(t, r, 1)
	if want := `rubric "Design report" has not been approved yet`; !strings.Contains(r.stderr, want) || r.stdout != "" {
		t.Errorf("before any approval: stdout %q, stderr %q; want %q", r.stdout, r.stderr, want)
	}

	expect(t, coplan(t, dir, "approve", "--by", "Zoë Ødegaard", "--role", "partner", "--rubric", "Design report", path), 0)
	day := time.Now().UTC().Format("2006-01-02")
	r = coplan(t, dir, "review", "--since-approval", "design report", path)
	expect(t, r, 0)
	if want := "No changes since Zoë Ødegaard (partner) approved it on " + day + "\n"; r.stdout != want {
		t.Errorf("right after the approval printed %q, want %q", r.stdout, want)
	}

	editAt(t, path, time.Now().UTC(),
		model.Set("c1", "descriptors.l1", "Tests once and records the result."),
		model.Set("c1", "title", "Fair and repeated testing"),
		model.Add(model.Level{ID: "l3", Label: "Exceeding", Points: 3}, "r1", -1),
	)
	want := strings.Join([]string{
		"Changed since Zoë Ødegaard (partner) approved it on " + day + ":",
		`  Added level "Exceeding" (3 points)`,
		`  Criterion "Fair testing" renamed to "Fair and repeated testing"`,
		`  Descriptor of "Fair and repeated testing" at level "Beginning": "Tests once." → "Tests once and records the result."`,
	}, "\n") + "\n"
	r = coplan(t, dir, "review", "--since-approval", "r1", path)
	expect(t, r, 0)
	if r.stdout != want {
		t.Errorf("after the edits printed\n%s\nwant\n%s", r.stdout, want)
	}

	r = coplan(t, dir, "review", "--since-approval", "Poster", path)
	expect(t, r, 1)
	if want := "no rubric called \"Poster\" in this unit; choose one with --since-approval NAME:\n  Design report\n"; !strings.HasSuffix(r.stderr, want) {
		t.Errorf("an unknown rubric: stderr %q, want %q", r.stderr, want)
	}

	// On another computer (no history) with no backup, the approved version is gone.
	t.Setenv(store.DataDirEnv, t.TempDir())
	if err := os.Remove(store.BackupPath(path)); err != nil {
		t.Fatal(err)
	}
	r = coplan(t, dir, "review", "--since-approval", "Design report", path)
	expect(t, r, 1)
	if want := "the version Zoë Ødegaard (partner) approved on " + day + " is no longer in this computer's revision history"; !strings.Contains(r.stderr, want) || r.stdout != "" {
		t.Errorf("with the version gone: stdout %q, stderr %q; want %q", r.stdout, r.stderr, want)
	}
}

func TestReviewSinceApprovalIsNotCombinedWithTheCommentFilters(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())
	r := coplan(t, dir, "review", "--all", "--since-approval", "Design report", path)
	expect(t, r, 2)
	if !strings.Contains(r.stderr, "coplan review --since-approval RUBRIC FILE") {
		t.Errorf("usage not printed: %q", r.stderr)
	}
}
