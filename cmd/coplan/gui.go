package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"coplan/app"
)

// openGUI opens the editor on the unit file named by args[0], or on the
// start screen, and returns when the window closes.
func openGUI(args []string, stderr io.Writer) int {
	if len(args) > 1 {
		fmt.Fprintln(stderr, "coplan: open one file at a time; run 'coplan help' for commands")
		return 2
	}
	// Checked before Fyne starts: without a display GLFW would fail with a
	// stack trace a teacher cannot read.
	if why := noDisplay(os.Getenv); why != "" {
		fmt.Fprintf(stderr, "coplan: no display found: %s; the commands in `coplan help` work without one\n", why)
		return 1
	}
	// Started here rather than by Fyne, which goes on when GLFW cannot
	// start and panics at its next call: the display may have gone away
	// since the check above.
	if err := startGLFW(); err != nil {
		fmt.Fprintf(stderr, "coplan: cannot open a window on the display: %v\n", err)
		return 1
	}
	if len(args) == 1 && args[0] == "--screenshot-tour" {
		return screenshotTour(os.Stdin, os.Stdout)
	}
	a := fyneapp.NewWithID(appID)
	app.ScreenArea = screenArea
	c := app.New(a, version)
	// A display that goes away ends the session: keep the edits and
	// let go of the lock, as a logout's signal does, and end quietly.
	watchDisplay(c.Shutdown)
	c.Start(args)
	a.Run()
	return 0
}

// screenshotTour is the hidden "--screenshot-tour" mode that make screenshots
// drives: it shows each README screen of the example unit, prints
// "ready NAME" once it is drawn and moves on when it reads a line.
func screenshotTour(in io.Reader, out io.Writer) int {
	a := fyneapp.NewWithID(appID + ".screenshots")
	c := app.New(a, version)
	lines := bufio.NewScanner(in)
	a.Lifecycle().SetOnStarted(func() {
		c.Tour(app.ReadmeScreens, func(name string, next func()) {
			fmt.Fprintln(out, "ready", name)
			go func() {
				lines.Scan()
				fyne.Do(next)
			}()
		}, a.Quit)
	})
	c.Window().Show()
	a.Run()
	return 0
}
