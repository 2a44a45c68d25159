package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"coplan/model"
)

// Screen is one screenshot for the README: a section of the example unit
// with one entity selected.
type Screen struct {
	// Name is the file name without ".png".
	Name string
	// Section is the section's key, such as "sessions".
	Section string
	// Pick chooses the entity to select; nil keeps the section's default.
	Pick func(p *model.Project) string
	// Size is the window's size for this screen; zero keeps the tour's size.
	Size fyne.Size
}

// ReadmeScreens are the screenshots README.md shows.
var ReadmeScreens = []Screen{
	{Name: "overview", Section: "overview"},
	{Name: "sessions", Section: "sessions", Pick: func(p *model.Project) string {
		for _, s := range p.Sessions {
			if s.Engagement == model.InCommunity {
				return s.ID
			}
		}
		return ""
	}},
	{Name: "rubric", Section: "rubrics", Pick: func(p *model.Project) string {
		if len(p.Rubrics) == 0 {
			return ""
		}
		return p.Rubrics[0].ID
	}},
	{Name: "rubric-1024", Section: "rubrics", Size: fyne.NewSize(1024, 640), Pick: func(p *model.Project) string {
		if len(p.Rubrics) == 0 {
			return ""
		}
		return p.Rubrics[0].ID
	}},
	{Name: "sessions-1024", Section: "sessions", Size: fyne.NewSize(1024, 640), Pick: func(p *model.Project) string {
		for _, s := range p.Sessions {
			if s.Engagement == model.InCommunity {
				return s.ID
			}
		}
		return ""
	}},
}

// screenDelay is how long each screen is left to draw before it is announced.
const screenDelay = 600 * time.Millisecond

// Tour shows the example unit in the light theme and walks through screens:
// it shows each one, lets it draw, and calls ready with its name and a
// function that moves on to the next. Something outside the app (a test
// with a virtual display) takes the screenshots, since reading pixels back
// from OpenGL does not work on every display. done runs after the last.
func (a *App) Tour(screens []Screen, ready func(name string, next func()), done func()) {
	light := theme.VariantLight
	a.fyne.Settings().SetTheme(&coplanTheme{Theme: theme.DefaultTheme(), variant: &light})
	a.win.Resize(fyne.NewSize(1366, 768))
	a.openExample()
	var show func(i int)
	show = func(i int) {
		if i == len(screens) || a.ed == nil {
			done()
			return
		}
		s := screens[i]
		if !s.Size.IsZero() {
			a.win.Resize(s.Size)
		}
		v := a.ed.selectSection(s.Section)
		if r, ok := v.(revealer); ok && s.Pick != nil {
			if id := s.Pick(a.ed.doc.Project); id != "" {
				r.Reveal(id, "")
			}
		}
		a.win.Canvas().Unfocus()
		a.schedule(screenDelay, func() { ready(s.Name, func() { show(i + 1) }) })
	}
	show(0)
}
