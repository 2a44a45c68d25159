package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Owner is who does a responsibility: an expert, a partner organisation, or
// a role named in words such as "Every team". At most one of Expert and
// Partner is set.
type Owner struct {
	Expert  *Expert
	Partner *Partner
	// Text is the owner text as typed when no link is set: a role, or words
	// that name the Expert or Partner.
	Text string
}

// Name returns the owner as people read it: the linked expert's or
// partner's current name, otherwise the text as typed.
func (o Owner) Name() string {
	switch {
	case o.Text != "":
		return o.Text
	case o.Expert != nil:
		return o.Expert.Name
	case o.Partner != nil:
		return o.Partner.Name
	}
	return ""
}

// OwnerOf returns who does r. A linked expert comes first, then a linked
// partner. With neither link, as in files written before owners could be
// linked, the owner text is matched when it is read, not rewritten when the
// file loads: text that is an expert's or partner's id, or that names one as
// whole words ("Zoë Ødegaard (Helios)"), means them, an expert before a
// partner; other text is a role. Matching on reading keeps older files
// byte for byte as they were until someone picks an owner in the editor.
func (p *Project) OwnerOf(r *Responsibility) Owner {
	if e := p.Expert(r.OwnerExpert); e != nil && r.OwnerExpert != "" {
		return Owner{Expert: e}
	}
	if x := p.Partner(r.OwnerPartner); x != nil && r.OwnerPartner != "" {
		return Owner{Partner: x}
	}
	text := strings.TrimSpace(r.Owner)
	if text == "" {
		return Owner{}
	}
	for i := range p.Experts {
		if e := &p.Experts[i]; text == e.ID || Mentions(text, e.Name) {
			return Owner{Expert: e, Text: text}
		}
	}
	for i := range p.Partners {
		if x := &p.Partners[i]; text == x.ID || Mentions(text, x.Name) {
			return Owner{Partner: x, Text: text}
		}
	}
	return Owner{Text: text}
}

// Mentions reports whether name occurs in text as whole words, ignoring case.
func Mentions(text, name string) bool {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return false
	}
	text = strings.ToLower(text)
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(name)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(text) || !isWordRune(after)) {
			return true
		}
		from = i + 1
	}
	return false
}

// isWordRune reports whether r is part of a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
