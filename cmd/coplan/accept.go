package main

import (
	"flag"
	"fmt"
	"io"

	"coplan/model"
)

func runAccept(args []string, stdout, stderr io.Writer) int {
	return runCommentDecision("accept", "Accepts an open comment: its suggestion, if any, goes into the unit.", model.AcceptComment, args, stdout, stderr)
}

// runCommentDecision runs accept or reject: one edit to one comment of one unit.
func runCommentDecision(name, what string, decide func(id string) model.Edit, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: coplan %s COMMENT-ID FILE\n", name)
		fmt.Fprintln(stderr, what, "'coplan review FILE' lists the comments and their ids.")
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 2 {
		fs.Usage()
		return 2
	}
	_, summaries, err := editUnit(fs.Arg(1), stderr, decide(fs.Arg(0)))
	if err != nil {
		fmt.Fprintf(stderr, "coplan %s: %v\n", name, err)
		return 1
	}
	fmt.Fprintln(stdout, summaries[0])
	return 0
}
