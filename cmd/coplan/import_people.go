package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"coplan/model"
	"coplan/model/export"
)

func runImportPeople(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import-people", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, `Usage: coplan import-people PEOPLE.csv FILE
Adds the people in PEOPLE.csv to the unit in FILE as experts, or updates the
ones it has (matched by email, else by name). Columns, matched loosely and in
any case: name, email, phone, partner, roles (separated by semicolons), safety
check kind, number, expiry (YYYY-MM-DD). Partners named there are matched by
name or created. A bad row imports nothing: each is listed as PEOPLE.csv:LINE.
Exit status: 0 on success, 1 when the import fails, 2 on wrong usage.`)
	}
	files, code := parseFiles(fs, args, 2)
	if code >= 0 {
		return code
	}
	var got *export.ImportedPeople
	in := files[0]
	code = importInto("import-people", in, files[1], stderr, func(f *os.File, p *model.Project, now time.Time) (model.Edit, error) {
		ip, err := export.ReadPeopleCSV(f, p, now)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in, err)
		}
		got = ip
		return ip.Edit, nil
	})
	if code == 0 {
		fmt.Fprintf(stdout, "Added %s and %s, updated %s; saved %s\n",
			model.Count(got.Added, "person"), model.Count(got.Partners, "partner"), model.Count(got.Updated, "person"), files[1])
	}
	return code
}
