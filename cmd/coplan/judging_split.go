package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"coplan/model/store"
)

func runJudgingSplit(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("split", `Usage: coplan judging split [--round TITLE] -o DIR FILE
Writes one copy of the unit per judge of the round, as DIR/<judge name>.coplan.toml.
Coplan opens such a copy on that judge's score screen. Judges score in their copy;
'coplan merge' brings each copy back into FILE without conflicts between judges.
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	dir := fs.String("o", "", "the folder to write the copies to (made if missing)")
	files, code := parseFiles(fs, args, 1)
	if code >= 0 {
		return code
	}
	if *dir == "" {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "coplan judging split: %v\n", err)
		return 1
	}
	l, r, err := openRound(files[0], *round)
	if err != nil {
		return fail(err)
	}
	var judges []string
	for _, jp := range l.Project.Progress(r.ID) {
		judges = append(judges, jp.Judge)
	}
	if len(judges) == 0 {
		return fail(fmt.Errorf("%s: round %q has no assignments yet; run 'coplan judging assign' first", files[0], r.Title))
	}
	// The copies are the unit as it is, so a merge finds their common base.
	if _, err := store.Remember(l.Project); err != nil {
		fmt.Fprintf(stderr, "coplan judging split: note: %v\n", err)
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fail(err)
	}
	for i, stem := range uniqueNames(judgeNames(l.Project, judges)) {
		out := filepath.Join(*dir, stem+store.Extension)
		if err := store.WriteFile(out, l.Data); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s: %d teams\n", out, len(l.Project.Progress(r.ID)[i].Teams))
	}
	return 0
}
