package model

import (
	"reflect"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Team is a group of students whose project is judged at an event.
type Team struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Name    string    `toml:"name"`
	// Project is the title of the team's project.
	Project string `toml:"project"`
	// Members are the students, recorded as the school chooses (names,
	// initials or student numbers).
	Members []string `toml:"members"`
	// Mentor is the id of the expert who mentored the team, who never judges it.
	Mentor string `toml:"mentor"`
	// Table is where the team presents: a table, booth or room.
	Table string `toml:"table"`
	Notes string `toml:"notes"`

	Extra Extra `toml:"-"`
}

// Round is one judging of the teams: at a session, against a rubric.
type Round struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Title   string    `toml:"title"`
	Session string    `toml:"session"`
	Rubric  string    `toml:"rubric"`
	// JudgesPerTeam is how many judges score each team; 0 means DefaultJudgesPerTeam.
	JudgesPerTeam int `toml:"judges_per_team"`
	// MaxPerJudge is the most teams one judge should see; 0 means no limit
	// of the round's own (validation then warns above DefaultMaxPerJudge).
	MaxPerJudge int `toml:"max_per_judge"`

	Extra Extra `toml:"-"`
}

// Judging defaults, from the practice at science fairs.
const (
	// DefaultJudgesPerTeam is how many judges score each team unless a round says.
	DefaultJudgesPerTeam = 3
	// DefaultMaxPerJudge is the most teams a judge sees before validation
	// calls the judge overloaded, unless a round sets its own limit.
	DefaultMaxPerJudge = 12
)

// PerTeam returns how many judges should score each team in r.
func (r *Round) PerTeam() int {
	if r.JudgesPerTeam <= 0 {
		return DefaultJudgesPerTeam
	}
	return r.JudgesPerTeam
}

// Assignment says a judge scores a team in a round.
type Assignment struct {
	ID      string    `toml:"id"`
	Updated time.Time `toml:"updated"`
	Round   string    `toml:"round"`
	Judge   string    `toml:"judge"`
	Team    string    `toml:"team"`
	// Auto marks an assignment made by automatic assignment rather than by hand.
	Auto bool   `toml:"auto"`
	Note string `toml:"note"`

	Extra Extra `toml:"-"`
}

// Score is one judge's rating of one team on one criterion of a round's
// rubric: a level of the rubric, or points when no level is chosen.
type Score struct {
	ID        string    `toml:"id"`
	Updated   time.Time `toml:"updated"`
	Round     string    `toml:"round"`
	Judge     string    `toml:"judge"`
	Team      string    `toml:"team"`
	Criterion string    `toml:"criterion"`
	// Level is the id of the chosen level; empty when the judge gave points.
	Level string `toml:"level"`
	// Points counts only when Level is empty.
	Points  float64 `toml:"points"`
	Comment string  `toml:"comment"`

	Extra Extra `toml:"-"`
}

// Feedback is what one judge writes for one team in a round, for the students.
type Feedback struct {
	ID        string    `toml:"id"`
	Updated   time.Time `toml:"updated"`
	Round     string    `toml:"round"`
	Judge     string    `toml:"judge"`
	Team      string    `toml:"team"`
	Strengths string    `toml:"strengths"`
	NextSteps string    `toml:"next_steps"`

	Extra Extra `toml:"-"`
}

// judgingSpace is the namespace of the ids derived from judging keys.
var judgingSpace = uuid.MustParse("6f1c3c52-3f0e-4b7a-9d8e-5a3c2b1d0e7f")

func derivedID(kind Kind, parts ...string) string {
	key := string(kind)
	for _, p := range parts {
		key += "\x00" + p
	}
	return uuid.NewSHA1(judgingSpace, []byte(key)).String()
}

// ScoreID returns the id of the score of a judge for a team on a criterion
// in a round. It depends on those four ids only, so the same judge scoring
// in two copies of a unit makes one entity and different judges never share one.
func ScoreID(round, judge, team, criterion string) string {
	return derivedID(KindScore, round, judge, team, criterion)
}

// FeedbackID returns the id of a judge's feedback for a team in a round.
func FeedbackID(round, judge, team string) string {
	return derivedID(KindFeedback, round, judge, team)
}

// AssignmentID returns the id of the assignment of a judge to a team in a round.
func AssignmentID(round, judge, team string) string {
	return derivedID(KindAssignment, round, judge, team)
}

// Team returns the team with id, or nil.
func (p *Project) Team(id string) *Team {
	for i := range p.Teams {
		if p.Teams[i].ID == id {
			return &p.Teams[i]
		}
	}
	return nil
}

// Round returns the round with id, or nil.
func (p *Project) Round(id string) *Round {
	for i := range p.Rounds {
		if p.Rounds[i].ID == id {
			return &p.Rounds[i]
		}
	}
	return nil
}

// Criterion returns the criterion of r with id, or nil.
func (r *Rubric) Criterion(id string) *Criterion {
	for i := range r.Criteria {
		if r.Criteria[i].ID == id {
			return &r.Criteria[i]
		}
	}
	return nil
}

// Level returns the level of r with id, or nil.
func (r *Rubric) Level(id string) *Level {
	if i := r.levelIndex(id); i >= 0 {
		return &r.Levels[i]
	}
	return nil
}

// ScorePoints returns the points s is worth on criterion c of r before
// the criterion's weight: the points of c's rating at the chosen level
// (through Criterion.Rating, so criterion-specific points count), or the
// points given when no level is chosen. It reports false when the chosen
// level is not one of r's.
func (r *Rubric) ScorePoints(c *Criterion, s *Score) (float64, bool) {
	if s.Level == "" {
		return s.Points, true
	}
	l := r.Level(s.Level)
	if l == nil {
		return 0, false
	}
	return c.Rating(l).Points, true
}

// LevelFor returns the index in r's levels of the level a score on c
// stands for: the chosen level, or for points the level whose rating on c
// has those points; -1 when there is none.
func (r *Rubric) LevelFor(c *Criterion, s *Score) int {
	if s.Level != "" {
		return r.levelIndex(s.Level)
	}
	for i := range r.Levels {
		if c.Offers(r.Levels[i].ID) && c.Rating(&r.Levels[i]).Points == s.Points {
			return i
		}
	}
	return -1
}

// describers name the entities of kinds without a name of their own, from
// the names of what they link to: "Judge 01 · Team 03 · Criterion 2". Index
// fills names in file order, so experts, criteria and teams come first.
var describers = map[Kind]func(v reflect.Value, names map[string]Ref) string{
	KindAssignment: func(v reflect.Value, names map[string]Ref) string {
		a := v.Interface().(Assignment)
		return joinNames(names, a.Judge, a.Team)
	},
	KindScore: func(v reflect.Value, names map[string]Ref) string {
		s := v.Interface().(Score)
		return joinNames(names, s.Judge, s.Team, s.Criterion)
	},
	KindFeedback: func(v reflect.Value, names map[string]Ref) string {
		f := v.Interface().(Feedback)
		return joinNames(names, f.Judge, f.Team)
	},
}

func joinNames(names map[string]Ref, ids ...string) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		if n := strings.TrimSpace(names[id].Name); n != "" {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, " · ")
}
