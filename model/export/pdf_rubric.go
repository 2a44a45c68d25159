package export

import (
	"fmt"
	"math"
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

// writeRubric prints one rubric: criteria as rows, levels as columns.
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

	weighted, totalWeight := false, 0
	for _, c := range r.Criteria {
		totalWeight += c.Weight
		if c.Weight != r.Criteria[0].Weight {
			weighted = true
		}
	}
	weights := []float64{1.25}
	head := []cell{txt("Criterion", stCellB)}
	for _, l := range r.Levels {
		weights = append(weights, 1)
		head = append(head, cell{{titleOr(l.Label, "Unnamed level"), stCellB}, {pointsLabel(l.Points), stCellNote}})
	}
	weights = append(weights, fit("Score", stCell))
	head = append(head, txt("Score", stCellB))

	t := d.newTableCells(title, weights, head)
	for i, c := range r.Criteria {
		if i == len(r.Criteria)-1 {
			t.keep = totalHeight
		}
		crit := cell{{titleOr(c.Title, "Untitled criterion"), stCellB}}
		if weighted && totalWeight > 0 {
			crit = append(crit, span{weightLabel(c.Weight, totalWeight), stCellNote})
		}
		if codes := n.outcomeCodes(c.Outcomes); codes != "" {
			crit = append(crit, span{"Outcomes: " + codes, stCellNote})
		}
		row := []cell{crit}
		for _, l := range r.Levels {
			row = append(row, txt(c.Descriptors[l.ID], stCell))
		}
		row = append(row, nil)
		t.row(row, nil)
	}
	t.end()
	d.totalLine(r, weighted)
}

// weightLabel writes a criterion's weight and its share of the total:
// "Weight 25%" when the weights add up to 100, else "Weight 2 (40%)".
func weightLabel(w, total int) string {
	if total == 100 {
		return fmt.Sprintf("Weight %d%%", w)
	}
	return fmt.Sprintf("Weight %d (%g%%)", w, math.Round(float64(w)*100/float64(total)))
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

// totalLine draws the total score line under a rubric.
func (d *doc) totalLine(r *model.Rubric, weighted bool) {
	label := "Total"
	if !weighted && len(r.Levels) > 0 {
		label = fmt.Sprintf("Total (out of %s)", points(r.MaxPoints()))
	}
	d.need(totalHeight)
	d.y += 2
	lw := width(label, stBodyB) + 3
	d.text(d.left, d.y, label, stBodyB)
	d.pdf.SetDrawColor(ink.r, ink.g, ink.b)
	d.pdf.SetLineWidth(0.3)
	base := d.y + stBodyB.lineHeight()*0.85
	d.pdf.Line(d.left+lw, base, d.left+lw+35, base)
	d.y += stBodyB.lineHeight() + 4
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
