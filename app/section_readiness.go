package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// readiness lists what validation found, errors first in each place, kept
// up to date a moment after each edit. Selecting a line goes to the entity
// and field it is about.
type readiness struct {
	e       *editor
	list    *widget.List
	summary *widget.Label
	root    fyne.CanvasObject

	// Each line wraps, and its row is as tall as its message at the
	// list's width: probe measures it, heights keeps what it measured.
	width   float32
	probe   *widget.Label
	heights map[string]float32
}

func newReadiness(e *editor) sectionView {
	v := &readiness{e: e}
	v.summary = widget.NewLabel("")
	v.summary.TextStyle.Bold = true
	var rows widgets.Rows[listRow]
	v.list = widget.NewList(
		func() int { return len(e.diags) },
		func() fyne.CanvasObject {
			msg := widget.NewLabel("")
			msg.Wrapping = fyne.TextWrapWord
			where := widget.NewLabel("")
			where.SizeName = theme.SizeNameCaptionText
			row := &listRow{title: msg, aside: where, icon: widget.NewIcon(nil)}
			return rows.Add(row, container.NewBorder(nil, nil, row.icon, where, msg))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(e.diags) {
				return
			}
			d := e.diags[i]
			row := rows.Of(o)
			setText(row.title, d.Message)
			icon := icons().warningMark
			if d.Severity == model.Error {
				icon = icons().errorMark
			}
			row.icon.SetResource(icon)
			where := ""
			if d.Line > 0 {
				where = lang.L("line {{.Line}}", map[string]any{"Line": d.Line})
			}
			setText(row.aside, where)
			widgets.Relayout(o)
		})
	v.list.OnSelected = func(i widget.ListItemID) {
		v.list.UnselectAll()
		if i < len(e.diags) {
			d := e.diags[i]
			if d.EntityID != "" {
				e.reveal(d.EntityID, d.Field)
			}
			e.setStatus(d.Message)
		}
	}
	e.diagsChanged = append(e.diagsChanged, v.update)
	v.update()
	v.probe = widget.NewLabel("")
	v.probe.Wrapping = fyne.TextWrapWord
	list := container.New(&readinessWidth{v}, v.list)
	v.root = container.NewBorder(container.NewPadded(v.summary), nil, nil, nil, list)
	return v
}

func (v *readiness) Object() fyne.CanvasObject { return v.root }

// Changed does nothing at once: the editor re-checks the unit shortly after
// edits and calls update.
func (v *readiness) Changed(model.Change) {}

func (v *readiness) Reload() { v.update() }

// update shows the latest findings.
func (v *readiness) update() {
	errs, warns := 0, 0
	for _, d := range v.e.diags {
		if d.Severity == model.Error {
			errs++
		} else {
			warns++
		}
	}
	switch {
	case errs+warns == 0:
		v.summary.SetText(lang.L("Nothing to fix: the unit is ready to run."))
		v.summary.Importance = widget.SuccessImportance
	case errs > 0:
		v.summary.SetText(lang.L("{{.Errors}} errors to fix and {{.Warnings}} things to complete", map[string]any{"Errors": errs, "Warnings": warns}))
		v.summary.Importance = widget.DangerImportance
	default:
		v.summary.SetText(lang.L("{{.Warnings}} things to complete before the unit runs", map[string]any{"Warnings": warns}))
		v.summary.Importance = widget.WarningImportance
	}
	v.summary.Refresh()
	v.fitRows()
	v.list.Refresh()
}

// fitRows makes each row as tall as its message wrapped at the list's width.
func (v *readiness) fitRows() {
	if v.width <= 0 {
		return
	}
	pad := theme.Padding()
	for i, d := range v.e.diags {
		where := ""
		if d.Line > 0 {
			where = lang.L("line {{.Line}}", map[string]any{"Line": d.Line})
		}
		key := where + "\x00" + d.Message
		h, ok := v.heights[key]
		if !ok {
			aside := fyne.MeasureText(where, theme.CaptionTextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
			// the row less its icon, the line number and the padding between them and around the row
			v.probe.SetText(d.Message)
			v.probe.Resize(fyne.NewSize(v.width-theme.IconInlineSize()-aside-4*pad, 0))
			h = v.probe.MinSize().Height
			v.heights[key] = h
		}
		v.list.SetItemHeight(i, h)
	}
}

// readinessWidth lays the list out over its whole space and fits its rows
// to its width each time that changes.
type readinessWidth struct{ v *readiness }

// Layout gives the list the whole size.
func (l *readinessWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width != l.v.width {
		l.v.width = size.Width
		l.v.heights = map[string]float32{}
		l.v.fitRows()
	}
}

// MinSize is the list's own.
func (l *readinessWidth) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }
