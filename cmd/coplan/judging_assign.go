package main

import (
	"fmt"
	"io"

	"coplan/model"
	"coplan/model/store"
)

func runJudgingAssign(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("assign", `Usage: coplan judging assign [--round TITLE] [--per-team N] [--max-per-judge M] FILE
Gives each team of the round N different judges (experts with the judge role),
never the team's mentor, spreading the load evenly and varying which judges sit
together. Assignments already made, by hand or before, are kept and count.
Exit status: 0 on success, 1 when the rules cannot be met, 2 on wrong usage.`, stderr)
	perTeam := fs.Int("per-team", 0, "judges per team (default: the round's number, else 3)")
	maxPer := fs.Int("max-per-judge", 0, "the most teams one judge may get (default: an even share)")
	files, code := parseFiles(fs, args, 1)
	if code >= 0 {
		return code
	}
	if *perTeam < 0 || *maxPer < 0 {
		fmt.Fprintln(stderr, "coplan judging assign: --per-team and --max-per-judge must be positive")
		return 2
	}
	path := files[0]
	var made []model.Assignment
	var title string
	_, err := store.Update(path, func(l *store.Loaded) error {
		r, err := findRound(l.Project, *round)
		if err != nil {
			return err
		}
		title = r.Title
		made, err = model.Assign(l.Project, r.ID, model.AssignOptions{PerTeam: *perTeam, MaxPerJudge: *maxPer})
		if err != nil {
			return err
		}
		edits := make([]model.Edit, 0, len(made)+1)
		if *perTeam > 0 && *perTeam != r.JudgesPerTeam {
			edits = append(edits, model.Set(r.ID, "judges_per_team", *perTeam))
		}
		if *maxPer > 0 && *maxPer != r.MaxPerJudge {
			edits = append(edits, model.Set(r.ID, "max_per_judge", *maxPer))
		}
		for _, a := range made {
			edits = append(edits, model.Add(a, "", -1))
		}
		if len(edits) == 0 {
			return nil
		}
		d := model.NewDocument(l.Project)
		if _, err := d.Apply(model.Batch("Assigned judges", edits...)); err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "coplan judging assign: %s: %v\n", path, err)
		return 1
	}
	fmt.Fprintf(stdout, "Made %s in round %q; saved %s\n", model.Count(len(made), "assignment"), title, path)
	if l, err := store.Open(path); err == nil {
		if r, err := findRound(l.Project, *round); err == nil {
			for _, jp := range l.Project.Progress(r.ID) {
				if e := l.Project.Expert(jp.Judge); e != nil {
					fmt.Fprintf(stdout, "  %s: %s\n", e.Name, model.Count(len(jp.Teams), "team"))
				}
			}
		}
	}
	return 0
}
