package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
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
	changes *fyne.Container // a button per stale approval: what changed since
	shown   []model.Approval
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
	b.changes = container.NewVBox()
	b.bar = container.NewBorder(nil, nil, b.icon, container.NewVBox(layout.NewSpacer(), b.approve, layout.NewSpacer()), container.NewVBox(b.mark, b.changes))
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

// approveSelected records that the user approves the selected rubric as it
// is, and keeps the unit as it is then in the revision history, so that what
// changed since can be listed even when the approval came after unsaved edits.
// A rubric with open comments asks first, naming how many; Cancel is the
// safe choice.
func (b *approvalBar) approveSelected() {
	v := b.v
	id := v.selected
	n := model.OpenRubricComments(v.e.doc.Project, id)
	if n == 0 {
		b.recordApproval(id)
		return
	}
	msg := countText("This rubric has 1 open comment that nobody has accepted or rejected yet. Approve it anyway, as it is now?",
		"This rubric has {{.Count}} open comments that nobody has accepted or rejected yet. Approve it anyway, as it is now?", n, nil)
	d := dialog.NewConfirm(lang.L("Approve with open comments?"), msg, func(ok bool) {
		if ok {
			b.recordApproval(id)
		}
	}, v.e.app.win)
	d.SetConfirmText(lang.L("Approve Anyway"))
	d.SetDismissText(lang.L("Cancel"))
	showDialog(v.e.app.win, d)
}

// recordApproval records the user's approval of the rubric with id, once
// they have said who they are.
func (b *approvalBar) recordApproval(id string) {
	v := b.v
	v.e.app.withIdentity(func(o store.Owner) {
		if v.e.apply(model.Approve(id, o.Name, o.Role, v.e.app.now().UTC())) {
			// Keep the rubric as approved, saved or not, for "What changed since".
			_, _ = store.Remember(v.e.doc.Project)
		}
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
	var staled []model.Approval
	mine := false
	for _, a := range model.LatestApprovals(r) {
		date := a.At.Local().Format("2 Jan 2006")
		who := approverName(a)
		if stale[a.By] {
			parts = append(parts, lang.L("Changed since {{.Who}} approved it on {{.Date}}", map[string]any{"Who": who, "Date": date}))
			staled = append(staled, a)
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
		parts = []string{lang.L("Not approved yet: a partner approves it once they agree with it.")}
	}
	setText(b.mark, strings.Join(parts, " · "))
	b.mark.Refresh()
	enable(b.approve, !mine)
	b.showChangeButtons(r.ID, staled)
}

// showChangeButtons offers, for each approval in stale, to show what
// changed since; the buttons are made again only when those approvals change.
func (b *approvalBar) showChangeButtons(id string, stale []model.Approval) {
	if slices.EqualFunc(stale, b.shown, func(x, y model.Approval) bool { return x.By == y.By && x.At.Equal(y.At) }) && len(b.changes.Objects) == len(stale) {
		return
	}
	b.shown = stale
	var buttons []fyne.CanvasObject
	for _, a := range stale {
		btn := widget.NewButtonWithIcon(lang.L("What changed since {{.Who}} approved it", map[string]any{"Who": a.By}), theme.HistoryIcon(), func() {
			b.v.e.showChangesSince(id, a)
		})
		btn.Importance = widget.LowImportance
		buttons = append(buttons, container.NewHBox(btn))
	}
	b.changes.Objects = buttons
	b.changes.Refresh()
}
