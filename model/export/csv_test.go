package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
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

func TestCanvasCSVHoldsOneRowPerCriterionWithEveryLevel(t *testing.T) {
	p := interopUnit(t)
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{Rubric: "r-tricky"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("\r\n")) || bytes.HasPrefix(buf.Bytes(), []byte("\uFEFF")) {
		t.Errorf("want CRLF line ends and no byte order mark:\n%q", buf.String())
	}
	want := [][]string{
		{"Rubric Name", "Criteria Name", "Criteria Description", "Criteria Enable Range",
			"Rating Name", "Rating Description", "Rating Points",
			"Rating Name", "Rating Description", "Rating Points",
			"Rating Name", "Rating Description", "Rating Points"},
		{`Pitch, poster & "demo"`, "Data, graphs and tables", "X-1, X-2", "false",
			"Not yet", "No graph.", "0",
			"Nearly, almost", "A graph, but \"axes\" unlabelled;\nno units.", "1.75",
			// encoding/csv turns a CRLF inside a quoted field into LF.
			"Sure | certain", "Labelled graph | table\nwith units, <b>trend</b> *and* _error_ bars.", "2.5"},
		{`Pitch, poster & "demo"`, "  Speaking to experts", "", "false",
			"Not yet", "Reads from notes.", "0",
			"Nearly, almost", "", "1.75",
			"Sure | certain", "Answers questions, with evidence.", "2.5"},
	}
	got := readCSV(t, buf.Bytes())
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if len(got[i]) != len(want[i]) {
			t.Errorf("row %d has %d fields, want %d: %q", i+1, len(got[i]), len(want[i]), got[i])
			continue
		}
		for j := range want[i] {
			if got[i][j] != want[i][j] {
				t.Errorf("row %d field %d = %q, want %q", i+1, j+1, got[i][j], want[i][j])
			}
		}
	}
}

func TestCanvasCSVOfAllRubricsIsRaggedWhenLevelCountsDiffer(t *testing.T) {
	p := interopUnit(t)
	p.Rubrics[0].Levels = p.Rubrics[0].Levels[:2]
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	wantRows := 1
	for _, r := range p.Rubrics {
		wantRows += len(r.Criteria)
	}
	if len(rows) != wantRows {
		t.Fatalf("got %d rows, want a header and %d criteria", len(rows), wantRows-1)
	}
	maxLevels := 0
	for _, r := range p.Rubrics {
		maxLevels = max(maxLevels, len(r.Levels))
	}
	if len(rows[0]) != 4+3*maxLevels {
		t.Errorf("header has %d columns, want %d", len(rows[0]), 4+3*maxLevels)
	}
	if first := rows[1]; first[0] != p.Rubrics[0].Title || len(first) != 4+3*2 {
		t.Errorf("first row = %q, want %q with two ratings", first, p.Rubrics[0].Title)
	}
}

func TestCanvasCSVRoundTripKeepsTitlesDescriptorsPointsAndOrder(t *testing.T) {
	units := map[string]*model.Project{"example and tricky": interopUnit(t), "generated": modeltest.Large(12, 5)}
	for name, p := range units {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteCanvasCSV(&buf, p, RubricOptions{}); err != nil {
				t.Fatal(err)
			}
			got, err := ReadCanvasCSV(&buf, p, interopNow)
			if err != nil {
				t.Fatalf("reading our own export: %v", err)
			}
			if len(got) != len(p.Rubrics) {
				t.Fatalf("read %d rubrics, wrote %d", len(got), len(p.Rubrics))
			}
			for i := range got {
				sameRubric(t, &p.Rubrics[i], &got[i])
			}
		})
	}
}

