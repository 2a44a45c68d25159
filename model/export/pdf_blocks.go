package export

import "strings"

// para draws a paragraph across the text area, keeping its first two
// lines together.
func (d *doc) para(text string, st textStyle) {
	ls := lines(text, st, d.width())
	if len(ls) == 0 {
		return
	}
	d.need(height(ls[:min(2, len(ls))]))
	d.flow(ls, d.left)
	d.y += st.lineHeight() * 0.35
}

// title draws the handout's title and the line under it.
func (d *doc) title(text, sub string) {
	ls := lines(text, stTitle, d.width())
	d.flow(ls, d.left)
	d.pdf.Bookmark(clean(text), 0, d.top)
	if s := lines(sub, stLead, d.width()); len(s) > 0 {
		d.y += 1
		d.flow(s, d.left)
	}
	d.y += 2
	d.hrule(accent, 0.6)
	d.y += 4
}

// heading draws a section heading of level 0 or 1, bookmarked under the
// title, kept on a page with at least 18 mm of what follows.
func (d *doc) heading(text string, level int) { d.headingKeep(text, level, 18) }

// headingKeep is heading kept on a page with follow millimetres of what follows.
func (d *doc) headingKeep(text string, level int, follow float64) {
	st := stH1
	if level > 0 {
		st = stH2
	}
	ls := lines(text, st, d.width())
	if level == 0 {
		d.space(5)
	} else {
		d.space(3)
	}
	d.need(height(ls) + follow)
	d.use(st)
	d.pdf.Bookmark(clean(text), level+1, d.y) // under the handout's title
	d.flow(ls, d.left)
	if level == 0 {
		d.y += 0.8
		d.hrule(rule, 0.25)
		d.y += 2.2
	} else {
		d.y += 1
	}
}

// hrule draws a horizontal line across the text area at the current y.
func (d *doc) hrule(c rgb, w float64) {
	d.pdf.SetDrawColor(c.r, c.g, c.b)
	d.pdf.SetLineWidth(w)
	d.pdf.Line(d.left, d.y, d.right, d.y)
}

// field draws "Label" over a paragraph of value, or nothing if value is empty.
func (d *doc) field(label, value string) {
	if strings.TrimSpace(value) == "" {
		return
	}
	ls := append(lines(label, stLabel, d.width()), lines(value, stBody, d.width())...)
	d.need(height(ls[:min(3, len(ls))]))
	d.flow(ls, d.left)
	d.y += 2.2
}

// fact is one laid-out label–value pair.
type fact struct {
	label string
	value []line
}

// layoutFacts lays out the pairs with a value, and returns them with the
// width of the label column and their total height.
func (d *doc) layoutFacts(pairs [][2]string) ([]fact, float64, float64) {
	labelW := 0.0
	for _, p := range pairs {
		if strings.TrimSpace(p[1]) != "" {
			labelW = max(labelW, width(clean(p[0]), stLabel))
		}
	}
	labelW += 4
	var fs []fact
	total := 0.0
	for _, p := range pairs {
		ls := lines(p[1], stBody, d.width()-labelW)
		if len(ls) == 0 {
			continue
		}
		fs = append(fs, fact{clean(p[0]), ls})
		total += height(ls) + factGap
	}
	return fs, labelW, total
}

// factGap is the space after each fact.
const factGap = 0.8

// factsHeight is the height facts will take for pairs.
func (d *doc) factsHeight(pairs [][2]string) float64 {
	_, _, h := d.layoutFacts(pairs)
	return h
}

// facts draws label–value pairs as two aligned columns, skipping empty
// values; a short list is kept on one page.
func (d *doc) facts(pairs [][2]string) {
	fs, labelW, total := d.layoutFacts(pairs)
	if total <= 45 {
		d.need(total)
	}
	for _, f := range fs {
		d.need(height(f.value[:1]))
		d.text(d.left, d.y+(stBody.lineHeight()-stLabel.lineHeight())/2, f.label, stLabel)
		d.flow(f.value, d.left+labelW)
		d.y += factGap
	}
}

// bullets draws one bulleted paragraph per item.
func (d *doc) bullets(items []string, st textStyle) {
	indent := 5.0
	for _, it := range items {
		ls := lines(it, st, d.width()-indent)
		if len(ls) == 0 {
			continue
		}
		d.need(height(ls[:1]))
		d.text(d.left+1, d.y, "•", st)
		d.flow(ls, d.left+indent)
		d.y += 0.6
	}
}

// note draws a muted italic remark, such as "None recorded yet."
func (d *doc) note(text string) {
	d.para(text, textStyle{italic, 9.5, muted})
}
