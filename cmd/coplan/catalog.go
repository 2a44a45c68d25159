package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"coplan/model/catalog"
)

// catalogReport is what catalog --json prints.
type catalogReport struct {
	Dir     string            `json:"dir"`
	Units   []*catalog.Entry  `json:"units"`
	Failed  []catalog.Failure `json:"failed"`
	Skipped []catalog.Skip    `json:"skipped"`
}

func runCatalog(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("catalog", flag.ContinueOnError)
	fs.SetOutput(stderr)
	search := fs.String("search", "", "list only units that match every word of `TEXT`, ignoring case and accents")
	subject := fs.String("subject", "", "list only units with `SUBJECT`")
	year := fs.String("year", "", "list only units for year level `Y`")
	partner := fs.String("partner", "", "list only units with a partner whose name contains `NAME`")
	engagement := fs.String("engagement", "", "list only units with sessions of `KIND`: in-class (the community comes in), in-community (students go out) or both")
	sortBy := fs.String("sort", "title", "order by `KEY`: title, changed (newest first), readiness (readiest first) or path")
	reverse := fs.Bool("reverse", false, "reverse the order")
	asJSON := fs.Bool("json", false, "print the units, failed files and skipped folders as JSON")
	noCache := fs.Bool("no-cache", false, "read every file, ignoring and not writing the index cache")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan catalog [--search TEXT] [--subject S] [--year Y] [--json] DIR")
		fmt.Fprintln(stderr, "Lists the units under DIR, one line each: title, year levels, subjects,")
		fmt.Fprintln(stderr, "sessions in class and in the community, rubrics, readiness and file.")
		fmt.Fprintln(stderr, "Files that fail to load are listed on stderr.")
		fmt.Fprintln(stderr, "Exit status: 0 even when some files fail, 1 when DIR cannot be read, 2 on wrong usage.")
		fs.PrintDefaults()
	}
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		return exitUsage(err)
	}
	if len(dirs) != 1 {
		fs.Usage()
		return 2
	}
	f := catalog.Filter{Subject: *subject, YearLevel: *year, Partner: *partner, Reverse: *reverse}
	if f.Sort, err = catalog.ParseSort(*sortBy); err != nil {
		fmt.Fprintln(stderr, "coplan catalog:", err)
		return 2
	}
	if f.Engagement, err = catalog.ParseEngagement(*engagement); err != nil {
		fmt.Fprintln(stderr, "coplan catalog:", err)
		return 2
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var ix *catalog.Index
	if *noCache {
		ix, err = (&catalog.Scanner{}).Scan(ctx, dirs[0])
	} else {
		ix, err = catalog.Scan(ctx, dirs[0], nil)
	}
	if err != nil {
		fmt.Fprintln(stderr, "coplan catalog:", err)
		return 1
	}
	units := ix.Search(*search, f)
	for _, fail := range ix.Failed {
		fmt.Fprintln(stderr, fail.Error())
	}
	for _, s := range ix.Skipped {
		fmt.Fprintln(stderr, "coplan catalog: skipped", s)
	}
	if *asJSON {
		report := catalogReport{Dir: ix.Dir, Units: units, Failed: ix.Failed, Skipped: ix.Skipped}
		if report.Units == nil {
			report.Units = []*catalog.Entry{}
		}
		if report.Failed == nil {
			report.Failed = []catalog.Failure{}
		}
		if report.Skipped == nil {
			report.Skipped = []catalog.Skip{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(report); err != nil {
			fmt.Fprintln(stderr, "coplan catalog:", err)
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	for _, e := range units {
		fmt.Fprintln(tw, catalogLine(e))
	}
	tw.Flush()
	return 0
}

// catalogLine writes one unit as tab-separated cells.
func catalogLine(e *catalog.Entry) string {
	title := e.Title
	if strings.TrimSpace(title) == "" {
		title = "(untitled)"
	}
	years := "no year level"
	if len(e.YearLevels) > 0 {
		years = "years " + strings.Join(e.YearLevels, ", ")
	}
	subjects := strings.Join(e.Subjects, ", ")
	if subjects == "" {
		subjects = "no subject"
	}
	rubrics := fmt.Sprintf("%d rubrics", len(e.Rubrics))
	if len(e.Rubrics) == 1 {
		rubrics = "1 rubric"
	}
	cells := []string{
		title, years, subjects,
		fmt.Sprintf("%d in class, %d in community", e.InClass, e.InCommunity),
		rubrics, e.Readiness(), e.Path,
	}
	for i, c := range cells {
		cells[i] = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, c)
	}
	return strings.Join(cells, "\t")
}

// parseInterspersed parses flags that may come before or after the
// positional arguments, and returns the positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		if consumed := len(args) - fs.NArg(); consumed > 0 && args[consumed-1] == "--" {
			return append(rest, fs.Args()...), nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
