package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/catalog"
)

// libraryPreview shows the unit selected in the Library: its problem,
// question and goal, sessions, rubrics (one of which can be chosen to copy),
// partners and experts.
type libraryPreview struct {
	l         *library
	shown     *catalog.Entry
	box       *fyne.Container
	scroll    *container.Scroll
	rubrics   *widgets.WrapRadio
	rubricIDs []string
	copyHint  *widget.Label
}

func newLibraryPreview(l *library) *libraryPreview {
	v := &libraryPreview{l: l, box: container.NewVBox()}
	v.scroll = container.NewVScroll(container.NewPadded(v.box))
	v.copyHint = caption(lang.L("Open a unit in the editor to copy a rubric into it."))
	v.show(nil)
	return v
}

// object is the preview's content.
func (v *libraryPreview) object() fyne.CanvasObject { return v.scroll }

// caption is a small wrapped label.
func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	return l
}

// para is a wrapped label.
func para(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// heading is a bold label.
func heading(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// show previews e, or says how to choose a unit when e is nil.
func (v *libraryPreview) show(e *catalog.Entry) {
	v.shown = e
	v.rubrics, v.rubricIDs = nil, nil
	// The parts are gathered and laid out once, at the end: adding them one
	// by one laid out and wrapped every part before them again each time.
	v.box.Objects = nil
	defer func() {
		v.box.Refresh()
		v.scroll.ScrollToTop()
	}()
	if e == nil {
		v.add(para(lang.L("Select a unit to see its problem, sessions and rubrics here.")))
		return
	}
	title := para(orUntitled(e.Title))
	title.TextStyle.Bold = true
	title.SizeName = theme.SizeNameSubHeadingText
	facts := []string{e.Rel, e.Readiness()}
	if len(e.YearLevels) > 0 {
		facts = append(facts, lang.L("Years {{.Years}}", map[string]any{"Years": strings.Join(e.YearLevels, ", ")}))
	}
	if len(e.Subjects) > 0 {
		facts = append(facts, strings.Join(e.Subjects, ", "))
	}
	v.add(title)
	v.add(caption(strings.Join(facts, " · ")))
	v.text(lang.L("Real-world problem"), e.Problem)
	v.text(lang.L("Driving question"), e.DrivingQuestion)
	v.text(lang.L("Central goal"), e.CentralGoal)
	v.sessions(e)
	v.rubricChoice(e)
	v.people(e)
}

// add puts o at the end of the preview, to be laid out when show is done.
func (v *libraryPreview) add(o fyne.CanvasObject) { v.box.Objects = append(v.box.Objects, o) }

// text adds a titled paragraph when there is text.
func (v *libraryPreview) text(title, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	v.add(heading(title))
	v.add(para(text))
}

// sessions lists the unit's sessions, one line each.
func (v *libraryPreview) sessions(e *catalog.Entry) {
	if len(e.Sessions) == 0 {
		return
	}
	v.add(heading(lang.L("Sessions ({{.Count}})", map[string]any{"Count": len(e.Sessions)})))
	var lines []string
	for _, s := range e.Sessions {
		parts := []string{}
		if s.Date != "" {
			parts = append(parts, s.Date)
		}
		parts = append(parts, orUntitled(s.Title))
		if s.Minutes > 0 {
			parts = append(parts, lang.L("{{.Minutes}} min", map[string]any{"Minutes": s.Minutes}))
		}
		switch s.Engagement {
		case model.InClass:
			parts = append(parts, lang.L("in class"))
		case model.InCommunity:
			parts = append(parts, lang.L("in the community"))
		}
		lines = append(lines, "• "+strings.Join(parts, " · "))
	}
	v.add(para(strings.Join(lines, "\n")))
}

// rubricChoice lists the unit's rubrics; the one chosen is what "Copy
// rubric into my unit" copies.
func (v *libraryPreview) rubricChoice(e *catalog.Entry) {
	if len(e.Rubrics) == 0 {
		return
	}
	v.add(heading(lang.L("Rubrics")))
	var labels []string
	for _, r := range e.Rubrics {
		label := orUntitled(r.Title) + " — " + countText("1 criterion", "{{.Count}} criteria", len(r.Criteria), nil) +
			" × " + countText("1 level", "{{.Count}} levels", len(r.Levels), nil)
		if r.FromFile != "" {
			label += " · " + lang.L("copied")
		}
		labels = append(labels, label)
		v.rubricIDs = append(v.rubricIDs, r.ID)
	}
	v.rubrics = widgets.NewWrapRadio(labels, func(string) { v.l.updateButtons() })
	v.rubrics.SetSelected(labels[0])
	v.add(v.rubrics)
	v.add(v.copyHint)
}

// people lists the partner organisations and experts.
func (v *libraryPreview) people(e *catalog.Entry) {
	if len(e.Partners) > 0 {
		v.add(heading(lang.L("Partners")))
		var lines []string
		for _, p := range e.Partners {
			line := "• " + orUntitled(p.Name)
			if p.Kind != "" {
				line += " (" + partnerKindLabel(p.Kind) + ")"
			}
			lines = append(lines, line)
		}
		v.add(para(strings.Join(lines, "\n")))
	}
	if len(e.Experts) > 0 {
		v.add(heading(lang.L("Experts")))
		var lines []string
		for _, x := range e.Experts {
			parts := []string{orUntitled(x.Name)}
			if x.Partner != "" {
				parts = append(parts, x.Partner)
			}
			if len(x.Roles) > 0 {
				parts = append(parts, rolesLabel(x.Roles))
			}
			lines = append(lines, "• "+strings.Join(parts, " · "))
		}
		v.add(para(strings.Join(lines, "\n")))
	}
}

// rubricID is the id of the rubric chosen in the preview, or "".
func (v *libraryPreview) rubricID() string {
	if v.rubrics == nil {
		return ""
	}
	for i, o := range v.rubrics.Options {
		if o == v.rubrics.Selected {
			return v.rubricIDs[i]
		}
	}
	return ""
}

// showCopyHint shows, under the rubrics, that copying one needs an open unit.
func (v *libraryPreview) showCopyHint(on bool) {
	if on {
		v.copyHint.Show()
	} else {
		v.copyHint.Hide()
	}
}
