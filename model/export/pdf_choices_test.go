package export

import (
	"strings"
	"testing"

	"coplan/model"
)

func TestHandoutSubjectsListWhatEachHandoutCanBeLimitedTo(t *testing.T) {
	p := unicodeUnit()
	tests := []struct {
		handout string
		want    int
	}{
		{HandoutRubric, len(p.Rubrics)},
		{HandoutBriefing, len(p.Experts) + len(p.Partners)},
		{HandoutOverview, 0},
		{HandoutSchedule, 0},
		{"BRIEFING", len(p.Experts) + len(p.Partners)},
	}
	for _, tt := range tests {
		t.Run(tt.handout, func(t *testing.T) {
			got := HandoutSubjects(p, tt.handout)
			if len(got) != tt.want {
				t.Fatalf("%d subjects, want %d: %+v", len(got), tt.want, got)
			}
			for _, s := range got {
				opt := PDFOptions{Handout: tt.handout, Rubric: s.ID}
				switch {
				case s.Partner:
					opt = PDFOptions{Handout: tt.handout, Partner: s.ID}
				case strings.EqualFold(tt.handout, HandoutBriefing):
					opt = PDFOptions{Handout: tt.handout, Expert: s.ID}
				}
				text := flatText(t, render(t, p, opt), 0, 0)
				if !strings.Contains(text, flat(s.Name)) {
					t.Errorf("the handout limited to %q does not name it", s.Name)
				}
			}
		})
	}
}

func TestHandoutSubjectsMarkSchoolStaff(t *testing.T) {
	p := unicodeUnit()
	for _, s := range HandoutSubjects(p, HandoutBriefing) {
		if s.Partner {
			continue
		}
		if want := p.Expert(s.ID).IsSchoolStaff(); s.SchoolStaff != want {
			t.Errorf("%s: school staff %v, want %v", s.Name, s.SchoolStaff, want)
		}
	}
}

// TestHandoutSubjectsListPartnersAfterExpertsAndMarkTheSchoolsOwn checks
// that the briefing's subjects end with the partner organisations, in the
// unit's order, and that a partner whose people are all school staff is
// marked like school staff.
func TestHandoutSubjectsListPartnersAfterExpertsAndMarkTheSchoolsOwn(t *testing.T) {
	p := unicodeUnit()
	p.Partners = append(p.Partners,
		model.Partner{ID: "pa-2", Name: "Kōwhai College"},
		model.Partner{ID: "pa-3", Name: "Drainage board"},
	)
	p.Experts[3].Partner = "pa-2" // the teacher works for the school
	got := HandoutSubjects(p, HandoutBriefing)
	want := []Subject{
		{ID: "pa-1", Name: "Sunrise Energy Ltd", Partner: true},
		{ID: "pa-2", Name: "Kōwhai College", Partner: true, SchoolStaff: true},
		{ID: "pa-3", Name: "Drainage board", Partner: true},
	}
	if len(got) != len(p.Experts)+len(want) {
		t.Fatalf("%d subjects, want %d experts then %d partners: %+v", len(got), len(p.Experts), len(want), got)
	}
	for i, s := range got[:len(p.Experts)] {
		if s.Partner || s.ID != p.Experts[i].ID {
			t.Errorf("subject %d is %+v, want expert %s", i, s, p.Experts[i].ID)
		}
	}
	for i, s := range got[len(p.Experts):] {
		if s != want[i] {
			t.Errorf("partner subject %d is %+v, want %+v", i, s, want[i])
		}
	}
}

func TestLocalePaperFollowsTheFirstVariableSet(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"nothing set", nil, PaperA4},
		{"LANG in the US", map[string]string{"LANG": "en_US.UTF-8"}, PaperLetter},
		{"LC_PAPER before LANG", map[string]string{"LC_PAPER": "en_AU.UTF-8", "LANG": "en_US.UTF-8"}, PaperA4},
		{"LC_ALL first", map[string]string{"LC_ALL": "fr_CA", "LC_PAPER": "de_DE"}, PaperLetter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LocalePaper(func(k string) string { return tt.env[k] }); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestSafeFileNameKeepsLettersAndDropsWhatFileSystemsRefuse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Briefing – Zoë Ødegaard", "Briefing – Zoë Ødegaard"},
		{"Rubric – Design/build: \"stage\" 1?", "Rubric – Design build stage 1"},
		{"  ..hidden.  ", "hidden"},
		{"a\tb\nc\x00d", "a b c d"},
		{`C:\temp\x`, "C temp x"},
		{"", "handout"},
		{"///", "handout"},
		{strings.Repeat("é", 200), strings.Repeat("é", 80)},
	}
	for _, tt := range tests {
		if got := SafeFileName(tt.in); got != tt.want {
			t.Errorf("SafeFileName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
