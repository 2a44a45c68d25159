package app

import (
	"path/filepath"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// introRoom is the least height of the section area that shows the
// section's intro under its heading: about a 1024×640 screen hides it.
const introRoom = 600

// validateDelay is how long the editor waits after the last edit before it
// checks the unit again for the Readiness section.
const validateDelay = 400 * time.Millisecond

// editor shows one unit: the section list, the current section and a status
// bar. It passes each change of the document to the section showing it.
type editor struct {
	app       *App
	doc       *model.Document
	path      string // the unit's file, or "" before its first save
	suggested string // the file name Save As offers, when not derived from the title
	warnings  []model.Diagnostic

	sections []section
	views    []sectionView // built on first show
	stale    []bool        // changed while hidden: reload on show
	current  int
	target   focusTarget // what last had the keyboard or was selected, for comments

	nav     *keyList
	heading *widget.Label
	intro   *widget.Label
	body    *fyne.Container
	status  *widget.Label
	root    fyne.CanvasObject
	title   string // the window title last set

	share *sharing // the lock, watcher and autosave of the unit's file

	diags          []model.Diagnostic
	diagsChanged   []func()
	cancelValidate func()
	closed         bool
}

func newEditor(a *App, doc *model.Document, path, suggested string, warnings []model.Diagnostic) *editor {
	e := &editor{app: a, doc: doc, path: path, suggested: suggested, warnings: warnings, current: -1}
	e.sections = sections()
	e.views = make([]sectionView, len(e.sections))
	e.stale = make([]bool, len(e.sections))
	e.heading = widget.NewLabel("")
	e.heading.TextStyle.Bold = true
	e.heading.SizeName = theme.SizeNameSubHeadingText
	e.intro = widget.NewLabel("")
	e.intro.Wrapping = fyne.TextWrapWord
	e.body = container.NewStack()
	e.status = widget.NewLabel(lang.L("Ready"))
	e.status.Truncation = fyne.TextTruncateEllipsis
	e.nav = e.newNav()

	header := container.NewVBox(container.NewPadded(container.NewVBox(e.heading, e.intro)), widget.NewSeparator())
	// On a short screen the section's intro gives its room to the section.
	main := container.New(&widgets.HideWhenShort{Optional: e.intro, Height: introRoom},
		container.NewBorder(header, nil, nil, nil, e.body))
	split := container.NewHSplit(e.nav, main)
	split.Offset = 0.16
	bar := container.NewBorder(widget.NewSeparator(), nil, nil, nil, e.status)
	e.share = newSharing(e)
	e.root = container.NewBorder(e.share.banner, bar, nil, nil, split)

	doc.OnChange(e.changed)
	e.validate()
	start := 0
	for i, s := range e.sections {
		if s.Key == a.prefs.lastSection() {
			start = i
		}
		if s.Key == "judging" && judgeOfFile(doc.Project, path) {
			start = i // a judge's copy opens on the judge's score screen
			break
		}
	}
	e.nav.Select(start)
	return e
}

// object is the editor's whole window content.
func (e *editor) object() fyne.CanvasObject { return e.root }

// close stops the editor's timers; the window is about to show something else.
func (e *editor) close() {
	e.closed = true
	e.share.stop()
	if e.cancelValidate != nil {
		e.cancelValidate()
	}
}

// newNav makes the section list, with the open problem count on Readiness.
func (e *editor) newNav() *keyList {
	var rows widgets.Rows[listRow]
	l := e.app.newKeyList(
		func() int { return len(e.sections) },
		func() fyne.CanvasObject {
			// The template holds the widest title, so the list is never narrower than it.
			row := &listRow{title: widget.NewLabel(widestTitle(e.sections)), aside: widget.NewLabel(""), icon: widget.NewIcon(nil)}
			row.aside.Importance = widget.WarningImportance
			return rows.Add(row, container.NewBorder(nil, nil, row.icon, row.aside, row.title))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := rows.Of(o)
			s := e.sections[i]
			setText(row.title, s.Title)
			row.icon.SetResource(s.Icon)
			count := row.aside
			if s.Key == "readiness" && len(e.diags) > 0 {
				count.SetText(strconv.Itoa(len(e.diags)))
				count.Importance = widget.WarningImportance
				if model.HasErrors(e.diags) {
					count.Importance = widget.DangerImportance
				}
				count.Show()
				count.Refresh()
			} else {
				count.Hide()
			}
			widgets.Relayout(o)
		})
	l.OnSelected = func(i widget.ListItemID) { e.showSection(i) }
	return l
}

// showSection puts section i in the body, building it on first show.
func (e *editor) showSection(i int) {
	if i == e.current || i < 0 || i >= len(e.sections) {
		return
	}
	s := e.sections[i]
	if e.views[i] == nil {
		e.views[i] = s.View(e)
	} else if e.stale[i] {
		e.views[i].Reload()
	}
	e.stale[i] = false
	e.current = i
	e.heading.SetText(s.Title)
	e.intro.SetText(s.Intro)
	e.body.Objects = []fyne.CanvasObject{e.views[i].Object()}
	e.body.Refresh()
	e.app.prefs.setLastSection(s.Key)
	e.nav.Select(i)
}

// selectSection shows the section with key and returns its view.
func (e *editor) selectSection(key string) sectionView {
	for i, s := range e.sections {
		if s.Key == key {
			e.showSection(i)
			return e.views[i]
		}
	}
	return nil
}

// changed passes a change of the document on to what shows it: the window
// title, the menus, the section on screen (hidden ones reload when shown)
// and, a moment later, the Readiness checks.
func (e *editor) changed(c model.Change) {
	if e.closed {
		return
	}
	e.updateTitle()
	e.app.updateMenus()
	if c.Structural {
		e.setStatus(c.Summary)
	}
	for i, v := range e.views {
		switch {
		case v == nil:
		case i == e.current:
			v.Changed(c)
		default:
			e.stale[i] = true
		}
	}
	if e.cancelValidate != nil {
		e.cancelValidate()
	}
	e.cancelValidate = e.app.schedule(validateDelay, e.validate)
}

// validate checks the unit and tells the Readiness section and the section list.
func (e *editor) validate() {
	if e.closed {
		return
	}
	ds := append([]model.Diagnostic(nil), e.warnings...)
	e.diags = append(ds, model.Validate(e.doc.Project)...)
	for i, s := range e.sections {
		if s.Key == "readiness" {
			e.nav.RefreshItem(i)
		}
	}
	for _, fn := range e.diagsChanged {
		fn()
	}
}

// apply makes an edit and reports whether it worked; a failure is shown in
// the status bar.
func (e *editor) apply(ed model.Edit) bool {
	if _, err := e.doc.Apply(ed); err != nil {
		e.setError(err.Error())
		return false
	}
	return true
}

// undo takes back the last edit and says which, in the words on screen:
// "Undid: changed Ends of the unit".
func (e *editor) undo() {
	what, _ := e.doc.CanUndo()
	if _, ok := e.doc.Undo(); ok {
		e.setStatus(lang.L("Undid: {{.What}}", map[string]any{"What": lowerFirst(what)}))
	} else {
		e.setStatus(lang.L("Nothing to undo"))
	}
}

// redo makes the last undone edit again and says which.
func (e *editor) redo() {
	what, _ := e.doc.CanRedo()
	if _, ok := e.doc.Redo(); ok {
		e.setStatus(lang.L("Redid: {{.What}}", map[string]any{"What": lowerFirst(what)}))
	} else {
		e.setStatus(lang.L("Nothing to redo"))
	}
}

// lowerFirst starts s, a sentence of its own, in lower case, to go on after
// a colon; a title or name at its start is left as it is.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || n == len(s) || unicode.IsUpper(rune(s[n])) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// deleteSelected deletes what is selected in the current section, if it can.
func (e *editor) deleteSelected() {
	if d, ok := e.views[e.current].(deleter); ok && d.DeleteSelected() {
		return
	}
	e.setStatus(lang.L("Select something to delete first"))
}

// reveal shows the entity with id in its section, at field when given.
func (e *editor) reveal(id, field string) {
	ref, ok := e.doc.Project.Index()[id]
	if !ok {
		e.setStatus(lang.L("That item no longer exists"))
		return
	}
	v := e.selectSection(sectionOf(ref.Kind))
	if r, ok := v.(revealer); ok {
		r.Reveal(id, field)
	}
}

func (e *editor) setStatus(s string) {
	e.status.Importance = widget.MediumImportance
	e.status.SetText(s)
}

func (e *editor) setError(s string) {
	e.status.Importance = widget.DangerImportance
	e.status.SetText(s)
}

// unitTitle is the unit's title, or a stand-in when it has none.
func (e *editor) unitTitle() string {
	if e.doc.Project.Title == "" {
		return lang.L("Untitled unit")
	}
	return e.doc.Project.Title
}

// fileName is the name the title bar shows for the unit's file.
func (e *editor) fileName() string {
	if e.path == "" {
		return lang.L("not saved yet")
	}
	return filepath.Base(e.path)
}

// suggestedName is the file name Save As offers.
func (e *editor) suggestedName() string {
	switch {
	case e.path != "":
		return filepath.Base(e.path)
	case e.suggested != "":
		return e.suggested
	}
	return fileNameFor(e.doc.Project.Title)
}

// setPath records that the unit now lives at path.
func (e *editor) setPath(path string) {
	e.path = path
	e.updateTitle()
}

// windowTitle is "Unit title — file name", marked with "• " while there are
// unsaved changes.
func (e *editor) windowTitle() string {
	t := e.unitTitle() + " — " + e.fileName()
	if e.doc.Dirty() {
		t = "• " + t
	}
	return t
}

// updateTitle sets the window title when it changed.
func (e *editor) updateTitle() {
	if t := e.windowTitle(); t != e.title {
		e.title = t
		e.app.win.SetTitle(t)
	}
}
