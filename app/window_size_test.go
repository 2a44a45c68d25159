package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/assets"
	"coplan/model"
)

func TestWindowOpensAtASizeThatFitsTheScreen(t *testing.T) {
	for _, tc := range []struct {
		name               string
		screen, remembered fyne.Size
		want               fyne.Size
	}{
		{"a large screen gets the default", fyne.NewSize(1920, 1040), fyne.Size{}, defaultWindow},
		{"1366×768 leaves room for the title bar", fyne.NewSize(1366, 768), fyne.Size{}, fyne.NewSize(1280, 720)},
		{"a panel takes from the height", fyne.NewSize(1366, 728), fyne.Size{}, fyne.NewSize(1280, 680)},
		{"1024×640 is filled", fyne.NewSize(1024, 640), fyne.Size{}, fyne.NewSize(1008, 592)},
		{"the remembered size comes back", fyne.NewSize(1920, 1040), fyne.NewSize(1500, 900), fyne.NewSize(1500, 900)},
		{"a remembered size larger than the screen shrinks", fyne.NewSize(1366, 768), fyne.NewSize(1900, 1000), fyne.NewSize(1350, 720)},
		{"a remembered size smaller than the default stays", fyne.NewSize(1920, 1040), fyne.NewSize(1000, 600), fyne.NewSize(1000, 600)},
		{"a tiny remembered size is ignored", fyne.NewSize(1920, 1040), fyne.NewSize(120, 80), defaultWindow},
		{"an unknown screen gets a size that fits 1366×768", fyne.Size{}, fyne.Size{}, fallbackWindow},
		{"an unknown screen keeps the remembered size", fyne.Size{}, fyne.NewSize(1500, 900), fyne.NewSize(1500, 900)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := windowSize(tc.screen, tc.remembered); got != tc.want {
				t.Errorf("windowSize(%v, %v) = %v, want %v", tc.screen, tc.remembered, got, tc.want)
			}
		})
	}
	if fallbackWindow.Width+windowFrame.Width > 1366 || fallbackWindow.Height+windowFrame.Height > 768-30 {
		t.Errorf("the fallback size %v does not fit 1366×768 with a panel", fallbackWindow)
	}
}

func TestWindowRemembersItsSizeAndOpensAtItClampedToTheScreen(t *testing.T) {
	a := sharedTestApp() // one app, so the second window reads what the first remembered
	t.Setenv("FYNE_SCALE", "")
	first := New(a, "test")
	first.schedule = func(_ time.Duration, fn func()) func() { fn(); return func() {} }
	first.Start(nil)
	if got, _ := first.prefs.windowSize(); !got.IsZero() {
		t.Errorf("the size the window opened at was remembered: %v", got)
	}
	first.win.Resize(fyne.NewSize(1100, 700))
	if got, scale := first.prefs.windowSize(); got != fyne.NewSize(1100, 700) || scale != 1 {
		t.Fatalf("after a resize to 1100×700 the preferences hold %v at scale %v", got, scale)
	}
	first.win.Resize(fyne.NewSize(1900, 1200))
	first.win.Close()

	saved := ScreenArea
	t.Cleanup(func() { ScreenArea = saved })
	ScreenArea = func() (fyne.Size, bool) { return fyne.NewSize(1366, 768), true }
	again := New(a, "test")
	t.Cleanup(func() { again.win.Close() })
	if got, want := again.win.Canvas().Size(), fyne.NewSize(1350, 720); got != want {
		t.Errorf("the window reopened at %v, want the remembered 1900×1200 made to fit 1366×768: %v", got, want)
	}

	t.Setenv("FYNE_SCALE", "2")
	ScreenArea = func() (fyne.Size, bool) { return fyne.NewSize(1280, 700), true } // 2560×1400 pixels at scale 2
	doubled := New(a, "test")
	t.Cleanup(func() { doubled.win.Close() })
	if got, want := doubled.win.Canvas().Size(), fyne.NewSize(950, 600); got != want {
		t.Errorf("at FYNE_SCALE=2 the window reopened at %v, want the 1900×1200 kept at scale 1, in units twice as large: %v", got, want)
	}
}

