package main

import (
	"fmt"
	"io"
)

// version is the app's version, as in FyneApp.toml.
const version = "0.1.0"

// openGUI opens the editor; the window arrives with the app package.
func openGUI(args []string, stderr io.Writer) int {
	fmt.Fprintln(stderr, "coplan: the editor is not built yet; run 'coplan help'")
	return 2
}
