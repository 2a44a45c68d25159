package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// criterionWidth is the widest the rubric grid's criteria column gets,
// which grows with the text size; see fit for how the columns share the
// grid's width.
func criterionWidth() float32 { return 330 * textScale() }

// levelWidth is the width of each level's column of the rubric grid before
// it is laid out, which grows with the text size.
func levelWidth() float32 { return 220 * textScale() }

// rubricGrid edits a rubric as a grid: criteria down, levels across, a
// descriptor to type in each cell, points on each level and a weight on each
// criterion. The level headers and the criterion column stay in view while
// the cells scroll.
type rubricGrid struct {
	e   *editor
	rid string

	levels, criteria []string // the ids the grid was built for
	forms            []*form  // one per level and criterion
	cells            map[[2]string]*widgets.FieldEntry
	offered          map[[2]string]*widget.Check  // whether a criterion offers a rating at a level
	heads            map[string]fyne.Focusable    // level label and criterion title entries
	markers          map[[2]string]*commentMarker // open comments on a cell (criterion, level) or criterion (criterion, "")

	root               *fyne.Container
	tools              fyne.CanvasObject // in the corner
	body, head, side   *container.Scroll
	bodyGrid, sideGrid *fyne.Container
	heights            []float32                   // of each criterion's row
	sides              []fyne.CanvasObject         // the first cell of each row
	rows               [][]fyne.CanvasObject       // the rating cells of each row
	shown              map[*widgets.FieldEntry]int // lines each descriptor cell shows
	unscored           bool                        // the rubric was unscored when the grid was built

	// critW and levelW are the widths of the criteria column and of each
	// level's column, fitted to the grid's width (see fit).
	critW, levelW float32
	fitted        float32 // the grid width they were fitted to
	fittedScale   float32 // and the text size
	fitting       bool    // set while fit sizes every row, to lay out once
	headGrid      *widgets.FixedGrid
	cornerGrid    *widgets.FixedGrid
	sideRows      *rowsGrid
	bodyRows      *rowsGrid
	// open is the criterion whose row shows everything: the row being
	// edited. The other rows show only the title and the descriptors.
	open      string
	extras    [][]fyne.CanvasObject   // per row, what only an open row shows
	ptsLabels []*widget.Label         // "pts" after each level's points
	descs     [][]*widgets.FieldEntry // per row, its descriptor cells
	titles    []*widgets.FieldEntry   // per row, its criterion's title
}

// newRubricGrid makes the grid of rubric rid, with tools (nil for none) in
// the corner above the criteria and left of the levels.
func newRubricGrid(e *editor, rid string, tools fyne.CanvasObject) *rubricGrid {
	g := &rubricGrid{e: e, rid: rid, tools: tools, critW: criterionWidth(), levelW: levelWidth()}
	g.root = container.New(&gridFit{g: g})
	g.rebuild()
	return g
}

func (g *rubricGrid) object() fyne.CanvasObject { return g.root }

func (g *rubricGrid) rubric() *model.Rubric { return g.e.doc.Project.Rubric(g.rid) }

func levelIDs(r *model.Rubric) []string {
	ids := make([]string, len(r.Levels))
	for i, l := range r.Levels {
		ids[i] = l.ID
	}
	return ids
}

func criterionIDs(r *model.Rubric) []string {
	ids := make([]string, len(r.Criteria))
	for i, c := range r.Criteria {
		ids[i] = c.ID
	}
	return ids
}

// refresh rebuilds the grid when levels or criteria came, went or moved, and
// otherwise brings the cells up to date: after an edit c of some cells'
// entities, only theirs, so that typing in a cell costs the same in a large
// rubric as in a small one.
func (g *rubricGrid) refresh(c *model.Change) {
	defer g.showComments()
	if c != nil && !c.Structural {
		// A level's name or points show in every criterion's cells and most points.
		level := slices.ContainsFunc(c.IDs, func(id string) bool { return slices.Contains(g.levels, id) })
		for _, f := range g.forms {
			if level || slices.Contains(c.IDs, f.id) {
				f.refresh()
			}
		}
		return
	}
	r := g.rubric()
	if r == nil {
		return
	}
	if !slices.Equal(levelIDs(r), g.levels) || !slices.Equal(criterionIDs(r), g.criteria) || r.Unscored != g.unscored {
		g.rebuild()
		return
	}
	for _, f := range g.forms {
		f.refresh()
	}
}