func TestUserScaleIsReadAsFyneReadsIt(t *testing.T) {
	for _, tc := range []struct {
		name    string
		env     string
		setting float32
		want    float32
	}{
		{"nothing set", "", 0, 1},
		{"Fyne's setting", "", 1.5, 1.5},
		{"FYNE_SCALE wins over the setting", "1.25", 1.5, 1.25},
		{"FYNE_SCALE=auto leaves it to the screen", "auto", 1.5, 1},
		{"FYNE_SCALE that is not a number", "big", 1.5, 1.5},
		{"FYNE_SCALE of zero", "0", 0, 1},
	} {
		if got := userScale(tc.env, tc.setting); got != tc.want {
			t.Errorf("%s: userScale(%q, %v) = %v, want %v", tc.name, tc.env, tc.setting, got, tc.want)
		}
	}
}

func TestARememberedSizeReopensAtTheSameSizeOnScreen(t *testing.T) {
	for _, tc := range []struct {
		name             string
		screen, kept     fyne.Size
		keptAt, scaleNow float32
		want             fyne.Size
	}{
		{"same scale", fyne.NewSize(1920, 1040), fyne.NewSize(1500, 900), 1, 1, fyne.NewSize(1500, 900)},
		{"kept by an older version, with no scale: as it was", fyne.NewSize(1920, 1040), fyne.NewSize(1500, 900), 0, 2, fyne.NewSize(1500, 900)},
		{"FYNE_SCALE 1 to 1.5: fewer, larger units", fyne.NewSize(1280, 693), fyne.NewSize(1200, 600), 1, 1.5, fyne.NewSize(800, 400)},
		{"FYNE_SCALE 2 to 1: more, smaller units", fyne.NewSize(2560, 1400), fyne.NewSize(700, 400), 2, 1, fyne.NewSize(1400, 800)},
		{"made to fit the work area after scaling up", fyne.NewSize(1366, 728), fyne.NewSize(1300, 700), 0.5, 1, fyne.NewSize(650, 350)},
		{"made to fit a smaller screen", fyne.NewSize(1366, 728), fyne.NewSize(1900, 1000), 1, 1, fyne.NewSize(1350, 680)},
		{"scaled up past the screen, then made to fit", fyne.NewSize(1366, 728), fyne.NewSize(1000, 600), 2, 1, fyne.NewSize(1350, 680)},
		{"a size that scales below the least is ignored", fyne.NewSize(1920, 1040), fyne.NewSize(500, 340), 1, 2, defaultWindow},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := windowSize(tc.screen, rescale(tc.kept, tc.keptAt, tc.scaleNow)); got != tc.want {
				t.Errorf("%v kept at scale %v, opened at scale %v on %v: %v, want %v", tc.kept, tc.keptAt, tc.scaleNow, tc.screen, got, tc.want)
			}
		})
	}
}

func TestOnlySizesTheWindowWasGivenAreRemembered(t *testing.T) {
	opened := fyne.NewSize(1350, 680)
	for _, tc := range []struct {
		name         string
		size, opened fyne.Size
		want         bool
	}{
		{"the size it opened at, made to fit this screen", opened, opened, false},
		{"within a unit of it, as pixels round", fyne.NewSize(1350.6, 679.5), opened, false},
		{"a new width", fyne.NewSize(1200, 680), opened, true},
		{"a new height", fyne.NewSize(1350, 600), opened, true},
		{"any size once it changed", opened, fyne.Size{}, true},
		{"a transient tiny size", fyne.NewSize(200, 100), fyne.Size{}, false},
		{"too narrow", fyne.NewSize(479, 600), fyne.Size{}, false},
	} {
		if got := worthRemembering(tc.size, tc.opened); got != tc.want {
			t.Errorf("%s: worthRemembering(%v, %v) = %v, want %v", tc.name, tc.size, tc.opened, got, tc.want)
		}
	}
}

// fitSizes are the windows every section must fit without scrolling
// sideways or cutting words: the window Coplan opens at on the smallest
// screens, 1024×640 and 1366×768, and the latter at 150% text, when every
// size in the theme is half as large again (so the window holds two thirds
// as much).
var fitSizes = []fyne.Size{
	windowSize(fyne.NewSize(1024, 640), fyne.Size{}),
	windowSize(fyne.NewSize(1366, 768), fyne.Size{}),
	fyne.NewSize(1280/1.5, 720/1.5), // windowSize(1366×768) at 150%
}

