package app

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/store"
)

// newTestApp returns the editor in a test app, with validation run at once
// instead of after a pause, and its window at the usual size.
func newTestApp(t testing.TB) *App {
	t.Helper()
	a := sharedTestApp()
	c := New(a, "test")
	c.schedule = func(_ time.Duration, fn func()) func() {
		fn()
		return func() {}
	}
	c.win.Resize(fyne.NewSize(1180, 780))
	t.Cleanup(func() { c.win.Close() })
	return c
}

// openUnit saves p to a file in a temporary folder and opens it.
func openUnit(t testing.TB, c *App, p *model.Project) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fileNameFor(p.Title))
	if err := store.Save(path, p); err != nil {
		t.Fatal(err)
	}
	c.Start([]string{path})
	if c.ed == nil {
		t.Fatalf("%s did not open", path)
	}
	return path
}

// unit builds a small unit through edits, as a user would.
func unit(t testing.TB, title string, edits ...model.Edit) *model.Project {
	t.Helper()
	p := model.NewProject(title, time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC))
	d := model.NewDocument(p)
	for _, e := range edits {
		if _, err := d.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// objects lists everything laid out in the window and its dialogs.
func objects(c *App) []fyne.CanvasObject {
	all := test.LaidOutObjects(c.win.Content())
	for _, o := range c.win.Canvas().Overlays().List() {
		all = append(all, test.LaidOutObjects(o)...)
	}
	return all
}

// button finds the button labelled text in the window.
func button(t testing.TB, c *App, text string) *widget.Button {
	t.Helper()
	for _, o := range objects(c) {
		if b, ok := asButton(o); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// asButton is o as a button, a dialog's button included.
func asButton(o fyne.CanvasObject) (*widget.Button, bool) {
	switch b := o.(type) {
	case *widget.Button:
		return b, true
	case *keyButton:
		return &b.Button, true
	}
	return nil, false
}

// check finds the check box labelled text in the window.
func check(t testing.TB, c *App, text string) *widget.Check {
	t.Helper()
	for _, o := range objects(c) {
		if x, ok := o.(*widget.Check); ok && x.Text == text {
			return x
		}
		if x, ok := o.(*widgets.WrapCheck); ok && x.Text() == text {
			return x.Check
		}
	}
	t.Fatalf("no check box %q", text)
	return nil
}

// hyperlink finds the link showing text in the window.
func hyperlink(t testing.TB, c *App, text string) *widget.Hyperlink {
	t.Helper()
	for _, o := range objects(c) {
		if h, ok := o.(*widget.Hyperlink); ok && h.Text == text {
			return h
		}
	}
	t.Fatalf("no link %q", text)
	return nil
}

// overlayText gathers the labels of the dialogs shown over the window.
func overlayText(c *App) string {
	s := ""
	for _, o := range c.win.Canvas().Overlays().List() {
		for _, x := range test.LaidOutObjects(o) {
			if l, ok := x.(*widget.Label); ok {
				s += l.Text + "\n"
			}
		}
	}
	return s
}

// show switches to the section with key and returns its view.
func show(t testing.TB, c *App, key string) sectionView {
	t.Helper()
	v := c.ed.selectSection(key)
	if v == nil {
		t.Fatalf("no section %q", key)
	}
	return v
}

// field returns the entry bound to path in the form f.
func field(t testing.TB, f *form, path string) fyne.Focusable {
	t.Helper()
	if f == nil {
		t.Fatal("no form shown")
	}
	w, ok := f.focus[path]
	if !ok {
		t.Fatalf("form has no field %q", path)
	}
	return w
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
