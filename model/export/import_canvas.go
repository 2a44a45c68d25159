package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

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
// It accepts what Canvas and spreadsheet programs write: a byte order mark,
// CRLF or LF line ends, quoted fields with commas and line breaks, rows with
// different numbers of ratings, blank trailing columns and blank rows,
// rating headers in any case ("rating points" finds the points column), and
// points with a decimal comma ("1,75"). Names and descriptions are kept
// exactly as written. Criteria Enable Range must be true,
// 1, false, 0 or empty; Coplan has no range scoring and ignores it.
//
// The rubric's levels are the distinct ratings (name and points) of its
// rows, in the order they first appear; each rating's description becomes
// the criterion's descriptor for that level. Every criterion gets weight 1,
// since Canvas has none. A Criteria Description made of outcome codes of p
// links the criterion to those outcomes; any other description is kept in
// the rubric's description under the criterion's title.
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
	cols, problem := canvasColumnsOf(rows[0])
	if problem != "" {
		return nil, &ImportError{[]RowProblem{{rows[0].line, problem}}}
	}
	b := rubricBuilder{p: p, now: now.UTC(), codes: outcomeIDsByCode(p)}
	var problems []RowProblem
	for _, row := range rows[1:] {
		if msg := b.add(cols, row); msg != "" {
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
	label := fmt.Sprintf("Imported %d rubrics", len(rubrics))
	if len(rubrics) == 1 {
		label = fmt.Sprintf("Imported rubric %q", rubrics[0].Title)
	}
	return model.Batch(label, edits...)
}

// csvRow is one record of a spreadsheet and the line it starts on.
type csvRow struct {
	line   int
	fields []string
}

// readRows parses data as RFC 4180 CSV with rows of any length, leaving out
// blank rows.
func readRows(data []byte) ([]csvRow, error) {
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	var rows []csvRow
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &ImportError{[]RowProblem{{pe.Line, "not readable as CSV: " + pe.Err.Error()}}}
			}
			return nil, fmt.Errorf("import Canvas rubric: %w", err)
		}
		line, _ := cr.FieldPos(0)
		blank := true
		for _, f := range rec {
			if !utf8.ValidString(f) {
				return nil, &ImportError{[]RowProblem{{line, "the text is not UTF-8; save the spreadsheet as \"CSV UTF-8\""}}}
			}
			if strings.TrimSpace(f) != "" {
				blank = false
			}
		}
		if !blank {
			rows = append(rows, csvRow{line, rec})
		}
	}
}

// canvasColumns says which column holds what. Ratings start at column
// rating and repeat every three columns, with name, description and points
// at the offsets given.
type canvasColumns struct {
	rubric, criterion, description, enableRange int
	rating, name, desc, points                  int
}

// canvasColumnsOf reads the header row, matching names case-insensitively
// by substring, or says what is wrong with it.
func canvasColumnsOf(header csvRow) (canvasColumns, string) {
	c := canvasColumns{rubric: -1, criterion: -1, description: -1, enableRange: -1, rating: -1, name: -1, desc: -1, points: -1}
	for i, h := range header.fields {
		h = strings.ToLower(strings.TrimSpace(h))
		switch {
		case h == "":
		case c.rating < 0 && strings.Contains(h, "rubric"):
			c.rubric = i
		case c.rating < 0 && strings.Contains(h, "range"):
			c.enableRange = i
		case c.rating < 0 && strings.Contains(h, "criteri") && strings.Contains(h, "desc"):
			c.description = i
		case c.rating < 0 && strings.Contains(h, "criteri"):
			c.criterion = i
		case c.rating < 0 || i < c.rating+3:
			if c.rating < 0 {
				c.rating = i
			}
			off := i - c.rating
			switch {
			case strings.Contains(h, "point"):
				c.points = off
			case strings.Contains(h, "desc"):
				c.desc = off
			case strings.Contains(h, "name"):
				c.name = off
			}
		}
	}
	switch {
	case c.rubric < 0:
		return c, `the header has no "Rubric Name" column`
	case c.criterion < 0:
		return c, `the header has no "Criteria Name" column`
	case c.rating < 0 || c.name < 0 || c.desc < 0 || c.points < 0:
		return c, `the header needs "Rating Name", "Rating Description" and "Rating Points" columns after the criteria columns`
	}
	return c, ""
}

// rating is one rating of a row: a level label with its points and the
// criterion's descriptor for it.
type rating struct {
	label      string
	points     float64
	descriptor string
}

// pendingRubric is a rubric being read: its levels so far and its rows.
type pendingRubric struct {
	title  string
	levels []rating // descriptor unused
	rows   []pendingCriterion
	notes  []string
}

type pendingCriterion struct {
	title    string
	outcomes []string
	ratings  []rating
}

// rubricBuilder gathers rows into rubrics.
type rubricBuilder struct {
	p       *model.Project
	now     time.Time
	codes   map[string]string
	rubrics []*pendingRubric
}

