package model_test

import (
	"time"

	"coplan/model"
)

var t0 = time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)

// sample builds a small unit that uses every kind of entity and field.
func sample() *model.Project {
	p := &model.Project{
		Format: model.Format, ID: "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", Title: "Solar car challenge", Updated: t0,
		Unit: model.Unit{
			YearLevels: []string{"9", "10"}, Subjects: []string{"Science", "Technology"},
			Start: model.NewDate(2027, 2, 1), End: model.NewDate(2027, 4, 30),
			School: "Riverbend High", Contact: "Léonie Rennie", ContactEmail: "l.rennie@example.edu",
			RealWorldProblem: "Our town's buses run on diesel.\nCould the sun move us instead?",
			DrivingQuestion:  "How might we design a solar car that carries a \"payload\"?",
			CentralGoal:      "Students build and race a model solar car.",
		},
		Partners: []model.Partner{{ID: "p1", Updated: t0, Name: "Ngā Tapuwae Engineering", Kind: "industry", Website: "https://example.com"}},
		Experts: []model.Expert{
			{ID: "e1", Updated: t0, Name: "Nguyễn Thị Ánh", Partner: "p1", Roles: []string{"mentor", "judge"}, Email: "anh@example.com",
				SafetyCheck: model.SafetyCheck{Kind: "Working With Children Check", Jurisdiction: "NSW", Number: "WWC123", Expires: model.NewDate(2027, 3, 1)}},
			{ID: "e2", Updated: t0, Name: "Léonie Rennie", Roles: []string{"teacher"}},
		},
		Outcomes: []model.Outcome{{ID: "o1", Updated: t0, Code: "AC9S9U05", Text: "Energy transfer"}},
		Sessions: []model.Session{
			{ID: "s1", Updated: t0, Title: "Launch", Date: model.NewDate(2027, 2, 3), Start: model.NewClock(9, 30), Minutes: 60,
				Engagement: model.InClass, Lead: "e2", Experts: []string{"e1"}, Outcomes: []string{"o1"}, Prep: "Bring a panel\n\tand a meter"},
		},
		Rubrics: []model.Rubric{{
			ID: "r1", Updated: t0, Title: "Design report",
			Levels: []model.Level{{ID: "l1", Updated: t0, Label: "Beginning", Points: 1}, {ID: "l2", Updated: t0, Label: "Excelling", Points: 2.5}},
			Criteria: []model.Criterion{{ID: "c1", Updated: t0, Title: "Testing", Weight: 2, Outcomes: []string{"o1"},
				Descriptors: map[string]string{"l1": "Tests once", "l2": "Tests \"fairly\"\nand repeats\\"}}},
			Approvals: []model.Approval{{By: "Zoë Ødegaard", Role: "partner", At: t0}},
		}},
		Assessments:      []model.Assessment{{ID: "a1", Updated: t0, Title: "Report", Due: model.NewDate(2027, 4, 20), Rubric: "r1", Outcomes: []string{"o1"}}},
		Responsibilities: []model.Responsibility{{ID: "x1", Updated: t0, Party: "school", Task: "Book the bus", Owner: "Léonie", Due: model.NewDate(2027, 2, 20), Done: true}},
		Comments:         []model.Comment{{ID: "m1", Updated: t0, Target: "c1", Field: "title", Author: "Zoë", Role: "partner", At: t0, Text: "Clearer?", Suggestion: "Fair testing", Status: "open"}},
		Deleted:          []model.Tombstone{{ID: "gone", At: t0}},
	}
	p.Rubrics[0].Approvals[0].Digest = model.RubricDigest(&p.Rubrics[0])
	return p
}
