package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"coplan/model"
	"coplan/model/store"
)

func runMerge(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	basePath := fs.String("base", "", "the version both files were derived from (default: found in the revision history)")
	out := fs.String("o", "", "write the merged unit to this file (it may be A)")
	noBackup := fs.Bool("no-backup", false, "leave no OUT.bak beside OUT (for git's merge driver: git keeps every version itself)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan merge [--base FILE] [--no-backup] -o OUT A B")
		fmt.Fprintln(stderr, "Merges two copies of one unit field by field and writes the result to OUT.")
		fmt.Fprintln(stderr, "Each conflict is printed on one line with both values and the one OUT holds: the copy that changed the thing last.")
		fmt.Fprintln(stderr, "Without a version both come from (--base, or the revision history), where both copies changed one thing")
		fmt.Fprintln(stderr, "either value may be the edit: such lines say so, and name the value not kept, for you to check.")
		fmt.Fprintln(stderr, "Exit status: 0 merged without conflicts, 3 merged with conflicts, 1 on failure, 2 on wrong usage.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 2 || *out == "" {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "coplan merge: %v\n", err)
		return 1
	}
	pathA, pathB := fs.Arg(0), fs.Arg(1)
	a, err := store.Open(pathA)
	if err != nil {
		return fail(err)
	}
	b, err := store.Open(pathB)
	if err != nil {
		return fail(err)
	}
	if a.Project.ID != b.Project.ID {
		return fail(fmt.Errorf("%s and %s are different units (%q and %q were each made on their own, not copied from one another); merge copies of one unit", pathA, pathB, a.Project.Title, b.Project.Title))
	}
	revA, errA := store.Remember(a.Project)
	revB, errB := store.Remember(b.Project)
	if err := errors.Join(errA, errB); err != nil {
		fmt.Fprintf(stderr, "coplan merge: note: %v\n", err)
	}
	base, err := mergeBase(*basePath, a.Project, b.Project)
	if err != nil {
		return fail(err)
	}
	if base == nil {
		fmt.Fprintf(stderr, "coplan merge: no version that %s and %s both come from is in the revision history; every difference is listed, and where both copies changed one thing, Coplan cannot tell which value is the edit\n", pathA, pathB)
	}
	merged, conflicts, kept := model.MergeReport(base, a.Project, b.Project)
	_, hadBackup := os.Stat(store.BackupPath(*out))
	if err := saveOutput(*out, merged, a, b); err != nil {
		return fail(err)
	}
	if *noBackup && hadBackup != nil {
		// The save kept OUT's previous version as a backup that did not exist
		// before; git, which keeps every version, would be left with it.
		if err := os.Remove(store.BackupPath(*out)); err != nil && !os.IsNotExist(err) {
			fmt.Fprintf(stderr, "coplan merge: note: %v\n", err)
		}
	}
	if err := store.RememberMerge(merged, revA, revB); err != nil {
		fmt.Fprintf(stderr, "coplan merge: note: %v\n", err)
	}
	names := map[model.Side]string{model.Ours: filepath.Base(pathA), model.Theirs: filepath.Base(pathB)}
	if names[model.Ours] == names[model.Theirs] {
		names = map[model.Side]string{model.Ours: pathA, model.Theirs: pathB}
	}
	for _, c := range conflicts {
		fmt.Fprintln(stdout, conflictLine(c, names, merged))
	}
	for _, k := range kept {
		fmt.Fprintln(stdout, k.Describe(names[k.Missing]))
	}
	if len(conflicts) > 0 {
		fmt.Fprintln(stderr, "coplan merge: "+conflictSummary(*out, conflicts))
		return 3
	}
	return 0
}

// mergeBase opens the base given, or finds it in the revision history; nil
// when there is none.
func mergeBase(path string, a, b *model.Project) (*model.Project, error) {
	if path != "" {
		l, err := store.Open(path)
		if err != nil {
			return nil, err
		}
		if l.Project.ID != a.ID {
			return nil, fmt.Errorf("%s is a different unit from the files to merge", path)
		}
		return l.Project, nil
	}
	base, err := store.FindBase(a, b)
	if err != nil {
		return nil, nil // no history, or no common version in it
	}
	return base, nil
}

// conflictLine writes a conflict on one line, naming the sides by their
// files and the field as the editor labels it.
func conflictLine(c model.Conflict, names map[model.Side]string, merged *model.Project) string {
	what := model.Ref{Kind: c.Kind, Name: c.Name}.Describe()
	if c.IsDelete() {
		return fmt.Sprintf("%s: edited in %s, deleted in %s; kept it deleted", what, names[c.Resolution.Other()], names[c.Resolution])
	}
	line := fmt.Sprintf("%s: %s: %s %s, %s %s; ", what, merged.FieldName(c.EntityID, c.Field),
		names[model.Ours], model.FormatValue(c.Ours), names[model.Theirs], model.FormatValue(c.Theirs))
	if c.Unsure {
		return line + fmt.Sprintf("either may be the edit: kept %s (changed last), not %s", names[c.Resolution], model.FormatValue(c.Value(c.Resolution.Other())))
	}
	return line + "kept " + names[c.Resolution]
}

// conflictSummary says how many conflicts the merge wrote to out and what
// it kept for them, and how many of them only a person can settle.
func conflictSummary(out string, conflicts []model.Conflict) string {
	unsure := 0
	for _, c := range conflicts {
		if c.Unsure {
			unsure++
		}
	}
	s := fmt.Sprintf("wrote %s with %s; each kept the value of the copy that changed the thing last (a deletion always stays)", out, model.Count(len(conflicts), "conflict"))
	if unsure > 0 {
		s += fmt.Sprintf("; in %d of them either value may be the edit: check each line marked so and correct %s where the value not kept is the right one", unsure, out)
	}
	return s
}
