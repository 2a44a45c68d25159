package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// closeAnswer is the user's answer to "Save changes before closing?".
type closeAnswer int

const (
	answerSave closeAnswer = iota
	answerDontSave
	answerCancel
)

// closeStep is what happens to a document that is about to be closed.
type closeStep int

const (
	// stepClose closes it, losing nothing or only what the user chose to lose.
	stepClose closeStep = iota
	// stepSaveThenClose saves to its file and closes once that worked.
	stepSaveThenClose
	// stepSaveAsThenClose asks where to save it first, as it has no file yet.
	stepSaveAsThenClose
	// stepStay keeps it open.
	stepStay
)

// closeNeedsAnswer reports whether closing must ask first: only when there
// are unsaved changes.
func closeNeedsAnswer(dirty bool) bool { return dirty }

// decideClose says what closing a document does, given whether it has unsaved
// changes, whether it has a file yet, and the user's answer (ignored when
// nothing is unsaved).
func decideClose(dirty, hasFile bool, answer closeAnswer) closeStep {
	if !closeNeedsAnswer(dirty) {
		return stepClose
	}
	switch answer {
	case answerSave:
		if hasFile {
			return stepSaveThenClose
		}
		return stepSaveAsThenClose
	case answerDontSave:
		return stepClose
	}
	return stepStay
}

// confirmDiscard runs then once the open unit may be closed: at once when
// nothing is unsaved, else after asking Save / Don't Save / Cancel (and
// saving, when that is the answer and the save works).
func (a *App) confirmDiscard(then func()) {
	if a.ed == nil || !closeNeedsAnswer(a.ed.doc.Dirty()) {
		then()
		return
	}
	a.askSaveChanges(func(answer closeAnswer) {
		if a.ed == nil {
			then()
			return
		}
		switch decideClose(a.ed.doc.Dirty(), a.ed.path != "", answer) {
		case stepClose:
			then()
		case stepSaveThenClose:
			a.save(then)
		case stepSaveAsThenClose:
			a.saveAs(then)
		}
	})
}

// askSaveChanges shows the three-button question and passes on the answer.
// Cancel has the focus first and answers Escape; Enter saves.
func (a *App) askSaveChanges(answered func(closeAnswer)) {
	msg := widget.NewLabel(lang.L("“{{.Title}}” has changes that are not saved.\nSave them before closing?",
		map[string]any{"Title": a.ed.unitTitle()}))
	d := dialog.NewCustomWithoutButtons(lang.L("Save changes?"), msg, a.win)
	answer := func(x closeAnswer) func() {
		return func() {
			d.Hide()
			answered(x)
		}
	}
	save := widget.NewButton(lang.L("Save"), answer(answerSave))
	save.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.L("Don't Save"), answer(answerDontSave)),
		widget.NewButton(lang.L("Cancel"), answer(answerCancel)),
		save,
	})
	showDialog(a.win, d)
}
