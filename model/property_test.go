package model_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/assets"
	"coplan/model"
)

// filler puts random content into every field of a unit that the file
// keeps (every field with a toml tag), found by reflection, so that a field
// added later is covered without touching this test. It records which fields
// it has given a non-empty value, for TestTheFillerReachesEveryField.
type filler struct {
	r      *rand.Rand
	filled map[string]bool // "Session.minutes" and so on
}

// textPieces build random text: quotes, backslashes, line breaks, control
// characters, TOML syntax and other scripts.
var textPieces = []string{"a", "Zoë", "Nguyễn", "\"", "\"\"\"", "\\", "\n", "\t", "\r\n", "'", "'''", "#", "=", "[x]", "Дмитрий", "ā", "\x01", "\x7f", " ", "😀", "\u2028"}

var (
	timeType  = reflect.TypeOf(time.Time{})
	dateType  = reflect.TypeOf(model.Date{})
	clockType = reflect.TypeOf(model.Clock{})
)

func (f *filler) text() string {
	s := ""
	for i := f.r.Intn(6); i > 0; i-- {
		s += textPieces[f.r.Intn(len(textPieces))]
	}
	return s
}

func (f *filler) id() string { return fmt.Sprintf("id-%d", f.r.Int63()) }

// value fills v, the value of the field named path, with something random.
func (f *filler) value(v reflect.Value, path string) {
	switch v.Type() {
	case timeType:
		v.Set(reflect.ValueOf(time.Unix(1.7e9+f.r.Int63n(1e8), int64(f.r.Intn(3))*5e8).UTC()))
	case dateType:
		if f.r.Intn(4) > 0 {
			v.Set(reflect.ValueOf(model.NewDate(1990+f.r.Intn(60), time.Month(1+f.r.Intn(12)), 1+f.r.Intn(28))))
		}
	case clockType:
		if f.r.Intn(4) > 0 {
			c := model.NewClock(f.r.Intn(24), f.r.Intn(60))
			if f.r.Intn(3) == 0 {
				c.Second = 1 + f.r.Intn(59)
			}
			v.Set(reflect.ValueOf(c))
		}
	default:
		f.plain(v, path)
	}
	if !v.IsZero() {
		f.filled[path] = true
	}
}

// plain fills a value of a kind the file format holds directly.
func (f *filler) plain(v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.Struct:
		f.fields(v)
	case reflect.String:
		if strings.HasSuffix(path, ".id") {
			v.SetString(f.id())
		} else {
			v.SetString(f.text())
		}
	case reflect.Int:
		v.SetInt(int64(f.r.Intn(2000) - 100))
	case reflect.Float64:
		v.SetFloat(float64(f.r.Intn(400)-8) / 4)
	case reflect.Bool:
		v.SetBool(f.r.Intn(2) == 0)
	case reflect.Slice:
		n := f.r.Intn(3)
		if n == 0 {
			return
		}
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			f.value(s.Index(i), path)
		}
		v.Set(s)
	case reflect.Map:
		n := f.r.Intn(3)
		if n == 0 {
			return
		}
		m := reflect.MakeMapWithSize(v.Type(), n)
		for i := 0; i < n; i++ {
			e := reflect.New(v.Type().Elem()).Elem()
			f.value(e, path)
			m.SetMapIndex(reflect.ValueOf(f.id()), e)
		}
		v.Set(m)
	default:
		panic("filler: no rule for " + v.Type().String() + " at " + path)
	}
}

// fields fills every tagged field of the struct v.
func (f *filler) fields(v reflect.Value) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		if tag := tomlKey(t.Field(i)); tag != "" {
			f.value(v.Field(i), t.Name()+"."+tag)
		}
	}
}

// tomlKey returns the file key of a struct field, or "" for a field the file does not keep.
func tomlKey(sf reflect.StructField) string {
	tag := strings.Split(sf.Tag.Get("toml"), ",")[0]
	if tag == "-" {
		return ""
	}
	return tag
}

