package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"coplan/model"
	"coplan/model/export"
)

func runJudgingImportScores(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("import-scores", `Usage: coplan judging import-scores [--round TITLE] SCORES.csv FILE
Adds the scores in SCORES.csv to the round's scores in FILE, for sheets typed up
or collected with a form. Columns: judge, team, criterion, level, points, comment.
Judges, teams and criteria go by name; a level by its label on that criterion,
or else points. A score the judge already gave is replaced. A bad row imports
nothing: each is listed as SCORES.csv:LINE: problem.
Exit status: 0 on success, 1 when the import fails, 2 on wrong usage.`, stderr)
	files, code := parseFiles(fs, args, 2)
	if code >= 0 {
		return code
	}
	n := 0
	code = importInto("judging import-scores", files[0], files[1], stderr, func(f *os.File, p *model.Project, now time.Time) (model.Edit, error) {
		r, err := findRound(p, *round)
		if err != nil {
			return nil, err
		}
		e, count, err := export.ReadScoresCSV(f, p, r.ID)
		n = count
		return e, err
	})
	if code == 0 {
		fmt.Fprintf(stdout, "Imported %s; saved %s\n", model.Count(n, "score"), files[1])
	}
	return code
}
