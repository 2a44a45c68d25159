package model_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"coplan/assets"
	"coplan/model"
	"coplan/model/modeltest"
)

// The plain* types mirror the model with no custom decoding, so benchmarks
// can compare the model's codec with BurntSushi/toml on the same bytes.
type plainProject struct {
	Format, ID, Title, Revision, Parent string
	Updated                             time.Time
	Unit                                plainUnit
	Partners                            []struct {
		ID, Name, Kind, Contact, Email, Phone, Website, Notes string
		Updated                                               time.Time
	}
	Experts  []plainExpert
	Outcomes []struct {
		ID, Code, Text string
		Updated        time.Time
	}
	Sessions    []plainSession
	Rubrics     []plainRubric
	Assessments []struct {
		ID, Title, Rubric, Description string
		Updated, Due                   time.Time
		Outcomes                       []string
	}
	Responsibilities []struct {
		ID, Party, Task, Owner string
		Updated, Due           time.Time
		Done                   bool
	}
	Comments []struct {
		ID, Target, Field, Author, Role, Text, Suggestion, Status string
		Updated, At                                               time.Time
	}
	Deleted []struct {
		ID string
		At time.Time
	}
}

type plainUnit struct {
	YearLevels       []string  `toml:"year_levels"`
	Subjects         []string  `toml:"subjects"`
	Start, End       time.Time `toml:",omitempty"`
	School, Contact  string
	ContactEmail     string `toml:"contact_email"`
	ContactPhone     string `toml:"contact_phone"`
	TimeZone         string `toml:"time_zone"`
	RealWorldProblem string `toml:"real_world_problem"`
	DrivingQuestion  string `toml:"driving_question"`
	CentralGoal      string `toml:"central_goal"`
}

type plainExpert struct {
	ID, Name, Partner, Expertise, Email, Phone, Notes string
	Updated                                           time.Time
	Roles                                             []string
	SafetyCheck                                       struct {
		Kind, Jurisdiction, Number string
		Expires                    time.Time
	} `toml:"safety_check"`
}

type plainSession struct {
	ID, Title, Engagement, Location, Lead, Prep, Notes string
	Updated, Date, Start                               time.Time
	Minutes                                            int
	Experts, Outcomes                                  []string
}

type plainRubric struct {
	ID, Title, Description string
	Updated                time.Time
	Levels                 []struct {
		ID, Label string
		Updated   time.Time
		Points    float64
	}
	Criteria []struct {
		ID, Title   string
		Updated     time.Time
		Weight      int
		Outcomes    []string
		Descriptors map[string]string
	}
}

func benchInputs(b *testing.B) map[string][]byte {
	largest := []byte{}
	for _, t := range assets.Templates() {
		if len(t.Data) > len(largest) {
			largest = t.Data
		}
	}
	return map[string][]byte{
		"LargestTemplate":      largest,
		"Sessions100Rubrics40": model.Encode(modeltest.Large(100, 40)),
	}
}

func BenchmarkDecode(b *testing.B) {
	for name, data := range benchInputs(b) {
		b.Run(name+"/Coplan", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := model.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/PlainStructs", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var p plainProject
				if _, err := toml.Decode(string(data), &p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	for name, data := range benchInputs(b) {
		d, err := model.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		var plain plainProject
		if _, err := toml.Decode(string(data), &plain); err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/Coplan", func(b *testing.B) {
			for b.Loop() {
				model.Encode(d.Project)
			}
		})
		b.Run(name+"/PlainStructs", func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := toml.NewEncoder(&buf).Encode(plain); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestTheGeneratedUnitIsValid(t *testing.T) {
	p := modeltest.Large(100, 40)
	if diags := model.Validate(p); model.HasErrors(diags) {
		t.Fatalf("generated unit has errors: %v", diags)
	}
	if len(p.Sessions) != 100 || len(p.Rubrics) != 40 || !strings.Contains(string(model.Encode(p)), "Nguyễn") {
		t.Errorf("generated unit has %d sessions and %d rubrics", len(p.Sessions), len(p.Rubrics))
	}
}
