// Command coplan opens the Coplan editor, or runs a headless subcommand on
// unit files: new, templates, validate, export, import-rubric, import-people,
// review, comment, accept, reject, resolve, reopen, approve,
// judging, merge, catalog.
package main

import (
	"fmt"
	"io"
	"os"

	// Imported first so a C.UTF-8 locale does not make Fyne log an error.
	_ "coplan/cmd/coplan/internal/posixlocale"
)

// command is one headless subcommand: it reads args and returns an exit code.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

// commands is the table of subcommands; each lives in a file of its own name.
var commands = map[string]command{
	"new":           {"create a unit file, blank or from a template", runNew},
	"templates":     {"list the starter templates", runTemplates},
	"validate":      {"check unit files and list errors and readiness warnings", runValidate},
	"export":        {"write handouts and other formats", runExport},
	"import-rubric": {"add rubrics from an LMS spreadsheet to a unit", runImportRubric},
	"catalog":       {"list and search the units in a folder", runCatalog},
	"merge":         {"merge two copies of a unit and list the conflicts", runMerge},
	"review":        {"list a unit's comments and rubric approvals", runReview},
	"comment":       {"comment on part of a unit, optionally suggesting new text", runComment},
	"accept":        {"accept a comment, applying its suggestion", runAccept},
	"reject":        {"reject a comment", runReject},
	"resolve":       {"mark a comment resolved", runResolve},
	"reopen":        {"reopen a decided comment", runReopen},
	"approve":       {"approve a rubric as it is now", runApprove},
	"import-people": {"add people and partners from a spreadsheet to a unit", runImportPeople},
	"judging":       {"teams, judges, score sheets, results and feedback of a judged event", runJudging},
}

// commandOrder is the order subcommands are listed in the usage text.
var commandOrder = []string{"new", "templates", "validate", "export", "import-rubric", "merge", "review", "comment", "accept", "reject", "resolve", "reopen", "approve", "import-people", "judging", "catalog"}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "help", "-h", "-help", "--help":
			usage(stdout)
			return 0
		case "version", "--version":
			fmt.Fprintln(stdout, "coplan", version)
			return 0
		}
		if c, ok := commands[args[0]]; ok {
			// Messages and listings show text from files: keep escape
			// sequences in it from reaching the terminal. Export may
			// write a PDF to standard output, which stays as it is.
			if args[0] != "export" {
				stdout = terminalSafe(stdout)
			}
			return c.run(args[1:], stdout, terminalSafe(stderr))
		}
	}
	return openGUI(args, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: coplan [FILE]            open the editor (on FILE, if given)")
	fmt.Fprintln(w, "       coplan COMMAND [ARGS]    run a command without a window")
	fmt.Fprintln(w, "\nCommands:")
	for _, name := range commandOrder {
		if c, ok := commands[name]; ok {
			fmt.Fprintf(w, "  %-14s %s\n", name, c.summary)
		}
	}
	fmt.Fprintln(w, "\nRun 'coplan COMMAND -h' for a command's options.")
}
