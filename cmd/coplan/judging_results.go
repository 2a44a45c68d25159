package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"coplan/model"
	"coplan/model/export"
)

// teamResultJSON is one team in the JSON of coplan judging results.
type teamResultJSON struct {
	Name     string   `json:"name"`
	Rank     int      `json:"rank"`
	Mean     float64  `json:"mean"`
	Judges   []string `json:"judges"`
	ScoredBy []string `json:"scored_by"`
	// InProgress names the judges whose sheet for the team is half filled;
	// the results leave those sheets out until they are complete.
	InProgress []string           `json:"in_progress"`
	Criteria   map[string]float64 `json:"criteria"`
	Spread     []string           `json:"spread"`
}

func runJudgingResults(args []string, stdout, stderr io.Writer) int {
	fs, round := judgingFlags("results", `Usage: coplan judging results [--round TITLE] [--json] [--csv OUT] [--normalise] FILE
Ranks the teams of the round: per team the mean of its judges' totals, its rank
(equal means share a rank), per-criterion means, the judges assigned and those
who scored, and the criteria on which judges chose levels more than one apart.
A judge's sheet counts only once every criterion is scored; half-filled sheets
are listed as in progress and count nowhere else.
--normalise first turns each judge's totals into z-scores (distance from that
judge's mean total in that judge's standard deviations), so a harsh or kind
judge moves no team; the mean is then the team's mean z-score.
Exit status: 0 on success, 1 on failure, 2 on wrong usage.`, stderr)
	asJSON := fs.Bool("json", false, "print the results as JSON")
	csvOut := fs.String("csv", "", "also write the results as a spreadsheet to this file")
	normalise := fs.Bool("normalise", false, "standardise each judge's totals before averaging")
	files, code := parseFiles(fs, args, 1)
	if code >= 0 {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "coplan judging results: %v\n", err)
		return 1
	}
	l, r, err := openRound(files[0], *round)
	if err != nil {
		return fail(err)
	}
	p := l.Project
	res, err := model.ComputeResults(p, r.ID, *normalise)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", files[0], err))
	}
	if *csvOut != "" {
		var buf bytes.Buffer
		if err := export.WriteResultsCSV(&buf, p, res); err != nil {
			return fail(err)
		}
		if err := writeExportFile(*csvOut, buf.Bytes()); err != nil {
			return fail(err)
		}
	}
	if *asJSON {
		out := struct {
			Rubric string           `json:"rubric"`
			Teams  []teamResultJSON `json:"teams"`
		}{Rubric: res.Rubric.Title, Teams: []teamResultJSON{}}
		for _, tr := range res.Teams {
			out.Teams = append(out.Teams, resultJSON(p, res, tr))
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return fail(err)
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "Rank\tTeam\tMean\tScored by\tJudges disagree on\tIn progress")
	for _, tr := range res.Teams {
		j := resultJSON(p, res, tr)
		rank := "-"
		if tr.Rank > 0 {
			rank = fmt.Sprint(tr.Rank)
		}
		mean := export.Round2(tr.Mean)
		if len(tr.ScoredBy) == 0 {
			mean = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d of %d\t%s\t%s\n", rank, tr.Team.Name, mean, len(tr.ScoredBy), len(tr.Judges),
			strings.Join(j.Spread, ", "), strings.Join(j.InProgress, ", "))
	}
	tw.Flush()
	return 0
}

// resultJSON turns ids into names and rounds the numbers to two decimals.
func resultJSON(p *model.Project, res *model.Results, tr model.TeamResult) teamResultJSON {
	round := func(v float64) float64 { return math.Round(v*100) / 100 }
	j := teamResultJSON{Name: tr.Team.Name, Rank: tr.Rank, Mean: round(tr.Mean),
		Judges: judgeNames(p, tr.Judges), ScoredBy: judgeNames(p, tr.ScoredBy), InProgress: judgeNames(p, tr.InProgress), Criteria: map[string]float64{}, Spread: []string{}}
	for _, c := range res.Rubric.Criteria {
		if v, ok := tr.Criteria[c.ID]; ok {
			j.Criteria[c.Title] = round(v)
		}
	}
	for _, id := range tr.Spread {
		if c := res.Rubric.Criterion(id); c != nil {
			j.Spread = append(j.Spread, c.Title)
		}
	}
	return j
}
