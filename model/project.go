// Package model is Coplan's domain: a unit of work and its parts, the edits
// that change it, validation and readiness checks, and the .coplan.toml file
// format. It never touches the disk or the GUI toolkit.
package model

import "time"

// FormatMajor is the major version of the file format this build reads and writes.
const FormatMajor = 1

// Format is the value of the first key of every file this build writes.
const Format = "coplan/1"

// Project is one unit of work: the whole content of a .coplan.toml file.
type Project struct {
	Format   string    `toml:"format"`
	ID       string    `toml:"id"`
	Title    string    `toml:"title"`
	Updated  time.Time `toml:"updated"`
	Revision string    `toml:"revision"`
	Parent   string    `toml:"parent"`

	Unit             Unit             `toml:"unit"`
	Partners         []Partner        `toml:"partners"`
	Experts          []Expert         `toml:"experts"`
	Outcomes         []Outcome        `toml:"outcomes"`
	Sessions         []Session        `toml:"sessions"`
	Rubrics          []Rubric         `toml:"rubrics"`
	Assessments      []Assessment     `toml:"assessments"`
	Responsibilities []Responsibility `toml:"responsibilities"`
	Teams            []Team           `toml:"teams"`
	Rounds           []Round          `toml:"rounds"`
	Assignments      []Assignment     `toml:"assignments"`
	Scores           []Score          `toml:"scores"`
	Feedback         []Feedback       `toml:"feedback"`
	Comments         []Comment        `toml:"comments"`
	Deleted          []Tombstone      `toml:"deleted"`

	// Extra holds top-level keys this build does not know, kept on save.
	Extra Extra `toml:"-"`
}

// Unit describes the unit of work as a whole: who it is for and what it is about.
type Unit struct {
	YearLevels       []string `toml:"year_levels"`
	Subjects         []string `toml:"subjects"`
	Start            Date     `toml:"start"`
	End              Date     `toml:"end"`
	School           string   `toml:"school"`
	Contact          string   `toml:"contact"`
	ContactEmail     string   `toml:"contact_email"`
	ContactPhone     string   `toml:"contact_phone"`
	TimeZone         string   `toml:"time_zone"`
	RealWorldProblem string   `toml:"real_world_problem"`
	DrivingQuestion  string   `toml:"driving_question"`
	CentralGoal      string   `toml:"central_goal"`

	Extra Extra `toml:"-"`
}

// Partner is an organisation that takes part in the unit.
type Partner struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Name    string    `toml:"name"`
	Kind    string    `toml:"kind"`
	Contact string    `toml:"contact"`
	Email   string    `toml:"email"`
	Phone   string    `toml:"phone"`
	Website string    `toml:"website"`
	Notes   string    `toml:"notes"`

	Extra Extra `toml:"-"`
}

// Expert is a person from the community who contributes to the unit.
type Expert struct {
	ID          string      `toml:"id"`
	Updated     time.Time   `toml:"updated"`
	Name        string      `toml:"name"`
	Partner     string      `toml:"partner"`
	Roles       []string    `toml:"roles"`
	Expertise   string      `toml:"expertise"`
	Email       string      `toml:"email"`
	Phone       string      `toml:"phone"`
	SafetyCheck SafetyCheck `toml:"safety_check"`
	Notes       string      `toml:"notes"`

	Extra Extra `toml:"-"`
}

// SafetyCheck records the check an adult needs before working with students,
// such as a Working With Children Check.
type SafetyCheck struct {
	Kind         string `toml:"kind"`
	Jurisdiction string `toml:"jurisdiction"`
	Number       string `toml:"number"`
	Expires      Date   `toml:"expires"`

	Extra Extra `toml:"-"`
}

// Outcome is a learning outcome, usually with a curriculum code.
type Outcome struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Code    string    `toml:"code"`
	Text    string    `toml:"text"`

	Extra Extra `toml:"-"`
}

// Session is one lesson, visit or excursion of the unit.
type Session struct {
	ID         string    `toml:"id"`
	Updated    time.Time `toml:"updated"`
	Title      string    `toml:"title"`
	Date       Date      `toml:"date"`
	Start      Clock     `toml:"start"`
	Minutes    int       `toml:"minutes"`
	Engagement string    `toml:"engagement"`
	Location   string    `toml:"location"`
	Lead       string    `toml:"lead"`
	Experts    []string  `toml:"experts"`
	Outcomes   []string  `toml:"outcomes"`
	Prep       string    `toml:"prep"`
	Notes      string    `toml:"notes"`

	Extra Extra `toml:"-"`
}

