package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordOp says whether a WordSpan is in both texts, only the old or only the new.
type WordOp int

// Ops of a WordSpan.
const (
	// WordSame is text both versions have.
	WordSame WordOp = iota
	// WordRemoved is text only the old version has.
	WordRemoved
	// WordAdded is text only the new version has.
	WordAdded
)

// WordSpan is a run of words of a WordDiff, with the spaces between them.
type WordSpan struct {
	Op   WordOp
	Text string
}

// maxWordDiffCells bounds the table WordDiff fills (old words times new
// words); longer texts are shown as wholly replaced.
const maxWordDiffCells = 1 << 18

// WordDiff compares two wordings word by word and returns the spans of both
// in reading order: the words they share, the words only old has and the
// words only new has. Joining the spans that are not WordAdded gives old
// back; joining those that are not WordRemoved gives new. Texts too long to
// compare cheaply come back as one removed and one added span.
func WordDiff(old, new string) []WordSpan {
	a, b := wordTokens(old), wordTokens(new)
	// Common ends first: most edits change a few words in the middle.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var out []WordSpan
	var run strings.Builder // the text of the span being gathered
	op := WordSame
	flush := func() {
		if run.Len() > 0 {
			out = append(out, WordSpan{Op: op, Text: run.String()})
			run.Reset()
		}
	}
	add := func(o WordOp, s string) {
		if o != op {
			flush()
			op = o
		}
		run.WriteString(s)
	}
	for _, t := range a[:pre] {
		add(WordSame, t)
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) > maxWordDiffCells {
		for _, t := range ma {
			add(WordRemoved, t)
		}
		for _, t := range mb {
			add(WordAdded, t)
		}
	} else {
		// lcs[i][j] is the length of the longest common run of ma[i:] and mb[j:].
		w := len(mb) + 1
		lcs := make([]int32, (len(ma)+1)*w)
		for i := len(ma) - 1; i >= 0; i-- {
			for j := len(mb) - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
				} else {
					lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(ma) || j < len(mb) {
			switch {
			case i < len(ma) && j < len(mb) && ma[i] == mb[j]:
				add(WordSame, ma[i])
				i, j = i+1, j+1
			case i < len(ma) && (j == len(mb) || lcs[(i+1)*w+j] >= lcs[i*w+j+1]):
				add(WordRemoved, ma[i])
				i++
			default:
				add(WordAdded, mb[j])
				j++
			}
		}
	}
	for _, t := range a[len(a)-suf:] {
		add(WordSame, t)
	}
	flush()
	return out
}

// wordTokens splits s into words, runs of space and marks of punctuation,
// each its own token, so that a comma put after a word changes the comma
// and not the word. A word keeps the apostrophes and hyphens inside it
// ("don't", "re-test"), and a number its decimal point or separators ("2.5").
func wordTokens(s string) []string {
	var out []string
	start := 0
	kind := tokenNone
	for i, r := range s {
		k := tokenKind(r)
		if k == tokenPunct && kind == tokenWord && joinsWord(s, i, r) {
			continue // inside a word: looked at again from the next letter
		}
		if i > start && (k != kind || k == tokenPunct) {
			out = append(out, s[start:i])
			start = i
		}
		kind = k
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Kinds of token of wordTokens.
const (
	tokenNone = iota
	tokenWord
	tokenSpace
	tokenPunct
)

func tokenKind(r rune) int {
	switch {
	case unicode.IsSpace(r):
		return tokenSpace
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
		return tokenWord
	}
	return tokenPunct
}

// joinsWord reports whether punctuation r at s[i:], after a letter or
// digit, joins it to the letter or digit that follows: an apostrophe or a
// hyphen between letters, a point or comma between digits.
func joinsWord(s string, i int, r rune) bool {
	next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '\'', '’', '-', '‐':
		return unicode.IsLetter(prev) && unicode.IsLetter(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}