// add reads one criterion row, or says what is wrong with it.
func (b *rubricBuilder) add(c canvasColumns, row csvRow) string {
	cell := func(i int) string {
		if i < 0 || i >= len(row.fields) {
			return ""
		}
		return row.fields[i]
	}
	title, crit := cell(c.rubric), cell(c.criterion)
	switch {
	case strings.TrimSpace(title) == "":
		return "the Rubric Name is empty"
	case strings.TrimSpace(crit) == "":
		return "the Criteria Name is empty"
	}
	switch strings.ToLower(strings.TrimSpace(cell(c.enableRange))) {
	case "", "true", "1", "false", "0":
	default:
		return fmt.Sprintf("Criteria Enable Range is %q; use true, 1, false or 0", cell(c.enableRange))
	}
	var ratings []rating
	for k := 0; c.rating+3*k < len(row.fields); k++ {
		at := c.rating + 3*k
		name, desc, pts := cell(at+c.name), cell(at+c.desc), strings.TrimSpace(cell(at+c.points))
		if strings.TrimSpace(name+desc) == "" && pts == "" {
			continue
		}
		if strings.TrimSpace(name) == "" {
			return fmt.Sprintf("rating %d of %q has no name", k+1, crit)
		}
		v, err := parsePoints(pts)
		if err != nil {
			return fmt.Sprintf("rating %q of %q: %v", name, crit, err)
		}
		for _, r := range ratings {
			if r.label == name && r.points == v {
				return fmt.Sprintf("criterion %q has two ratings called %q worth %s", crit, name, csvPoints(v))
			}
		}
		ratings = append(ratings, rating{name, v, desc})
	}
	if len(ratings) == 0 {
		return fmt.Sprintf("criterion %q has no ratings", crit)
	}
	pr := b.rubric(title)
	if len(pr.rows) >= model.MaxRubricEntries {
		return fmt.Sprintf("rubric %q has more than %d criteria", title, model.MaxRubricEntries)
	}
	pc := pendingCriterion{title: crit, ratings: ratings}
	if d := strings.TrimSpace(cell(c.description)); d != "" {
		if ids, ok := b.outcomesOf(d); ok {
			pc.outcomes = ids
		} else {
			pr.notes = append(pr.notes, crit+": "+d)
		}
	}
	pr.rows = append(pr.rows, pc)
	if msg := pr.mergeLevels(ratings); msg != "" {
		return msg
	}
	return ""
}

// rubric returns the pending rubric called title, starting one if needed.
func (b *rubricBuilder) rubric(title string) *pendingRubric {
	for _, r := range b.rubrics {
		if r.title == title {
			return r
		}
	}
	r := &pendingRubric{title: title}
	b.rubrics = append(b.rubrics, r)
	return r
}

// mergeLevels adds the ratings the rubric has not seen as levels, each
// after the level of the rating before it in the row.
func (pr *pendingRubric) mergeLevels(ratings []rating) string {
	at := 0
	for _, r := range ratings {
		if i := pr.level(r); i >= 0 {
			at = i + 1
			continue
		}
		if len(pr.levels) >= model.MaxRubricEntries {
			return fmt.Sprintf("rubric %q has more than %d different ratings", pr.title, model.MaxRubricEntries)
		}
		pr.levels = append(pr.levels, rating{})
		copy(pr.levels[at+1:], pr.levels[at:])
		pr.levels[at] = rating{label: r.label, points: r.points}
		at++
	}
	return ""
}

// level returns the index of the level with r's name and points, or -1.
func (pr *pendingRubric) level(r rating) int {
	for i, l := range pr.levels {
		if l.label == r.label && l.points == r.points {
			return i
		}
	}
	return -1
}

// outcomesOf returns the ids of the outcomes whose codes make up text
// ("AC9S9U05, AC9S9I03"), and whether every part of text is such a code.
func (b *rubricBuilder) outcomesOf(text string) ([]string, bool) {
	var ids []string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
		id, ok := b.codes[strings.ToLower(strings.TrimSpace(part))]
		if !ok {
			return nil, false
		}
		ids = append(ids, id)
	}
	return ids, len(ids) > 0
}

// finish turns the pending rubrics into model rubrics with fresh ids.
func (b *rubricBuilder) finish() []model.Rubric {
	out := make([]model.Rubric, 0, len(b.rubrics))
	for _, pr := range b.rubrics {
		r := model.Rubric{ID: model.NewID(), Updated: b.now, Title: pr.title}
		if len(pr.notes) > 0 {
			r.Description = "Criteria descriptions from the spreadsheet:\n" + strings.Join(pr.notes, "\n")
		}
		for _, l := range pr.levels {
			r.Levels = append(r.Levels, model.Level{ID: model.NewID(), Updated: b.now, Label: l.label, Points: l.points})
		}
		for _, pc := range pr.rows {
			c := model.Criterion{ID: model.NewID(), Updated: b.now, Title: pc.title, Weight: 1, Outcomes: pc.outcomes,
				Descriptors: make(map[string]string, len(pc.ratings))}
			for _, rt := range pc.ratings {
				if rt.descriptor != "" {
					c.Descriptors[r.Levels[pr.level(rt)].ID] = rt.descriptor
				}
			}
			r.Criteria = append(r.Criteria, c)
		}
		out = append(out, r)
	}
	return out
}
