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
	field := fs.String("field", "", "the field a suggestion replaces, by its label in the editor, such as Title or \"Descriptor at Proficient\"")
	suggest := fs.String("suggest", "", "suggested new text for the field")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan comment --author NAME --role ROLE --target ID-OR-NAME [--field F --suggest TEXT] TEXT FILE")
		fmt.Fprintln(stderr, "Adds an open comment to the unit in FILE, optionally suggesting new text for one field.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() != 2 || *author == "" || *target == "" {
		fs.Usage()
		return 2
	}
	if *role != "" && !model.IsOneOf(*role, model.UserRoles) {
		last := len(model.UserRoles) - 1
		fmt.Fprintf(stderr, "coplan comment: unknown role %q; give --role %s or %s\n", *role, strings.Join(model.UserRoles[:last], ", "), model.UserRoles[last])
		return 2
	}
	if *suggest != "" && strings.TrimSpace(*field) == "" {
		fmt.Fprintln(stderr, "coplan comment: --suggest needs --field, the field the suggestion replaces, such as --field Title")
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
	key, err := fieldKey(l.Project, id, *field)
	if err != nil {
		fmt.Fprintf(stderr, "coplan comment: %s: %v\n", path, err)
		return 1
	}
	c := model.Comment{ID: model.NewID(), Target: id, Field: key,
		Author: *author, Role: *role, Text: text, Suggestion: *suggest}
	_, summaries, err := editUnit(path, stderr, model.AddComment(c))
	if err != nil {
		fmt.Fprintf(stderr, "coplan comment: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s (comment %s)\n", summaries[0], c.ID)
	return 0
}

// fieldKey returns the file key of the field of the entity with id that
// text names: its label in the editor, in any case (`Title`, `Minutes`,
// `Descriptor at level "Proficient"`, `descriptor at proficient`), or its key
// as the file writes it (`title`, `descriptors.Proficient`). "" names no
// field. When text names none, the error lists the labels a suggestion may
// go to.
func fieldKey(p *model.Project, id, text string) (string, error) {
	if strings.TrimSpace(text) == "" {
		return "", nil
	}
	fields := model.SuggestionFields(p, id)
	want := looseLabel(text)
	for _, f := range fields {
		if looseLabel(p.FieldName(id, f)) == want || strings.EqualFold(f, strings.TrimSpace(text)) {
			return f, nil
		}
	}
	if key := model.FieldByLabel(p, id, text); key != "" {
		return key, nil
	}
	if key := model.KeyedField(p, id, strings.TrimSpace(text)); key != "" {
		if _, err := p.Field(id, key); err == nil {
			return key, nil
		}
	}
	about := p.Index()[id].Describe()
	if len(fields) == 0 {
		return "", fmt.Errorf("%s has no field %q that a comment can be about; leave out --field", about, text)
	}
	labels := make([]string, len(fields))
	for i, f := range fields {
		labels[i] = p.FieldName(id, f)
	}
	return "", fmt.Errorf("%s has no field %q; give --field a label the editor shows for it, such as %s", about, text, strings.Join(labels, ", "))
}

// looseLabel is a field label in lower case with quotes, "level" after
// "at" and runs of spaces left out, so that `Descriptor at level
// "Proficient"` and `descriptor at proficient` match.
func looseLabel(s string) string {
	words := strings.Fields(strings.ToLower(strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(s)))
	var out []string
	for i, w := range words {
		if w == "level" && i > 0 && words[i-1] == "at" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
