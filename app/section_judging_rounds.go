package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// progressText says how far a judge has come: teams done, and those scored
// on some criteria but not all, which the results leave out until done.
func progressText(jp model.JudgeProgress) string {
	if jp.Started > 0 {
		return lang.L("{{.Done}} of {{.Teams}} teams done, {{.Started}} in progress",
			map[string]any{"Done": jp.Done, "Teams": len(jp.Teams), "Started": jp.Started})
	}
	return lang.L("{{.Done}} of {{.Teams}} teams done", map[string]any{"Done": jp.Done, "Teams": len(jp.Teams)})
}

// noRoundsPane says that the unit has no judging round yet and what one
// is, with a button that adds one.
func (v *judging) noRoundsPane() fyne.CanvasObject {
	msg := para(lang.L("There are no judging rounds yet. A round is one judging of the teams, at a session, against a rubric: add one to assign judges, print score sheets and score."))
	add := widget.NewButtonWithIcon(lang.L("Add a round"), theme.ContentAddIcon(), v.addRound)
	add.Importance = widget.HighImportance
	return container.NewVBox(msg, container.NewHBox(add))
}

// addRound adds a round and opens it on the Rounds tab to be filled in.
func (v *judging) addRound() {
	v.tabs.SelectIndex(4)
	v.rounds.add()
}

// showRounds enables what acts on a round when the unit has one, and
// otherwise shows that there is none and how to add one. Import stays:
// people and teams come in without a round (its Scores… item waits).
func (v *judging) showRounds(any bool) {
	for _, o := range v.noRounds {
		if o.Visible() == any {
			if any {
				o.Hide()
			} else {
				o.Show()
			}
		}
	}
	if any {
		v.score.root.Show()
		v.progress.Show()
		v.round.Enable()
		v.judge.Enable()
		v.assignBtn.Enable()
		return
	}
	v.score.root.Hide()
	v.progress.Hide()
	v.round.Disable()
	v.judge.Disable()
	v.assignBtn.Disable()
}