// sideways returns the scroll containers among objs whose content is wider
// than they are, leaving out those in skip and those inside text entries (a
// one-line entry scrolls its own text).
func sideways(objs, skip []fyne.CanvasObject) []string {
	var out []string
	for _, o := range objs {
		sc, ok := o.(*container.Scroll)
		if !ok || !sc.Visible() || sc.Content == nil || slices.Contains(skip, o) || fmt.Sprintf("%T", sc.Content) == "*widget.entryContent" ||
			sc.Direction == container.ScrollVerticalOnly || sc.Direction == container.ScrollNone {
			continue
		}
		if w := sc.Content.MinSize().Width; w > sc.Size().Width+0.5 {
			out = append(out, fmt.Sprintf("a scroll %v wide holding content %v wide", sc.Size().Width, w))
		}
	}
	return out
}

// widestWord is the width of the widest word of text at a text size, with
// the inner padding a label draws on both sides.
func widestWord(text string, size float32, style fyne.TextStyle) float32 {
	w := float32(0)
	for _, word := range strings.Fields(text) {
		w = max(w, fyne.MeasureText(word, size, style).Width)
	}
	return w + 2*theme.InnerPadding()
}

// clipped returns the widgets among objs that are cut: a label or link
// narrower than its text on one line (or, when it wraps, than its widest
// word, which would break letter by letter), or a button, choice or check
// narrower than its least size. Labels cut with an ellipsis on purpose
// are left out.
func clipped(objs []fyne.CanvasObject) []string {
	var out []string
	cut := func(what string, has, need float32) {
		if has+0.5 < need {
			out = append(out, fmt.Sprintf("%s is %v wide, %v needed", what, has, need))
		}
	}
	textSize := func(n fyne.ThemeSizeName) float32 {
		if n == "" {
			n = theme.SizeNameText
		}
		return theme.Size(n)
	}
	for _, o := range objs {
		if !o.Visible() || o.Size().IsZero() {
			continue
		}
		switch x := o.(type) {
		case *widget.Label:
			switch {
			case x.Truncation != fyne.TextTruncateOff || x.Text == "":
			case x.Wrapping == fyne.TextWrapOff:
				cut(fmt.Sprintf("the label %q", x.Text), x.Size().Width, x.MinSize().Width)
			default:
				cut(fmt.Sprintf("the wrapping label %q", x.Text), x.Size().Width, widestWord(x.Text, textSize(x.SizeName), x.TextStyle))
			}
		case *widget.Hyperlink:
			if x.Wrapping == fyne.TextWrapOff {
				cut(fmt.Sprintf("the link %q", x.Text), x.Size().Width, x.MinSize().Width)
			} else {
				cut(fmt.Sprintf("the wrapping link %q", x.Text), x.Size().Width, widestWord(x.Text, textSize(x.SizeName), x.TextStyle))
			}
		case *widget.Button:
			cut(fmt.Sprintf("the button %q", x.Text), x.Size().Width, x.MinSize().Width)
		case *widget.RadioGroup:
			cut(fmt.Sprintf("the choice of %q", x.Options), x.Size().Width, x.MinSize().Width)
		case *widget.Check:
			cut(fmt.Sprintf("the check box %q", x.Text), x.Size().Width, x.MinSize().Width)
		case *widget.Select:
			cut(fmt.Sprintf("the picker %q", x.Selected), x.Size().Width, x.MinSize().Width)
		}
	}
	return out
}

// sessionTimesShow fails when a session's date, time and length are cut
// short in the list.
func sessionTimesShow(t *testing.T, c *App, all []fyne.CanvasObject) {
	t.Helper()
	when := map[string]bool{}
	for i := range c.ed.doc.Project.Sessions {
		when[sessionWhen(&c.ed.doc.Project.Sessions[i])] = true
	}
	seen := 0
	for _, o := range all {
		if l, ok := o.(*widget.Label); ok && l.Visible() && when[l.Text] {
			seen++
			need := fyne.MeasureText(l.Text, theme.Size(theme.SizeNameCaptionText), l.TextStyle).Width + 2*theme.InnerPadding()
			if l.Size().Width+0.5 < need {
				t.Errorf("Sessions: the list cuts %q to %v, %v needed", l.Text, l.Size().Width, need)
			}
		}
	}
	if seen == 0 {
		t.Error("Sessions: no session's date and time in the list")
	}
}

