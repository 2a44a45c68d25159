//go:build unix

package store

import (
	"errors"
	"syscall"
)

// tryFileLock takes an exclusive advisory lock (flock) on the file name
// without waiting. busy reports that another process holds it. The lock
// ends with unlock, or with the process.
func tryFileLock(name string) (unlock func(), busy bool, err error) {
	f, err := openLockFile(name)
	if err != nil {
		return nil, false, plainOSError(err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EINTR) {
			break
		}
	}
	switch {
	case err == nil:
		return func() {
			_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
			f.Close()
		}, false, nil
	case errors.Is(err, syscall.EWOULDBLOCK):
		f.Close()
		return nil, true, nil
	}
	f.Close()
	return nil, false, err
}