// sameRubric checks that b has a's title, levels (labels and points) and
// criteria (titles, outcomes and descriptors) in a's order.
func sameRubric(t *testing.T, a, b *model.Rubric) {
	t.Helper()
	if a.Title != b.Title {
		t.Errorf("title %q came back as %q", a.Title, b.Title)
	}
	if len(a.Levels) != len(b.Levels) {
		t.Fatalf("%q: %d levels came back as %d", a.Title, len(a.Levels), len(b.Levels))
	}
	for i := range a.Levels {
		if a.Levels[i].Label != b.Levels[i].Label || a.Levels[i].Points != b.Levels[i].Points {
			t.Errorf("%q level %d: %q %v came back as %q %v", a.Title, i+1,
				a.Levels[i].Label, a.Levels[i].Points, b.Levels[i].Label, b.Levels[i].Points)
		}
	}
	if len(a.Criteria) != len(b.Criteria) {
		t.Fatalf("%q: %d criteria came back as %d", a.Title, len(a.Criteria), len(b.Criteria))
	}
	for i, ca := range a.Criteria {
		cb := b.Criteria[i]
		if ca.Title != cb.Title {
			t.Errorf("%q criterion %d: %q came back as %q", a.Title, i+1, ca.Title, cb.Title)
		}
		if !reflect.DeepEqual(ca.Outcomes, cb.Outcomes) {
			t.Errorf("%q criterion %q: outcomes %q came back as %q", a.Title, ca.Title, ca.Outcomes, cb.Outcomes)
		}
		for j, la := range a.Levels {
			// Spreadsheet programs store a line break as LF.
			want := strings.ReplaceAll(ca.Descriptors[la.ID], "\r\n", "\n")
			if got := cb.Descriptors[b.Levels[j].ID]; got != want {
				t.Errorf("%q criterion %q level %q: descriptor %q came back as %q", a.Title, ca.Title, la.Label, want, got)
			}
		}
	}
}

