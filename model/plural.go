package model

import (
	"strconv"
	"strings"
)

// irregularPlurals holds the nouns whose plural is not made by a rule.
var irregularPlurals = map[string]string{
	"person":    "people",
	"criterion": "criteria",
	"child":     "children",
}

// Plural returns the form of noun for n things: "team" for 1, "teams" for
// any other number; "person" becomes "people", "criterion" "criteria",
// "entry" "entries" and "match" "matches".
func Plural(n int, noun string) string {
	if n == 1 || n == -1 || noun == "" {
		return noun
	}
	if p, ok := irregularPlurals[noun]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(noun, "y") && len(noun) > 1 && !strings.ContainsRune("aeiou", rune(noun[len(noun)-2])):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	}
	return noun + "s"
}

// Count writes n and the noun in the form for n things: "1 team",
// "3 teams", "1 person", "0 people".
func Count(n int, noun string) string {
	return strconv.Itoa(n) + " " + Plural(n, noun)
}

// verb returns one, the verb's form for a single subject, when n is 1,
// and many otherwise: verb(n, "needs", "need").
func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
