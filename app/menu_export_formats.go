package app

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/export"
	"coplan/model/store"
)

// exportJob writes the unit p in one format to w. It returns what the user
// should know about the result, such as what it left out, or "".
type exportJob func(w io.Writer, p *model.Project) (note string, err error)

// choice is one option of a "which one?" question: what it shows and the id
// it stands for ("" for all).
type choice struct{ label, id string }

// interchangeItems are the Export menu's entries for the formats other
// tools read: LMS rubric spreadsheets, calendars and Markdown.
func (a *App) interchangeItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		fyne.NewMenuItem(lang.L("Canvas rubric (CSV)…"), a.exportCanvas),
		fyne.NewMenuItem(lang.L("Moodle rubric (CSV)…"), a.exportMoodle),
		fyne.NewMenuItem(lang.L("Calendar (.ics)…"), a.exportICS),
		fyne.NewMenuItem(lang.L("Markdown…"), a.exportMarkdown),
	}
}

// rubricChoices lists the unit's rubrics as choices.
func rubricChoices(p *model.Project) []choice {
	var out []choice
	for _, r := range p.Rubrics {
		out = append(out, choice{orUntitled(r.Title), r.ID})
	}
	return out
}

// exportCanvas writes all rubrics, or the one chosen, as a Canvas spreadsheet.
func (a *App) exportCanvas() {
	if a.ed == nil {
		return
	}
	p := a.ed.doc.Project
	if len(p.Rubrics) == 0 {
		a.nothingToExport(lang.L("This unit has no rubrics yet: add one in the Rubrics section."))
		return
	}
	choices := rubricChoices(p)
	if len(choices) > 1 {
		choices = append([]choice{{lang.L("All rubrics"), ""}}, choices...)
	}
	a.choose(lang.L("Export rubrics for Canvas"), lang.L("Rubric"), choices, func(id string) {
		a.chooseExportFile("-canvas-rubric.csv", a.canvasJob(id))
	})
}

// canvasJob writes the rubric id (all when "") as a Canvas spreadsheet.
func (a *App) canvasJob(id string) exportJob {
	return func(w io.Writer, p *model.Project) (string, error) {
		err := export.WriteCanvasCSV(w, p, export.RubricOptions{Rubric: id})
		return "", explainEmpty(err, lang.L("The rubric has no criteria yet: add criteria in the Rubrics section."))
	}
}

// exportMoodle writes one rubric, asked for when there are several, as a
// Moodle spreadsheet.
func (a *App) exportMoodle() {
	if a.ed == nil {
		return
	}
	p := a.ed.doc.Project
	if len(p.Rubrics) == 0 {
		a.nothingToExport(lang.L("This unit has no rubrics yet: add one in the Rubrics section."))
		return
	}
	a.choose(lang.L("Export a rubric for Moodle"), lang.L("Rubric"), rubricChoices(p), func(id string) {
		a.chooseExportFile("-moodle-rubric.csv", a.moodleJob(id))
	})
}

// moodleJob writes the rubric id as a Moodle spreadsheet.
func (a *App) moodleJob(id string) exportJob {
	return func(w io.Writer, p *model.Project) (string, error) {
		err := export.WriteMoodleCSV(w, p, export.RubricOptions{Rubric: id})
		return "", explainEmpty(err, lang.L("Moodle needs a rubric with criteria and levels: add them in the Rubrics section."))
	}
}

// exportICS writes the sessions, everyone's or one expert's, as a calendar.
func (a *App) exportICS() {
	if a.ed == nil {
		return
	}
	p := a.ed.doc.Project
	if len(p.Sessions) == 0 {
		a.nothingToExport(lang.L("This unit has no sessions yet: add them in the Sessions section."))
		return
	}
	choices := []choice{{lang.L("Every session"), ""}}
	for _, x := range p.Experts {
		choices = append(choices, choice{lang.L("Sessions of {{.Name}}", map[string]any{"Name": orUntitled(x.Name)}), x.ID})
	}
	sel := choiceSelect(choices)
	tasks := widget.NewCheck(lang.L("Also each task on its due date, as an all-day event"), nil)
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Sessions"), sel), widget.NewFormItem("", tasks)}
	d := dialog.NewForm(lang.L("Export sessions to a calendar"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			a.chooseExportFile(".ics", a.icsJob(chosenID(sel, choices), tasks.Checked))
		}
	}, a.win)
	d.Resize(fyne.NewSize(480, 0))
	showDialog(a.win, d)
}

// icsJob writes the sessions of the expert id (everyone's when "") as an
// iCalendar file, with tasks also each responsibility (that expert's) on
// its due date, and notes the sessions it left out for want of a date.
func (a *App) icsJob(id string, tasks bool) exportJob {
	now := a.now()
	return func(w io.Writer, p *model.Project) (string, error) {
		res, err := export.WriteICS(w, p, export.ICSOptions{Expert: id, Now: now, Tasks: tasks})
		if err != nil {
			if len(res.Unwritable) > 0 {
				return "", explainEmpty(err, unwritableNote(res.Unwritable))
			}
			return "", explainEmpty(err, lang.L("No session to put in a calendar has a date yet: give sessions a date in the Sessions section."))
		}
		var notes []string
		if n := len(res.Undated); n > 0 {
			notes = append(notes, countText("1 session without a date was left out:", "{{.Count}} sessions without a date were left out:", n, nil)+
				"\n• "+strings.Join(res.Undated, "\n• "))
		}
		if len(res.Unwritable) > 0 {
			notes = append(notes, unwritableNote(res.Unwritable))
		}
		return strings.Join(notes, "\n\n"), nil
	}
}

