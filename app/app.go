// Package app is Coplan's desktop editor: one window that shows a start
// screen or one unit, with a section per part of the unit. It builds widgets
// and turns what the user does into model edits; the rules live in model.
package app

import (
	"net/url"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"coplan/assets"
	"coplan/model"
	"coplan/model/store"
)

// App is the Coplan editor: its window, what the window shows, and the
// services (saving, timers) that tests may replace.
type App struct {
	fyne    fyne.App
	win     fyne.Window
	version string
	prefs   prefs
	ed      *editor // the open unit, or nil on the start screen
	menu    *menus
	// screen is the usable area of the screen, zero when unknown.
	screen fyne.Size
	// opened is the size the window opened at until it first changes, so
	// that a size made to fit a small screen is not remembered.
	opened fyne.Size

	// saveFile writes a unit to a file atomically; tests replace it to make
	// a save fail.
	saveFile func(path string, p *model.Project) error
	// schedule runs fn on the UI thread after delay and returns a function
	// that cancels it; tests replace it to run fn at once.
	schedule func(delay time.Duration, fn func()) (cancel func())
	// now is the clock for new units.
	now func() time.Time
	// quit ends the app once a stop signal has been dealt with.
	quit func()
	// openURL opens a file or folder in the system's viewer; nil means
	// the app's OpenURL. Tests replace it.
	openURL func(u *url.URL) error
}

// Icon is the app icon as a Fyne resource.
var Icon = fyne.NewStaticResource("coplan.png", assets.IconPNG)

// New makes the editor's window in a. Call Start to show it.
func New(a fyne.App, version string) *App {
	setUpTranslations()
	installNonTruncatingFiles()
	a.Settings().SetTheme(newTheme(prefs{a.Preferences()}))
	if a.Icon() == nil {
		a.SetIcon(Icon)
	}
	c := &App{
		fyne:     a,
		version:  version,
		prefs:    prefs{a.Preferences()},
		saveFile: saveAs,
		schedule: afterOnUIThread,
		now:      time.Now,
		quit:     a.Quit,
	}
	c.win = a.NewWindow("Coplan")
	c.win.SetIcon(Icon)
	c.measureScreen()
	c.win.Resize(c.openingSize())
	c.win.SetCloseIntercept(func() { c.confirmDiscard(c.win.Close) })
	c.buildMenus()
	c.registerShortcuts()
	c.initSharing()
	return c
}

// Window returns the editor's window.
func (a *App) Window() fyne.Window { return a.win }

// Start shows the window on the unit file named by args[0], or on the start
// screen when there is none or it cannot be opened.
func (a *App) Start(args []string) {
	if len(args) > 0 {
		a.openPath(args[0])
	}
	if a.ed == nil {
		a.showStart()
	}
	if catchSignals {
		a.catchStopSignals()
	}
	a.win.Show()
	a.offerRecovery()
}

// saveAs writes p to the file path the user chose, through the store's
// locked save, replacing what is there.
func saveAs(path string, p *model.Project) error {
	_, err := store.SaveAs(path, p)
	return err
}

// Document returns the document open in the window, or nil.
func (a *App) Document() *model.Document {
	if a.ed == nil {
		return nil
	}
	return a.ed.doc
}

// afterOnUIThread runs fn through fyne.Do once delay has passed.
func afterOnUIThread(delay time.Duration, fn func()) func() {
	t := time.AfterFunc(delay, func() { fyne.Do(fn) })
	return func() { t.Stop() }
}

// showError tells the user that something failed and why.
func (a *App) showError(title string, err error) {
	d := dialog.NewError(err, a.win)
	if title != "" {
		d = dialog.NewInformation(title, err.Error(), a.win)
	}
	showDialog(a.win, d)
}

// about shows the app's name, version and purpose.
func (a *App) about() {
	showDialog(a.win, dialog.NewInformation(lang.L("About Coplan"),
		lang.L("Coplan {{.Version}}", map[string]any{"Version": a.version})+"\n\n"+
			lang.L("Teachers and industry partners co-design STEM units of work:\nsessions, experts, rubrics and assessments in one readable file."),
		a.win))
}
