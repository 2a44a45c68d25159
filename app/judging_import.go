package app

import (
	"errors"
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/export"
)

// sheetReader turns a spreadsheet into the edit that imports it, and says
// in words what it brings.
type sheetReader func(r io.Reader, p *model.Project) (model.Edit, string, error)

// showImportMenu offers the spreadsheets a judged event starts from.
func (v *judging) showImportMenu() {
	scores := fyne.NewMenuItem(lang.L("Scores…"), func() { askSpreadsheet(v.e, readScoresSheet(v)) })
	scores.Disabled = v.roundID() == "" // scores belong to a round
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("People…"), func() { askSpreadsheet(v.e, readPeopleSheet(v.e)) }),
		fyne.NewMenuItem(lang.L("Teams…"), func() { askSpreadsheet(v.e, readTeamsSheet(v.e)) }),
		scores,
	)
	c := v.e.app.win.Canvas()
	widget.ShowPopUpMenuAtRelativePosition(menu, c, fyne.NewPos(0, 0), v.round)
}

func readPeopleSheet(e *editor) sheetReader {
	return func(r io.Reader, p *model.Project) (model.Edit, string, error) {
		got, err := export.ReadPeopleCSV(r, p, e.doc.Now())
		if err != nil {
			return nil, "", err
		}
		return got.Edit, lang.L("Added {{.Added}} people and {{.Partners}} partners, updated {{.Updated}} people; Undo takes them out again.",
			map[string]any{"Added": got.Added, "Partners": got.Partners, "Updated": got.Updated}), nil
	}
}

func readTeamsSheet(e *editor) sheetReader {
	return func(r io.Reader, p *model.Project) (model.Edit, string, error) {
		edit, added, updated, err := export.ReadTeamsCSV(r, p, e.doc.Now())
		if err != nil {
			return nil, "", err
		}
		return edit, lang.L("Added {{.Added}} teams and updated {{.Updated}}; Undo takes them out again.",
			map[string]any{"Added": added, "Updated": updated}), nil
	}
}

func readScoresSheet(v *judging) sheetReader {
	return func(r io.Reader, p *model.Project) (model.Edit, string, error) {
		round := v.roundID()
		if round == "" {
			return nil, "", errors.New(lang.L("Add a judging round first."))
		}
		edit, n, err := export.ReadScoresCSV(r, p, round)
		if err != nil {
			return nil, "", err
		}
		return edit, lang.L("Imported {{.Count}} scores; Undo takes them out again.", map[string]any{"Count": n}), nil
	}
}

// askSpreadsheet asks for a CSV file and imports it with read.
func askSpreadsheet(e *editor, read sheetReader) {
	a := e.app
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError("", err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		importSheet(e, r.URI().Name(), r, read)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	a.startIn(d)
	d.Resize(fitDialog(a.win, fyne.NewSize(860, 580)))
	d.Show()
}

// importSheet applies what read makes of the spreadsheet r, named name, as
// one undoable step. A spreadsheet with bad rows imports nothing: the rows
// are listed by line so they can be fixed.
func importSheet(e *editor, name string, r io.Reader, read sheetReader) {
	edit, summary, err := read(r, e.doc.Project)
	var ie *export.ImportError
	switch {
	case errors.As(err, &ie):
		showSheetProblems(e, name, ie)
		return
	case err != nil:
		e.app.showError(lang.L("Could not import {{.File}}", map[string]any{"File": name}), err)
		return
	}
	if e.apply(edit) {
		e.setStatus(summary)
	}
}

// showSheetProblems lists the rows of a spreadsheet that could not be read.
func showSheetProblems(e *editor, name string, ie *export.ImportError) {
	var lines []string
	for _, p := range ie.Problems {
		lines = append(lines, lang.L("Line {{.Line}}", map[string]any{"Line": strconv.Itoa(p.Line)})+": "+p.Msg)
	}
	list := widget.NewLabel(strings.Join(lines, "\n"))
	list.Wrapping = fyne.TextWrapWord
	intro := widget.NewLabel(lang.L("Nothing was imported. Fix these rows in the spreadsheet and try again:"))
	intro.Wrapping = fyne.TextWrapWord
	// In text sizes, so that larger text gets a larger dialog, within the window.
	em, win := theme.TextSize(), e.app.win.Canvas().Size()
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(0, min(float32(len(lines))*3*em+20, max(win.Height/2, 6*em))))
	d := dialog.NewCustom(lang.L("Could not import {{.File}}", map[string]any{"File": name}), lang.L("OK"),
		container.NewBorder(intro, nil, nil, nil, scroll), e.app.win)
	d.Resize(fitDialog(e.app.win, fyne.NewSize(44*em, 0)))
	showDialog(e.app.win, d)
}
