package main

import (
	"io"

	"coplan/model"
)

func runReject(args []string, stdout, stderr io.Writer) int {
	return runCommentDecision("reject", "Rejects an open comment; its suggestion is not applied.", model.RejectComment, args, stdout, stderr)
}
