package main

import (
	"flag"
	"fmt"
	"io"

	"coplan/assets"
)

func runTemplates(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("templates", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan templates\nLists the starter templates that 'coplan new --template NAME' takes.")
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	width := 0
	for _, t := range assets.Templates() {
		width = max(width, len(t.Name))
	}
	for _, t := range assets.Templates() {
		fmt.Fprintf(stdout, "%-*s  %s\n", width, t.Name, t.Description)
	}
	return 0
}
