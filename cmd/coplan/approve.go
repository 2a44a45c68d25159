package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/store"
)

func runApprove(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("approve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	by := fs.String("by", "", "your name")
	role := fs.String("role", "", "your role: teacher, partner (or industry partner) or coordinator")
	rubric := fs.String("rubric", "", "the rubric: its id or its title")
	force := fs.Bool("force", false, "approve even though comments on the rubric are still open")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan approve --by NAME --role ROLE --rubric ID-OR-TITLE [--force] FILE")
		fmt.Fprintln(stderr, "Records that you approve the rubric as it is now; a later change makes the approval stale.")
		fmt.Fprintln(stderr, "A rubric with open comments (on it, its levels or criteria) is refused unless --force.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	usage := func(problem string) int {
		fmt.Fprintf(stderr, "coplan approve: %s; see 'coplan approve -h'\n", problem)
		return 2
	}
	switch {
	case fs.NArg() != 1:
		return usage(fmt.Sprintf("give one unit file, not %d", fs.NArg()))
	case *by == "":
		return usage("say who approves with --by NAME")
	case *rubric == "":
		return usage("say which rubric with --rubric ID-OR-TITLE")
	}
	if *role != "" {
		r, ok := model.ParseUserRole(*role)
		if !ok {
			return usage(fmt.Sprintf("%q is not a role: give teacher, partner (industry partner) or coordinator", *role))
		}
		*role = r
	}
	path := fs.Arg(0)
	l, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "coplan approve: %v\n", err)
		return 1
	}
	id, err := pick(l.Project, "--rubric", *rubric, model.KindRubric)
	if err != nil {
		fmt.Fprintf(stderr, "coplan approve: %s: %v\n", path, err)
		return 1
	}
	if n := model.OpenRubricComments(l.Project, id); n > 0 && !*force {
		comments := "1 open comment"
		if n > 1 {
			comments = fmt.Sprintf("%d open comments", n)
		}
		fmt.Fprintf(stderr, "coplan approve: rubric %q has %s not yet accepted or rejected (see coplan review %s); answer them first, or approve anyway with --force\n",
			l.Project.Rubric(id).Title, comments, quoteArg(path))
		return 1
	}
	_, summaries, err := editUnit(path, stderr, model.Approve(id, *by, *role, time.Now().UTC().Truncate(time.Second)))
	if err != nil {
		fmt.Fprintf(stderr, "coplan approve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, summaries[0])
	return 0
}

// quoteArg quotes a file name for a command line when it holds a space or quote.
func quoteArg(s string) string {
	if strings.ContainsAny(s, " '\"") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
