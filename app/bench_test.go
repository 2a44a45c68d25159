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
	en.SetText("Typing here") // the same text in every unit: an entry's cost grows with its text
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
	p.Rubrics = []model.Rubric{{ID: "r1", Title: "Report",
		Levels:   []model.Level{{ID: "l1", Label: "Beginning", Points: 1}},
		Criteria: []model.Criterion{{ID: "c1", Title: "Testing", Weight: 1}}}}
	return p
}

// firstCell is the top-left descriptor of the first rubric's grid.
func firstCell(v sectionView) *widgets.FieldEntry {
	g := v.(*rubrics).grid
	return g.cells[[2]string{g.criteria[0], g.levels[0]}]
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
	b.Run("rubric-cell/empty", func(b *testing.B) { benchmarkKeystroke(b, smallUnit(), "rubrics", firstCell) })
	b.Run("rubric-cell/40-rubrics-100-sessions", func(b *testing.B) {
		benchmarkKeystroke(b, modeltest.Large(100, 40), "rubrics", firstCell)
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
