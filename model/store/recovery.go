package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"coplan/model"
)

// recoveryFolder is the folder of DataDir that holds autosaved edits.
const recoveryFolder = "recovery"

// AutosaveInterval is how often an editor with unsaved changes autosaves.
const AutosaveInterval = 30 * time.Second

// recoveryMeta is what the sidecar of an autosave says about it.
type recoveryMeta struct {
	Path  string    `json:"path"`
	Unit  string    `json:"unit"`
	Saved time.Time `json:"saved"`
	Host  string    `json:"host"`
	PID   int       `json:"pid"`
}

// Recovery is an autosaved unit whose edits were never saved to its file.
type Recovery struct {
	// Path is the unit file the edits belong to.
	Path string
	// Saved is when they were autosaved.
	Saved time.Time
	// Project is the unit with the unsaved edits. Its revision is the one
	// it was opened at, the base for merging it with the file as it is now.
	Project *model.Project
	// Changes lists how it differs from the file on disk now; every entity
	// is new when the file is gone (DiskMissing) or unreadable (DiskError).
	Changes     []model.Difference
	DiskMissing bool
	DiskError   error
}

// recoveryName returns the file name stem of the autosave of the unit at path.
func recoveryName(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	sum := sha256.Sum256([]byte(filepath.Clean(path)))
	return hex.EncodeToString(sum[:12])
}

// RecoveryPath returns where the unsaved edits of the unit at path are autosaved.
func RecoveryPath(path string) (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, recoveryFolder, recoveryName(path)+Extension), nil
}

// Autosave writes p, with its unsaved edits, to the data folder (never
// beside the unit: a sync tool would carry it off), replacing the previous
// autosave of path atomically. Call it every AutosaveInterval while the
// editor has unsaved changes. p is not changed.
func Autosave(path string, p *model.Project) error {
	dir, err := dataSubdir(recoveryFolder)
	if err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	name := filepath.Join(dir, recoveryName(path))
	if err := writeAtomic(name+Extension, model.Encode(p)); err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	meta, err := json.Marshal(recoveryMeta{Path: abs, Unit: p.ID, Saved: time.Now().UTC(), Host: thisHost(), PID: os.Getpid()})
	if err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	if err := writeAtomic(name+".json", meta); err != nil {
		return fmt.Errorf("autosave %s: %w", path, err)
	}
	return nil
}

// DiscardRecovery removes the autosave of the unit at path, if there is one:
// after a clean save (SaveChecked does it), or when the user declines to
// recover it.
func DiscardRecovery(path string) error {
	dir, err := DataDir()
	if err != nil {
		return fmt.Errorf("discard the autosave of %s: %w", path, err)
	}
	name := filepath.Join(dir, recoveryFolder, recoveryName(path))
	for _, f := range []string{name + ".json", name + Extension} {
		if err := removeIfExists(f); err != nil {
			return fmt.Errorf("discard the autosave of %s: %w", path, plainOSError(err))
		}
	}
	return nil
}

// untitledFolder is the folder of DataDir whose made-up file names key the
// autosaves of units never saved; no file is ever written there.
const untitledFolder = "untitled"

// UntitledPath is the made-up file name that keys the autosave of the unit
// with id while it has no file of its own (see Autosave).
func UntitledPath(id string) (string, error) {
	dir, err := DataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, untitledFolder, "untitled-"+unitFolder(id)+Extension), nil
}

// IsUntitled reports whether path is a made-up name from UntitledPath.
func IsUntitled(path string) bool {
	dir, err := DataDir()
	return err == nil && filepath.Dir(path) == filepath.Join(dir, untitledFolder)
}

// DiscardUnitRecoveries removes the autosave of the unit with id kept while
// it had no file: once it is saved under a name, it is never offered back.
func DiscardUnitRecoveries(id string) error {
	path, err := UntitledPath(id)
	if err != nil {
		return fmt.Errorf("discard the autosave of a new unit: %w", err)
	}
	return DiscardRecovery(path)
}

// Recoverable lists the autosaves left by editors that ended without saving
// (a crash, a power cut, a logout), newest first, each with what it changed
// compared with its file on disk. Autosaves of editors still running on
// this computer are left out, and an autosave whose content was saved
// since (it is in the revision history, or it is what the file holds) is
// removed rather than offered. Offer each to the user, then open it or
// call DiscardRecovery.
func Recoverable() ([]Recovery, error) {
	root, err := DataDir()
	if err != nil {
		return nil, fmt.Errorf("look for autosaves: %w", err)
	}
	dir := filepath.Join(root, recoveryFolder)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("look for autosaves: %w", plainOSError(err))
	}
	var out []Recovery
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		stem := filepath.Join(dir, strings.TrimSuffix(e.Name(), ".json"))
		data, err := os.ReadFile(stem + ".json")
		if err != nil {
			continue
		}
		var meta recoveryMeta
		if json.Unmarshal(data, &meta) != nil || meta.Path == "" {
			continue
		}
		if meta.Host == thisHost() && meta.PID != os.Getpid() && processAlive(meta.PID) {
			continue // that editor is still open
		}
		l, err := Open(stem + Extension)
		if err != nil {
			continue
		}
		r := recoveryOf(meta, l.Project)
		if Remembered(l.Project) || (!r.DiskMissing && r.DiskError == nil && len(r.Changes) == 0) {
			_ = DiscardRecovery(meta.Path) // saved since: nothing to recover
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	return out, nil
}

// recoveryOf compares an autosaved unit with its file on disk.
func recoveryOf(meta recoveryMeta, p *model.Project) Recovery {
	r := Recovery{Path: meta.Path, Saved: meta.Saved, Project: p}
	if _, err := os.Stat(meta.Path); errors.Is(err, os.ErrNotExist) {
		r.DiskMissing = true
	} else if disk, err := Open(meta.Path); err != nil {
		r.DiskError = err
	} else {
		r.Changes = model.Diff(disk.Project, p)
		return r
	}
	r.Changes = model.Diff(&model.Project{ID: p.ID}, p)
	return r
}
