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
// a paragraph, and only that: a heading ("# " but not "#tag"), a list item
// ("- ", "+ ", "3. " but not "-5" or "3.5"), a thematic break or a setext
// underline (a line of dashes or equals signs). Emphasis, quotes, code and
// HTML are escaped by mdInline wherever they are.
func mdLineStart(line string) string {
	if line == "" {
		return line
	}
	endsMarker := func(i int) bool { return i >= len(line) || line[i] == ' ' || line[i] == '\t' }
	switch line[0] {
	case '#':
		n := len(line) - len(strings.TrimLeft(line, "#"))
		if n <= 6 && endsMarker(n) {
			return "\\" + line
		}
	case '-', '+':
		if endsMarker(1) {
			return "\\" + line
		}
	}
	if t := strings.Trim(line, " \t"); t != "" && (strings.Trim(t, "-") == "" || strings.Trim(t, "=") == "") {
		return "\\" + line
	}
	digits := 0
	for digits < len(line) && digits < 9 && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')') && endsMarker(digits+1) {
		return line[:digits] + "\\" + line[digits:]
	}
	return line
}

// listItem reads a line typed as an item of a list: indentation, then "- ",
// "* ", "+ " or "• ", or a number and "." or ")" ("1. ", "2) "), then the
// item's text. It returns the indentation (a tab counts 4), the marker as
// Markdown writes it ("-" or "2)") and the text.
func listItem(line string) (indent int, marker, text string, ok bool) {
	i := 0
	for ; i < len(line) && (line[i] == ' ' || line[i] == '\t'); i++ {
		indent++
		if line[i] == '\t' {
			indent += 3
		}
	}
	rest := line[i:]
	switch {
	case strings.HasPrefix(rest, "•"):
		marker, rest = "-", rest[len("•"):]
	case rest != "" && strings.IndexByte("-*+", rest[0]) >= 0:
		marker, rest = "-", rest[1:]
	default:
		digits := 0
		for digits < len(rest) && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9' {
			digits++
		}
		if digits == 0 || digits >= len(rest) || (rest[digits] != '.' && rest[digits] != ')') {
			return 0, "", "", false
		}
		marker, rest = rest[:digits+1], rest[digits+1:]
	}
	if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return 0, "", "", false
	}
	if text = strings.TrimSpace(rest); text == "" {
		return 0, "", "", false
	}
	return indent, marker, text, true
}

// mdBlocks writes text as Markdown blocks: paragraphs, whose line breaks
// stay line breaks, and lists, for runs of lines typed as list items. A
// blank line, or a change from text to list, starts a new block; a line
// indented under an item continues it.
func mdBlocks(text string) []string {
	type level struct {
		in, width int
		out       string
	}
	var blocks, cur []string
	var levels []level
	list := false
	flush := func() {
		if len(cur) > 0 {
			sep := "\\\n"
			if list {
				sep = "\n"
			}
			blocks = append(blocks, strings.Join(cur, sep))
		}
		cur, levels = nil, nil
	}
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		indent, marker, item, ok := listItem(line)
		if !ok && list && len(levels) > 0 {
			if lead := len(line) - len(strings.TrimLeft(line, " \t")); lead > levels[len(levels)-1].in {
				top := levels[len(levels)-1]
				cur[len(cur)-1] += "\\"
				cur = append(cur, top.out+strings.Repeat(" ", top.width+1)+mdLineStart(mdInline(trimmed)))
				continue
			}
		}
		if ok != list {
			flush()
			list = ok
		}
		if !ok {
			cur = append(cur, mdLineStart(mdInline(trimmed)))
			continue
		}
		switch top := len(levels) - 1; {
		case top < 0:
			levels = append(levels, level{in: indent})
		case indent > levels[top].in:
			levels = append(levels, level{in: indent, out: levels[top].out + strings.Repeat(" ", levels[top].width+1)})
		default:
			for len(levels) > 1 && indent < levels[len(levels)-1].in {
				levels = levels[:len(levels)-1]
			}
		}
		levels[len(levels)-1].width = len(marker)
		cur = append(cur, levels[len(levels)-1].out+marker+" "+mdLineStart(mdInline(item)))
	}
	flush()
	return blocks
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