// reviewButtons fails unless the comment shown offers only what can be
// done with it (Reopen for a settled comment, the others for an open one),
// on one line when oneLine is set.
func reviewButtons(t *testing.T, all []fyne.CanvasObject, oneLine bool) {
	t.Helper()
	names := []string{lang.L("Accept"), lang.L("Accept and use the wording"), lang.L("Reject"), lang.L("Mark resolved"), lang.L("Reopen")}
	var shown []*widget.Button
	for _, o := range all {
		if b, ok := o.(*widget.Button); ok && b.Visible() && slices.Contains(names, b.Text) {
			shown = append(shown, b)
		}
	}
	if len(shown) == 0 {
		t.Error("Review: no comment's buttons show")
		return
	}
	reopen := slices.ContainsFunc(shown, func(b *widget.Button) bool { return b.Text == lang.L("Reopen") })
	if reopen != (len(shown) == 1) {
		t.Errorf("Review: %d buttons show, Reopen among them: %v", len(shown), reopen)
	}
	for _, b := range shown[1:] {
		if oneLine && b.Position().Y != shown[0].Position().Y {
			t.Errorf("Review: %q is on another line than %q", b.Text, shown[0].Text)
		}
	}
}

func TestClippedFindsWordsCutAndLeavesEllipsesAlone(t *testing.T) {
	newTestApp(t)
	label := func(text string, wrap fyne.TextWrap, cut fyne.TextTruncation) *widget.Label {
		l := widget.NewLabel(text)
		l.Wrapping, l.Truncation = wrap, cut
		return l
	}
	link := widget.NewHyperlink("criterion \"Testing and data analysis\"", nil)
	link.Wrapping = fyne.TextWrapWord
	radio := widget.NewRadioGroup([]string{"School", "Partner", "Students"}, nil)
	radio.Horizontal = true
	word := widestWord("Responsibilities", theme.TextSize(), fyne.TextStyle{})
	for _, tc := range []struct {
		name  string
		o     fyne.CanvasObject
		width float32
		cut   bool
	}{
		{"a section's name narrower than its text", label("Responsibilities", fyne.TextWrapOff, fyne.TextTruncateOff), word - 10, true},
		{"a section's name with room", label("Responsibilities", fyne.TextWrapOff, fyne.TextTruncateOff), word, false},
		{"a row's title cut with an ellipsis", label("Responsibilities", fyne.TextWrapOff, fyne.TextTruncateEllipsis), 40, false},
		{"a wrapping label as wide as its longest word", label("Responsibilities of each", fyne.TextWrapWord, fyne.TextTruncateOff), word, false},
		{"a wrapping label narrower than a word", label("Responsibilities of each", fyne.TextWrapWord, fyne.TextTruncateOff), word / 2, true},
		{"a link one letter wide", link, 20, true},
		{"a choice whose last option is cut", radio, radio.MinSize().Width - 30, true},
	} {
		tc.o.Resize(fyne.NewSize(tc.width, tc.o.MinSize().Height))
		if got := len(clipped([]fyne.CanvasObject{tc.o})) > 0; got != tc.cut {
			t.Errorf("%s: reported cut %v, want %v", tc.name, got, tc.cut)
		}
	}
}

