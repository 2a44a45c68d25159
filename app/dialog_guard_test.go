package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryDialogIsShownThroughShowDialog keeps new dialogs keyboard-ready:
// a dialog shown by Fyne's Show skips showDialog, so Escape, Enter and the
// first focus would not work in it. Fyne's file and folder choosers keep
// their own keys and are left out.
func TestEveryDialogIsShownThroughShowDialog(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "dialog_keys.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		dialogs := map[string]bool{} // variables holding a dialog made by dialog.New…, in one function
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				dialogs = map[string]bool{}
			case *ast.AssignStmt:
				for i, rhs := range n.Rhs {
					if id, ok := n.Lhs[min(i, len(n.Lhs)-1)].(*ast.Ident); ok {
						ctor := dialogCall(rhs)
						dialogs[id.Name] = ctor != "" && !fileChooser(ctor) // the last assignment counts
					}
				}
			case *ast.CallExpr:
				if ctor := dialogCall(n); strings.HasPrefix(ctor, "Show") && !fileChooser(ctor) {
					t.Errorf("%s: dialog.%s skips showDialog; use showDialog(win, dialog.New…)", fset.Position(n.Pos()), ctor)
				}
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Show" {
					return true
				}
				if id, ok := sel.X.(*ast.Ident); ok && dialogs[id.Name] {
					t.Errorf("%s: %s.Show() skips showDialog; use showDialog(win, %s)", fset.Position(n.Pos()), id.Name, id.Name)
				}
			}
			return true
		})
	}
}

// dialogCall is the name of the dialog package function that e calls, or "".
func dialogCall(e ast.Expr) string {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return ""
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "dialog" {
		return ""
	}
	return sel.Sel.Name
}

func fileChooser(name string) bool {
	return strings.Contains(name, "File") || strings.Contains(name, "Folder")
}
