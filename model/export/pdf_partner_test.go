package export

import (
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model"
)

// partnerUnit is the Unicode fixture with tasks linked to a partner, to one
// of its people and to someone else, a session none of the partner's people
// come to, and a second partner with nobody and nothing in the unit.
func partnerUnit() *model.Project {
	p := unicodeUnit()
	p.Partners = append(p.Partners, model.Partner{ID: "pa-2", Name: "Drainage board", Kind: "government", Contact: "Mere Ruru", Email: "mere@drains.example"})
	p.Responsibilities = append(p.Responsibilities,
		model.Responsibility{ID: "re-5", Party: model.PartyPartner, Task: "Provide the drain map", OwnerPartner: "pa-1", Due: model.NewDate(2027, 3, 8)},
		model.Responsibility{ID: "re-6", Party: model.PartyPartner, Task: "Send the site safety plan", OwnerExpert: "ex-3", Due: model.NewDate(2027, 3, 15)},
		model.Responsibility{ID: "re-7", Party: model.PartyPartner, Task: "Bring spare motors", OwnerExpert: "ex-2", Due: model.NewDate(2027, 3, 2)},
	)
	// A session only Дмитрий, of no partner, takes part in, between two of Sunrise's.
	p.Sessions = append(p.Sessions[:2:2], append([]model.Session{{
		ID: "s-x", Title: "Wind data workshop", Date: model.NewDate(2027, 3, 25), Lead: "ex-3", Engagement: model.InClass,
	}}, p.Sessions[2:]...)...)
	return p
}

func TestPartnerBriefingListsTheTasksOfThePartnerAndItsPeopleWithDueDates(t *testing.T) {
	p := partnerUnit()
	text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Partner: "Sunrise Energy Ltd"}), 0, 0)
	_, tasks, ok := strings.Cut(text, flat("Your responsibilities"))
	if !ok {
		t.Fatalf("the briefing has no responsibilities:\n%s", text)
	}
	tasks, _, _ = strings.Cut(tasks, flat("School contact"))
	for _, want := range []string{
		"Provide the drain map", "Mon 8 Mar 2027", // linked to the partner
		"Lend twelve small solar panels", "Mon 1 Mar 2027", // owner text naming the partner
		"Judge the final race", "Wed 28 Apr 2027", // Zoë, one of its people
		"Bring spare motors", "Tue 2 Mar 2027", // Ánh, another
	} {
		if !strings.Contains(tasks, flat(want)) {
			t.Errorf("the partner's responsibilities lack %q:\n%s", want, tasks)
		}
	}
	for _, not := range []string{"Send the site safety plan", "Book the bus", "Keep a design journal"} {
		if strings.Contains(tasks, flat(not)) {
			t.Errorf("the partner's responsibilities list %q, which is someone else's", not)
		}
	}
}

func TestPartnerBriefingListsTheSessionsOfItsPeopleInListOrder(t *testing.T) {
	p := partnerUnit()
	// Dated against the list: the race is dated first, yet taught last.
	p.Sessions[3].Date = model.NewDate(2027, 3, 2)
	text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Partner: "pa-1"}), 0, 0)
	_, sessions, _ := strings.Cut(text, flat("Your sessions"))
	sessions, _, _ = strings.Cut(sessions, flat("Your responsibilities"))
	order := []string{
		"Wed 3 Mar 2027 · 10:30–11:30 · What makes a solar cell work?",
		"Mon 22 Mar 2027 · 09:00–12:00 · Visit to the wind farm",
		"Tue 2 Mar 2027 · 13:00–14:30 · Race day and judging",
	}
	at := -1
	for _, s := range order {
		i := strings.Index(sessions, flat(s))
		if i < 0 {
			t.Fatalf("the sessions lack %q:\n%s", s, sessions)
		}
		if i < at {
			t.Errorf("%q comes before the session listed ahead of it", s)
		}
		at = i
	}
	if strings.Contains(sessions, flat("Wind data workshop")) {
		t.Error("the briefing lists a session none of the partner's people take part in")
	}
	for _, want := range []string{
		"Your people Zoë Ødegaard Nguyễn Thị Ánh Led by Léonie Rennie", // who of theirs comes, the lead who is not
		"Led by Дмитрий",
		"Before this visit, students will have learned: • SCI-E1",
		"Since your last visit, students will also have learned: • TEC-D2",
		"Zoë Ødegaard — EXPIRED", // her check ends on 20 March, before the wind farm visit
	} {
		if !strings.Contains(sessions, flat(want)) {
			t.Errorf("the sessions lack %q:\n%s", want, sessions)
		}
	}
}

