package catalog

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"coplan/model/store"
)

// found is one unit file the walk found, with what the cache is keyed on.
type found struct {
	rel, path string
	size      int64
	mtime     time.Time
}

// walker lists the unit files under a folder. It follows links that lead
// to places inside the folder, never enters a folder twice (so a link loop
// ends), and never leaves the folder through a link.
type walker struct {
	ctx context.Context
	// root is the real path of the folder scanned.
	root    string
	files   []found
	skipped []Skip
	// open holds the real paths of the folders being walked, root to current.
	open map[string]bool
	// seen maps the real path of every folder walked to its path in the walk.
	seen map[string]string
}

// IsUnitFile reports whether a file name is one the catalog indexes: a
// .coplan.toml file that is not hidden (temporary files, lock files and
// editors' scratch copies are) and not a backup.
func IsUnitFile(name string) bool {
	return strings.HasSuffix(name, store.Extension) && len(name) > len(store.Extension) &&
		!strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "~")
}

// skipFolder reports whether a folder is never scanned: hidden folders,
// which hold merge results (.coplan-merged), version control and sync
// tools' old versions.
func skipFolder(name string) bool { return strings.HasPrefix(name, ".") }

// walk lists the unit files under root, a folder. It fails only when root
// cannot be read or ctx ends; other problems become skips.
func walk(ctx context.Context, root string) ([]found, []Skip, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("scan %s: %w", root, plainError(err))
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("scan %s: not a folder", root)
	}
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, nil, fmt.Errorf("scan %s: %w", root, plainError(err))
	}
	w := &walker{ctx: ctx, root: real, open: map[string]bool{}, seen: map[string]string{}}
	if err := w.dir(root, ".", real, true); err != nil {
		return nil, nil, err
	}
	return w.files, w.skipped, nil
}

func (w *walker) dir(path, rel, real string, isRoot bool) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	if first, ok := w.seen[real]; ok {
		if w.open[real] {
			w.skip(path, fmt.Sprintf("link loop: leads back to %s", display(first)))
		} else {
			w.skip(path, fmt.Sprintf("already scanned as %s", display(first)))
		}
		return nil
	}
	entries, err := readDir(path)
	if err != nil && len(entries) == 0 {
		if isRoot {
			return fmt.Errorf("scan %s: %w", path, plainError(err))
		}
		w.skip(path, "cannot read folder: "+plainError(err).Error())
		return nil
	}
	w.seen[real], w.open[real] = rel, true
	defer delete(w.open, real)
	for _, d := range entries {
		name := d.Name()
		childPath, childRel, childReal := filepath.Join(path, name), filepath.Join(rel, name), filepath.Join(real, name)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			if err := w.link(childPath, childRel); err != nil {
				return err
			}
		case d.IsDir():
			if skipFolder(name) {
				continue
			}
			if err := w.dir(childPath, childRel, childReal, false); err != nil {
				return err
			}
		case d.Type().IsRegular() && IsUnitFile(name):
			info, err := d.Info()
			if err != nil {
				continue // removed since the folder was listed
			}
			w.files = append(w.files, found{rel: childRel, path: childPath, size: info.Size(), mtime: info.ModTime()})
		}
	}
	return nil
}

// link follows a symbolic link to a unit file or a folder inside the
// scanned folder; a link that leads out of it is noted and not followed.
func (w *walker) link(path, rel string) error {
	name := filepath.Base(path)
	if strings.HasPrefix(name, ".") {
		return nil
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		w.skip(path, "cannot follow link: "+plainError(err).Error())
		return nil
	}
	if !inside(w.root, real) {
		w.skip(path, "link leads out of the scanned folder; not followed")
		return nil
	}
	info, err := os.Stat(real)
	if err != nil {
		w.skip(path, "cannot follow link: "+plainError(err).Error())
		return nil
	}
	switch {
	case info.IsDir():
		return w.dir(path, rel, real, false)
	case info.Mode().IsRegular() && IsUnitFile(name):
		w.files = append(w.files, found{rel: rel, path: path, size: info.Size(), mtime: info.ModTime()})
	}
	return nil
}

// inside reports whether the real path p is root or lies within it.
func inside(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// readDir lists a folder; tests replace it to simulate a folder that cannot be read.
var readDir = os.ReadDir

func (w *walker) skip(path, reason string) {
	w.skipped = append(w.skipped, Skip{Path: path, Reason: reason})
}

// display names a folder of the walk for a message.
func display(rel string) string {
	if rel == "." {
		return "the scanned folder"
	}
	return rel
}

// plainError drops the path from an *fs.PathError, which the caller names.
func plainError(err error) error {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or folder")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	case errors.As(err, &pe):
		return pe.Err
	}
	return err
}
