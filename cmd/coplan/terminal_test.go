package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"coplan/model"
	"coplan/model/modeltest"
	"coplan/model/store"
)

// hostile is text that would drive a terminal: retitle the window, clear the
// screen, return to the line start, a C1 control sequence, a bidi override.
const hostile = "A\x1b]0;owned\x07B\x1b[2J\rC\u009b31mD\u202eE\x00F"

func TestSafeTextReplacesControlCharacters(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text, ünïcode and emoji 🌞", "plain text, ünïcode and emoji 🌞"},
		{"lines\nand\ttabs stay", "lines\nand\ttabs stay"},
		{"esc\x1b[31mred", "esc\uFFFD[31mred"},
		{"bell\x07 del\x7f cr\r", "bell\uFFFD del\uFFFD cr\uFFFD"},
		{"c1 \u009b csi", "c1 \uFFFD csi"},
		{"bidi \u202e override \u2066", "bidi \uFFFD override \uFFFD"},
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, c := range cases {
		if got := safeText(c.in); got != c.want {
			t.Errorf("safeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// assertTerminalSafe fails when out holds anything that terminalWriter replaces.
func assertTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRuneInString(out[i:])
		if unsafeRune(r, size) {
			t.Errorf("%s prints %U at byte %d: %q", what, r, i, out)
			return
		}
		i += size
	}
}

func TestCommandsNeverPrintControlCharactersFromAFile(t *testing.T) {
	p := modeltest.Large(2, 1)
	p.Title = "Unit " + hostile
	p.Sessions[0].Title = "Session " + hostile
	p.Sessions[0].Engagement = "nowhere " + hostile // an error validate names
	p.Comments = append(p.Comments, model.Comment{ID: "c-evil", Target: p.Sessions[0].ID, Author: "Eve " + hostile,
		Text: "Look " + hostile, Status: model.StatusOpen})
	path := writeUnit(t, p)
	dir := filepath.Dir(path)
	for _, args := range [][]string{
		{"review", "--all", path},
		{"validate", path},
		{"validate", "--json", path},
		{"catalog", dir},
		{"catalog", "--json", dir},
	} {
		code, stdout, stderr := runCLI(args...)
		what := strings.Join(args[:len(args)-1], " ")
		if !strings.Contains(stdout+stderr, "owned") {
			t.Errorf("%s (exit %d) did not print the hostile text at all:\n%s%s", what, code, stdout, stderr)
		}
		assertTerminalSafe(t, what, stdout)
		assertTerminalSafe(t, what+" (errors)", stderr)
	}
}

func TestTheLockNoteNeverPrintsControlCharacters(t *testing.T) {
	p := modeltest.Large(2, 1)
	path := writeUnit(t, p)
	now := time.Now().UTC()
	var lock bytes.Buffer
	err := toml.NewEncoder(&lock).Encode(store.Lock{Name: "Eve " + hostile, Role: "partner", Host: "elsewhere.example",
		PID: 4242, Since: now, Refreshed: now, Token: "someone else"})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(store.LockPath(path), lock.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI("comment", "--author", "Ann", "--target", p.Sessions[0].ID, "Fine", path)
	if !strings.Contains(stdout+stderr, "Eve") {
		t.Fatalf("exit %d: no lock note naming Eve:\n%s%s", code, stdout, stderr)
	}
	assertTerminalSafe(t, "comment's lock note", stderr)
	assertTerminalSafe(t, "comment", stdout)
}
