package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/export"
	"coplan/model/store"
)

// judgingCommands are the subcommands of coplan judging, each in a file of its own name.
var judgingCommands = map[string]command{
	"add-round":     {"add a judging round at a session, against a rubric", runJudgingAddRound},
	"import-teams":  {"add or update teams from a spreadsheet", runJudgingImportTeams},
	"assign":        {"give each team judges, balancing the load", runJudgingAssign},
	"split":         {"write one copy of the unit per judge", runJudgingSplit},
	"sheets":        {"print one PDF score sheet per judge", runJudgingSheets},
	"import-scores": {"add scores from a spreadsheet", runJudgingImportScores},
	"results":       {"rank the teams from the judges' scores", runJudgingResults},
	"feedback":      {"print one PDF of the judges' feedback per team", runJudgingFeedback},
}

var judgingOrder = []string{"add-round", "import-teams", "assign", "split", "sheets", "import-scores", "results", "feedback"}

func runJudging(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if c, ok := judgingCommands[args[0]]; ok {
			return c.run(args[1:], stdout, stderr)
		}
	}
	w := stderr
	code := 2
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		w, code = stdout, 0
	} else if len(args) > 0 {
		fmt.Fprintf(stderr, "coplan judging: unknown command %q\n", args[0])
	}
	fmt.Fprintln(w, "Usage: coplan judging COMMAND [OPTIONS] ... FILE")
	fmt.Fprintln(w, "Runs a judged event: teams, judges' assignments, score sheets, results and feedback.")
	fmt.Fprintln(w, "\nCommands:")
	for _, name := range judgingOrder {
		fmt.Fprintf(w, "  %-14s %s\n", name, judgingCommands[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'coplan judging COMMAND -h' for a command's options.")
	return code
}

// judgingFlags starts the flags of a judging subcommand, with --round.
func judgingFlags(name, usage string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet("judging "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	round := fs.String("round", "", "the title of the judging round (default: the unit's first round)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	return fs, round
}

// parseFiles parses flags that may come before or after the file names and
// checks their number.
func parseFiles(fs *flag.FlagSet, args []string, n int) ([]string, int) {
	files, err := parseExportArgs(fs, args)
	if err != nil {
		return nil, exitUsage(err)
	}
	if len(files) != n {
		fs.Usage()
		return nil, 2
	}
	return files, -1
}

// openRound opens the unit at path and finds the round titled round.
func openRound(path, round string) (*store.Loaded, *model.Round, error) {
	l, err := store.Open(path)
	if err != nil {
		return nil, nil, err
	}
	r, err := findRound(l.Project, round)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, r, nil
}

// importInto reads the spreadsheet in and applies the edit that read makes
// to the unit at path, saving it through the checked save. A bad row stops
// the import: every bad row is printed as IN:LINE: problem and the unit is
// left unchanged. It returns the exit code.
func importInto(name, in, path string, stderr io.Writer, read func(f *os.File, p *model.Project, now time.Time) (model.Edit, error)) int {
	if l, err := store.ReadLock(path); err == nil && l != nil && !l.Mine() && !l.Stale(time.Now()) {
		fmt.Fprintf(stderr, "coplan %s: %s: %v; close it there first\n", name, path, &store.LockedError{Path: path, Lock: *l})
		return 1
	}
	f, err := os.Open(in)
	if err != nil {
		fmt.Fprintf(stderr, "coplan %s: %v\n", name, err)
		return 1
	}
	defer f.Close()
	_, err = store.Update(path, func(l *store.Loaded) error {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return err
		}
		d := model.NewDocument(l.Project)
		e, err := read(f, l.Project, d.Now())
		if err != nil {
			return err
		}
		if _, err := d.Apply(e); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		l.Project = d.Project
		return nil
	})
	var ie *export.ImportError
	switch {
	case errors.As(err, &ie):
		for _, p := range ie.Problems {
			fmt.Fprintf(stderr, "%s:%d: %s\n", in, p.Line, p.Msg)
		}
		fmt.Fprintf(stderr, "coplan %s: nothing imported; %s is unchanged\n", name, path)
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "coplan %s: %v\n", name, saveError(path, err, readOnlyHint))
		return 1
	}
	return 0
}

// judgeNames maps expert ids to names, for printing.
func judgeNames(p *model.Project, ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if e := p.Expert(id); e != nil {
			out = append(out, e.Name)
		}
	}
	return out
}

// fileName turns a person's or team's name into a safe file name stem.
func fileName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, ". ")
	if name == "" {
		return "unnamed"
	}
	return name
}

// uniqueNames gives each name a unique file stem, numbering repeats.
func uniqueNames(names []string) []string {
	seen := map[string]int{}
	out := make([]string, len(names))
	for i, n := range names {
		stem := fileName(n)
		key := strings.ToLower(stem)
		seen[key]++
		if seen[key] > 1 {
			stem = fmt.Sprintf("%s (%d)", stem, seen[key])
		}
		out[i] = stem
	}
	return out
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
