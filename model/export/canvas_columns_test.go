package export

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCanvasImportFindsColumnsByHeaderInAnyOrder(t *testing.T) {
	path := filepath.Join("testdata", "canvas", "reordered.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []canvasRubric{
		{Title: "Science fair", Criteria: []canvasCriterion{
			// Enable Range "yes" is not one of Canvas's true values.
			{Description: "Planning", LongDescription: "Hypothesis and method", UseRange: false, Points: 3,
				Ratings: []canvasRating{{"Thorough", "Plans every step", 3}, {"Partial", "Plans some steps", 1}}},
			{Description: "Display", UseRange: true, Points: 2.5,
				Ratings: []canvasRating{{"Clear", "Easy to follow", 2.5}, {"Cluttered", "Hard to follow", 0}}},
			// 4.567 is rounded to 2 decimals; "1abc" is read as Ruby's to_f reads it.
			{Description: "Talk", LongDescription: "Explains the results", UseRange: true, Points: 4.57,
				Ratings: []canvasRating{{"Confident", "Speaks clearly,\nlooks up", 4.57}, {"Nervous", "Reads notes", 1}}},
		}},
		{Title: "Lab rules", Criteria: []canvasCriterion{
			{Description: "Safety", UseRange: false, Points: 1, Ratings: []canvasRating{{"Safe", "Follows the rules", 1}}},
		}},
	}
	for i := range want {
		for _, c := range want[i].Criteria {
			want[i].PointsPossible += c.Points
		}
	}
	if got := canvasView(t, data); !reflect.DeepEqual(got, want) {
		t.Errorf("the Go stand-in reads\n%+v\nwant\n%+v", got, want)
	}
	rubrics, err := ReadCanvasCSV(bytes.NewReader(data), nil, interopNow)
	if err != nil {
		t.Fatal(err)
	}
	var got []canvasRubric
	for i := range rubrics {
		got = append(got, ratingsOf(&rubrics[i]))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Coplan imports\n%+v\nwant\n%+v", got, want)
	}
	if _, err := exec.LookPath("ruby"); err == nil || os.Getenv("CI") == "true" {
		if got := rubyViews(t, map[string][]byte{"reordered.csv": data})["reordered.csv"]; !reflect.DeepEqual(got, want) {
			t.Errorf("the Ruby stand-in reads\n%+v\nwant\n%+v", got, want)
		}
	}
}

func TestCanvasImportReadsEnableRangeAsCanvasDoes(t *testing.T) {
	for in, want := range map[string]bool{"true": true, "TRUE": true, "True": true, "1": true,
		"yes": false, "y": false, "on": false, "t": false, "false": false, "0": false, "": false, " true": false} {
		if got := canvasRange(in); got != want {
			t.Errorf("Enable Range %q read as %v, want %v", in, got, want)
		}
	}
}

// pointTexts are points cells whose reading Canvas (Ruby's to_f, then
// round(2)) and Coplan must agree on.
var pointTexts = []string{"3", "-2.5", "1,75", "4.567", "1abc", "abc", "", " 7", "\t-0.5x", ".5", "-.25", "5.", "1e2", "1.5E-1",
	"1e", "1e+", "2e-x", "1_000", "1__0", "_1", "+4", "--1", "0x1A", "Infinity", "NaN", "1,2,3", "0.125", "0.005", "-0.005",
	"2.675", "1.005", "1e-5", "123456789012.345", "1e20", "00012"}

func TestCanvasPointsAreReadAsRubyReadsThem(t *testing.T) {
	fixed := map[string]float64{"3": 3, "-2.5": -2.5, "1,75": 1.75, "4.567": 4.57, "1abc": 1, "abc": 0, "": 0, " 7": 7,
		".5": 0.5, "5.": 5, "1e2": 100, "1e": 1, "1_000": 1000, "1__0": 1, "_1": 0, "--1": 0, "0x1A": 0, "Infinity": 0, "1,2,3": 1.2}
	for in, want := range fixed {
		if got := canvasPoints(in); got != want {
			t.Errorf("points %q read as %v, want %v", in, got, want)
		}
	}
	ruby, err := exec.LookPath("ruby")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("ruby is not installed (make deps installs it)")
		}
		t.Skip("ruby is not installed (make deps installs it)")
	}
	in, _ := json.Marshal(pointTexts)
	out, err := exec.Command(ruby, "-rjson", "-e",
		`puts JSON.generate(JSON.parse(ARGV[0]).map { |s| s.tr(",", ".").to_f.round(2).to_s })`, string(in)).Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("ruby printed %s: %v", out, err)
	}
	for i, s := range pointTexts {
		got := canvasPoints(s)
		var w float64
		switch want[i] {
		case "Infinity":
			w = math.Inf(1)
		case "-Infinity":
			w = math.Inf(-1)
		default:
			if err := json.Unmarshal([]byte(want[i]), &w); err != nil {
				t.Fatalf("ruby read %q as %q", s, want[i])
			}
		}
		if got != w {
			t.Errorf("points %q: Coplan reads %v, Ruby %s", s, got, want[i])
		}
	}
}
