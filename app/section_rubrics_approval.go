package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// approvalBar sits above the Rubrics section: it says whether the selected
// rubric is approved as it is, and lets the user approve it.
type approvalBar struct {
	v       *rubrics
	icon    *widget.Icon
	mark    *widget.Label
	approve *widget.Button
	bar     *fyne.Container
}

// newRubricsWithApproval is the Rubrics section with an approvalBar.
func newRubricsWithApproval(e *editor) sectionView {
	v := newRubrics(e).(*rubrics)
	b := &approvalBar{v: v}
	b.icon = widget.NewIcon(nil)
	b.mark = widget.NewLabel("")
	b.mark.Wrapping = fyne.TextWrapWord
	b.approve = widget.NewButtonWithIcon(lang.L("Approve Rubric"), theme.ConfirmIcon(), b.approveSelected)
	b.bar = container.NewBorder(nil, nil, b.icon, container.NewVBox(layout.NewSpacer(), b.approve, layout.NewSpacer()), b.mark)
	v.listPane.root = container.NewBorder(container.NewVBox(container.NewPadded(b.bar), widget.NewSeparator()), nil, nil, nil, v.listPane.root)
	v.listPane.shown = func(string) { b.update() }
	e.doc.OnChange(func(model.Change) {
		if !e.closed {
			b.update()
		}
	})
	b.update()
	return v
}

// approveSelected records that the user approves the selected rubric as it is.
func (b *approvalBar) approveSelected() {
	v := b.v
	id := v.selected
	v.e.app.withIdentity(func(o store.Owner) {
		v.e.apply(model.Approve(id, o.Name, o.Role, v.e.app.now().UTC()))
	})
}

// update shows the selected rubric's approvals: who approved it and when,
// and whether it changed since.
func (b *approvalBar) update() {
	v := b.v
	r := v.e.doc.Project.Rubric(v.selected)
	if r == nil {
		b.bar.Hide()
		return
	}
	b.bar.Show()
	me := v.e.app.prefs.identity().Name
	stale := map[string]bool{}
	for _, a := range model.StaleApprovals(r) {
		stale[a.By] = true
	}
	var parts []string
	mine := false
	for _, a := range model.LatestApprovals(r) {
		date := a.At.Local().Format("2 Jan 2006")
		who := a.By
		if a.Role != "" {
			who += " (" + userRoleLabel(a.Role) + ")"
		}
		if stale[a.By] {
			parts = append(parts, lang.L("Changed since {{.Who}} approved it on {{.Date}}", map[string]any{"Who": who, "Date": date}))
		} else {
			parts = append(parts, lang.L("Approved by {{.Who}} on {{.Date}}", map[string]any{"Who": who, "Date": date}))
			mine = mine || a.By == me
		}
	}
	switch model.ApprovalState(r) {
	case model.Approved:
		b.icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
		b.mark.Importance = widget.SuccessImportance
	case model.ApprovalStale:
		b.icon.SetResource(theme.NewWarningThemedResource(theme.WarningIcon()))
		b.mark.Importance = widget.WarningImportance
	default:
		b.icon.SetResource(theme.InfoIcon())
		b.mark.Importance = widget.MediumImportance
		parts = []string{lang.L("Not approved yet. A partner approves the rubric once they agree with it; any later change shows here.")}
	}
	setText(b.mark, strings.Join(parts, " · "))
	b.mark.Refresh()
	enable(b.approve, !mine)
}
