package export

import (
	"fmt"
	"strings"
	"time"

	"coplan/model"
)

// fixedNow is the print date of every test document.
var fixedNow = time.Date(2027, 2, 15, 9, 0, 0, 0, time.UTC)

// unicodeUnit is a small, complete unit whose names need Latin with
// diacritics, Vietnamese, Māori and Cyrillic.
func unicodeUnit() *model.Project {
	d := model.NewDate
	return &model.Project{
		Format: model.Format, ID: "unit-1", Title: "Ngā Tapuwae: solar car challenge",
		Unit: model.Unit{
			YearLevels: []string{"9", "10"}, Subjects: []string{"Science", "Technology"},
			Start: d(2027, 3, 1), End: d(2027, 4, 30),
			School: "Kōwhai College", Contact: "Léonie Rennie", ContactEmail: "l.rennie@kowhai.school.nz", ContactPhone: "+64 9 555 0100",
			RealWorldProblem: "Buses on the school run burn diesel while the car park bakes in the sun all day.",
			DrivingQuestion:  "How might we power a model car with nothing but sunlight?",
			CentralGoal:      "Every team builds and races a solar car and explains its design to engineers.",
		},
		Partners: []model.Partner{
			{ID: "pa-1", Name: "Sunrise Energy Ltd", Kind: "industry", Contact: "Zoë Ødegaard", Email: "zoe@sunrise.example", Website: "https://sunrise.example"},
		},
		Experts: []model.Expert{
			{ID: "ex-1", Name: "Zoë Ødegaard", Partner: "pa-1", Roles: []string{model.RoleGuestSpeaker, model.RoleJudge},
				Expertise: "Photovoltaic engineering", Email: "zoe@sunrise.example",
				SafetyCheck: model.SafetyCheck{Kind: "Police vetting", Jurisdiction: "NZ", Number: "PV-88", Expires: d(2027, 3, 20)}},
			{ID: "ex-2", Name: "Nguyễn Thị Ánh", Partner: "pa-1", Roles: []string{model.RoleMentor}, Expertise: "Battery chemistry"},
			{ID: "ex-3", Name: "Дмитрий", Roles: []string{model.RoleFieldTripHost}, Expertise: "Wind farm operations",
				SafetyCheck: model.SafetyCheck{Kind: "Working With Children Check", Number: "WWC-1"}},
			{ID: "ex-4", Name: "Léonie Rennie", Roles: []string{model.RoleTeacher}},
		},
		Outcomes: []model.Outcome{
			{ID: "o-1", Code: "SCI-E1", Text: "Explain how energy is transformed in a solar cell."},
			{ID: "o-2", Code: "TEC-D2", Text: "Design, test and refine a product against criteria."},
			{ID: "o-3", Code: "SCI-C3", Text: "Communicate findings to an expert audience."},
		},
		Sessions: []model.Session{
			{ID: "s-1", Title: "What makes a solar cell work?", Date: d(2027, 3, 3), Start: model.NewClock(10, 30), Minutes: 60,
				Engagement: model.InClass, Location: "Lab 2", Lead: "ex-4", Experts: []string{"ex-1", "ex-2"},
				Outcomes: []string{"o-1"}, Prep: "Bring three panels of different sizes."},
			{ID: "s-2", Title: "Visit to the wind farm", Date: d(2027, 3, 22), Start: model.NewClock(9, 0), Minutes: 180,
				Engagement: model.InCommunity, Location: "Te Āpiti wind farm", Lead: "ex-3", Experts: []string{"ex-1"},
				Outcomes: []string{"o-2"}, Prep: "Hi-vis vests for 28 students."},
			{ID: "s-3", Title: "Race day and judging", Date: d(2027, 4, 28), Start: model.NewClock(13, 0), Minutes: 90,
				Engagement: model.InClass, Location: "Courtyard", Lead: "ex-4", Experts: []string{"ex-1", "ex-2"},
				Outcomes: []string{"o-3"}},
		},
		Rubrics: []model.Rubric{{
			ID: "r-1", Title: "Solar car design", Description: "How your team's car and pitch are judged.",
			Levels: []model.Level{
				{ID: "l-1", Label: "Beginning", Points: 1}, {ID: "l-2", Label: "Developing", Points: 2},
				{ID: "l-3", Label: "Proficient", Points: 3}, {ID: "l-4", Label: "Exemplary", Points: 4},
			},
			Criteria: []model.Criterion{
				{ID: "c-1", Title: "Energy explanation", Weight: 2, Outcomes: []string{"o-1"}, Descriptors: map[string]string{
					"l-1": "Names the parts of the car.", "l-2": "Describes where the energy comes from.",
					"l-3": "Explains each energy transformation.", "l-4": "Explains and quantifies each transformation, like Zoë Ødegaard would.",
				}},
				{ID: "c-2", Title: "Design process", Weight: 1, Outcomes: []string{"o-2"}, Descriptors: map[string]string{
					"l-1": "Builds one version.", "l-2": "Tests once and changes something.",
					"l-3": "Tests, records and improves the design.", "l-4": "Runs fair tests and justifies every change with data.",
				}},
			},
		}},
		Assessments: []model.Assessment{
			{ID: "a-1", Title: "Solar car and pitch", Due: d(2027, 4, 28), Rubric: "r-1", Outcomes: []string{"o-2", "o-3"},
				Description: "Teams race their car and pitch its design to the judges."},
		},
		Responsibilities: []model.Responsibility{
			{ID: "re-1", Party: model.PartySchool, Task: "Book the bus to the wind farm", Owner: "Léonie Rennie", Due: d(2027, 3, 10)},
			{ID: "re-2", Party: model.PartyPartner, Task: "Lend twelve small solar panels", Owner: "Sunrise Energy Ltd", Due: d(2027, 3, 1)},
			{ID: "re-3", Party: model.PartyPartner, Task: "Judge the final race", Owner: "Zoë Ødegaard", Due: d(2027, 4, 28), Done: true},
			{ID: "re-4", Party: model.PartyStudents, Task: "Keep a design journal", Owner: "Every team"},
		},
	}
}

