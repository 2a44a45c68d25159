package export

import (
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"coplan/model"
)

// Subject is one thing a handout can be limited to: an expert or a partner
// organisation to brief, or a rubric to print. ID is what PDFOptions.Expert,
// PDFOptions.Partner or PDFOptions.Rubric takes; Name is what people see
// (empty when the unit leaves it empty).
type Subject struct {
	ID, Name string
	// Partner marks a partner organisation: its ID goes to PDFOptions.Partner.
	Partner bool
	// SchoolStaff marks an expert who is school staff, or a partner all of
	// whose people are (the school itself): a briefing for all leaves them
	// out, so they are briefed only when chosen.
	SchoolStaff bool
}

// HandoutSubjects lists, in the unit's order, what the handout can be
// limited to: every rubric for the student rubric, every expert and then
// every partner organisation for the briefings, nothing for the other
// handouts (which always print whole). Leaving the choice empty prints all
// rubrics, or briefs every expert who is not school staff; AllPartners
// briefs every partner but the school's own: the rule WritePDF follows, for
// the command line and the editor alike.
func HandoutSubjects(p *model.Project, handout string) []Subject {
	if p == nil {
		return nil
	}
	var out []Subject
	switch strings.ToLower(strings.TrimSpace(handout)) {
	case HandoutRubric:
		for _, r := range p.Rubrics {
			out = append(out, Subject{ID: r.ID, Name: r.Title})
		}
	case HandoutBriefing:
		for i := range p.Experts {
			e := &p.Experts[i]
			out = append(out, Subject{ID: e.ID, Name: e.Name, SchoolStaff: e.IsSchoolStaff()})
		}
		for i := range p.Partners {
			x := &p.Partners[i]
			out = append(out, Subject{ID: x.ID, Name: x.Name, Partner: true, SchoolStaff: schoolsOwn(p, x)})
		}
	}
	return out
}

// LocalePaper is the paper size of the user's locale, from the environment
// variables LC_ALL, LC_PAPER or LANG, the first that is set (getenv is
// os.Getenv when nil).
func LocalePaper(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, name := range []string{"LC_ALL", "LC_PAPER", "LANG"} {
		if v := getenv(name); v != "" {
			return DefaultPaper(v)
		}
	}
	return DefaultPaper("")
}

// maxFileNameRunes bounds a file name made from a title, well under the
// 255 bytes file systems allow.
const maxFileNameRunes = 80

// SafeFileName turns name, such as "Briefing – Zoë Ødegaard", into a file
// name every system accepts: characters that separate folders or that
// Windows refuses (/ \ : * ? " < > |) and control characters become spaces,
// runs of space shrink to one, leading and trailing dots and spaces go, and
// the result is cut to a sensible length. Letters of any script stay. An
// empty result becomes "handout".
func SafeFileName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range name {
		if r == utf8.RuneError || unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) || unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := b.String()
	if r := []rune(out); len(r) > maxFileNameRunes {
		out = string(r[:maxFileNameRunes])
	}
	out = strings.Trim(out, ". ")
	if out == "" {
		return "handout"
	}
	return out
}
