//go:build !linux || wayland || !cgo

package main

// watchDisplay does nothing where the app does not draw through X11: the
// system keeps its windows' display.
func watchDisplay(func()) {}
