package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"
)

// LockSuffix is appended to a unit's file name to name its lock file.
const LockSuffix = ".lock"

// LockStaleAfter is how long a lock that nobody refreshed still counts: an
// open editor refreshes its lock well within this (see RefreshLock).
const LockStaleAfter = 12 * time.Hour

// Owner is who opens a file: the name and role the user gave once
// (teacher, partner or coordinator).
type Owner struct {
	Name string
	Role string
}

// Lock is the content of a lock file: who has the unit open, where and since when.
type Lock struct {
	Name      string    `toml:"name"`
	Role      string    `toml:"role"`
	Host      string    `toml:"host"`
	PID       int       `toml:"pid"`
	Since     time.Time `toml:"since"`
	Refreshed time.Time `toml:"refreshed"`
}

// LockedError says that someone else has the unit open. Its message reads
// "Open in Zoë's Coplan on laptop-7 since 10:02".
type LockedError struct {
	Path string
	Lock Lock
}

func (e *LockedError) Error() string {
	name := e.Lock.Name
	if name == "" {
		name = "someone"
	}
	host := e.Lock.Host
	if host == "" {
		host = "another computer"
	}
	since := e.Lock.Since.Local()
	when := since.Format("15:04")
	if y, m, d := since.Date(); y != time.Now().Year() || m != time.Now().Month() || d != time.Now().Day() {
		when = since.Format("Mon 2 Jan 15:04")
	}
	return fmt.Sprintf("Open in %s's Coplan on %s since %s", name, host, when)
}

// LockPath returns where the lock of the unit at path is kept.
func LockPath(path string) string { return path + LockSuffix }

// thisHost names this computer in lock files.
func thisHost() string {
	h, err := os.Hostname()
	if err != nil {
		return ""
	}
	return h
}

// Mine reports whether the lock was taken by this process.
func (l *Lock) Mine() bool { return l.Host == thisHost() && l.PID == os.Getpid() }

// Stale reports whether the lock no longer counts at now: nobody refreshed
// it for LockStaleAfter, or it was taken on this computer by a process that
// has ended.
func (l *Lock) Stale(now time.Time) bool {
	last := l.Refreshed
	if last.IsZero() {
		last = l.Since
	}
	if now.Sub(last) > LockStaleAfter {
		return true
	}
	return l.Host == thisHost() && l.PID > 0 && !processAlive(l.PID)
}

// ReadLock returns the lock of the unit at path, or nil when it has none.
// A lock file that cannot be read as one is reported as an error.
func ReadLock(path string) (*Lock, error) {
	data, err := os.ReadFile(LockPath(path))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the lock of %s: %w", path, plainOSError(err))
	}
	var l Lock
	if _, err := toml.Decode(string(data), &l); err != nil {
		return nil, fmt.Errorf("read the lock of %s: %w", path, err)
	}
	return &l, nil
}

// AcquireLock writes a lock beside the unit at path saying that who has it
// open in this process. When someone else's lock is there and still counts,
// it returns a *LockedError and leaves it; the user may then open the unit
// read-only (take no lock) or anyway (TakeLock). A stale or unreadable lock
// is taken over; this process's own lock is refreshed.
func AcquireLock(path string, who Owner) (*Lock, error) {
	mine := newLock(who)
	data, err := encodeLock(mine)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	created, err := createLock(path, data)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if created {
		return mine, nil
	}
	held, err := ReadLock(path)
	if err == nil && held != nil && !held.Mine() && !held.Stale(time.Now()) {
		return nil, &LockedError{Path: path, Lock: *held}
	}
	if err == nil && held != nil && held.Mine() {
		mine.Since = held.Since
	}
	if err := writeLock(path, mine); err != nil {
		return nil, err
	}
	return mine, nil
}

// TakeLock writes this process's lock beside the unit at path whoever held
// it: the "open anyway" answer to a LockedError.
func TakeLock(path string, who Owner) (*Lock, error) {
	mine := newLock(who)
	if err := writeLock(path, mine); err != nil {
		return nil, err
	}
	return mine, nil
}

// RefreshLock renews this process's lock on the unit at path, so that it does
// not go stale while the unit is open; call it on a timer (every few minutes).
// If someone else has taken the lock meanwhile, it returns their
// *LockedError and leaves their lock in place.
func RefreshLock(path string) error {
	held, err := ReadLock(path)
	if err != nil {
		return err
	}
	if held == nil {
		return fmt.Errorf("refresh the lock of %s: the lock file is gone", path)
	}
	if !held.Mine() {
		return &LockedError{Path: path, Lock: *held}
	}
	held.Refreshed = time.Now().UTC().Truncate(time.Second)
	return writeLock(path, held)
}

// ReleaseLock removes the lock beside the unit at path if this process holds
// it; someone else's lock is left alone. Call it when the unit is closed.
func ReleaseLock(path string) error {
	held, err := ReadLock(path)
	if err != nil || held == nil || !held.Mine() {
		return err
	}
	if err := removeIfExists(LockPath(path)); err != nil {
		return fmt.Errorf("release the lock of %s: %w", path, plainOSError(err))
	}
	return nil
}

// createLock writes a new lock file holding data, and reports false when
// there is one already. The file appears whole: it is written under a
// temporary name and linked into place, so no other opener ever reads it
// half-written. Where links are not supported it is created exclusively.
func createLock(path string, data []byte) (bool, error) {
	tmp, err := writeTemp(filepath.Dir(path), filepath.Base(LockPath(path)), data, 0o644)
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp)
	err = os.Link(tmp, LockPath(path))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, os.ErrExist):
		return false, nil
	}
	f, err := os.OpenFile(LockPath(path), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return false, nil
	}
	if err != nil {
		return false, plainOSError(err)
	}
	_, werr := f.Write(data)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		os.Remove(LockPath(path))
		return false, plainOSError(werr)
	}
	return true, nil
}

func newLock(who Owner) *Lock {
	now := time.Now().UTC().Truncate(time.Second)
	return &Lock{Name: who.Name, Role: who.Role, Host: thisHost(), PID: os.Getpid(), Since: now, Refreshed: now}
}

func encodeLock(l *Lock) ([]byte, error) {
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(l); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeLock replaces the lock file of the unit at path with l, atomically.
func writeLock(path string, l *Lock) error {
	data, err := encodeLock(l)
	if err != nil {
		return fmt.Errorf("lock %s: %w", path, err)
	}
	tmp, err := writeTemp(filepath.Dir(path), filepath.Base(LockPath(path)), data, 0o644)
	if err != nil {
		return fmt.Errorf("lock %s: %w", path, err)
	}
	if err := os.Rename(tmp, LockPath(path)); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("lock %s: %w", path, plainOSError(err))
	}
	return nil
}
