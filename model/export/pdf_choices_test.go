package export

import (
	"strings"
	"testing"
)

func TestHandoutSubjectsListWhatEachHandoutCanBeLimitedTo(t *testing.T) {
	p := unicodeUnit()
	tests := []struct {
		handout string
		want    int
	}{
		{HandoutRubric, len(p.Rubrics)},
		{HandoutBriefing, len(p.Experts)},
		{HandoutOverview, 0},
		{HandoutSchedule, 0},
		{"BRIEFING", len(p.Experts)},
	}
	for _, tt := range tests {
		t.Run(tt.handout, func(t *testing.T) {
			got := HandoutSubjects(p, tt.handout)
			if len(got) != tt.want {
				t.Fatalf("%d subjects, want %d: %+v", len(got), tt.want, got)
			}
			for _, s := range got {
				opt := PDFOptions{Handout: tt.handout, Rubric: s.ID}
				if strings.EqualFold(tt.handout, HandoutBriefing) {
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
		if want := p.Expert(s.ID).IsSchoolStaff(); s.SchoolStaff != want {
			t.Errorf("%s: school staff %v, want %v", s.Name, s.SchoolStaff, want)
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
