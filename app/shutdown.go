package app

import (
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
)

// stopSignals end the app from outside: a logout or system shutdown
// (SIGTERM, SIGHUP) or Ctrl-C in the terminal that started it (SIGINT).
var stopSignals = []os.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP}

// catchSignals says whether Start catches stopSignals; the package's tests
// turn it off, so that Ctrl-C still ends a test run.
var catchSignals = true

// catchStopSignals keeps unsaved edits when the app is told to stop: on
// one of stopSignals it writes the autosave, lets go of the lock and quits.
func (a *App) catchStopSignals() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	go func() {
		<-ch
		// Quit too on the UI thread: Fyne closes each window with GLFW
		// calls, which from this goroutine raced the event loop ending
		// GLFW and panicked ("GLFW library is not initialized").
		fyne.DoAndWait(func() {
			a.shutdown()
			a.quit()
		})
	}()
}

// shutdown keeps what is not saved when the app ends without the user
// closing the unit (a logout, a signal, the system quitting it): the
// unsaved edits stay autosaved, to be offered at the next start, and the
// lock is released.
func (a *App) shutdown() {
	if a.ed != nil {
		a.ed.share.shutdown()
	}
}

// Shutdown keeps what is not saved and lets go of the unit's lock, as a
// stop signal does, for an app that must end at once without its window:
// when the display it draws on goes away. Call it on the UI thread.
func (a *App) Shutdown() { a.shutdown() }
