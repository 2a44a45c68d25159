//go:build !unix

package store

import (
	"errors"
	"os"
	"time"
)

// staleSaveLock is how old a fallback save lock must be before it is taken
// as left by a process that ended mid-save.
const staleSaveLock = time.Minute

// tryFileLock takes the lock on name by creating name+".held" exclusively,
// where the system has no flock; busy reports that another process holds
// it. A lock older than staleSaveLock was left by a process that ended
// mid-save and is taken over.
func tryFileLock(name string) (unlock func(), busy bool, err error) {
	held := name + ".held"
	f, err := os.OpenFile(held, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		if info, serr := os.Stat(held); serr == nil && time.Since(info.ModTime()) > staleSaveLock {
			os.Remove(held)
		}
		return nil, true, nil
	}
	if err != nil {
		return nil, false, plainOSError(err)
	}
	f.Close()
	return func() { os.Remove(held) }, false, nil
}
