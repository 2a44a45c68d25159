package app

import (
	"errors"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// approverName is who approved, with their role in words, as the approval bar shows them.
func approverName(a model.Approval) string {
	if a.Role == "" {
		return a.By
	}
	return a.By + " (" + userRoleLabel(a.Role) + ")"
}

// showChangesSince shows what changed in the rubric with id since approval
// a: the version approved comes from the revision history (or the file's
// backup), compared with the rubric as it is now.
func (e *editor) showChangesSince(id string, a model.Approval) {
	r := e.doc.Project.Rubric(id)
	if r == nil {
		return
	}
	who, date := approverName(a), a.At.Local().Format("2 Jan 2006")
	title := lang.L("What changed since {{.Who}} approved it", map[string]any{"Who": a.By})
	var body fyne.CanvasObject
	approved, err := store.ApprovedRubric(e.doc.Project, a, e.backup())
	switch {
	case errors.Is(err, store.ErrApprovedGone):
		body = wrapped(lang.L("The version {{.Who}} approved on {{.Date}} is no longer in this computer's history (it keeps the 100 most recent versions of a unit), so what changed cannot be listed. Ask them to look at the rubric again and approve it.",
			map[string]any{"Who": who, "Date": date}), false)
	case err != nil:
		body = wrapped(lang.L("The version {{.Who}} approved could not be read: {{.Error}}", map[string]any{"Who": who, "Error": err.Error()}), false)
	default:
		body = changesList(r, approved, who, date)
	}
	d := dialog.NewCustom(title, lang.L("Close"), body, e.app.win)
	size := e.app.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(720, size.Width-48), min(560, size.Height-48)))
	showDialog(e.app.win, d)
}

// backup is the unit's file as it was before its last save, when there is one.
func (e *editor) backup() *model.Project {
	if e.path == "" {
		return nil
	}
	if _, err := os.Stat(store.BackupPath(e.path)); err != nil {
		return nil
	}
	l, err := store.Open(store.BackupPath(e.path))
	if err != nil || l.Project.ID != e.doc.Project.ID {
		return nil
	}
	return l.Project
}

// changesList lists the changes from approved to r, one block each, in a
// scrolling column.
func changesList(r, approved *model.Rubric, who, date string) fyne.CanvasObject {
	changes := model.RubricChanges(approved, r)
	intro := lang.L("Rubric “{{.Rubric}}” as it is now, compared with the version {{.Who}} approved on {{.Date}}:",
		map[string]any{"Rubric": r.Title, "Who": who, "Date": date})
	if len(changes) == 0 {
		intro = lang.L("No changes since {{.Who}} approved it on {{.Date}}.", map[string]any{"Who": who, "Date": date})
	}
	list := container.NewVBox(wrapped(intro, false))
	for _, c := range changes {
		list.Add(widget.NewSeparator())
		list.Add(changeBlock(c))
	}
	return container.NewVScroll(list)
}

// changeBlock shows one change: a line saying what changed and, for
// wording, the old and new text side by side with the changed words marked.
func changeBlock(c model.RubricChange) fyne.CanvasObject {
	args := map[string]any{"Criterion": c.Criterion, "Level": c.Level, "Old": c.Old, "New": c.New}
	var head string
	text := false // Old and New are wording to compare
	switch c.Kind {
	case model.RubricTitleChanged:
		head, text = lang.L("Title"), true
	case model.RubricDescriptionChanged:
		head, text = lang.L("Description"), true
	case model.RubricScoringChanged:
		head = lang.L("Now scored: ratings carry points")
		if c.New == "yes" {
			head = lang.L("Now for feedback only: ratings carry no points")
		}
	case model.LevelAdded:
		head = lang.L("Added level “{{.Level}}” ({{.New}} points)", args)
	case model.LevelRemoved:
		head = lang.L("Removed level “{{.Level}}”", args)
	case model.LevelRenamed:
		head = lang.L("Level “{{.Old}}” renamed to “{{.New}}”", args)
	case model.LevelPointsChanged:
		head = lang.L("Points of level “{{.Level}}”: {{.Old}} → {{.New}}", args)
	case model.LevelsReordered:
		head, text = lang.L("Order of the levels"), true
	case model.CriterionAdded:
		head = lang.L("Added criterion “{{.Criterion}}”", args)
	case model.CriterionRemoved:
		head = lang.L("Removed criterion “{{.Criterion}}”", args)
	case model.CriterionRenamed:
		head = lang.L("Criterion “{{.Old}}” renamed to “{{.New}}”", args)
	case model.CriterionDescribed:
		head, text = lang.L("Description of criterion “{{.Criterion}}”", args), true
	case model.CriterionWeightChanged:
		head = lang.L("Weight of criterion “{{.Criterion}}”: {{.Old}} → {{.New}}", args)
	case model.CriterionRangeChanged:
		head = lang.L("Criterion “{{.Criterion}}” no longer scores ranges of points", args)
		if c.New == "yes" {
			head = lang.L("Criterion “{{.Criterion}}” now scores ranges of points", args)
		}
	case model.CriteriaReordered:
		head, text = lang.L("Order of the criteria"), true
	case model.DescriptorChanged:
		head, text = lang.L("Descriptor of “{{.Criterion}}” at level “{{.Level}}”", args), true
	case model.RatingRenamed:
		head = lang.L("Rating name of “{{.Criterion}}” at level “{{.Level}}”: “{{.Old}}” → “{{.New}}”", args)
	case model.RatingPointsChanged:
		head = lang.L("Rating points of “{{.Criterion}}” at level “{{.Level}}”: {{.Old}} → {{.New}}", args)
	case model.RatingOffered:
		head = lang.L("Criterion “{{.Criterion}}” now offers a rating at level “{{.Level}}”", args)
	case model.RatingWithdrawn:
		head = lang.L("Criterion “{{.Criterion}}” no longer offers a rating at level “{{.Level}}”", args)
	default:
		head = c.String()
	}
	title := wrapped(head, true)
	if !text {
		return title
	}
	was, now := newWording(model.WordRemoved), newWording(model.WordAdded)
	was.show(c.Old, c.New, lang.L("(empty)"))
	now.show(c.Old, c.New, lang.L("(empty)"))
	return container.NewVBox(title, widget.NewForm(
		widget.NewFormItem(lang.L("Approved"), was.text),
		widget.NewFormItem(lang.L("Now"), now.text)))
}
