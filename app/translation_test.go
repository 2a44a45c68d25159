package app

import (
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var updateTranslations = flag.Bool("update-translations", false, "rewrite translation/coplan.en.json from the strings in the code")

// The translation files map each English text to {"other": translation}:
// the object form lets texts such as "Description" or "Other", which the
// translation library reserves as field names, be keys too.

const englishFile = "translation/coplan.en.json"

// uiStrings returns every literal the app's code passes to lang.L.
func uiStrings(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "L" {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: lang.L needs a literal string to be translatable", fset.Position(call.Pos()))
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			seen[s] = true
			return true
		})
	}
	var out []string
	for s := range seen {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func TestEveryStringHasAnEnglishTranslation(t *testing.T) {
	want := uiStrings(t)
	if *updateTranslations {
		m := map[string]map[string]string{}
		for _, s := range want {
			m[s] = map[string]string{"other": s}
		}
		data, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(englishFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(englishFile)
	if err != nil {
		t.Fatal(err)
	}
	var have map[string]map[string]string
	if err := json.Unmarshal(data, &have); err != nil {
		t.Fatalf("%s: %v", englishFile, err)
	}
	for _, s := range want {
		if _, ok := have[s]; !ok {
			t.Errorf("%s lacks %q (run go test ./app -run Translation -update-translations)", englishFile, s)
		}
	}
	for s := range have {
		if !slices.Contains(want, s) {
			t.Errorf("%s has %q, which the code no longer uses", englishFile, s)
		}
	}
}
