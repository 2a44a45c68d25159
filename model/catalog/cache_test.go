package catalog_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/catalog"
)

// cacheFiles lists the cache files in dir.
func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, "catalog-*.gob"))
	if err != nil {
		t.Fatal(err)
	}
	return matches
}

func TestRescanOfUnchangedFilesReadsOnlyTheCache(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	writeUnits(t, dir, 20, 3, 1)
	first := scan(t, dir, cache)
	if first.Stats.Decoded != 20 || first.Stats.Cached != 0 || len(cacheFiles(t, cache)) != 1 {
		t.Fatalf("first scan %+v, cache %v", first.Stats, cacheFiles(t, cache))
	}
	before, _ := os.Stat(cacheFiles(t, cache)[0])
	again := scan(t, dir, cache)
	if again.Stats.Decoded != 0 || again.Stats.Cached != 20 {
		t.Fatalf("rescan %+v", again.Stats)
	}
	if after, _ := os.Stat(cacheFiles(t, cache)[0]); !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("an unchanged rescan rewrote the cache")
	}
	for i, e := range again.Entries {
		f := first.Entries[i]
		if e.Path != f.Path || e.Title != f.Title || e.ID != f.ID || e.Warnings != f.Warnings || len(e.Rubrics) != len(f.Rubrics) || !e.ModTime.Equal(f.ModTime) {
			t.Errorf("cached entry %d differs: %+v vs %+v", i, e, f)
		}
	}
	if got := again.Search("clean-up", catalog.Filter{}); len(got) != 4 {
		t.Errorf("search over cached entries finds %d clean-up units, want 4", len(got))
	}
}

func TestCacheFollowsChangedAndRemovedFiles(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	paths := writeUnits(t, dir, 5, 3, 1)
	scan(t, dir, cache)

	changed := generated(0, 3, 1)
	changed.Title = "Wind turbines for Ōtaki"
	os.WriteFile(paths[0], model.Encode(changed), 0o644)
	future := time.Now().Add(time.Hour)
	os.Chtimes(paths[0], future, future) // same-size rewrites still show as a new time
	os.Remove(paths[1])
	os.WriteFile(paths[2], []byte("format = \"coplan/1\"\n[broken\n"), 0o644)
	writeFile(t, dir, "new.coplan.toml", model.Encode(generated(9, 3, 1)))

	ix := scan(t, dir, cache)
	if ix.Stats.Decoded != 3 || ix.Stats.Cached != 2 {
		t.Errorf("stats %+v: want the changed, broken and new files decoded", ix.Stats)
	}
	if e := ix.Lookup(paths[0]); e == nil || e.Title != "Wind turbines for Ōtaki" {
		t.Errorf("changed file indexed as %+v", e)
	}
	if ix.Lookup(paths[1]) != nil {
		t.Errorf("removed file still listed")
	}
	if len(ix.Failed) != 1 || ix.Failed[0].Path != paths[2] {
		t.Errorf("failed %v", ix.Failed)
	}
	if len(ix.Entries) != 4 {
		t.Errorf("entries %v", rels(ix))
	}
	// The next scan has nothing left to read: failures are cached too.
	if again := scan(t, dir, cache); again.Stats.Decoded != 0 || len(again.Failed) != 1 || len(again.Entries) != 4 || again.Lookup(paths[1]) != nil {
		t.Errorf("rescan %+v, failed %v", again.Stats, again.Failed)
	}
}

func TestCorruptCacheIsRebuilt(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(path string)
	}{
		{"garbage", func(path string) { os.WriteFile(path, []byte("not a cache"), 0o600) }},
		{"truncated", func(path string) {
			data, _ := os.ReadFile(path)
			os.WriteFile(path, data[:len(data)/2], 0o600)
		}},
		{"empty", func(path string) { os.WriteFile(path, nil, 0o600) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, cache := t.TempDir(), t.TempDir()
			writeUnits(t, dir, 5, 3, 1)
			scan(t, dir, cache)
			tt.corrupt(cacheFiles(t, cache)[0])
			ix := scan(t, dir, cache)
			if ix.Stats.Decoded != 5 || len(ix.Entries) != 5 || !strings.Contains(ix.Stats.CacheNote, "rebuilt") {
				t.Errorf("after a %s cache: %+v", tt.name, ix.Stats)
			}
			if again := scan(t, dir, cache); again.Stats.Cached != 5 {
				t.Errorf("rebuilt cache not used: %+v", again.Stats)
			}
		})
	}
}

func TestEachFolderHasItsOwnCache(t *testing.T) {
	one, two, cache := t.TempDir(), t.TempDir(), t.TempDir()
	writeUnits(t, one, 3, 3, 1)
	writeUnits(t, two, 4, 3, 1)
	scan(t, one, cache)
	scan(t, two, cache)
	if got := cacheFiles(t, cache); len(got) != 2 {
		t.Fatalf("cache files %v", got)
	}
	if a, b := scan(t, one, cache), scan(t, two, cache); a.Stats.Cached != 3 || b.Stats.Cached != 4 {
		t.Errorf("stats %+v and %+v", a.Stats, b.Stats)
	}
}

func TestScanUsesTheCacheFolderFromTheEnvironment(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	t.Setenv(catalog.CacheDirEnv, cache)
	writeUnits(t, dir, 2, 3, 1)
	if got, err := catalog.DefaultCacheDir(); err != nil || got != cache {
		t.Fatalf("cache folder %q, %v", got, err)
	}
	if _, err := catalog.Scan(context.Background(), dir, nil); err != nil {
		t.Fatal(err)
	}
	ix, err := catalog.Scan(context.Background(), dir, nil)
	if err != nil || ix.Stats.Cached != 2 || len(cacheFiles(t, cache)) != 1 {
		t.Errorf("second scan %+v, %v", ix.Stats, err)
	}
}

func TestAnUnwritableCacheIsNotAnError(t *testing.T) {
	dir := t.TempDir()
	blocker := writeFile(t, t.TempDir(), "file", []byte("x"))
	writeUnits(t, dir, 2, 3, 1)
	ix := scan(t, dir, filepath.Join(blocker, "cache"))
	if len(ix.Entries) != 2 || !strings.Contains(ix.Stats.CacheNote, "save index cache") {
		t.Errorf("entries %d, note %q", len(ix.Entries), ix.Stats.CacheNote)
	}
}
