package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// DataDirEnv names the environment variable that, when set, overrides
// DataDir: tests and portable installs point it at a folder of their own.
const DataDirEnv = "COPLAN_DATA_DIR"

// DataDir returns the folder where Coplan keeps what is not part of a unit
// file: the revision history and autosaved edits. It is $COPLAN_DATA_DIR
// when set; else $XDG_DATA_HOME/coplan (~/.local/share/coplan) on Linux and
// other Unix systems, ~/Library/Application Support/coplan on macOS and
// %AppData%\coplan on Windows. The folder may not exist yet.
func DataDir() (string, error) {
	if dir := os.Getenv(DataDirEnv); dir != "" {
		return filepath.Abs(dir)
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("find the data folder: %w", err)
		}
		return filepath.Join(dir, "coplan"), nil
	}
	if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
		return filepath.Join(dir, "coplan"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the data folder: %w", err)
	}
	return filepath.Join(home, ".local", "share", "coplan"), nil
}

// dataSubdir returns the folder name inside DataDir, creating it (readable
// by the user only) when it does not exist.
func dataSubdir(name string) (string, error) {
	root, err := DataDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("create the data folder %s: %w", dir, plainOSError(err))
	}
	return dir, nil
}

// writeAtomic replaces the file at path with data through a synced temporary
// file and a rename, keeping no backup: for files Coplan manages itself.
func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := writeTemp(dir, filepath.Base(path), data, 0o600)
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return plainOSError(err)
	}
	syncDir(dir)
	return nil
}

// removeIfExists removes the file at path; a file already gone is no error.
func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
