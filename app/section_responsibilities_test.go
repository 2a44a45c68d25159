package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

func TestResponsibilityOwnerPicksAnExpertOrAPartner(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, unit(t, "Creek",
		model.Add(model.Partner{ID: "p1", Name: "Local council"}, "", -1),
		model.Add(model.Expert{ID: "e1", Name: "Ana Kowalski", Partner: "p1"}, "", -1),
	))
	v := show(t, c, "responsibilities").(*listPane)
	test.Tap(button(t, c, "Add task"))
	r := func() *model.Responsibility { return &c.Document().Project.Responsibilities[0] }

	field(t, v.form, "owner_expert").(*widget.Select).SetSelected("Ana Kowalski")
	if r().OwnerExpert != "e1" {
		t.Errorf("picking the person stored owner_expert %q", r().OwnerExpert)
	}
	o := v.list.CreateItem()
	v.list.UpdateItem(0, o)
	if got, want := v.rows.Of(o).sub.Text, partyLabel(model.PartySchool)+" · Ana Kowalski"; got != want {
		t.Errorf("the task's row reads %q, want %q", got, want)
	}

	field(t, v.form, "owner_expert").(*widget.Select).SetSelected(noneLabel())
	field(t, v.form, "owner_partner").(*widget.Select).SetSelected("Local council")
	if r().OwnerExpert != "" || r().OwnerPartner != "p1" {
		t.Errorf("after picking the organisation: owner_expert %q, owner_partner %q", r().OwnerExpert, r().OwnerPartner)
	}
}
