package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// Snapshot is what a unit file on disk looked like at one moment: enough to
// tell later whether someone else (a sync tool, another editor) changed it.
type Snapshot struct {
	// Exists is false for a file that was not there.
	Exists  bool
	Size    int64
	ModTime time.Time
	// Hash is a hash of the content.
	Hash string
}

// Same reports whether two snapshots show the same content.
func (s Snapshot) Same(o Snapshot) bool { return s.Exists == o.Exists && s.Hash == o.Hash }

// snapshotOf describes content data read from a file with info.
func snapshotOf(data []byte, info os.FileInfo) Snapshot {
	sum := sha256.Sum256(data)
	s := Snapshot{Exists: true, Size: int64(len(data)), Hash: hex.EncodeToString(sum[:])}
	if info != nil {
		s.ModTime = info.ModTime()
	}
	return s
}

// TakeSnapshot reads the file at path and describes it; a missing file gives
// a Snapshot with Exists false and no error.
func TakeSnapshot(path string) (Snapshot, error) {
	info, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return Snapshot{}, nil
	}
	if err != nil {
		return Snapshot{}, fmt.Errorf("check %s: %w", path, plainOSError(err))
	}
	data, err := ReadLimited(path)
	if err != nil {
		return Snapshot{}, err
	}
	return snapshotOf(data, info), nil
}

// Changed reports whether the file at path differs from since, and how it
// looks now. A file whose size and modification time are as they were is
// taken as unchanged without reading it; otherwise its content decides, so
// a file merely touched is not a change. Call it when the window gains
// focus, on a timer (or through Watch), and before saving (SaveChecked does).
func Changed(path string, since Snapshot) (bool, Snapshot, error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return since.Exists, Snapshot{}, nil
	case err != nil:
		return false, since, fmt.Errorf("check %s: %w", path, plainOSError(err))
	case since.Exists && info.Size() == since.Size && info.ModTime().Equal(since.ModTime):
		return false, since, nil
	}
	now, err := TakeSnapshot(path)
	if err != nil {
		return false, since, err
	}
	return !now.Same(since), now, nil
}

// Watcher checks a unit file for changes made by others, on a timer and
// whenever asked.
type Watcher struct {
	path     string
	onChange func(Snapshot)
	mu       sync.Mutex
	since    Snapshot
	stop     chan struct{}
	once     sync.Once
}

// Watch starts checking the file at path every interval against since (how
// it looked when opened) and calls onChange with the new snapshot once per
// change seen. onChange runs on the watcher's goroutine: a GUI moves onto
// its own thread (fyne.Do) before touching widgets. Stop it on close.
func Watch(path string, since Snapshot, interval time.Duration, onChange func(Snapshot)) *Watcher {
	w := &Watcher{path: path, since: since, onChange: onChange, stop: make(chan struct{})}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-t.C:
				_, _ = w.Check()
			}
		}
	}()
	return w
}

// Check looks at the file now (when the window gains focus, say), calls
// onChange if it changed, and reports whether it did.
func (w *Watcher) Check() (bool, error) {
	w.mu.Lock()
	changed, now, err := Changed(w.path, w.since)
	if err == nil {
		w.since = now
	}
	w.mu.Unlock()
	if changed && w.onChange != nil {
		w.onChange(now)
	}
	return changed, err
}

// Reset makes s the version the editor holds, after a save, reload or merge.
func (w *Watcher) Reset(s Snapshot) {
	w.mu.Lock()
	w.since = s
	w.mu.Unlock()
}

// Stop ends the checks.
func (w *Watcher) Stop() { w.once.Do(func() { close(w.stop) }) }
