package model_test

import (
	"strings"
	"testing"

	"coplan/model"
)

// BenchmarkWordDiffLongDescriptor compares two wordings of 250 words that
// differ throughout: about the largest the word diff compares word by word
// before it shows the texts as wholly replaced. The Review section runs it
// on each edit while a suggestion is shown.
func BenchmarkWordDiffLongDescriptor(b *testing.B) {
	var old, new strings.Builder
	for i := range 250 {
		old.WriteString([]string{"tests ", "records ", "graphs ", "repeats "}[i%4])
		new.WriteString([]string{"tests ", "measures ", "graphs ", "averages "}[i%4])
	}
	for range b.N {
		model.WordDiff(old.String(), new.String())
	}
}
