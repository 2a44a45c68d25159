package app

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model/catalog"
)

// library is the Library window: a folder of units as a searchable table,
// with a preview of the selected unit and ways to reuse it.
type library struct {
	a   *App
	win fyne.Window

	dir    string
	ix     *catalog.Index
	rows   []*catalog.Entry // the units shown, in the table's order
	filter catalog.Filter
	cur    *catalog.Entry // the selected unit, or nil
	cancel context.CancelFunc
	// scans counts the scans started, so that a scan replaced by a newer one
	// does not report.
	scans int

	folder   *widget.Label
	search   *widget.Entry
	subject  *widget.Select
	year     *widget.Select
	partner  *widget.Select
	engage   *widget.Select
	table    *widget.Table
	cols     []libraryColumn           // the table's columns, left to right
	cells    widgets.Rows[libraryCell] // the widgets of the table's cells
	preview  *libraryPreview
	failed   *widget.Accordion
	status   *widget.Label
	progress *widget.ProgressBar
	stop     *widget.Button
	open     *widget.Button
	newFrom  *widget.Button
	copyRub  *widget.Button
	rescan   *widget.Button
}

// cmdLibrary shows the Library window, opening it if need be.
func (a *App) cmdLibrary() {
	if a.menu.lib != nil {
		a.menu.lib.win.RequestFocus()
		return
	}
	a.menu.lib = newLibrary(a)
	a.menu.lib.win.Show()
	if dir := a.prefs.libraryDir(); dir != "" {
		a.menu.lib.scan(dir)
	}
}

func newLibrary(a *App) *library {
	l := &library{a: a}
	l.win = a.fyne.NewWindow(lang.L("Coplan Library"))
	l.win.SetIcon(Icon)
	l.win.Resize(fitScreen(fyne.NewSize(1180, 720), a.screen))
	l.win.SetOnClosed(func() {
		if l.cancel != nil {
			l.cancel()
		}
		if a.menu.lib == l {
			a.menu.lib = nil
		}
	})
	l.win.SetContent(l.build())
	l.updateButtons()
	return l
}

// build lays the window out: folder and search above, table and preview
// side by side, failures, progress and actions below.
func (l *library) build() fyne.CanvasObject {
	l.folder = widget.NewLabel(lang.L("No folder chosen yet"))
	l.folder.Truncation = fyne.TextTruncateEllipsis
	choose := widget.NewButtonWithIcon(lang.L("Choose folder…"), theme.FolderOpenIcon(), l.chooseFolder)
	l.rescan = widget.NewButtonWithIcon(lang.L("Rescan"), theme.ViewRefreshIcon(), func() { l.scan(l.dir) })
	folderRow := container.NewBorder(nil, nil, widget.NewIcon(theme.FolderIcon()), container.NewHBox(choose, l.rescan), l.folder)

	l.search = widget.NewEntry()
	l.search.SetPlaceHolder(lang.L("Search titles, subjects, people, rubrics, outcomes…"))
	l.search.OnChanged = func(string) { l.refresh() }
	l.subject = l.newFilter(lang.L("All subjects"))
	l.year = l.newFilter(lang.L("All years"))
	l.partner = l.newFilter(lang.L("All partners"))
	l.engage = widget.NewSelect(engagementLabels(), func(string) { l.refresh() })
	l.engage.SetSelectedIndex(0)
	cell := fyne.NewSize(156, l.search.MinSize().Height)
	filters := container.NewHBox()
	for _, s := range []*widget.Select{l.subject, l.year, l.partner, l.engage} {
		filters.Add(container.NewGridWrap(cell, s))
	}
	searchRow := container.NewBorder(nil, nil, nil, filters, l.search)

	l.table = l.newTable()
	l.preview = newLibraryPreview(l)
	l.failed = widget.NewAccordion()
	table := container.New(&tableWidths{l: l}, l.table)
	left := container.NewBorder(nil, l.failed, nil, nil, table)
	split := container.NewHSplit(left, l.preview.object())
	split.Offset = 0.76

	l.status = widget.NewLabel("")
	l.progress = widget.NewProgressBar()
	l.progress.Hide()
	l.stop = widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() {
		if l.cancel != nil {
			l.cancel()
		}
	})
	l.stop.Hide()
	l.open = widget.NewButtonWithIcon(lang.L("Open"), theme.FolderOpenIcon(), l.openSelected)
	l.open.Importance = widget.HighImportance
	l.newFrom = widget.NewButtonWithIcon(lang.L("New unit from this"), theme.ContentCopyIcon(), l.newUnitFromSelected)
	l.copyRub = widget.NewButtonWithIcon(lang.L("Copy rubric into my unit"), theme.ContentPasteIcon(), l.copyRubric)
	actions := container.NewHBox(l.copyRub, l.newFrom, l.open)
	scanning := container.NewBorder(nil, nil, nil, l.stop, l.progress)
	bottom := container.NewBorder(widget.NewSeparator(), nil, nil, actions, container.NewStack(l.status, scanning))

	top := container.NewVBox(folderRow, searchRow)
	return container.NewPadded(container.NewBorder(top, bottom, nil, nil, split))
}

// newFilter makes a choice of values whose first option, all, keeps every unit.
func (l *library) newFilter(all string) *widget.Select {
	s := widget.NewSelect([]string{all}, func(string) { l.refresh() })
	s.SetSelectedIndex(0)
	return s
}