// inWindow fails unless o lies within the window's canvas.
func inWindow(t *testing.T, c *App, what string, o fyne.CanvasObject) {
	t.Helper()
	if !o.Visible() {
		t.Errorf("%s is hidden", what)
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	end := pos.Add(o.Size())
	win := c.win.Canvas().Size()
	if pos.X < 0 || pos.Y < 0 || end.X > win.Width+0.5 || end.Y > win.Height+0.5 {
		t.Errorf("%s spans %v to %v, outside the %v window", what, pos, end, win)
	}
}

// rightEdges returns a check that fails when an object reaches past the
// right edge of the scroll containers it is in, or of the window, as the
// window is laid out now. It lays the window out once, for all the objects
// checked, and returns what is laid out in it.
func rightEdges(c *App) (func(t *testing.T, what string, o fyne.CanvasObject), []fyne.CanvasObject) {
	check, all, _ := shownEdges(c)
	return check, all
}

// shownEdges is rightEdges, and also the objects shown in the window, as
// its renderers hold them (test.LaidOutObjects makes some anew).
func shownEdges(c *App) (func(t *testing.T, what string, o fyne.CanvasObject), []fyne.CanvasObject, []fyne.CanvasObject) {
	all := objects(c)
	type edge struct{ right, limit float32 }
	edges := map[fyne.CanvasObject]edge{}
	// walk goes through what is laid out, adding up positions and keeping
	// the nearest right edge that clips, without laying anything out again
	// (or asking the driver for each object's position, which walks the
	// window from its top each time).
	var walk func(o fyne.CanvasObject, parent fyne.Position, limit float32)
	var shown []fyne.CanvasObject
	walk = func(o fyne.CanvasObject, parent fyne.Position, limit float32) {
		if o == nil || !o.Visible() {
			return
		}
		at := parent.Add(o.Position())
		edges[o] = edge{at.X + o.Size().Width, limit}
		shown = append(shown, o)
		if _, ok := o.(*container.Scroll); ok {
			limit = min(limit, at.X+o.Size().Width)
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k, at, limit)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k, at, limit)
			}
		}
	}
	width := c.win.Canvas().Size().Width
	walk(c.win.Content(), fyne.Position{}, width)
	for _, o := range c.win.Canvas().Overlays().List() {
		walk(o, fyne.Position{}, width)
	}
	return func(t *testing.T, what string, o fyne.CanvasObject) {
		t.Helper()
		e, ok := edges[o]
		if !ok { // not reached through the renderers: ask the driver
			right := fyne.CurrentApp().Driver().AbsolutePositionForObject(o).X + o.Size().Width
			e = edge{right, width}
		}
		if e.right > e.limit+0.5 {
			t.Errorf("%s ends at x=%v, past the visible edge at %v", what, e.right, e.limit)
		}
	}, all, shown
}

func TestEverySectionFitsSmallWindows(t *testing.T) {
	judged, ok := assets.Template("judged-competition")
	if !ok {
		t.Fatal("no judged-competition template")
	}
	// Each unit opens once and its sections are checked at every size, as
	// a user resizing the window sees them: building the sections again for
	// each size only measured the same words again.
	for _, unit := range []string{"example", "judged"} {
		t.Run(unit, func(t *testing.T) {
			c := newTestApp(t)
			if unit == "example" {
				c.openExample()
			} else {
				d, err := model.Decode(judged.Data)
				if err != nil {
					t.Fatal(err)
				}
				openUnit(t, c, d.Project)
			}
			for _, size := range fitSizes {
				t.Run(fmt.Sprintf("at %v×%v", size.Width, size.Height), func(t *testing.T) {
					for _, s := range c.ed.sections {
						v := c.ed.selectSection(s.Key)
						c.win.Resize(size)
						if m := c.win.Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
							t.Errorf("%s needs %v, more than the window", s.Title, m)
						}
						var grid []fyne.CanvasObject
						if r, ok := v.(*rubrics); ok && r.grid != nil {
							grid = rubricGridFits(t, r.grid, size) // may scroll across its levels below 1024×640
						}
						rightEdgeShown, all, shown := shownEdges(c)
						for _, msg := range sideways(all, grid) {
							t.Errorf("%s scrolls sideways: %s", s.Title, msg)
						}
						for _, msg := range clipped(all) {
							t.Errorf("%s cuts words: %s", s.Title, msg)
						}
						for _, o := range shown {
							switch o.(type) {
							case *widget.Label, *widget.Hyperlink, *widget.Button, *widget.RadioGroup, *widget.Check, *widget.Select:
								if !slices.Contains(grid, o) {
									rightEdgeShown(t, fmt.Sprintf("%s: a %T", s.Title, o), o)
								}
							}
						}
						switch s.Key {
						case "sessions":
							sessionTimesShow(t, c, all)
						case "review":
							if len(c.ed.doc.Project.Comments) > 0 {
								reviewButtons(t, all, size != fitSizes[2]) // at 150% text they may take two lines
							}
						}
						if j, ok := v.(*judging); ok {
							judgingFits(t, c, j, size) // every tab, the results table and a team's details
						}
						inWindow(t, c, s.Title+": the status bar", c.ed.status)
					}
				})
			}
		})
	}
}

