package export

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"coplan/assets"
	"coplan/model"
	"coplan/model/modeltest"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// unicodeNames are the names every handout must print as they are.
var unicodeNames = []string{"Léonie Rennie", "Nguyễn Thị Ánh", "Ngā Tapuwae", "Zoë Ødegaard", "Дмитрий"}

func TestHandoutsPrintUnicodeNames(t *testing.T) {
	p := unicodeUnit()
	tests := []struct {
		handout string
		want    []string
	}{
		{HandoutOverview, append([]string{
			"Kōwhai College", "Sunrise Energy Ltd", "How might we power a model car with nothing but sunlight?",
			"SCI-E1", "Explain how energy is transformed in a solar cell.", "Te Āpiti wind farm",
			"In community", "In class", "Solar car and pitch", "Solar car design", "Keep a design journal",
			"Lend twelve small solar panels",
		}, unicodeNames...)},
		{HandoutRubric, []string{"Solar car design", "Beginning", "4 points", "Weight ×2: up to 8 points", "out of 12", "Name", "Zoë Ødegaard would.",
			"Runs fair tests and justifies every change with data."}},
		{HandoutBriefing, []string{"Briefing for Zoë Ødegaard", "Briefing for Nguyễn Thị Ánh", "Briefing for Дмитрий",
			"Léonie Rennie", "l.rennie@kowhai.school.nz", "Police vetting", "EXPIRED", "Ngā Tapuwae"}},
		{HandoutSchedule, append([]string{"What makes a solar cell work?", "Visit to the wind farm", "Race day and judging"},
			unicodeNames...)},
	}
	for _, tt := range tests {
		t.Run(tt.handout, func(t *testing.T) {
			data := render(t, p, PDFOptions{Handout: tt.handout})
			text := flatText(t, data, 0, 0)
			for _, s := range tt.want {
				if !strings.Contains(text, flat(s)) {
					t.Errorf("%s handout lacks %q", tt.handout, s)
				}
			}
			checkLayout(t, tt.handout, data)
		})
	}
}

func TestEveryPageHasAFooterWithUnitDateAndPageNumber(t *testing.T) {
	for _, h := range Handouts {
		data := render(t, unicodeUnit(), PDFOptions{Handout: h})
		for i, text := range textPages(t, data, true) {
			for _, want := range []string{"Ngā Tapuwae: solar car challenge — ", "Printed 15 February 2027"} {
				if !strings.Contains(text, want) {
					t.Errorf("%s page %d lacks %q in its footer", h, i+1, want)
				}
			}
		}
		// Each rubric and each briefing is numbered on its own from 1;
		// numbers run on within one to its last page.
		nums := pageNumbers(t, data)
		want := [2]int{1, nums[0][1]}
		for i, got := range nums {
			if got[0] == 1 && i > 0 && nums[i-1][0] == nums[i-1][1] {
				want = [2]int{1, got[1]} // a new part
			}
			if got != want {
				t.Errorf("%s page %d is numbered Page %d of %d, want Page %d of %d", h, i+1, got[0], got[1], want[0], want[1])
			}
			want[0]++
		}
		if last := nums[len(nums)-1]; last[0] != last[1] {
			t.Errorf("%s ends on Page %d of %d", h, last[0], last[1])
		}
		if parts := strings.Count(fmt.Sprint(nums), "[1 "); h != HandoutBriefing && h != HandoutRubric && parts != 1 {
			t.Errorf("%s is numbered as %d parts, want one run of pages", h, parts)
		}
	}
}

func TestBriefingLeavesOutSchoolStaffUnlessAsked(t *testing.T) {
	p := unicodeUnit()
	all := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing}), 0, 0)
	if strings.Contains(all, flat("Briefing for Léonie Rennie")) {
		t.Error("briefing of all experts includes the teacher")
	}
	one := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: "léonie rennie"}), 0, 0)
	if !strings.Contains(one, flat("Briefing for Léonie Rennie")) {
		t.Error("--expert does not brief the teacher it names")
	}
}

