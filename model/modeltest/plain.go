package modeltest

import "time"

// PlainProject mirrors a unit file with plain struct fields and no custom
// decoding: what BurntSushi/toml decodes and encodes on its own. Benchmarks
// compare the model's codec and the catalog's scan against it.
type PlainProject struct {
	Format, ID, Title, Revision, Parent string
	Updated                             time.Time
	Unit                                struct {
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
	Partners []struct {
		ID, Name, Kind, Contact, Email, Phone, Website, Notes string
		Updated                                               time.Time
	}
	Experts []struct {
		ID, Name, Partner, Expertise, Email, Phone, Notes string
		Updated                                           time.Time
		Roles                                             []string
		SafetyCheck                                       struct {
			Kind, Jurisdiction, Number string
			Expires                    time.Time
		} `toml:"safety_check"`
	}
	Outcomes []struct {
		ID, Code, Text string
		Updated        time.Time
	}
	Sessions []struct {
		ID, Title, Engagement, Location, Lead, Prep, Notes string
		Updated, Date, Start                               time.Time
		Minutes                                            int
		Experts, Outcomes                                  []string
	}
	Rubrics []struct {
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
}
