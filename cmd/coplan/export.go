package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/export"
	"coplan/model/store"
)

// exportOptions are the flags of coplan export.
type exportOptions struct {
	format  string
	handout string
	rubric  string
	expert  string
	partner string
	paper   string
	out     string
	tasks   bool
	// warn receives notes on what a format left out, such as undated sessions.
	warn io.Writer
}

// exportFormats maps each --format value to the function that writes it
// into memory; add a format by adding a line here.
var exportFormats = map[string]func(buf *bytes.Buffer, p *model.Project, o exportOptions) error{
	"pdf":                  exportPDF,
	export.FormatCanvasCSV: exportCanvasCSV,
	export.FormatMoodleCSV: exportMoodleCSV,
	export.FormatICS:       exportICS,
	export.FormatMarkdown:  exportMarkdown,
}

// exportFormatNames lists the formats in the order the usage text gives them.
var exportFormatNames = []string{"pdf", export.FormatCanvasCSV, export.FormatMoodleCSV, export.FormatICS, export.FormatMarkdown}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := exportOptions{warn: stderr}
	fs.StringVar(&o.format, "format", "pdf", "what to write: "+strings.Join(exportFormatNames, ", "))
	fs.StringVar(&o.handout, "handout", export.HandoutOverview, "with --format pdf, the handout: "+strings.Join(export.Handouts, ", "))
	fs.StringVar(&o.rubric, "rubric", "", "only this rubric (id or title): to print, or in a rubric spreadsheet; default all")
	fs.StringVar(&o.expert, "expert", "", "only this expert (id or name): to brief, or their sessions with ics; default all")
	fs.StringVar(&o.partner, "partner", "", "with --handout briefing, brief this partner organisation (id or name), or "+export.AllPartners+" for every partner, instead of experts")
	fs.StringVar(&o.paper, "paper", exportLocalePaper(), "paper size: "+strings.Join(export.Papers, " or ")+"; the default follows the locale")
	fs.BoolVar(&o.tasks, "tasks", false, "with --format ics, also each responsibility on its due date as an all-day event")
	fs.StringVar(&o.out, "o", "", "the file to write, or - for standard output (required)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan export --format pdf --handout overview|rubric|briefing|schedule")
		fmt.Fprintln(stderr, "                     [--rubric X] [--expert X | --partner X|all] [--paper a4|letter] -o OUT.pdf FILE")
		fmt.Fprintln(stderr, "       coplan export --format canvas-csv|moodle-csv [--rubric X] -o OUT.csv FILE")
		fmt.Fprintln(stderr, "       coplan export --format ics [--expert X] [--tasks] -o OUT.ics FILE")
		fmt.Fprintln(stderr, "       coplan export --format md -o OUT.md FILE")
		fmt.Fprintln(stderr, "Writes a handout of the unit in FILE. OUT is replaced only once the export has")
		fmt.Fprintln(stderr, "succeeded. Exit status: 0 on success, 1 when the export fails, 2 on wrong usage.")
		fs.PrintDefaults()
	}
	files, err := parseExportArgs(fs, args)
	if err != nil {
		return exitUsage(err)
	}
	if len(files) != 1 || o.out == "" {
		if len(files) > 1 {
			fmt.Fprintf(stderr, "coplan export: one FILE at a time, got %d\n", len(files))
		} else if o.out == "" && len(files) == 1 {
			fmt.Fprintln(stderr, "coplan export: say where to write with -o OUT")
		}
		fs.Usage()
		return 2
	}
	write, ok := exportFormats[strings.ToLower(o.format)]
	if !ok {
		fmt.Fprintf(stderr, "coplan export: unknown format %q; choose one of %s\n", o.format, strings.Join(exportFormatNames, ", "))
		return 2
	}
	if err := checkExportFlags(o); err != nil {
		fmt.Fprintf(stderr, "coplan export: %v\n", err)
		return 2
	}

	if o.out != "-" && sameFile(o.out, files[0]) {
		fmt.Fprintf(stderr, "coplan export: -o %s names the unit itself, which the export would replace; choose another name\n", o.out)
		return 2
	}
	loaded, err := store.Open(files[0])
	if err != nil {
		fmt.Fprintf(stderr, "coplan export: %v\n", err)
		return 1
	}
	for _, w := range loaded.Warnings {
		sep := ": "
		if w.Line > 0 {
			sep = ":"
		}
		fmt.Fprintf(stderr, "%s%s%s\n", files[0], sep, w)
	}
	if err := resolveExportChoices(loaded.Project, &o); err != nil {
		fmt.Fprintf(stderr, "coplan export: %s: %v\n", files[0], err)
		return 1
	}
	var buf bytes.Buffer
	if err := write(&buf, loaded.Project, o); err != nil {
		fmt.Fprintf(stderr, "coplan export: %s: %v\n", files[0], err)
		return 1
	}
	if buf.Len() == 0 {
		fmt.Fprintf(stderr, "coplan export: %s: the export produced nothing\n", files[0])
		return 1
	}
	if o.out == "-" {
		if _, err := buf.WriteTo(stdout); err != nil {
			fmt.Fprintf(stderr, "coplan export: %v\n", err)
			return 1
		}
		return 0
	}
	if err := writeExportFile(o.out, buf.Bytes()); err != nil {
		fmt.Fprintf(stderr, "coplan export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Wrote %s\n", o.out)
	return 0
}

