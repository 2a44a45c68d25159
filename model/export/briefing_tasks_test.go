package export

import (
	"strings"
	"testing"

	"coplan/model"
)

// TestBriefingListsTheTasksLinkedToTheExpertOrTheirPartner checks that a
// task reaches a briefing through its owner link, under the expert's current
// name, with its due date, and not the briefing of anyone else.
func TestBriefingListsTheTasksLinkedToTheExpertOrTheirPartner(t *testing.T) {
	p := unicodeUnit()
	p.Experts[2].Name = "Aroha Tane" // renamed after the task was linked
	p.Responsibilities = append(p.Responsibilities,
		model.Responsibility{ID: "re-5", Party: model.PartyPartner, Task: "Provide the drain map", OwnerPartner: "pa-1", Due: model.NewDate(2027, 3, 8)},
		model.Responsibility{ID: "re-6", Party: model.PartyPartner, Task: "Send the site safety plan", OwnerExpert: "ex-3", Owner: "Wind farm host", Due: model.NewDate(2027, 3, 15)},
	)
	tests := []struct {
		expert    string
		want, not []string
	}{
		{"ex-1", []string{"Provide the drain map", "Mon 8 Mar 2027", "Judge the final race"}, []string{"Send the site safety plan", "Book the bus"}},
		{"ex-2", []string{"Provide the drain map", "Lend twelve small solar panels"}, []string{"Judge the final race", "Send the site safety plan"}},
		{"ex-3", []string{"Send the site safety plan", "Aroha Tane", "Mon 15 Mar 2027"}, []string{"Provide the drain map", "Nothing is assigned to you"}},
	}
	for _, tt := range tests {
		t.Run(tt.expert, func(t *testing.T) {
			text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: tt.expert}), 0, 0)
			_, tasks, _ := strings.Cut(text, flat("Your responsibilities"))
			for _, s := range tt.want {
				if !strings.Contains(tasks, flat(s)) {
					t.Errorf("%s's responsibilities lack %q:\n%s", tt.expert, s, tasks)
				}
			}
			for _, s := range tt.not {
				if strings.Contains(tasks, flat(s)) {
					t.Errorf("%s's responsibilities list %q", tt.expert, s)
				}
			}
		})
	}
}
