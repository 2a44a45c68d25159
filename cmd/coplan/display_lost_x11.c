//go:build linux && !wayland && cgo

#include <X11/Xlib.h>
#include "_cgo_export.h"

// coplanIOError answers the loss of the X connection; it does not return.
static int coplanIOError(Display *d) {
	(void)d;
	coplanDisplayLost();
	return 0;
}

// coplanWatchDisplay makes coplanIOError Xlib's handler for a lost
// connection, in place of the one that prints and exits with status 1.
void coplanWatchDisplay(void) { XSetIOErrorHandler(coplanIOError); }
