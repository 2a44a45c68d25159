package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"coplan/model"
)

// doc is a PDF under construction: the gofpdf document, the page geometry
// and the position where the next block goes.
type doc struct {
	pdf       *gofpdf.Fpdf
	pageH     float64
	left      float64
	right     float64 // x of the right margin
	top       float64
	bottom    float64 // lowest y text may reach
	y         float64
	now       time.Time
	footer    string         // the footer text of pages begun from now on
	footers   map[int]string // the footer text of each page
	onNewPage func()         // repeats a table header after a page break
	parts     []int          // the first page of each part, numbered on its own
	curStyle  textStyle
}

// Margins in millimetres.
const (
	marginSide   = 18
	marginTop    = 16
	marginBottom = 20
	footerOffset = 11 // from the bottom edge to the footer's baseline
)

// newDoc starts a document on paper, landscape or portrait, with the fonts loaded.
func newDoc(pp paper, landscape bool, now time.Time) (*doc, error) {
	if err := loadAdvances(); err != nil {
		return nil, fmt.Errorf("export: loading fonts: %w", err)
	}
	orient, w, h := "P", pp.w, pp.h
	if landscape {
		orient, w, h = "L", pp.h, pp.w
	}
	pdf := gofpdf.NewCustom(&gofpdf.InitType{
		OrientationStr: orient,
		UnitStr:        "mm",
		Size:           gofpdf.SizeType{Wd: pp.w, Ht: pp.h},
	})
	if err := addFonts(pdf); err != nil {
		return nil, fmt.Errorf("export: loading fonts: %w", err)
	}
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(marginSide, marginTop, marginSide)
	pdf.SetCellMargin(0)
	pdf.SetCreationDate(now)
	pdf.SetModificationDate(now)
	pdf.SetCatalogSort(true)
	pdf.SetCreator("Coplan", true)
	pdf.SetProducer("Coplan", true)
	d := &doc{
		pdf: pdf, pageH: h,
		left: marginSide, right: w - marginSide, top: marginTop, bottom: h - marginBottom,
		now: now, footers: map[int]string{}, parts: []int{1},
	}
	d.newPage()
	return d, nil
}

// meta sets the PDF's title, author, subject and keywords.
func (d *doc) meta(p *model.Project, subject string) {
	title := clean(strings.TrimSpace(p.Title))
	if title == "" {
		title = "Untitled unit"
	}
	d.pdf.SetTitle(title+" — "+subject, true)
	d.pdf.SetSubject(subject, true)
	author := firstNonEmpty(p.Unit.Contact, p.Unit.School, "Coplan")
	d.pdf.SetAuthor(clean(author), true)
	keywords := append(append([]string{}, p.Unit.Subjects...), yearLevels(p.Unit.YearLevels))
	d.pdf.SetKeywords(clean(strings.Join(nonEmpty(keywords), ", ")), true)
}

// setFooter sets the footer text of this page and the pages after it.
func (d *doc) setFooter(text string) {
	d.footer = text
	d.footers[d.pdf.PageNo()] = text
}

// startPart begins one part of a handout, such as one expert's briefing
// or one rubric, with its own footer text: on the first page if first, else
// overleaf. Each part is a handout of its own, so its pages are numbered
// from 1 ("Page 1 of 2"), apart from the other parts'.
func (d *doc) startPart(footer string, first bool) {
	if first {
		d.setFooter(footer)
		return
	}
	d.footer = footer
	d.newPage()
	d.parts = append(d.parts, d.pdf.PageNo())
}

// pageOfPart returns page i's number within its part and the part's page count.
func (d *doc) pageOfPart(i, pages int) (int, int) {
	first, next := 1, pages+1
	for k, p := range d.parts {
		if p > i {
			next = p
			break
		}
		first = d.parts[k]
	}
	return i - first + 1, next - first
}

// width is the width of the text area.
func (d *doc) width() float64 { return d.right - d.left }

// newPage starts a page and runs the current page-break hook.
func (d *doc) newPage() {
	d.pdf.AddPage()
	d.footers[d.pdf.PageNo()] = d.footer
	d.y = d.top
	d.curStyle = textStyle{}
	if d.onNewPage != nil {
		d.onNewPage()
	}
}

// room returns the height left on the page.
func (d *doc) room() float64 { return d.bottom - d.y }

// need starts a new page unless h millimetres fit on this one.
func (d *doc) need(h float64) {
	if h > d.room() && d.y > d.top+0.01 {
		d.newPage()
	}
}

// space moves down by h, but never past the bottom and not at the top of a page.
func (d *doc) space(h float64) {
	if d.y <= d.top+0.01 {
		return
	}
	d.y += h
	if d.y > d.bottom {
		d.y = d.bottom
	}
}

// use selects st for drawing.
func (d *doc) use(st textStyle) {
	if st == d.curStyle {
		return
	}
	d.pdf.SetFont(fontFamily, st.style, st.size)
	d.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
	d.curStyle = st
}

// text draws s with the top of its line box at (x, y).
func (d *doc) text(x, y float64, s string, st textStyle) {
	if s == "" {
		return
	}
	d.use(st)
	d.pdf.Text(x, y+st.lineHeight()*0.76, s)
}

// flow draws ls at x from the current position, moving to a new page
// whenever the next line does not fit.
func (d *doc) flow(ls []line, x float64) {
	for _, l := range ls {
		h := l.st.lineHeight()
		if d.y+h > d.bottom {
			d.newPage()
		}
		d.text(x, d.y, l.text, l.st)
		d.y += h
	}
}

// finish draws every page's footer and writes the document to w.
func (d *doc) finish(w io.Writer) error {
	d.onNewPage = nil
	n := d.pdf.PageCount()
	printed := "Printed " + d.now.Format("2 January 2006")
	for i := 1; i <= n; i++ {
		d.pdf.SetPage(i)
		// Each page's content stream keeps its own font: set it afresh.
		d.pdf.SetFont(fontFamily, italic, 1)
		d.pdf.SetFillColor(white.r, white.g, white.b)
		d.curStyle = textStyle{}
		y := d.pageH - footerOffset - stFooter.lineHeight()*0.76
		d.pdf.SetDrawColor(rule.r, rule.g, rule.b)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(d.left, y-1.5, d.right, y-1.5)
		pg, of := d.pageOfPart(i, n)
		right := fmt.Sprintf("%s  ·  Page %d of %d", printed, pg, of)
		rw := width(right, stFooter)
		left := ellipsize(clean(d.footers[i]), stFooter, d.width()-rw-6)
		d.text(d.left, y, left, stFooter)
		d.text(d.right-rw, y, right, stFooter)
	}
	d.pdf.SetPage(n)
	return d.pdf.Output(w)
}
