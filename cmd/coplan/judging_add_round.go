package main

import (
	"fmt"
	"io"
	"strings"

	"coplan/model"
	"coplan/model/store"
)

func runJudgingAddRound(args []string, stdout, stderr io.Writer) int {
	fs, _ := judgingFlags("add-round", `Usage: coplan judging add-round [--session TITLE] [--rubric TITLE] [--per-team N] TITLE FILE
Adds a judging round called TITLE to the unit in FILE, held at a session and
scored against a rubric (each by title or id; the unit's only rubric by default).
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	session := fs.String("session", "", "the session the judging happens at")
	rubric := fs.String("rubric", "", "the rubric the judges score against")
	perTeam := fs.Int("per-team", 0, "judges per team (default 3)")
	files, code := parseFiles(fs, args, 2)
	if code >= 0 {
		return code
	}
	title, path := strings.TrimSpace(files[0]), files[1]
	if title == "" || *perTeam < 0 {
		fs.Usage()
		return 2
	}
	_, err := store.Update(path, func(l *store.Loaded) error {
		p := l.Project
		if r, err := p.FindRound(title); err == nil && strings.EqualFold(r.Title, title) {
			return fmt.Errorf("the unit already has a round %q", r.Title)
		}
		r := model.Round{Title: title, JudgesPerTeam: *perTeam}
		var err error
		switch {
		case *rubric != "":
			if r.Rubric, err = pick(p, "--rubric", *rubric, model.KindRubric); err != nil {
				return err
			}
		case len(p.Rubrics) == 1:
			r.Rubric = p.Rubrics[0].ID
		default:
			return chooseOne(p, fmt.Sprintf("the unit has %d rubrics", len(p.Rubrics)), "--rubric", model.KindRubric)
		}
		if *session != "" {
			if r.Session, err = pick(p, "--session", *session, model.KindSession); err != nil {
				return err
			}
		}
		_, err = model.NewDocument(p).Apply(model.Add(r, "", -1))
		return err
	})
	if err != nil {
		fmt.Fprintf(stderr, "coplan judging add-round: %s: %v\n", path, err)
		return 1
	}
	fmt.Fprintf(stdout, "Added round %q; saved %s\n", title, path)
	return 0
}
