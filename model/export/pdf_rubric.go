package export

import (
	"fmt"
	"strings"

	"coplan/model"
)

// writeRubrics prints each rubric as a landscape student handout, each
// starting on a new page.
func writeRubrics(d *doc, p *model.Project, rs []*model.Rubric) {
	if len(rs) == 0 {
		d.title(titleOr(p.Title, "Untitled unit"), "Student rubric")
		d.note("This unit has no rubrics yet.")
		return
	}
	for i, r := range rs {
		name := "Rubric: " + titleOr(r.Title, "Untitled rubric")
		d.startPart(footerTitle(p, name), i == 0)
		writeRubric(d, p, r)
	}
}

// writeRubric prints one rubric: criteria as rows, levels as columns. A
// rating a criterion names or scores its own way shows its name and points
// in its cell; a level no criterion offers gets no column. Each criterion
// says the most it can give, and the total line the most in all; an
// unscored rubric prints no points. Levels too many for readable columns
// are split over several tables, each under a heading that names its levels.
func writeRubric(d *doc, p *model.Project, r *model.Rubric) {
	n := names{p}
	title := titleOr(r.Title, "Untitled rubric")
	d.title(title, rubricSubtitle(p, r))
	if r.Description != "" {
		d.para(r.Description, stBody)
	}
	d.nameLine()
	if len(r.Levels) == 0 || len(r.Criteria) == 0 {
		d.note("This rubric has no levels or no criteria yet.")
		return
	}
	var levels []*model.Level
	for i := range r.Levels {
		for ci := range r.Criteria {
			if r.Criteria[ci].Offers(r.Levels[i].ID) {
				levels = append(levels, &r.Levels[i])
				break
			}
		}
	}
	groups := levelGroups(d, r, len(levels))
	for g, lv := range groups {
		caption, heading := title, ""
		if len(groups) > 1 {
			from, to := lv[0]+1, lv[1]
			caption = fmt.Sprintf("%s, levels %d–%d", title, from, to)
			heading = fmt.Sprintf("Levels %d–%d of %d", from, to, len(levels))
		}
		rubricTable(d, r, n, caption, heading, levels[lv[0]:lv[1]], g == len(groups)-1)
	}
	d.totalLine(r)
}

// minLevelWidth is the narrowest a level's column may be, in millimetres,
// before the levels are split over several tables.
const minLevelWidth = 24.0

// levelGroups splits n levels into runs, as [from, to) pairs, each of which
// fits the page with columns at least minLevelWidth wide. A rubric that
// fits gets one run of all its levels.
func levelGroups(d *doc, r *model.Rubric, n int) [][2]int {
	avail := d.width()
	if !r.Unscored {
		avail += fit("Score", stCell) // fit returns a negative width
	}
	most := max(1, int(avail/minLevelWidth-1.25))
	if n <= most {
		return [][2]int{{0, n}}
	}
	// As few runs as fit, their lengths differing by at most one, the
	// longer ones first.
	count := (n + most - 1) / most
	out := make([][2]int, count)
	for i := range out {
		out[i] = [2]int{(i*n + count - 1) / count, ((i+1)*n + count - 1) / count}
	}
	return out
}

// rubricTable prints the criteria of r against levels, under heading
// unless it is empty; the last table of a rubric has the Score column and
// is kept with the total line. The column headers show the levels' points
// only when every criterion gives the same points in every column, weight
// included; otherwise every cell shows its own points and no header does,
// so that a student never reads two different values for one cell.
func rubricTable(d *doc, r *model.Rubric, n names, caption, heading string, levels []*model.Level, last bool) {
	scored := !r.Unscored
	weights := []float64{1.25}
	head := []cell{txt("Criterion", stCellB)}
	inHead := scored && pointsInHeader(r)
	for _, l := range levels {
		weights = append(weights, 1)
		h := cell{{titleOr(l.Label, "Unnamed level"), stCellB}}
		if inHead {
			pts, _ := columnPoints(r, l)
			h = append(h, span{pointsLabel(pts), stCellNote})
		}
		head = append(head, h)
	}
	if scored && last {
		weights = append(weights, fit("Score", stCell))
		head = append(head, txt("Score", stCellB))
	}

	t := d.newTableCells(caption, weights, head)
	rows := make([][]cell, len(r.Criteria))
	for i := range r.Criteria {
		c := &r.Criteria[i]
		row := []cell{criterionCell(r, c, n)}
		for _, l := range levels {
			row = append(row, ratingCell(r, c, l, scored && !inHead))
		}
		if scored && last {
			row = append(row, nil)
		}
		rows[i] = row
	}
	if heading != "" {
		follow := 1.0 // the space under the heading
		if len(rows) > 0 {
			follow += t.firstRowHeight(rows[0])
		}
		d.headingKeep(heading, 1, follow)
	}
	for i, row := range rows {
		if last && i == len(rows)-1 {
			t.keep = totalHeight
		}
		t.row(row, nil)
	}
	t.end()
}

