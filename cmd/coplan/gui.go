package main

import (
	"io"

	fyneapp "fyne.io/fyne/v2/app"

	"coplan/app"
)

// version is the app's version, as in FyneApp.toml.
const version = "0.1.0"

// appID identifies the app to the desktop and names its preferences folder,
// as in FyneApp.toml.
const appID = "org.coplan.app"

// openGUI opens the editor on the unit file named by args[0], or on the
// start screen, and returns when the window closes.
func openGUI(args []string, stderr io.Writer) int {
	if len(args) > 1 {
		io.WriteString(stderr, "coplan: open one file at a time; run 'coplan help' for commands\n")
		return 2
	}
	a := fyneapp.NewWithID(appID)
	app.New(a, version).Start(args)
	a.Run()
	return 0
}
