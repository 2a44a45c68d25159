package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"coplan/model"
	"coplan/model/export"
)

func runJudgingFeedback(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("feedback", `Usage: coplan judging feedback [--round TITLE] [--with-scores] [--with-names] -o DIR FILE
Prints one PDF per team, as DIR/<team name>.pdf: the rubric with the levels its
judges chose, their comments, strengths and next steps. Judges appear as
"Judge 1", "Judge 2"... and no points show unless asked. Only sheets scored on
every criterion count, as in the results; a team no judge has finished scoring
gets no PDF, and the command names the teams it skipped.
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
	p := l.Project
	res, err := model.ComputeResults(p, r.ID, false)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", files[0], err))
	}
	done := map[string]model.TeamResult{}
	for _, tr := range res.Teams {
		if len(tr.ScoredBy) > 0 {
			done[tr.Team.ID] = tr
		}
	}
	names := make([]string, len(p.Teams))
	for i, t := range p.Teams {
		names[i] = t.Name
	}
	opt := export.JudgingOptions{Paper: *paper, WithScores: *withScores, WithNames: *withNames}
	var skipped, partial []string
	wrote := 0
	for i, stem := range uniqueNames(names) {
		t := &p.Teams[i]
		tr, ok := done[t.ID]
		if !ok {
			skipped = append(skipped, t.Name)
			continue
		}
		var buf bytes.Buffer
		if err := export.WriteTeamFeedback(&buf, p, r.ID, t.ID, opt); err != nil {
			return fail(err)
		}
		out := filepath.Join(*dir, stem+".pdf")
		if err := writeExportFile(out, buf.Bytes()); err != nil {
			return fail(err)
		}
		fmt.Fprintln(stdout, out)
		wrote++
		if len(tr.InProgress) > 0 {
			partial = append(partial, fmt.Sprintf("%s (%s)", t.Name, strings.Join(judgeNames(p, tr.InProgress), ", ")))
		}
	}
	fmt.Fprintf(stdout, "Wrote feedback for %d of %d %s in %s\n", wrote, len(p.Teams), model.Plural(len(p.Teams), "team"), *dir)
	if len(skipped) > 0 {
		fmt.Fprintf(stdout, "Skipped, since no judge has finished scoring them yet: %s\n", strings.Join(skipped, ", "))
	}
	if len(partial) > 0 {
		fmt.Fprintf(stdout, "Left out sheets still in progress: %s\n", strings.Join(partial, "; "))
	}
	return 0
}
