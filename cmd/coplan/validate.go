package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"coplan/model"
	"coplan/model/store"
)

// fileReport is what validate --json prints for one file.
type fileReport struct {
	File        string             `json:"file"`
	Error       string             `json:"error,omitempty"`
	Diagnostics []model.Diagnostic `json:"diagnostics"`
}

func runValidate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the findings as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: coplan validate [--json] FILE...")
		fmt.Fprintln(stderr, "Prints FILE:LINE: error|warning: message for each finding.")
		fmt.Fprintln(stderr, "Exit status: 0 when no file has errors, 1 when any has, 2 on wrong usage.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage(err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	failed := false
	var reports []fileReport
	for _, path := range fs.Args() {
		r := validateFile(path)
		if r.Error != "" || model.HasErrors(r.Diagnostics) {
			failed = true
		}
		reports = append(reports, r)
		if !*asJSON {
			printReport(stdout, r)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(reports); err != nil {
			fmt.Fprintln(stderr, "coplan validate:", err)
			return 1
		}
	}
	if failed {
		return 1
	}
	return 0
}

func validateFile(path string) fileReport {
	r := fileReport{File: path, Diagnostics: []model.Diagnostic{}}
	l, err := store.Open(path)
	if err != nil {
		var fe *store.FileError
		if errors.As(err, &fe) {
			r.Error = fe.Error()
			r.Diagnostics = append(r.Diagnostics, model.Diagnostic{Severity: model.Error, Message: messageOf(fe), Line: fe.Line})
		} else {
			r.Error = err.Error()
		}
		return r
	}
	ds := append(l.Warnings, model.Validate(l.Project)...)
	r.Diagnostics = model.WithLines(ds, l.Lines)
	return r
}

func printReport(w io.Writer, r fileReport) {
	for _, d := range r.Diagnostics {
		if d.Line > 0 {
			fmt.Fprintf(w, "%s:%d: %s: %s\n", r.File, d.Line, d.Severity, d.Message)
		} else {
			fmt.Fprintf(w, "%s: %s: %s\n", r.File, d.Severity, d.Message)
		}
	}
}

// messageOf returns a file error's message without the file and line.
func messageOf(fe *store.FileError) string {
	var le *model.LineError
	if errors.As(fe.Err, &le) {
		return le.Msg
	}
	return fe.Err.Error()
}

// exitUsage turns a flag parsing error into an exit code: 0 for -h, else 2.
func exitUsage(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return 2
}
