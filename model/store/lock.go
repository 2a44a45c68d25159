package store

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
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
	// Token is a random value that tells the Coplan that wrote the lock
	// from every other, even one with the same process id on another
	// computer: only that Coplan refreshes or removes it.
	Token string `toml:"token"`
}

// maxLockSize caps how much of a lock file is read: a real one is a few
// hundred bytes.
const maxLockSize = 16 << 10

// lockFutureSlack is how far ahead of this computer's clock a lock may be
// dated (another computer's clock may run fast) before it counts as stale.
const lockFutureSlack = 10 * time.Minute

// processToken is the Token of the locks this process writes.
var processToken = func() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return fmt.Sprintf("%s-%d-%d", thisHost(), os.Getpid(), time.Now().UnixNano())
	}
	return hex.EncodeToString(b[:])
}()

// LockedError says that someone else has the unit open. Its message reads
// "Zoë has this unit open in Coplan on laptop-7 since 10:02".
type LockedError struct {
	Path string
	Lock Lock
}

func (e *LockedError) Error() string {
	host := e.Lock.Host
	if host == "" {
		host = "another computer"
	}
	since := e.Lock.Since.Local()
	when := since.Format("15:04")
	if y, m, d := since.Date(); y != time.Now().Year() || m != time.Now().Month() || d != time.Now().Day() {
		when = since.Format("Mon 2 Jan 2006 15:04")
	}
	if e.Lock.Name == "" {
		return fmt.Sprintf("Someone on %s has this unit open in Coplan since %s", host, when)
	}
	return fmt.Sprintf("%s has this unit open in Coplan on %s since %s", e.Lock.Name, host, when)
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

// Mine reports whether the lock was written by this process.
func (l *Lock) Mine() bool {
	if l.Token != "" {
		return l.Token == processToken
	}
	return l.Host == thisHost() && l.PID == os.Getpid()
}

// Stale reports whether the lock no longer counts at now: nobody refreshed
// it for LockStaleAfter, it is dated in the future (beyond the slack
// allowed for clocks that disagree), or it was taken on this computer by a
// process that has ended.
func (l *Lock) Stale(now time.Time) bool {
	last := l.Refreshed
	if last.IsZero() {
		last = l.Since
	}
	if now.Sub(last) > LockStaleAfter || last.Sub(now) > lockFutureSlack || l.Since.Sub(now) > lockFutureSlack {
		return true
	}
	return l.Host == thisHost() && l.PID > 0 && !processAlive(l.PID)
}

// ReadLock returns the lock of the unit at path, or nil when it has none.
// A lock file that cannot be read as one (not a regular file, too large,
// not a lock) is reported as an error; reading it never blocks.
func ReadLock(path string) (*Lock, error) {
	data, err := readSmall(LockPath(path), maxLockSize)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the lock of %s: %w", path, err)
	}
	var l Lock
	if _, err := toml.Decode(string(data), &l); err != nil {
		return nil, fmt.Errorf("read the lock of %s: %w", path, err)
	}
	return &l, nil
}

// readSmall reads the regular file at path if it holds at most max bytes.
// It opens without blocking, so a FIFO put in its place cannot hang the
// reader, and refuses devices, folders and larger files before reading.
func readSmall(path string, max int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
		return nil, plainOSError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, plainOSError(err)
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if info.Size() > max {
		return nil, fmt.Errorf("%d bytes, more than a lock ever holds", info.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, plainOSError(err)
	}
	if int64(len(data)) > max {
		return nil, errors.New("more than a lock ever holds")
	}
	return data, nil
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

// RefreshLock renews this process's lock on the unit at path, so that it
// does not go stale while the unit is open; call it on a timer (every few
// minutes, and more often to notice a lock that went away). A lock that is
// gone, stale or unreadable is written again for who. If someone else
// holds the lock (they opened the unit anyway), it returns their
// *LockedError and leaves their lock in place; refresh again later, and
// once they close, the lock is this process's again.
func RefreshLock(path string, who Owner) error {
	held, err := ReadLock(path)
	if err != nil || held == nil {
		mine := newLock(who)
		data, eerr := encodeLock(mine)
		if eerr != nil {
			return fmt.Errorf("lock %s: %w", path, eerr)
		}
		if held == nil && err == nil {
			if created, cerr := createLock(path, data); cerr != nil || created {
				if cerr != nil {
					return fmt.Errorf("lock %s: %w", path, cerr)
				}
				return nil
			}
			return RefreshLock(path, who) // someone else made one just now
		}
		return writeLock(path, mine)
	}
	if !held.Mine() && !held.Stale(time.Now()) {
		return &LockedError{Path: path, Lock: *held}
	}
	if !held.Mine() {
		return writeLock(path, newLock(who))
	}
	held.Refreshed = time.Now().UTC().Truncate(time.Second)
	held.Name, held.Role = who.Name, who.Role
	return writeLock(path, held)
}

// ReleaseLock removes the lock beside the unit at path if this process
// wrote it (its Token says so); someone else's lock is left alone. Call it
// when the unit is closed.
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
	return &Lock{Name: who.Name, Role: who.Role, Host: thisHost(), PID: os.Getpid(), Since: now, Refreshed: now, Token: processToken}
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