// rebuild makes the grid's widgets afresh, keeping the scroll position.
func (g *rubricGrid) rebuild() {
	r := g.rubric()
	if r == nil {
		return
	}
	var offset fyne.Position
	if g.body != nil {
		offset = g.body.Offset
	}
	g.levels, g.criteria, g.unscored = levelIDs(r), criterionIDs(r), r.Unscored
	g.forms = nil
	g.cells = map[[2]string]*widgets.FieldEntry{}
	g.offered = map[[2]string]*widget.Check{}
	g.shown = map[*widgets.FieldEntry]int{}
	g.rows, g.heights = nil, make([]float32, len(r.Criteria))
	g.heads = map[string]fyne.Focusable{}
	g.markers = map[[2]string]*commentMarker{}
	g.ptsLabels = nil
	g.extras = make([][]fyne.CanvasObject, len(r.Criteria))
	g.descs = make([][]*widgets.FieldEntry, len(r.Criteria))
	g.titles = make([]*widgets.FieldEntry, len(r.Criteria))
	if !slices.Contains(g.criteria, g.open) {
		g.open = ""
	}

	heads := make([]fyne.CanvasObject, len(r.Levels))
	headH := float32(0)
	for j := range r.Levels {
		heads[j] = g.levelHead(r, j)
		headH = max(headH, heads[j].MinSize().Height)
	}
	headH = max(headH, 40)
	sides := make([]fyne.CanvasObject, len(r.Criteria))
	g.sides = sides
	cells := make([]fyne.CanvasObject, 0, len(r.Criteria)*len(r.Levels))
	for i, c := range r.Criteria {
		f := newForm(g.e, c.ID)
		g.forms = append(g.forms, f)
		sides[i] = g.criterionHead(f, r, i)
		row := make([]fyne.CanvasObject, 0, len(r.Levels))
		for j := range r.Levels {
			row = append(row, g.ratingCell(f, i, r, &r.Criteria[i], &r.Levels[j]))
		}
		g.rows = append(g.rows, row)
		cells = append(cells, row...)
		g.showOpen(i)
	}

	var corner fyne.CanvasObject = g.tools
	if corner == nil {
		label := widget.NewLabel(lang.L("Criteria ↓   Levels →"))
		label.SizeName = theme.SizeNameCaptionText
		corner = label
	}
	headH = max(headH, corner.MinSize().Height)
	g.headGrid = &widgets.FixedGrid{Cols: len(r.Levels), W: g.levelW, H: headH}
	g.cornerGrid = &widgets.FixedGrid{Cols: 1, W: g.critW, H: headH}
	g.sideRows = &rowsGrid{Cols: 1, W: g.critW, Heights: &g.heights}
	g.bodyRows = &rowsGrid{Cols: len(r.Levels), W: g.levelW, Heights: &g.heights}
	g.head = container.NewScroll(container.New(g.headGrid, heads...))
	g.sideGrid = container.New(g.sideRows, sides...)
	g.bodyGrid = container.New(g.bodyRows, cells...)
	g.side = container.NewScroll(g.sideGrid)
	g.head.Direction, g.side.Direction = container.ScrollNone, container.ScrollNone // they follow the body
	g.body = container.NewScroll(g.bodyGrid)
	g.watchFocus()
	g.body.OnScrolled = func(p fyne.Position) {
		g.head.ScrollToOffset(fyne.NewPos(p.X, 0))
		g.side.ScrollToOffset(fyne.NewPos(0, p.Y))
	}

	center := widgets.WheelScrolls(g.body)
	if len(r.Levels) == 0 || len(r.Criteria) == 0 {
		hint := widget.NewLabel(lang.L("Add levels (the columns, such as Beginning … Excelling) and criteria (the rows, what is judged); then describe each level of each criterion in its cell."))
		hint.Wrapping = fyne.TextWrapWord
		hint.SizeName = theme.SizeNameCaptionText
		center = container.NewVBox(hint)
	}
	// The wheel scrolls the cells over the headers too; they follow.
	head := container.New(&widgets.FollowLayout{KeepHeight: true}, container.NewStack(g.head, widgets.NewScrollForwarder(g.body)))
	side := container.New(&widgets.FollowLayout{KeepWidth: true}, container.NewStack(g.side, widgets.NewScrollForwarder(g.body)))
	top := container.NewBorder(nil, nil, container.New(g.cornerGrid, corner), nil, head)
	g.root.Objects = []fyne.CanvasObject{container.NewBorder(top, nil, side, nil, center)}
	g.fitted = 0 // fit the new columns at the next layout
	g.root.Refresh()
	g.body.ScrollToOffset(offset)
	g.body.OnScrolled(g.body.Offset)
	g.showComments()
}

