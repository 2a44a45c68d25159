package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/export"
)

// pdfOptionsForm is the PDF handout dialog: which handout, for which expert,
// partner or rubric, on which paper; the same choices as `coplan export
// --format pdf`.
type pdfOptionsForm struct {
	d       *dialog.ConfirmDialog
	handout *widget.RadioGroup
	paper   *widget.RadioGroup
	// briefFor and rubric show only for the handout they limit, each under
	// its label. briefFor offers the experts, then the partners: a chosen
	// expert's id goes to PDFOptions.Expert, a partner's to .Partner (see
	// briefingChoice); a rubric's id goes to .Rubric.
	briefFor, rubric           *widget.Select
	briefForLabel, rubricLabel *widget.Label
	briefings, rubrics         []choice
	// grid holds the rows, as the dialog lays it out.
	grid *fyne.Container
}

// paperLabels are the paper sizes as shown, in export.Papers' order.
var paperLabels = []string{"A4", "Letter"}

// exportPDF asks which handout for whom on which paper, then where to write
// it, and lays it out in the background on a copy of the unit.
func (a *App) exportPDF() {
	if a.ed != nil {
		a.showPDFOptions(a.choosePDFFile)
	}
}

// showPDFOptions shows the PDF handout dialog and passes what was chosen to
// then; the paper is remembered for the next handout.
func (a *App) showPDFOptions(then func(export.PDFOptions)) *pdfOptionsForm {
	p := a.ed.doc.Project
	f := &pdfOptionsForm{briefings: briefingChoices(p), rubrics: handoutRubricChoices(p)}
	var handouts []string
	for _, h := range export.Handouts {
		handouts = append(handouts, handoutLabel(h))
	}
	f.briefFor, f.briefForLabel = choiceSelect(f.briefings), widget.NewLabel(lang.L("Briefing for"))
	f.rubric, f.rubricLabel = choiceSelect(f.rubrics), widget.NewLabel(lang.L("Rubric"))
	f.handout = widget.NewRadioGroup(handouts, func(string) { f.showSubjects() })
	f.handout.Required = true
	f.handout.SetSelected(handouts[0])
	f.offerSelected(a.ed.selectedEntity())

	f.paper = widget.NewRadioGroup(paperLabels, nil)
	f.paper.Horizontal = true
	f.paper.Required = true
	f.paper.SetSelected(paperLabels[0])
	if a.defaultPaper() == export.PaperLetter {
		f.paper.SetSelected(paperLabels[1])
	}

	f.grid = container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Handout")), f.handout,
		f.briefForLabel, f.briefFor,
		f.rubricLabel, f.rubric,
		widget.NewLabel(lang.L("Paper")), f.paper,
	)
	f.showSubjects()
	f.d = dialog.NewCustomConfirm(lang.L("Export a PDF handout"), lang.L("Choose file…"), lang.L("Cancel"), f.grid, func(ok bool) {
		if !ok {
			return
		}
		opt := f.options()
		a.prefs.setPaper(opt.Paper)
		then(opt)
	}, a.win)
	f.d.Resize(fyne.NewSize(600, 0)) // room for a long partner name
	showDialog(a.win, f.d)
	return f
}

// offerSelected starts the dialog at what the section shows selected: an
// expert's or a partner's briefing, or a rubric; otherwise at the overview.
func (f *pdfOptionsForm) offerSelected(id string) {
	for handout, pick := range map[string]struct {
		s       *widget.Select
		choices []choice
	}{export.HandoutBriefing: {f.briefFor, f.briefings}, export.HandoutRubric: {f.rubric, f.rubrics}} {
		for i, c := range pick.choices {
			if c.id != "" && strings.TrimPrefix(c.id, partnerChoice) == id {
				pick.s.SetSelectedIndex(i)
				f.handout.SetSelected(handoutLabel(handout))
			}
		}
	}
}

// defaultPaper is the paper chosen last, or else the locale's.
func (a *App) defaultPaper() string {
	if p := a.prefs.paper(); p == export.PaperA4 || p == export.PaperLetter {
		return p
	}
	return export.DefaultPaper(lang.SystemLocale().String())
}

// showSubjects shows whom to brief for briefings and the rubric choice
// for the student rubric, and neither for the other handouts.
func (f *pdfOptionsForm) showSubjects() {
	h := f.handoutName()
	show := func(on bool, objs ...fyne.CanvasObject) {
		for _, o := range objs {
			if on {
				o.Show()
			} else {
				o.Hide()
			}
		}
	}
	show(h == export.HandoutBriefing, f.briefFor, f.briefForLabel)
	show(h == export.HandoutRubric, f.rubric, f.rubricLabel)
	if f.d != nil {
		f.d.Refresh() // the dialog grows to fit the row shown
	}
}

