package store

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// deadPID returns the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

func writeTestLock(t *testing.T, path string, l Lock) {
	t.Helper()
	if err := writeLock(path, &l); err != nil {
		t.Fatal(err)
	}
}

var zoe = Owner{Name: "Zoë", Role: "partner"}

func TestASecondOpenerIsToldWhoHasTheFileOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	// Midnight is earlier today at any time of day: a lock dated later
	// today would be in the future, which counts as stale.
	y, m, d := time.Now().Date()
	since := time.Date(y, m, d, 0, 0, 0, 0, time.Local)
	writeTestLock(t, path, Lock{Name: "Zoë", Role: "partner", Host: "laptop-7", PID: 4242, Since: since, Refreshed: time.Now()})
	_, err := AcquireLock(path, Owner{Name: "Léonie", Role: "teacher"})
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("error %v, want a *LockedError", err)
	}
	if got, want := err.Error(), "Zoë has this unit open in Coplan on laptop-7 since 00:00"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if held, _ := ReadLock(path); held.Name != "Zoë" {
		t.Errorf("the other lock was replaced by %+v", held)
	}
}

func TestStaleLocksAreTakenOver(t *testing.T) {
	now := time.Now().UTC()
	host := thisHost()
	tests := []struct {
		name     string
		lock     *Lock  // nil: write raw instead
		raw      string // content of a lock file that is not one
		takeOver bool
	}{
		{"no refresh for longer than the limit", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now.Add(-13 * time.Hour), Refreshed: now.Add(-13 * time.Hour)}, "", true},
		{"an old lock still refreshed", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now.Add(-30 * time.Hour), Refreshed: now.Add(-time.Hour)}, "", false},
		{"a process on this computer that has ended", &Lock{Name: "Zoë", Host: host, PID: -1, Since: now, Refreshed: now}, "", true},
		{"a process on this computer still running", &Lock{Name: "Zoë", Host: host, PID: os.Getppid(), Since: now, Refreshed: now}, "", false},
		{"a recent lock from another computer", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now, Refreshed: now}, "", false},
		{"a lock file that is not one", nil, "\x00\x01 garbage", true},
		{"a lock dated next year", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now.AddDate(1, 0, 0), Refreshed: now.AddDate(1, 0, 0)}, "", true},
		{"a lock refreshed a day ahead of this clock", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now, Refreshed: now.Add(24 * time.Hour)}, "", true},
		{"a lock a few minutes ahead of this clock", &Lock{Name: "Zoë", Host: "laptop-7", PID: 1, Since: now.Add(2 * time.Minute), Refreshed: now.Add(2 * time.Minute)}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "u.coplan.toml")
			if tt.lock != nil {
				if tt.lock.PID == -1 {
					tt.lock.PID = deadPID(t)
				}
				writeTestLock(t, path, *tt.lock)
			} else if err := os.WriteFile(LockPath(path), []byte(tt.raw), 0o644); err != nil {
				t.Fatal(err)
			}
			l, err := AcquireLock(path, Owner{Name: "Léonie", Role: "teacher"})
			if !tt.takeOver {
				var locked *LockedError
				if !errors.As(err, &locked) {
					t.Fatalf("error %v, want a *LockedError", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			held, err := ReadLock(path)
			if err != nil || held == nil || !held.Mine() || held.Name != "Léonie" || held.Role != "teacher" || l.Host != host {
				t.Errorf("lock %+v, %v after taking over", held, err)
			}
		})
	}
}

func TestALockIsReleasedOnlyByItsHolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if _, err := AcquireLock(path, zoe); err != nil {
		t.Fatal(err)
	}
	if _, err := AcquireLock(path, zoe); err != nil {
		t.Errorf("acquiring its own lock again: %v", err)
	}
	if err := ReleaseLock(path); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(LockPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Error("the lock file is still there after release")
	}
	other := Lock{Name: "Ana", Host: "laptop-7", PID: 7, Since: time.Now(), Refreshed: time.Now()}
	writeTestLock(t, path, other)
	if err := ReleaseLock(path); err != nil {
		t.Fatal(err)
	}
	if held, _ := ReadLock(path); held == nil || held.Name != "Ana" {
		t.Errorf("someone else's lock was released: %+v", held)
	}
}

func TestOpenAnywayTakesTheLockAndTheFormerHolderNoticesOnRefresh(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	if _, err := AcquireLock(path, zoe); err != nil {
		t.Fatal(err)
	}
	if err := RefreshLock(path, zoe); err != nil {
		t.Errorf("refreshing its own lock: %v", err)
	}
	writeTestLock(t, path, Lock{Name: "Ana", Host: "laptop-7", PID: 7, Since: time.Now(), Refreshed: time.Now()})
	var locked *LockedError
	if err := RefreshLock(path, zoe); !errors.As(err, &locked) || locked.Lock.Name != "Ana" {
		t.Errorf("refresh after someone took the lock: %v", err)
	}
	if _, err := TakeLock(path, zoe); err != nil {
		t.Fatal(err)
	}
	if held, _ := ReadLock(path); !held.Mine() {
		t.Errorf("TakeLock left %+v", held)
	}
}

func TestNoLockReadsAsNil(t *testing.T) {
	if l, err := ReadLock(filepath.Join(t.TempDir(), "u.coplan.toml")); l != nil || err != nil {
		t.Errorf("ReadLock = %v, %v", l, err)
	}
}
