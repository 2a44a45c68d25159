package model_test

import (
	"strings"
	"testing"

	"coplan/model"
)

func TestUnknownKeysAreKeptWhereverTheyAppear(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string // lines the saved file must hold
	}{
		{"top level", "future = 1\n", []string{"future = 1"}},
		{"inside a deleted entry", "[[deleted]]\nid = \"gone\"\nat = 2026-01-02T03:04:05Z\nwhy = \"merged\"\n",
			[]string{"why = \"merged\""}},
		{"inside an inline array of levels", "[[rubrics]]\nid = \"r1\"\ntitle = \"R\"\nlevels = [{ id = \"l1\", label = \"Good\", points = 2, colour = \"green\" }, { id = \"l2\", label = \"Best\", points = 3, stars = [1, 2] }]\n",
			[]string{"colour = \"green\"", "stars = [1, 2]"}},
		{"inside an inline approval", "[[rubrics]]\nid = \"r1\"\ntitle = \"R\"\napprovals = [{ by = \"Ann\", at = 2026-01-02T03:04:05Z, seal = true }]\n",
			[]string{"seal = true"}},
		{"inside an inline safety check", "[[experts]]\nid = \"e1\"\nname = \"Ann\"\nsafety_check = { kind = \"WWCC\", photo = \"yes\" }\n",
			[]string{"photo = \"yes\""}},
		{"an unknown table inside a session", "[[sessions]]\nid = \"s1\"\ntitle = \"S\"\n[sessions.weather]\nrain = 0.5\n",
			[]string{"weather = { rain = 0.5 }"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := []byte("format = \"coplan/1\"\nid = \"u1\"\ntitle = \"T\"\n" + c.body)
			d, err := model.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Warnings) == 0 {
				t.Error("no warning about the unknown key")
			}
			saved := model.Encode(d.Project)
			for _, w := range c.want {
				if !strings.Contains(string(saved), w) {
					t.Errorf("saved file lost %q:\n%s", w, saved)
				}
			}
			again, err := model.Decode(saved)
			if err != nil {
				t.Fatalf("saved file does not open: %v\n%s", err, saved)
			}
			if resaved := model.Encode(again.Project); string(resaved) != string(saved) {
				t.Errorf("a second round trip changed the file:\n%s\nthen\n%s", saved, resaved)
			}
		})
	}
}

func TestUnknownKeyWarningsNameTheirLine(t *testing.T) {
	data := []byte("format = \"coplan/1\"\nid = \"u1\"\ntitle = \"T\"\nodd = 1\n\n[[sessions]]\nid = \"s1\"\nmood = \"good\"\n[sessions.weather]\nrain = 1\n")
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, w := range d.Warnings {
		got[w.Field] = w.Line
	}
	want := map[string]int{"odd": 4, "sessions.mood": 8, "sessions.weather": 9}
	for k, line := range want {
		if got[k] != line {
			t.Errorf("warning for %s: line %d, want %d (all: %v)", k, got[k], line, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("warnings %v, want one each for %v", got, want)
	}
}
