package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/modeltest"
)

// benchmarkKeystroke measures one keystroke typed into a field of p: the
// edit, the undo history and the refresh of what shows the field. Readiness
// checks wait for a pause in typing, so they are not part of it (see
// BenchmarkReadinessCheck).
func benchmarkKeystroke(b *testing.B, p *model.Project, section string, field func(v sectionView) *widgets.FieldEntry) {
	c := newTestApp(b)
	c.schedule = func(time.Duration, func()) func() { return func() {} }
	c.showDocument(model.NewDocument(p), "", "", nil)
	en := field(c.ed.selectSection(section))
	c.win.Canvas().Focus(en)
	en.CursorColumn = len([]rune(en.Text))
	backspace := &fyne.KeyEvent{Name: fyne.KeyBackspace}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		en.TypedRune('x')
		en.TypedKey(backspace)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(2*b.N), "ns/keystroke")
}

func smallUnit() *model.Project {
	p := model.NewProject("Bridges", time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC))
	p.Sessions = []model.Session{{ID: "s1", Title: "Launch"}}
	return p
}

func overviewTitle(v sectionView) *widgets.FieldEntry {
	return v.(*overview).form.focus["title"].(*widgets.FieldEntry)
}

func sessionTitle(v sectionView) *widgets.FieldEntry {
	return v.(*listPane).form.focus["title"].(*widgets.FieldEntry)
}

func BenchmarkKeystroke(b *testing.B) {
	b.Run("unit-title/empty", func(b *testing.B) { benchmarkKeystroke(b, smallUnit(), "overview", overviewTitle) })
	b.Run("unit-title/40-rubrics-100-sessions", func(b *testing.B) {
		benchmarkKeystroke(b, modeltest.Large(100, 40), "overview", overviewTitle)
	})
	b.Run("session-title/empty", func(b *testing.B) { benchmarkKeystroke(b, smallUnit(), "sessions", sessionTitle) })
	b.Run("session-title/40-rubrics-100-sessions", func(b *testing.B) {
		benchmarkKeystroke(b, modeltest.Large(100, 40), "sessions", sessionTitle)
	})
}

// BenchmarkReadinessCheck is the check that runs once typing pauses.
func BenchmarkReadinessCheck(b *testing.B) {
	c := newTestApp(b)
	c.showDocument(model.NewDocument(modeltest.Large(100, 40)), "", "", nil)
	b.ResetTimer()
	for range b.N {
		c.ed.validate()
	}
}
