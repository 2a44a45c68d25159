package model_test

import (
	"strings"
	"testing"

	"coplan/model"
)

func ownerUnit() *model.Project {
	return &model.Project{
		Format: model.Format, ID: "u",
		Partners: []model.Partner{{ID: "p1", Name: "Local council"}},
		Experts: []model.Expert{
			{ID: "e1", Name: "Stormwater engineer", Partner: "p1"},
			{ID: "e2", Name: "Zoë Ødegaard"},
		},
	}
}

func TestOwnerOfPrefersLinksAndMatchesOlderTextByName(t *testing.T) {
	tests := []struct {
		name            string
		r               model.Responsibility
		expert, partner string
		printed         string
	}{
		{"linked expert", model.Responsibility{OwnerExpert: "e2", Owner: "someone"}, "e2", "", "Zoë Ødegaard"},
		{"linked partner", model.Responsibility{OwnerPartner: "p1"}, "", "p1", "Local council"},
		{"expert link wins over partner link", model.Responsibility{OwnerExpert: "e1", OwnerPartner: "p1"}, "e1", "", "Stormwater engineer"},
		{"link to a missing expert falls back to the text", model.Responsibility{OwnerExpert: "gone", Owner: "Every team"}, "", "", "Every team"},
		{"older text naming an expert", model.Responsibility{Owner: "zoë ødegaard (Helios)"}, "e2", "", "zoë ødegaard (Helios)"},
		{"older text naming a partner", model.Responsibility{Owner: "Local council"}, "", "p1", "Local council"},
		{"older text that is an id", model.Responsibility{Owner: "e1"}, "e1", "", "e1"},
		{"a role stays text", model.Responsibility{Owner: "Every team"}, "", "", "Every team"},
		{"part of a word is no match", model.Responsibility{Owner: "Local councillors"}, "", "", "Local councillors"},
		{"no owner", model.Responsibility{}, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ownerUnit()
			o := p.OwnerOf(&tt.r)
			var e, x string
			if o.Expert != nil {
				e = o.Expert.ID
			}
			if o.Partner != nil {
				x = o.Partner.ID
			}
			if e != tt.expert || x != tt.partner || o.Name() != tt.printed {
				t.Errorf("OwnerOf = expert %q, partner %q, name %q; want %q, %q, %q", e, x, o.Name(), tt.expert, tt.partner, tt.printed)
			}
		})
	}
}

func TestLinkedOwnerFollowsRenameAndIsUnlinkedOnDelete(t *testing.T) {
	p := ownerUnit()
	p.Responsibilities = []model.Responsibility{{ID: "r1", Party: model.PartyPartner, Task: "Provide the drain map", OwnerExpert: "e1", Owner: "Stormwater engineer"}}
	d := model.NewDocument(p)
	mustApply(t, d, model.Set("e1", "name", "Aroha Tane"))
	if got := d.Project.OwnerOf(&d.Project.Responsibilities[0]).Name(); got != "Aroha Tane" {
		t.Errorf("after renaming, the owner prints as %q", got)
	}
	summary := mustApply(t, d, model.Delete("e1"))
	if r := d.Project.Responsibilities[0]; r.OwnerExpert != "" {
		t.Errorf("deleting the expert left owner_expert = %q", r.OwnerExpert)
	}
	if !strings.Contains(summary, "responsibilit") {
		t.Errorf("the delete summary %q does not say the task lost its owner", summary)
	}
}

func TestOwnerLinksSurviveEncodeAndDecode(t *testing.T) {
	p := ownerUnit()
	p.Responsibilities = []model.Responsibility{{ID: "r1", Task: "T", OwnerExpert: "e2", OwnerPartner: "p1", Owner: "Zoë"}}
	data := model.Encode(p)
	if !strings.Contains(string(data), "owner_expert = \"e2\"\nowner_partner = \"p1\"\n") {
		t.Errorf("the file lacks the owner links:\n%s", data)
	}
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if r := d.Project.Responsibilities[0]; r.OwnerExpert != "e2" || r.OwnerPartner != "p1" || r.Owner != "Zoë" {
		t.Errorf("decoded %+v", r)
	}
}

func TestValidateFlagsAnOwnerLinkToTheWrongKind(t *testing.T) {
	p := ownerUnit()
	p.Responsibilities = []model.Responsibility{{ID: "r1", Task: "T", OwnerExpert: "p1"}}
	var found bool
	for _, dg := range model.Validate(p) {
		if strings.Contains(dg.Message, `"T" links to partner "Local council" where an expert belongs`) {
			found = true
		}
	}
	if !found {
		t.Errorf("no diagnostic for an owner_expert that names a partner: %+v", model.Validate(p))
	}
}
