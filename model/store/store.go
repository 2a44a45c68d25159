// Package store keeps units on disk: it opens files within the model's
// limits and saves them atomically, keeping the previous version as a backup.
package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"coplan/model"
)

// Extension is the file name ending of a Coplan unit.
const Extension = ".coplan.toml"

// BackupSuffix is appended to a unit's file name to name its backup.
const BackupSuffix = ".bak"

// Loaded is a unit read from disk.
type Loaded struct {
	Path    string
	Project *model.Project
	// Warnings are problems that did not stop the load, such as unknown keys.
	Warnings []model.Diagnostic
	// Lines maps entity ids to the line of their `id = ` key in the file.
	Lines map[string]int
	// Data is the file's content as read.
	Data []byte
	// Snapshot describes the file as read, to detect changes by others
	// (Changed, Watch) and to save safely (SaveChecked).
	Snapshot Snapshot
}

// FileError is a problem with one file, at a line when known.
type FileError struct {
	Path string
	Line int
	Err  error
}

func (e *FileError) Error() string {
	msg := e.Err.Error()
	var le *model.LineError
	if errors.As(e.Err, &le) {
		msg = le.Msg
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, msg)
}

func (e *FileError) Unwrap() error { return e.Err }

// Open reads and decodes the unit at path. Folders, files over the size
// limit, binary or malformed content and newer formats are refused with a
// *FileError that names the file and, where known, the line.
func Open(path string) (*Loaded, error) {
	info, _ := os.Stat(path) // before reading: a change while reading then shows later
	data, err := ReadLimited(path)
	if err != nil {
		return nil, err
	}
	d, err := model.Decode(data)
	if err != nil {
		fe := &FileError{Path: path, Err: err}
		var le *model.LineError
		if errors.As(err, &le) {
			fe.Line = le.Line
		}
		return nil, fe
	}
	return &Loaded{Path: path, Project: d.Project, Warnings: d.Warnings, Lines: d.Lines, Data: data, Snapshot: snapshotOf(data, info)}, nil
}

// ReadLimited reads a file of at most model.MaxFileSize bytes, refusing
// folders, devices, FIFOs and larger files before reading them; opening
// never waits (a FIFO put in a unit's place cannot hang Coplan).
func ReadLimited(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, &FileError{Path: path, Err: plainOSError(err)}
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, &FileError{Path: path, Err: plainOSError(err)}
	}
	if info.IsDir() {
		return nil, &FileError{Path: path, Err: errors.New("is a folder, not a unit file")}
	}
	if !info.Mode().IsRegular() {
		return nil, &FileError{Path: path, Err: errors.New("is not a regular file (a device, a pipe or a socket), not a unit file")}
	}
	if info.Size() > model.MaxFileSize {
		return nil, &FileError{Path: path, Err: fmt.Errorf("file is %d MB, larger than the %d MB a unit may be", info.Size()>>20, model.MaxFileSize>>20)}
	}
	data, err := io.ReadAll(io.LimitReader(f, model.MaxFileSize+1))
	if err != nil {
		return nil, &FileError{Path: path, Err: plainOSError(err)}
	}
	if len(data) > model.MaxFileSize {
		return nil, &FileError{Path: path, Err: fmt.Errorf("file is larger than the %d MB a unit may be", model.MaxFileSize>>20)}
	}
	return data, nil
}

// plainOSError drops the path from an *os.PathError, which FileError names already.
func plainOSError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, os.ErrNotExist):
			return errors.New("no such file")
		case errors.Is(err, os.ErrPermission):
			return errors.New("permission denied")
		}
		return pe.Err
	}
	return err
}

// Revision returns the content revision of p: a hash of its encoding with
// the revision fields left out. Equal content gives equal revisions.
func Revision(p *model.Project) string {
	rev, parent := p.Revision, p.Parent
	p.Revision, p.Parent = "", ""
	sum := sha256.Sum256(model.Encode(p))
	p.Revision, p.Parent = rev, parent
	return hex.EncodeToString(sum[:12])
}

// Stamp records p's content revision before a save: when the content changed
// since the revision it carries, that revision becomes its parent.
func Stamp(p *model.Project) {
	rev := Revision(p)
	if rev == p.Revision {
		return
	}
	if p.Revision != "" {
		p.Parent = p.Revision
	}
	p.Revision = rev
}

// Save stamps p's revision and writes it to path atomically (see WriteFile).
func Save(path string, p *model.Project) error {
	Stamp(p)
	data, err := model.EncodeChecked(p) // never write a file that would not open
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return WriteFile(path, data)
}

// BackupPath returns where the previous version of the file at path is kept.
func BackupPath(path string) string { return path + BackupSuffix }