// pointsInHeader reports whether every criterion of r gives the same
// points, weight included, at each level it offers.
func pointsInHeader(r *model.Rubric) bool {
	for i := range r.Levels {
		if _, same := columnPoints(r, &r.Levels[i]); !same {
			return false
		}
	}
	return true
}

// columnPoints returns the points, weight included, that every criterion
// of r offering l gives at l, and whether they all give the same.
func columnPoints(r *model.Rubric, l *model.Level) (float64, bool) {
	pts, seen := l.Points, false
	for i := range r.Criteria {
		c := &r.Criteria[i]
		if !c.Offers(l.ID) {
			continue
		}
		p := c.Rating(l).Points * float64(c.Multiplier())
		if seen && p != pts {
			return 0, false
		}
		pts, seen = p, true
	}
	return pts, true
}

// criterionCell prints a criterion's title, description, weight and most
// points, and the codes of its outcomes.
func criterionCell(r *model.Rubric, c *model.Criterion, n names) cell {
	out := cell{{titleOr(c.Title, "Untitled criterion"), stCellB}}
	if c.Description != "" {
		out = append(out, span{c.Description, stCellNote})
	}
	if !r.Unscored {
		most := "Up to " + pointsLabel(r.CriterionMax(c))
		if c.Multiplier() != 1 {
			most = fmt.Sprintf("Weight ×%d: up to %s", c.Multiplier(), pointsLabel(r.CriterionMax(c)))
		}
		out = append(out, span{most, stCellNote})
	}
	if codes := n.outcomeCodes(c.Outcomes); codes != "" {
		out = append(out, span{"Outcomes: " + codes, stCellNote})
	}
	return out
}

// ratingCell prints c's rating at level l: its descriptor, under its own
// name when it differs from the column's and under its points (weighted)
// when showPoints; nothing when c does not offer l.
func ratingCell(r *model.Rubric, c *model.Criterion, l *model.Level, showPoints bool) cell {
	if !c.Offers(l.ID) {
		return nil
	}
	rt := c.Rating(l)
	var parts []string
	if rt.Label != l.Label {
		parts = append(parts, titleOr(rt.Label, "Unnamed rating"))
	}
	if showPoints && !r.Unscored {
		parts = append(parts, pointsLabel(rt.Points*float64(c.Multiplier())))
	}
	var out cell
	if len(parts) > 0 {
		out = append(out, span{strings.Join(parts, " · "), stCellB})
	}
	if rt.Descriptor != "" {
		out = append(out, span{rt.Descriptor, stCell})
	}
	return out
}

// rubricSubtitle names the unit and the tasks marked with r.
func rubricSubtitle(p *model.Project, r *model.Rubric) string {
	parts := []string{titleOr(p.Title, "Untitled unit")}
	for _, a := range p.Assessments {
		if a.Rubric != r.ID {
			continue
		}
		s := "Task: " + titleOr(a.Title, "Untitled task")
		if !a.Due.IsZero() {
			s += ", due " + shortDate(a.Due)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "  ·  ")
}

// nameLine draws "Name ____  Class ____  Date ____" for the student to fill in.
func (d *doc) nameLine() {
	h := 9.0
	d.need(h + 20)
	d.y += 2
	y := d.y + 5
	x := d.left
	fields := []struct {
		label string
		w     float64
	}{{"Name", 0.5}, {"Class", 0.2}, {"Date", 0.2}}
	gap := 8.0
	avail := d.width() - gap*float64(len(fields)-1)
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.3)
	for _, f := range fields {
		w := avail * f.w / 0.9
		lw := width(f.label, stBodyB) + 2
		d.text(x, d.y+0.6, f.label, stBodyB)
		d.pdf.Line(x+lw, y, x+w, y)
		x += w + gap
	}
	d.y += h
}

// totalHeight is the height totalLine takes.
const totalHeight = 30.0

// totalLine draws the total score line under a rubric, with the most a
// student can get, then the feedback lines; an unscored rubric has the
// feedback lines only.
func (d *doc) totalLine(r *model.Rubric) {
	d.need(totalHeight)
	d.y += 2
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.3)
	if !r.Unscored {
		lw := width("Total", stBodyB) + 3
		d.text(d.left, d.y, "Total", stBodyB)
		base := d.y + stBodyB.lineHeight()*0.85
		d.pdf.Line(d.left+lw, base, d.left+lw+35, base)
		d.text(d.left+lw+37, d.y, "out of "+points(r.MaxPoints()), stBodyB)
		d.y += stBodyB.lineHeight() + 4
	}
	d.text(d.left, d.y, "Feedback", stBodyB)
	for i := 1; i <= 2; i++ {
		y := d.y + stBodyB.lineHeight()*0.85 + float64(i-1)*8
		x := d.left
		if i == 1 {
			x += width("Feedback", stBodyB) + 3
		}
		d.pdf.Line(x, y, d.right, y)
	}
	d.y += 16
}
