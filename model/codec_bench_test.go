package model_test

import (
	"fmt"
	"strings"
	"testing"

	"coplan/model"
)

// manyUnknownKeys returns a unit with n top-level keys this build does not know.
func manyUnknownKeys(n int) []byte {
	var b strings.Builder
	b.WriteString("format = \"coplan/1\"\nid = \"u1\"\ntitle = \"T\"\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "unknown_key_%d = %d\n", i, i)
	}
	return []byte(b.String())
}

// atValueLimit returns a unit holding as many values as a unit may, written
// as repeats of item (formatted with its index), each repeat holding per values.
// A repeat ending in a comma is a list item.
func atValueLimit(item string, per int) []byte {
	var b strings.Builder
	b.WriteString("format = \"coplan/1\"\nid = \"u1\"\n")
	list := strings.HasSuffix(item, ",")
	if list {
		b.WriteString("x = [")
	}
	for i := 0; i < (model.MaxValues-10)/per; i++ {
		fmt.Fprintf(&b, item, i)
	}
	if list {
		b.WriteString("0]\n")
	}
	return []byte(b.String())
}

// largestLegalFile returns a unit just under the size limit, with as many
// sessions and comments as a unit may hold and long texts in them.
func largestLegalFile() []byte {
	var b strings.Builder
	b.WriteString("format = \"coplan/1\"\nid = \"u1\"\ntitle = \"T\"\nupdated = 2026-11-20T10:00:00Z\n")
	text := strings.Repeat("Réponse \"longue\" à lire.\n", 24)
	for i := 0; b.Len() < model.MaxFileSize-4096 && i < model.MaxEntities; i++ {
		fmt.Fprintf(&b, "\n[[sessions]]\nid = \"s%d\"\nupdated = 2026-11-20T10:00:00Z\ntitle = \"Session %d\"\ndate = 2027-03-01\nstart = 09:30:00\nminutes = 60\nexperts = [\"e1\", \"e2\"]\nnotes = \"\"\"\n%s\"\"\"\n", i, i, text)
	}
	for i := 0; b.Len() < model.MaxFileSize-4096 && i < model.MaxEntities; i++ {
		fmt.Fprintf(&b, "\n[[comments]]\nid = \"c%d\"\nupdated = 2026-11-20T10:00:00Z\ntarget = \"s%d\"\nauthor = \"Ann\"\ntext = \"\"\"\n%s\"\"\"\nstatus = \"open\"\n", i, i, text)
	}
	return []byte(b.String())
}

func TestTheLargestLegalFileOpensAndSavesUnchanged(t *testing.T) {
	data := largestLegalFile()
	if len(data) > model.MaxFileSize || len(data) < model.MaxFileSize*9/10 {
		t.Fatalf("generated %d bytes, want just under %d", len(data), model.MaxFileSize)
	}
	d, err := model.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Project.Sessions) != model.MaxEntities || len(d.Project.Comments) == 0 {
		t.Errorf("read %d sessions and %d comments", len(d.Project.Sessions), len(d.Project.Comments))
	}
	if _, err := model.EncodeChecked(d.Project); err != nil {
		t.Errorf("saving a file that opened was refused: %v", err)
	}
}

func TestFortyThousandUnknownKeysAreAllKept(t *testing.T) {
	d, err := model.Decode(manyUnknownKeys(40000))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) != 40000 || d.Warnings[39999].Line != 40003 {
		t.Errorf("%d warnings, the last at line %d", len(d.Warnings), d.Warnings[len(d.Warnings)-1].Line)
	}
	if len(d.Project.Extra) != 40000 {
		t.Errorf("kept %d unknown keys", len(d.Project.Extra))
	}
}

func BenchmarkDecodeLimits(b *testing.B) {
	inputs := []struct {
		name string
		data []byte
	}{
		{"LargestLegalFile", largestLegalFile()},
		{"UnknownKeys40000", manyUnknownKeys(40000)},
		{"UnknownKeysAtValueLimit", atValueLimit("unknown_key_%d = 1\n", 1)},
		{"UnknownInlineTablesAtValueLimit", atValueLimit("k%d = { a = { b = 1 } }\n", 3)},
		{"ListItemsAtValueLimit", atValueLimit("%d,", 1)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := model.Decode(in.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEncodeCheckedLargestLegalFile(b *testing.B) {
	d, err := model.Decode(largestLegalFile())
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.EncodeChecked(d.Project); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAFileAtTheValueLimitOpens(t *testing.T) {
	// The costlier shapes at the limit are measured by BenchmarkDecodeLimits.
	if _, err := model.Decode(atValueLimit("%d,", 1)); err != nil {
		t.Error(err)
	}
}
