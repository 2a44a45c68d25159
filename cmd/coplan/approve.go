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
	role := fs.String("role", "", "your role: "+strings.Join(model.UserRoles, ", "))
	rubric := fs.String("rubric", "", "the rubric: its id or its title")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan approve --by NAME --role ROLE --rubric ID-OR-TITLE FILE")
		fmt.Fprintln(stderr, "Records that you approve the rubric as it is now; a later change makes the approval stale.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 1 || *by == "" || *rubric == "" || (*role != "" && !model.IsOneOf(*role, model.UserRoles)) {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	l, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "coplan approve: %v\n", err)
		return 1
	}
	id, err := model.Find(l.Project, *rubric, model.KindRubric)
	if err != nil {
		fmt.Fprintf(stderr, "coplan approve: %s: %v\n", path, err)
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
