package model_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"coplan/assets"
	"coplan/model"
)

// randomProject builds a document with random content in every field,
// including text with quotes, backslashes, line breaks and other scripts.
func randomProject(r *rand.Rand) *model.Project {
	str := func() string {
		pieces := []string{"", "a", "Zoë", "Nguyễn", "\"", "\"\"\"", "\\", "\n", "\t", "\r\n", "'", "#", "=", "[x]", "Дмитрий", "ā", "\x01", " "}
		s := ""
		for i := r.Intn(6); i > 0; i-- {
			s += pieces[r.Intn(len(pieces))]
		}
		return s
	}
	strs := func() []string {
		var out []string
		for i := r.Intn(3); i > 0; i-- {
			out = append(out, str())
		}
		return out
	}
	date := func() model.Date {
		if r.Intn(3) == 0 {
			return model.Date{}
		}
		return model.NewDate(1990+r.Intn(60), time.Month(1+r.Intn(12)), 1+r.Intn(28))
	}
	stamp := func() time.Time {
		return time.Unix(1.7e9+r.Int63n(1e8), int64(r.Intn(3))*5e8).UTC()
	}
	id := func() string { return fmt.Sprintf("id-%d", r.Int63()) }
	p := &model.Project{Format: model.Format, ID: id(), Title: str(), Updated: stamp()}
	p.Unit = model.Unit{YearLevels: strs(), Subjects: strs(), Start: date(), End: date(), School: str(),
		RealWorldProblem: str(), DrivingQuestion: str(), CentralGoal: str(), TimeZone: str()}
	for i := r.Intn(3); i > 0; i-- {
		p.Partners = append(p.Partners, model.Partner{ID: id(), Updated: stamp(), Name: str(), Kind: str(), Notes: str()})
	}
	for i := r.Intn(3); i > 0; i-- {
		e := model.Expert{ID: id(), Updated: stamp(), Name: str(), Roles: strs(), Email: str()}
		if r.Intn(2) == 0 {
			e.SafetyCheck = model.SafetyCheck{Kind: "WWCC" + str(), Number: str(), Expires: date()}
		}
		p.Experts = append(p.Experts, e)
	}
	for i := r.Intn(4); i > 0; i-- {
		s := model.Session{ID: id(), Updated: stamp(), Title: str(), Date: date(), Minutes: r.Intn(300),
			Engagement: str(), Experts: strs(), Outcomes: strs(), Prep: str(), Notes: str()}
		if r.Intn(2) == 0 {
			s.Start = model.NewClock(r.Intn(24), r.Intn(60))
		}
		p.Sessions = append(p.Sessions, s)
	}
	for i := r.Intn(3); i > 0; i-- {
		rb := model.Rubric{ID: id(), Updated: stamp(), Title: str()}
		for j := r.Intn(5); j > 0; j-- {
			rb.Levels = append(rb.Levels, model.Level{ID: id(), Updated: stamp(), Label: str(), Points: float64(r.Intn(40)) / 4})
		}
		for j := r.Intn(5); j > 0; j-- {
			c := model.Criterion{ID: id(), Updated: stamp(), Title: str(), Weight: r.Intn(5), Outcomes: strs()}
			for _, l := range rb.Levels {
				if r.Intn(3) > 0 {
					if c.Descriptors == nil {
						c.Descriptors = map[string]string{}
					}
					c.Descriptors[l.ID] = str()
				}
			}
			rb.Criteria = append(rb.Criteria, c)
		}
		p.Rubrics = append(p.Rubrics, rb)
	}
	for i := r.Intn(3); i > 0; i-- {
		p.Comments = append(p.Comments, model.Comment{ID: id(), Updated: stamp(), Target: id(), Text: str(), Suggestion: str(), At: stamp()})
	}
	for i := r.Intn(3); i > 0; i-- {
		p.Deleted = append(p.Deleted, model.Tombstone{ID: id(), At: stamp()})
	}
	return p
}

func TestRandomDocumentsSurviveEncodeAndDecode(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 500; i++ {
		p := randomProject(r)
		data := model.Encode(p)
		d, err := model.Decode(data)
		if err != nil {
			t.Fatalf("document %d does not decode: %v\n%s", i, err, data)
		}
		if !reflect.DeepEqual(d.Project, p) {
			t.Fatalf("document %d changed in a round trip:\nwant %#v\ngot  %#v\n%s", i, p, d.Project, data)
		}
		if again := model.Encode(d.Project); !bytes.Equal(again, data) {
			t.Fatalf("document %d re-encodes differently", i)
		}
	}
}
func TestEveryTemplateSurvivesARoundTrip(t *testing.T) {
	files := map[string][]byte{assets.ExampleName: assets.Example()}
	for _, tpl := range assets.Templates() {
		files[tpl.Name] = tpl.Data
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			d, err := model.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if got := model.Encode(d.Project); !bytes.Equal(got, data) {
				t.Errorf("re-saving the unchanged file changes its bytes")
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(model.Encode(sample()))
	f.Add(assets.Example())
	for _, tpl := range assets.Templates() {
		f.Add(tpl.Data)
	}
	f.Add([]byte("format = \"coplan/1\"\nx = [[[[{a={b=[1]}}]]]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := model.Decode(data)
		if err != nil {
			return
		}
		model.Validate(d.Project)
		first := model.Encode(d.Project)
		d2, err := model.Decode(first)
		if err != nil {
			t.Fatalf("our own encoding does not decode: %v\n%s", err, first)
		}
		if second := model.Encode(d2.Project); !bytes.Equal(first, second) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", first, second)
		}
	})
}
