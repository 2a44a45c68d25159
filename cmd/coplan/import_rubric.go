package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/export"
	"coplan/model/store"
)

// rubricImportFormats lists the values of import-rubric --format.
var rubricImportFormats = []string{export.FormatCanvasCSV}

func runImportRubric(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import-rubric", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", export.FormatCanvasCSV, "the spreadsheet's layout: canvas-csv (Canvas's rubric import file)")
	replace := fs.Bool("replace", false, "replace a rubric of the unit that has an imported rubric's title")
	keepBoth := fs.Bool("keep-both", false, "keep a rubric of the unit that has an imported rubric's title, and number the new one")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan import-rubric [--format canvas-csv] [--replace|--keep-both] IN.csv FILE")
		fmt.Fprintln(stderr, "Adds the rubrics in the spreadsheet IN.csv to the unit in FILE and saves it,")
		fmt.Fprintln(stderr, "keeping the previous version as FILE.bak. A spreadsheet with a bad row imports")
		fmt.Fprintln(stderr, "nothing: each bad row is listed as IN.csv:LINE: problem and FILE is left as it was.")
		fmt.Fprintln(stderr, "A rubric whose title the unit already has is refused unless --replace or")
		fmt.Fprintln(stderr, "--keep-both says what to do.")
		fmt.Fprintln(stderr, "Exit status: 0 on success, 1 when the import fails, 2 on wrong usage.")
		fs.PrintDefaults()
	}
	files, err := parseExportArgs(fs, args)
	if err != nil {
		return exitUsage(err)
	}
	if len(files) != 2 {
		fs.Usage()
		return 2
	}
	if *format != export.FormatCanvasCSV {
		fmt.Fprintf(stderr, "coplan import-rubric: unknown format %q; the formats are: %v\n", *format, rubricImportFormats)
		return 2
	}
	clash := export.ClashRefuse
	switch {
	case *replace && *keepBoth:
		fmt.Fprintln(stderr, "coplan import-rubric: --replace and --keep-both cannot be used together")
		return 2
	case *replace:
		clash = export.ClashReplace
	case *keepBoth:
		clash = export.ClashKeepBoth
	}
	in, path := files[0], files[1]
	rubrics, err := importRubrics(in, path, clash, stderr)
	if err != nil {
		var ie *export.ImportError
		var ce *export.ClashError
		if errors.As(err, &ce) {
			fmt.Fprintf(stderr, "coplan import-rubric: %s %s; nothing imported (add --replace to replace it, or --keep-both to keep both)\n", path, strings.TrimPrefix(ce.Error(), "the unit "))
		} else if errors.As(err, &ie) {
			for _, p := range ie.Problems {
				fmt.Fprintf(stderr, "%s:%d: %s\n", in, p.Line, p.Msg)
			}
			fmt.Fprintf(stderr, "coplan import-rubric: nothing imported; %s is unchanged\n", path)
		} else {
			fmt.Fprintf(stderr, "coplan import-rubric: %v\n", err)
		}
		return 1
	}
	for _, r := range rubrics {
		fmt.Fprintf(stdout, "Added rubric %q (%s, %s)\n", r.Title, model.Count(len(r.Criteria), "criterion"), model.Count(len(r.Levels), "level"))
	}
	fmt.Fprintf(stdout, "Saved %s\n", path)
	return 0
}

// importRubrics reads the spreadsheet in, adds its rubrics to the unit at
// path as one edit and saves the unit. Nothing is saved unless every row
// of the spreadsheet is good.
func importRubrics(in, path string, clash export.TitleClash, stderr io.Writer) ([]model.Rubric, error) {
	if l, err := store.ReadLock(path); err == nil && l != nil && !l.Mine() && !l.Stale(time.Now()) {
		le := &store.LockedError{Path: path, Lock: *l}
		return nil, fmt.Errorf("%s: %v; close it there, or import from the editor's Rubrics section", path, le)
	}
	f, err := os.Open(in)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rubrics []model.Rubric
	_, err = store.Update(path, func(loaded *store.Loaded) error {
		for _, w := range loaded.Warnings {
			sep := ": "
			if w.Line > 0 {
				sep = ":"
			}
			fmt.Fprintf(stderr, "%s%s%s\n", path, sep, w)
		}
		doc := model.NewDocument(loaded.Project)
		var err error
		rubrics, err = export.ReadCanvasCSV(f, loaded.Project, doc.Now())
		if err != nil {
			return err
		}
		edit, err := export.PlaceRubricsEdit(loaded.Project, rubrics, clash)
		if err != nil {
			return err
		}
		if _, err := doc.Apply(edit); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		loaded.Project = doc.Project
		return nil
	})
	if err != nil {
		return nil, saveError(path, err, readOnlyHint)
	}
	return rubrics, nil
}
