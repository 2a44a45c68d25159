package app

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/model"
)

// wording shows one side of a comparison of two wordings: the text with
// the words the other side lacks in bold and in colour (red for words
// taken out, green for words put in), so the change can be seen at a glance.
type wording struct {
	text *markedText  // what is laid out
	side model.WordOp // model.WordRemoved for the old side, model.WordAdded for the new
}

// newWording makes one side of a comparison: side is model.WordRemoved for
// the wording as it was and model.WordAdded for the wording as it is or would be.
func newWording(side model.WordOp) *wording {
	return &wording{text: newMarkedText(), side: side}
}

// show compares old with new and shows this side of it; empty shows when
// this side has no text at all.
func (w *wording) show(old, new, empty string) {
	text := new
	if w.side == model.WordRemoved {
		text = old
	}
	if strings.TrimSpace(text) == "" {
		w.text.set([]markedWord{{text: empty, color: theme.ColorNamePlaceHolder, style: fyne.TextStyle{Italic: true}}})
		return
	}
	mark := theme.ColorNameSuccess
	if w.side == model.WordRemoved {
		mark = theme.ColorNameError
	}
	var runs []markedWord
	for _, s := range model.WordDiff(old, new) {
		switch s.Op {
		case model.WordSame:
			runs = append(runs, markedWord{text: s.Text})
		case w.side:
			runs = append(runs, markedWord{text: s.Text, color: mark, style: fyne.TextStyle{Bold: true}})
		}
	}
	w.text.set(runs)
}

// suggestionRows adds to the comment form f what the comment suggests: for
// new wording, the wording of its field now beside the suggested one, the
// words that differ marked, and a note when the item was edited after the
// suggestion was made (the wording now may not be what the reviewer saw).
func suggestionRows(e *editor, f *form, comment func() *model.Comment) {
	if comment().Suggestion == "" {
		f.row(lang.L("Suggests"), f.readOnly(func() string { return lang.L("(no new wording)") }))
		return
	}
	now, suggested := newWording(model.WordRemoved), newWording(model.WordAdded)
	note := widget.NewLabel("")
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	shown, last := false, "" // the wording compared last: most edits are of other things
	f.onRefresh(func() {
		c := comment()
		p := e.doc.Project
		v, err := p.Field(c.Target, c.Field)
		current := model.Wording(v)
		if err != nil {
			current = ""
		}
		if !shown || current != last {
			now.show(current, c.Suggestion, lang.L("(empty)"))
			suggested.show(current, c.Suggestion, lang.L("(empty)"))
			shown, last = true, current
		}
		msg := ""
		switch {
		case err != nil:
			msg = lang.L("What this suggestion was for is no longer in the unit.")
		case current == c.Suggestion:
			msg = lang.L("The wording now is the suggested one.")
		case model.IsOpen(*c) && c.Target != p.ID && editedAfter(p, c.Target, c.At):
			msg = lang.L("{{.Target}} was edited after this suggestion was made: the wording now may not be what {{.Author}} saw.",
				map[string]any{"Target": capitalised(targetName(e, c.Target)), "Author": orUnnamed(c.Author)})
		}
		setText(note, msg)
		if msg == "" {
			note.Hide()
		} else {
			note.Show()
		}
	})
	f.row(lang.L("Now"), container.NewVBox(now.text, note))
	f.row(lang.L("Suggested"), suggested.text)
}

// editedAfter reports whether the entity with id was changed after t.
func editedAfter(p *model.Project, id string, t time.Time) bool {
	v, err := p.Field(id, "updated")
	if err != nil {
		return false
	}
	u, ok := v.(time.Time)
	return ok && !t.IsZero() && u.After(t)
}

// capitalised starts s with a capital letter.
func capitalised(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
	}
	return s
}
