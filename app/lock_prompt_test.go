package app

import (
	"os"
	"strings"
	"testing"

	"coplan/model/store"
)

func TestAnOpenUnitGetsItsLockBackWhenItDisappears(t *testing.T) {
	tests := []struct {
		name   string
		meddle func(t *testing.T, c *App, path string)
	}{
		{"the lock file is deleted", func(t *testing.T, c *App, path string) {
			os.Remove(store.LockPath(path))
		}},
		{"someone opens it anyway, then closes it", func(t *testing.T, c *App, path string) {
			lockedBy(t, path, "Ana")
			c.ed.share.tick()
			if c.ed.share.locked {
				t.Fatal("the editor still thinks it holds the lock Ana took")
			}
			os.Remove(store.LockPath(path)) // Ana's Coplan releases its own lock
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(store.DataDirEnv, t.TempDir())
			c := newTestApp(t)
			path := openUnit(t, c, unit(t, "Bridges"))
			if l, _ := store.ReadLock(path); l == nil || !l.Mine() {
				t.Fatalf("no lock after opening: %+v", l)
			}
			tt.meddle(t, c, path)
			c.ed.share.tick()
			if l, err := store.ReadLock(path); err != nil || l == nil || !l.Mine() || !c.ed.share.locked {
				t.Errorf("lock after the next tick: %+v, %v; editor holds it: %v", l, err, c.ed.share.locked)
			}
		})
	}
}

func TestTheLockNamesNobodyUntilANameIsGiven(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	l, err := store.ReadLock(path)
	if err != nil || l == nil {
		t.Fatal(err)
	}
	if l.Name != "" {
		t.Errorf("the lock names %q before the user gave a name", l.Name)
	}
	if msg := (&store.LockedError{Lock: *l}).Error(); !strings.HasPrefix(msg, "Someone on ") {
		t.Errorf("message %q", msg)
	}
}
