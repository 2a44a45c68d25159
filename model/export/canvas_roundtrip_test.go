package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
)

// canvasRating and canvasCriterion are what Canvas stores of a spreadsheet,
// in the shape testdata/canvas_import.rb prints.
type canvasRating struct {
	Description     string  `json:"description"`
	LongDescription string  `json:"long_description"`
	Points          float64 `json:"points"`
}

type canvasCriterion struct {
	Description     string         `json:"description"`
	LongDescription string         `json:"long_description"`
	UseRange        bool           `json:"criterion_use_range"`
	Points          float64        `json:"points"`
	Ratings         []canvasRating `json:"ratings"`
}

type canvasRubric struct {
	Title          string            `json:"title"`
	PointsPossible float64           `json:"points_possible"`
	Criteria       []canvasCriterion `json:"criteria"`
}

// canvasView reads a spreadsheet the way testdata/canvas_import.rb (our
// stand-in for Canvas's importer) does, so that the comparison runs where
// Ruby is not installed too: columns found by header, rows grouped by
// Rubric Name, unnamed ratings left out. No rating lacks points in the
// files it reads.
func canvasView(t *testing.T, data []byte) []canvasRubric {
	t.Helper()
	rows, err := readRows(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if err != nil {
		t.Fatal(err)
	}
	cols := canvasColumnsOf(rows[0].fields)
	var out []canvasRubric
	at := map[string]int{}
	for _, row := range rows[1:] {
		f := func(i int) string { return fieldText(row.fields, i) }
		i, ok := at[f(cols.rubric)]
		if !ok {
			i = len(out)
			at[f(cols.rubric)] = i
			out = append(out, canvasRubric{Title: f(cols.rubric)})
		}
		c := canvasCriterion{Description: f(cols.criterion), LongDescription: f(cols.description), UseRange: canvasRange(f(cols.rng))}
		for k, col := range cols.names {
			if strings.TrimSpace(f(col)) == "" {
				continue
			}
			if k >= len(cols.points) || f(cols.points[k]) == "" {
				t.Fatalf("line %d: rating %q has no points", row.line, f(col))
			}
			desc := ""
			if k < len(cols.descriptions) {
				desc = f(cols.descriptions[k])
			}
			v := canvasPoints(f(cols.points[k]))
			c.Ratings = append(c.Ratings, canvasRating{f(col), desc, v})
			if len(c.Ratings) == 1 || v > c.Points {
				c.Points = v
			}
		}
		out[i].Criteria = append(out[i].Criteria, c)
		out[i].PointsPossible += c.Points
	}
	return out
}

// rubyViews runs testdata/canvas_import.rb once on every file of files
// (name to content) and returns what it read from each. It skips when Ruby
// is missing, except on CI, where every tool is installed.
func rubyViews(t *testing.T, files map[string][]byte) map[string][]canvasRubric {
	t.Helper()
	ruby, err := exec.LookPath("ruby")
	if err != nil {
		msg := "ruby is not installed (make deps installs it)"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	dir := t.TempDir()
	args := []string{filepath.Join("testdata", "canvas_import.rb")}
	paths := map[string]string{}
	for name, data := range files {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, f)
		paths[f] = name
	}
	out, err := exec.Command(ruby, args...).Output()
	if err != nil {
		t.Fatalf("canvas_import.rb: %v", err)
	}
	var byPath map[string][]canvasRubric
	if err := json.Unmarshal(out, &byPath); err != nil {
		t.Fatalf("canvas_import.rb printed %s: %v", out, err)
	}
	views := map[string][]canvasRubric{}
	for f, v := range byPath {
		views[paths[f]] = v
	}
	return views
}

// throughCoplan imports a spreadsheet into a unit, saves and reopens the
// unit file, and exports it to Canvas again.
func throughCoplan(t *testing.T, data []byte) []byte {
	t.Helper()
	p := model.NewProject("Unit", interopNow)
	rubrics, err := ReadCanvasCSV(bytes.NewReader(data), p, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	doc := model.NewDocument(p)
	if _, err := doc.Apply(ImportRubricsEdit(rubrics)); err != nil {
		t.Fatal(err)
	}
	for _, d := range model.Validate(p) {
		if d.Severity == model.Error {
			t.Errorf("imported unit has an error: %s", d.Message)
		}
	}
	d, err := model.Decode(model.Encode(p))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, d.Project, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func canvasFixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "canvas", "*.csv"))
	if err != nil || len(files) < 3 {
		t.Fatalf("fixtures: %v %v", files, err)
	}
	return append(files, filepath.Join("testdata", "canvas-spreadsheet.csv"))
}