func TestBriefingShowsWhatStudentsLearnedBeforeEachVisit(t *testing.T) {
	p := unicodeUnit()
	text := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: "ex-1"}), 0, 0)
	for _, want := range []string{
		"Students meet no outcomes before this visit",                    // first session of the unit
		"Before this visit, students will have learned:•SCI-E1",          // the wind farm visit
		"Since your last visit, students will also have learned:•TEC-D2", // race day
		"Lend twelve small solar panels", "Judge the final race",         // her organisation's task and hers
		"Valid on this date", "EXPIRED: the check ends Sat 20 Mar 2027", // safety check per session date
		"Kōwhai College", "+64 9 555 0100", // school contact
		"“Ngā Tapuwae: solar car challenge” is a unit for Years 9 and 10 students", // the unit in short
	} {
		if !strings.Contains(text, flat(want)) {
			t.Errorf("briefing lacks %q", want)
		}
	}
	if strings.Contains(text, flat("Book the bus")) {
		t.Error("briefing lists a task the school owns")
	}
}

func TestScheduleIsInListOrderAndTellsEngagementApartInWords(t *testing.T) {
	text := flatText(t, render(t, unicodeUnit(), PDFOptions{Handout: HandoutSchedule}), 0, 0)
	order := []string{"Wed3Mar2027", "■Inclass", "Mon22Mar2027", "▲Incommunity", "Wed28Apr2027", "■Inclass"}
	at := 0
	for _, s := range order {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("schedule lacks %q after position %d:\n%s", s, at, text)
		}
		at += i + len(s)
	}
}

// TestHandoutsFollowTheTeachingSequence checks that the list order is the
// teaching sequence on every handout, with an undated session in its place
// (not after the dated ones) and a date printed only where one is set.
func TestHandoutsFollowTheTeachingSequence(t *testing.T) {
	p := unicodeUnit()
	workshop := model.Session{ID: "s-w", Title: "Design workshop", Engagement: model.InClass, Lead: "ex-4",
		Experts: []string{"ex-1"}, Outcomes: []string{"o-3"}}
	// Between the solar cell lesson and the wind farm visit, with no date yet.
	p.Sessions = append([]model.Session{p.Sessions[0], workshop}, p.Sessions[1:]...)
	titles := []string{"What makes a solar cell work?", "Design workshop", "Visit to the wind farm", "Race day and judging"}
	for _, h := range []string{HandoutSchedule, HandoutOverview} {
		text := flatText(t, render(t, p, PDFOptions{Handout: h}), 0, 0)
		_, table, _ := strings.Cut(text, flat("Date and time"))
		at := 0
		for _, s := range titles {
			i := strings.Index(table[at:], flat(s))
			if i < 0 {
				t.Fatalf("the %s handout lacks %q after the sessions before it:\n%s", h, s, table)
			}
			at += i + len(flat(s))
		}
		if !strings.Contains(table, flat("Date to be set")+flat("Design workshop")) {
			t.Errorf("the %s handout does not say the workshop's date is still to be set", h)
		}
	}
	brief := flatText(t, render(t, p, PDFOptions{Handout: HandoutBriefing, Expert: "ex-1"}), 0, 0)
	at := 0
	for _, s := range titles[:3] {
		i := strings.Index(brief[at:], flat(s))
		if i < 0 {
			t.Fatalf("the briefing lacks %q after the sessions before it", s)
		}
		at += i + len(flat(s))
	}
	// The wind farm visit comes after the workshop, so its students have met
	// the workshop's outcome too.
	_, visit, _ := strings.Cut(brief, flat("Visit to the wind farm"))
	if !strings.Contains(visit, flat("Since your last visit, students will also have learned:•SCI-C3")) {
		t.Errorf("the wind farm visit does not count the undated workshop before it:\n%s", visit)
	}
}

