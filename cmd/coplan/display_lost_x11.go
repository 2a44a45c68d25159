//go:build linux && !wayland && cgo

package main

/*
#cgo LDFLAGS: -lX11
void coplanWatchDisplay(void);
*/
import "C"

import "os"

// displayLost runs when the X server goes away under the app; set by
// watchDisplay.
var displayLost func()

// watchDisplay makes the app end quietly, after running lost, when the X
// server goes away under it (the session ends, the server is killed):
// Xlib's own handler prints "X connection to :0 broken" and exits with
// status 1, leaving the unit's lock behind. Call it on the main thread,
// after GLFW has started.
func watchDisplay(lost func()) {
	displayLost = lost
	C.coplanWatchDisplay()
}

// coplanDisplayLost is called by Xlib, on the thread whose request found
// the connection gone, which is the main thread that runs Fyne's event
// loop and draws. Xlib ends the process if its handler returns, so it
// exits here.
//
//export coplanDisplayLost
func coplanDisplayLost() {
	if displayLost != nil {
		displayLost()
	}
	os.Exit(0)
}
