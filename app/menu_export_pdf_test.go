package app

import (
	"fmt"
	"math"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/model/export"
	"coplan/model/modeltest"
)

// dialogButton finds the button labelled text in the window or its dialogs,
// whether a plain button or one that answers a dialog's keys.
func dialogButton(t *testing.T, c *App, text string) fyne.Tappable {
	t.Helper()
	for _, o := range objects(c) {
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == text && b.Visible() {
				return b
			}
		case *keyButton:
			if b.Text == text && b.Visible() {
				return b
			}
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// choosePDFOptions opens the PDF handout dialog on the example, lets set
// choose, presses Choose file… and returns the options it passed on.
func choosePDFOptions(t *testing.T, c *App, set func(f *pdfOptionsForm)) export.PDFOptions {
	t.Helper()
	var got *export.PDFOptions
	f := c.showPDFOptions(func(o export.PDFOptions) { got = &o })
	set(f)
	test.Tap(dialogButton(t, c, "Choose file…"))
	if got == nil {
		t.Fatal("Choose file… passed no options on")
	}
	return *got
}

// exportTo writes the handout opt describes to a new file and returns its path.
func exportTo(t *testing.T, c *App, opt export.PDFOptions) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), handoutFileName(c.ed.doc.Project, opt))
	w, err := storage.Writer(storage.NewFileURI(path))
	if err != nil {
		t.Fatal(err)
	}
	<-c.writePDF(w, opt)
	return path
}

// fileURL is the file:// URL of path, its special characters escaped.
func fileURL(path string) string { return (&url.URL{Scheme: "file", Path: path}).String() }

// pageSize is the first page's width and height in points, from pdfinfo.
func pageSize(t *testing.T, path string) (w, h float64) {
	t.Helper()
	info := modeltest.Poppler(t, "pdfinfo", path)
	for _, l := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(l, "Page size:"); ok {
			if _, err := fmt.Sscanf(strings.TrimSpace(v), "%g x %g", &w, &h); err != nil {
				t.Fatalf("pdfinfo's page size %q: %v", v, err)
			}
			return w, h
		}
	}
	t.Fatalf("pdfinfo gives no page size:\n%s", info)
	return 0, 0
}

func TestPDFOptionsOfferEveryExpertAndRubricOfTheUnit(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	p := c.ed.doc.Project
	f := c.showPDFOptions(func(export.PDFOptions) {})
	tests := []struct {
		handout      string
		experts      bool
		rubrics      bool
		wantAllFirst string
	}{
		{export.HandoutOverview, false, false, ""},
		{export.HandoutBriefing, true, false, "Every expert from the community"},
		{export.HandoutRubric, false, true, "All rubrics"},
		{export.HandoutSchedule, false, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.handout, func(t *testing.T) {
			f.handout.SetSelected(handoutLabel(tt.handout))
			if f.briefFor.Visible() != tt.experts || f.briefForLabel.Visible() != tt.experts {
				t.Errorf("briefing choice shown %v, want %v", f.briefFor.Visible(), tt.experts)
			}
			if f.rubric.Visible() != tt.rubrics || f.rubricLabel.Visible() != tt.rubrics {
				t.Errorf("rubric choice shown %v, want %v", f.rubric.Visible(), tt.rubrics)
			}
			if got, need := f.grid.Size().Height, f.grid.MinSize().Height; got < need {
				t.Errorf("the dialog's rows get %v of the %v points they need", got, need)
			}
			var sel []string
			var want []string
			switch {
			case tt.experts:
				sel = f.briefFor.Options[:len(p.Experts)+1] // the partners follow
				for _, x := range p.Experts {
					want = append(want, x.Name)
				}
			case tt.rubrics:
				sel = f.rubric.Options
				for _, r := range p.Rubrics {
					want = append(want, r.Title)
				}
			default:
				return
			}
			if len(sel) != len(want)+1 || sel[0] != tt.wantAllFirst {
				t.Errorf("choices %q, want %q then one for each of %q", sel, tt.wantAllFirst, want)
			}
			for _, name := range want {
				if !slices.ContainsFunc(sel, func(o string) bool { return strings.HasPrefix(o, name) }) {
					t.Errorf("%q is not offered among %q", name, sel)
				}
			}
		})
	}
	if !slices.Contains(f.briefFor.Options, "Léonie Rennie (school staff)") {
		t.Errorf("school staff are not told apart: %q", f.briefFor.Options)
	}
	// The partners come after the experts, under a choice of their own and
	// each marked as a partner; the school itself is marked as such.
	wantPartners := []string{"Every partner organisation"}
	for _, x := range p.Partners {
		wantPartners = append(wantPartners, "Partner: "+x.Name)
	}
	wantPartners[1] += " (the school's own)" // Riverbend: its people are its teachers
	if got := f.briefFor.Options[len(p.Experts)+1:]; !slices.Equal(got, wantPartners) {
		t.Errorf("partner choices %q, want %q", got, wantPartners)
	}
	f.d.Hide()
}