// engagements are the engagement filters in the order the choice lists them.
var engagements = []catalog.Engagement{catalog.AnyEngagement, catalog.InClass, catalog.InCommunity, catalog.BothEngagements}

func engagementLabels() []string {
	return []string{lang.L("Any engagement"), lang.L("Community comes in"), lang.L("Students go out"), lang.L("Both ways")}
}

// chooseFolder asks for the folder of units to show and scans it.
func (l *library) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			showDialog(l.win, dialog.NewError(err, l.win))
			return
		}
		if u != nil {
			l.scan(u.Path())
		}
	}, l.win)
	start := l.dir
	if start == "" && len(l.a.prefs.recent()) > 0 {
		start = filepath.Dir(l.a.prefs.recent()[0])
	}
	if start != "" {
		if lister, err := storage.ListerForURI(storage.NewFileURI(start)); err == nil {
			d.SetLocation(lister)
		}
	}
	d.Resize(fitDialog(l.win, fyne.NewSize(860, 560)))
	d.Show()
}

// scan indexes dir in the background, showing progress with a Cancel
// button; the window stays usable and the results replace the table's when
// the scan ends. The folder is remembered for next time. The channel closes
// once the scan has reported.
func (l *library) scan(dir string) <-chan struct{} {
	done := make(chan struct{})
	if dir == "" {
		close(done)
		return done
	}
	if l.cancel != nil {
		l.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel = cancel
	l.scans++
	n := l.scans
	l.dir = dir
	l.a.prefs.setLibraryDir(dir)
	l.folder.SetText(dir)
	l.status.Hide()
	l.progress.SetValue(0)
	l.progress.Show()
	l.stop.Show()
	l.rescan.Disable()
	go func() {
		ix, err := catalog.Scan(ctx, dir, func(indexed, total int) {
			if total > 0 {
				fyne.Do(func() {
					if n == l.scans {
						l.progress.SetValue(float64(indexed) / float64(total))
					}
				})
			}
		})
		fyne.DoAndWait(func() {
			if n == l.scans {
				l.scanDone(ix, err)
			}
		})
		cancel()
		close(done)
	}()
	return done
}

// scanDone shows the result of a scan, or why it stopped.
func (l *library) scanDone(ix *catalog.Index, err error) {
	l.cancel = nil
	l.progress.Hide()
	l.stop.Hide()
	l.rescan.Enable()
	l.status.Show()
	switch {
	case errors.Is(err, context.Canceled):
		l.status.SetText(lang.L("Scan cancelled; the table shows the last complete scan."))
		return
	case err != nil:
		l.status.SetText(err.Error())
		return
	}
	l.ix = ix
	setOptions(l.subject, ix.Subjects())
	setOptions(l.year, ix.YearLevels())
	setOptions(l.partner, ix.Partners())
	l.showFailures()
	l.refresh()
}

// setOptions offers values after the select's first option ("all"), keeping
// the choice made when it is still offered.
func setOptions(s *widget.Select, values []string) {
	keep := s.Selected
	s.Options = append(s.Options[:1:1], values...)
	s.ClearSelected()
	s.SetSelected(keep)
	if s.SelectedIndex() < 0 {
		s.SetSelectedIndex(0)
	}
}

// showFailures lists the files that could not be read, with why.
func (l *library) showFailures() {
	l.failed.Items = nil
	if len(l.ix.Failed) > 0 {
		text := ""
		for i, f := range l.ix.Failed {
			if i > 0 {
				text += "\n"
			}
			text += f.Error()
		}
		list := widget.NewLabel(text)
		list.Wrapping = fyne.TextWrapWord
		list.TextStyle.Monospace = true
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(0, min(float32(len(l.ix.Failed))*44, 160)))
		title := lang.L("Files that could not be read: {{.Count}}", map[string]any{"Count": len(l.ix.Failed)})
		l.failed.Append(widget.NewAccordionItem(title, scroll))
	}
	l.failed.Refresh()
}

// refresh searches the index with the search box and filters and shows the
// result, keeping the selected unit selected when it is still there.
func (l *library) refresh() {
	if l.table == nil || l.engage == nil {
		return // still being built
	}
	if l.ix == nil {
		l.rows = nil
	} else {
		l.filter.Subject = chosen(l.subject)
		l.filter.YearLevel = chosen(l.year)
		l.filter.Partner = chosen(l.partner)
		l.filter.Engagement = engagements[max(l.engage.SelectedIndex(), 0)]
		l.rows = l.ix.Search(l.search.Text, l.filter)
		l.status.SetText(l.summary())
	}
	l.table.Refresh()
	l.reselect()
}

// chosen is the select's choice, or "" while it is on its first option (all).
func chosen(s *widget.Select) string {
	if s.SelectedIndex() <= 0 {
		return ""
	}
	return s.Selected
}

// summary says how many units the table shows, of how many.
func (l *library) summary() string {
	s := countText("{{.Shown}} of 1 unit", "{{.Shown}} of {{.Count}} units", len(l.ix.Entries), map[string]any{"Shown": len(l.rows)})
	if len(l.ix.Skipped) > 0 {
		s += " · " + countText("1 folder skipped", "{{.Count}} folders skipped", len(l.ix.Skipped), nil)
	}
	return s
}
