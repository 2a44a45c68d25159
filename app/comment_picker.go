package app

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
	"coplan/model/catalog"
)

// targetPicker chooses what a comment is about: every part of the unit that
// takes comments, under the heading of the section that edits it (in the
// order of the section list), named as on screen, with a search entry that
// narrows the list as you type. Up and Down in the search move the choice;
// Enter keeps it.
type targetPicker struct {
	items  []pickItem // every part that takes comments, grouped, in order
	titles []string   // the group headings, by pickItem.group
	rows   []pickRow  // what the list shows now: headings and matching items
	chosen int        // the index in items of the part chosen
	picked int        // the part last chosen by hand (or preselected), which search falls back to

	search  *pickerSearch
	list    *widget.List
	nothing *widget.Label // shown when nothing matches the search
	root    fyne.CanvasObject
	quiet   bool    // set while the picker changes the list's selection itself
	rowH    float32 // the height of a row of the list
	cells   widgets.Rows[pickCell]

	// OnChanged is called with the id of each newly chosen part.
	OnChanged func(id string)
	// OnSubmitted is called when Enter is pressed in the search.
	OnSubmitted func()
}

// pickItem is one part of the unit the picker offers.
type pickItem struct {
	id, name string
	note     string // a caption after the name, such as "expert"
	group    int
	parent   int    // the item this one is shown under (a criterion's rubric), or -1
	folded   string // the words search looks in, folded
}

// pickRow is one row of the list: a group's heading or an item.
type pickRow struct {
	heading bool
	group   int // of a heading
	item    int // of an item, an index in items
}

// pickCell holds the widgets of one row of the list.
type pickCell struct {
	indent *canvas.Rectangle
	name   *widget.Label
	note   *widget.Label
}

// newTargetPicker offers the parts of e's unit that take comments, with
// the one with id chosen (the unit when id is not among them).
func newTargetPicker(e *editor, id string) *targetPicker {
	tp := &targetPicker{}
	tp.items, tp.titles = commentGroups(e)
	tp.chosen = max(0, slices.IndexFunc(tp.items, func(it pickItem) bool { return it.id == id }))
	tp.picked = tp.chosen
	tp.search = newPickerSearch(tp)
	tp.search.SetPlaceHolder(lang.L("Search by name"))
	tp.search.OnChanged = func(string) { tp.filter() }
	tp.search.OnSubmitted = func(string) {
		if tp.OnSubmitted != nil {
			tp.OnSubmitted()
		}
	}
	tp.nothing = widget.NewLabel("")
	tp.nothing.Wrapping = fyne.TextWrapWord
	tp.nothing.SizeName = theme.SizeNameCaptionText
	tp.nothing.Hide()
	tp.list = widget.NewList(func() int { return len(tp.rows) }, tp.newCell, tp.updateCell)
	tp.list.HideSeparators = true
	tp.rowH = tp.newCell().MinSize().Height
	tp.list.OnSelected = func(i widget.ListItemID) {
		if tp.quiet || i < 0 || i >= len(tp.rows) {
			return
		}
		r := tp.rows[i]
		if r.heading { // a heading is not a choice: take the first item under it
			if i+1 < len(tp.rows) && !tp.rows[i+1].heading {
				tp.choose(tp.rows[i+1].item)
			} else {
				tp.showChosen()
			}
			return
		}
		tp.choose(r.item)
	}
	tp.filter()
	tp.root = container.New(&pickerLayout{tp: tp}, container.NewVBox(tp.search, tp.nothing), tp.list)
	return tp
}

