package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// people shows the experts and the partner organisations on two tabs.
type people struct {
	e                 *editor
	experts, partners *listPane
	tabs              *container.AppTabs
	root              fyne.CanvasObject
}

func newPeople(e *editor) sectionView {
	v := &people{e: e, experts: newExpertsPane(e), partners: newPartnersPane(e)}
	v.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Experts"), theme.AccountIcon(), v.experts.Object()),
		container.NewTabItemWithIcon(lang.L("Partner organisations"), theme.HomeIcon(), v.partners.Object()),
	)
	imp := widget.NewButtonWithIcon(lang.L("Import people from a spreadsheet…"), theme.UploadIcon(), func() { askSpreadsheet(e, readPeopleSheet(e)) })
	imp.Alignment = widget.ButtonAlignLeading
	v.root = container.NewBorder(nil, imp, nil, nil, v.tabs)
	return v
}

func (v *people) Object() fyne.CanvasObject { return v.root }

func (v *people) Changed(c model.Change) {
	v.experts.Changed(c)
	v.partners.Changed(c)
}

func (v *people) Reload() {
	v.experts.Reload()
	v.partners.Reload()
}

// Reveal shows the tab of the expert or partner with id and selects it.
func (v *people) Reveal(id, field string) {
	if v.e.doc.Project.Partner(id) != nil {
		v.tabs.SelectIndex(1)
		v.partners.Reveal(id, field)
		return
	}
	v.tabs.SelectIndex(0)
	v.experts.Reveal(id, field)
}

// DeleteSelected deletes the selected expert or partner on the tab shown.
func (v *people) DeleteSelected() bool {
	if v.tabs.SelectedIndex() == 1 {
		return v.partners.DeleteSelected()
	}
	return v.experts.DeleteSelected()
}

func newPartnersPane(e *editor) *listPane {
	p := func() *model.Project { return e.doc.Project }
	return newListPane(e, listSpec{
		noun:  lang.L("partner"),
		count: func() int { return len(p().Partners) },
		idAt:  func(i int) string { return p().Partners[i].ID },
		newRow: func() (*listRow, fyne.CanvasObject) {
			name := widget.NewLabel("")
			name.TextStyle.Bold = true
			name.Truncation = fyne.TextTruncateEllipsis
			kind := widget.NewLabel("")
			kind.SizeName = theme.SizeNameCaptionText
			return &listRow{title: name, aside: kind}, container.NewBorder(nil, nil, nil, kind, name)
		},
		setRow: func(i int, row *listRow) {
			x := p().Partners[i]
			setText(row.title, orUnnamed(x.Name))
			setText(row.aside, partnerKindLabel(x.Kind))
		},
		newEntity: func(id string) any { return model.Partner{ID: id, Name: lang.L("New partner")} },
		detail:    func(id string) *form { return partnerForm(e, id) },
		empty:     lang.L("Select a partner organisation to edit it, or add one."),
	})
}

func partnerForm(e *editor, id string) *form {
	f := newForm(e, id)
	f.group(lang.L("Partner organisation"))
	f.row(lang.L("Name"), f.text("name", ""))
	f.row(lang.L("Kind"), f.choice("kind", func() []option {
		opts := []option{{label: noneLabel()}}
		for _, k := range model.PartnerKinds {
			opts = append(opts, option{value: k, label: partnerKindLabel(k)})
		}
		return opts
	}, false))
	f.row(lang.L("Contact"), f.text("contact", lang.L("The person to talk to")))
	f.row(lang.L("Email"), f.text("email", ""))
	f.row(lang.L("Phone"), f.text("phone", ""))
	f.row(lang.L("Website"), f.text("website", "https://"))
	f.row(lang.L("Private notes"), f.long("notes", 3, lang.L("Your own notes: never printed on a handout")))
	f.group(lang.L("Their experts"))
	f.row(lang.L("Experts"), f.links(func() []link {
		var out []link
		for _, x := range e.doc.Project.Experts {
			if x.Partner == id {
				out = append(out, link{id: x.ID, label: orUnnamed(x.Name), note: rolesLabel(x.Roles)})
			}
		}
		return out
	}, lang.L("No experts from this organisation yet: choose it as an expert's partner.")))
	return f
}

// partnerKindLabel names a kind of partner organisation.
func partnerKindLabel(k string) string {
	switch k {
	case "industry":
		return lang.L("Industry")
	case "university":
		return lang.L("University")
	case "government":
		return lang.L("Government")
	case "non-profit":
		return lang.L("Non-profit")
	case "community":
		return lang.L("Community group")
	case "school":
		return lang.L("School")
	case "other":
		return lang.L("Other")
	}
	return k
}