// levelHead is the header of level j: its label, its points, and a menu
// to move it left or right or delete it.
func (g *rubricGrid) levelHead(r *model.Rubric, j int) fyne.CanvasObject {
	l := r.Levels[j]
	f := newForm(g.e, l.ID)
	g.forms = append(g.forms, f)
	label := f.text("label", lang.L("Level name"))
	label.TextStyle.Bold = true
	g.heads[l.ID] = label
	id := l.ID
	more := g.moreButton(func() []*fyne.MenuItem {
		return []*fyne.MenuItem{
			gridMenuItem(lang.L("Move left"), theme.NavigateBackIcon(), j > 0, func() { g.e.apply(model.Move(id, j-1)) }),
			gridMenuItem(lang.L("Move right"), theme.NavigateNextIcon(), j < len(r.Levels)-1, func() { g.e.apply(model.Move(id, j+1)) }),
			gridMenuItem(lang.L("Delete level"), theme.DeleteIcon(), true, func() { g.e.apply(model.Delete(id)) }),
		}
	})
	var points fyne.CanvasObject = widget.NewLabel("")
	if !r.Unscored {
		pts := widget.NewLabel(lang.L("pts"))
		pts.SizeName = theme.SizeNameCaptionText
		g.ptsLabels = append(g.ptsLabels, pts) // hidden in a narrow column
		points = container.NewHBox(narrow(f.field("points", floatCodec, widgets.NewFieldEntry()), 56), pts)
	}
	return container.NewVBox(label, container.NewBorder(nil, nil, points, more))
}

// criterionHead is the first cell of criterion i's row: its title,
// description, weight, range scoring, most points and outcomes, and buttons
// to move it up or down, duplicate it or remove it.
func (g *rubricGrid) criterionHead(f *form, r *model.Rubric, i int) fyne.CanvasObject {
	c := r.Criteria[i]
	id := c.ID
	title := f.long("title", 2, lang.L("What is judged"))
	title.TextStyle.Bold = true
	g.heads[id] = title
	g.titles[i] = title
	typed := title.OnChanged
	title.OnChanged = func(s string) {
		typed(s)
		g.fitTitle(i)
		g.fitRow(i)
	}
	f.onRefreshOf([]string{"title"}, func() { g.fitTitle(i); g.fitRow(i) })
	outcomes := widget.NewButtonWithIcon("", theme.ListIcon(), func() { g.chooseOutcomes(id) })
	f.onRefresh(func() {
		n := 0
		if crit := g.criterion(id); crit != nil {
			n = len(crit.Outcomes)
		}
		outcomes.SetText(lang.L("Outcomes ({{.Count}})", map[string]any{"Count": n}))
	})
	desc := f.long("description", 2, lang.L("What it means, for students"))
	up := iconButton(theme.MoveUpIcon(), i > 0, func() { g.e.apply(model.Move(id, i-1)) })
	down := iconButton(theme.MoveDownIcon(), i < len(r.Criteria)-1, func() { g.e.apply(model.Move(id, i+1)) })
	dup := iconButton(theme.ContentCopyIcon(), true, func() { g.duplicate(id) })
	del := iconButton(theme.DeleteIcon(), true, func() { g.e.apply(model.Delete(id)) })
	rng := f.check("range", lang.L("Range"))
	marker := newCommentMarker(0)
	g.markers[[2]string{id, ""}] = marker
	var controls fyne.CanvasObject = container.New(&widgets.Flow{}, outcomes, rng)
	if !r.Unscored {
		weight := narrow(f.field("weight", intCodec, widgets.NewFieldEntry()), 56)
		controls = container.NewVBox(container.New(&widgets.Flow{}, widget.NewLabel(lang.L("Weight ×")), weight, g.criterionMost(f, id)), controls)
	}
	buttons := container.NewHBox(up, down, dup, del)
	g.extras[i] = append(g.extras[i], desc, controls, buttons)
	return container.NewVBox(container.NewBorder(nil, nil, nil, marker.object(), title), desc, controls, buttons)
}

