package model

import (
	"strings"
	"unicode"
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

// wordTokens splits s into words and the runs of space between them.
func wordTokens(s string) []string {
	var out []string
	start := 0
	space := false
	for i, r := range s {
		sp := unicode.IsSpace(r)
		if i > start && sp != space {
			out = append(out, s[start:i])
			start = i
		}
		space = sp
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
