package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// wordings lists the wordings laid out in the window, by their text.
func wordings(c *App) map[string]*markedText {
	out := map[string]*markedText{}
	for _, o := range test.LaidOutObjects(c.win.Content()) {
		if r, ok := o.(*markedText); ok && r.Visible() {
			out[r.String()] = r
		}
	}
	return out
}

func TestASuggestionIsShownBesideTheWordingNow(t *testing.T) {
	// The rubric is written in January; a partner suggests new wording a few days later.
	rubric, criterion, level := model.NewID(), model.NewID(), model.NewID()
	written := time.Date(2026, 1, 2, 9, 0, 0, 0, time.UTC)
	p := model.NewProject("Solar cars", written)
	d := model.NewDocument(p)
	d.Now = func() time.Time { return written }
	at := written.Add(72 * time.Hour)
	for _, e := range []model.Edit{
		model.Add(model.Rubric{ID: rubric, Title: "Design report"}, "", -1),
		model.Add(model.Level{ID: level, Label: "Beginning", Points: 1}, rubric, -1),
		model.Add(model.Criterion{ID: criterion, Title: "Fair testing", Weight: 1}, rubric, -1),
		model.Set(criterion, "descriptors."+level, "Tests once."),
		model.AddComment(model.Comment{Target: criterion, Field: "descriptors." + level,
			Author: "Zoë", At: at, Text: "Say what they record?", Suggestion: "Tests once and records it."}),
	} {
		if _, err := d.Apply(e); err != nil {
			t.Fatal(err)
		}
	}
	c := newTestApp(t)
	openUnit(t, c, p)
	c.ed.reveal(p.Comments[0].ID, "")

	texts := wordings(c)
	now, ok := texts["Tests once."]
	if !ok {
		t.Fatalf("the wording now is not shown; wordings shown: %v", keys(texts))
	}
	suggested, ok := texts["Tests once and records it."]
	if !ok {
		t.Fatalf("the suggested wording is not shown; wordings shown: %v", keys(texts))
	}
	if got := now.Marked(); got != "" {
		t.Errorf("the wording now marks %q; the suggestion takes nothing out of it", got)
	}
	if got := suggested.Marked(); got != "and records it" {
		t.Errorf("the suggestion marks %q, want the words it adds before the full stop, %q", got, "and records it")
	}
	if !labelReads(c, "Now") || !labelReads(c, "Suggested") {
		t.Error("the two wordings are not labelled Now and Suggested")
	}
	if l := label(c, "was edited after this suggestion was made"); l != nil {
		t.Errorf("a note says the wording changed before it did: %q", l.Text)
	}

	c.ed.apply(model.Set(criterion, "descriptors."+level, "Tests twice."))
	if _, ok := wordings(c)["Tests twice."]; !ok {
		t.Errorf("the wording now does not follow the edit; wordings shown: %v", keys(wordings(c)))
	}
	if label(c, "Criterion \"Fair testing\" was edited after this suggestion was made") == nil {
		t.Error("no note that the wording changed after the suggestion was made")
	}
}

// labelReads reports whether a label reading exactly text is laid out in the window.
func labelReads(c *App, text string) bool {
	for _, o := range objects(c) {
		switch l := o.(type) {
		case *widget.Label:
			if l.Visible() && l.Text == text {
				return true
			}
		case *canvas.Text: // a form's labels
			if l.Visible() && l.Text == text {
				return true
			}
		}
	}
	return false
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestWordingMarksOnlyTheWordsThatDiffer(t *testing.T) {
	newTestApp(t) // the shared test app: a new one would empty the text caches every test relies on
	for _, tt := range []struct {
		side       model.WordOp
		want, mark string
		old, new   string
	}{
		{model.WordRemoved, "Tests once only", "once", "Tests once only", "Tests twice only"},
		{model.WordAdded, "Tests twice only", "twice", "Tests once only", "Tests twice only"},
		// Punctuation is marked on its own, next to the word it follows.
		{model.WordRemoved, "Tests once only", "", "Tests once only", "Tests once, only"},
		{model.WordAdded, "Tests once, only", ",", "Tests once only", "Tests once, only"},
		{model.WordAdded, "Tests twice, only.", "twice,", "Tests once only.", "Tests twice, only."},
	} {
		w := newWording(tt.side)
		w.show(tt.old, tt.new, "(empty)")
		if w.text.String() != tt.want || w.text.Marked() != tt.mark {
			t.Errorf("side %d of %q → %q shows %q marking %q, want %q marking %q", tt.side, tt.old, tt.new, w.text.String(), w.text.Marked(), tt.want, tt.mark)
		}
	}
	// The comma is drawn right after its word, with no space between.
	w := newWording(model.WordAdded)
	w.show("Tests once only", "Tests once, only", "(empty)")
	win := test.NewWindow(w.text)
	defer win.Close()
	w.text.Resize(fyne.NewSize(400, w.text.MinSize().Height))
	var drawn []*canvas.Text
	for _, o := range test.LaidOutObjects(w.text) {
		if x, ok := o.(*canvas.Text); ok {
			drawn = append(drawn, x)
		}
	}
	if len(drawn) != 3 || drawn[1].Text != "," || drawn[1].Position().X != drawn[0].Position().X+drawn[0].Size().Width {
		t.Errorf("the added comma is not drawn right after %q: %d texts", "once", len(drawn))
	}
	if !strings.Contains(func() string {
		w := newWording(model.WordRemoved)
		w.show("", "New", "(empty)")
		return w.text.String()
	}(), "(empty)") {
		t.Error("an empty wording shows nothing")
	}
}

func TestMarkedWordsWrapBetweenWordsNeverInsideOne(t *testing.T) {
	newTestApp(t)
	w := newWording(model.WordAdded)
	w.show("You graph results to show a trend.", "You graph the averages of three runs to show a clear trend.", "(empty)")
	win := test.NewWindow(w.text)
	defer win.Close()
	for _, width := range []float32{90, 160, 260, 600} {
		w.text.Resize(fyne.NewSize(width, w.text.MinSize().Height))
		var lines []string
		lastY := float32(-1)
		for _, o := range test.LaidOutObjects(w.text) {
			x, ok := o.(*canvas.Text)
			if !ok {
				continue
			}
			if x.Position().X+x.Size().Width > width && x.Position().X > theme.InnerPadding() {
				t.Errorf("at width %v, %q runs past the edge", width, x.Text)
			}
			if x.Position().Y != lastY {
				lines = append(lines, "")
				lastY = x.Position().Y
			}
			lines[len(lines)-1] = strings.TrimSpace(lines[len(lines)-1] + " " + x.Text)
		}
		if got := strings.Join(lines, " "); got != w.text.String() {
			t.Errorf("at width %v the lines %q do not read %q: a word was split", width, lines, w.text.String())
		}
		if width < 200 && len(lines) < 3 {
			t.Errorf("at width %v the text takes %d lines; it does not wrap", width, len(lines))
		}
		if h := w.text.MinSize().Height; h < float32(len(lines))*theme.TextSize() {
			t.Errorf("at width %v the text asks for %v of height for %d lines", width, h, len(lines))
		}
	}
}