func (g *rubricGrid) criterion(id string) *model.Criterion {
	if r := g.rubric(); r != nil {
		for i := range r.Criteria {
			if r.Criteria[i].ID == id {
				return &r.Criteria[i]
			}
		}
	}
	return nil
}

// chooseOutcomes lets the user tick the outcomes criterion id assesses.
func (g *rubricGrid) chooseOutcomes(id string) {
	f := newForm(g.e, id)
	list := f.checks("outcomes", func() []option { return outcomeOptions(g.e) },
		checkList{empty: lang.L("No outcomes yet: add them under Outcomes.")})
	g.forms = append(g.forms, f)
	c := g.criterion(id)
	title := lang.L("Outcomes this criterion assesses")
	if c != nil && c.Title != "" {
		title = lang.L("Outcomes “{{.Title}}” assesses", map[string]any{"Title": c.Title})
	}
	d := dialog.NewCustom(title, lang.L("Done"), container.NewVScroll(list), g.e.app.win)
	d.SetOnClosed(func() { g.forms = slices.DeleteFunc(g.forms, func(x *form) bool { return x == f }) })
	d.Resize(fitDialog(g.e.app.win, fyne.NewSize(560, 420)))
	showDialog(g.e.app.win, d)
}

// focus puts the keyboard in the cell or header of the entity with id (a
// level or criterion) for field, and scrolls it into view.
func (g *rubricGrid) focus(id, field string) {
	var w fyne.Focusable
	row, col := slices.Index(g.criteria, id), slices.Index(g.levels, id)
	if lid, ok := strings.CutPrefix(field, "descriptors."); ok {
		if cell, ok := g.cells[[2]string{id, lid}]; ok {
			w, col = cell, slices.Index(g.levels, lid)
		}
	}
	if w == nil { // a rating's own name or points, a criterion's description...
		for _, f := range g.forms {
			if fw, ok := f.focus[field]; ok && f.id == id {
				w = fw
				if _, lid, ok := strings.Cut(field, "."); ok && slices.Contains(g.levels, lid) {
					col = slices.Index(g.levels, lid)
				}
			}
		}
	}
	if w == nil {
		w = g.heads[id]
	}
	if w == nil {
		return
	}
	if row >= 0 {
		g.openRow(id) // its extras show before the keyboard goes there
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.root); c != nil {
		c.Focus(w)
	}
	pad := theme.Padding()
	y := float32(0)
	for i := 0; i < row && i < len(g.heights); i++ {
		y += g.heights[i] + pad
	}
	g.body.ScrollToOffset(fyne.NewPos(float32(max(col, 0))*(g.levelW+pad), y))
	g.body.OnScrolled(g.body.Offset)
}

func iconButton(icon fyne.Resource, enabled bool, tapped func()) *widget.Button {
	b := widget.NewButtonWithIcon("", icon, tapped)
	b.Importance = widget.LowImportance
	if !enabled {
		b.Disable()
	}
	return b
}