func TestTheLeadPickerJumpArrowsAndSafetyStatusShowAt1024x640(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	notes := []string{lang.L("school staff"), lang.L("check valid"), lang.L("check expired"), lang.L("no safety check"), lang.L("check has no expiry date")}
	for _, key := range []string{"sessions", "people"} {
		v := show(t, c, key)
		if key == "people" { // an expert with a safety check, beside each of their sessions
			for _, x := range c.ed.doc.Project.Experts {
				if !x.IsSchoolStaff() && len(x.Roles) > 0 {
					c.ed.reveal(x.ID, "")
					break
				}
			}
		}
		c.win.Resize(fitSizes[0])
		rightEdgeShown, all := rightEdges(c)
		if p, ok := v.(*listPane); ok && key == "sessions" {
			lead, ok := field(t, p.form, "lead").(fyne.CanvasObject)
			if !ok {
				t.Fatal("the lead field is not on screen")
			}
			rightEdgeShown(t, "the Lead picker", lead)
		}
		arrows, statuses := 0, 0
		for _, o := range all {
			switch x := o.(type) {
			case *widget.Button:
				if x.Icon != nil && x.Icon.Name() == theme.NavigateNextIcon().Name() && x.Visible() {
					arrows++
					rightEdgeShown(t, key+": a jump arrow", x)
				}
			case *widget.Label:
				if x.TextStyle.Italic && slices.ContainsFunc(notes, func(n string) bool { return strings.HasSuffix(x.Text, n) }) && x.Visible() {
					statuses++
					rightEdgeShown(t, key+": the safety status "+x.Text, x)
				}
			}
		}
		if arrows == 0 || statuses == 0 {
			t.Errorf("%s: found %d jump arrows and %d safety statuses", key, arrows, statuses)
		}
	}
}

func TestLibraryColumnsShareTheTableWidth(t *testing.T) {
	all := libraryColumns()
	pad := theme.Padding()
	for _, tc := range []struct {
		width, title float32 // the table's width, and the least the title gets
		file         bool    // whether the File column shows
	}{{760, 150, false}, {1000, 340, false}, {1600, 360, true}} {
		cols := shownColumns(all, tc.width, pad)
		if got := slices.ContainsFunc(cols, func(c libraryColumn) bool { return c.title == lang.L("File") }); got != tc.file {
			t.Errorf("at %v the File column shows: %v, want %v", tc.width, got, tc.file)
		}
		ws := libraryWidths(cols, tc.width, pad)
		total := pad * float32(len(ws))
		for i, w := range ws {
			total += w
			if w < cols[i].least {
				t.Errorf("at %v the %s column is %v, less than its %v", tc.width, cols[i].title, w, cols[i].least)
			}
			if cols[i].grow == 0 && w > cols[i].want {
				t.Errorf("at %v the short %s column grew to %v", tc.width, cols[i].title, w)
			}
			if i > 0 && w > ws[0] {
				t.Errorf("at %v the %s column (%v) is wider than the title (%v)", tc.width, cols[i].title, w, ws[0])
			}
		}
		if total > tc.width {
			t.Errorf("at %v the columns take %v: the table scrolls sideways", tc.width, total)
		}
		if ws[0] < tc.title {
			t.Errorf("at %v the title column is %v, want at least %v", tc.width, ws[0], tc.title)
		}
	}
}

// oneAndAHalf is a 1366×768 screen at 150% text, as the whole screen: the
// Library window is checked at it, not yet at the smaller window it opens
// at there.
var oneAndAHalf = fyne.NewSize(1366/1.5, 768/1.5)

func TestLibraryWindowFits1024x640AndShowsTitlesAt1366x768(t *testing.T) {
	c := newTestApp(t)
	l := openLibrary(t, c, libraryFolder(t))
	for _, tc := range []struct {
		size  fyne.Size
		title float32
	}{{fitSizes[0], 150}, {fitSizes[1], 340}, {oneAndAHalf, 150}} {
		for _, e := range l.rows { // each unit's preview
			l.choose(e)
			l.win.Resize(tc.size)
			if m := l.win.Content().MinSize(); m.Width > tc.size.Width || m.Height > tc.size.Height {
				t.Errorf("at %v the Library showing %q needs %v", tc.size, e.Title, m)
			}
			for _, msg := range sideways(test.LaidOutObjects(l.win.Content()), nil) {
				t.Errorf("at %v the Library showing %q scrolls sideways: %s", tc.size, e.Title, msg)
			}
		}
		var title *widget.Button
		for _, o := range test.LaidOutObjects(l.win.Content()) {
			if b, ok := o.(*widget.Button); ok && b.Text == lang.L("Title") {
				title = b
			}
		}
		if title == nil {
			t.Fatal("no Title header")
		}
		if w := title.Size().Width; w < tc.title {
			t.Errorf("at %v the Title column is %v wide, want at least %v", tc.size, w, tc.title)
		}
		ws := libraryWidths(l.cols, l.table.Size().Width, theme.Padding())
		if w := title.Size().Width; w != ws[0] {
			t.Errorf("at %v the Title column is %v wide, not its share %v", tc.size, w, ws[0])
		}
		sum := float32(0)
		for _, w := range ws {
			sum += w + theme.Padding()
		}
		if sum > l.table.Size().Width {
			t.Errorf("at %v the columns take %v of a table %v wide", tc.size, sum, l.table.Size().Width)
		}
	}
}

