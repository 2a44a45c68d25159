package app

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model/store"
)

// luminance is the brightness of c from 0 (black) to 1 (white).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}

func TestThemePreferenceForcesLightOrDarkOrFollowsTheSystem(t *testing.T) {
	tests := []struct {
		choice string
		// dark says whether the background is dark when the system is light
		// and when it is dark.
		darkOnLight, darkOnDark bool
	}{
		{"Dark", true, true},
		{"Light", false, false},
		{"Same as the system", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			c := newTestApp(t)
			pd := c.showPreferences()
			pd.theme.SetSelected(tt.choice)
			th := c.fyne.Settings().Theme()
			for _, v := range []struct {
				system fyne.ThemeVariant
				dark   bool
			}{{theme.VariantLight, tt.darkOnLight}, {theme.VariantDark, tt.darkOnDark}} {
				bg := luminance(th.Color(theme.ColorNameBackground, v.system))
				fg := luminance(th.Color(theme.ColorNameForeground, v.system))
				if (bg < 0.5) != v.dark || (fg < 0.5) == v.dark {
					t.Errorf("system variant %d: background %.2f, text %.2f; want dark %v", v.system, bg, fg, v.dark)
				}
			}
		})
	}
}

func TestTextSizePreferenceScalesTextAndSpacing(t *testing.T) {
	tests := []struct {
		choice string
		scale  float32
	}{
		{"150%", 1.5},
		{"90%", 0.9},
		{"100%", 1},
	}
	base := theme.DefaultTheme()
	for _, tt := range tests {
		t.Run(tt.choice, func(t *testing.T) {
			c := newTestApp(t)
			pd := c.showPreferences()
			pd.size.SetSelected(tt.choice)
			th := c.fyne.Settings().Theme()
			for _, n := range []fyne.ThemeSizeName{theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNamePadding, theme.SizeNameInlineIcon} {
				if got, want := th.Size(n), base.Size(n)*tt.scale; got != want {
					t.Errorf("%s is %v, want %v", n, got, want)
				}
			}
			if got, need := pd.content.Size(), pd.content.MinSize(); got.Width < need.Width || got.Height < need.Height {
				t.Errorf("the dialog gives its content %v of the %v it needs at the new size", got, need)
			}
			if got, want := th.Size(theme.SizeNameSeparatorThickness), base.Size(theme.SizeNameSeparatorThickness); got != want {
				t.Errorf("separators are %v thick, want %v", got, want)
			}
		})
	}
}

func TestAppearanceIsRememberedAndAppliedByANewWindow(t *testing.T) {
	c := newTestApp(t)
	pd := c.showPreferences()
	pd.theme.SetSelected("Dark")
	pd.size.SetSelected("150%")
	if got := c.prefs.themeChoice(); got != themeDark {
		t.Errorf("theme stored as %q", got)
	}
	if got := c.prefs.textScale(); got != 1.5 {
		t.Errorf("text size stored as %v", got)
	}

	c.fyne.Settings().SetTheme(theme.DefaultTheme())
	again := New(c.fyne, "test")
	t.Cleanup(func() { again.win.Close() })
	th := c.fyne.Settings().Theme()
	if bg := luminance(th.Color(theme.ColorNameBackground, theme.VariantLight)); bg >= 0.5 {
		t.Errorf("a new window is not dark: background %.2f", bg)
	}
	if got, want := th.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText)*1.5; got != want {
		t.Errorf("a new window's text is %v, want %v", got, want)
	}
	pd = again.showPreferences()
	if pd.theme.Selected != "Dark" || pd.size.Selected != "150%" {
		t.Errorf("the dialog shows %q at %q, want Dark at 150%%", pd.theme.Selected, pd.size.Selected)
	}
}

func TestAStoredTextSizeOutsideTheRangeIsBroughtWithinIt(t *testing.T) {
	c := newTestApp(t)
	for _, tt := range []struct{ stored, want float64 }{{5, 1.5}, {0.1, 0.9}, {-1, 0.9}, {1.25, 1.25}} {
		c.fyne.Preferences().SetFloat(prefScale, tt.stored)
		if got := c.prefs.textScale(); got != float32(tt.want) {
			t.Errorf("stored %v reads as %v, want %v", tt.stored, got, tt.want)
		}
	}
}

