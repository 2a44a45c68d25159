//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestALockIsOnlyRemovedByTheCoplanThatWroteIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "u.coplan.toml")
	// Another Coplan that happens to have this process's id (on another
	// computer with the same name, or after the id was reused).
	writeTestLock(t, path, Lock{Name: "Ana", Host: thisHost(), PID: os.Getpid(), Since: time.Now(), Refreshed: time.Now(), Token: "another-coplan"})
	if err := ReleaseLock(path); err != nil {
		t.Fatal(err)
	}
	if held, _ := ReadLock(path); held == nil || held.Name != "Ana" {
		t.Errorf("another Coplan's lock was removed: %+v", held)
	}
}

func TestALockThatDisappearsWhileOpenIsWrittenAgain(t *testing.T) {
	tests := []struct {
		name   string
		meddle func(t *testing.T, path string)
	}{
		{"deleted", func(t *testing.T, path string) { os.Remove(LockPath(path)) }},
		{"taken by an instance that opened anyway and then closed", func(t *testing.T, path string) {
			other := Lock{Name: "Ana", Host: "laptop-7", PID: 7, Since: time.Now(), Refreshed: time.Now(), Token: "other"}
			writeTestLock(t, path, other)
			var locked *LockedError
			if err := RefreshLock(path, zoe); !errors.As(err, &locked) || locked.Lock.Name != "Ana" {
				t.Fatalf("refresh while Ana holds the lock: %v", err)
			}
			os.Remove(LockPath(path)) // Ana closes: her lock goes
		}},
		{"replaced by something that is not a lock", func(t *testing.T, path string) {
			os.WriteFile(LockPath(path), []byte("\x00garbage"), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "u.coplan.toml")
			if _, err := AcquireLock(path, zoe); err != nil {
				t.Fatal(err)
			}
			tt.meddle(t, path)
			if err := RefreshLock(path, zoe); err != nil {
				t.Fatalf("refresh: %v", err)
			}
			held, err := ReadLock(path)
			if err != nil || held == nil || !held.Mine() || held.Name != "Zoë" {
				t.Errorf("lock after refresh: %+v, %v", held, err)
			}
		})
	}
}

func TestReadingALockNeverHangsNorReadsWithoutLimit(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, lock string)
	}{
		{"a FIFO", func(t *testing.T, lock string) {
			if err := syscall.Mkfifo(lock, 0o644); err != nil {
				t.Skipf("no FIFOs here: %v", err)
			}
		}},
		{"a link to /dev/zero", func(t *testing.T, lock string) {
			if err := os.Symlink("/dev/zero", lock); err != nil {
				t.Fatal(err)
			}
		}},
		{"a file of a megabyte", func(t *testing.T, lock string) {
			if err := os.WriteFile(lock, make([]byte, 1<<20), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"a folder", func(t *testing.T, lock string) {
			if err := os.Mkdir(lock, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "u.coplan.toml")
			tt.make(t, LockPath(path))
			done := make(chan error, 1)
			go func() {
				_, err := ReadLock(path)
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Error("read as a lock")
				}
			case <-time.After(10 * time.Second):
				t.Fatal("reading the lock hangs")
			}
		})
	}
}

func TestTheLockMessageSaysWhoAndWhenWithTheYear(t *testing.T) {
	y, m, d := time.Now().Date()
	today := time.Date(y, m, d, 10, 2, 0, 0, time.Local)
	tests := []struct {
		name string
		lock Lock
		want string
	}{
		{"a name, today", Lock{Name: "Zoë", Host: "laptop-7", Since: today}, "Zoë has this unit open in Coplan on laptop-7 since 10:02"},
		{"no name given yet", Lock{Host: "laptop-7", Since: today}, "Someone on laptop-7 has this unit open in Coplan since 10:02"},
		{"another day", Lock{Name: "Zoë", Host: "laptop-7", Since: time.Date(2025, 3, 4, 10, 2, 0, 0, time.Local)}, "Zoë has this unit open in Coplan on laptop-7 since Tue 4 Mar 2025 10:02"},
		{"a date in the future", Lock{Name: "Zoë", Host: "laptop-7", Since: time.Date(2999, 3, 4, 10, 2, 0, 0, time.Local)}, "Zoë has this unit open in Coplan on laptop-7 since Mon 4 Mar 2999 10:02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (&LockedError{Lock: tt.lock}).Error(); got != tt.want {
				t.Errorf("message %q, want %q", got, tt.want)
			}
		})
	}
}

func TestOpeningAUnitThatIsAPipeOrADeviceNeverHangs(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.coplan.toml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	for _, path := range []string{fifo, "/dev/zero"} {
		done := make(chan error, 1)
		go func() {
			_, err := Open(path)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") {
				t.Errorf("%s: error %v", path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("opening %s hangs", path)
		}
	}
}
