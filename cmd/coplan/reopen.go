package main

import (
	"io"

	"coplan/model"
)

func runReopen(args []string, stdout, stderr io.Writer) int {
	return runCommentDecision("reopen", "Reopens a comment that was accepted, rejected or resolved, so it can be decided again.", model.ReopenComment, args, stdout, stderr)
}

func runResolve(args []string, stdout, stderr io.Writer) int {
	return runCommentDecision("resolve", "Marks an open comment resolved, without applying its suggestion.", model.ResolveComment, args, stdout, stderr)
}