// taggedFields adds "Type.key" for every tagged field reachable from t to out.
func taggedFields(t reflect.Type, seen map[reflect.Type]bool, out map[string]bool) {
	for t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || seen[t] || t == timeType || t == dateType || t == clockType {
		return
	}
	seen[t] = true
	for i := 0; i < t.NumField(); i++ {
		if tag := tomlKey(t.Field(i)); tag != "" {
			out[t.Name()+"."+tag] = true
			taggedFields(t.Field(i).Type, seen, out)
		}
	}
}

// randomProject builds a unit with random content in every field the file
// keeps, including text with quotes, backslashes, line breaks and other scripts.
func randomProject(r *rand.Rand) *model.Project {
	return (&filler{r: r, filled: map[string]bool{}}).project()
}

func (f *filler) project() *model.Project {
	p := &model.Project{}
	f.fields(reflect.ValueOf(p).Elem())
	p.Format = model.Format
	return p
}

func TestTheFillerReachesEveryField(t *testing.T) {
	f := &filler{r: rand.New(rand.NewSource(2)), filled: map[string]bool{}}
	for i := 0; i < 50; i++ {
		f.project()
	}
	all := map[string]bool{}
	taggedFields(reflect.TypeOf(model.Project{}), map[reflect.Type]bool{}, all)
	for field := range all {
		if !f.filled[field] {
			t.Errorf("no random unit gave %s a value", field)
		}
	}
	if len(all) < 80 {
		t.Errorf("only %d tagged fields found; the walk misses some", len(all))
	}
}

func TestRandomDocumentsSurviveEncodeAndDecode(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		p := randomProject(r)
		data := model.Encode(p)
		d, err := model.Decode(data)
		if err != nil {
			t.Fatalf("document %d does not decode: %v\n%s", i, err, data)
		}
		if !reflect.DeepEqual(d.Project, p) {
			t.Fatalf("document %d changed in a round trip:\n%s", i, firstDifference(reflect.ValueOf(p).Elem(), reflect.ValueOf(d.Project).Elem(), "unit"))
		}
		if again := model.Encode(d.Project); !bytes.Equal(again, data) {
			t.Fatalf("document %d re-encodes differently", i)
		}
	}
}

// firstDifference names the first place where want and got differ.
func firstDifference(want, got reflect.Value, path string) string {
	if reflect.DeepEqual(want.Interface(), got.Interface()) {
		return ""
	}
	switch want.Kind() {
	case reflect.Struct:
		if want.Type() != timeType {
			for i := 0; i < want.NumField(); i++ {
				if want.Type().Field(i).IsExported() {
					if d := firstDifference(want.Field(i), got.Field(i), path+"."+want.Type().Field(i).Name); d != "" {
						return d
					}
				}
			}
		}
	case reflect.Slice:
		if want.Len() == got.Len() {
			for i := 0; i < want.Len(); i++ {
				if d := firstDifference(want.Index(i), got.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
					return d
				}
			}
		}
	}
	return fmt.Sprintf("%s: wrote %#v, read back %#v", path, want.Interface(), got.Interface())
}

func TestEveryTemplateSurvivesARoundTrip(t *testing.T) {
	files := map[string][]byte{assets.ExampleName: assets.Example()}
	for _, tpl := range assets.Templates() {
		files[tpl.Name] = tpl.Data
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			d, err := model.Decode(data)
			if err != nil {
				t.Fatal(err)
			}
			if got := model.Encode(d.Project); !bytes.Equal(got, data) {
				t.Errorf("re-saving the unchanged file changes its bytes")
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(model.Encode(sample()))
	f.Add(assets.Example())
	for _, tpl := range assets.Templates() {
		f.Add(tpl.Data)
	}
	f.Add([]byte("format = \"coplan/1\"\nx = [[[[{a={b=[1]}}]]]]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := model.Decode(data)
		if err != nil {
			return
		}
		model.Validate(d.Project)
		first := model.Encode(d.Project)
		d2, err := model.Decode(first)
		if err != nil {
			t.Fatalf("our own encoding does not decode: %v\n%s", err, first)
		}
		if second := model.Encode(d2.Project); !bytes.Equal(first, second) {
			t.Fatalf("encoding is not stable:\n%s\n---\n%s", first, second)
		}
	})
}