// commentGroups lists the parts of e's unit that take comments, each
// under the section that edits it, the sections in the order of the
// section list, and the headings of the groups.
func commentGroups(e *editor) ([]pickItem, []string) {
	p := e.doc.Project
	idx := p.Index()
	titles := make([]string, len(e.sections))
	group := map[string]int{}
	for i, s := range e.sections {
		titles[i], group[s.Key] = s.Title, i
		if s.Key == sectionOf(model.KindUnit) {
			titles[i] = lang.L("Unit")
		}
	}
	var items []pickItem
	at := map[string]int{} // item index by id, for children to find their parent
	for _, id := range model.CommentTargets(p) {
		ref := idx[id]
		it := pickItem{id: id, name: orUntitled(ref.Name), group: group[sectionOf(ref.Kind)], parent: -1}
		switch ref.Kind {
		case model.KindUnit:
			it.name = e.unitTitle()
		case model.KindOutcome:
			if o := p.Outcome(id); o != nil {
				it.name = outcomeLabel(*o)
			}
		case model.KindPartner:
			it.note = lang.L("partner")
		case model.KindExpert:
			it.note = lang.L("expert")
		case model.KindTeam:
			it.note = lang.L("team")
		case model.KindRound:
			it.note = lang.L("round")
		}
		if i, ok := at[ref.Parent]; ok && ref.Parent != "" {
			it.parent = i
		}
		it.folded = catalog.Fold(it.name + " " + it.note + " " + titles[it.group])
		if it.parent >= 0 {
			it.folded += " " + items[it.parent].folded
		}
		at[id] = len(items)
		items = append(items, it)
	}
	// Group by section, keeping file order within each: a stable sort by
	// group keeps each criterion after its rubric.
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return items[a].group - items[b].group })
	moved := make([]int, len(items)) // new index of each old one
	for to, from := range order {
		moved[from] = to
	}
	out := make([]pickItem, len(items))
	for to, from := range order {
		it := items[from]
		if it.parent >= 0 {
			it.parent = moved[it.parent]
		}
		out[to] = it
	}
	return out, titles
}

// matches reports whether every word of the folded query words is in item i.
func (tp *targetPicker) matches(i int, words []string) bool {
	for _, w := range words {
		if !strings.Contains(tp.items[i].folded, w) {
			return false
		}
	}
	return true
}

// filter shows the items whose name (or heading, or rubric) holds every
// word typed in the search, in any order and any case, each group under
// its heading, and a criterion under its rubric. The part picked by hand
// stays chosen while it shows; otherwise the first that matches is, and
// when nothing matches, the one picked by hand again.
func (tp *targetPicker) filter() {
	words := strings.Fields(catalog.Fold(tp.search.Text))
	shown, matched := make([]bool, len(tp.items)), make([]bool, len(tp.items))
	for i := range tp.items {
		if tp.matches(i, words) {
			shown[i], matched[i] = true, true
			if p := tp.items[i].parent; p >= 0 {
				shown[p] = true
			}
		}
	}
	tp.rows = tp.rows[:0]
	last := -1
	for i, it := range tp.items {
		if !shown[i] {
			continue
		}
		if it.group != last {
			tp.rows = append(tp.rows, pickRow{heading: true, group: it.group})
			last = it.group
		}
		tp.rows = append(tp.rows, pickRow{item: i})
	}
	tp.list.Refresh()
	tp.list.ScrollToOffset(0) // the first heading in sight, unless the choice is further down
	tp.nothing.Hide()
	switch {
	case len(tp.rows) == 0:
		tp.nothing.SetText(lang.L("Nothing matches: the comment stays on “{{.Name}}”.", map[string]any{"Name": tp.items[tp.picked].name}))
		tp.nothing.Show()
		tp.set(tp.picked)
	case tp.rowOf(tp.picked) >= 0:
		tp.set(tp.picked)
	default:
		tp.set(slices.Index(matched, true))
	}
	tp.showChosen()
}

// rowOf returns the list row of item i, or -1 when it is not shown.
func (tp *targetPicker) rowOf(i int) int {
	return slices.IndexFunc(tp.rows, func(r pickRow) bool { return !r.heading && r.item == i })
}

// choose makes item i the part the comment is about, by hand: a click,
// Up or Down.
func (tp *targetPicker) choose(i int) {
	tp.picked = i
	tp.set(i)
	tp.showChosen()
}

// set makes item i the part the comment is about, for now: a search may
// choose the first part that matches, and goes back to the one picked by
// hand when that shows again or nothing matches.
func (tp *targetPicker) set(i int) {
	changed := i != tp.chosen
	tp.chosen = i
	if changed && tp.OnChanged != nil {
		tp.OnChanged(tp.items[i].id)
	}
}