func TestPartnerBriefingShowsTheContactPeopleSeeButNeverPrivateNotes(t *testing.T) {
	p := partnerUnit()
	p.Partners[0].Notes = "Ask for: the drain map, privately"
	p.Partners[0].Phone = "+64 4 555 0199"
	p.Experts[0].Notes = "Prefers mornings, privately"
	text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Partner: AllPartners}), 0, 0)
	for _, secret := range []string{"Ask for: the drain map", "Prefers mornings"} {
		if strings.Contains(text, flat(secret)) {
			t.Errorf("the partner briefing prints the private note %q", secret)
		}
	}
	for _, want := range []string{
		"Briefing for Sunrise Energy Ltd", "Industry partner",
		"Contact Zoë Ødegaard", "zoe@sunrise.example", "+64 4 555 0199", "https://sunrise.example",
		"Briefing for Drainage board", "Government partner", "Mere Ruru",
	} {
		if !strings.Contains(text, flat(want)) {
			t.Errorf("the partner briefings lack %q", want)
		}
	}
}

func TestPartnerWithNothingAssignedIsToldSoPlainly(t *testing.T) {
	text := flatText(t, render(t, partnerUnit(), PDFOptions{Handout: HandoutBriefing, Partner: "Drainage board"}), 0, 0)
	want := "Nothing is assigned to Drainage board in this unit yet: none of your people is booked for a session and no task is yours."
	if !strings.Contains(text, flat(want)) {
		t.Errorf("the briefing does not say plainly that nothing is assigned:\n%s", text)
	}
	for _, not := range []string{"Your sessions", "Your people in this unit", "Briefing for Sunrise"} {
		if strings.Contains(text, flat(not)) {
			t.Errorf("the briefing of a partner with nothing assigned prints %q", not)
		}
	}
	if !strings.Contains(text, flat("l.rennie@kowhai.school.nz")) {
		t.Error("the briefing does not say whom at the school to call")
	}
}

func TestAllPartnersLeavesOutTheSchoolsOwnUnlessChosen(t *testing.T) {
	p := partnerUnit()
	p.Partners = append(p.Partners, model.Partner{ID: "pa-3", Name: "Kōwhai College", Kind: "school"})
	p.Experts[3].Partner = "pa-3" // the teacher, school staff
	tests := []struct {
		partner   string
		want, not []string
	}{
		{AllPartners, []string{"Briefing for Sunrise Energy Ltd", "Briefing for Drainage board"}, []string{"Briefing for Kōwhai College"}},
		{"ALL", []string{"Briefing for Sunrise Energy Ltd"}, []string{"Briefing for Kōwhai College"}},
		{"kōwhai college", []string{"Briefing for Kōwhai College", "Book the bus"}, []string{"Briefing for Sunrise Energy Ltd"}},
	}
	for _, tt := range tests {
		t.Run(tt.partner, func(t *testing.T) {
			text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Partner: tt.partner}), 0, 0)
			for _, s := range tt.want {
				if !strings.Contains(text, flat(s)) {
					t.Errorf("lacks %q", s)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(text, flat(s)) {
					t.Errorf("has %q", s)
				}
			}
		})
	}
}

func TestPartnerBriefingRefusesWhatItCannotPrint(t *testing.T) {
	tests := []struct {
		name string
		opt  PDFOptions
		want []string
	}{
		{"unknown partner", PDFOptions{Handout: HandoutBriefing, Partner: "Nobody"},
			[]string{`no partner "Nobody"`, "Sunrise Energy Ltd (id pa-1)", "Drainage board (id pa-2)", `"all" for every partner`}},
		{"expert and partner", PDFOptions{Handout: HandoutBriefing, Partner: "pa-1", Expert: "ex-1"},
			[]string{"an expert or a partner, not both"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			err := WritePDF(&b, partnerUnit(), tt.opt)
			if err == nil || b.Len() != 0 {
				t.Fatalf("error %v after writing %d bytes; want an error and nothing written", err, b.Len())
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q lacks %q", err, want)
				}
			}
		})
	}
}

// TestEveryPartnerBriefingOfTheExampleAndTemplatesIsLaidOutCleanly prints
// every partner's briefing of each shipped unit and checks for clipped or
// colliding text, and that each names its sessions' titles.
func TestEveryPartnerBriefingOfTheExampleAndTemplatesIsLaidOutCleanly(t *testing.T) {
	units := map[string][]byte{"example": assets.Example()}
	for _, s := range assets.Templates() {
		units[s.Name] = s.Data
	}
	for name, data := range units {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			d, err := model.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			p := d.Project
			for i := range p.Partners {
				x := &p.Partners[i]
				pdf := render(t, p, PDFOptions{Handout: HandoutBriefing, Partner: x.ID})
				text := flatText(t, pdf, 0, 0)
				want := []string{"Briefing for " + titleOr(x.Name, "Unnamed partner")}
				for _, v := range visitsOf(p, peopleOf(p, x)) {
					want = append(want, v.s.Title)
				}
				for _, r := range partnerTasks(p, x) {
					want = append(want, r.Task)
				}
				for _, s := range nonEmpty(want) {
					if !strings.Contains(text, flat(s)) {
						t.Errorf("%s's briefing lacks %q", x.Name, s)
					}
				}
				checkLayout(t, name+" "+x.Name, pdf)
			}
		})
	}
}
