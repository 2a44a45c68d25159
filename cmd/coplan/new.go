package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"coplan/assets"
	"coplan/model"
	"coplan/model/store"
)

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	template := fs.String("template", "", "start from this template (see 'coplan templates')")
	title := fs.String("title", "", "the unit's title")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan new [--template NAME] [--title TEXT] FILE")
		fmt.Fprintln(stderr, "Creates a unit file; never overwrites an existing file.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	p, err := newProject(*template, *title, time.Now())
	if err != nil {
		fmt.Fprintf(stderr, "coplan new: %v\n", err)
		return 2
	}
	if err := createFile(path, p); err != nil {
		fmt.Fprintf(stderr, "coplan new: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Created %s (%q)\n", path, p.Title)
	return 0
}

// newProject builds a unit from a template (or blank) with fresh ids.
func newProject(template, title string, now time.Time) (*model.Project, error) {
	if template == "" {
		if title == "" {
			title = "Untitled unit"
		}
		return model.NewProject(title, now), nil
	}
	t, ok := assets.Template(template)
	if !ok {
		var names []string
		for _, t := range assets.Templates() {
			names = append(names, t.Name)
		}
		return nil, fmt.Errorf("no template %q; choose one with --template NAME: %s ('coplan templates' describes them)", template, strings.Join(names, ", "))
	}
	d, err := model.Decode(t.Data)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", template, err)
	}
	p := d.Project
	model.Reidentify(p, now.Truncate(time.Second))
	if title != "" {
		p.Title = title
	}
	return p, nil
}

// createFile saves p to path through the checked save, refusing to replace
// a file that exists (even one made by another process a moment ago).
func createFile(path string, p *model.Project) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; choose another name (coplan new never overwrites a file)", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("cannot write %s: %w", path, plainError(err))
	}
	if err := checkOutPath(path); err != nil {
		return err
	}
	if _, err := store.SaveChecked(path, p, store.Snapshot{}); errors.Is(err, store.ErrChangedOnDisk) {
		return fmt.Errorf("%s already exists; choose another name (coplan new never overwrites a file)", path)
	} else if err != nil {
		return err
	}
	return nil
}