// unwritableNote names, by title, the sessions a calendar file cannot hold.
func unwritableNote(u []export.Unwritable) string {
	titles := make([]string, len(u))
	for i, s := range u {
		titles[i] = s.Title
	}
	return countText("1 session could not be written in a calendar and was left out:", "{{.Count}} sessions could not be written in a calendar and were left out:", len(u), nil) +
		"\n• " + strings.Join(titles, "\n• ")
}

// exportMarkdown writes the whole unit as one Markdown page.
func (a *App) exportMarkdown() {
	if a.ed != nil {
		a.chooseExportFile(".md", markdownJob)
	}
}

func markdownJob(w io.Writer, p *model.Project) (string, error) {
	return "", explainEmpty(export.WriteMarkdown(w, p), lang.L("This unit is still empty."))
}

// emptyError is an export that found nothing to write, with what to do about it.
type emptyError struct{ advice string }

func (e *emptyError) Error() string { return e.advice }

// explainEmpty turns export.ErrNothingToExport into advice for the user.
func explainEmpty(err error, advice string) error {
	if errors.Is(err, export.ErrNothingToExport) {
		return &emptyError{advice}
	}
	return err
}

// nothingToExport says why there is nothing to export, and what to do.
func (a *App) nothingToExport(advice string) {
	showDialog(a.win, dialog.NewInformation(lang.L("Nothing to export yet"), advice, a.win))
}

// choose asks which of choices to use and passes its id to then; with one
// choice it asks nothing.
func (a *App) choose(title, label string, choices []choice, then func(id string)) {
	if len(choices) == 1 {
		then(choices[0].id)
		return
	}
	var labels []string
	for _, c := range choices {
		labels = append(labels, c.label)
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	items := []*widget.FormItem{widget.NewFormItem(label, sel)}
	d := dialog.NewForm(title, lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if ok && sel.SelectedIndex() >= 0 {
			then(choices[sel.SelectedIndex()].id)
		}
	}, a.win)
	d.Resize(fyne.NewSize(480, 0))
	showDialog(a.win, d)
}

// chooseExportFile asks where to write the export, offering the unit's
// file name with suffix (which ends in the format's extension), and runs job.
func (a *App) chooseExportFile(suffix string, job exportJob) {
	ext := filepath.Ext(suffix)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if w == nil || a.ed == nil {
			return
		}
		// The writer has not touched the file (see file_writer.go): the
		// export goes to memory first and then replaces the file atomically.
		path := w.URI().Path()
		_ = w.Close()
		if strings.HasSuffix(strings.ToLower(path), ext) {
			a.runExport(path, job)
			return
		}
		path += ext
		if _, err := os.Stat(path); err != nil {
			a.runExport(path, job)
			return
		}
		showDialog(a.win, dialog.NewConfirm(lang.L("Replace file?"),
			lang.L("{{.File}} already exists. Replace it?", map[string]any{"File": filepath.Base(path)}),
			func(ok bool) {
				if ok {
					a.runExport(path, job)
				}
			}, a.win))
	}, a.win)
	base := strings.TrimSuffix(fileNameFor(a.ed.doc.Project.Title), store.Extension)
	d.SetFileName(base + suffix)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// runExport runs job in a goroutine on a copy of the unit, so that editing
// can go on, writes the result to path atomically and reports back on the
// UI thread; the channel closes when it has. A failure leaves any old file
// as it was.
func (a *App) runExport(path string, job exportJob) <-chan struct{} {
	finished := make(chan struct{})
	if a.refuseExportOverUnit(path) {
		close(finished)
		return finished
	}
	p := a.ed.doc.Project.Clone()
	ed := a.ed
	go func() {
		defer close(finished)
		var buf bytes.Buffer
		note, err := job(&buf, p)
		if err == nil {
			err = store.WriteFile(path, buf.Bytes())
		}
		fyne.DoAndWait(func() { a.exportDone(ed, path, note, err) })
	}()
	return finished
}

// refuseExportOverUnit tells the user, and reports true, when path is the
// open unit's own file (or a link to it): an export there would replace the
// unit, so nothing is written.
func (a *App) refuseExportOverUnit(path string) bool {
	if a.ed == nil || a.ed.path == "" {
		return false
	}
	target, err := os.Stat(path)
	if err != nil {
		return false
	}
	unit, err := os.Stat(a.ed.path)
	if err != nil || !os.SameFile(target, unit) {
		return false
	}
	a.showError(lang.L("Could not export"), errors.New(lang.L("{{.File}} is the unit itself: exporting there would replace the unit. Choose another name; the unit was left as it was.",
		map[string]any{"File": filepath.Base(path)})))
	return true
}

// exportDone tells the user how an export to path went.
func (a *App) exportDone(ed *editor, path, note string, err error) {
	var empty *emptyError
	switch {
	case errors.As(err, &empty):
		a.nothingToExport(empty.advice)
		return
	case err != nil:
		a.showError(lang.L("Could not export"), err)
		return
	}
	if a.ed == ed {
		ed.setStatus(lang.L("Exported {{.File}}", map[string]any{"File": filepath.Base(path)}))
	}
	a.showExported(path, note)
}
