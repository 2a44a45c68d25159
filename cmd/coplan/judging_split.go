package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"coplan/model"
	"coplan/model/store"
)

func runJudgingSplit(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("split", `Usage: coplan judging split [--round TITLE] -o DIR FILE
Writes one copy of the unit per judge of the round, as DIR/<judge name>.coplan.toml.
Coplan opens such a copy on that judge's score screen. Judges score in their copy;
'coplan merge' brings each copy back into FILE without conflicts between judges.
A copy already in DIR may hold a judge's scores: split refuses to replace it and
writes nothing, unless --force says to replace the copies.
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	dir := fs.String("o", "", "the folder to write the copies to (made if missing)")
	force := fs.Bool("force", false, "replace copies already in the folder, with any scores in them")
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
	var outs []string
	for _, stem := range uniqueNames(judgeNames(l.Project, judges)) {
		outs = append(outs, filepath.Join(*dir, stem+store.Extension))
	}
	if !*force {
		if taken := changedCopies(outs, l.Data); len(taken) == 1 {
			return fail(fmt.Errorf("%s already exists and may hold a judge's scores; wrote no copy (merge it back first, or use --force to replace it)", taken[0]))
		} else if len(taken) > 1 {
			return fail(fmt.Errorf("%s already exist and may hold judges' scores; wrote no copy (merge them back first, or use --force to replace them)", strings.Join(taken, ", ")))
		}
	}
	for i, out := range outs {
		if err := store.WriteFile(out, l.Data); err != nil {
			return fail(err)
		}
		fmt.Fprintf(stdout, "%s: %s\n", out, model.Count(len(l.Project.Progress(r.ID)[i].Teams), "team"))
	}
	return 0
}

// changedCopies lists the files of outs that exist with other content than
// data: writing over them could lose a judge's work. A copy identical to
// data, as an earlier split left it, may be written again.
func changedCopies(outs []string, data []byte) []string {
	var taken []string
	for _, out := range outs {
		old, err := os.ReadFile(out)
		if err == nil && bytes.Equal(old, data) {
			continue
		}
		if _, serr := os.Lstat(out); serr == nil {
			taken = append(taken, out)
		}
	}
	return taken
}