// showChosen selects the chosen item's row and scrolls it into view.
func (tp *targetPicker) showChosen() {
	tp.quiet = true
	defer func() { tp.quiet = false }()
	if r := tp.rowOf(tp.chosen); r >= 0 {
		tp.list.Select(r)
		tp.reveal(r, false)
	} else {
		tp.list.UnselectAll()
	}
}

// reveal scrolls row r into view, a third of the way down when it was out
// of sight or always is true, so that the rows above it (its heading, a
// criterion's rubric) show too.
func (tp *targetPicker) reveal(r int, always bool) {
	h := tp.list.Size().Height
	if h <= 0 { // not laid out yet
		tp.list.ScrollTo(r)
		return
	}
	step := tp.rowH + theme.Padding()
	y, top := float32(r)*step, tp.list.GetScrollOffset()
	if always || y < top || y+step > top+h {
		tp.list.ScrollToOffset(max(0, y-h/3))
	}
}

// move chooses the item delta rows after the chosen one, past headings.
func (tp *targetPicker) move(delta int) {
	r := tp.rowOf(tp.chosen)
	if r < 0 {
		r = -1
		if delta < 0 {
			r = len(tp.rows)
		}
	}
	for r += delta; r >= 0 && r < len(tp.rows); r += delta {
		if !tp.rows[r].heading {
			tp.choose(tp.rows[r].item)
			return
		}
	}
}

// id is the id of the part chosen.
func (tp *targetPicker) id() string { return tp.items[tp.chosen].id }

func (tp *targetPicker) newCell() fyne.CanvasObject {
	c := &pickCell{indent: canvas.NewRectangle(color.Transparent), name: widget.NewLabel(""), note: widget.NewLabel("")}
	c.name.Truncation = fyne.TextTruncateEllipsis
	c.note.SizeName = theme.SizeNameCaptionText
	return tp.cells.Add(c, container.NewBorder(nil, nil, c.indent, c.note, c.name))
}

func (tp *targetPicker) updateCell(i widget.ListItemID, o fyne.CanvasObject) {
	c := tp.cells.Of(o)
	r := tp.rows[i]
	indent := float32(0)
	if r.heading {
		c.name.TextStyle.Bold = true
		setText(c.name, tp.titles[r.group])
		c.note.Hide()
	} else {
		it := tp.items[r.item]
		c.name.TextStyle.Bold = false
		setText(c.name, it.name)
		setText(c.note, it.note)
		c.note.Show()
		indent = theme.Padding() * 3
		if it.parent >= 0 {
			indent *= 2
		}
	}
	c.name.Refresh()
	c.indent.SetMinSize(fyne.NewSize(indent, 0))
	widgets.Relayout(o)
}

// pickerLayout puts the search above the list, which takes the rest of the
// height. Each time the list gets a new height (the dialog opening, or
// resized) it scrolls the chosen part into sight: only then does it know how far.
type pickerLayout struct {
	tp     *targetPicker
	height float32 // the list's height at the last layout
}

// MinSize is the search's size over a list of a few rows.
func (l *pickerLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	top, list := objects[0].MinSize(), objects[1].MinSize()
	return fyne.NewSize(max(top.Width, list.Width), top.Height+theme.Padding()+list.Height)
}

// Layout places the search at the top and the list under it.
func (l *pickerLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := objects[0].MinSize().Height
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(size.Width, h))
	y := h + theme.Padding()
	objects[1].Move(fyne.NewPos(0, y))
	objects[1].Resize(fyne.NewSize(size.Width, max(0, size.Height-y)))
	if h := size.Height - y; h > 0 && h != l.height {
		l.height = h
		if r := l.tp.rowOf(l.tp.chosen); r >= 0 {
			l.tp.reveal(r, true)
		}
	}
}

// pickerSearch is the picker's search entry: Up and Down move the choice
// through the list below it, so the keyboard never has to leave the entry,
// and Escape answers the dialog, as in its other fields.
type pickerSearch struct {
	dialogEntry
	picker *targetPicker
}

func newPickerSearch(tp *targetPicker) *pickerSearch {
	s := &pickerSearch{picker: tp}
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey moves the choice on Up and Down and types everything else.
func (s *pickerSearch) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyUp:
		s.picker.move(-1)
	case fyne.KeyDown:
		s.picker.move(+1)
	default:
		s.dialogEntry.TypedKey(k)
	}
}
