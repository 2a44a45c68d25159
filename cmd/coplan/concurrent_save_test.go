package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"coplan/model/store"
)

func TestEveryAcknowledgedCommentFromConcurrentProcessesIsKept(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())
	bin := shippedBinary(t)
	const writers, each = 3, 4
	idPattern := regexp.MustCompile(`\(comment ([0-9a-f-]+)\)`)
	var (
		mu    sync.Mutex
		acked []string
		fails []string
		wg    sync.WaitGroup
	)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				cmd := exec.Command(bin, "comment", "--author", fmt.Sprintf("Writer %d", w), "--target", "Launch",
					fmt.Sprintf("Comment %d from writer %d", i, w), path)
				cmd.Env = append(os.Environ(), "DISPLAY=")
				var out, errOut bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errOut
				err := cmd.Run()
				mu.Lock()
				if m := idPattern.FindStringSubmatch(out.String()); err == nil && m != nil {
					acked = append(acked, m[1])
				} else {
					fails = append(fails, fmt.Sprintf("%v: %s", err, errOut.String()))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(fails) > 0 {
		t.Errorf("%d of %d comments failed, e.g. %s", len(fails), writers*each, fails[0])
	}
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, c := range l.Project.Comments {
		have[c.ID] = true
	}
	lost := 0
	for _, id := range acked {
		if !have[id] {
			lost++
		}
	}
	if lost > 0 || len(l.Project.Comments) != len(acked) {
		t.Errorf("%d of %d acknowledged comments lost; the file has %d comments", lost, len(acked), len(l.Project.Comments))
	}
}

func TestImportRubricBesideConcurrentCommentsLosesNothing(t *testing.T) {
	binary := shippedBinary(t)
	useHistory(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())
	sheet := filepath.Join(dir, "rubric.csv")
	if r := coplan(t, dir, "export", "--format", "canvas-csv", "-o", sheet, path); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	run := func(args ...string) (string, error) {
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "DISPLAY=")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("%v: %s", err, errOut.String())
		}
		return out.String(), nil
	}
	var (
		mu                sync.Mutex
		comments, imports int
		fails             []error
		wg                sync.WaitGroup
	)
	note := func(count *int, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			fails = append(fails, err)
			return
		}
		*count++
	}
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := range 4 {
			_, err := run("comment", "--author", "Zoë", "--target", "Launch", fmt.Sprintf("Comment %d", i), path)
			note(&comments, err)
		}
	}()
	go func() {
		defer wg.Done()
		for range 3 {
			_, err := run("import-rubric", "--keep-both", sheet, path)
			note(&imports, err)
		}
	}()
	wg.Wait()
	for _, err := range fails {
		t.Error(err)
	}
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Project.Comments) != comments || len(l.Project.Rubrics) != 1+imports {
		t.Errorf("%d comments and %d rubrics on disk; %d comments and %d imports were acknowledged",
			len(l.Project.Comments), len(l.Project.Rubrics), comments, imports)
	}
}

func TestWritingCommandsRefuseAReadOnlyUnitAndLeaveItAlone(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	r := coplan(t, dir, "comment", "--author", "Zoë", "--target", "Launch", "Hello", "solar.coplan.toml")
	if r.code != 1 || !strings.Contains(r.stderr, "solar.coplan.toml") || !strings.Contains(r.stderr, "read-only") {
		t.Errorf("exit %d, stderr %q; want 1 and a message naming the file and saying it is read-only", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the read-only unit changed")
	}
}

func TestACommentThroughALinkWritesTheUnitAndKeepsTheLink(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "shared", "solar.coplan.toml")
	mustSave(t, target, sharedUnit())
	if err := os.Symlink(filepath.Join("shared", "solar.coplan.toml"), filepath.Join(dir, "mine.coplan.toml")); err != nil {
		t.Fatal(err)
	}
	if r := coplan(t, dir, "comment", "--author", "Zoë", "--target", "Launch", "Hello", "mine.coplan.toml"); r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if info, err := os.Lstat(filepath.Join(dir, "mine.coplan.toml")); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", info, err)
	}
	if l, err := store.Open(target); err != nil || len(l.Project.Comments) != 1 {
		t.Errorf("the unit the link leads to: %v, %v", l, err)
	}
}

func TestExportRefusesToWriteOverTheUnitItself(t *testing.T) {
	useHistory(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "solar.coplan.toml")
	mustSave(t, path, sharedUnit())
	if err := os.Symlink("solar.coplan.toml", filepath.Join(dir, "link.md")); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	for _, out := range []string{"solar.coplan.toml", "./solar.coplan.toml", "link.md", path} {
		r := coplan(t, dir, "export", "--format", "md", "-o", out, "solar.coplan.toml")
		if r.code != 2 || !strings.Contains(r.stderr, "names the unit itself") {
			t.Errorf("-o %s: exit %d, stderr %q", out, r.code, r.stderr)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the unit changed")
	}
	if _, err := os.Stat(store.BackupPath(path)); err == nil {
		t.Error("a backup appeared: something was written")
	}
}
