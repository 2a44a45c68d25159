package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"coplan/model"
)

// ptMM is the length of a typographic point in millimetres.
const ptMM = 25.4 / 72

// rgb is a colour. The handouts use dark ink and light greys so they print
// well in black and white; colour never carries meaning on its own.
type rgb struct{ r, g, b int }

var (
	ink    = rgb{0x1a, 0x1a, 0x1a}
	muted  = rgb{0x55, 0x55, 0x55}
	accent = rgb{0x1f, 0x3a, 0x5f}
	rule   = rgb{0x99, 0x99, 0x99}
	shade  = rgb{0xe6, 0xe9, 0xee}
	tint   = rgb{0xf4, 0xf4, 0xf4}
	white  = rgb{0xff, 0xff, 0xff}
)

// textStyle is a font style, size in points and colour.
type textStyle struct {
	style string
	size  float64
	color rgb
}

// The type scale of the handouts.
var (
	stTitle    = textStyle{bold, 20, accent}
	stH1       = textStyle{bold, 14, accent}
	stH2       = textStyle{bold, 11, ink}
	stBody     = textStyle{regular, 10, ink}
	stBodyB    = textStyle{bold, 10, ink}
	stBodyI    = textStyle{italic, 10, ink}
	stLead     = textStyle{regular, 11, ink}
	stLabel    = textStyle{bold, 8.5, muted}
	stSmall    = textStyle{regular, 8.5, muted}
	stCell     = textStyle{regular, 9, ink}
	stCellB    = textStyle{bold, 9, ink}
	stCellI    = textStyle{italic, 9, ink}
	stCellNote = textStyle{regular, 7.5, muted}
	stFooter   = textStyle{regular, 7.5, muted}
)

// lineHeight is the distance between baselines of text in st, in millimetres.
func (st textStyle) lineHeight() float64 { return st.size * ptMM * 1.3 }

// line is one laid-out line of text.
type line struct {
	text string
	st   textStyle
}

// height of a run of lines.
func height(ls []line) float64 {
	h := 0.0
	for _, l := range ls {
		h += l.st.lineHeight()
	}
	return h
}

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
		now: now, footers: map[int]string{},
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

// startPart begins one part of a handout, such as one expert's briefing,
// with its own footer text: on the first page if first, else overleaf.
func (d *doc) startPart(footer string, first bool) {
	if first {
		d.setFooter(footer)
		return
	}
	d.footer = footer
	d.newPage()
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

// lines lays out text in st to fit w millimetres.
func lines(text string, st textStyle, w float64) []line {
	text = clean(strings.TrimSpace(text))
	if text == "" {
		return nil
	}
	ws := wrap(text, st, w)
	out := make([]line, len(ws))
	for i, s := range ws {
		out[i] = line{s, st}
	}
	return out
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
		right := fmt.Sprintf("%s  ·  Page %d of %d", printed, i, n)
		rw := width(right, stFooter)
		left := ellipsize(clean(d.footers[i]), stFooter, d.width()-rw-6)
		d.text(d.left, y, left, stFooter)
		d.text(d.right-rw, y, right, stFooter)
	}
	d.pdf.SetPage(n)
	return d.pdf.Output(w)
}