func TestCtrlCommaOpensPreferences(t *testing.T) {
	c := newTestApp(t)
	if !c.handleShortcut(keyPreferences) {
		t.Fatal("Ctrl+, is not bound")
	}
	if msg := overlayText(c); !strings.Contains(msg, "Theme") || !strings.Contains(msg, "Text size") {
		t.Errorf("Preferences is not shown: %q", msg)
	}
}

func TestNarrowFieldsGrowWithTheTextSize(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	for _, scale := range []float32{1, 1.5} {
		c.prefs.setTextScale(scale)
		c.applyAppearance()
		if got, want := narrow(widget.NewEntry(), 190).MinSize().Width, 190*scale; got != want {
			t.Errorf("at %v a field 190 wide is %v wide, want %v", scale, got, want)
		}
		for _, key := range []string{"overview", "assessments", "responsibilities"} {
			c.ed.selectSection(key)
			c.win.Resize(fyne.NewSize(1280, 720))
			for _, msg := range sideways(objects(c), nil) {
				t.Errorf("%s at %v%% text: %s", key, scale*100, msg)
			}
		}
	}
}

func TestRubricGridColumnsGrowWithTheTextSize(t *testing.T) {
	c := newTestApp(t)
	c.prefs.setTextScale(1.5)
	c.applyAppearance()
	c.openExample()
	v := show(t, c, "rubrics").(*rubrics)
	c.win.Resize(fyne.NewSize(1280, 720))
	if v.grid == nil {
		t.Fatal("no rubric grid shown")
	}
	v.grid.openRow(v.grid.criteria[0]) // a closed row shows no one-line fields
	for _, o := range shownObjects(v.grid.object()) {
		en, ok := o.(*widgets.FieldEntry)
		if !ok || en.MultiLine || !en.Visible() {
			continue
		}
		text := en.Text
		if text == "" {
			text = en.PlaceHolder
		}
		need := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
		if en.Size().Width < need {
			t.Errorf("at 150%% text a field showing %q gets %v of the %v it needs", text, en.Size().Width, need)
		}
	}
}

func TestPreferencesGiveYourNameAndRoleInAFormWithAlignedFields(t *testing.T) {
	c := newTestApp(t)
	pd := c.showPreferences()
	if pd.who.Text != identityText(store.Owner{}) {
		t.Errorf("before a name is given the Preferences show %q", pd.who.Text)
	}
	test.Tap(pd.change)
	var name *dialogEntry
	var role *widget.RadioGroup
	for _, o := range objects(c) {
		if r, ok := o.(*widget.RadioGroup); ok && r.Visible() && slices.Contains(r.Options, userRoleLabel("partner")) {
			role = r
		}
		if e, ok := o.(*dialogEntry); ok && e.PlaceHolder == lang.L("for example Zoë Ødegaard") {
			name = e
		}
	}
	if role == nil || name == nil {
		t.Fatal("the name and role dialog offers no name or no roles")
	}
	d := fyne.CurrentApp().Driver()
	if x, y := d.AbsolutePositionForObject(name).X, d.AbsolutePositionForObject(role).X; x != y {
		t.Errorf("the name's box starts at x=%v, the role's choices at x=%v: not one column", x, y)
	}
	if role.Horizontal {
		t.Error("the roles are side by side, spaced unlike the name's box: want them one under another")
	}
	test.Tap(button(t, c, "Save"))
	if c.prefs.identity().Name != "" {
		t.Error("Save with no name kept an empty name")
	}
	name.SetText("Zoë Ødegaard")
	role.SetSelected(userRoleLabel("partner"))
	test.Tap(button(t, c, "Save"))
	if got := c.prefs.identity(); got.Name != "Zoë Ødegaard" || got.Role != "partner" {
		t.Errorf("saved %+v", got)
	}
	if want := identityText(store.Owner{Name: "Zoë Ødegaard", Role: "partner"}); pd.who.Text != want {
		t.Errorf("after saving the Preferences show %q, want %q", pd.who.Text, want)
	}
}