func TestCanvasToCoplanToCanvasIsExact(t *testing.T) {
	for _, f := range canvasFixtures(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			back := throughCoplan(t, data)
			want, got := canvasView(t, data), canvasView(t, back)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Canvas would store\n%+v\nfrom the export, but\n%+v\nfrom the original:\n%s", got, want, back)
			}
			if again := throughCoplan(t, back); !bytes.Equal(again, back) {
				t.Errorf("a second trip changed the file:\n%s\n%s", back, again)
			}
		})
	}
}

func TestCanvasRubyImporterReadsOurExportAsTheOriginal(t *testing.T) {
	files := map[string][]byte{}
	for _, f := range canvasFixtures(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(f)] = data
		files["exported-"+filepath.Base(f)] = throughCoplan(t, data)
	}
	views := rubyViews(t, files)
	for _, f := range canvasFixtures(t) {
		name := filepath.Base(f)
		want, got := views[name], views["exported-"+name]
		if len(want) == 0 {
			t.Errorf("%s: Ruby read no rubrics", name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Ruby's reading of our export\n%+v\ndiffers from its reading of the original\n%+v", name, got, want)
		}
		if goView := canvasView(t, files[name]); !reflect.DeepEqual(goView, want) {
			t.Errorf("%s: the Go stand-in reads\n%+v\nwhere Ruby reads\n%+v", name, goView, want)
		}
	}
}

// ratingsOf is what a Coplan rubric holds as Canvas can carry it: title,
// criteria with description, range and their ratings at weighted points.
func ratingsOf(r *model.Rubric) canvasRubric {
	out := canvasRubric{Title: r.Title}
	for i := range r.Criteria {
		c := &r.Criteria[i]
		cc := canvasCriterion{Description: c.Title, LongDescription: c.Description, UseRange: c.Range, Points: r.CriterionMax(c)}
		for _, rt := range r.Ratings(c) {
			cc.Ratings = append(cc.Ratings, canvasRating{rt.Label, rt.Descriptor, weighted(r, c, rt.Points)})
		}
		out.Criteria = append(out.Criteria, cc)
		out.PointsPossible += cc.Points
	}
	return out
}