func TestPageSizeAndOrientation(t *testing.T) {
	tests := []struct {
		handout, paper, want string
	}{
		{HandoutOverview, PaperA4, "595.28 x 841.89 pts (A4)"},
		{HandoutSchedule, PaperA4, "595.28 x 841.89 pts (A4)"},
		{HandoutBriefing, PaperA4, "595.28 x 841.89 pts (A4)"},
		{HandoutRubric, PaperA4, "841.89 x 595.28 pts (A4)"},
		{HandoutOverview, PaperLetter, "612 x 792 pts (letter)"},
		{HandoutSchedule, "Letter", "612 x 792 pts (letter)"},
		{HandoutBriefing, PaperLetter, "612 x 792 pts (letter)"},
		{HandoutRubric, PaperLetter, "792 x 612 pts (letter)"},
	}
	for _, tt := range tests {
		t.Run(tt.handout+"/"+tt.paper, func(t *testing.T) {
			data := render(t, unicodeUnit(), PDFOptions{Handout: tt.handout, Paper: tt.paper})
			if got := pdfInfo(t, data)["Page size"]; got != tt.want {
				t.Errorf("page size %q, want %q", got, tt.want)
			}
			checkLayout(t, tt.handout+" on "+tt.paper, data)
		})
	}
}

func TestMetadataNamesUnitAndHandout(t *testing.T) {
	info := pdfInfo(t, render(t, unicodeUnit(), PDFOptions{Handout: HandoutOverview}))
	want := map[string]string{
		"Title":   "Ngā Tapuwae: solar car challenge — Unit overview",
		"Author":  "Léonie Rennie",
		"Subject": "Unit overview",
		"Creator": "Coplan",
	}
	for k, v := range want {
		if info[k] != v {
			t.Errorf("%s = %q, want %q", k, info[k], v)
		}
	}
}

func TestOverviewHasABookmarkPerSection(t *testing.T) {
	data := render(t, unicodeUnit(), PDFOptions{Handout: HandoutOverview})
	out := modeltest.Poppler(t, "pdftohtml", "-xml", "-i", "-stdout", "-q", pdfFile(t, data))
	i := strings.Index(out, "<outline>")
	if i < 0 {
		t.Fatal("the overview has no bookmarks")
	}
	want := []string{
		`<outline>`, `<item page="1">Ngā Tapuwae: solar car challenge</item>`,
		`<outline>`, `<item page="1">The unit</item>`, `<item page="1">Partners and experts</item>`,
		`<item page="1">Learning outcomes</item>`, `<item page="1">Schedule</item>`, `<item page="2">Assessment</item>`,
		`<outline>`, `<item page="2">Rubric: Solar car design</item>`, `</outline>`,
		`<item page="2">Responsibilities</item>`,
		`<outline>`, `<item page="2">School</item>`, `<item page="2">Partners</item>`, `<item page="2">Students</item>`,
	}
	got := strings.Join(strings.Fields(out[i:]), " ")
	if !strings.HasPrefix(got, strings.Join(strings.Fields(strings.Join(want, " ")), " ")) {
		t.Errorf("bookmarks are\n%s\nwant them to start\n%s", out[i:], strings.Join(want, "\n"))
	}
}

func TestLongRubricRepeatsHeaderAndKeepsRowsWhole(t *testing.T) {
	p := unicodeUnit()
	p.Rubrics = []model.Rubric{longRubric("r", "Long rubric", 12, 5)}
	data := render(t, p, PDFOptions{Handout: HandoutRubric})
	n := pages(t, data)
	if n < 2 {
		t.Fatalf("a 12 × 5 rubric with long descriptors fits on %d page", n)
	}
	for pg := 1; pg <= n; pg++ {
		text := layoutText(t, data, pg, pg)
		for _, h := range []string{"Criterion", "Level 1", "Level 5", "5 points", "Score"} {
			if !strings.Contains(text, h) {
				t.Errorf("page %d of %d lacks the header %q", pg, n, h)
			}
		}
		if pg > 1 && !strings.Contains(text, "Long rubric (continued)") {
			t.Errorf("page %d does not say the rubric continues", pg)
		}
	}
	// Each row fits on a page, so every descriptor is whole on one page.
	perPage := make([]string, n+1)
	for pg := 1; pg <= n; pg++ {
		perPage[pg] = flatText(t, data, pg, pg)
	}
	for _, c := range p.Rubrics[0].Criteria {
		for _, l := range p.Rubrics[0].Levels {
			want := flat(c.Descriptors[l.ID])
			found := false
			for pg := 1; pg <= n; pg++ {
				found = found || strings.Contains(perPage[pg], want)
			}
			if !found {
				t.Errorf("descriptor of %s at %s is missing or split across pages", c.Title, l.Label)
			}
		}
	}
	checkLayout(t, "long rubric", data)
}

