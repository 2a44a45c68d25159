package catalog

import (
	"bufio"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// cacheVersion changes whenever Entry, the cache layout or the wording of
// why a file could not be read changes, so that an old cache is rebuilt
// rather than misread (version 2: messages in the words on screen).
const cacheVersion = 2

// CacheDirEnv names the environment variable that overrides the cache folder.
const CacheDirEnv = "COPLAN_CACHE_DIR"

// DefaultCacheDir returns the folder that holds the catalog's index caches:
// $COPLAN_CACHE_DIR when set, else "coplan" in the user's cache folder.
func DefaultCacheDir() (string, error) {
	if dir := os.Getenv(CacheDirEnv); dir != "" {
		return dir, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("find the cache folder: %w", err)
	}
	return filepath.Join(base, "coplan"), nil
}

// cacheFile is the index of one scanned folder as kept between scans.
type cacheFile struct {
	Version int
	// Root is the absolute path of the scanned folder.
	Root string
	// Files holds what is known of each unit file, by path relative to Root.
	Files map[string]cached
}

// cached is one file's index record, valid while its size and mtime hold.
type cached struct {
	Size    int64
	ModTime int64 // nanoseconds since the Unix epoch
	Entry   *Entry
	Failure *Failure
}

// fresh reports whether the record still describes the file f.
func (c cached) fresh(f found) bool {
	return (c.Entry != nil || c.Failure != nil) && c.Size == f.size && c.ModTime == f.mtime.UnixNano()
}

// cachePath returns the cache file of the folder at the absolute path root.
func cachePath(cacheDir, root string) string {
	sum := sha256.Sum256([]byte(root))
	return filepath.Join(cacheDir, "catalog-"+hex.EncodeToString(sum[:8])+".gob")
}

// loadCache reads the cache of root. A missing cache is empty; a cache that
// cannot be read, is corrupt, or belongs to another version or folder is
// empty too, with a note saying so, and the scan rebuilds it.
func loadCache(path, root string) (map[string]cached, string) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]cached{}, ""
	}
	if err != nil {
		return map[string]cached{}, "index cache unreadable, rebuilt: " + plainError(err).Error()
	}
	defer f.Close()
	var c cacheFile
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<16)).Decode(&c); err != nil {
		return map[string]cached{}, "index cache corrupt, rebuilt"
	}
	if c.Version != cacheVersion || c.Root != root || c.Files == nil {
		return map[string]cached{}, "index cache from another version, rebuilt"
	}
	return c.Files, ""
}

// saveCache writes the cache of root atomically: to a temporary file in the
// cache folder, renamed over the old cache. A torn write is found corrupt by
// the next scan, which rebuilds it.
func saveCache(path, root string, files map[string]cached) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("save index cache: %w", err)
	}
	tmp, err := os.CreateTemp(dir, ".catalog-*.tmp")
	if err != nil {
		return fmt.Errorf("save index cache: %w", err)
	}
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("save index cache: %w", err)
	}
	w := bufio.NewWriterSize(tmp, 1<<16)
	if err := gob.NewEncoder(w).Encode(cacheFile{Version: cacheVersion, Root: root, Files: files}); err != nil {
		return fail(err)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save index cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("save index cache: %w", err)
	}
	return nil
}