// coplanTrip exports p's rubrics to Canvas and imports them again.
func coplanTrip(t *testing.T, p *model.Project) []model.Rubric {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteCanvasCSV(&buf, p, RubricOptions{}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCanvasCSV(&buf, p, interopNow)
	if err != nil {
		t.Fatalf("reading our own export: %v\n%s", err, buf.Bytes())
	}
	return got
}

func TestCoplanToCanvasToCoplanKeepsEveryRating(t *testing.T) {
	units := map[string]*model.Project{"example and tricky": interopUnit(t), "generated": modeltest.Large(12, 5),
		"per-criterion ratings": {Rubrics: []model.Rubric{perCriterion()}}}
	for name, p := range units {
		t.Run(name, func(t *testing.T) {
			got := coplanTrip(t, p)
			if len(got) != len(p.Rubrics) {
				t.Fatalf("read %d rubrics, wrote %d", len(got), len(p.Rubrics))
			}
			for i := range got {
				want := ratingsOf(&p.Rubrics[i])
				for j := range want.Criteria {
					if p.Rubrics[i].Criteria[j].Description == "" {
						want.Criteria[j].LongDescription = "" // outcome codes come back as links
					}
				}
				if have := ratingsOf(&got[i]); !reflect.DeepEqual(have, want) {
					t.Errorf("rubric %q came back as\n%+v\nwant\n%+v", p.Rubrics[i].Title, have, want)
				}
				if !reflect.DeepEqual(got[i].Criteria[0].Outcomes, p.Rubrics[i].Criteria[0].Outcomes) && p.Rubrics[i].Criteria[0].Description == "" {
					t.Errorf("outcomes %q came back as %q", p.Rubrics[i].Criteria[0].Outcomes, got[i].Criteria[0].Outcomes)
				}
			}
		})
	}
}

// randomRubric makes a rubric Canvas can hold: every criterion offers a
// rating with a name, and text of any kind (commas, quotes, line breaks,
// formulas, accents).
func randomRubric(rng *rand.Rand, n int) model.Rubric {
	words := []string{"Good", "=SUM(A1)", "a, b", `"q"`, "line\nbreak", "crlf\r\nend", "Ünïcode", "-1", "@x", " lead", "'quote", "+", "Neat", "Messy"}
	pick := func() string { return words[rng.Intn(len(words))] }
	text := func() string {
		var b strings.Builder
		for i := rng.Intn(4); i >= 0; i-- {
			b.WriteString(pick())
		}
		return b.String()
	}
	r := model.Rubric{ID: fmt.Sprintf("r%d", n), Title: fmt.Sprintf("Rubric %d %s", n, pick()), Unscored: rng.Intn(8) == 0}
	for i := rng.Intn(6) + 1; i > 0; i-- {
		r.Levels = append(r.Levels, model.Level{ID: model.NewID(), Label: text(), Points: float64(rng.Intn(20)-4) / 4})
	}
	for i := rng.Intn(6) + 1; i > 0; i-- {
		c := model.Criterion{ID: model.NewID(), Title: text(), Description: text(), Weight: rng.Intn(4), Range: rng.Intn(2) == 0,
			Descriptors: map[string]string{}, Labels: map[string]string{}, Points: map[string]float64{}}
		for k, l := range r.Levels {
			switch rng.Intn(5) {
			case 0:
				if k > 0 {
					c.Unused = append(c.Unused, l.ID)
					continue
				}
			case 1:
				c.Labels[l.ID] = text()
			case 2:
				c.Points[l.ID] = float64(rng.Intn(40)-10) / 2
			}
			c.Descriptors[l.ID] = text()
		}
		r.Criteria = append(r.Criteria, c)
	}
	return r
}

func TestRandomRubricsSurviveCanvasAndBack(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 200; i++ {
		p := &model.Project{}
		for k := rng.Intn(3) + 1; k > 0; k-- {
			p.Rubrics = append(p.Rubrics, randomRubric(rng, len(p.Rubrics)))
		}
		got := coplanTrip(t, p)
		for k := range p.Rubrics {
			want, have := ratingsOf(&p.Rubrics[k]), ratingsOf(&got[k])
			if !reflect.DeepEqual(have, want) {
				t.Fatalf("case %d rubric %d came back as\n%+v\nwant\n%+v", i, k, have, want)
			}
		}
	}
}

func BenchmarkCanvasImportOneRowOf80000Ratings(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range")
	buf.WriteString(strings.Repeat(",Rating Name,Rating Description,Rating Points", 80000) + "\n")
	buf.WriteString("R,A,,false")
	for i := 0; i < 80000; i++ {
		fmt.Fprintf(&buf, ",Rating %d,,%d", i, i)
	}
	buf.WriteString("\n")
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadCanvasCSV(bytes.NewReader(data), nil, interopNow); err == nil {
			b.Fatal("a row of 80,000 ratings was accepted")
		}
	}
}

func BenchmarkCanvasImportLargestRubric(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range")
	buf.WriteString(strings.Repeat(",Rating Name,Rating Description,Rating Points", model.MaxRubricEntries) + "\n")
	for c := 0; c < model.MaxRubricEntries; c++ {
		fmt.Fprintf(&buf, "R,Criterion %d,\"A long description,\nover two lines\",false", c)
		for i := 0; i < model.MaxRubricEntries; i++ {
			fmt.Fprintf(&buf, ",Level %d,\"What a student at level %d does, in a sentence or two.\",%d", i, i, i)
		}
		buf.WriteString("\n")
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadCanvasCSV(bytes.NewReader(data), nil, interopNow); err != nil {
			b.Fatal(err)
		}
	}
}
