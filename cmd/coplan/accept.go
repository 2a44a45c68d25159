package main

import (
	"flag"
	"fmt"
	"io"

	"coplan/model"
	"coplan/model/store"
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
	id, path := fs.Arg(0), fs.Arg(1)
	if l, err := store.Open(path); err == nil {
		c := l.Project.Comment(id)
		switch {
		case c == nil:
			fmt.Fprintf(stderr, "coplan %s: %s: no comment has the id %q; 'coplan review --all %s' lists the comments with their ids\n", name, path, id, path)
			return 1
		case (name == "accept" || name == "reject") && c.Status != "" && c.Status != model.StatusOpen:
			fmt.Fprintf(stderr, "coplan %s: %s: the comment by %q is %s already; 'coplan reopen %s %s' opens it again to decide anew\n", name, path, c.Author, c.Status, id, path)
			return 1
		}
	}
	_, summaries, err := editUnit(path, stderr, decide(id))
	if err != nil {
		fmt.Fprintf(stderr, "coplan %s: %v\n", name, err)
		return 1
	}
	fmt.Fprintln(stdout, summaries[0])
	return 0
}
