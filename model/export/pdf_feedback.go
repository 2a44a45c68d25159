package export

import (
	"fmt"
	"io"
	"strings"

	"coplan/model"
)

// WriteTeamFeedback prints what the judges of a round told one team: per
// criterion, the rating each judge chose with its descriptor and the
// judge's comment, then each judge's strengths and next steps. Only the
// judges whose sheets count in the results (scored on every criterion)
// appear; a half-filled sheet is left out like it is from the results.
// Judges are "Judge 1", "Judge 2"... and no points show unless opt asks
// for names or scores.
func WriteTeamFeedback(w io.Writer, p *model.Project, round, team string, opt JudgingOptions) error {
	r, rb, err := roundRubric(p, round)
	if err != nil {
		return err
	}
	t := p.Team(team)
	if t == nil {
		return fmt.Errorf("export: no such team")
	}
	res, err := model.ComputeResults(p, round, false)
	if err != nil {
		return err
	}
	var tr model.TeamResult
	for _, x := range res.Teams {
		if x.Team.ID == team {
			tr = x
		}
	}
	judges := tr.ScoredBy
	label := func(i int, id string) string {
		if e := p.Expert(id); opt.WithNames && e != nil && e.Name != "" {
			return e.Name
		}
		return fmt.Sprintf("Judge %d", i+1)
	}
	what := "Feedback: " + titleOr(t.Name, "Unnamed team")
	return writeJudgingPDF(w, p, opt, what, func(d *doc) {
		d.title(what, roundLine(p, r, rb))
		if project := printable(t.Project); project != "" {
			d.para(project, stLead)
		}
		if members := printableList(t.Members); len(members) > 0 {
			d.field("Team members", strings.Join(members, ", "))
		}
		if len(judges) == 0 {
			d.note("No judge has finished scoring this team yet.")
			return
		}
		if opt.WithScores && !rb.Unscored {
			d.field("Mean total", fmt.Sprintf("%s of %s", Round2(tr.Mean), points(rb.MaxPoints())))
		}
		for i := range rb.Criteria {
			c := &rb.Criteria[i]
			var items []string
			for k, j := range judges {
				s := p.FindScore(round, j, team, c.ID)
				if s == nil {
					continue
				}
				items = append(items, feedbackLine(rb, c, s, label(k, j), opt.WithScores && !rb.Unscored))
			}
			if len(items) == 0 {
				continue
			}
			d.heading(titleOr(c.Title, "Untitled criterion"), 1)
			d.bullets(items, stBody)
		}
		headed := false
		for k, j := range judges {
			f := p.FindFeedback(round, j, team)
			if f == nil || f.Strengths == "" && f.NextSteps == "" {
				continue
			}
			if !headed {
				d.heading("Strengths and next steps", 1)
				headed = true
			}
			d.para(label(k, j), stBodyB)
			d.field("Strengths", f.Strengths)
			d.field("Next steps", f.NextSteps)
		}
	})
}

// feedbackLine says what one judge chose on one criterion, for the students.
func feedbackLine(rb *model.Rubric, c *model.Criterion, s *model.Score, who string, withScores bool) string {
	var b strings.Builder
	b.WriteString(who + ": ")
	if l := rb.Level(s.Level); l != nil {
		rt := c.Rating(l)
		b.WriteString(titleOr(rt.Label, "Unnamed level"))
		if rt.Descriptor != "" {
			b.WriteString(" — " + rt.Descriptor)
		}
	} else if i := rb.LevelFor(c, s); i >= 0 {
		b.WriteString(titleOr(c.Rating(&rb.Levels[i]).Label, "Unnamed level"))
	} else {
		b.WriteString("scored without a level")
	}
	if withScores {
		pts, _ := rb.ScorePoints(c, s)
		b.WriteString(" (" + pointsLabel(pts*float64(c.Multiplier())) + ")")
	}
	if s.Comment != "" {
		b.WriteString("\n" + s.Comment)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
