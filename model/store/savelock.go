package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// saveLockFolder is the folder of DataDir that holds the files saves lock.
const saveLockFolder = "locks"

// SaveLockTimeout is how long a save waits for another Coplan process on
// this computer to finish saving the same file before it gives up.
var SaveLockTimeout = 15 * time.Second

// ErrSaveBusy means another Coplan process kept saving the same file for
// longer than SaveLockTimeout.
var ErrSaveBusy = errors.New("another Coplan on this computer is still saving it; try again")

// saveLockPath returns the file that serialises saves of the unit at path.
// It lives in the data folder (else the temporary folder), keyed by the file's real path (links
// resolved), never beside the unit: a sync tool would carry it to other
// computers, where it means nothing, and a shared folder may not allow it.
func saveLockPath(path string) (string, error) {
	real, err := realPath(path)
	if err != nil {
		return "", err
	}
	dir, err := dataSubdir(saveLockFolder)
	if err != nil {
		// No data folder (a read-only home, say): the system's temporary
		// folder serves, so that saving still works and is still serialised.
		dir = filepath.Join(os.TempDir(), fmt.Sprintf("coplan-locks-%d", os.Getuid()))
		if merr := os.MkdirAll(dir, 0o700); merr != nil {
			return "", err
		}
	}
	sum := sha256.Sum256([]byte(real))
	return filepath.Join(dir, hex.EncodeToString(sum[:12])+".lock"), nil
}

// realPath returns the absolute path of the file path names, following
// links; a file that does not exist yet is named by its real folder.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return filepath.Clean(abs), nil
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}

// lockForSave takes the operating system's lock that serialises every
// Coplan process saving the unit at path on this computer, waiting up to
// SaveLockTimeout, and returns the function that lets it go. Hold it
// briefly: around reading, checking and writing the file, never while a
// person decides something.
func lockForSave(path string) (unlock func(), err error) {
	name, err := saveLockPath(path)
	if err != nil {
		return nil, fmt.Errorf("save %s: %w", path, err)
	}
	deadline := time.Now().Add(SaveLockTimeout)
	for wait := time.Millisecond; ; wait = min(wait*2, 50*time.Millisecond) {
		unlock, busy, err := tryFileLock(name)
		if err != nil {
			return nil, fmt.Errorf("save %s: lock %s: %w", path, name, err)
		}
		if !busy {
			return unlock, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("save %s: %w", path, ErrSaveBusy)
		}
		time.Sleep(wait)
	}
}

// openLockFile opens (creating) the file a save lock is taken on.
func openLockFile(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
}