// Rubric assesses student work: ordered levels across, ordered criteria down.
// Each criterion offers a rating in each level's column unless it marks the
// level unused, and may give a rating its own name and points.
type Rubric struct {
	ID          string    `toml:"id"`
	Updated     time.Time `toml:"updated"`
	Title       string    `toml:"title"`
	Description string    `toml:"description"`
	// Unscored marks a rubric for feedback only: its ratings carry no points.
	Unscored   bool        `toml:"unscored"`
	CopiedFrom CopiedFrom  `toml:"copied_from"`
	Levels     []Level     `toml:"levels"`
	Criteria   []Criterion `toml:"criteria"`
	Approvals  []Approval  `toml:"approvals"`

	Extra Extra `toml:"-"`
}

// CopiedFrom names the unit file and rubric a rubric was copied from.
type CopiedFrom struct {
	File   string `toml:"file"`
	Rubric string `toml:"rubric"`

	Extra Extra `toml:"-"`
}

// Level is one achievement level of a rubric, such as "Developing", with its points.
type Level struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Label   string    `toml:"label"`
	Points  float64   `toml:"points"`

	Extra Extra `toml:"-"`
}

// Criterion is one row of a rubric: what is assessed and a rating per level.
type Criterion struct {
	ID          string    `toml:"id"`
	Updated     time.Time `toml:"updated"`
	Title       string    `toml:"title"`
	Description string    `toml:"description"`
	// Weight multiplies the points of the criterion's ratings; 0 (not set) counts as 1.
	Weight   int      `toml:"weight"`
	Outcomes []string `toml:"outcomes"`
	// Range marks range scoring (Canvas's "Enable Range"): a rating covers the
	// points from the next lower rating up to its own.
	Range bool `toml:"range"`
	// Unused lists the ids of levels this criterion offers no rating at.
	Unused []string `toml:"unused"`
	// Descriptors, Labels and Points are keyed by level id: what a rating
	// says, and the name and points it has when they differ from its level's.
	Descriptors map[string]string  `toml:"descriptors"`
	Labels      map[string]string  `toml:"labels"`
	Points      map[string]float64 `toml:"points"`

	Extra Extra `toml:"-"`
}

// Approval records that someone approved a rubric's content as it then was.
type Approval struct {
	By     string    `toml:"by"`
	Role   string    `toml:"role"`
	At     time.Time `toml:"at"`
	Digest string    `toml:"digest"`

	Extra Extra `toml:"-"`
}

// Assessment is a task students complete, marked against a rubric.
type Assessment struct {
	ID          string    `toml:"id"`
	Updated     time.Time `toml:"updated"`
	Title       string    `toml:"title"`
	Due         Date      `toml:"due"`
	Rubric      string    `toml:"rubric"`
	Outcomes    []string  `toml:"outcomes"`
	Description string    `toml:"description"`

	Extra Extra `toml:"-"`
}

// Responsibility is a task that the school, a partner or the students own.
type Responsibility struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Party   string    `toml:"party"`
	Task    string    `toml:"task"`
	// Owner names who does the task in words: a role such as "students",
	// or, in older files, a person or partner by name (see OwnerOf).
	Owner string `toml:"owner"`
	// OwnerExpert is the id of the expert who does the task, if one does.
	OwnerExpert string `toml:"owner_expert"`
	// OwnerPartner is the id of the partner organisation that does the task,
	// if one does.
	OwnerPartner string `toml:"owner_partner"`
	Due          Date   `toml:"due"`
	Done         bool   `toml:"done"`

	Extra Extra `toml:"-"`
}

// Comment is review feedback on one entity, optionally suggesting new text for one field.
type Comment struct {
	ID         string        `toml:"id"`
	Updated    time.Time     `toml:"updated"`
	Target     string        `toml:"target"`
	Field      string        `toml:"field"`
	Author     string        `toml:"author"`
	Role       string        `toml:"role"`
	At         time.Time     `toml:"at"`
	Text       string        `toml:"text"`
	Suggestion string        `toml:"suggestion"`
	Status     CommentStatus `toml:"status"`

	Extra Extra `toml:"-"`
}

// Tombstone records that an entity was deleted, so merges do not bring it back.
type Tombstone struct {
	ID string    `toml:"id"`
	At time.Time `toml:"at"`

	Extra Extra `toml:"-"`
}

// Extra holds keys of a table that this build does not know, in file order.
type Extra []ExtraKey

// ExtraKey is one unknown key and its decoded TOML value.
type ExtraKey struct {
	Key   string
	Value any
}