func TestCanvasImportReadsASpreadsheetAsCanvasAndSpreadsheetsWriteIt(t *testing.T) {
	data, err := os.ReadFile("testdata/canvas-spreadsheet.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) || !bytes.Contains(data, []byte("\r\n")) {
		t.Fatal("the fixture lost its byte order mark or CRLF line ends (check git's line-end settings)")
	}
	p := &model.Project{Outcomes: []model.Outcome{{ID: "o-1", Code: "X-1"}, {ID: "o-2", Code: "x-2"}}}
	got, err := ReadCanvasCSV(bytes.NewReader(data), p, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	type level struct {
		Label  string
		Points float64
	}
	type criterion struct {
		Title       string
		Outcomes    []string
		Descriptors map[string]string // by level label
	}
	type rubric struct {
		Title, Description string
		Levels             []level
		Criteria           []criterion
	}
	want := []rubric{
		{Title: "Bridge design", Description: "Criteria descriptions from the spreadsheet:\nSafety: Wears goggles",
			Levels: []level{{"Excellent", 4}, {"Good", 3}, {"Developing", 1.75}, {"Beginning", 0.5}},
			Criteria: []criterion{
				{"Load testing", []string{"o-1", "o-2"}, map[string]string{
					"Excellent": "Tests three loads, records every result", "Good": "Tests two loads", "Developing": "One test,\nno record"}},
				{"Teamwork", nil, map[string]string{"Excellent": "Everyone has a role", "Good": "Roles, mostly"}},
				{"Safety", nil, map[string]string{"Excellent": `Always "checks" the rig`, "Good": "Usually", "Developing": "Sometimes", "Beginning": "Never"}},
			}},
		{Title: "Kite flying", Levels: []level{{"High", 2}, {"Low", 0.5}},
			Criteria: []criterion{{"Height", nil, map[string]string{"High": "Above the trees", "Low": "Below the trees"}}}},
	}
	var have []rubric
	for _, r := range got {
		hr := rubric{Title: r.Title, Description: r.Description}
		labels := map[string]string{}
		for _, l := range r.Levels {
			hr.Levels = append(hr.Levels, level{l.Label, l.Points})
			labels[l.ID] = l.Label
			if l.ID == "" || !l.Updated.Equal(interopNow) {
				t.Errorf("level %q has id %q and time %v, want an id and the import time", l.Label, l.ID, l.Updated)
			}
		}
		for _, c := range r.Criteria {
			hc := criterion{Title: c.Title, Outcomes: c.Outcomes, Descriptors: map[string]string{}}
			for id, text := range c.Descriptors {
				hc.Descriptors[labels[id]] = text
			}
			if c.Weight != 1 {
				t.Errorf("criterion %q has weight %d, want 1", c.Title, c.Weight)
			}
			hr.Criteria = append(hr.Criteria, hc)
		}
		have = append(have, hr)
	}
	if !reflect.DeepEqual(have, want) {
		t.Errorf("imported\n%+v\nwant\n%+v", have, want)
	}
}

func TestCanvasImportNamesEveryBadRowAndImportsNothing(t *testing.T) {
	const header = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n"
	cases := []struct {
		name, csv string
		want      []string // "line N: ..." substrings, one per problem
	}{
		{"points that are not a number", header + "R,A,,false,Good,ok,4\nR,B,,false,Good,ok,lots\n",
			[]string{`line 3: rating "Good" of "B": points "lots" are not a number`}},
		{"negative points", header + "R,A,,false,Good,ok,-1\n", []string{`line 2: rating "Good" of "A": points "-1" are negative`}},
		{"missing points", header + "R,A,,false,Good,ok,\n", []string{`line 2: rating "Good" of "A": no points`}},
		{"a rating without a name", header + "R,A,,false,,ok,3\n", []string{`line 2: rating 1 of "A" has no name`}},
		{"no rubric name", header + ",A,,false,Good,ok,3\n", []string{"line 2: the Rubric Name is empty"}},
		{"no criterion name", header + "R,,,false,Good,ok,3\n", []string{"line 2: the Criteria Name is empty"}},
		{"an enable range that is not a boolean", header + "R,A,,maybe,Good,ok,3\n", []string{`line 2: Criteria Enable Range is "maybe"`}},
		{"a criterion without ratings", header + "R,A,,false\n", []string{`line 2: criterion "A" has no ratings`}},
		{"the same rating twice", header + "R,A,,false,Good,ok,3,Good,again,3\n", []string{`line 2: criterion "A" has two ratings called "Good" worth 3`}},
		{"several bad rows after a multi-line field", header + "R,A,\"two\nlines\",false,Good,ok,x\nR,B,,false,Good,ok,1\nR,C,,false,Good,ok,y\n",
			[]string{`line 2: rating "Good" of "A"`, `line 5: rating "Good" of "C"`}},
		{"a header without ratings", "Rubric Name,Criteria Name\nR,A\n", []string{`line 1: the header needs "Rating Name"`}},
		{"a header without a rubric column", "Criteria Name,Rating Name,Rating Description,Rating Points\nA,Good,ok,1\n", []string{`line 1: the header has no "Rubric Name" column`}},
		{"an empty file", "\uFEFF", []string{"line 1: the file is empty"}},
		{"a header alone", header, []string{"line 1: the header is not followed by any criterion rows"}},
		{"an unterminated quote", header + "R,A,,false,Good,\"ok,3\n", []string{"line 2: not readable as CSV"}},
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

func TestMoodleCSVHoldsOneRowPerLevelOfEveryCriterion(t *testing.T) {
	p := interopUnit(t)
	var buf bytes.Buffer
	if err := WriteMoodleCSV(&buf, p, RubricOptions{Rubric: `pitch, POSTER & "demo"`}); err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"criterion", "level", "level_description", "score"},
		{"Data, graphs and tables", "Not yet", "No graph.", "0"},
		{"Data, graphs and tables", "Nearly, almost", "A graph, but \"axes\" unlabelled;\nno units.", "1.75"},
		{"Data, graphs and tables", "Sure | certain", "Labelled graph | table\nwith units, <b>trend</b> *and* _error_ bars.", "2.5"},
		{"  Speaking to experts", "Not yet", "Reads from notes.", "0"},
		{"  Speaking to experts", "Nearly, almost", "", "1.75"},
		{"  Speaking to experts", "Sure | certain", "Answers questions, with evidence.", "2.5"},
	}
	if got := readCSV(t, buf.Bytes()); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
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