func TestRowTallerThanAPageIsSplitWithHeaderOnEachPage(t *testing.T) {
	p := unicodeUnit()
	r := longRubric("r", "Huge rubric", 2, 3)
	huge := strings.Repeat("An extremely detailed descriptor that goes on and on. ", 220) + "THE END."
	r.Criteria[1].Descriptors[r.Levels[1].ID] = huge
	p.Rubrics = []model.Rubric{r}
	data := render(t, p, PDFOptions{Handout: HandoutRubric})
	n := pages(t, data)
	if n < 3 {
		t.Fatalf("a descriptor of %d characters fits on %d pages", len(huge), n)
	}
	for pg := 1; pg <= n; pg++ {
		// Every page the row reaches has the header; the total may follow alone.
		text := layoutText(t, data, pg, pg)
		if strings.Contains(text, "extremely") && !strings.Contains(text, "Criterion") {
			t.Errorf("page %d lacks the header row", pg)
		}
	}
	all := flatText(t, data, 0, 0)
	if got, want := strings.Count(all, "extremely"), 220; got != want {
		t.Errorf("split row prints the sentence %d times, want %d", got, want)
	}
	if !strings.Contains(all, "THEEND.") {
		t.Error("the end of the split row is lost")
	}
	checkLayout(t, "split row", data)
}

func TestEmojiGiveAValidPDFWithAVisibleReplacement(t *testing.T) {
	p := unicodeUnit()
	p.Title = "Solar car 🚗 challenge"
	p.Rubrics[0].Criteria[0].Descriptors["l-4"] = "Brilliant work 👍🏽 — the team 👨‍👩‍👧 shines ☀️ 🇳🇿"
	p.Experts[0].Name = "Zoë 😀 Ødegaard"
	for _, h := range Handouts {
		t.Run(h, func(t *testing.T) {
			data := render(t, p, PDFOptions{Handout: h})
			info := pdfInfo(t, data)
			if info["Pages"] == "" || info["Pages"] == "0" {
				t.Fatalf("pdfinfo finds no pages: %v", info)
			}
			text := flatText(t, data, 0, 0)
			if !strings.Contains(text, "Solarcar□challenge") {
				t.Errorf("title has no visible replacement for the emoji")
			}
			if h == HandoutRubric && !strings.Contains(text, flat("Brilliant work □ — the team □ shines ☀ □")) {
				t.Errorf("descriptor with emoji not printed with replacements:\n%s", text)
			}
		})
	}
}

func TestStableBytesForAFixedDate(t *testing.T) {
	for _, h := range Handouts {
		a := render(t, unicodeUnit(), PDFOptions{Handout: h})
		b := render(t, unicodeUnit(), PDFOptions{Handout: h})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two exports of the same unit at the same date differ", h)
		}
	}
}

// TestHandoutTextMatchesGolden compares the laid-out text of each handout of
// the Unicode fixture with testdata/*.txt; run with -update to rewrite them.
func TestHandoutTextMatchesGolden(t *testing.T) {
	for _, h := range Handouts {
		got := layoutText(t, render(t, unicodeUnit(), PDFOptions{Handout: h}), 0, 0)
		path := filepath.Join("testdata", "unicode-"+h+".txt")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("%s handout text differs from %s (run go test -update if the change is right):\n%s", h, path, got)
		}
	}
}

