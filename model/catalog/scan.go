package catalog

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"coplan/model"
)

// Progress is told how many of the unit files found have been indexed so
// far. It is called on the goroutine that runs the scan: first once the
// folder has been listed (with the files the cache holds counted as done),
// then after each file decoded, last with done == total.
type Progress func(done, total int)

// Scanner scans folders of units. The zero Scanner decodes on every core
// and keeps no cache; Scan uses the default cache folder.
type Scanner struct {
	// CacheDir is the folder of index caches; "" scans without a cache.
	CacheDir string
	// Workers is the number of files decoded at once; 0 means one per CPU.
	Workers int
	// Progress, if set, is told how the scan advances.
	Progress Progress
}

// Scan indexes every unit file under dir with the default cache (see
// DefaultCacheDir), reporting progress to progress (which may be nil).
// See Scanner.Scan.
func Scan(ctx context.Context, dir string, progress Progress) (*Index, error) {
	cacheDir, err := DefaultCacheDir()
	ix, scanErr := (&Scanner{CacheDir: cacheDir, Progress: progress}).Scan(ctx, dir)
	if ix != nil && err != nil {
		ix.Stats.CacheNote = err.Error()
	}
	return ix, scanErr
}

// Scan indexes every unit file under dir, following links to folders but
// skipping link loops, hidden folders (such as .coplan-merged) and folders
// it cannot read, each with a note in Index.Skipped. Files that fail to load
// are listed in Index.Failed. Unchanged files (same size and modification
// time) come from the cache without being read; the others are decoded in
// parallel. Scan fails only when dir cannot be read, or with ctx's error
// when ctx ends first; the files decoded before then are cached all the same.
func (s *Scanner) Scan(ctx context.Context, dir string) (*Index, error) {
	start := time.Now()
	files, skipped, err := walk(ctx, dir)
	if err != nil {
		return nil, err
	}
	ix := &Index{Dir: dir, Skipped: skipped}
	ix.Stats.Files = len(files)

	var old map[string]cached
	var cacheFile, root string
	if s.CacheDir != "" {
		if root, err = filepath.Abs(dir); err == nil {
			cacheFile = cachePath(s.CacheDir, root)
			old, ix.Stats.CacheNote = loadCache(cacheFile, root)
		}
	}
	results := make([]cached, len(files))
	var todo []int
	for i, f := range files {
		if c, ok := old[f.rel]; ok && c.fresh(f) {
			results[i] = c
			continue
		}
		todo = append(todo, i)
	}
	ix.Stats.Cached = len(files) - len(todo)
	s.report(ix.Stats.Cached, len(files))
	decoded, scanErr := s.decode(ctx, files, todo, results)
	ix.Stats.Decoded = decoded

	if cacheFile != "" && (decoded > 0 || len(old) != len(files) || ix.Stats.CacheNote != "") {
		if err := saveCache(cacheFile, root, s.nextCache(old, files, results, scanErr != nil)); err != nil {
			ix.Stats.CacheNote = err.Error()
		}
	}
	if scanErr != nil {
		return nil, scanErr
	}
	s.fill(ix, files, results)
	ix.Stats.Duration = time.Since(start)
	return ix, nil
}

// nextCache is what the cache holds after a scan: exactly the files found,
// or after a cancelled scan, the old cache with the files decoded so far.
func (s *Scanner) nextCache(old map[string]cached, files []found, results []cached, cancelled bool) map[string]cached {
	next := make(map[string]cached, len(files))
	if cancelled {
		for k, v := range old {
			next[k] = v
		}
	}
	for i, f := range files {
		if r := results[i]; r.Entry != nil || r.Failure != nil {
			next[f.rel] = r
		}
	}
	return next
}

// fill puts the results into the index, in the order the walk found them,
// giving each its path under the folder as the caller named it.
func (s *Scanner) fill(ix *Index, files []found, results []cached) {
	ix.Entries = make([]*Entry, 0, len(files))
	var fold sync.WaitGroup
	for i, f := range files {
		r := results[i]
		if r.Failure != nil {
			fail := *r.Failure
			fail.Path = f.path
			ix.Failed = append(ix.Failed, fail)
			continue
		}
		r.Entry.Path = f.path
		ix.Entries = append(ix.Entries, r.Entry)
	}
	// Entries from the cache are folded for search here, in parallel.
	workers := s.workers()
	for w := range workers {
		fold.Go(func() {
			for i := w; i < len(ix.Entries); i += workers {
				if e := ix.Entries[i]; e.folded == "" {
					e.folded = e.searchText()
				}
			}
		})
	}
	fold.Wait()
}

func (s *Scanner) workers() int {
	if s.Workers > 0 {
		return s.Workers
	}
	return runtime.NumCPU()
}

func (s *Scanner) report(done, total int) {
	if s.Progress != nil {
		s.Progress(done, total)
	}
}

// decode reads the files whose indexes are in todo on a pool of workers,
// storing each record in results, and returns how many it decoded. It stops
// early, with ctx's error, when ctx ends.
func (s *Scanner) decode(ctx context.Context, files []found, todo []int, results []cached) (int, error) {
	if len(todo) == 0 {
		return 0, ctx.Err()
	}
	jobs := make(chan int)
	finished := make(chan int)
	var wg sync.WaitGroup
	for range min(s.workers(), len(todo)) {
		wg.Go(func() {
			for i := range jobs {
				if ctx.Err() != nil {
					continue
				}
				results[i] = load(files[i])
				finished <- i
			}
		})
	}
	go func() {
		defer close(jobs)
		for _, i := range todo {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(finished)
	}()
	done, base := 0, len(files)-len(todo)
	for range finished {
		done++
		if ctx.Err() == nil {
			s.report(base+done, len(files))
		}
	}
	if err := ctx.Err(); err != nil && done < len(todo) {
		return done, err
	}
	return done, nil
}

// load reads and indexes one file; a file that fails to load is recorded
// with its line and message.
func load(f found) cached {
	c := cached{Size: f.size, ModTime: f.mtime.UnixNano()}
	d, err := decodeFile(f)
	if err != nil {
		fail := &Failure{Rel: f.rel, Message: err.Error()}
		var le *model.LineError
		if errors.As(err, &le) {
			fail.Line, fail.Message = le.Line, le.Msg
		}
		c.Failure = fail
		return c
	}
	e := NewEntry(d.Project, len(d.Warnings))
	e.Rel, e.Path, e.Size, e.ModTime = f.rel, f.path, f.size, f.mtime
	e.folded = e.searchText()
	c.Entry = e
	return c
}

// decodeFile reads and decodes the unit file f within the model's limits.
// It reads into a buffer of the size the walk saw, in one or two reads,
// which matters when thousands of files are read; a file over the size limit
// is refused before it is read.
func decodeFile(f found) (*model.Decoded, error) {
	if f.size > model.MaxFileSize {
		return nil, fmt.Errorf("file is %d MB, larger than the %d MB a unit may be", f.size>>20, model.MaxFileSize>>20)
	}
	file, err := os.Open(f.path)
	if err != nil {
		return nil, plainError(err)
	}
	defer file.Close()
	var buf bytes.Buffer
	buf.Grow(int(f.size) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(file, model.MaxFileSize+1)); err != nil {
		return nil, plainError(err)
	}
	return model.Decode(buf.Bytes())
}
