package app

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/store"
)

// mergeWith merges theirs, another version of the open unit, into it as one
// undoable step, against the version both came from. Conflicts are shown
// side by side with a choice for each; done runs once they are settled.
// Whatever one version lacked without having deleted it is kept, and listed.
func (a *App) mergeWith(theirs *model.Project, who string, done func()) {
	e := a.ed
	ours := e.doc.Project
	base, err := store.FindBase(ours, theirs)
	noBase := err != nil
	if noBase {
		base = nil
	}
	if rev, err := store.Remember(theirs); err == nil {
		e.share.parents = append(e.share.parents, rev)
	}
	if rev, err := store.Remember(ours); err == nil {
		e.share.parents = append(e.share.parents, rev)
	}
	merged, conflicts, kept := model.MergeReport(base, ours, theirs)
	note := keptNote(kept, who)
	summary := lang.L("Merged {{.Who}}", map[string]any{"Who": who})
	if _, err := e.doc.Apply(model.Replace(merged, summary)); err != nil {
		e.setError(err.Error())
		return
	}
	if len(conflicts) == 0 {
		e.setStatus(summary)
		if note != "" {
			showDialog(a.win, dialog.NewInformation(summary, note, a.win))
		}
		if done != nil {
			done()
		}
		return
	}
	e.share.merging = true
	a.showConflicts(merged, conflicts, summary, who, noBase, note, func() {
		e.share.merging = false
		if done != nil {
			done()
		}
	})
}

// keptNote tells, a line each, what a merge kept although one version (ours
// or who's) no longer had it; "" when there is nothing to tell.
func keptNote(kept []model.Kept, who string) string {
	if len(kept) == 0 {
		return ""
	}
	lines := []string{lang.L("Only a deletion removes something in a merge. These were missing from one version, which had not deleted them, so they were kept:")}
	for _, k := range kept {
		what := model.Ref{Kind: k.Kind, Name: k.Name}.Describe()
		if k.Kind == model.KindComment && k.Name != "" {
			what = lang.L("comment by {{.Name}}", map[string]any{"Name": k.Name})
		}
		side := lang.L("your version")
		if k.Missing == model.Theirs {
			side = who
		}
		lines = append(lines, "• "+lang.L("{{.What}}, not in {{.Side}}", map[string]any{"What": what, "Side": side}))
	}
	return strings.Join(lines, "\n")
}