func TestEveryTemplatePrintsEveryHandout(t *testing.T) {
	units := []struct {
		name string
		data []byte
	}{{"example", assets.Example()}}
	for _, s := range assets.Templates() {
		units = append(units, struct {
			name string
			data []byte
		}{s.Name, s.Data})
	}
	for _, u := range units {
		d, err := model.Decode(u.data)
		if err != nil {
			t.Fatalf("%s: %v", u.name, err)
		}
		p := d.Project
		for _, h := range Handouts {
			for _, paper := range Papers {
				t.Run(u.name+"/"+h+"/"+paper, func(t *testing.T) {
					t.Parallel()
					data := render(t, p, PDFOptions{Handout: h, Paper: paper})
					text := flatText(t, data, 0, 0)
					for _, want := range expectedText(p, h) {
						if !strings.Contains(text, flat(want)) {
							t.Errorf("lacks %q", want)
						}
					}
					checkLayout(t, u.name+" "+h, data)
				})
			}
		}
	}
}

// expectedText lists what a handout of p must contain.
func expectedText(p *model.Project, handout string) []string {
	var want []string
	switch handout {
	case HandoutOverview:
		want = append(want, p.Title, p.Unit.DrivingQuestion, p.Unit.CentralGoal)
		for _, x := range p.Partners {
			want = append(want, x.Name)
		}
		for _, x := range p.Experts {
			want = append(want, x.Name)
		}
		for _, x := range p.Outcomes {
			want = append(want, x.Code, x.Text)
		}
		for _, x := range p.Sessions {
			want = append(want, x.Title)
		}
		for _, x := range p.Assessments {
			want = append(want, x.Title)
		}
		for _, x := range p.Responsibilities {
			want = append(want, x.Task)
		}
	case HandoutRubric:
		for _, r := range p.Rubrics {
			want = append(want, r.Title)
			for _, l := range r.Levels {
				want = append(want, l.Label)
			}
			for _, c := range r.Criteria {
				want = append(want, c.Title)
				for _, l := range r.Levels {
					want = append(want, c.Descriptors[l.ID])
				}
			}
		}
	case HandoutBriefing:
		for _, e := range p.Experts {
			if !e.IsSchoolStaff() {
				want = append(want, "Briefing for "+e.Name)
				for _, s := range p.SessionsOf(e.ID) {
					want = append(want, s.Title, s.Prep)
				}
				for i := range p.Responsibilities { // the tasks of the expert or their organisation
					r := &p.Responsibilities[i]
					if o := p.OwnerOf(r); (o.Expert != nil && o.Expert.ID == e.ID) || (o.Expert == nil && o.Partner != nil && o.Partner.ID == e.Partner) {
						want = append(want, r.Task)
					}
				}
			}
		}
	case HandoutSchedule:
		for _, s := range p.Sessions {
			want = append(want, s.Title, engagementTag(s.Engagement))
		}
	}
	return nonEmpty(want)
}

func TestWritePDFLeavesWriterUntouchedOnError(t *testing.T) {
	tests := []struct {
		name string
		opt  PDFOptions
		want string
	}{
		{"unknown handout", PDFOptions{Handout: "poster"}, `unknown handout "poster"`},
		{"unknown paper", PDFOptions{Paper: "A3"}, `unknown paper size "A3"`},
		{"unknown rubric", PDFOptions{Handout: HandoutRubric, Rubric: "Nope"}, "Solar car design (id r-1)"},
		{"unknown expert", PDFOptions{Handout: HandoutBriefing, Expert: "Nobody"}, "Дмитрий (id ex-3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := WritePDF(&buf, unicodeUnit(), tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWritePDFReportsAWriteError(t *testing.T) {
	err := WritePDF(failingWriter{}, unicodeUnit(), PDFOptions{Now: fixedNow})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("error %v, want the writer's error", err)
	}
}

func TestEmptyUnitPrintsEveryHandout(t *testing.T) {
	p := model.NewProject("", time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, h := range Handouts {
		data := render(t, p, PDFOptions{Handout: h})
		if n := pages(t, data); n != 1 {
			t.Errorf("%s of an empty unit has %d pages, want 1", h, n)
		}
	}
}
