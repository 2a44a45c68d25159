package export

import (
	"fmt"
	"strings"
	"testing"

	"coplan/model"
)

func TestFindRubricAndExpert(t *testing.T) {
	p := unicodeUnit()
	p.Rubrics = append(p.Rubrics, model.Rubric{ID: "r-2", Title: "Pitch"}, model.Rubric{ID: "r-3", Title: "pitch"})
	tests := []struct {
		query   string
		find    func(string) (string, error)
		want    string
		wantErr string
	}{
		{"r-1", rubricID(p), "r-1", ""},
		{"  solar CAR design ", rubricID(p), "r-1", ""},
		{"Pitch", rubricID(p), "", "2 rubrics are called \"Pitch\"; choose one by id:\n  Pitch (id r-2)\n  pitch (id r-3)"},
		{"Essay", rubricID(p), "", "no rubric \"Essay\" in this unit; its rubrics are:\n  Solar car design (id r-1)\n  Pitch (id r-2)\n  pitch (id r-3)"},
		{"nguyễn thị ánh", expertID(p), "ex-2", ""},
		{"ex-3", expertID(p), "ex-3", ""},
		{"Ana", expertID(p), "", "no expert \"Ana\" in this unit; its experts are:\n  Zoë Ødegaard (id ex-1)"},
		{"Ana", expertID(&model.Project{}), "", "no expert \"Ana\": this unit has no experts"},
	}
	for _, tt := range tests {
		got, err := tt.find(tt.query)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("find %q: error %v, want %q", tt.query, err, tt.wantErr)
		case tt.wantErr == "" && (err != nil || got != tt.want):
			t.Errorf("find %q = %q, %v; want %q", tt.query, got, err, tt.want)
		}
	}
}

func rubricID(p *model.Project) func(string) (string, error) {
	return func(q string) (string, error) {
		r, err := FindRubric(p, q)
		if err != nil {
			return "", err
		}
		return r.ID, nil
	}
}

func expertID(p *model.Project) func(string) (string, error) {
	return func(q string) (string, error) {
		e, err := FindExpert(p, q)
		if err != nil {
			return "", err
		}
		return e.ID, nil
	}
}

func TestDefaultPaperFollowsTheLocale(t *testing.T) {
	tests := map[string]string{
		"en_US.UTF-8": PaperLetter, "fr_CA": PaperLetter, "en_CA.utf8@euro": PaperLetter, "es-US": PaperLetter,
		"en_AU.UTF-8": PaperA4, "en_GB": PaperA4, "vi_VN.UTF-8": PaperA4, "C": PaperA4, "POSIX": PaperA4, "": PaperA4,
	}
	for locale, want := range tests {
		if got := DefaultPaper(locale); got != want {
			t.Errorf("DefaultPaper(%q) = %q, want %q", locale, got, want)
		}
	}
}

func TestCleanReplacesWhatTheFontsCannotPrint(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Thị Ánh", "Nguyễn Thị Ánh"},
		{"car 🚗", "car □"},
		{"thumbs 👍🏽", "thumbs □"},
		{"family 👨‍👩‍👧 here", "family □ here"},
		{"sun ☀️", "sun ☀"},
		{"flag 🇳🇿", "flag □□"},
		{"tab\there\r\nnext\x00", "tab here\nnext"},
		{"keycap 1️⃣", "keycap 1"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWrapKeepsWordsAndFitsTheWidth(t *testing.T) {
	if err := loadAdvances(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text  string
		width float64
		want  []string
	}{
		{"one two three", 100, []string{"one two three"}},
		{"one two three", 14, []string{"one two", "three"}},
		{"first\n\nthird", 100, []string{"first", "", "third"}},
		{"self-directed learning", 30, []string{"self-directed", "learning"}},
		{"self-directed learning", 15, []string{"self-", "directed", "learning"}},
		{"tomas.obriain@ngatapuwae.example", 30, []string{"tomas.obriain", "@ngatapuwae.", "example"}},
		{"Supercalifragilistic", 16, []string{"Supercal", "ifragilisti", "c"}},
	}
	for _, tt := range tests {
		got := wrap(tt.text, stBody, tt.width)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("wrap(%q, %v) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		for _, l := range got {
			if w := width(l, stBody); w > tt.width && len([]rune(l)) > 1 {
				t.Errorf("wrap(%q, %v): line %q is %.1f mm wide", tt.text, tt.width, l, w)
			}
		}
	}
}
