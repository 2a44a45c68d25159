package model

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// OtherKeys ends the field path of a conflict over keys this build does not
// know (kept from a newer version of Coplan), such as "*" or "unit.*".
const OtherKeys = "*"

// specKind says how one field of an entity merges.
type specKind int

const (
	specValue specKind = iota // one value, compared whole
	specMap                   // a map merged key by key (descriptors)
	specExtra                 // unknown keys, compared whole
)

// fieldSpec is one mergeable field of an entity type, found by reflection
// over its toml keys; nested tables such as safety_check are flattened into
// dotted paths, the same paths Set and Comment.Field use.
type fieldSpec struct {
	path  string
	index []int
	kind  specKind
}

var (
	specCache   sync.Map // reflect.Type -> []fieldSpec
	timeType    = reflect.TypeOf(time.Time{})
	projectType = reflect.TypeOf(Project{})
)

// specsOf lists the fields of entity type t that merge one by one. Ids,
// updated times and lists of nested entities (levels, criteria, approvals,
// and a project's collections) are left to the callers.
func specsOf(t reflect.Type) []fieldSpec {
	if s, ok := specCache.Load(t); ok {
		return s.([]fieldSpec)
	}
	skip := map[string]bool{"id": true, "updated": true}
	if t == projectType {
		for _, k := range []string{"format", "revision", "parent"} {
			skip[k] = true
		}
	}
	var out []fieldSpec
	buildSpecs(t, "", nil, skip, &out)
	s, _ := specCache.LoadOrStore(t, out)
	return s.([]fieldSpec)
}

func buildSpecs(t reflect.Type, prefix string, index []int, skip map[string]bool, out *[]fieldSpec) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		idx := append(append([]int(nil), index...), i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			if f.Type == extraType {
				*out = append(*out, fieldSpec{path: prefix + OtherKeys, index: idx, kind: specExtra})
			}
			continue
		}
		if prefix == "" && skip[tag] {
			continue
		}
		ft := f.Type
		switch {
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			// nested entities merge as lists of their own
		case ft.Kind() == reflect.Map:
			*out = append(*out, fieldSpec{path: prefix + tag, index: idx, kind: specMap})
		case ft.Kind() == reflect.Struct && hasExtra(ft):
			buildSpecs(ft, prefix+tag+".", idx, skip, out)
		default:
			*out = append(*out, fieldSpec{path: prefix + tag, index: idx, kind: specValue})
		}
	}
}

// hasExtra reports whether struct type t is a table of its own (it keeps
// unknown keys), as opposed to a value type such as Date.
func hasExtra(t reflect.Type) bool {
	f, ok := t.FieldByName("Extra")
	return ok && f.Type == extraType
}

// same reports whether two values of one type hold the same content: an
// empty list or map equals a missing one, times compare as instants.
func same(a, b reflect.Value) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	switch a.Kind() {
	case reflect.String:
		return a.String() == b.String()
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int16, reflect.Int8:
		return a.Int() == b.Int()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Float64, reflect.Float32:
		x, y := a.Float(), b.Float()
		return x == y || math.IsNaN(x) && math.IsNaN(y)
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !same(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		iter := a.MapRange()
		for iter.Next() {
			if !same(iter.Value(), b.MapIndex(iter.Key())) {
				return false
			}
		}
		return true
	case reflect.Struct:
		if a.Type() == timeType {
			return a.Interface().(time.Time).Equal(b.Interface().(time.Time))
		}
		for i := 0; i < a.NumField(); i++ {
			if !same(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// valueOf returns the value in a field slot for a conflict: nil for a
// missing map entry or an empty list of unknown keys.
func valueOf(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	return cloneValue(v).Interface()
}

// sortKey writes a value so that two different values of one field never
// write alike; ties in updated times are broken by comparing these.
func sortKey(v any) string { return fmt.Sprintf("%#v", v) }

// mapKeys returns the keys of the maps, each once, sorted.
func mapKeys(maps ...reflect.Value) []string {
	seen := map[string]bool{}
	var keys []string
	for _, m := range maps {
		if !m.IsValid() {
			continue
		}
		iter := m.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// mapEntry returns the entry of map m at key, or an invalid Value.
func mapEntry(m reflect.Value, key string) reflect.Value {
	if !m.IsValid() || m.IsNil() {
		return reflect.Value{}
	}
	return m.MapIndex(reflect.ValueOf(key))
}

// FormatValue writes a field value as a conflict or difference shows it:
// text quoted, lists in brackets, dates as YYYY-MM-DD, nothing as "(none)".
func FormatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "(none)"
	case string:
		return strconv.Quote(x)
	case []string:
		q := make([]string, len(x))
		for i, s := range x {
			q[i] = strconv.Quote(s)
		}
		return "[" + strings.Join(q, ", ") + "]"
	case Date:
		if x.IsZero() {
			return "(none)"
		}
		return x.String()
	case Clock:
		if !x.Set {
			return "(none)"
		}
		return x.String()
	case time.Time:
		return x.UTC().Format(time.RFC3339)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case Extra:
		if len(x) == 0 {
			return "(none)"
		}
		keys := make([]string, len(x))
		for i, k := range x {
			keys[i] = fmt.Sprintf("%s = %v", k.Key, k.Value)
		}
		return "{" + strings.Join(keys, ", ") + "}"
	}
	return fmt.Sprint(v)
}
