// Package modeltest builds units for tests and benchmarks in every package:
// a generated unit of any size with every kind of entity, linked as a real
// unit would be.
package modeltest

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"coplan/model"
)

// Stamp is the time every generated entity carries.
var Stamp = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// Large returns a unit with the given numbers of sessions and rubrics, plus
// experts, partners, outcomes, assessments, responsibilities and comments in
// proportion. Ids are deterministic, so two calls give equal units.
func Large(sessions, rubrics int) *model.Project {
	id := func(kind string, i int) string {
		h := fnv.New32a()
		h.Write([]byte(kind))
		return fmt.Sprintf("%08x-0000-4000-8000-%012d", h.Sum32(), i)
	}
	p := &model.Project{
		Format: model.Format, ID: id("unit", 0), Title: "Generated unit", Updated: Stamp,
		Unit: model.Unit{
			YearLevels: []string{"9", "10"}, Subjects: []string{"Science", "Technology", "Mathematics"},
			Start: model.NewDate(2027, 1, 1), End: model.NewDate(2027, 12, 31),
			School: "Riverbend High School", Contact: "Léonie Rennie", ContactEmail: "leonie@example.edu",
			RealWorldProblem: strings.Repeat("Our creek floods after storms and carries litter to the bay. ", 3),
			DrivingQuestion:  "How might we keep our creek clean after a storm?",
			CentralGoal:      "Design, test and present a litter trap with engineers from the council.",
		},
	}
	experts := max(4, sessions/3)
	outcomes := max(4, rubrics/2)
	for i := 0; i < max(2, experts/4); i++ {
		p.Partners = append(p.Partners, model.Partner{ID: id("partner", i), Updated: Stamp, Name: fmt.Sprintf("Partner organisation %d", i), Kind: "industry", Contact: "Zoë Ødegaard"})
	}
	for i := 0; i < experts; i++ {
		p.Experts = append(p.Experts, model.Expert{
			ID: id("expert", i), Updated: Stamp, Name: fmt.Sprintf("Nguyễn Thị Ánh %d", i), Partner: p.Partners[i%len(p.Partners)].ID,
			Roles: []string{model.RoleMentor, model.RoleGuestSpeaker}, Expertise: "Stormwater engineering", Email: fmt.Sprintf("expert%d@example.com", i),
			SafetyCheck: model.SafetyCheck{Kind: "Working With Children Check", Jurisdiction: "NSW", Number: fmt.Sprintf("WWC%07d", i), Expires: model.NewDate(2028, 6, 30)},
		})
	}
	for i := 0; i < outcomes; i++ {
		p.Outcomes = append(p.Outcomes, model.Outcome{ID: id("outcome", i), Updated: Stamp, Code: fmt.Sprintf("AC9S9U%02d", i), Text: "Explain how energy is transferred and transformed in a system, and predict the effect of a change."})
	}
	for i := 0; i < sessions; i++ {
		engagement := model.InClass
		if i%3 == 2 {
			engagement = model.InCommunity
		}
		p.Sessions = append(p.Sessions, model.Session{
			ID: id("session", i), Updated: Stamp, Title: fmt.Sprintf("Session %d: testing the trap", i+1),
			Date: model.NewDate(2027, time.Month(1+i%12), 1+i%28), Start: model.NewClock(9+i%5, 30), Minutes: 60 + 15*(i%4),
			Engagement: engagement, Location: "Science lab 2", Lead: p.Experts[i%experts].ID,
			Experts: []string{p.Experts[(i+1)%experts].ID}, Outcomes: []string{p.Outcomes[i%outcomes].ID},
			Prep: "Bring safety glasses.\nCharge the data loggers the day before.", Notes: "Check the tide times.",
		})
	}
	labels := []string{"Beginning", "Developing", "Proficient", "Excelling"}
	for i := 0; i < rubrics; i++ {
		r := model.Rubric{ID: id("rubric", i), Updated: Stamp, Title: fmt.Sprintf("Rubric %d", i+1), Description: "Assesses the design report."}
		for j, label := range labels {
			r.Levels = append(r.Levels, model.Level{ID: id("level", i*10+j), Updated: Stamp, Label: label, Points: float64(j + 1)})
		}
		for j := 0; j < 6; j++ {
			c := model.Criterion{ID: id("criterion", i*10+j), Updated: Stamp, Title: fmt.Sprintf("Criterion %d", j+1), Weight: 1 + j%3,
				Outcomes: []string{p.Outcomes[(i+j)%outcomes].ID}, Descriptors: map[string]string{}}
			for k, l := range r.Levels {
				c.Descriptors[l.ID] = fmt.Sprintf("At level %d the student explains the design choice with evidence from %d tests\nand names one limitation.", k+1, k+1)
			}
			r.Criteria = append(r.Criteria, c)
		}
		p.Rubrics = append(p.Rubrics, r)
		p.Assessments = append(p.Assessments, model.Assessment{ID: id("assessment", i), Updated: Stamp, Title: fmt.Sprintf("Task %d", i+1),
			Due: model.NewDate(2027, 11, 1+i%28), Rubric: r.ID, Outcomes: []string{p.Outcomes[i%outcomes].ID}})
	}
	for i, party := range []string{model.PartySchool, model.PartyPartner, model.PartyStudents} {
		p.Responsibilities = append(p.Responsibilities, model.Responsibility{ID: id("responsibility", i), Updated: Stamp, Party: party, Task: "Book the bus and the lab", Owner: "Léonie Rennie", Due: model.NewDate(2027, 1, 20)})
	}
	for i := 0; i < sessions/10; i++ {
		p.Comments = append(p.Comments, model.Comment{ID: id("comment", i), Updated: Stamp, Target: p.Sessions[i].ID, Field: "title",
			Author: "Zoë Ødegaard", Role: "partner", At: Stamp, Text: "Could this start later?", Suggestion: "Session: field test", Status: model.StatusOpen})
	}
	return p
}