func TestDialogsLeaveRoomInASmallWindow(t *testing.T) {
	c := newTestApp(t)
	c.win.Resize(fitSizes[2])
	if got, want := fitDialog(c.win, fyne.NewSize(860, 580)), fitSizes[2].SubtractWidthHeight(dialogRoom, dialogRoom); got != want {
		t.Errorf("an 860×580 dialog at %v: %v, want %v", fitSizes[2], got, want)
	}
	if got := fitDialog(c.win, fyne.NewSize(560, 0)); got != fyne.NewSize(560, 0) {
		t.Errorf("a dialog at its least height became %v", got)
	}
	c.win.Resize(fyne.NewSize(1366, 768))
	if got := fitDialog(c.win, fyne.NewSize(860, 580)); got != fyne.NewSize(860, 580) {
		t.Errorf("at 1366×768 an 860×580 dialog became %v", got)
	}
}

func TestReadinessLinesWrapInsteadOfBeingCut(t *testing.T) {
	c := newTestApp(t)
	c.openExample()
	show(t, c, "readiness")
	c.win.Resize(fitSizes[0])
	c.win.Resize(fitSizes[0].AddWidthHeight(0, 1)) // a second layout, as the next frame would
	one := widget.NewLabel("x").MinSize().Height
	seen, wrapped := 0, 0
	for _, o := range objects(c) {
		l, ok := o.(*widget.Label)
		if !ok || !l.Visible() || !slices.ContainsFunc(c.ed.diags, func(d model.Diagnostic) bool { return d.Message == l.Text }) {
			continue
		}
		seen++
		if l.Truncation != fyne.TextTruncateOff {
			t.Errorf("%q is cut to fit", l.Text)
		}
		if l.MinSize().Height > l.Size().Height+0.5 {
			t.Errorf("%q needs %v but its row gives it %v", l.Text, l.MinSize().Height, l.Size().Height)
		}
		if l.Size().Height > one+0.5 {
			wrapped++
		}
	}
	if seen == 0 || wrapped == 0 {
		t.Errorf("at %v saw %d readiness lines, %d of them on more than one line", fitSizes[0], seen, wrapped)
	}
}

func TestJudgingTabsFitWithAJudgeScoringATeam(t *testing.T) {
	c := newTestApp(t)
	openUnit(t, c, judgedUnit(t))
	v := show(t, c, "judging").(*judging)
	v.selectJudge(c.ed.doc.Project.Experts[0].ID)
	v.score.teams.Select(0)
	for _, size := range fitSizes[:2] { // at 1.5× text the Results table scrolls across its criteria
		for i, tab := range v.tabs.Items {
			v.tabs.SelectIndex(i)
			c.win.Resize(size)
			if m := c.win.Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
				t.Errorf("at %v the %s tab needs %v", size, tab.Text, m)
			}
			for _, msg := range sideways(objects(c), nil) {
				t.Errorf("at %v the %s tab scrolls sideways: %s", size, tab.Text, msg)
			}
		}
	}
}

func TestStartScreenFitsSmallWindows(t *testing.T) {
	c := newTestApp(t)
	c.Start(nil)
	for _, size := range fitSizes {
		c.win.Resize(size)
		if m := c.win.Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
			t.Errorf("at %v the start screen needs %v", size, m)
		}
		for _, msg := range sideways(objects(c), nil) {
			t.Errorf("at %v the start screen scrolls sideways: %s", size, msg)
		}
	}
}