// handoutName is the chosen handout's name, such as export.HandoutBriefing.
func (f *pdfOptionsForm) handoutName() string {
	for i, h := range export.Handouts {
		if handoutLabel(h) == f.handout.Selected {
			return export.Handouts[i]
		}
	}
	return export.HandoutOverview
}

// options are the export options the dialog shows.
func (f *pdfOptionsForm) options() export.PDFOptions {
	opt := export.PDFOptions{Handout: f.handoutName(), Paper: export.PaperA4}
	if f.paper.Selected == paperLabels[1] {
		opt.Paper = export.PaperLetter
	}
	switch opt.Handout {
	case export.HandoutBriefing:
		if id := chosenID(f.briefFor, f.briefings); strings.HasPrefix(id, partnerChoice) {
			opt.Partner = strings.TrimPrefix(id, partnerChoice)
		} else {
			opt.Expert = id
		}
	case export.HandoutRubric:
		opt.Rubric = chosenID(f.rubric, f.rubrics)
	}
	return opt
}

// choiceSelect is a drop-down of choices with the first selected.
func choiceSelect(choices []choice) *widget.Select {
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	s := widget.NewSelect(labels, nil)
	if len(labels) > 0 {
		s.SetSelectedIndex(0)
	}
	return s
}

// chosenID is the id of the choice s shows, "" (all) when none.
func chosenID(s *widget.Select, choices []choice) string {
	if i := s.SelectedIndex(); i >= 0 && i < len(choices) {
		return choices[i].id
	}
	return ""
}

// partnerChoice starts the id of a briefing choice that names a partner
// organisation: an id never starts with a space.
const partnerChoice = " partner:"

// briefingChoices offers, as export.HandoutSubjects lists them, a briefing
// for every expert from the community or for any one expert, and then, when
// the unit has partners, for every partner organisation or any one of them,
// each marked "Partner:" so that the two are told apart. School staff and
// the school's own partner are marked as such: "every" leaves them out.
func briefingChoices(p *model.Project) []choice {
	out := []choice{{lang.L("Every expert from the community"), ""}}
	var partners []choice
	for _, s := range export.HandoutSubjects(p, export.HandoutBriefing) {
		if s.Partner {
			label := lang.L("Partner: {{.Name}}", map[string]any{"Name": orUnnamed(s.Name)})
			if s.SchoolStaff {
				label = lang.L("Partner: {{.Name}} (the school's own)", map[string]any{"Name": orUnnamed(s.Name)})
			}
			partners = append(partners, choice{label, partnerChoice + s.ID})
			continue
		}
		label := orUnnamed(s.Name)
		if s.SchoolStaff {
			label = lang.L("{{.Name}} (school staff)", map[string]any{"Name": label})
		}
		out = append(out, choice{label, s.ID})
	}
	if len(partners) > 0 {
		out = append(out, choice{lang.L("Every partner organisation"), partnerChoice + export.AllPartners})
	}
	return append(out, partners...)
}

// handoutRubricChoices offers every rubric, or any one of them.
func handoutRubricChoices(p *model.Project) []choice {
	var out []choice
	for _, s := range export.HandoutSubjects(p, export.HandoutRubric) {
		out = append(out, choice{orUntitled(s.Name), s.ID})
	}
	if len(out) != 1 {
		out = append([]choice{{lang.L("All rubrics"), ""}}, out...)
	}
	return out
}

// handoutFileName is the file name offered for a handout, such as
// "Briefing – Zoë Ødegaard.pdf" or "Briefing – Helios Renewables.pdf".
func handoutFileName(p *model.Project, opt export.PDFOptions) string {
	unit := map[string]any{"Unit": orUntitled(p.Title)}
	var name string
	switch opt.Handout {
	case export.HandoutBriefing:
		name = lang.L("Briefings – {{.Unit}}", unit)
		switch x := p.Partner(opt.Partner); {
		case opt.Partner == export.AllPartners:
			name = lang.L("Partner briefings – {{.Unit}}", unit)
		case x != nil && opt.Partner != "":
			name = lang.L("Briefing – {{.Name}}", map[string]any{"Name": orUnnamed(x.Name)})
		}
		if e := p.Expert(opt.Expert); e != nil && opt.Expert != "" {
			name = lang.L("Briefing – {{.Name}}", map[string]any{"Name": orUnnamed(e.Name)})
		}
	case export.HandoutRubric:
		name = lang.L("Rubrics – {{.Unit}}", unit)
		if r := p.Rubric(opt.Rubric); r != nil && opt.Rubric != "" {
			name = lang.L("Rubric – {{.Name}}", map[string]any{"Name": orUntitled(r.Title)})
		}
	case export.HandoutSchedule:
		name = lang.L("Schedule – {{.Unit}}", unit)
	default:
		name = lang.L("Overview – {{.Unit}}", unit)
	}
	return strings.TrimSpace(export.SafeFileName(name)) + ".pdf"
}
