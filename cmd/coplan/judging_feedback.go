package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"coplan/model/export"
)

func runJudgingFeedback(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("feedback", `Usage: coplan judging feedback [--round TITLE] [--with-scores] [--with-names] -o DIR FILE
Prints one PDF per team, as DIR/<team name>.pdf: the rubric with the levels its
judges chose, their comments, strengths and next steps. Judges appear as
"Judge 1", "Judge 2"... and no points show unless asked.
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	dir := fs.String("o", "", "the folder to write the feedback to (made if missing)")
	paper := fs.String("paper", exportLocalePaper(), "paper size: a4 or letter")
	withScores := fs.Bool("with-scores", false, "show the points of each rating and the team's mean total")
	withNames := fs.Bool("with-names", false, "name the judges")
	files, code := parseFiles(fs, args, 1)
	if code >= 0 {
		return code
	}
	if *dir == "" {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "coplan judging feedback: %v\n", err)
		return 1
	}
	l, r, err := openRound(files[0], *round)
	if err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fail(err)
	}
	names := make([]string, len(l.Project.Teams))
	for i, t := range l.Project.Teams {
		names[i] = t.Name
	}
	opt := export.JudgingOptions{Paper: *paper, WithScores: *withScores, WithNames: *withNames}
	for i, stem := range uniqueNames(names) {
		var buf bytes.Buffer
		if err := export.WriteTeamFeedback(&buf, l.Project, r.ID, l.Project.Teams[i].ID, opt); err != nil {
			return fail(err)
		}
		out := filepath.Join(*dir, stem+".pdf")
		if err := writeExportFile(out, buf.Bytes()); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, out)
	}
	return 0
}
