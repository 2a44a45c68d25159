// Package export writes a unit's handouts and interchange formats: printable
// PDF handouts (unit overview, student rubric, expert briefing, schedule) and
// the files other tools read. Every writer takes an io.Writer and a
// *model.Project and never touches the disk.
package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"coplan/model"
)

// Handout names, the values of PDFOptions.Handout.
const (
	HandoutOverview = "overview"
	HandoutRubric   = "rubric"
	HandoutBriefing = "briefing"
	HandoutSchedule = "schedule"
)

// Handouts lists the handout names in the order they are offered.
var Handouts = []string{HandoutOverview, HandoutRubric, HandoutBriefing, HandoutSchedule}

// handoutTitles names each handout for footers and PDF metadata.
var handoutTitles = map[string]string{
	HandoutOverview: "Unit overview",
	HandoutRubric:   "Student rubric",
	HandoutBriefing: "Expert briefing",
	HandoutSchedule: "Session schedule",
}

// PDFOptions chooses what WritePDF prints.
type PDFOptions struct {
	// Handout is one of HandoutOverview, HandoutRubric, HandoutBriefing or
	// HandoutSchedule; empty means the overview.
	Handout string
	// Paper is PaperA4 or PaperLetter (any case); empty means A4.
	Paper string
	// Rubric is the id or title of the one rubric to print; empty prints all.
	Rubric string
	// Expert is the id or name of the one expert to brief; empty briefs all.
	Expert string
	// Partner turns the briefing into one for partner organisations: the id
	// or name of the one partner to brief, or AllPartners for every partner
	// but the school's own (see HandoutSubjects); empty briefs experts.
	// Setting both Expert and Partner is an error.
	Partner string
	// Now is the print date in the footer and the PDF's creation date; the
	// zero time means the current time. Fix it to get the same bytes twice.
	Now time.Time
}

// WritePDF lays out one handout of p and writes it to w as a PDF. Nothing
// is written to w unless the whole document was made: on error w is untouched.
func WritePDF(w io.Writer, p *model.Project, opt PDFOptions) error {
	if p == nil {
		return errors.New("export: no unit to print")
	}
	var buf bytes.Buffer
	if err := renderPDF(&buf, p, opt); err != nil {
		return err
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(buf.Bytes()), []byte("%%EOF")) {
		return errors.New("export: the PDF library produced an empty or unfinished document")
	}
	if _, err := buf.WriteTo(w); err != nil {
		return fmt.Errorf("export: writing the PDF: %w", err)
	}
	return nil
}

// renderPDF builds the document into buf, turning a panic inside the PDF
// library into an error.
func renderPDF(buf *bytes.Buffer, p *model.Project, opt PDFOptions) (err error) {
	handout := strings.ToLower(strings.TrimSpace(opt.Handout))
	if handout == "" {
		handout = HandoutOverview
	}
	if _, ok := handoutTitles[handout]; !ok {
		return fmt.Errorf("export: unknown handout %q; choose one of %s", opt.Handout, strings.Join(Handouts, ", "))
	}
	paper, err := paperSize(opt.Paper)
	if err != nil {
		return err
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}

	// Resolve the selection before any layout, so a wrong name fails fast.
	var rubrics []*model.Rubric
	var experts []*model.Expert
	var partners []*model.Partner
	title := handoutTitles[handout]
	switch handout {
	case HandoutRubric:
		if rubrics, err = selectRubrics(p, opt.Rubric); err != nil {
			return err
		}
	case HandoutBriefing:
		if strings.TrimSpace(opt.Partner) != "" {
			if strings.TrimSpace(opt.Expert) != "" {
				return errors.New("export: brief an expert or a partner, not both")
			}
			if partners, err = selectPartners(p, opt.Partner); err != nil {
				return err
			}
			title = partnerBriefingTitle
		} else if experts, err = selectExperts(p, opt.Expert); err != nil {
			return err
		}
	}

	defer func() {
		if r := recover(); r != nil {
			buf.Reset()
			err = fmt.Errorf("export: laying out the %s failed: %v", strings.ToLower(title), r)
		}
	}()

	landscape := handout == HandoutRubric
	d, err := newDoc(paper, landscape, now)
	if err != nil {
		return err
	}
	d.setFooter(footerTitle(p, title))
	d.meta(p, title)
	switch handout {
	case HandoutOverview:
		writeOverview(d, p)
	case HandoutRubric:
		writeRubrics(d, p, rubrics)
	case HandoutBriefing:
		if partners != nil {
			writePartnerBriefings(d, p, partners)
		} else {
			writeBriefings(d, p, experts)
		}
	case HandoutSchedule:
		writeSchedule(d, p)
	}
	if err := d.finish(buf); err != nil {
		buf.Reset()
		return fmt.Errorf("export: writing the %s: %w", strings.ToLower(title), err)
	}
	return nil
}

// footerTitle is the text at the left of a footer: the unit and what the page is.
func footerTitle(p *model.Project, what string) string {
	return titleOr(p.Title, "Untitled unit") + " — " + what
}

// selectRubrics returns the rubric named by query, or all rubrics when query is empty.
func selectRubrics(p *model.Project, query string) ([]*model.Rubric, error) {
	if strings.TrimSpace(query) != "" {
		r, err := FindRubric(p, query)
		if err != nil {
			return nil, err
		}
		return []*model.Rubric{r}, nil
	}
	out := make([]*model.Rubric, 0, len(p.Rubrics))
	for i := range p.Rubrics {
		out = append(out, &p.Rubrics[i])
	}
	return out, nil
}

// selectExperts returns the expert named by query, or, when query is empty,
// every expert from the community: school staff are briefed only on request.
func selectExperts(p *model.Project, query string) ([]*model.Expert, error) {
	if strings.TrimSpace(query) != "" {
		e, err := FindExpert(p, query)
		if err != nil {
			return nil, err
		}
		return []*model.Expert{e}, nil
	}
	out := make([]*model.Expert, 0, len(p.Experts))
	for i := range p.Experts {
		e := &p.Experts[i]
		if e.IsSchoolStaff() {
			continue
		}
		out = append(out, e)
	}
	return out, nil
}