// showConflicts lists each conflict with both values and lets the user keep
// either; the merge kept the side that changed the thing last, except where
// it could not tell which value is the edit (an unsure conflict of a merge
// without a base): there nothing is chosen, and Apply Choices waits for the
// user to choose. Applying the choices redoes the merge with them, so one
// undo takes the whole merge back. note, when not "", lists what the merge
// kept that one version lacked.
func (a *App) showConflicts(merged *model.Project, conflicts []model.Conflict, summary, who string, noBase bool, note string, done func()) {
	e := a.ed
	picks := make([]model.Side, len(conflicts))
	rows := container.NewVBox()
	if note != "" {
		kept := widget.NewLabel(note)
		kept.Wrapping = fyne.TextWrapWord
		rows.Add(kept)
		rows.Add(widget.NewSeparator())
	}
	var apply *widget.Button
	unsure := 0
	settled := func() {
		if apply != nil {
			enable(apply, !slices.Contains(picks, ""))
		}
	}
	for i, c := range conflicts {
		if c.Unsure {
			unsure++ // no side is preselected: only the user can tell which is the edit
		} else {
			picks[i] = c.Resolution
		}
		rows.Add(a.conflictRow(c, who, &picks[i], settled))
	}
	intro := lang.L("{{.Count}} places where your version and {{.Who}} differ. The merge kept the value changed last; choose the other where it is right.",
		map[string]any{"Count": len(conflicts), "Who": who})
	if len(conflicts) == 1 {
		intro = lang.L("One place where your version and {{.Who}} differ. The merge kept the value changed last; choose the other if it is right.",
			map[string]any{"Who": who})
	}
	if noBase {
		intro += "\n" + lang.L("No earlier version that both come from was found, so every difference is listed.")
	}
	if unsure > 0 {
		intro += " " + lang.L("Where both versions changed the same thing, Coplan cannot tell which value is the edit: choose one for each place marked so ({{.Count}}).",
			map[string]any{"Count": unsure})
	}
	head := widget.NewLabel(intro)
	head.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(head, nil, nil, nil, container.NewVScroll(rows))
	d := dialog.NewCustomWithoutButtons(lang.L("Merge: choose what to keep"), body, a.win)
	apply = widget.NewButtonWithIcon(lang.L("Apply Choices"), theme.ConfirmIcon(), func() {
		d.Hide()
		var edits []model.Edit
		for i, c := range conflicts {
			if ed := model.ApplyResolution(c, picks[i]); ed != nil {
				edits = append(edits, ed)
			}
		}
		if len(edits) > 0 {
			if label, ok := e.doc.CanUndo(); ok && label == summary {
				e.doc.Undo()
			}
			all := append([]model.Edit{model.Replace(merged, summary)}, edits...)
			if _, err := e.doc.Apply(model.Batch(summary, all...)); err != nil {
				e.setError(err.Error())
			}
		}
		e.setStatus(summary)
		done()
	})
	apply.Importance = widget.HighImportance
	settled()
	d.SetButtons([]fyne.CanvasObject{apply})
	d.Resize(fitDialog(a.win, fyne.NewSize(900, 600)))
	showDialog(a.win, d)
	// The dialog now shows a keyed copy of the button: enable that one.
	if pop, ok := a.win.Canvas().Overlays().Top().(*widget.PopUp); ok {
		if _, row := dialogRow(pop); row != nil {
			if kb, ok := firstKeyButton(row); ok {
				apply = &kb.Button
			}
		}
	}
}