func TestChoosingOneExpertOrRubricPrintsOnlyThatOne(t *testing.T) {
	a4, letter := [2]float64{595.28, 841.89}, [2]float64{612, 792}
	a4Landscape, letterLandscape := [2]float64{a4[1], a4[0]}, [2]float64{letter[1], letter[0]}
	tests := []struct {
		name, handout, pick, paper string
		wantFile                   string
		wantPaper                  [2]float64 // width and height in points
		want, notWant              []string
	}{
		{"one expert on Letter", export.HandoutBriefing, "Zoë Ødegaard", "Letter",
			"Briefing – Zoë Ødegaard.pdf", letter,
			[]string{"Briefing for Zoë Ødegaard"}, []string{"Briefing for Nguyễn Thị Ánh", "Briefing for Aroha"}},
		{"school staff on request", export.HandoutBriefing, "Léonie Rennie (school staff)", "A4",
			"Briefing – Léonie Rennie.pdf", a4,
			[]string{"Briefing for Léonie Rennie"}, []string{"Briefing for Zoë Ødegaard"}},
		{"every expert from the community", export.HandoutBriefing, "Every expert from the community", "A4",
			"Briefings – Solar car challenge.pdf", a4,
			[]string{"Briefing for Zoë Ødegaard", "Briefing for Nguyễn Thị Ánh"}, []string{"Briefing for Léonie Rennie"}},
		{"one partner", export.HandoutBriefing, "Partner: Helios Renewables", "A4",
			"Briefing – Helios Renewables.pdf", a4,
			[]string{"Briefing for Helios Renewables", "Industry partner", "Lend two irradiance meters", "Mon 31 May 2027"},
			[]string{"Briefing for Zoë Ødegaard", "Briefing for Bayside"}},
		{"every partner organisation", export.HandoutBriefing, "Every partner organisation", "A4",
			"Partner briefings – Solar car challenge.pdf", a4,
			[]string{"Briefing for Helios Renewables", "Briefing for Ngā Tapuwae Community Energy Co-op"},
			[]string{"Briefing for Riverbend Secondary College", "Briefing for Zoë Ødegaard"}},
		{"one rubric on Letter", export.HandoutRubric, "Race-day presentation", "Letter",
			"Rubric – Race-day presentation.pdf", letterLandscape,
			[]string{"Race-day presentation"}, []string{"Solar car engineering"}},
		{"the other rubric", export.HandoutRubric, "Solar car engineering", "A4",
			"Rubric – Solar car engineering.pdf", a4Landscape,
			[]string{"Solar car engineering"}, []string{"Race-day presentation"}},
	}
	c := newTestApp(t)
	c.openExample()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := choosePDFOptions(t, c, func(f *pdfOptionsForm) {
				f.handout.SetSelected(handoutLabel(tt.handout))
				f.briefFor.SetSelected(tt.pick)
				f.rubric.SetSelected(tt.pick)
				f.paper.SetSelected(tt.paper)
			})
			if got := handoutFileName(c.ed.doc.Project, opt); got != tt.wantFile {
				t.Errorf("file name %q, want %q", got, tt.wantFile)
			}
			path := exportTo(t, c, opt)
			text := strings.Join(strings.Fields(modeltest.Poppler(t, "pdftotext", path, "-")), " ")
			for _, s := range tt.want {
				if !strings.Contains(text, s) {
					t.Errorf("the handout lacks %q", s)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(text, s) {
					t.Errorf("the handout has %q, which was not chosen", s)
				}
			}
			w, h := pageSize(t, path)
			if math.Abs(w-tt.wantPaper[0]) > 1 || math.Abs(h-tt.wantPaper[1]) > 1 {
				t.Errorf("page is %g × %g points, want %g × %g", w, h, tt.wantPaper[0], tt.wantPaper[1])
			}
			test.Tap(dialogButton(t, c, "Close"))
		})
	}
}

