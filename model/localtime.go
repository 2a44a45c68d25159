package model

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // time zones on machines without a zone database
)

// ClockFit says how a wall-clock time fits its night in a time zone.
type ClockFit int

// How a wall-clock time fits.
const (
	// ClockOnce is an ordinary time that the clocks show once.
	ClockOnce ClockFit = iota
	// ClockSkipped is a time the clocks jump over that night, such as 02:30
	// when they go from 02:00 straight to 03:00.
	ClockSkipped
	// ClockRepeated is a time the clocks show twice that night, such as
	// 02:30 when they go back from 03:00 to 02:00.
	ClockRepeated
)

// Zone returns the unit's time zone, or nil when it has none or a name that
// is not a time zone (validation reports that).
func (u Unit) Zone() *time.Location {
	name := strings.TrimSpace(u.TimeZone)
	if name == "" || name == "Local" {
		return nil
	}
	if loc, ok := zones.Load(name); ok {
		return loc.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	zones.Store(name, loc)
	return loc
}

// zones caches the time zones Zone has loaded, by name: handouts ask once
// per session and the readiness list on every edit.
var zones sync.Map

// LocalTime returns the instant that the wall clock in loc reads clock on
// date (floating, in UTC, when loc is nil) and how that time fits its night.
// This is the one rule the calendar and every handout follow: a skipped
// time is read with the offset before the change, so it falls as far after
// the jump as it was typed after the hour the clocks left (02:30 becomes
// 03:30); a repeated time is the first of the two.
func LocalTime(loc *time.Location, date Date, clock Clock) (time.Time, ClockFit) {
	wall := time.Date(date.Year, date.Month, date.Day, clock.Hour, clock.Minute, clock.Second, 0, time.UTC)
	if loc == nil {
		return wall, ClockOnce
	}
	_, before := wall.Add(-26 * time.Hour).In(loc).Zone()
	_, after := wall.Add(26 * time.Hour).In(loc).Zone()
	var found []time.Time
	for _, off := range []int{before, after} {
		t := wall.Add(-time.Duration(off) * time.Second).In(loc)
		if sameWall(t, wall) && (len(found) == 0 || !found[0].Equal(t)) {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return wall.Add(-time.Duration(before) * time.Second).In(loc), ClockSkipped
	case 2:
		if found[1].Before(found[0]) {
			found[0] = found[1]
		}
		return found[0], ClockRepeated
	}
	return found[0], ClockOnce
}

// sameWall reports whether t, in its own zone, reads the wall time of w.
func sameWall(t, w time.Time) bool {
	y, m, d := t.Date()
	wy, wm, wd := w.Date()
	return y == wy && m == wm && d == wd && t.Hour() == w.Hour() && t.Minute() == w.Minute() && t.Second() == w.Second()
}

// SessionSpan returns when dated session s with a start time starts and
// ends in loc (see LocalTime): the end is the start plus its minutes of
// real time, so a session across a change of the clocks lasts as long as
// it says and ends at the time the clocks then show.
func SessionSpan(s *Session, loc *time.Location) (start, end time.Time, fit ClockFit) {
	start, fit = LocalTime(loc, s.Date, s.Start)
	return start, start.Add(time.Duration(max(s.Minutes, 0)) * time.Minute), fit
}
