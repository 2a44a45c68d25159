package app

import (
	"fmt"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// showExported says that the export to path is written, with note (what the
// user should know, such as what it left out) when there is one, and offers
// to open the file in the system's viewer or show its folder.
func (a *App) showExported(path, note string) *dialog.CustomDialog {
	title := lang.L("Exported {{.File}}", map[string]any{"File": filepath.Base(path)})
	where := widget.NewLabel(lang.L("Saved in {{.Folder}}", map[string]any{"Folder": filepath.Dir(path)}))
	where.Wrapping = fyne.TextWrapBreak
	content := container.NewVBox(where)
	if note != "" {
		content.Add(widget.NewLabel(note))
	}
	d := dialog.NewCustomWithoutButtons(title, content, a.win)
	open := widget.NewButtonWithIcon(lang.L("Open"), theme.DocumentIcon(), func() {
		d.Hide()
		a.openInViewer(path)
	})
	open.Importance = widget.HighImportance
	folder := widget.NewButtonWithIcon(lang.L("Show in Folder"), theme.FolderOpenIcon(), func() {
		d.Hide()
		a.openInViewer(filepath.Dir(path))
	})
	d.SetButtons([]fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Close"), theme.CancelIcon(), d.Hide), folder, open})
	d.Resize(fyne.NewSize(480, 0))
	showDialog(a.win, d)
	return d
}

// openInViewer opens the file or folder at path with the program the system
// uses for it, and says so when it cannot.
func (a *App) openInViewer(path string) {
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		open := a.openURL
		if open == nil {
			open = a.fyne.OpenURL
		}
		err = open(u)
	}
	if err != nil {
		a.showError(lang.L("Could not open"), fmt.Errorf("%s: %w", filepath.Base(path), err))
	}
}
