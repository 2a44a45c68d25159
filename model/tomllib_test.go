package model_test

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"coplan/model"
)

// tomllibDump reads each file given with Python's tomllib and prints them
// all as one JSON list; dates, times and clocks become {"$t": isoformat}.
const tomllibDump = `
import datetime, json, sys, tomllib
def conv(v):
    if isinstance(v, dict): return {k: conv(x) for k, x in v.items()}
    if isinstance(v, list): return [conv(x) for x in v]
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)): return {"$t": v.isoformat()}
    return v
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        out.append(conv(tomllib.load(f)))
json.dump(out, sys.stdout)
`

// pythonTOML returns a Python interpreter with tomllib (Python 3.11 or
// later), or skips; on CI a missing one fails the test.
func pythonTOML(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"python3", "/usr/bin/python3"} {
		if path, err := exec.LookPath(name); err == nil && exec.Command(path, "-c", "import tomllib").Run() == nil {
			return path
		}
	}
	msg := "python3 with tomllib (Python 3.11 or later) is not installed"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg) // on CI every tool is installed: a missing one is a broken setup
	}
	t.Skip(msg)
	return ""
}

func TestTomllibReadsEveryFieldOfRandomUnitsAsWritten(t *testing.T) {
	python := pythonTOML(t)
	r := rand.New(rand.NewSource(3))
	dir := t.TempDir()
	var units []*model.Project
	args := []string{"-c", tomllibDump}
	for i := 0; i < 40; i++ {
		p := randomProject(r)
		path := filepath.Join(dir, fmt.Sprintf("unit-%d.coplan.toml", i))
		if err := os.WriteFile(path, model.Encode(p), 0o644); err != nil {
			t.Fatal(err)
		}
		units = append(units, p)
		args = append(args, path)
	}
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("tomllib could not read a unit: %v\n%s", err, stderr)
	}
	var docs []any
	if err := json.Unmarshal(out, &docs); err != nil || len(docs) != len(units) {
		t.Fatalf("tomllib gave %d documents, want %d: %v", len(docs), len(units), err)
	}
	problems := 0
	for i, p := range units {
		sameAsTOML(reflect.ValueOf(p).Elem(), docs[i], fmt.Sprintf("unit-%d", i), func(path, msg string) {
			if problems++; problems <= 10 {
				t.Errorf("%s: %s", path, msg)
			}
		})
	}
	if docs[0].(map[string]any)["format"] != model.Format {
		t.Errorf("tomllib read format %v", docs[0].(map[string]any)["format"])
	}
}

// sameAsTOML reports through bad each place where got, a value as tomllib
// read it, differs from want, the value the file was written from. A zero
// value may be missing from the file.
func sameAsTOML(want reflect.Value, got any, path string, bad func(path, msg string)) {
	if got == nil {
		empty := want.IsZero() || (want.Kind() == reflect.Slice || want.Kind() == reflect.Map) && want.Len() == 0
		if !empty {
			bad(path, fmt.Sprintf("missing; wrote %#v", want.Interface()))
		}
		return
	}
	if m, ok := got.(map[string]any); ok && m["$t"] != nil {
		stamp, _ := m["$t"].(string)
		var g string
		switch v := want.Interface().(type) {
		case time.Time:
			t, err := time.Parse(time.RFC3339Nano, stamp)
			if err != nil || !t.Equal(v) {
				bad(path, fmt.Sprintf("read %s, wrote %s", stamp, v.Format(time.RFC3339Nano)))
			}
			return
		case model.Date:
			g = v.String()
		case model.Clock:
			g = fmt.Sprintf("%02d:%02d:%02d", v.Hour, v.Minute, v.Second)
		}
		if g != stamp {
			bad(path, fmt.Sprintf("read %s, wrote %s", stamp, g))
		}
		return
	}
	switch want.Kind() {
	case reflect.Struct:
		m, ok := got.(map[string]any)
		if !ok {
			bad(path, fmt.Sprintf("read %T, want a table", got))
			return
		}
		for i := 0; i < want.NumField(); i++ {
			if key := tomlKey(want.Type().Field(i)); key != "" {
				sameAsTOML(want.Field(i), m[key], path+"."+key, bad)
			}
		}
	case reflect.Slice:
		list, ok := got.([]any)
		if !ok || len(list) != want.Len() {
			bad(path, fmt.Sprintf("read %v, wrote %d items", got, want.Len()))
			return
		}
		for i := range list {
			sameAsTOML(want.Index(i), list[i], fmt.Sprintf("%s[%d]", path, i), bad)
		}
	case reflect.Map:
		m, ok := got.(map[string]any)
		if !ok || len(m) != want.Len() {
			bad(path, fmt.Sprintf("read %v, wrote %d entries", got, want.Len()))
			return
		}
		for _, k := range want.MapKeys() {
			sameAsTOML(want.MapIndex(k), m[k.String()], path+"."+k.String(), bad)
		}
	case reflect.String:
		if got != want.String() {
			bad(path, fmt.Sprintf("read %q, wrote %q", got, want.String()))
		}
	case reflect.Int:
		if got != float64(want.Int()) {
			bad(path, fmt.Sprintf("read %v, wrote %d", got, want.Int()))
		}
	case reflect.Float64:
		if got != want.Float() {
			bad(path, fmt.Sprintf("read %v, wrote %v", got, want.Float()))
		}
	case reflect.Bool:
		if got != want.Bool() {
			bad(path, fmt.Sprintf("read %v, wrote %v", got, want.Bool()))
		}
	default:
		bad(path, "no rule to compare a "+want.Type().String())
	}
}