// parseExportArgs parses flags that may come before or after the file
// names, and returns the file names.
func parseExportArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		if args[0] == "--" {
			return append(files, args[1:]...), nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

// checkExportFlags refuses values that cannot work before any file is read.
func checkExportFlags(o exportOptions) error {
	if !slices.Contains(export.Handouts, strings.ToLower(o.handout)) {
		return fmt.Errorf("unknown handout %q; choose one of %s", o.handout, strings.Join(export.Handouts, ", "))
	}
	if !slices.Contains(export.Papers, strings.ToLower(o.paper)) {
		return fmt.Errorf("unknown paper size %q; choose %s", o.paper, strings.Join(export.Papers, " or "))
	}
	if o.partner != "" {
		switch {
		case !strings.EqualFold(o.format, "pdf") || !strings.EqualFold(o.handout, export.HandoutBriefing):
			return fmt.Errorf("--partner goes with --format pdf --handout %s", export.HandoutBriefing)
		case o.expert != "":
			return errors.New("brief an expert or a partner: give --expert or --partner, not both")
		}
	}
	return nil
}

// resolveExportChoices turns the names --rubric, --expert and --partner give
// into ids, or says how to choose when a name fits none or several, or when
// the format needs a choice the options do not make.
func resolveExportChoices(p *model.Project, o *exportOptions) (err error) {
	if o.rubric != "" {
		if o.rubric, err = pick(p, "--rubric", o.rubric, model.KindRubric); err != nil {
			return err
		}
	} else if strings.EqualFold(o.format, export.FormatMoodleCSV) && len(p.Rubrics) > 1 {
		return chooseOne(p, fmt.Sprintf("a Moodle file holds one rubric and this unit has %d", len(p.Rubrics)), "--rubric", model.KindRubric)
	}
	if o.expert != "" {
		if o.expert, err = pick(p, "--expert", o.expert, model.KindExpert); err != nil {
			return err
		}
	}
	if o.partner != "" {
		id, err := pick(p, "--partner", o.partner, model.KindPartner)
		switch {
		case err == nil:
			o.partner = id
		case !strings.EqualFold(strings.TrimSpace(o.partner), export.AllPartners):
			if len(p.Partners) > 0 {
				err = fmt.Errorf("%w\nor --partner %s to brief every partner", err, export.AllPartners)
			}
			return err
		}
	}
	return nil
}

// exportPDF writes one PDF handout.
func exportPDF(buf *bytes.Buffer, p *model.Project, o exportOptions) error {
	return export.WritePDF(buf, p, export.PDFOptions{
		Handout: o.handout,
		Paper:   o.paper,
		Rubric:  o.rubric,
		Expert:  o.expert,
		Partner: o.partner,
		Now:     time.Now(),
	})
}

// exportCanvasCSV writes rubrics as a Canvas rubric import spreadsheet.
func exportCanvasCSV(buf *bytes.Buffer, p *model.Project, o exportOptions) error {
	return export.WriteCanvasCSV(buf, p, export.RubricOptions{Rubric: o.rubric})
}

// exportMoodleCSV writes one rubric as a Moodle rubric spreadsheet.
func exportMoodleCSV(buf *bytes.Buffer, p *model.Project, o exportOptions) error {
	return export.WriteMoodleCSV(buf, p, export.RubricOptions{Rubric: o.rubric})
}

// exportICS writes the sessions as an iCalendar file and names on o.warn
// the sessions it left out for want of a date.
func exportICS(buf *bytes.Buffer, p *model.Project, o exportOptions) error {
	res, err := export.WriteICS(buf, p, export.ICSOptions{Expert: o.expert, Now: time.Now(), Tasks: o.tasks})
	for _, title := range res.Undated {
		if o.warn != nil {
			fmt.Fprintf(o.warn, "coplan export: left out session %q: it has no date yet\n", title)
		}
	}
	for _, u := range res.Unwritable {
		if o.warn != nil {
			fmt.Fprintf(o.warn, "coplan export: left out session %q: %s\n", u.Title, u.Reason)
		}
	}
	return err
}

// exportMarkdown writes the whole unit as a Markdown page.
func exportMarkdown(buf *bytes.Buffer, p *model.Project, o exportOptions) error {
	return export.WriteMarkdown(buf, p)
}

// exportLocalePaper is the paper size of the user's locale (export.LocalePaper).
func exportLocalePaper() string { return export.LocalePaper(os.Getenv) }

// writeExportFile writes data to path through a temporary file in the same
// folder, so that path is either replaced whole or left as it was. Its
// errors name path as given, never the temporary file.
func writeExportFile(path string, data []byte) (err error) {
	if err := checkOutPath(path); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, plainError(err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = fmt.Errorf("cannot write %s: %w", path, plainError(err))
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
