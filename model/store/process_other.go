//go:build !unix

package store

import "os"

// processAlive reports whether a process with pid runs on this computer.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
