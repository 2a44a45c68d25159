package catalog_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"

	"github.com/BurntSushi/toml"

	"coplan/model/catalog"
	"coplan/model/modeltest"
)

// benchUnits is the size of the school-scale library the benchmarks scan.
const benchUnits = 2000

var (
	benchOnce  sync.Once
	benchDir   string
	benchFiles []string
)

// benchLibrary writes the generated library once per test binary: 2,000
// units of 12 sessions and 2 rubrics, in folders of 100.
func benchLibrary(b *testing.B) (string, []string) {
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "coplan-catalog-bench")
		if err != nil {
			b.Fatal(err)
		}
		benchDir = dir
		benchFiles = writeUnits(b, dir, benchUnits, 12, 2)
	})
	if benchDir == "" {
		b.Fatal("no library")
	}
	return benchDir, benchFiles
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkScan compares a cold scan (no cache: every file decoded, indexed
// and validated on a pool of one worker per CPU, then the cache written) and
// a warm rescan (every file unchanged: only stat'ed) with the baseline of
// BurntSushi/toml decoding the same files into plain structs on one core.
func BenchmarkScan(b *testing.B) {
	dir, files := benchLibrary(b)
	ctx := context.Background()
	b.Run("Cold", func(b *testing.B) {
		caches := b.TempDir()
		n := 0
		for b.Loop() {
			n++
			s := catalog.Scanner{CacheDir: filepath.Join(caches, strconv.Itoa(n))}
			ix, err := s.Scan(ctx, dir)
			if err != nil || len(ix.Entries) != len(files) || ix.Stats.Decoded != len(files) {
				b.Fatalf("scan: %v", err)
			}
		}
		reportPerScan(b)
	})
	b.Run("Warm", func(b *testing.B) {
		s := catalog.Scanner{CacheDir: b.TempDir()}
		if _, err := s.Scan(ctx, dir); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			ix, err := s.Scan(ctx, dir)
			if err != nil || len(ix.Entries) != len(files) || ix.Stats.Cached != len(files) {
				b.Fatalf("rescan: %v, %+v", err, ix.Stats)
			}
		}
		reportPerScan(b)
	})
	b.Run("BaselinePlainStructsOneCore", func(b *testing.B) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		for b.Loop() {
			for _, path := range files {
				data, err := os.ReadFile(path)
				if err != nil {
					b.Fatal(err)
				}
				var p modeltest.PlainProject
				if _, err := toml.Decode(string(data), &p); err != nil {
					b.Fatal(err)
				}
			}
		}
		reportPerScan(b)
	})
}

// BenchmarkSearch measures a two-word search with a filter over the library.
func BenchmarkSearch(b *testing.B) {
	dir, _ := benchLibrary(b)
	s := catalog.Scanner{CacheDir: b.TempDir()}
	ix, err := s.Scan(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if got := ix.Search("nga rubric", catalog.Filter{Subject: "geography", Sort: catalog.ByLastChange}); len(got) != benchUnits/len(themes) {
			b.Fatalf("%d results", len(got))
		}
	}
}

func reportPerScan(b *testing.B) {
	b.ReportMetric(b.Elapsed().Seconds()*1000/float64(b.N), "ms/scan")
}