// ErrReadOnly is what a save of a read-only file fails with (wrapped, with
// the file's name): the file is left as it was.
var ErrReadOnly = errors.New("the file is read-only")

// WriteFile replaces the file at path with data so that a reader sees the
// old content or the new, never a mix: it writes a temporary file in the same
// folder, syncs it, keeps the old file as path+".bak", renames the new file
// over the old one and syncs the folder. If anything fails, the old file is
// left as it was and the error says why. A read-only file is refused, not
// replaced. When path is a link, the file it leads to is replaced and the
// link stays a link. Temporary files left in the folder by a save that was
// killed midway are removed.
func WriteFile(path string, data []byte) error {
	target, err := linkTarget(path)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	dir := filepath.Dir(target)
	mode := os.FileMode(0o644)
	info, err := os.Stat(target)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("save %s: a folder of that name is in the way", path)
	case err == nil && info.Mode().Perm()&0o222 == 0:
		return fmt.Errorf("save %s: %w; nothing was saved (make it writable, or save a copy under another name)", path, ErrReadOnly)
	case err == nil:
		mode = info.Mode().Perm()
	case !errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("save %s: %w", path, plainOSError(err))
	}
	if d, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) || (err == nil && !d.IsDir()) {
		return fmt.Errorf("save %s: folder %s does not exist", path, dir)
	}
	removeLeftovers(dir, filepath.Base(target))
	tmp, err := writeTemp(dir, filepath.Base(target), data, mode)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if info != nil {
		if err := copyFile(target, BackupPath(target), mode); err != nil {
			os.Remove(tmp)
			return fmt.Errorf("save %s: keep the previous version as %s: %w", path, filepath.Base(BackupPath(target)), err)
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("save %s: %w", path, plainOSError(err))
	}
	syncDir(dir)
	return nil
}

// maxLinks bounds how many links in a row linkTarget follows.
const maxLinks = 40

// linkTarget returns the file that saving to path replaces: path itself,
// or the file a link at path leads to (which may not exist yet).
func linkTarget(path string) (string, error) {
	for range maxLinks {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&os.ModeSymlink == 0 {
			return path, nil
		}
		dest, err := os.Readlink(path)
		if err != nil {
			return "", plainOSError(err)
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(path), dest)
		}
		path = dest
	}
	return "", errors.New("too many links in a row")
}

// leftoverAge is how old a temporary file of ours must be before a save
// takes it for one left by a save that was killed: a save takes well
// under a second, and a younger one may be another computer's save in a
// shared folder.
const leftoverAge = 2 * time.Minute

// removeLeftovers removes, from dir, the temporary files that saves of base
// (its backup and lock too) left behind when they were killed midway.
func removeLeftovers(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !isOurTemp(e.Name(), base) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > leftoverAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// isOurTemp reports whether name is a temporary file writeTemp made for
// base, its backup or its lock: "." + name + "." + digits + ".tmp".
func isOurTemp(name, base string) bool {
	base = strings.TrimPrefix(base, ".")
	for _, stem := range []string{base, base + BackupSuffix, base + LockSuffix} {
		rest, ok := strings.CutPrefix(name, "."+stem+".")
		if !ok {
			continue
		}
		digits, ok := strings.CutSuffix(rest, ".tmp")
		if ok && digits != "" && strings.Trim(digits, "0123456789") == "" {
			return true
		}
	}
	return false
}

// writeTemp writes data to a new hidden file in dir and syncs it.
func writeTemp(dir, base string, data []byte, mode os.FileMode) (string, error) {
	f, err := os.CreateTemp(dir, "."+strings.TrimPrefix(base, ".")+".*.tmp")
	if err != nil {
		return "", plainOSError(err)
	}
	name := f.Name()
	fail := func(err error) (string, error) {
		f.Close()
		os.Remove(name)
		return "", plainOSError(err)
	}
	if _, err := f.Write(data); err != nil {
		return fail(err)
	}
	if err := f.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := syncFile(f); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(name)
		return "", plainOSError(err)
	}
	return name, nil
}

// syncFile flushes a file to stable storage; tests replace it to simulate a full disk.
var syncFile = (*os.File).Sync

// copyFile copies src to dst through a synced temporary file and a rename.
func copyFile(src, dst string, mode os.FileMode) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return plainOSError(err)
	}
	if info, err := os.Stat(dst); err == nil && info.IsDir() {
		return errors.New("a folder of that name is in the way")
	}
	tmp, err := writeTemp(filepath.Dir(dst), filepath.Base(dst), data, mode)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return plainOSError(err)
	}
	return nil
}

// syncDir makes a rename in dir durable. Some systems cannot sync a folder;
// the rename has happened either way, so that is not an error.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
