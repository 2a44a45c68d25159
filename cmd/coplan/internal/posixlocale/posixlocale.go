// Package posixlocale keeps a plain POSIX locale such as LANG=C.UTF-8 (the
// default of many servers and containers) from making Fyne log a locale
// error on every start. Fyne reads the locale while its lang package
// initialises; it understands "C" but not "C.UTF-8". Importing this package
// first sets LANGUAGE=en in that case, which Fyne reads instead, and which
// changes nothing else: with a C locale no program translates messages.
//
// Go initialises a package before any package it does not depend on whose
// import path sorts after its own, so "coplan/..." runs before "fyne.io/...".
package posixlocale

import (
	"os"
	"strings"
)

func init() { Apply(os.Getenv, os.Setenv) }

// Apply sets LANGUAGE=en when the locale in effect is C or POSIX with an
// encoding (C.UTF-8, POSIX.utf8) and LANGUAGE is unset.
func Apply(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			_ = setenv("LANGUAGE", "en")
		}
		return
	}
}
