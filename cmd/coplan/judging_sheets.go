package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"coplan/model"
	"coplan/model/export"
)

func runJudgingSheets(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("sheets", `Usage: coplan judging sheets [--round TITLE] [--paper a4|letter] -o DIR FILE
Prints one PDF score sheet per judge of the round, as DIR/<judge name>.pdf: the
judge's teams, the rubric as tick boxes, and room for comments. It lists each
sheet written with the judge's number of teams, then how many it wrote and where.
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	dir := fs.String("o", "", "the folder to write the sheets to (made if missing)")
	paper := fs.String("paper", exportLocalePaper(), "paper size: a4 or letter")
	files, code := parseFiles(fs, args, 1)
	if code >= 0 {
		return code
	}
	if *dir == "" {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "coplan judging sheets: %v\n", err)
		return 1
	}
	l, r, err := openRound(files[0], *round)
	if err != nil {
		return fail(err)
	}
	prog := l.Project.Progress(r.ID)
	if len(prog) == 0 {
		return fail(fmt.Errorf("%s: round %q has no assignments yet; run 'coplan judging assign' first", files[0], r.Title))
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fail(err)
	}
	var ids []string
	for _, jp := range prog {
		ids = append(ids, jp.Judge)
	}
	for i, stem := range uniqueNames(judgeNames(l.Project, ids)) {
		var buf bytes.Buffer
		if err := export.WriteScoreSheet(&buf, l.Project, r.ID, ids[i], export.JudgingOptions{Paper: *paper}); err != nil {
			return fail(err)
		}
		out := filepath.Join(*dir, stem+".pdf")
		if err := writeExportFile(out, buf.Bytes()); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s: %s\n", out, model.Count(len(prog[i].Teams), "team"))
	}
	fmt.Fprintf(stdout, "Wrote %s for round %q in %s\n", model.Count(len(ids), "score sheet"), r.Title, *dir)
	return 0
}
