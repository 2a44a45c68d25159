package main

import (
	"os"
	"syscall"
)

// The packaged coplan.exe is a GUI program (no console window opens behind
// the editor), so Windows gives it no standard output. When it is run from a
// Command Prompt or PowerShell to use a command, it writes to that console.
func init() {
	attachParentConsole()
}

// attachParentConsole points standard output and error at the console of the
// program that started coplan.exe, unless they already lead somewhere (a
// pipe or a file).
func attachParentConsole() {
	if h, err := syscall.GetStdHandle(syscall.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != syscall.InvalidHandle {
		return
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started from Explorer or a shortcut: no console to write to
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
