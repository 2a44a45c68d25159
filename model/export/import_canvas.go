package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"

	"coplan/model"
)

// RowProblem is one bad row of an imported spreadsheet.
type RowProblem struct {
	// Line is the line of the file the row starts on, from 1.
	Line int
	Msg  string
}

// ImportError lists every bad row of a spreadsheet. A spreadsheet with a bad
// row imports nothing, so no rubric arrives half made.
type ImportError struct {
	Problems []RowProblem
}

func (e *ImportError) Error() string {
	msgs := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		msgs[i] = fmt.Sprintf("line %d: %s", p.Line, p.Msg)
	}
	return strings.Join(msgs, "\n")
}

// ReadCanvasCSV reads a Canvas rubric spreadsheet into new rubrics, one per
// distinct Rubric Name in the order they first appear, stamped now and
// ready to add to p with ImportRubricsEdit.
//
// It reads what Canvas's own rubric importer reads. The first row is the
// header, and columns are found by their header text, in any order: "Rubric
// Name", "Criteria Name", "Criteria Description" and "Criteria Enable
// Range" exactly, and every column whose header contains "rating name",
// "rating description" or "rating points" in any case, the n-th of each
// making the n-th rating; other columns are ignored. Enable Range is true
// for true or 1 in any case, false otherwise. A rating with no name is
// skipped; a named rating with no points is an error (Canvas's own import
// fails on it). Points are read as Canvas reads them: a decimal comma
// ("1,75") becomes a point, the number the cell starts with is taken (none
// is 0), rounded to 2 decimals; they may be negative. A byte order mark
// (which Canvas would take as part of the first header) is skipped; LF or
// CRLF line ends and quoted fields with commas and line breaks are read,
// and text is kept byte for byte.
//
// Each criterion keeps its own ratings: the rubric's levels are columns,
// and a criterion's ratings go in them in order (see place); a column a
// criterion skips is unused by it, and a rating whose name or points
// differ from its column's level keeps its own. A Criteria
// Description that is exactly the outcome codes of p (as Coplan writes
// them) links those outcomes; any other is the criterion's description. A
// column headed Outcome Codes (Coplan's, which Canvas ignores) links the
// outcomes of p with those codes instead, and a description that only
// repeats them is dropped; codes p has no outcome for stay in the
// description, on a last line "Outcomes: ...".
// Every criterion gets no weight (its points count once).
//
// Any bad row makes the whole import fail with an *ImportError that names
// every bad row by line.
func ReadCanvasCSV(r io.Reader, p *model.Project, now time.Time) ([]model.Rubric, error) {
	data, err := io.ReadAll(io.LimitReader(r, model.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("import Canvas rubric: %w", err)
	}
	if len(data) > model.MaxFileSize {
		return nil, fmt.Errorf("import Canvas rubric: the file is larger than %d MB", model.MaxFileSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	rows, err := readRows(data)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, &ImportError{[]RowProblem{{1, "the file is empty; a Canvas rubric starts with the header Rubric Name,Criteria Name,..."}}}
	}
	cols := canvasColumnsOf(rows[0].fields)
	for _, need := range []struct {
		at   int
		name string
	}{{cols.rubric, headRubric}, {cols.criterion, headCriterion}} {
		if need.at < 0 {
			return nil, &ImportError{[]RowProblem{{rows[0].line, fmt.Sprintf("the header has no column named exactly %q; a Canvas rubric starts with the header Rubric Name,Criteria Name,...", need.name)}}}
		}
	}
	b := rubricBuilder{now: now.UTC(), codes: outcomeIDsByCode(p), cols: cols}
	var problems []RowProblem
	for _, row := range rows[1:] {
		if msg := b.add(row); msg != "" {
			problems = append(problems, RowProblem{row.line, msg})
		}
	}
	if len(problems) > 0 {
		return nil, &ImportError{problems}
	}
	if len(b.rubrics) == 0 {
		return nil, &ImportError{[]RowProblem{{rows[0].line, "the header is not followed by any criterion rows"}}}
	}
	return b.finish(), nil
}

// ImportRubricsEdit returns the edit that adds rubrics at the end of a unit's
// rubrics as one undoable step.
func ImportRubricsEdit(rubrics []model.Rubric) model.Edit {
	edits := make([]model.Edit, len(rubrics))
	for i, r := range rubrics {
		edits[i] = model.Add(r, "", -1)
	}
	return model.Batch(importLabel(rubrics), edits...)
}

func importLabel(rubrics []model.Rubric) string {
	if len(rubrics) == 1 {
		return fmt.Sprintf("Imported rubric %q", rubrics[0].Title)
	}
	return fmt.Sprintf("Imported %d rubrics", len(rubrics))
}

// rating is one rating of a row.
type rating struct {
	label, descriptor string
	points            float64
}

// pendingRubric is a rubric being read: its level columns so far and its
// criteria, each with the column of each of its ratings.
type pendingRubric struct {
	title    string
	levels   []rating // descriptor unused
	criteria []pendingCriterion
}

type pendingCriterion struct {
	title, description string
	outcomes           []string
	rng                bool
	ratings            []rating
	cols               []int
}

// rubricBuilder gathers rows into rubrics.
type rubricBuilder struct {
	now     time.Time
	codes   map[string]string
	cols    canvasColumns
	rubrics []*pendingRubric
	byTitle map[string]*pendingRubric
}

// add reads one criterion row, or says what is wrong with it.
func (b *rubricBuilder) add(row csvRow) string {
	f, cols := row.fields, &b.cols
	title, crit := unsafeCell(fieldText(f, cols.rubric)), unsafeCell(fieldText(f, cols.criterion))
	switch {
	case strings.TrimSpace(title) == "":
		return "the Rubric Name is empty"
	case strings.TrimSpace(crit) == "":
		return "the Criteria Name is empty"
	}
	pc := pendingCriterion{title: crit, rng: canvasRange(fieldText(f, cols.rng))}
	for k, at := range cols.names {
		name := unsafeCell(fieldText(f, at))
		if strings.TrimSpace(name) == "" {
			continue
		}
		if len(pc.ratings) >= model.MaxRubricEntries {
			return fmt.Sprintf("criterion %q has more than %d ratings, more than a Coplan rubric holds", crit, model.MaxRubricEntries)
		}
		pts, ok := "", false
		if k < len(cols.points) {
			pts, ok = fieldAt(f, cols.points[k])
		}
		if !ok {
			return fmt.Sprintf("rating %q of %q has no points", name, crit)
		}
		v := canvasPoints(pts)
		if math.IsInf(v, 0) {
			return fmt.Sprintf("rating %q of %q: points %q are too large", name, crit, pts)
		}
		desc := ""
		if k < len(cols.descriptions) {
			desc = unsafeCell(fieldText(f, cols.descriptions[k]))
		}
		pc.ratings = append(pc.ratings, rating{label: name, descriptor: desc, points: v})
	}
	pr := b.rubric(title)
	if len(pr.criteria) >= model.MaxRubricEntries {
		return fmt.Sprintf("rubric %q has more than %d criteria", title, model.MaxRubricEntries)
	}
	desc := unsafeCell(fieldText(f, cols.description))
	if cols.outcomes >= 0 {
		pc.outcomes, pc.description = b.linkOutcomes(desc, unsafeCell(fieldText(f, cols.outcomes)))
	} else if ids, ok := b.outcomesOf(desc); ok {
		pc.outcomes = ids
	} else {
		pc.description = desc
	}
	if msg := pr.place(&pc); msg != "" {
		return msg
	}
	pr.criteria = append(pr.criteria, pc)
	return ""
}

// rubric returns the pending rubric called title, starting one if needed.
func (b *rubricBuilder) rubric(title string) *pendingRubric {
	if r, ok := b.byTitle[title]; ok {
		return r
	}
	if b.byTitle == nil {
		b.byTitle = map[string]*pendingRubric{}
	}
	r := &pendingRubric{title: title}
	b.rubrics = append(b.rubrics, r)
	b.byTitle[title] = r
	return r
}

// place puts each rating of pc in a level column: the first column from
// the next free one whose level has the rating's name; else the next free
// column, unless a later rating of pc has that column's name, in which
// case a new column goes in before it; else a new column at the end.
func (pr *pendingRubric) place(pc *pendingCriterion) string {
	next := 0
	for k, rt := range pc.ratings {
		col := -1
		for i := next; i < len(pr.levels); i++ {
			if pr.levels[i].label == rt.label {
				col = i
				break
			}
		}
		if col < 0 && next < len(pr.levels) {
			col = next
			if slices.ContainsFunc(pc.ratings[k+1:], func(x rating) bool { return x.label == pr.levels[next].label }) {
				col = -1
			}
		}
		if col < 0 {
			if len(pr.levels) >= model.MaxRubricEntries {
				return fmt.Sprintf("rubric %q needs more than %d level columns", pr.title, model.MaxRubricEntries)
			}
			col = min(next, len(pr.levels))
			pr.levels = slices.Insert(pr.levels, col, rating{label: rt.label, points: rt.points})
			for c := range pr.criteria {
				for j, x := range pr.criteria[c].cols {
					if x >= col {
						pr.criteria[c].cols[j] = x + 1
					}
				}
			}
		}
		pc.cols = append(pc.cols, col)
		next = col + 1
	}
	return ""
}

// outcomesOf returns the ids of the outcomes whose codes make up text
// exactly as Coplan writes them ("AC9S9U05, AC9S9I03").
func (b *rubricBuilder) outcomesOf(text string) ([]string, bool) {
	if text == "" {
		return nil, false
	}
	var ids []string
	for _, part := range strings.Split(text, ", ") {
		id, ok := b.codes[strings.ToLower(part)]
		if !ok || part != strings.TrimSpace(part) {
			return nil, false
		}
		ids = append(ids, id)
	}
	return ids, true
}

// linkOutcomes reads a row's Outcome Codes (as Coplan writes them, "A, B")
// and its description. It returns the ids of the unit's outcomes with those
// codes, and the description: empty when it only repeats the codes (as
// Coplan writes a criterion without one), and ending in a line "Outcomes:
// ..." that keeps the codes the unit has no outcome for.
func (b *rubricBuilder) linkOutcomes(desc, codes string) (ids []string, description string) {
	var unknown []string
	for _, code := range strings.Split(codes, ",") {
		if code = strings.TrimSpace(code); code == "" {
			continue
		}
		if id, ok := b.codes[strings.ToLower(code)]; ok {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		} else {
			unknown = append(unknown, code)
		}
	}
	if strings.TrimSpace(desc) == strings.TrimSpace(codes) {
		desc = ""
	}
	if len(unknown) > 0 {
		line := "Outcomes: " + strings.Join(unknown, ", ")
		if strings.TrimSpace(desc) == "" {
			return ids, line
		}
		return ids, desc + "\n\n" + line
	}
	return ids, desc
}

// finish turns the pending rubrics into model rubrics with fresh ids.
func (b *rubricBuilder) finish() []model.Rubric {
	out := make([]model.Rubric, 0, len(b.rubrics))
	for _, pr := range b.rubrics {
		r := model.Rubric{ID: model.NewID(), Updated: b.now, Title: pr.title}
		for _, l := range pr.levels {
			r.Levels = append(r.Levels, model.Level{ID: model.NewID(), Updated: b.now, Label: l.label, Points: l.points})
		}
		for _, pc := range pr.criteria {
			r.Criteria = append(r.Criteria, b.criterion(&r, pc))
		}
		out = append(out, r)
	}
	return out
}

// criterion makes the model criterion of pc in r, whose levels are made.
func (b *rubricBuilder) criterion(r *model.Rubric, pc pendingCriterion) model.Criterion {
	c := model.Criterion{ID: model.NewID(), Updated: b.now, Title: pc.title, Description: pc.description,
		Outcomes: pc.outcomes, Range: pc.rng}
	used := make([]bool, len(r.Levels))
	for k, rt := range pc.ratings {
		l := &r.Levels[pc.cols[k]]
		used[pc.cols[k]] = true
		if rt.descriptor != "" {
			if c.Descriptors == nil {
				c.Descriptors = map[string]string{}
			}
			c.Descriptors[l.ID] = rt.descriptor
		}
		if rt.label != l.Label {
			if c.Labels == nil {
				c.Labels = map[string]string{}
			}
			c.Labels[l.ID] = rt.label
		}
		if rt.points != l.Points {
			if c.Points == nil {
				c.Points = map[string]float64{}
			}
			c.Points[l.ID] = rt.points
		}
	}
	for i, u := range used {
		if !u {
			c.Unused = append(c.Unused, r.Levels[i].ID)
		}
	}
	return c
}
