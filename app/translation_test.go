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
// translation library reserves as field names, be keys too. A message about
// a count (countText) is keyed by its plural text and also holds its
// singular as "one".

const englishFile = "translation/coplan.en.json"

// uiStrings returns every literal the app's code passes to lang.L, and the
// plural texts passed to countText mapped to their singular.
func uiStrings(t *testing.T) ([]string, map[string]string) {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	singular := map[string]string{}
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
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "countText" {
				one, okOne := stringLiteral(call.Args[0])
				other, okOther := stringLiteral(call.Args[1])
				if !okOne || !okOther {
					t.Errorf("%s: countText needs literal strings to be translatable", fset.Position(call.Pos()))
					return true
				}
				seen[other] = true
				singular[other] = one
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
	return out, singular
}

// stringLiteral is the value of a literal string expression.
func stringLiteral(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func TestEveryStringHasAnEnglishTranslation(t *testing.T) {
	want, singular := uiStrings(t)
	if *updateTranslations {
		m := map[string]map[string]string{}
		for _, s := range want {
			m[s] = map[string]string{"other": s}
			if one, ok := singular[s]; ok {
				m[s]["one"] = one
			}
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
		} else if one, ok := singular[s]; ok && have[s]["one"] != one {
			t.Errorf("%s gives %q the singular %q, the code %q (run go test ./app -run Translation -update-translations)", englishFile, s, have[s]["one"], one)
		}
	}
	for s := range have {
		if !slices.Contains(want, s) {
			t.Errorf("%s has %q, which the code no longer uses", englishFile, s)
		}
	}
}
