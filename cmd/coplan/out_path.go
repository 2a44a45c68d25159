package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checkOutPath says why the file at path, as the person typed it, cannot be
// written: its folder is missing or is a file, or path is a folder. It
// returns nil when writing may go ahead.
func checkOutPath(path string) error {
	switch info, err := os.Stat(filepath.Dir(path)); {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: folder %s does not exist", path, typedDir(path))
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, plainError(err))
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is a file, not a folder", path, typedDir(path))
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("cannot write %s: it is a folder; give a file name", path)
	}
	return nil
}

// typedDir is the folder part of path as the person typed it ("./out" for
// "./out/x.pdf"), where filepath.Dir would tidy it.
func typedDir(path string) string {
	sep := func(r rune) bool { return r < 128 && os.IsPathSeparator(uint8(r)) }
	i := strings.LastIndexFunc(path, sep)
	if i < 0 {
		return "."
	}
	if dir := strings.TrimRightFunc(path[:i], sep); dir != "" {
		return dir
	}
	return path[:1]
}

// plainError is err without the path an *os.PathError or *os.LinkError
// adds, which may be a temporary file's: the message names the person's
// path itself.
func plainError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
