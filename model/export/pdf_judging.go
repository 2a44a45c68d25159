package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"coplan/model"
)

// JudgingOptions chooses how a score sheet or a team's feedback prints.
type JudgingOptions struct {
	// Paper is PaperA4 or PaperLetter (any case); empty means A4.
	Paper string
	// Now is the print date; the zero time means the current time.
	Now time.Time
	// WithScores prints the points of each rating and each judge's total on
	// a team's feedback; WithNames names the judges. Students see neither by default.
	WithScores, WithNames bool
}

// writeJudgingPDF lays out a document with body and writes it to w, all or
// nothing, turning a panic inside the PDF library into an error.
func writeJudgingPDF(w io.Writer, p *model.Project, opt JudgingOptions, what string, body func(d *doc)) (err error) {
	pp, err := paperSize(opt.Paper)
	if err != nil {
		return err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	var buf bytes.Buffer
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export: laying out the %s failed: %v", strings.ToLower(what), r)
		}
	}()
	d, err := newDoc(pp, false, now)
	if err != nil {
		return err
	}
	d.setFooter(footerTitle(p, what))
	d.meta(p, what)
	body(d)
	if err := d.finish(&buf); err != nil {
		return fmt.Errorf("export: writing the %s: %w", strings.ToLower(what), err)
	}
	if _, err := buf.WriteTo(w); err != nil {
		return fmt.Errorf("export: writing the %s: %w", strings.ToLower(what), err)
	}
	return nil
}

// WriteScoreSheet prints the paper score sheet of one judge in a round: for
// each team assigned to the judge, the rubric's criteria with a tick box per
// rating, and room for comments, strengths and next steps.
func WriteScoreSheet(w io.Writer, p *model.Project, round, judge string, opt JudgingOptions) error {
	r, rb, err := roundRubric(p, round)
	if err != nil {
		return err
	}
	e := p.Expert(judge)
	if e == nil {
		return errors.New("export: no such judge")
	}
	var teams []*model.Team
	for _, a := range p.AssignmentsOf(round) {
		if t := p.Team(a.Team); a.Judge == judge && t != nil {
			teams = append(teams, t)
		}
	}
	what := "Score sheet: " + titleOr(e.Name, "Unnamed judge")
	return writeJudgingPDF(w, p, opt, what, func(d *doc) {
		d.title(what, roundLine(p, r, rb))
		if len(teams) == 0 {
			d.note("No teams are assigned to this judge yet.")
			return
		}
		yours := "your team"
		if len(teams) > 1 {
			yours = fmt.Sprintf("each of your %d teams", len(teams))
		}
		d.para("Tick one box per criterion for "+yours+". Write what the team did well and what they could do next: the students read your words, never your scores.", stBody)
		for i, t := range teams {
			if i > 0 {
				d.newPage()
			}
			d.heading(teamHeading(t), 0)
			if project := printable(t.Project); project != "" {
				d.para(project, stLead)
			}
			head := []string{"Criterion", "Tick one", "Comment"}
			tb := d.newTable(t.Name, []float64{1.1, 1.6, 1.3}, head)
			for _, c := range rb.Criteria {
				var boxes []string
				for _, rt := range rb.Ratings(&c) {
					box := "□  " + titleOr(rt.Label, "Unnamed level")
					if !rb.Unscored {
						box += " (" + points(rt.Points) + ")"
					}
					boxes = append(boxes, box)
				}
				tb.row([]cell{txt(titleOr(c.Title, "Untitled criterion"), stCellB), txt(strings.Join(boxes, "\n"), stCell), nil}, nil)
			}
			tb.end()
			d.space(4)
			for _, label := range []string{"Strengths", "Next steps"} {
				d.need(28)
				d.text(d.left, d.y, label, stBodyB)
				d.pdf.SetDrawColor(rule.r, rule.g, rule.b)
				d.pdf.SetLineWidth(0.2)
				for k := 1; k <= 3; k++ {
					y := d.y + float64(k)*7
					d.pdf.Line(d.left, y, d.right, y)
				}
				d.y += 26
			}
		}
	})
}

// roundRubric returns the round with id round and its rubric.
func roundRubric(p *model.Project, round string) (*model.Round, *model.Rubric, error) {
	r := p.Round(round)
	if r == nil {
		return nil, nil, errors.New("export: no such judging round")
	}
	rb := p.Rubric(r.Rubric)
	if rb == nil {
		return nil, nil, fmt.Errorf("export: round %q has no rubric", r.Title)
	}
	return r, rb, nil
}

// roundLine is the subtitle of a judging handout: the round, its session and date.
func roundLine(p *model.Project, r *model.Round, rb *model.Rubric) string {
	parts := []string{titleOr(r.Title, "Untitled round")}
	if s := p.Session(r.Session); s != nil {
		parts = append(parts, titleOr(s.Title, "Untitled session"))
		if !s.Date.IsZero() {
			parts = append(parts, s.Date.Time().Format("Monday 2 January 2006"))
		}
	}
	parts = append(parts, "Rubric: "+titleOr(rb.Title, "Untitled rubric"))
	return strings.Join(parts, "  ·  ")
}

func teamHeading(t *model.Team) string {
	h := titleOr(printable(t.Name), "Unnamed team")
	if table := printable(t.Table); table != "" {
		h += " — " + table
	}
	return h
}

// printable is s, or "" when s is a template's placeholder that the
// teacher has not replaced yet, which a printed handout leaves out.
func printable(s string) string {
	if model.IsPlaceholder(s) {
		return ""
	}
	return s
}

// printableList is list without the template's placeholders.
func printableList(list []string) []string {
	var out []string
	for _, s := range list {
		if printable(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