// bigUnit generates a unit with the given numbers of sessions and rubrics.
func bigUnit(sessions, rubrics int) *model.Project {
	p := unicodeUnit()
	p.Sessions, p.Rubrics, p.Assessments = nil, nil, nil
	start := time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < sessions; i++ {
		day := start.AddDate(0, 0, i)
		eng := model.InClass
		if i%3 == 0 {
			eng = model.InCommunity
		}
		p.Sessions = append(p.Sessions, model.Session{
			ID: fmt.Sprintf("s-%d", i), Title: fmt.Sprintf("Session %d: prototype, test and refine the design", i+1),
			Date: model.DateOf(day), Start: model.NewClock(9+i%5, 0), Minutes: 60, Engagement: eng,
			Location: "Lab " + fmt.Sprint(i%4+1), Lead: "ex-4", Experts: []string{"ex-1", "ex-2"},
			Outcomes: []string{"o-1", "o-2"}, Prep: "Bring the kit for session " + fmt.Sprint(i+1) + ".",
		})
	}
	for i := 0; i < rubrics; i++ {
		p.Rubrics = append(p.Rubrics, longRubric(fmt.Sprintf("r-%d", i), fmt.Sprintf("Rubric %d", i+1), 6, 4))
	}
	return p
}

// longRubric makes a rubric of criteria × levels with long descriptors.
func longRubric(id, title string, criteria, levels int) model.Rubric {
	r := model.Rubric{ID: id, Title: title, Description: "A rubric with long descriptors for testing page breaks."}
	for l := 0; l < levels; l++ {
		r.Levels = append(r.Levels, model.Level{ID: fmt.Sprintf("%s-l%d", id, l), Label: fmt.Sprintf("Level %d", l+1), Points: float64(l + 1)})
	}
	for c := 0; c < criteria; c++ {
		crit := model.Criterion{ID: fmt.Sprintf("%s-c%d", id, c), Title: fmt.Sprintf("Criterion %d", c+1), Weight: 1 + c%3,
			Descriptors: map[string]string{}}
		for _, l := range r.Levels {
			crit.Descriptors[l.ID] = fmt.Sprintf("D%d.%s: ", c+1, l.Label[len(l.Label)-1:]) +
				strings.Repeat("The student shows this quality with growing independence and care. ", 2+c%3)
		}
		r.Criteria = append(r.Criteria, crit)
	}
	return r
}
