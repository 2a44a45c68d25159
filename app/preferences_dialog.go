package app

import (
	"fmt"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"coplan/model/store"
)

// preferencesDialog is Edit › Preferences…: the theme, the text size, and
// the name and role written into comments and approvals.
// Each change shows at once and is remembered, so the dialog only needs
// closing.
type preferencesDialog struct {
	d       *dialog.CustomDialog
	theme   *widget.RadioGroup
	size    *widget.Select
	who     *widget.Label  // the user's name and role, as comments show them
	change  *widget.Button // asks for them
	content *fyne.Container
}

// identityText is the user's name and role as the Preferences show them.
func identityText(o store.Owner) string {
	if o.Name == "" {
		return lang.L("Not given yet")
	}
	return o.Name + " (" + userRoleLabel(o.Role) + ")"
}

// themeChoices are the theme preference's values in the order offered.
var themeChoices = []string{themeSystem, themeLight, themeDark}

// themeLabel names a theme choice on screen.
func themeLabel(v string) string {
	switch v {
	case themeLight:
		return lang.L("Light")
	case themeDark:
		return lang.L("Dark")
	}
	return lang.L("Same as the system")
}

// scaleLabel shows a text size as a percentage, such as "150%".
func scaleLabel(s float32) string { return fmt.Sprintf("%.0f%%", s*100) }

// showPreferences opens the Preferences dialog.
func (a *App) showPreferences() *preferencesDialog {
	pd := &preferencesDialog{}
	var labels []string
	for _, v := range themeChoices {
		labels = append(labels, themeLabel(v))
	}
	pd.theme = widget.NewRadioGroup(labels, nil)
	pd.theme.Required = true
	pd.theme.SetSelected(themeLabel(a.prefs.themeChoice()))
	pd.theme.OnChanged = func(label string) {
		for _, v := range themeChoices {
			if themeLabel(v) == label && v != a.prefs.themeChoice() {
				a.prefs.setThemeChoice(v)
				a.applyAppearance()
			}
		}
	}

	var sizes []string
	current := a.prefs.textScale()
	sel := -1
	for i, s := range textScales {
		sizes = append(sizes, scaleLabel(s))
		if s == current {
			sel = i
		}
	}
	pd.size = widget.NewSelect(sizes, nil)
	if sel >= 0 {
		pd.size.SetSelectedIndex(sel)
	} else {
		pd.size.PlaceHolder = scaleLabel(current)
	}
	pd.size.OnChanged = func(string) {
		i := pd.size.SelectedIndex()
		if i >= 0 && textScales[i] != a.prefs.textScale() {
			a.prefs.setTextScale(textScales[i])
			a.applyAppearance()
			pd.d.Refresh() // the dialog grows or shrinks with its text
		}
	}

	pd.who = widget.NewLabel(identityText(a.prefs.identity()))
	pd.change = widget.NewButton(lang.L("Change…"), func() {
		a.askIdentity(identityWhy(), func(o store.Owner) { pd.who.SetText(identityText(o)) })
	})

	note := widget.NewLabel(lang.L("Changes show at once and are remembered."))
	note.TextStyle.Italic = true
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Theme")), pd.theme,
		widget.NewLabel(lang.L("Text size")), container.NewHBox(pd.size),
		widget.NewLabel(lang.L("Your name and role")), container.NewVBox(pd.who, container.NewHBox(pd.change)),
	)
	pd.content = container.NewVBox(form, note)
	pd.d = dialog.NewCustom(lang.L("Preferences"), lang.L("Close"), pd.content, a.win)
	showDialog(a.win, pd.d)
	return pd
}

// applyAppearance sets the theme the preferences choose; every window
// redraws in it.
func (a *App) applyAppearance() {
	a.fyne.Settings().SetTheme(newTheme(a.prefs))
}

// cmdPreferences runs Edit › Preferences….
func (a *App) cmdPreferences() { a.showPreferences() }
