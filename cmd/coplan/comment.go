package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"coplan/model"
	"coplan/model/store"
)

func runComment(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("comment", flag.ContinueOnError)
	fs.SetOutput(stderr)
	author := fs.String("author", "", "your name")
	role := fs.String("role", "", "your role: "+strings.Join(model.UserRoles, ", "))
	target := fs.String("target", "", "what the comment is about: an id or a name (a session's title, a criterion's title, ...)")
	field := fs.String("field", "", "the field a suggestion replaces, such as title or descriptors.LEVEL")
	suggest := fs.String("suggest", "", "suggested new text for the field")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan comment --author NAME --role ROLE --target ID-OR-NAME [--field F --suggest TEXT] TEXT FILE")
		fmt.Fprintln(stderr, "Adds an open comment to the unit in FILE, optionally suggesting new text for one field.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 2 || *author == "" || *target == "" || (*role != "" && !model.IsOneOf(*role, model.UserRoles)) {
		fs.Usage()
		return 2
	}
	text, path := fs.Arg(0), fs.Arg(1)
	l, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "coplan comment: %v\n", err)
		return 1
	}
	id, err := pick(l.Project, "--target", *target, "")
	if err != nil {
		fmt.Fprintf(stderr, "coplan comment: %s: %v\n", path, err)
		return 1
	}
	c := model.Comment{ID: model.NewID(), Target: id, Field: model.KeyedField(l.Project, id, *field),
		Author: *author, Role: *role, Text: text, Suggestion: *suggest}
	_, summaries, err := editUnit(path, stderr, model.AddComment(c))
	if err != nil {
		fmt.Fprintf(stderr, "coplan comment: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s (comment %s)\n", summaries[0], c.ID)
	return 0
}
