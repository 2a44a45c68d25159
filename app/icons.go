package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"coplan/model"
)

// appIcons are the status icons, made once so that pickers can compare them.
type appIcons struct {
	inClass, inCommunity             fyne.Resource
	ok, expired, missing, unknown    fyne.Resource
	errorMark, warningMark, openMark fyne.Resource
	accepted, rejected               fyne.Resource
}

var icons = sync.OnceValue(func() appIcons {
	return appIcons{
		inClass:     theme.NewColoredResource(theme.LoginIcon(), theme.ColorNamePrimary),
		inCommunity: theme.NewColoredResource(theme.LogoutIcon(), colorNameCommunity),
		ok:          theme.NewSuccessThemedResource(theme.ConfirmIcon()),
		// An expired check is a warning in Readiness: the same colour here.
		expired:     theme.NewWarningThemedResource(theme.ErrorIcon()),
		missing:     theme.NewWarningThemedResource(theme.WarningIcon()),
		unknown:     theme.NewWarningThemedResource(theme.QuestionIcon()),
		errorMark:   theme.NewErrorThemedResource(theme.ErrorIcon()),
		warningMark: theme.NewWarningThemedResource(theme.WarningIcon()),
		openMark:    theme.NewColoredResource(theme.MailComposeIcon(), theme.ColorNamePrimary),
		accepted:    theme.NewSuccessThemedResource(theme.ConfirmIcon()),
		rejected:    theme.NewErrorThemedResource(theme.CancelIcon()),
	}
})

// engagementLabel says in words where a session happens.
func engagementLabel(v string) string {
	switch v {
	case model.InClass:
		return lang.L("In class")
	case model.InCommunity:
		return lang.L("In community")
	}
	return lang.L("Not set")
}

// engagementIcon shows where a session happens: the community coming in,
// or students going out.
func engagementIcon(v string) fyne.Resource {
	switch v {
	case model.InClass:
		return icons().inClass
	case model.InCommunity:
		return icons().inCommunity
	}
	return nil
}

// safetyNote says whether an expert's safety check covers date d, with an icon.
func safetyNote(x *model.Expert, d model.Date) (string, fyne.Resource) {
	if x.IsSchoolStaff() {
		return lang.L("school staff"), nil
	}
	st := x.SafetyStatus(d)
	switch st {
	case model.SafetyValid:
		return lang.L("check valid"), safetyIcon(st)
	case model.SafetyExpired:
		return lang.L("check expired"), safetyIcon(st)
	case model.SafetyNone:
		return lang.L("no safety check"), safetyIcon(st)
	}
	return lang.L("check has no expiry date"), safetyIcon(st)
}

// safetyIcon is the icon of a safety-check status.
func safetyIcon(st model.SafetyStatus) fyne.Resource {
	switch st {
	case model.SafetyValid:
		return icons().ok
	case model.SafetyExpired:
		return icons().expired
	case model.SafetyNone:
		return icons().missing
	}
	return icons().unknown
}
