package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"coplan/model"
)

// readCSV parses out with encoding/csv as a spreadsheet program would.
func readCSV(t *testing.T, out []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(out))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	return rows
}

func TestCanvasCSVWritesEachCriterionsOwnRatingsWithWeightedPoints(t *testing.T) {
	p := interopUnit(t)
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{Rubric: "r-tricky"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("\r\n")) || bytes.HasPrefix(buf.Bytes(), []byte("\uFEFF")) {
		t.Errorf("want CRLF line ends and no byte order mark:\n%q", buf.String())
	}
	if !bytes.Contains(buf.Bytes(), []byte("\"A graph, but \"\"axes\"\" unlabelled;\nno units.\"")) {
		t.Errorf("a line break inside a field is not kept as LF:\n%q", buf.String())
	}
	want := [][]string{
		{"Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range",
			"Rating Name", "Rating Description", "Rating Points",
			"Rating Name", "Rating Description", "Rating Points",
			"Rating Name", "Rating Description", "Rating Points", "Outcome Codes"},
		// weight 3: every rating's points times 3
		{`Pitch, poster & "demo"`, "Data, graphs and tables", "X-1, X-2", "false",
			"Not yet", "No graph.", "0",
			"Nearly, almost", "A graph, but \"axes\" unlabelled;\nno units.", "5.25",
			"Sure | certain", "Labelled graph | table\nwith units, <b>trend</b> *and* _error_ bars.", "7.5", "X-1, X-2"},
		{`Pitch, poster & "demo"`, "  Speaking to experts", "", "false",
			"Not yet", "Reads from notes.", "0",
			"Nearly, almost", "", "1.75",
			"Sure | certain", "Answers questions, with evidence.", "2.5", ""},
	}
	if got := readCSV(t, buf.Bytes()); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestCanvasCSVLeavesOutTheLevelsACriterionDoesNotUse(t *testing.T) {
	p := &model.Project{Rubrics: []model.Rubric{perCriterion()}}
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	want := [][]string{
		{"Essay", "Argument", "Claims backed\nby evidence", "true", "Excellent", "Strong", "8", "Good", "Sound", "6", "Fair", "", "4", "Poor", "", "0"},
		{"Essay", "Neatness", "", "false", "Neat", "Easy to read", "1", "Messy", "", "0"},
		{"Essay", "Penalty", "", "false", "Fair", "", "-0.5", "Poor", "", "-2"},
	}
	if !reflect.DeepEqual(rows[1:], want) {
		t.Errorf("rows\n%q\nwant\n%q", rows[1:], want)
	}
	if len(rows[0]) != 4+3*4 {
		t.Errorf("header has %d columns, want %d", len(rows[0]), 4+3*4)
	}
}

// perCriterion is a rubric whose criteria hold their own ratings.
func perCriterion() model.Rubric {
	return model.Rubric{ID: "r1", Title: "Essay",
		Levels: []model.Level{{ID: "l4", Label: "Excellent", Points: 4}, {ID: "l3", Label: "Good", Points: 3},
			{ID: "l2", Label: "Fair", Points: 2}, {ID: "l0", Label: "Poor", Points: 0}},
		Criteria: []model.Criterion{
			{ID: "c1", Title: "Argument", Description: "Claims backed\nby evidence", Weight: 2, Range: true,
				Descriptors: map[string]string{"l4": "Strong", "l3": "Sound"}},
			{ID: "c2", Title: "Neatness", Unused: []string{"l2", "l0"},
				Labels: map[string]string{"l4": "Neat", "l3": "Messy"}, Points: map[string]float64{"l4": 1, "l3": 0},
				Descriptors: map[string]string{"l4": "Easy to read"}},
			{ID: "c3", Title: "Penalty", Unused: []string{"l4", "l3"}, Points: map[string]float64{"l2": -0.5, "l0": -2}},
		}}
}

func TestCanvasImportAcceptsWhatCanvasAccepts(t *testing.T) {
	const header = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points,Rating Name,Rating Description,Rating Points\n"
	type rt struct {
		Label, Descriptor string
		Points            float64
	}
	tests := []struct {
		name, csv string
		rng       bool
		want      []rt
	}{
		{"columns found by header in any order", "Rating Points,Criteria Name,notes,Rating Name,Rubric Name\n3,A,x,Good,R\n", false, []rt{{"Good", "", 3}}},
		{"rating headers in any case", "Rubric Name,Criteria Name,RATING NAME,rating points\nR,A,Good,3\n", false, []rt{{"Good", "", 3}}},
		{"Enable Range yes is false", header + "R,A,,yes,Good,ok,3\n", false, []rt{{"Good", "ok", 3}}},
		{"Enable Range 1", header + "R,A,,1,Good,ok,3\n", true, []rt{{"Good", "ok", 3}}},
		{"Enable Range TRUE", header + "R,A,,TRUE,Good,ok,3\n", true, []rt{{"Good", "ok", 3}}},
		{"Enable Range anything else is false", header + "R,A,,maybe,Good,ok,3\n", false, []rt{{"Good", "ok", 3}}},
		{"two identical ratings", header + "R,A,,false,Good,ok,3,Good,ok,3\n", false, []rt{{"Good", "ok", 3}, {"Good", "ok", 3}}},
		{"negative points", header + "R,A,,false,Late,,-1,Very late,,-2.5\n", false, []rt{{"Late", "", -1}, {"Very late", "", -2.5}}},
		{"decimal comma", header + "R,A,,false,Good,ok,\"1,75\"\n", false, []rt{{"Good", "ok", 1.75}}},
		{"trailing blank columns", header + "R,A,,false,Good,ok,3,,,,,,\n", false, []rt{{"Good", "ok", 3}}},
		{"a rating without a name is left out", header + "R,A,,false,,ok,3,Good,ok,2\n", false, []rt{{"Good", "ok", 2}}},
		{"points that are not a number are 0", header + "R,A,,false,Good,ok,lots\n", false, []rt{{"Good", "ok", 0}}},
		{"points are rounded to 2 decimals", header + "R,A,,false,Good,ok,2.345abc\n", false, []rt{{"Good", "ok", 2.35}}},
		{"byte order mark and CRLF", "\uFEFF" + strings.ReplaceAll(header, "\n", "\r\n") + "R,A,,false,Good,\"ok\r\nthen\",3\r\n", false, []rt{{"Good", "ok\r\nthen", 3}}},
		{"old Mac line ends", strings.ReplaceAll(header, "\n", "\r") + "R,A,,false,Good,ok,3\r", false, []rt{{"Good", "ok", 3}}},
		{"a criterion without ratings", header + "R,A,,false\n", false, nil},
		{"a neutralised formula", header + "R,A,,false,'=Good,'@ok,3\n", false, []rt{{"=Good", "@ok", 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCanvasCSV(strings.NewReader(tt.csv), nil, interopNow)
			if err != nil {
				t.Fatal(err)
			}
			r := &got[0]
			c := &r.Criteria[0]
			var have []rt
			for _, x := range r.Ratings(c) {
				have = append(have, rt{x.Label, x.Descriptor, x.Points})
			}
			if !reflect.DeepEqual(have, tt.want) || c.Range != tt.rng {
				t.Errorf("ratings %+v range %v, want %+v range %v", have, c.Range, tt.want, tt.rng)
			}
		})
	}
}

func TestCanvasImportNamesEveryBadRowAndImportsNothing(t *testing.T) {
	const header = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n"
	wide := strings.TrimSuffix(header, "\n") + strings.Repeat(",Rating Name,Rating Description,Rating Points", model.MaxRubricEntries) + "\n" +
		"R,A,,false" + strings.Repeat(",Good,ok,1", model.MaxRubricEntries+1) + "\n"
	cases := []struct {
		name, csv string
		want      []string // "line N: ..." substrings, one per problem
	}{
		{"a rating without points", header + "R,A,,false,Good,ok,4\nR,B,,false,Good,ok,\n",
			[]string{`line 3: rating "Good" of "B" has no points`}},
		{"a rating without a points column", "Rubric Name,Criteria Name,Rating Name\nR,A,Good\n",
			[]string{`line 2: rating "Good" of "A" has no points`}},
		{"points too large for a number", header + "R,A,,false,Good,ok,1e400\n",
			[]string{`line 2: rating "Good" of "A": points "1e400" are too large`}},
		{"no Rubric Name column", "rubric name,Criteria Name,Rating Name,Rating Points\nR,A,Good,1\n",
			[]string{`line 1: the header has no column named exactly "Rubric Name"`}},
		{"no Criteria Name column", "Rubric Name,Criterion,Rating Name,Rating Points\nR,A,Good,1\n",
			[]string{`line 1: the header has no column named exactly "Criteria Name"`}},
		{"no rubric name", header + ",A,,false,Good,ok,3\n", []string{"line 2: the Rubric Name is empty"}},
		{"no criterion name", header + "R,,,false,Good,ok,3\n", []string{"line 2: the Criteria Name is empty"}},
		{"several bad rows after a multi-line field", header + "R,A,\"two\nlines\",false,Good,ok,\nR,B,,false,Good,ok,1\nR,C,,false,Good,ok\n",
			[]string{`line 2: rating "Good" of "A"`, `line 5: rating "Good" of "C"`}},
		{"more ratings than a rubric holds", wide, []string{`line 2: criterion "A" has more than 100 ratings`}},
		{"an empty file", "\uFEFF", []string{"line 1: the file is empty"}},
		{"a header alone", header, []string{"line 1: the header is not followed by any criterion rows"}},
		{"an unterminated quote", header + "R,A,,false,Good,\"ok,3\n", []string{"line 2: a quoted field is never closed"}},
		{"a stray quote", header + "R,A,,false,Go\"od,ok,3\n", []string{"line 2: a quote in the middle of a field"}},
		{"text after a closing quote", header + "R,A,,false,\"Good\" x,ok,3\n", []string{"line 2: text after a closing quote"}},
		{"text that is not UTF-8", header + "R,A,,false,G\xe9nial,ok,3\n", []string{`line 2: the text is not UTF-8`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := ReadCanvasCSV(strings.NewReader(c.csv), nil, interopNow)
			if got != nil {
				t.Errorf("imported %d rubrics from a bad file", len(got))
			}
			var ie *ImportError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an *ImportError", err)
			}
			if len(ie.Problems) != len(c.want) {
				t.Errorf("got %d problems, want %d:\n%v", len(ie.Problems), len(c.want), err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not say %q", err, w)
				}
			}
		})
	}
}

func TestSpreadsheetFormulasAreNeutralisedAndComeBack(t *testing.T) {
	texts := []string{"=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "'=already quoted", "''@twice", "'plain quote", "fine", ""}
	for _, s := range texts {
		safe := safeCell(s)
		if startsFormula(safe) {
			t.Errorf("safeCell(%q) = %q still starts a formula", s, safe)
		}
		if back := unsafeCell(safe); back != s {
			t.Errorf("unsafeCell(safeCell(%q)) = %q", s, back)
		}
	}
	r := perCriterion()
	r.Title = "=HYPERLINK(\"http://evil\",\"x\")"
	r.Criteria[0].Title = "@SUM(A1)"
	r.Criteria[0].Descriptors["l4"] = "+cmd|' /C calc'!A0"
	p := &model.Project{Rubrics: []model.Rubric{r}}
	for _, write := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return WriteCanvasCSV(b, p, RubricOptions{}) },
		func(b *bytes.Buffer) error { return WriteMoodleCSV(b, p, RubricOptions{}) },
	} {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		for _, row := range readCSV(t, buf.Bytes()) {
			for _, f := range row {
				if strings.ContainsAny(f[:min(1, len(f))], "=+@") {
					t.Errorf("cell %q would run as a formula", f)
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCanvasCSV(&buf, p, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Title != r.Title || got[0].Criteria[0].Title != r.Criteria[0].Title || got[0].Criteria[0].Descriptors[got[0].Levels[0].ID] != r.Criteria[0].Descriptors["l4"] {
		t.Errorf("formula text did not come back exactly: %q %q", got[0].Title, got[0].Criteria[0].Title)
	}
}

func TestImportRubricsEditAddsEveryRubricAsOneUndoableStep(t *testing.T) {
	data, err := os.ReadFile("testdata/canvas-spreadsheet.csv")
	if err != nil {
		t.Fatal(err)
	}
	p := exampleUnit(t)
	before := len(p.Rubrics)
	rubrics, err := ReadCanvasCSV(bytes.NewReader(data), p, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	doc := model.NewDocument(p)
	summary, err := doc.Apply(ImportRubricsEdit(rubrics))
	if err != nil {
		t.Fatal(err)
	}
	if summary != "Imported 2 rubrics" {
		t.Errorf("summary %q", summary)
	}
	if len(p.Rubrics) != before+2 || p.Rubrics[before].Title != "Bridge design" || p.Rubrics[before+1].Title != "Kite flying" {
		t.Fatalf("rubrics after import: %d, last %q", len(p.Rubrics), p.Rubrics[len(p.Rubrics)-1].Title)
	}
	for _, d := range model.Validate(p) {
		if d.Severity == model.Error {
			t.Errorf("imported unit has an error: %s", d.Message)
		}
	}
	if _, ok := doc.Undo(); !ok || len(p.Rubrics) != before {
		t.Errorf("one undo left %d rubrics, want %d", len(p.Rubrics), before)
	}
}

func TestMoodleCSVHasNoLineBreaksInsideFields(t *testing.T) {
	p := interopUnit(t)
	var buf bytes.Buffer
	if err := WriteMoodleCSV(&buf, p, RubricOptions{Rubric: `pitch, POSTER & "demo"`}); err != nil {
		t.Fatal(err)
	}
	// weight 3 for the first criterion
	want := [][]string{
		{"criterion", "level", "level_description", "score"},
		{"Data, graphs and tables", "Not yet", "No graph.", "0"},
		{"Data, graphs and tables", "Nearly, almost", "A graph, but \"axes\" unlabelled; / no units.", "5.25"},
		{"Data, graphs and tables", "Sure | certain", "Labelled graph | table / with units, <b>trend</b> *and* _error_ bars.", "7.5"},
		{"  Speaking to experts", "Not yet", "Reads from notes.", "0"},
		{"  Speaking to experts", "Nearly, almost", "", "1.75"},
		{"  Speaking to experts", "Sure | certain", "Answers questions, with evidence.", "2.5"},
	}
	if got := readCSV(t, buf.Bytes()); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n")
	if len(lines) != len(want) {
		t.Errorf("the file has %d lines, want one per row (%d): a reader that splits on lines would break it", len(lines), len(want))
	}
	if strings.ContainsAny(strings.Join(lines, ""), "\r\n") {
		t.Errorf("a raw line break inside a field:\n%q", buf.String())
	}
}

func TestMoodleCSVHoldsOnlyTheRatingsEachCriterionOffers(t *testing.T) {
	p := &model.Project{Rubrics: []model.Rubric{perCriterion()}}
	var buf bytes.Buffer
	if err := WriteMoodleCSV(&buf, p, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if len(rows) != 1+4+2+2 {
		t.Errorf("got %d rows, want a header and 8 ratings:\n%q", len(rows), rows)
	}
	if got := rows[5]; !reflect.DeepEqual(got, []string{"Neatness", "Neat", "Easy to read", "1"}) {
		t.Errorf("row 6 = %q", got)
	}
}

func TestRubricSpreadsheetsRefuseWhatTheyCannotHold(t *testing.T) {
	empty := &model.Project{Title: "Empty"}
	noCriteria := &model.Project{Rubrics: []model.Rubric{{ID: "r", Title: "Bare"}}}
	cases := []struct {
		name  string
		write func() error
		want  string
	}{
		{"Canvas without rubrics", func() error { return WriteCanvasCSV(&bytes.Buffer{}, empty, RubricOptions{}) }, "no rubrics"},
		{"Canvas without criteria", func() error { return WriteCanvasCSV(&bytes.Buffer{}, noCriteria, RubricOptions{}) }, "no criteria"},
		{"Moodle with two rubrics and no choice", func() error { return WriteMoodleCSV(&bytes.Buffer{}, interopUnit(t), RubricOptions{}) }, "choose one"},
		{"Moodle without criteria", func() error { return WriteMoodleCSV(&bytes.Buffer{}, noCriteria, RubricOptions{}) }, "needs criteria"},
		{"an unknown rubric", func() error { return WriteCanvasCSV(&bytes.Buffer{}, noCriteria, RubricOptions{Rubric: "Nope"}) }, `no rubric "Nope"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.write()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one that says %q", err, c.want)
			}
		})
	}
}

func TestCanvasImportLinesUpRatingsOfTheSameNameInOneColumn(t *testing.T) {
	data, err := os.ReadFile("testdata/canvas/essay.csv")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadCanvasCSV(bytes.NewReader(data), nil, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	r := &got[0]
	var labels []string
	for _, l := range r.Levels {
		labels = append(labels, l.Label)
	}
	// Conventions has Good twice: the second gets a column of its own
	// before Fair, so that Fair and Poor stay in their columns.
	if want := []string{"Excellent", "Good", "Good", "Fair", "Poor"}; !reflect.DeepEqual(labels, want) {
		t.Errorf("levels %q, want %q", labels, want)
	}
	for _, c := range r.Criteria {
		for _, rt := range r.Ratings(&c) {
			if c.Title == "Thesis" || c.Title == "Conventions" {
				if l := r.Levels[slices.IndexFunc(r.Levels, func(l model.Level) bool { return l.ID == rt.Level })]; l.Label != rt.Label {
					t.Errorf("%s's rating %q sits in the %q column", c.Title, rt.Label, l.Label)
				}
			}
		}
	}
}