// conflictRow shows one conflict: what and where, then both values side by
// side, each with a choice to keep it; picked runs after each choice. An
// unsure conflict starts with neither chosen and says why.
func (a *App) conflictRow(c model.Conflict, who string, pick *model.Side, picked func()) fyne.CanvasObject {
	what := model.Ref{Kind: c.Kind, Name: c.Name}.Describe()
	if !c.IsDelete() {
		what += " · " + fieldName(a.ed, c.EntityID, c.Field)
	}
	title := widget.NewLabelWithStyle(what, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	value := func(side model.Side) string {
		v := c.Value(side)
		switch {
		case c.IsDelete() && v == nil:
			return lang.L("Deleted")
		case c.IsDelete():
			return lang.L("Kept and edited")
		}
		return model.FormatValue(v)
	}
	ours := lang.L("Keep yours")
	theirs := lang.L("Keep {{.Who}}", map[string]any{"Who": who})
	choice := widget.NewRadioGroup([]string{ours, theirs}, func(s string) {
		switch s {
		case theirs:
			*pick = model.Theirs
		case ours:
			*pick = model.Ours
		}
		picked()
	})
	choice.Horizontal = true
	choice.Required = true
	switch *pick {
	case model.Theirs:
		choice.SetSelected(theirs)
	case model.Ours:
		choice.SetSelected(ours)
	}
	side := func(label string, s model.Side) fyne.CanvasObject {
		h := widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		h.SizeName = theme.SizeNameCaptionText
		v := widget.NewLabel(value(s))
		v.Wrapping = fyne.TextWrapWord
		return container.New(&widgets.TightVBox{}, h, v)
	}
	values := container.NewGridWithColumns(2, side(lang.L("Yours"), model.Ours), side(who, model.Theirs))
	if c.Unsure {
		why := widget.NewLabel(lang.L("Both versions changed this since they parted, so either value may be the edit: choose one."))
		why.Wrapping = fyne.TextWrapWord
		why.Importance = widget.WarningImportance
		return container.NewVBox(title, why, values, choice, widget.NewSeparator())
	}
	return container.NewVBox(title, values, choice, widget.NewSeparator())
}

// diskChanged handles the file changing on disk: reloaded when there are no
// local edits, merged when there are.
func (s *sharing) diskChanged(now store.Snapshot) {
	if s.stopped || s.path == "" || now.Same(s.snap) || s.merging {
		return
	}
	e := s.e
	if !now.Exists {
		e.setError(lang.L("{{.File}} was moved or deleted on disk; saving writes it again.", map[string]any{"File": fileLabel(s.path)}))
		return
	}
	l, err := store.Open(s.path)
	if err != nil {
		e.setError(err.Error())
		return
	}
	s.snap = l.Snapshot
	if s.watcher != nil {
		s.watcher.Reset(l.Snapshot)
	}
	_, _ = store.Remember(l.Project)
	if !e.doc.Dirty() {
		if _, err := e.doc.Apply(model.Replace(l.Project, lang.L("Reloaded the version on disk"))); err != nil {
			e.setError(err.Error())
			return
		}
		e.doc.MarkSaved()
		e.updateTitle()
		e.setStatus(lang.L("{{.File}} changed on disk and was reloaded.", map[string]any{"File": fileLabel(s.path)}))
		return
	}
	e.app.mergeWith(l.Project, lang.L("the version on disk"), nil)
}

// mergeCopies merges each conflicted copy into the open unit, one after the
// other, and moves each aside once merged.
func (a *App) mergeCopies() {
	s := a.ed.share
	copies := append([]store.ConflictedCopy(nil), s.copies...)
	var next func(i int)
	next = func(i int) {
		if i == len(copies) || a.ed == nil {
			s.findCopies()
			if len(copies) > 0 {
				a.ed.setStatus(lang.L("Merged {{.Count}} copies; they are kept in the {{.Folder}} folder. Save to keep the result.",
					map[string]any{"Count": len(copies), "Folder": store.MergedFolder}))
			}
			return
		}
		c := copies[i]
		l, err := store.Open(c.Path)
		if err != nil {
			a.showError(lang.L("Could not merge a copy"), err)
			next(i + 1)
			return
		}
		if l.Project.ID != a.ed.doc.Project.ID {
			next(i + 1)
			return
		}
		a.mergeWith(l.Project, copyName(c), func() {
			if _, err := store.MoveAside(c.Path); err != nil {
				a.ed.setError(err.Error())
			}
			next(i + 1)
		})
	}
	next(0)
}

// copyName names a conflicted copy by who made it, or its file.
func copyName(c store.ConflictedCopy) string {
	if c.Who != "" {
		return lang.L("the copy from {{.Who}}", map[string]any{"Who": c.Who})
	}
	return fileLabel(c.Path)
}

// saveTracked saves the unit to its file unless someone else changed the
// file since it was read: then it merges their version first and saves the
// result. then runs once saved.
func (a *App) saveTracked(then func()) {
	e := a.ed
	s := e.share
	if s.readOnly {
		a.readOnlyRefusal()
		return
	}
	snap, err := store.SaveChecked(s.path, e.doc.Project, s.snap)
	var changed *store.ChangedOnDiskError
	switch {
	case errors.As(err, &changed) && !changed.Disk.Exists:
		s.snap = changed.Disk // gone: write it again
		a.saveTracked(then)
		return
	case errors.Is(err, store.ErrChangedOnDisk):
		l, oerr := store.Open(s.path)
		if oerr != nil {
			a.saveFailed(oerr)
			return
		}
		s.snap = l.Snapshot
		if s.watcher != nil {
			s.watcher.Reset(l.Snapshot)
		}
		a.mergeWith(l.Project, lang.L("the version on disk"), func() { a.saveTracked(then) })
		return
	case err != nil:
		a.saveFailed(err)
		return
	}
	s.snap = snap
	if s.watcher != nil {
		s.watcher.Reset(snap)
	}
	if len(s.parents) > 0 {
		_ = store.RememberMerge(e.doc.Project, s.parents...)
		s.parents = nil
	}
	a.savedAs(s.path)
	if then != nil {
		then()
	}
}
