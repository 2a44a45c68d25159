package model_test

import (
	"reflect"
	"testing"

	"coplan/model"
)

func TestWordDiffMarksPunctuationApartFromTheWords(t *testing.T) {
	same, removed, added := model.WordSame, model.WordRemoved, model.WordAdded
	tests := []struct {
		name     string
		old, new string
		want     []model.WordSpan
	}{
		{"a comma added after a word", "Tests once only", "Tests once, only", []model.WordSpan{
			{Op: same, Text: "Tests once"}, {Op: added, Text: ","}, {Op: same, Text: " only"}}},
		{"a full stop taken off the end", "Repeats every test.", "Repeats every test", []model.WordSpan{
			{Op: same, Text: "Repeats every test"}, {Op: removed, Text: "."}}},
		{"a question mark for a full stop", "Is it fair.", "Is it fair?", []model.WordSpan{
			{Op: same, Text: "Is it fair"}, {Op: removed, Text: "."}, {Op: added, Text: "?"}}},
		{"a word changed next to punctuation", "(tests once)", "(tests twice)", []model.WordSpan{
			{Op: same, Text: "(tests "}, {Op: removed, Text: "once"}, {Op: added, Text: "twice"}, {Op: same, Text: ")"}}},
		{"apostrophes and hyphens stay inside a word", "doesn't re-test", "does not re-test", []model.WordSpan{
			{Op: removed, Text: "doesn't"}, {Op: added, Text: "does not"}, {Op: same, Text: " re-test"}}},
		{"a number keeps its decimal point", "Up to 2.5 points", "Up to 3.5 points", []model.WordSpan{
			{Op: same, Text: "Up to "}, {Op: removed, Text: "2.5"}, {Op: added, Text: "3.5"}, {Op: same, Text: " points"}}},
		{"quotes added around a word", "the word fair", `the word "fair"`, []model.WordSpan{
			{Op: same, Text: "the word "}, {Op: added, Text: `"`}, {Op: same, Text: "fair"}, {Op: added, Text: `"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := model.WordDiff(tt.old, tt.new); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("WordDiff(%q, %q) = %+v\nwant %+v", tt.old, tt.new, got, tt.want)
			}
		})
	}
}
