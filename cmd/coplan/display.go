package main

import (
	"fmt"
	"net"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// noDisplay says why no window can open here, or returns "" when one may.
// On Linux and the BSDs Coplan draws through X11 (directly or through
// XWayland), so it needs DISPLAY to name a server that answers; Windows and
// macOS always have a screen for a desktop app. getenv is os.Getenv.
func noDisplay(getenv func(string) string) string {
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "android", "js", "wasip1":
		return ""
	}
	display := getenv("DISPLAY")
	if display == "" {
		if getenv("WAYLAND_DISPLAY") != "" {
			return "DISPLAY is not set, and Coplan needs X11 or XWayland"
		}
		return "DISPLAY is not set"
	}
	if !displayAnswers(display) {
		return fmt.Sprintf("nothing answers on DISPLAY %s", display)
	}
	return ""
}

// displayAnswers reports whether an X server accepts connections at display,
// written as [host]:N[.screen]. Forms it does not know are given the benefit
// of the doubt, so an unusual set-up still gets its window.
func displayAnswers(display string) bool {
	colon := strings.LastIndex(display, ":")
	if colon < 0 || strings.HasPrefix(display, "/") {
		return true
	}
	host, num := display[:colon], display[colon+1:]
	if dot := strings.Index(num, "."); dot >= 0 {
		num = num[:dot]
	}
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return true
	}
	dial := func(network, addr string) bool {
		c, err := net.DialTimeout(network, addr, 2*time.Second)
		if err != nil {
			return false
		}
		c.Close()
		return true
	}
	if host == "" || host == "unix" {
		path := "/tmp/.X11-unix/X" + num
		return (runtime.GOOS == "linux" && dial("unix", "@"+path)) || dial("unix", path)
	}
	return dial("tcp", net.JoinHostPort(host, strconv.Itoa(6000+n)))
}
