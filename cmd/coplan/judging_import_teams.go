package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"coplan/model"
	"coplan/model/export"
)

func runJudgingImportTeams(args []string, stdout, stderr io.Writer) int {
	fs, _ := judgingFlags("import-teams", `Usage: coplan judging import-teams TEAMS.csv FILE
Adds the teams in TEAMS.csv to the unit in FILE, or updates the teams it already
has by name. Columns (headers in any case): team, project, members (separated by
semicolons), mentor (an expert's name or id), and optionally table. A bad row
imports nothing: each is listed as TEAMS.csv:LINE: problem.
Exit status: 0 on success, 1 when the import fails, 2 on wrong usage.`, stderr)
	files, code := parseFiles(fs, args, 2)
	if code >= 0 {
		return code
	}
	var added, updated int
	code = importInto("judging import-teams", files[0], files[1], stderr, func(f *os.File, p *model.Project, now time.Time) (model.Edit, error) {
		e, a, u, err := export.ReadTeamsCSV(f, p, now)
		added, updated = a, u
		return e, err
	})
	if code == 0 {
		fmt.Fprintf(stdout, "Added %s and updated %d; saved %s\n", model.Count(added, "team"), updated, files[1])
	}
	return code
}
