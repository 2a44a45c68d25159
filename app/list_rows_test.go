package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// inside reports whether w is o or laid out somewhere inside it.
func inside(o, w fyne.CanvasObject) bool {
	if o == w {
		return true
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			if inside(x, w) {
				return true
			}
		}
	}
	return false
}

func TestListRowsShowEachFieldInItsNamedPlace(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Bridges",
		model.Add(model.Outcome{ID: "o1", Code: "SCI-1", Text: "Forces\nand more"}, "", -1),
		model.Add(model.Partner{ID: "p1", Name: "Helios", Kind: "industry"}, "", -1),
		model.Add(model.Expert{ID: "e1", Name: "Ana", Partner: "p1", Roles: []string{"mentor"}}, "", -1),
		// Ana leads a dated session without a safety check: her row warns.
		model.Add(model.Session{ID: "s1", Title: "Site visit", Engagement: model.InCommunity, Minutes: 90,
			Date: model.DateOf(time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)), Lead: "e1", Experts: []string{"e1"}}, "", -1),
		model.Add(model.Rubric{ID: "r1", Title: "Engineering"}, "", -1),
		model.Add(model.Assessment{ID: "a1", Title: "Logbook", Rubric: "r1"}, "", -1),
		model.Add(model.Responsibility{ID: "x1", Task: "Book the bus\nby March", Party: model.PartySchool, Owner: "Ms K"}, "", -1),
		model.Add(model.Comment{ID: "c1", Author: "Zoë", Target: "s1", Text: "Too long?", Status: model.StatusOpen}, "", -1),
	))
	e := c.ed
	p := e.doc.Project
	for _, tc := range []struct {
		name              string
		pane              *listPane
		title, sub, aside string
		icon              bool
	}{
		{"outcome: code, then text", newOutcomes(e).(*listPane), "SCI-1", "Forces", "", false},
		{"session: title, when, engagement", newSessions(e).(*listPane), "Site visit", sessionWhen(&p.Sessions[0]), engagementLabel(model.InCommunity), true},
		{"partner: name, kind", newPeople(e).(*people).partners, "Helios", "", partnerKindLabel("industry"), false},
		{"expert: name, organisation and roles", newPeople(e).(*people).experts, "Ana", "Helios · " + rolesLabel([]string{"mentor"}), "", true},
		{"rubric: title, shape", newRubrics(e).(*rubrics).listPane, "Engineering", rubricShape(&p.Rubrics[0]), "", false},
		{"assessment: title, rubric", newAssessments(e).(*listPane), "Logbook", "Engineering", "", false},
		{"responsibility: task, party and owner", newResponsibilities(e).(*listPane), "Book the bus", partyLabel(model.PartySchool) + " · Ms K", "", true},
		{"comment: who on what, text, status", newReview(e).(*reviewView).listPane, "Zoë on " + targetName(e, "s1"), "Too long?", statusLabel(model.StatusOpen), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := tc.pane.list.CreateItem()
			tc.pane.list.UpdateItem(0, o)
			row := tc.pane.rows.Of(o)
			for _, l := range []struct {
				part  string
				label *widget.Label
				want  string
			}{{"title", row.title, tc.title}, {"sub", row.sub, tc.sub}, {"aside", row.aside, tc.aside}} {
				switch {
				case l.label == nil && l.want != "":
					t.Errorf("the row has no %s to show %q", l.part, l.want)
				case l.label == nil:
				case l.label.Text != l.want:
					t.Errorf("%s shows %q, want %q", l.part, l.label.Text, l.want)
				case !inside(o, l.label):
					t.Errorf("%s is not laid out in the row", l.part)
				}
			}
			if got := row.icon != nil && row.icon.Resource != nil && inside(o, row.icon); got != tc.icon {
				t.Errorf("row shows an icon: %v, want %v", got, tc.icon)
			}
		})
	}
}
