package model_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"coplan/model"
)

func TestSavingRefusesWhatWouldNotOpen(t *testing.T) {
	withComments := func(n int, text string) *model.Project {
		p := sample()
		for i := 0; i < n; i++ {
			p.Comments = append(p.Comments, model.Comment{ID: fmt.Sprintf("extra-%d", i), Target: "s1", Author: "Ann", Text: text, Status: model.StatusOpen})
		}
		return p
	}
	cases := []struct {
		name string
		p    *model.Project
		want []string // words the message must hold
	}{
		{"a 70,000-character comment", withComments(1, strings.Repeat("a", 70000)), []string{"text", "comment by Ann", "69 KB", "64 KB"}},
		{"20,000 control characters, each saved as a 6-byte escape", withComments(1, strings.Repeat("\x01", 20000)), []string{"text", "118 KB", "64 KB"}},
		{"one comment more than a unit may have", withComments(model.MaxEntities+1-len(sample().Comments), "ok"), []string{"too many comments", "5000"}},
		{"a file over the size limit", withComments(200, strings.Repeat("b", 60000)), []string{"MB", "at most 8 MB"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data, err := model.EncodeChecked(c.p)
			if err == nil {
				_, openErr := model.Decode(data)
				t.Fatalf("saving was allowed (and opening it gives %v)", openErr)
			}
			if !errors.Is(err, model.ErrOverLimit) {
				t.Errorf("error %v is not ErrOverLimit", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q does not say %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "extra-0") || strings.Contains(err.Error(), "[[") {
				t.Errorf("message %q is not one line in plain words", err)
			}
			if _, err := model.Decode(model.Encode(c.p)); err == nil {
				t.Error("the unchecked encoding opens, so the check refused a good file")
			}
		})
	}
}

func TestSavingAllowsWhatOpens(t *testing.T) {
	p := sample()
	p.Comments = append(p.Comments, model.Comment{ID: "long", Target: "s1", Author: "Ann", Text: strings.Repeat("a", model.MaxStringLen-10), Status: model.StatusOpen})
	data, err := model.EncodeChecked(p)
	if err != nil {
		t.Fatalf("a text just under the limit was refused: %v", err)
	}
	if _, err := model.Decode(data); err != nil {
		t.Fatalf("the saved file does not open: %v", err)
	}
}

func TestAFileWithTooManyValuesIsRefusedQuickly(t *testing.T) {
	cases := []struct {
		name string
		item func(i int) string
	}{
		{"keys", func(i int) string { return fmt.Sprintf("k%d = 1\n", i) }},
		{"inline tables", func(i int) string { return fmt.Sprintf("k%d = {a={b=1}}\n", i) }},
		{"list items", func(i int) string {
			if i == 0 {
				return "x = [1"
			}
			return ",1"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("format = \"coplan/1\"\nid = \"u1\"\n")
			for i := 0; i <= model.MaxValues; i++ {
				b.WriteString(c.item(i))
			}
			if c.name == "list items" {
				b.WriteString("]\n")
			}
			_, err := model.Decode([]byte(b.String()))
			var le *model.LineError
			if !errors.As(err, &le) || le.Line == 0 || !strings.Contains(err.Error(), "keys and list items") {
				t.Errorf("got %v, want a refusal naming the line", err)
			}
		})
	}
}

func TestSavingRefusesTooManyValues(t *testing.T) {
	p := sample()
	p.Unit.YearLevels = make([]string, model.MaxValues)
	_, err := model.EncodeChecked(p)
	if !errors.Is(err, model.ErrOverLimit) || !strings.Contains(err.Error(), "values") || strings.Contains(err.Error(), "year") {
		t.Errorf("got %v", err)
	}
}
