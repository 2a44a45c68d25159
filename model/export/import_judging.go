package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"coplan/model"
)

var teamColumns = map[string][]string{
	"team":    {"team", "team name", "name"},
	"project": {"project", "project title", "title"},
	"members": {"members", "students", "team members"},
	"mentor":  {"mentor", "mentored by"},
	"table":   {"table", "booth", "location"},
}

// ReadTeamsCSV reads a spreadsheet of teams with the columns team, project,
// members (separated by semicolons) and mentor (an expert's name or id),
// and optionally table. A team the unit already has (by name) is updated.
// It returns the edit, how many teams are new and how many changed. Any bad
// row makes the whole import fail with an *ImportError naming every bad row.
func ReadTeamsCSV(r io.Reader, p *model.Project, now time.Time) (model.Edit, int, int, error) {
	s, err := readSheet(r, "teams", teamColumns, "team")
	if err != nil {
		return nil, 0, 0, err
	}
	experts := expertsByName(p)
	var edits []model.Edit
	var problems []RowProblem
	seen := map[string]int{}
	added, updated := 0, 0
	for _, row := range s.rows {
		t := model.Team{Name: s.get(row, "team"), Project: s.get(row, "project"), Members: splitList(s.get(row, "members")), Table: s.get(row, "table")}
		msg := ""
		if t.Name == "" {
			msg = "no team name"
		} else if line, dup := seen[strings.ToLower(t.Name)]; dup {
			msg = fmt.Sprintf("team %q is already on line %d", t.Name, line)
		}
		if m := s.get(row, "mentor"); m != "" && msg == "" {
			t.Mentor, msg = experts.find(m, "expert")
		}
		if msg != "" {
			problems = append(problems, RowProblem{row.line, msg})
			continue
		}
		seen[strings.ToLower(t.Name)] = row.line
		var old *model.Team
		for i := range p.Teams {
			if strings.EqualFold(strings.TrimSpace(p.Teams[i].Name), t.Name) {
				old = &p.Teams[i]
			}
		}
		if old == nil {
			t.ID, t.Updated = model.NewID(), now
			edits = append(edits, model.Add(t, "", -1))
			added++
			continue
		}
		n := len(edits)
		if t.Project != "" && t.Project != old.Project {
			edits = append(edits, model.Set(old.ID, "project", t.Project))
		}
		if len(t.Members) > 0 && strings.Join(t.Members, "\x00") != strings.Join(old.Members, "\x00") {
			edits = append(edits, model.Set(old.ID, "members", t.Members))
		}
		if t.Mentor != "" && t.Mentor != old.Mentor {
			edits = append(edits, model.Set(old.ID, "mentor", t.Mentor))
		}
		if t.Table != "" && t.Table != old.Table {
			edits = append(edits, model.Set(old.ID, "table", t.Table))
		}
		if len(edits) > n {
			updated++
		}
	}
	if len(problems) > 0 {
		return nil, 0, 0, &ImportError{problems}
	}
	return model.Batch("Imported "+model.Count(added+updated, "team"), edits...), added, updated, nil
}

var scoreColumns = map[string][]string{
	"judge":     {"judge", "judge name"},
	"team":      {"team", "team name"},
	"criterion": {"criterion", "criteria"},
	"level":     {"level", "rating"},
	"points":    {"points", "score", "pts"},
	"comment":   {"comment", "comments", "note"},
}

// ReadScoresCSV reads the scores of round from a spreadsheet with the
// columns judge, team, criterion, level, points and comment: judges, teams
// and criteria by name (or id), a level by its label on that criterion, or
// else points. A score the judge already gave is replaced. It returns the
// edit and the number of scores. Any bad row makes the whole import fail
// with an *ImportError naming every bad row by line.
func ReadScoresCSV(r io.Reader, p *model.Project, round string) (model.Edit, int, error) {
	rd := p.Round(round)
	if rd == nil {
		return nil, 0, fmt.Errorf("import scores: no round with id %s", round)
	}
	rb := p.Rubric(rd.Rubric)
	if rb == nil {
		return nil, 0, fmt.Errorf("import scores: round %q has no rubric", rd.Title)
	}
	s, err := readSheet(r, "scores", scoreColumns, "judge", "team", "criterion")
	if err != nil {
		return nil, 0, err
	}
	experts, teams, crits := expertsByName(p), byName{}, byName{}
	for _, t := range p.Teams {
		teams.add(t.ID, t.Name)
	}
	for _, c := range rb.Criteria {
		crits.add(c.ID, c.Title)
	}
	var edits []model.Edit
	var problems []RowProblem
	seen := map[string]int{}
	for _, row := range s.rows {
		sc, msg := scoreOf(s, row, rb, experts, teams, crits)
		if msg == "" {
			key := sc.Judge + "\x00" + sc.Team + "\x00" + sc.Criterion
			if line, dup := seen[key]; dup {
				msg = fmt.Sprintf("this judge's score for this team and criterion is already on line %d", line)
			}
			seen[key] = row.line
		}
		if msg != "" {
			problems = append(problems, RowProblem{row.line, msg})
			continue
		}
		sc.Round = round
		if e := model.ScoreEdit(p, sc); e != nil {
			edits = append(edits, e)
		}
	}
	if len(problems) > 0 {
		return nil, 0, &ImportError{problems}
	}
	if len(s.rows) == 0 {
		return nil, 0, &ImportError{[]RowProblem{{1, "the header is not followed by any scores"}}}
	}
	return model.Batch("Imported "+model.Count(len(s.rows), "score"), edits...), len(s.rows), nil
}

func scoreOf(s *sheet, row csvRow, rb *model.Rubric, experts, teams, crits byName) (model.Score, string) {
	var sc model.Score
	var msg string
	if sc.Judge, msg = experts.find(s.get(row, "judge"), "judge"); msg != "" {
		return sc, msg
	}
	if sc.Team, msg = teams.find(s.get(row, "team"), "team"); msg != "" {
		return sc, msg
	}
	if sc.Criterion, msg = crits.find(s.get(row, "criterion"), "criterion"); msg != "" {
		return sc, msg + " (in the rubric " + strconvQuote(rb.Title) + ")"
	}
	c := rb.Criterion(sc.Criterion)
	sc.Comment = s.get(row, "comment")
	level, points := s.get(row, "level"), s.get(row, "points")
	if level != "" {
		for _, rt := range rb.Ratings(c) {
			if strings.EqualFold(rt.Label, level) || rt.Level == level {
				sc.Level = rt.Level
			}
		}
		if sc.Level == "" {
			var labels []string
			for _, rt := range rb.Ratings(c) {
				labels = append(labels, rt.Label)
			}
			return sc, fmt.Sprintf("level %q is not a level of criterion %q: %s", level, c.Title, strings.Join(labels, ", "))
		}
		return sc, ""
	}
	if points == "" {
		return sc, "neither a level nor points"
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(points, ",", "."), 64)
	if err != nil {
		return sc, fmt.Sprintf("points %q is not a number", points)
	}
	sc.Points = v
	return sc, ""
}

func strconvQuote(s string) string { return strconv.Quote(s) }
