package app

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// ownTextCodec edits a rating's own name: an empty entry means the level's.
var ownTextCodec = codec{
	format: func(v any) string { s, _ := v.(string); return s },
	parse: func(s string) (any, error) {
		if s == "" {
			return nil, nil
		}
		return s, nil
	},
}

// ownPointsCodec edits a rating's own points: an empty entry means the level's.
var ownPointsCodec = codec{
	format: func(v any) string {
		if x, ok := v.(float64); ok {
			return strconv.FormatFloat(x, 'f', -1, 64)
		}
		return ""
	},
	parse: func(s string) (any, error) {
		s = strings.TrimSpace(strings.ReplaceAll(s, ",", "."))
		if s == "" {
			return nil, nil
		}
		x, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, errors.New(lang.L("write a number such as 2 or 2.5"))
		}
		return x, nil
	},
}

// ratingCell is the cell of criterion c (of row row) at level l: whether c
// offers a rating there, the rating's own name and points (empty: the
// level's), and its descriptor, which grows to show all its text.
func (g *rubricGrid) ratingCell(f *form, row int, r *model.Rubric, c *model.Criterion, l *model.Level) fyne.CanvasObject {
	cid, lid := c.ID, l.ID
	desc := f.field("descriptors."+lid, textCodec, widgets.NewMultiLineFieldEntry(closedRows))
	desc.PlaceHolder = lang.L("What work at this level shows")
	g.cells[[2]string{cid, lid}] = desc
	g.descs[row] = append(g.descs[row], desc)
	typed := desc.OnChanged
	desc.OnChanged = func(s string) {
		typed(s)
		g.grow(row, desc)
	}
	f.onRefreshOf([]string{"descriptors." + lid}, func() { g.grow(row, desc) })
	name := f.field("labels."+lid, ownTextCodec, widgets.NewFieldEntry())
	name.PlaceHolder = l.Label
	offered := widget.NewCheck("", func(on bool) {
		crit := g.criterion(cid)
		if crit == nil || crit.Offers(lid) == on {
			return
		}
		unused := slices.DeleteFunc(slices.Clone(crit.Unused), func(x string) bool { return x == lid })
		if !on {
			unused = append(unused, lid)
		}
		g.e.apply(model.Set(cid, "unused", unused))
	})
	g.offered[[2]string{cid, lid}] = offered
	marker := newCommentMarker(0)
	g.markers[[2]string{cid, lid}] = marker
	var points *widgets.FieldEntry
	var right fyne.CanvasObject
	if !r.Unscored {
		points = f.field("points."+lid, ownPointsCodec, widgets.NewFieldEntry())
		points.PlaceHolder = formatPoints(l.Points)
		right = narrow(points, 48)
	}
	f.onRefreshOf([]string{"unused"}, func() {
		crit := g.criterion(cid)
		on := crit != nil && crit.Offers(lid)
		if offered.Checked != on {
			offered.SetChecked(on)
		}
		for _, en := range []*widgets.FieldEntry{desc, name, points} {
			if en == nil {
				continue
			}
			if on {
				en.Enable()
			} else {
				en.Disable()
			}
		}
		desc.PlaceHolder = lang.L("What work at this level shows")
		if !on {
			desc.PlaceHolder = lang.L("Not offered for this criterion")
		}
		desc.Refresh()
	})
	f.onRefresh(func() { // the level's name and points, as hints
		if lv := g.level(lid); lv != nil {
			name.SetPlaceHolder(lv.Label)
			if points != nil {
				points.SetPlaceHolder(formatPoints(lv.Points))
			}
		}
	})
	// The rating's own name gets the column's width, to show the level's
	// name it stands for; the tick and its own points go below it.
	bar := container.NewVBox(name, container.NewBorder(nil, nil, offered, right))
	g.extras[row] = append(g.extras[row], bar)
	// The marker sits in the descriptor's corner, where it shows in a
	// closed row too.
	return container.NewBorder(bar, nil, nil, nil, container.NewStack(desc, container.NewBorder(nil, nil, nil, container.NewVBox(marker.object()))))
}

// showComments shows on each cell how many open comments are about its
// level's descriptor (or the rating's own name or points there), and on
// each criterion how many are about the rest of it. Resolved, accepted and
// rejected comments do not count.
func (g *rubricGrid) showComments() {
	counts := map[[2]string]int{}
	if p := g.e.doc.Project; len(p.Comments) > 0 {
		criteria := make(map[string]bool, len(g.criteria))
		for _, id := range g.criteria {
			criteria[id] = true
		}
		for _, c := range p.Comments {
			if !model.IsOpen(c) || !criteria[c.Target] {
				continue
			}
			at := [2]string{c.Target, ""}
			if _, lid, ok := strings.Cut(c.Field, "."); ok && slices.Contains(g.levels, lid) {
				at[1] = lid
			}
			counts[at]++
		}
	}
	for at, m := range g.markers {
		m.set(counts[at])
	}
}

// criterionMost shows the most points criterion id can give, kept up to date.
func (g *rubricGrid) criterionMost(f *form, id string) *widget.Label {
	l := widget.NewLabel("")
	l.SizeName = theme.SizeNameCaptionText
	f.onRefresh(func() {
		r := g.rubric()
		c := g.criterion(id)
		if r == nil || c == nil || r.Unscored {
			setText(l, "")
			return
		}
		setText(l, upToPoints(r.CriterionMax(c)))
	})
	return l
}

// duplicate adds a copy of criterion id after it, with fresh ids, and puts
// the keyboard in the copy's title.
func (g *rubricGrid) duplicate(id string) {
	r, c := g.rubric(), g.criterion(id)
	if r == nil || c == nil {
		return
	}
	x := *c
	x.ID = model.NewID()
	x.Title = lang.L("{{.Title}} (copy)", map[string]any{"Title": c.Title})
	x.Outcomes = slices.Clone(c.Outcomes)
	x.Unused = slices.Clone(c.Unused)
	x.Descriptors, x.Labels, x.Points = cloneMap(c.Descriptors), cloneMap(c.Labels), cloneMap(c.Points)
	x.Extra = nil
	i := slices.Index(criterionIDs(r), id)
	if g.e.apply(model.Add(x, r.ID, i+1)) {
		g.focus(x.ID, "title")
	}
}

// level returns the level with id of the grid's rubric, or nil.
func (g *rubricGrid) level(id string) *model.Level {
	if r := g.rubric(); r != nil {
		for i := range r.Levels {
			if r.Levels[i].ID == id {
				return &r.Levels[i]
			}
		}
	}
	return nil
}

func cloneMap[V any](m map[string]V) map[string]V {
	if m == nil {
		return nil
	}
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
