package export

import (
	"strconv"
	"strings"

	"coplan/model"
)

// mdInline escapes text for Markdown inline content so that it reads as
// written: no emphasis, code, links, raw HTML, entities, strikethrough or
// table cell breaks.
func mdInline(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
		case '&':
			if i+1 < len(s) && (isASCIIAlnum(s[i+1]) || s[i+1] == '#') {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// mdLineStart escapes what would start a block at the beginning of a line of
// a paragraph: a heading, a list item, a numbered item, a thematic break or
// a setext underline.
func mdLineStart(line string) string {
	if line == "" {
		return line
	}
	switch line[0] {
	case '#', '-', '+', '=':
		return "\\" + line
	}
	digits := 0
	for digits < len(line) && digits < 9 && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')') {
		return line[:digits] + "\\" + line[digits:]
	}
	return line
}

// mdCell escapes text for a table cell: inline escapes, with line breaks
// written as " / ".
func mdCell(s string) string {
	var lines []string
	for _, line := range strings.Split(normaliseBreaks(s), "\n") {
		if line = strings.TrimSpace(strings.ReplaceAll(line, "\t", " ")); line != "" {
			lines = append(lines, line)
		}
	}
	return mdInline(strings.Join(lines, " / "))
}

// mdTime writes a session's time as "09:30–10:40", "09:30" or "".
func mdTime(p *model.Project, s *model.Session) string {
	if !s.Start.Set {
		return ""
	}
	start, end := sessionClocks(p, s)
	if s.Minutes <= 0 {
		return start.String()
	}
	return start.String() + "–" + end.String()
}

// mdEngagement names an engagement in words.
func mdEngagement(e string) string {
	switch e {
	case model.InClass:
		return "In class"
	case model.InCommunity:
		return "In the community"
	}
	return e
}

// pointsText writes points as "4 pts", "1 pt" or "1.75 pts".
func pointsText(v float64) string {
	if v == 1 {
		return "1 pt"
	}
	return strconv.FormatFloat(v, 'f', -1, 64) + " pts"
}
