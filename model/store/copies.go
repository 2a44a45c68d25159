package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// MergedFolder is the folder, beside a unit, that conflicted copies are
// moved into once merged. Coplan never deletes them.
const MergedFolder = ".coplan-merged"

// ConflictedCopy is another file beside a unit that holds a version of it:
// a copy a sync tool made when two computers changed the file at once, or
// any other file with the same unit id and different content.
type ConflictedCopy struct {
	Path string
	// Tool is the sync tool that named the copy ("Syncthing", "Dropbox",
	// "Nextcloud"), or empty for a copy found by its unit id.
	Tool string
	// Who is the device or person the tool named, when it did.
	Who string
	// When is the time in the copy's name, else its modification time.
	When time.Time
}

// copyPattern recognises one sync tool's name for a conflicted copy. Each
// is tried with the tool's text before ".coplan.toml" and before ".toml"
// (tools disagree on what the extension of "unit.coplan.toml" is).
type copyPattern struct {
	tool   string
	inner  string // matches the inserted text; groups: who, date, time
	layout string // how the date and time groups read
	who    int    // index of the who group, or 0
}

var copyPatterns = []copyPattern{
	{"Syncthing", `\.sync-conflict-(\d{8})-(\d{6})-([A-Za-z0-9]+)`, "20060102 150405", 3},
	{"Nextcloud", ` \(conflicted copy (?:(.+) )?(\d{4}-\d{2}-\d{2}) (\d{6})\)`, "2006-01-02 150405", 1},
	{"Dropbox", ` \((?:(.+)'s )?conflicted copy (\d{4}-\d{2}-\d{2})(?: \(\d+\))?\)`, "2006-01-02", 1},
}

// compiledCopyPatterns holds, for each of copyPatterns, the tool's text
// placed before ".coplan.toml" and before ".toml".
var compiledCopyPatterns = func() [][2]*regexp.Regexp {
	var out [][2]*regexp.Regexp
	for _, p := range copyPatterns {
		out = append(out, [2]*regexp.Regexp{
			regexp.MustCompile(`^` + p.inner + `\.coplan\.toml$`),
			regexp.MustCompile(`^\.coplan` + p.inner + `\.toml$`),
		})
	}
	return out
}()

// matchCopyName reports whether name is a sync tool's conflicted copy of
// the unit whose file name is base.
func matchCopyName(base, name string) (ConflictedCopy, bool) {
	stem := strings.TrimSuffix(base, Extension)
	if !strings.HasPrefix(name, stem) || name == base {
		return ConflictedCopy{}, false
	}
	rest := name[len(stem):]
	for i, res := range compiledCopyPatterns {
		for _, re := range res {
			m := re.FindStringSubmatch(rest)
			if m == nil {
				continue
			}
			p := copyPatterns[i]
			c := ConflictedCopy{Tool: p.tool}
			var stamp []string
			for j, g := range m[1:] {
				switch {
				case j+1 == p.who:
					c.Who = g
				case g != "":
					stamp = append(stamp, g)
				}
			}
			if t, err := time.ParseInLocation(p.layout, strings.Join(stamp, " "), time.Local); err == nil {
				c.When = t
			}
			return c, true
		}
	}
	return ConflictedCopy{}, false
}

// FindConflictedCopies lists the copies of the unit at path found beside
// it, oldest first: files named as Syncthing, Dropbox or Nextcloud name
// conflicted copies, and any other unit file with the same unit id whose
// content differs. Backups, lock files and the merged folder are left out.
func FindConflictedCopies(path string) ([]ConflictedCopy, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("look for conflicted copies of %s: %w", path, plainOSError(err))
	}
	own, err := ReadLimited(path)
	if err != nil {
		return nil, fmt.Errorf("look for conflicted copies: %w", err)
	}
	id := headID(own)
	var out []ConflictedCopy
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || name == base || !strings.HasSuffix(name, ".toml") {
			continue
		}
		full := filepath.Join(dir, name)
		c, named := matchCopyName(base, name)
		if !named {
			if id == "" || !strings.HasSuffix(name, Extension) || strings.HasPrefix(name, ".") {
				continue
			}
			data, err := readHead(full)
			if err != nil || headID(data) != id {
				continue
			}
			if whole, err := ReadLimited(full); err != nil || bytes.Equal(whole, own) {
				continue
			}
		}
		c.Path = full
		if c.When.IsZero() {
			if info, err := e.Info(); err == nil {
				c.When = info.ModTime()
			}
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].When.Equal(out[j].When) {
			return out[i].When.Before(out[j].When)
		}
		return out[i].Path < out[j].Path
	})
	return out, nil
}

// headSize is how much of a file headID reads: the unit id is its second key.
const headSize = 16 << 10

var idLine = regexp.MustCompile(`(?m)^id\s*=\s*["']([^"'\n]+)["']`)

// headID returns the unit id from the top-level keys at the start of a unit
// file, or "" when it is not there.
func headID(data []byte) string {
	if len(data) > headSize {
		data = data[:headSize]
	}
	if i := bytes.Index(data, []byte("\n[")); i >= 0 {
		data = data[:i]
	}
	m := idLine.FindSubmatch(data)
	if m == nil {
		return ""
	}
	return string(m[1])
}

func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, headSize))
}

// MoveAside moves a merged conflicted copy into the MergedFolder beside it,
// numbering the name if one of that name is already there, and returns
// where it went. It never deletes anything.
func MoveAside(copyPath string) (string, error) {
	dir := filepath.Join(filepath.Dir(copyPath), MergedFolder)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("move %s aside: %w", copyPath, plainOSError(err))
	}
	name := filepath.Base(copyPath)
	stem, ext := name, ""
	if strings.HasSuffix(name, Extension) {
		stem, ext = strings.TrimSuffix(name, Extension), Extension
	}
	for n := 1; n < 1000; n++ {
		target := filepath.Join(dir, name)
		if n > 1 {
			target = filepath.Join(dir, fmt.Sprintf("%s (%d)%s", stem, n, ext))
		}
		if _, err := os.Lstat(target); !errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err := os.Rename(copyPath, target); err != nil {
			return "", fmt.Errorf("move %s aside: %w", copyPath, plainOSError(err))
		}
		return target, nil
	}
	return "", fmt.Errorf("move %s aside: %s holds too many copies of that name", copyPath, dir)
}
