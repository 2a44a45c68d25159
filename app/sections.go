package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"coplan/model"
)

// section is one entry of the navigation: what it is called, a line on what
// it is for, and the view that edits it.
type section struct {
	// Key names the section in Preferences; it never changes or translates.
	Key   string
	Title string
	Intro string
	Icon  fyne.Resource
	// View builds the section's view for an editor.
	View func(e *editor) sectionView
}

// sections is the navigation, in order.
func sections() []section {
	return []section{
		{"overview", lang.L("Overview"), lang.L("What the unit is about, who it is for and when it runs. One central goal keeps everyone pulling the same way."), theme.HomeIcon(), newOverview},
		{"outcomes", lang.L("Outcomes"), lang.L("The learning outcomes the unit teaches and assesses, with their curriculum codes."), theme.ListIcon(), newOutcomes},
		{"sessions", lang.L("Sessions"), lang.L("The lessons, visits and excursions, in order. In class: the community comes into the classroom. In community: students go out and take part."), theme.CalendarIcon(), newSessions},
		{"people", lang.L("People"), lang.L("The partner organisations and the experts who work with students, with their safety checks."), theme.AccountIcon(), newPeople},
		{"rubrics", lang.L("Rubrics"), lang.L("How student work is judged: criteria down, levels across, a descriptor in each cell."), theme.GridIcon(), newRubricsWithApproval},
		{"assessments", lang.L("Assessments"), lang.L("The tasks students complete, each marked against a rubric."), theme.DocumentIcon(), newAssessments},
		{"responsibilities", lang.L("Responsibilities"), lang.L("Who does what, and by when: the school, the partners and the students."), theme.CheckButtonCheckedIcon(), newResponsibilities},
		{"judging", lang.L("Judging"), lang.L("Teams, judges and scores of a judged event: judges score their teams, the coordinator follows their progress and reads the results."), theme.DocumentCreateIcon(), newJudging},
		{"review", lang.L("Review"), lang.L("Comments from partners and colleagues on parts of the unit."), theme.MailComposeIcon(), newReview},
		{"readiness", lang.L("Readiness"), lang.L("What to fix or complete before the unit runs. Select a line to go to it."), theme.ConfirmIcon(), newReadiness},
	}
}

// widestTitle is the title of ss that takes the most room on screen.
func widestTitle(ss []section) string {
	widest, w := "", float32(0)
	for _, s := range ss {
		if m := fyne.MeasureText(s.Title, theme.TextSize(), fyne.TextStyle{}).Width; m > w {
			widest, w = s.Title, m
		}
	}
	return widest
}

// sectionOf returns the key of the section that edits entities of kind.
func sectionOf(k model.Kind) string {
	switch k {
	case model.KindOutcome:
		return "outcomes"
	case model.KindSession:
		return "sessions"
	case model.KindPartner, model.KindExpert:
		return "people"
	case model.KindRubric, model.KindLevel, model.KindCriterion:
		return "rubrics"
	case model.KindAssessment:
		return "assessments"
	case model.KindResponsibility:
		return "responsibilities"
	case model.KindTeam, model.KindRound, model.KindAssignment, model.KindScore, model.KindFeedback:
		return "judging"
	case model.KindComment:
		return "review"
	}
	return "overview"
}

// sectionView is what a section shows and how it keeps up with the document.
type sectionView interface {
	// Object is the view's content.
	Object() fyne.CanvasObject
	// Changed refreshes what shows the entities a change touched.
	Changed(c model.Change)
	// Reload refreshes everything, after changes made while hidden.
	Reload()
}

// revealer is a section that can select one of its entities and the widget
// of one of its fields.
type revealer interface {
	Reveal(id, field string)
}

// deleter is a section that can delete what is selected in it; it reports
// false when nothing is.
type deleter interface {
	DeleteSelected() bool
}