func TestThePaperChosenIsOfferedNextTime(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	for _, paper := range []string{"Letter", "A4", "Letter"} {
		choosePDFOptions(t, c, func(f *pdfOptionsForm) { f.paper.SetSelected(paper) })
		f := c.showPDFOptions(func(export.PDFOptions) {})
		if f.paper.Selected != paper {
			t.Errorf("after choosing %s the dialog offers %s", paper, f.paper.Selected)
		}
		f.d.Hide()
	}
}

func TestAfterAnExportOpenAndShowInFolderCallTheOpener(t *testing.T) {
	tests := []struct {
		button string
		want   func(path string) string
	}{
		{"Open", fileURL},
		{"Show in Folder", func(path string) string { return fileURL(filepath.Dir(path)) }},
	}
	for _, tt := range tests {
		t.Run(tt.button, func(t *testing.T) {
			c := newTestApp(t)
			c.openExample()
			var opened []string
			c.openURL = func(u *url.URL) error {
				opened = append(opened, u.String())
				return nil
			}
			path := exportTo(t, c, export.PDFOptions{Handout: export.HandoutSchedule, Paper: export.PaperA4})
			if msg := overlayText(c); !strings.Contains(msg, filepath.Dir(path)) {
				t.Errorf("the notice does not say where the file is: %q", msg)
			}
			test.Tap(dialogButton(t, c, tt.button))
			if want := tt.want(path); len(opened) != 1 || opened[0] != want {
				t.Errorf("opened %q, want [%s]", opened, want)
			}
			if len(c.win.Canvas().Overlays().List()) != 0 {
				t.Error("the notice stays open")
			}
		})
	}
}

func TestOtherExportsAlsoOfferToOpenTheFile(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	var opened []string
	c.openURL = func(u *url.URL) error {
		opened = append(opened, u.String())
		return nil
	}
	path := filepath.Join(t.TempDir(), "unit.md")
	<-c.runExport(path, markdownJob)
	test.Tap(dialogButton(t, c, "Open"))
	if want := fileURL(path); len(opened) != 1 || opened[0] != want {
		t.Errorf("opened %q, want [%s]", opened, want)
	}
}

func TestEscapeClosesTheExportNoticeWithoutOpeningAnything(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	opened := 0
	c.openURL = func(*url.URL) error { opened++; return nil }
	exportTo(t, c, export.PDFOptions{Handout: export.HandoutSchedule, Paper: export.PaperA4})
	if !answerDialogKey(c.win, fyne.KeyEscape) {
		t.Fatal("the notice does not answer Escape")
	}
	if opened != 0 || len(c.win.Canvas().Overlays().List()) != 0 {
		t.Errorf("Escape opened %d files and left %d dialogs", opened, len(c.win.Canvas().Overlays().List()))
	}
}

func TestPDFOptionsStartAtTheExpertOrRubricSelected(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	p := c.ed.doc.Project
	tests := []struct {
		section, id, handout string
		pick                 func(f *pdfOptionsForm) string
		want                 string
	}{
		{"people", p.Experts[2].ID, export.HandoutBriefing, func(f *pdfOptionsForm) string { return f.briefFor.Selected }, p.Experts[2].Name},
		{"people", p.Partners[1].ID, export.HandoutBriefing, func(f *pdfOptionsForm) string { return f.briefFor.Selected }, "Partner: " + p.Partners[1].Name},
		{"rubrics", p.Rubrics[1].ID, export.HandoutRubric, func(f *pdfOptionsForm) string { return f.rubric.Selected }, p.Rubrics[1].Title},
		{"sessions", p.Sessions[0].ID, export.HandoutOverview, func(f *pdfOptionsForm) string { return f.briefFor.Selected }, "Every expert from the community"},
	}
	for _, tt := range tests {
		t.Run(tt.section, func(t *testing.T) {
			v, ok := show(t, c, tt.section).(revealer)
			if !ok {
				t.Fatalf("%s cannot reveal an item", tt.section)
			}
			v.Reveal(tt.id, "")
			f := c.showPDFOptions(func(export.PDFOptions) {})
			defer f.d.Hide()
			if got := f.handoutName(); got != tt.handout {
				t.Errorf("the dialog offers the %s handout, want %s", got, tt.handout)
			}
			if got := tt.pick(f); got != tt.want {
				t.Errorf("the dialog offers %q, want %q", got, tt.want)
			}
		})
	}
}
