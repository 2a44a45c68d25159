package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/assets"
)

// startScreen offers a new unit (blank or from a template), opening a file,
// the recent files and the example unit.
func (a *App) startScreen() fyne.CanvasObject {
	logo := canvas.NewImageFromResource(Icon)
	logo.FillMode = canvas.ImageFillContain
	logo.SetMinSize(fyne.NewSquareSize(56))
	name := widget.NewLabel("Coplan")
	name.TextStyle.Bold = true
	name.SizeName = theme.SizeNameHeadingText
	tagline := widget.NewLabel(lang.L("Plan a STEM unit with your industry partners: sessions, experts, rubrics and assessments in one file."))
	tagline.Wrapping = fyne.TextWrapWord
	header := container.NewBorder(nil, nil, logo, nil, container.NewVBox(name, tagline))

	news := container.NewVBox(a.templateRow(lang.L("Blank unit"), lang.L("Start from nothing and build the unit section by section."), func() { a.newUnit(nil) }))
	for _, t := range assets.Templates() {
		news.Add(widget.NewSeparator())
		news.Add(a.templateRow(t.Title, t.Description, func() { a.newUnit(&t) }))
	}
	a.addUserTemplates(news)
	// The card's subtitle is a wrapped label, not the card's own one-line subtitle, so it never sets the screen's width.
	cardNote := widget.NewLabel(lang.L("Each template is a complete unit to adapt to your class and partners."))
	cardNote.Wrapping = fyne.TextWrapWord
	newCard := widget.NewCard(lang.L("Start a new unit"), "", container.NewBorder(cardNote, nil, nil, nil, container.NewVScroll(news)))

	open := widget.NewButtonWithIcon(lang.L("Open a unit file…"), theme.FolderOpenIcon(), a.showOpenDialog)
	open.Importance = widget.HighImportance
	open.Alignment = widget.ButtonAlignLeading
	example := widget.NewButtonWithIcon(lang.L("Open the example unit"), theme.FileIcon(), a.openExample)
	example.Alignment = widget.ButtonAlignLeading
	exampleNote := widget.NewLabel(lang.L("A complete solar car unit to explore; it opens as an unsaved copy."))
	exampleNote.Wrapping = fyne.TextWrapWord
	exampleNote.SizeName = theme.SizeNameCaptionText
	recentTitle := widget.NewLabelWithStyle(lang.L("Recent files"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	openCard := widget.NewCard(lang.L("Open"), "", container.NewBorder(
		container.NewVBox(open, example, exampleNote, widget.NewSeparator(), recentTitle), nil, nil, nil,
		container.NewVScroll(a.recentList())))

	body := container.NewGridWithColumns(2, newCard, openCard)
	return container.NewPadded(container.NewBorder(container.NewPadded(header), nil, nil, nil, body))
}

// templateRow is one way to start a unit: its title and description and a
// button that creates it.
func (a *App) templateRow(title, description string, create func()) fyne.CanvasObject {
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.Wrapping = fyne.TextWrapWord
	desc := widget.NewLabel(description)
	desc.Wrapping = fyne.TextWrapWord
	button := widget.NewButtonWithIcon(lang.L("Create"), theme.ContentAddIcon(), create)
	return container.NewBorder(nil, nil, nil, container.NewVBox(layout.NewSpacer(), button, layout.NewSpacer()),
		container.New(&widgets.TightVBox{}, heading, desc))
}

// recentList lists the recent files as links, with their folders.
func (a *App) recentList() fyne.CanvasObject {
	box := container.NewVBox()
	for _, path := range a.prefs.recent() {
		p := path
		link := widget.NewHyperlink(filepath.Base(p), nil)
		link.OnTapped = func() { a.openPath(p) }
		dir := widget.NewLabel(filepath.Dir(p))
		dir.SizeName = theme.SizeNameCaptionText
		dir.Truncation = fyne.TextTruncateEllipsis
		box.Add(container.New(&widgets.TightVBox{}, link, dir))
	}
	if len(box.Objects) == 0 {
		none := widget.NewLabel(lang.L("Files you open or save appear here."))
		none.SizeName = theme.SizeNameCaptionText
		box.Add(none)
	}
	return box
}
