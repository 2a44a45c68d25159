package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
	"coplan/model/store"
)

// withIdentity runs then with the user's name and role, asking for them
// first when the user has not said who they are yet: once, at the first
// comment or approval.
func (a *App) withIdentity(then func(store.Owner)) {
	if o := a.prefs.identity(); o.Name != "" {
		then(o)
		return
	}
	a.askIdentity(lang.L("Before you comment or approve, say who you are. Your name and role are written into comments, approvals and the lock file that tells others you have a unit open."), then)
}

// editIdentity lets the user change their name and role.
func (a *App) editIdentity() { a.askIdentity(identityWhy(), nil) }

// identityWhy says where the user's name and role go.
func identityWhy() string {
	return lang.L("Your name and role are written into your comments and approvals, and into the lock file that tells others you have a unit open.")
}

// askIdentity asks for the user's name and role, remembers them and runs
// then, if given, with them. The reason is written across the top and the
// two fields under it as a form, their labels in one column and the name's
// box and the role's choices starting at one edge.
func (a *App) askIdentity(why string, then func(store.Owner)) *dialog.CustomDialog {
	cur := a.prefs.identity()
	name := newDialogEntry()
	name.SetPlaceHolder(lang.L("for example Zoë Ødegaard"))
	name.SetText(cur.Name)
	labels := make([]string, len(model.UserRoles))
	for i, r := range model.UserRoles {
		labels[i] = userRoleLabel(r)
	}
	role := widget.NewRadioGroup(labels, nil)
	role.Required = true
	role.SetSelected(userRoleLabel(cur.Role))
	if role.Selected == "" {
		role.SetSelected(labels[0])
	}
	note := widget.NewLabel(why)
	note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(widget.NewFormItem(lang.L("Name"), name), widget.NewFormItem(lang.L("Role"), role))

	var d *dialog.CustomDialog
	save := widget.NewButtonWithIcon(lang.L("Save"), theme.ConfirmIcon(), func() {
		o := store.Owner{Name: strings.TrimSpace(name.Text), Role: model.UserRoles[max(0, indexOf(labels, role.Selected))]}
		if name.Validate() != nil {
			a.win.Canvas().Focus(name)
			return
		}
		d.Hide()
		a.prefs.setIdentity(o)
		a.identityChanged(o)
		if then != nil {
			then(o)
		}
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Cancel"), theme.CancelIcon(), func() { d.Hide() })
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(lang.L("Enter your name"))
		}
		return nil
	}
	name.OnSubmitted = func(string) { save.OnTapped() }

	d = dialog.NewCustomWithoutButtons(lang.L("Your name and role"), container.NewVBox(note, form), a.win)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	d.Resize(fyne.NewSize(520, 0))
	showDialog(a.win, d)
	a.win.Canvas().Focus(name)
	return d
}

// lockOwner is who the lock file names: the name and role the user gave,
// or nobody until they give one (others then read "someone on HOST", never
// the computer account's name).
func (a *App) lockOwner() store.Owner { return a.prefs.identity() }

// userRoleLabel names a user role for people.
func userRoleLabel(r string) string {
	switch r {
	case "teacher":
		return lang.L("Teacher")
	case "partner":
		return lang.L("Industry partner")
	case "coordinator":
		return lang.L("Coordinator")
	}
	return r
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
