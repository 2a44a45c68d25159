package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"

	"coplan/model"
	"coplan/model/store"
)

func runReview(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	all := fs.Bool("all", false, "list every comment, not only the open ones")
	author := fs.String("author", "", "only comments by this author")
	target := fs.String("target", "", "only comments on this entity (an id or a name); a rubric includes its levels and criteria")
	since := fs.String("since-approval", "", "instead, list what changed in this rubric (its title or id) since each approver last approved it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan review [--all] [--author NAME] [--target ID-OR-NAME] FILE")
		fmt.Fprintln(stderr, "       coplan review --since-approval RUBRIC FILE")
		fmt.Fprintln(stderr, "Lists the open comments of a unit, one per line, and how each rubric stands with its approvers;")
		fmt.Fprintln(stderr, "with --since-approval, what changed in a rubric since it was approved.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 1 || (*since != "" && (*all || *author != "" || *target != "")) {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	l, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "coplan review: %v\n", err)
		return 1
	}
	if *since != "" {
		return reviewSinceApproval(l, *since, stdout, stderr)
	}
	p := l.Project
	f := model.CommentFilter{OpenOnly: !*all, Author: *author}
	if *target != "" {
		if f.Entity, err = pick(p, "--target", *target, ""); err != nil {
			fmt.Fprintf(stderr, "coplan review: %s: %v\n", path, err)
			return 1
		}
	}
	index := p.Index()
	for _, c := range model.FilterComments(p, f) {
		fmt.Fprintln(stdout, commentLine(p, c, index))
	}
	for i := range p.Rubrics {
		r := &p.Rubrics[i]
		stale := map[string]bool{}
		for _, a := range model.StaleApprovals(r) {
			stale[a.By] = true
		}
		for _, a := range model.LatestApprovals(r) {
			line := fmt.Sprintf("approval  rubric %q: approved by %s", r.Title, who(a.By, a.Role))
			line += " on " + a.At.UTC().Format("2006-01-02")
			if stale[a.By] {
				line += "; stale: the rubric has changed since"
			}
			fmt.Fprintln(stdout, line)
		}
	}
	return 0
}

// commentLine writes a comment of p as one line: id, status, who, about
// what (the field as the editor labels it), and the text.
func commentLine(p *model.Project, c model.Comment, index map[string]model.Ref) string {
	about := "something no longer in the unit"
	if ref, ok := index[c.Target]; ok {
		about = ref.Describe()
	}
	if c.Field != "" {
		about += " (" + p.FieldName(c.Target, c.Field) + ")"
	}
	status := c.Status
	if status == "" {
		status = model.StatusOpen
	}
	line := fmt.Sprintf("%s  %s  %s on %s: %s", c.ID, status, who(c.Author, c.Role), about, strconv.Quote(c.Text))
	if c.Suggestion != "" {
		line += " suggests " + strconv.Quote(c.Suggestion)
		if v, err := p.Field(c.Target, c.Field); err == nil && model.IsOpen(c) {
			now := model.Wording(v)
			switch {
			case now == c.Suggestion:
				line += " (the wording now)"
			default:
				line += " in place of " + strconv.Quote(now)
			}
		}
	}
	return line
}

func who(name, role string) string {
	if role == "" {
		return name
	}
	return name + " (" + role + ")"
}
