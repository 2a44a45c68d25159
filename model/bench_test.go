package model_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"coplan/assets"
	"coplan/model"
	"coplan/model/modeltest"
)

func benchInputs(b *testing.B) map[string][]byte {
	largest := []byte{}
	for _, t := range assets.Templates() {
		if len(t.Data) > len(largest) {
			largest = t.Data
		}
	}
	return map[string][]byte{
		"LargestTemplate":      largest,
		"Sessions100Rubrics40": model.Encode(modeltest.Large(100, 40)),
	}
}

func BenchmarkDecode(b *testing.B) {
	for name, data := range benchInputs(b) {
		b.Run(name+"/Coplan", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := model.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/PlainStructs", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var p modeltest.PlainProject
				if _, err := toml.Decode(string(data), &p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	for name, data := range benchInputs(b) {
		d, err := model.Decode(data)
		if err != nil {
			b.Fatal(err)
		}
		var plain modeltest.PlainProject
		if _, err := toml.Decode(string(data), &plain); err != nil {
			b.Fatal(err)
		}
		b.Run(name+"/Coplan", func(b *testing.B) {
			for b.Loop() {
				model.Encode(d.Project)
			}
		})
		b.Run(name+"/PlainStructs", func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := toml.NewEncoder(&buf).Encode(plain); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestTheGeneratedUnitIsValid(t *testing.T) {
	p := modeltest.Large(100, 40)
	if diags := model.Validate(p); model.HasErrors(diags) {
		t.Fatalf("generated unit has errors: %v", diags)
	}
	if len(p.Sessions) != 100 || len(p.Rubrics) != 40 || !strings.Contains(string(model.Encode(p)), "Nguyễn") {
		t.Errorf("generated unit has %d sessions and %d rubrics", len(p.Sessions), len(p.Rubrics))
	}
}
